#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 207 (teslamate, valetudo, prusa-link, linkding, wallabag)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: TeslaMate, Valetudo and linkding's Python loggers write
milliseconds, wallabag's Monolog microseconds, uWSGI's request lines and syslog whole seconds).
Five self-hosted programs of the home, car, printer and reading kind, 06:00 to 12:00 on
2024-06-07. The brief's Repetier-Server is closed source: its server.log's layout and messages
could not be checked (only its printer console's `Mesg:`/`Send:`/`Recv:` prefixes are known from
users' posts), so PrusaLink, an open-source print host of the same kind (it drives printers over
their serial line and serves a web UI and API) and not in the set (OctoPrint, Klipper and
Moonraker are), takes its place.

- TeslaMate 1.29 (`teslamate.log`: `docker logs teslamate`, Elixir's Logger with `$date $time
  $metadata[$level] $message` and the `car_id` metadata: `2024-06-07 07:36:41.700 car_id=1
  [info] Start / :online`), two cars with the streaming API on: car 2's overnight charge ending
  (`Charging / %s / %s kWh – %s min`), each car woken, driven (`Driving / Start`, `Driving /
  Ended / %s km – %s min`, Nominatim's reverse lookups through Tesla.Middleware.Logger: `GET %s
  -> %s (%s ms)`), suspended (`Suspending logging`, the idle stream's `Stream.Timeout / %s` and
  `Connection was closed (a:%s|t:%s|d:%s). Reconnecting …`, `Fetching vehicle state ...` every
  tenth timeout) and asleep (`Start / :asleep`, `Disconnecting ...`); the owner API behind
  Cloudflare answering 502 (504 for a while) 07:46-09:16 (each fetch's `GET ... -> 502`,
  `TeslaApi.Error / %s – %s` with the page's inspected binary, the car's `Error / :unknown` or
  `Error / :timeout`; car 1's drive cannot close until the API answers, every 10 s, car 2 asleep
  every 30 s); an update at 09:41 (`SIGTERM received - shutting down`, `MQTT connection is
  terminating`, the start-up lines); mosquitto restarted at 10:12; Nominatim timing out 10:26-11:28
  (`GET %s -> error: %s (%s ms)`, `Address not found: %s`); car 2 plugged in at home (`Charging /
  SOC: %s% / %s`).
- Valetudo 2024.05.0 on a Dreame L10s Ultra (`valetudo.log`: /tmp/valetudo.log, `[ISO time]
  [LEVEL] message` with util.inspect()ed arguments after it): two timers (`Executing timer %s`)
  during which a Home Assistant automation PUTs an invalid fan speed preset on every state
  refresh (`Received "%s "to "%s" with invalid payload` and the validator's errors, inspected
  over eight lines), map uploads timing out (`FDS upload timeout` with the request inspected);
  the broker's password changed at 07:48 (`Connection to MQTT broker closed`, mqtt.js retrying
  every second: `Attempting to reconnect to MQTT broker` with `MQTT error: Error: connect
  ECONNREFUSED %s` while mosquitto restarts, then `MQTT error: Error: Connection refused: Not
  authorized` 900 times) until the user fixes Valetudo's MQTT settings at 08:03 (`Disconnecting
  from the MQTT Broker...`, `Successfully disconnected ...`, `Connected successfully to MQTT
  broker`, `MQTT configured`); a retained command discarded on every connect; a custom NTP
  server that does not resolve (`%s error during time sync: getaddrinfo ENOTFOUND %s`, retried
  64 and 128 minutes apart) until fixed at 09:15; the access point rebooting at 10:40 (MQTT
  retried, `Cloud message timed out. Assuming that we're not connected anymore`, `Dummycloud
  connected`).
- PrusaLink 0.7.2 on two Raspberry Pi Zero 2 W wired to two Original Prusa MK3S+
  (`mk3s-1-daemon.log`, `mk3s-2-daemon.log`: each Pi's /var/log/daemon.log, PrusaLink run with
  `-i` under a systemd unit and logging through SysLogHandler with its `%(name)s[%(process)d]:
  %(levelname)s: %(message)s {%(funcName)s():%(lineno)d}` format, rsyslog's traditional layout
  with control characters escaped as `#ooo`): printer 1 printing 06:10-10:21 with a resend now
  and then, printer 2's noisy serial line while it prints 07:30-09:12 (bursts of `Resend of %s
  requested. Current is %s`, `Re-send requested for a non-numbered message`, `Unexpected
  message confirmation. Ignoring`, `Failed decoding a message %s`); Prusa Connect's front
  answering 502 09:02-09:23 (the SDK's `Got unexpected telemetry response (%s): %s` and the page
  itself at warning for every telemetry, a few read timeouts first); a job queued from Connect
  while printer 1 prints; the router rebooting 10:40-10:43 (urllib3's `NameResolutionError` for
  every telemetry); printer 2's PrusaLink restarted at 11:20 (systemd's lines, `Stop completed%s`,
  `Starting adapter for port %s`) with a settings file naming another printer type (`Configured
  printer type does not match the one of the printer` every minute).
- linkding 1.31.0 in Docker with SQLite (`linkding.log`: `docker logs`, uWSGI's request lines
  from two workers and Django's `{asctime} {levelname} {message}` warnings and errors;
  `background_tasks.log`: the Huey consumer's log, supervisord's `jobs` program, with Huey's and
  linkding's `bookmarks` loggers): the Docker health check every 30 s; the reverse proxy moved to
  a new hostname at 06:40 without the trusted origins (`Forbidden (Origin checking failed - %s
  does not match any trusted origins.): %s` on every POST until 07:26); a phone app with an API
  token revoked at 07:58 (`Unauthorized: %s` every five minutes); browsing (the list, searches,
  the extension's checks, static files `via sendfile()`), new bookmarks through the bookmarklet
  with their Wayback Machine snapshot (`Create new snapshot for bookmark. url=%s...`, `Successfully
  created new snapshot for bookmark:. url=%s`, `Failed to create snapshot due to rate limiting.
  url=%s`, `Failed to create snapshot. url=%s` with waybackpy's multi-line error) and favicon
  tasks (`Executing %s`, `Load favicon for bookmark. url=%s`, `Successfully updated favicon for
  bookmark. url=%s icon=%s`, `%s executed in %0.3fs`); a Netscape import of 180 bookmarks at 10:14
  (two `Internal Server Error: %s` with SQLite's `database is locked` and Django's chained
  traceback; a favicon task per bookmark, those of dead sites failing with Google's 404: Huey's
  `Unhandled exception in task %s.` with the traceback, `Requeueing %s, %s retries`, `Added task
  %s to schedule, eta %s`, retried 60, 240, 960 and 3840 s later); scanners' `Not Found: %s`.
- wallabag 2.6.9 (`prod.log`: var/logs/prod.log, Symfony 4.4 with Monolog 2's `[%datetime%]
  %channel%.%level_name%: %message% %context% %extra%`, the default fingers_crossed handler: a
  request's records are written only once one of them is an error): scanners' `Uncaught PHP
  Exception %s: "No route found for "%s %s"" at %s line %s` all day and a burst at 08:14, a few
  405s; articles that cannot be fetched, each with its request's records (`Matched route "%s".`,
  the session's security lines for the web UI, `Restricted access config enabled?`, graby's site
  config lookups, `Fetching url: %s`, `Trying using method "%s" on url "%s"`, the default
  user-agent and referer) up to graby's `Request throw exception ...` and `Data fetched: %s`:
  medium.com behind Cloudflare answering 403 to every item an RSS bridge posts every 30 minutes
  (Guzzle's message with the response's summary over three lines), heise.de timing out
  09:20-09:55 (`cURL error 28: ...`), dead domains (`cURL error 6: Could not resolve host: %s
  ...`); MariaDB restarted at 10:47 (every request's `Uncaught PHP Exception %s: "An exception
  occurred in driver: SQLSTATE[%s] [%d] Connection refused" at %s line %s` for three minutes).

Label notes. The heads are context: Elixir's date, time, `car_id=` metadata and level;
Valetudo's time and level; syslog's time, host and tag with PrusaLink's level word and its `
{function():line}` suffix; Django's and Huey's time and level; uWSGI writes its request line
itself (`[pid: %d|app: %d|req: %d/%d] %s (%s) {%d vars in %d bytes} [%s] %s %s => generated %d
bytes in %d msecs (%s %d) %d headers in %d bytes (%d switches on core %d)`, the method, path and
status are values; `via sendfile() ` is the other branch's wording); Monolog's time, channel and
level, and its context and extra arrays. An argument util.inspect() adds after Valetudo's message
is a value (the validator's errors, the request, the retained message), as is an inspected atom or
term in TeslaMate's (`Error / %s`: `:unknown`, `:timeout`; `TeslaApi.Error / %s – %s`: the
status and the body). A value that is a message of its own contributes its format: Node's
`getaddrinfo ENOTFOUND %s` and `connect ECONNREFUSED %s`, mqtt.js's `Connection refused: %s`,
urllib3's `HTTPSConnectionPool(...)` texts, Guzzle's and curl's errors inside graby's, Symfony's
`No route found for "%s %s"` and Doctrine's driver error inside `Uncaught PHP Exception`; the SDK's
`log.warning(res.text)` writes Connect's 502 page, which is that line's label. Huey's task repr
(`module.name: id`, with ` @eta` and ` %d retries` when set) is a value. Continuation lines have
no label: Valetudo's inspected objects, Python's tracebacks (with the blank lines of a chained
one), waybackpy's multi-line message, and Guzzle's response summary with Monolog's context after it.

Least sure (written from the helper's knowledge; TeslaMate's vehicle state machine, API, stream
and MQTT handler, Valetudo's Logger, MQTT controller, NTP client, scheduler, web server, miio
socket and dummycloud, PrusaLink's config, serial queue and adapter and the Connect SDK's loop,
linkding's settings, uwsgi.ini, supervisord.conf and tasks, Huey's worker and graby's HTTP client
were checked against copies of their sources, wallabag's and graby's lines against users' logs
quoted in issues): TeslaMate's `System Info: %s` and `Version: %s`, its logger format's `$date`
and the inspected 502 body; the Dreame robot's FDS upload query and that an automation would loop
on the state refresh; PrusaLink's logger names and line numbers in 0.7.2, the telemetry rate
while printing and idle, and the systemd unit's lines; linkding's task decorator in 1.31.0 (the
2025 tasks.py was read), the uWSGI header counts and `via sendfile()`, and Huey's repr of a
retried task; graby's level for `Request throw exception` (error, as its PR 114 made it; later
versions log a warning) and its `Trying using method`, user-agent and referer lines in 2.4.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, weighted

MS = 1000
SEC = 1_000_000
US = 1


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ---------------------------------------------------------------------------------- teslamate

TM_CARS = {
    # car_id: (display name, eid, vehicle id)
    1: ("Blue Thunder", 1492931337154520, 1659832501),
    2: ("Snowflake", 1492931337189374, 1659871322),
}
TM_API = "https://owner-api.teslamotors.com"
TM_NOMINATIM = "https://nominatim.openstreetmap.org/reverse"
TM_CF_502 = '"<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>cloudflare</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
TM_CF_504 = '"<html>\\r\\n<head><title>504 Gateway Time-out</title></head>\\r\\n<body>\\r\\n<center><h1>504 Gateway Time-out</h1></center>\\r\\n<hr><center>cloudflare</center>\\r\\n</body>\\r\\n</html>\\r\\n"'


def teslamate(r: random.Random) -> list[Log]:
    """TeslaMate 1.29 in Docker (`docker logs teslamate`), two cars, streaming API on, 06:00 to
    12:00: car 2's overnight charge completing, car 1's commute (waking, driving, suspending,
    falling asleep at the office), the owner API answering Cloudflare's 502 (and a few 504s)
    08:05-09:32 while both cars sleep, TeslaMate updated and restarted at 09:41, the token
    refresh, the MQTT broker restarted at 10:12, car 2's errands with the reverse geocoder timing
    out 10:33-10:52, and car 2 plugged in at home at 11:38."""
    fs = Files()
    proc = "beam"

    def L(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        car: int | None = None,
        more: list[str] | None = None,
    ) -> datetime:
        meta = f"car_id={car} " if car else ""
        return fs.add(
            "teslamate.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {meta}[{level}] {msg}", *(more or [])],
            proc,
            MS,
        )

    def http(t: datetime, level: str, url: str, status: int, ms: float) -> datetime:
        return L(t, level, "%s %s -> %s (%s ms)", f"GET {url} -> {status} ({ms:.3f} ms)")

    def geocode(t: datetime, car: int) -> datetime:
        if at(10, 26) <= t < at(11, 28):
            t = L(
                t + sec(30.0 + r.uniform(0.001, 0.05)),
                "error",
                "%s %s -> error: %s (%s ms)",
                f"GET {TM_NOMINATIM} -> error: %Mint.TransportError{{reason: :timeout}} ({30000 + r.uniform(0.5, 40):.3f} ms)",
            )
            return L(
                t + sec(0.002),
                "warning",
                "Address not found: %s",
                "Address not found: %Mint.TransportError{reason: :timeout}",
            )
        return http(t + sec(r.uniform(0.15, 0.9)), "info", TM_NOMINATIM, 200, r.uniform(140, 880))

    def api_fail(t: datetime, car: int, path: str) -> datetime:
        s504 = at(8, 30) <= t < at(8, 41) and r.random() < 0.5
        status = 504 if s504 else 502
        dur = r.uniform(30000, 30400) if s504 else r.uniform(40, 900)
        t = http(t + sec(dur / 1000), "warning", f"{TM_API}/api/1/vehicles{path}", status, dur)
        t = L(
            t + sec(0.001),
            "error",
            "TeslaApi.Error / %s – %s",
            f"TeslaApi.Error / {status} – {TM_CF_504 if s504 else TM_CF_502}",
        )
        return L(
            t + sec(0.001),
            "error",
            "Error / %s",
            f"Error / {':timeout' if s504 else ':unknown'}",
            car,
        )

    def drive_start(car: int, t: datetime, wake: bool) -> datetime:
        if wake:
            t = L(t, "info", "Start / :online", "Start / :online", car)
            t = L(t + sec(r.uniform(0.2, 0.5)), "info", "Connecting ...", "Connecting ...", car)
            t += sec(r.uniform(60, 420))
        t = L(t, "info", "Driving / Start", "Driving / Start", car)
        geocode(t, car)
        return t

    def drive_end(car: int, t: datetime, km: int, minutes: int) -> datetime:
        t = L(
            t,
            "info",
            "Driving / Ended / %s km – %s min",
            f"Driving / Ended / {km} km – {minutes} min",
            car,
        )
        geocode(t, car)
        return t

    def suspend(car: int, t: datetime, until: datetime | None) -> datetime:
        """Suspended with the stream idle: the stream times out (logged from the fifth timeout
        on, every 30 s), every tenth timeout makes the car fetch its state; at `until` the fetch
        finds it asleep."""
        t = L(t, "info", "Suspending logging", "Suspending logging", car)
        n = 0
        while True:
            n += 1
            t += sec(min(max(2 ** (n - 1), 10), 30) + r.uniform(0.001, 0.02))
            if until is not None and t >= until:
                break
            if n - 1 > 4:
                L(t, "info", "Stream.Timeout / %s", f"Stream.Timeout / {n - 1}")
            if n % 10 == 5:
                f = L(
                    t + sec(0.001),
                    "info",
                    "Fetching vehicle state ...",
                    "Fetching vehicle state ...",
                    car,
                )
                if until is not None and t + sec(330) >= until:
                    f = L(
                        f + sec(r.uniform(0.4, 1.2)),
                        "info",
                        "Start / :asleep",
                        "Start / :asleep",
                        car,
                    )
                    return L(f + sec(0.015), "info", "Disconnecting ...", "Disconnecting ...", car)
            L(
                t + sec(0.002),
                "info",
                "Connection was closed (a:%s|t:%s|d:%s). Reconnecting …",
                f"Connection was closed (a:1|t:{n}|d:0). Reconnecting …",
            )
            if until is None and n > 6:
                return t
        return t

    # car 2: the overnight charge ends, the car stays awake a while and falls asleep
    t = at(6, 47, 12.4)
    L(t, "info", "Charging / %s / %s kWh – %s min", "Charging / Complete / 31.86 kWh – 437 min", 2)
    t = L(t + sec(0.3), "info", "Start / :online", "Start / :online", 2)
    t = L(t + sec(0.25), "info", "Connecting ...", "Connecting ...", 2)
    suspend(2, t + sec(15 * 60 + r.uniform(0, 30)), at(7, 31, 40))
    # car 1: preconditioned, commute; the owner API behind Cloudflare answers 502 from 07:52 to
    # 09:08 (504 for a while at 08:30): the drive cannot be closed before it answers again
    outage = (at(7, 46, 20), at(9, 16, 10))
    ts = drive_start(1, at(7, 36, 41.7), True)
    t = outage[0] + sec(r.uniform(0, 10))
    while t < outage[1]:
        t = api_fail(t, 1, f"/{TM_CARS[1][1]}/vehicle_data") + sec(10 + r.uniform(0.0, 0.4))
    te = drive_end(
        1, outage[1] + sec(r.uniform(1, 9)), 27, round((outage[1] - ts).total_seconds() / 60)
    )
    suspend(1, te + sec(180 + r.uniform(0, 40)), at(9, 34, 50))
    t = outage[0] + sec(r.uniform(0, 30))
    while t < outage[1]:
        api_fail(t, 2, f"/{TM_CARS[2][1]}")
        t += sec(30 + r.uniform(0.0, 1.5))

    # the update: docker compose pull && up -d
    restart = at(9, 41, 3.2)
    L(restart, "notice", "SIGTERM received - shutting down", "SIGTERM received - shutting down")
    L(
        restart + sec(0.004),
        "warning",
        "MQTT connection is terminating",
        "MQTT connection is terminating",
    )
    t = restart + sec(9.7)
    t = L(t, "info", "Migrations already up", "Migrations already up")
    t = L(t + sec(1.2), "info", "System Info: %s", "System Info: Erlang/OTP 26 (jit)")
    t = L(t + sec(0.0004), "info", "Version: %s", "Version: 1.29.2")
    t = L(t + sec(0.41), "info", "Refreshed api tokens", "Refreshed api tokens")
    t = L(
        t + sec(0.001), "info", "Scheduling token refresh in %s", "Scheduling token refresh in 4 h"
    )
    t = L(
        t + sec(0.02),
        "info",
        "Running %s with %s at %s (%s)",
        "Running TeslaMateWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)",
    )
    t = L(
        t + sec(0.001),
        "info",
        "Access %s at %s",
        "Access TeslaMateWeb.Endpoint at http://localhost",
    )
    for car in (1, 2):
        t = L(
            t + sec(r.uniform(0.05, 0.2)),
            "info",
            "Starting logger for '%s'",
            f"Starting logger for '{TM_CARS[car][0]}'",
        )
    t = L(
        t + sec(0.08),
        "info",
        "MQTT connection has been established",
        "MQTT connection has been established",
    )
    for car in (1, 2):
        t = L(t + sec(r.uniform(0.1, 0.4)), "info", "Start / :asleep", "Start / :asleep", car)
    # mosquitto restarted
    t = at(10, 12, 7.3)
    L(t, "warning", "MQTT connection has been dropped", "MQTT connection has been dropped")
    L(
        t + sec(6.1),
        "info",
        "MQTT connection has been established",
        "MQTT connection has been established",
    )
    # car 2: errands (the geocoder times out 10:33-10:52), then home to charge
    ts = drive_start(2, at(10, 24, 55.0), True)
    te = drive_end(2, ts + sec(14 * 60 + 21), 8, 14)
    suspend(2, te + sec(185), at(10, 58, 30))
    ts = drive_start(2, at(11, 6, 12), True)
    te = drive_end(2, ts + sec(17 * 60 + 5), 9, 17)
    te = L(
        te + sec(r.uniform(40, 90)),
        "info",
        "Charging / SOC: %s% / %s",
        "Charging / SOC: 58% / Home",
        2,
    )
    geocode(te, 2)
    L(te + sec(0.2), "info", "Disconnecting ...", "Disconnecting ...", 2)
    # the token refresh scheduled four hours after the container's start at 02:12
    t = at(6, 12, 30.6)
    L(t, "info", "Refreshing access token ...", "Refreshing access token ...")
    L(t + sec(0.52), "info", "Scheduling token refresh in %s", "Scheduling token refresh in 4 h")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- valetudo

VT_BROKER = "192.168.1.20:1883"
VT_TOPIC = "valetudo/SuperfluousFlimsyBadger"


def valetudo(r: random.Random) -> list[Log]:
    """Valetudo 2024.05.0 on a Dreame L10s Ultra (`/tmp/valetudo.log`, log level info), 06:00 to
    12:00: two timers (a full cleanup at 06:30, the kitchen at 09:00) during which a Home
    Assistant automation PUTs an invalid fan speed preset every time the robot's state is
    refreshed; the MQTT broker's password changed at 07:48 (mosquitto restarted, then `Not
    authorized` on every reconnect, mqtt.js retrying every second) until the user updates
    Valetudo's MQTT settings at 08:03; a retained command topic discarded on every connect; an
    unresolvable custom NTP server retried with a doubling delay until the user fixes it at
    09:15; the access point rebooting at 10:40 (MQTT closed and retried, the miio cloud socket
    timing out and reconnecting)."""
    fs = Files()

    def V(t: datetime, level: str, label: str, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            "valetudo.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z] [{level}] {msg}", *(more or [])],
            "node",
            MS,
        )

    def connected(t: datetime) -> datetime:
        t = V(
            t,
            "INFO",
            "Connected successfully to MQTT broker",
            "Connected successfully to MQTT broker",
        )
        t = V(
            t + sec(r.uniform(0.01, 0.04)),
            "WARN",
            'Received a retained MQTT message. Most certainly you or the home automation software integration you are using are sending the MQTT command incorrectly. Please remove the "retained" flag to fix this issue. Discarding.',
            'Received a retained MQTT message. Most certainly you or the home automation software integration you are using are sending the MQTT command incorrectly. Please remove the "retained" flag to fix this issue. Discarding. '
            + f"{{ topic: '{VT_TOPIC}/BasicControlCapability/operation/set', message: 'HOME' }}",
        )
        return V(t + sec(r.uniform(0.6, 1.4)), "INFO", "MQTT configured", "MQTT configured")

    def timer(t: datetime, tid: str, minutes: float) -> None:
        V(t, "INFO", "Executing timer %s", f"Executing timer {tid}")
        end = t + sec(minutes * 60)
        # the automation reacts to every state refresh (every 30 s while MQTT is up)
        x = t + sec(r.uniform(20, 40))
        while x < end:
            if not (storm[0] - sec(5) <= x < storm[1] + sec(5)):
                V(
                    x,
                    "WARN",
                    'Received "%s "to "%s" with invalid payload',
                    'Received "PUT "to "/api/v2/robot/capabilities/FanSpeedControlCapability/preset" with invalid payload [',
                    [
                        "  {",
                        "    instancePath: '/name',",
                        "    schemaPath: '#/properties/name/enum',",
                        "    keyword: 'enum',",
                        "    params: { allowedValues: [Array] },",
                        "    message: 'must be equal to one of the allowed values'",
                        "  }",
                        "]",
                    ],
                )
            x += sec(30 + r.uniform(0.02, 0.4))
        # a map upload that never completes while the robot is busy
        for _ in range(r.choice([1, 2])):
            y = t + sec(r.uniform(60, minutes * 60 - 60))
            ts = str(r.randint(100000000000000, 999999999999999))
            V(
                y,
                "WARN",
                "FDS upload timeout",
                "FDS upload timeout {",
                [
                    "  query: {",
                    f"    ts: '{ts}',",
                    "    suffix: 'map',",
                    f"    Expires: '{int(y.timestamp()) + 900}',",
                    "    method: '_sync.gen_presigned_url'",
                    "  },",
                    "  params: { filename: undefined }",
                    "}",
                ],
            )

    storm = (at(7, 48, 10.3), at(8, 3, 52.0))
    timer(at(6, 30, 0.4), "0e3c9a8e-5c1b-4f0a-9d2e-7b41c6f8a203", 51.5)
    timer(at(9, 0, 0.6), "b7d2f0c4-1a8e-4c35-8f6b-2e9d0a7c5e11", 34.2)
    # the broker restarted with a new password
    t = V(storm[0], "INFO", "Connection to MQTT broker closed", "Connection to MQTT broker closed")
    t += sec(1.0)
    while t < storm[1]:
        t = V(
            t,
            "INFO",
            "Attempting to reconnect to MQTT broker",
            "Attempting to reconnect to MQTT broker",
        )
        if t < storm[0] + sec(6.5):
            t = V(
                t + sec(r.uniform(0.001, 0.004)),
                "ERROR",
                "MQTT error: Error: connect ECONNREFUSED %s",
                f"MQTT error: Error: connect ECONNREFUSED {VT_BROKER}",
            )
        else:
            t = V(
                t + sec(r.uniform(0.012, 0.045)),
                "ERROR",
                "MQTT error: Error: Connection refused: %s",
                "MQTT error: Error: Connection refused: Not authorized",
            )
        t += sec(1.0 + r.uniform(0.001, 0.006))
    t = V(
        t + sec(0.3),
        "INFO",
        "Disconnecting from the MQTT Broker...",
        "Disconnecting from the MQTT Broker...",
    )
    t = V(
        t + sec(0.004),
        "INFO",
        "Successfully disconnected from the MQTT Broker",
        "Successfully disconnected from the MQTT Broker",
    )
    connected(t + sec(0.09))
    # the custom NTP server does not resolve: retries 64 and 128 minutes apart, fixed at 09:15
    for tn in (at(6, 21, 7.9), at(8, 25, 8.1)):
        V(
            tn,
            "WARN",
            "%s error during time sync: getaddrinfo ENOTFOUND %s",
            "Name_resolution error during time sync: getaddrinfo ENOTFOUND ntp.home.lan",
        )
    tn = at(9, 15, 3.4)
    V(
        tn,
        "INFO",
        "Successfully set the system time via NTP to %s",
        f"Successfully set the system time via NTP to {tn:%Y-%m-%dT%H:%M:%S}.{ms3(tn + sec(0.037))}Z",
    )
    # the access point reboots
    ap = at(10, 40, 12.6)
    t = V(ap, "INFO", "Connection to MQTT broker closed", "Connection to MQTT broker closed")
    V(
        ap + sec(9.3),
        "INFO",
        "Cloud message timed out. Assuming that we're not connected anymore",
        "Cloud message timed out. Assuming that we're not connected anymore",
    )
    t += sec(1.0)
    back = ap + sec(94.0)
    while t < back:
        t = V(
            t,
            "INFO",
            "Attempting to reconnect to MQTT broker",
            "Attempting to reconnect to MQTT broker",
        )
        t += sec(1.0 + r.uniform(0.001, 0.006))
    V(back + sec(2.2), "INFO", "Dummycloud connected", "Dummycloud connected")
    connected(t + sec(0.05))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- linkding

LD_PY = "/opt/venv/lib/python3.12/site-packages"
LD_FAVICON = "https://t1.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&fallback_opts=TYPE,SIZE,URL&url={url}&size=32"
LD_SITES = [
    "https://github.com/astral-sh/uv",
    "https://docs.djangoproject.com/en/5.0/topics/db/queries/",
    "https://news.ycombinator.com/item?id=40598223",
    "https://www.postgresql.org/docs/16/sql-createindex.html",
    "https://lwn.net/Articles/975827/",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/grid-template-areas",
    "https://blog.cloudflare.com/how-we-built-the-new-edge/",
    "https://www.kernel.org/doc/html/latest/admin-guide/cgroup-v2.html",
    "https://stackoverflow.com/questions/3437059/does-python-have-a-string-contains-substring-method",
    "https://martinfowler.com/articles/patterns-of-distributed-systems/",
]
LD_IMPORT_DOMAINS = [
    ("github.com", True),
    ("www.reddit.com", True),
    ("medium.com", True),
    ("en.wikipedia.org", True),
    ("www.youtube.com", True),
    ("stackoverflow.com", True),
    ("arstechnica.com", True),
    ("www.theverge.com", True),
    ("dev.to", True),
    ("css-tricks.com", True),
    ("www.smashingmagazine.com", True),
    ("jvns.ca", True),
    ("danluu.com", True),
    ("nesslabs.com", True),
    ("old.reddit.com", True),
    ("gist.github.com", True),
    ("blog.codinghorror.com", True),
    ("www.joelonsoftware.com", True),
    ("paulgraham.com", True),
    ("www.delicious-recipes-blog.net", False),
    ("homepage.ntlworld.com", False),
    ("my-old-wordpress.blog", False),
    ("www.geocities.ws", False),
    ("tutorials.jenkov.com", True),
    ("web.archive.org", True),
    ("blogs.msdn.microsoft.com", False),
    ("code.google.com", False),
    ("www.instructables.com", True),
    ("xkcd.com", True),
    ("ux.stackexchange.com", True),
]


def route_of(uri: str) -> str:
    """A request's route as the set labels one: its path with numbers as variables, and its
    query's keys with their values as variables (`/bookmarks?q=<*>&sort=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join("<*>" if part.isdigit() else part for part in path.split("/"))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def linkding(r: random.Random) -> list[Log]:
    """linkding 1.31.0 in Docker (SQLite), 06:00 to 12:00: `linkding.log` is `docker logs`
    (uWSGI's request lines, two workers, and Django's warnings and errors), `background_tasks.log`
    the Huey consumer's log (supervisord's `jobs` program: Huey's and linkding's `bookmarks`
    loggers). The Docker health check every 30 s; the reverse proxy moved to a new hostname at
    06:40 without updating the trusted origins (every POST `Forbidden (Origin checking failed
    ...)` until the proxy is fixed at 07:26); a phone app still using an API token revoked at
    07:58 (`Unauthorized: /api/bookmarks/` every five minutes); the browsing day's bookmarks (the
    browser extension's checks, the bookmarklet, each new bookmark's favicon and Wayback Machine
    snapshot tasks, the Wayback Machine rate limiting); a Netscape bookmarks import of 180
    bookmarks at 10:14 (SQLite locked under it: two `Internal Server Error`s; a favicon task per
    bookmark, those of dead sites failing with Google's 404 and retried 60, 240, 960 and 3840 s
    later); scanners' 404s."""
    fs = Files()
    workers = [23, 24]
    wreq = {23: 4112, 24: 4087}
    total = [8199]

    def ctime(t: datetime) -> str:
        return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"

    def req(
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: int,
        ms: int,
        vars_: int = 44,
        static: bool = False,
        warn: tuple[str, str, str] | None = None,
        err: tuple[str, str, list[str]] | None = None,
    ) -> datetime:
        pid = r.choice(workers)
        if warn:
            level, label, msg = warn
            fs.add(
                "linkding.log",
                t + sec(ms / 1000 * 0.8),
                label,
                lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} {msg}"],
                ("django", pid),
                MS,
            )
        if err:
            label, msg, tb = err
            fs.add(
                "linkding.log",
                t + sec(ms / 1000 * 0.9),
                label,
                lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} ERROR {msg}", *tb],
                ("django", pid),
                MS,
            )
        wreq[pid] += 1
        total[0] += 1
        n, tot = wreq[pid], total[0]
        hdrs = 6 if static else (8 if status == 200 else 7)
        hbytes = 212 if static else (r.randint(370, 420) if status == 200 else r.randint(250, 330))
        via = "via sendfile() " if static else ""
        # Labelled by method, route and status, as the set's uWSGI request lines are (round
        # 54's rule: a number in the route and a query's values are variables).
        route = route_of(uri)
        label = (
            f"[pid: %d|app: %d|req: %d/%d] %s (%s) {{%d vars in %d bytes}} [%s] {method} {route} => generated %d bytes in %d msecs via sendfile() (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
            if static
            else f"[pid: %d|app: %d|req: %d/%d] %s (%s) {{%d vars in %d bytes}} [%s] {method} {route} => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
        )
        vbytes = vars_ * 21 + len(uri) * 2 + r.randint(0, 40)
        core = r.randint(0, 1)
        sw = 0 if static else 1
        return fs.add(
            "linkding.log",
            t,
            label,
            lambda x: [
                f"[pid: {pid}|app: 0|req: {n}/{tot}] {ip} () {{{vars_} vars in {vbytes} bytes}} [{ctime(x)}] {method} {uri} => generated {size} bytes in {ms} msecs {via}(HTTP/1.1 {status}) {hdrs} headers in {hbytes} bytes ({sw} switches on core {core})"
            ],
            ("uwsgi", pid),
            SEC,
        )

    # background tasks
    def H(t: datetime, level: str, label: str, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            "background_tasks.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} {msg}", *(more or [])],
            "huey",
            MS,
        )

    def favicon_tb(url: str) -> list[str]:
        fav = LD_FAVICON.format(url=url)
        return [
            "Traceback (most recent call last):",
            f'  File "{LD_PY}/huey/api.py", line 379, in _execute',
            "    task_value = task.execute()",
            "                 ^^^^^^^^^^^^^^",
            f'  File "{LD_PY}/huey/api.py", line 772, in execute',
            "    return func(*args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^",
            '  File "/etc/linkding/bookmarks/services/tasks.py", line 36, in inner',
            "    raise exc",
            '  File "/etc/linkding/bookmarks/services/tasks.py", line 32, in inner',
            "    return fn(*args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^",
            '  File "/etc/linkding/bookmarks/services/tasks.py", line 147, in _load_favicon_task',
            "    new_favicon_file = favicon_loader.load_favicon(bookmark.url)",
            "                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/etc/linkding/bookmarks/services/favicon_loader.py", line 62, in load_favicon',
            "    response.raise_for_status()",
            f'  File "{LD_PY}/requests/models.py", line 1024, in raise_for_status',
            "    raise HTTPError(http_error_msg, response=self)",
            f"requests.exceptions.HTTPError: 404 Client Error: Not Found for url: {fav}",
        ]

    def icon_name(url: str) -> str:
        host = url.split("/")[2]
        return "https_" + host.replace(".", "_").replace("-", "_") + ".png"

    def task(t: datetime, name: str, eta: datetime | None, retries: int) -> tuple[str, str]:
        tid = uuid4(r)
        rep = f"bookmarks.services.tasks.{name}: {tid}"
        if eta is not None:
            rep += f" @{eta:%Y-%m-%d %H:%M:%S}.{eta.microsecond:06d}"
        if retries:
            rep += f" {retries} retries"
        return tid, rep

    def favicon(
        t: datetime,
        url: str,
        alive: bool,
        tid: str = "",
        retries: int = 5,
        eta: datetime | None = None,
        delay: int = 60,
    ) -> datetime:
        if not tid:
            tid, rep = task(t, "_load_favicon_task", None, retries)
        else:
            rep = f"bookmarks.services.tasks._load_favicon_task: {tid}"
            if eta is not None:
                rep += f" @{eta:%Y-%m-%d %H:%M:%S}.{eta.microsecond:06d}"
            if retries:
                rep += f" {retries} retries"
        t = H(t, "INFO", "Executing %s", f"Executing {rep}")
        t = H(
            t + sec(0.003),
            "INFO",
            "Load favicon for bookmark. url=%s",
            f"Load favicon for bookmark. url={url}",
        )
        dur = r.uniform(0.08, 0.6)
        if alive:
            t = H(
                t + sec(dur),
                "INFO",
                "Successfully updated favicon for bookmark. url=%s icon=%s",
                f"Successfully updated favicon for bookmark. url={url} icon={icon_name(url)}",
            )
            return H(
                t + sec(0.002),
                "INFO",
                "%s executed in %0.3fs",
                f"{rep} executed in {dur + 0.006:.3f}s",
            )
        t = H(
            t + sec(dur),
            "ERROR",
            "Unhandled exception in task %s.",
            f"Unhandled exception in task {tid}.",
            favicon_tb(url),
        )
        if retries:
            t = H(
                t + sec(0.002),
                "INFO",
                "Requeueing %s, %s retries",
                f"Requeueing {tid}, {retries - 1} retries",
            )
            eta2 = t + sec(delay)
            t = H(
                t + sec(0.001),
                "INFO",
                "Added task %s to schedule, eta %s",
                f"Added task {tid} to schedule, eta {eta2:%Y-%m-%d %H:%M:%S}.{eta2.microsecond:06d}",
            )
            if eta2 < T_END:
                favicon(
                    eta2 + sec(r.uniform(0.3, 1.0)), url, False, tid, retries - 1, eta2, delay * 4
                )
        return t

    def snapshot(t: datetime, url: str, outcome: str) -> datetime:
        _tid, rep = task(t, "_create_web_archive_snapshot_task", None, 5)
        t = H(t, "INFO", "Executing %s", f"Executing {rep}")
        t = H(
            t + sec(0.004),
            "INFO",
            "Create new snapshot for bookmark. url=%s...",
            f"Create new snapshot for bookmark. url={url}...",
        )
        dur = r.uniform(6, 24) if outcome == "ok" else r.uniform(0.4, 2.5)
        if outcome == "ok":
            t = H(
                t + sec(dur),
                "INFO",
                "Successfully created new snapshot for bookmark:. url=%s",
                f"Successfully created new snapshot for bookmark:. url={url}",
            )
        elif outcome == "rate":
            t = H(
                t + sec(dur),
                "ERROR",
                "Failed to create snapshot due to rate limiting. url=%s",
                f"Failed to create snapshot due to rate limiting. url={url}",
            )
        else:
            t = H(
                t + sec(dur),
                "ERROR",
                "Failed to create snapshot. url=%s",
                f"Failed to create snapshot. url={url}",
                [
                    "Traceback (most recent call last):",
                    '  File "/etc/linkding/bookmarks/services/tasks.py", line 84, in _create_web_archive_snapshot_task',
                    "    _create_snapshot(bookmark)",
                    '  File "/etc/linkding/bookmarks/services/tasks.py", line 67, in _create_snapshot',
                    "    archive.save()",
                    f'  File "{LD_PY}/waybackpy/save_api.py", line 207, in save',
                    "    raise MaximumSaveRetriesExceeded(",
                    f"waybackpy.exceptions.MaximumSaveRetriesExceeded: Tried 1 times but failed to save and retrieve the archive for {url}.",
                    "Response URL:",
                    f"https://web.archive.org/save/{url}",
                    "Response Header:",
                    "{'Server': 'nginx', 'Date': '"
                    + f"{t:%a, %d %b %Y %H:%M:%S}"
                    + " GMT', 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked', 'Connection': 'keep-alive'}",
                ],
            )
        return H(
            t + sec(0.002), "INFO", "%s executed in %0.3fs", f"{rep} executed in {dur + 0.009:.3f}s"
        )

    proxy = "172.20.0.5"
    # the Docker health check
    t = T0 + sec(7.3)
    while t < T_END:
        req(t, "127.0.0.1", "GET", "/health", 200, 43, r.randint(2, 6), vars_=28)
        t += sec(30 + r.uniform(0.0, 0.3))
    # browsing sessions: the list, searches, the extension's checks, static files
    statics = [
        ("/static/theme-light.css", 71824),
        ("/static/index.js", 117245),
        ("/static/favicon.ico", 15086),
        ("/static/logo.png", 3467),
        ("/static/https_github_com.png", 1204),
    ]
    searches = ["python", "%23django", "postgres+index", "css", "%23read-later", "kernel"]
    sessions = [
        (at(6, 12), at(6, 31)),
        (at(7, 31), at(7, 52)),
        (at(9, 2), at(9, 40)),
        (at(11, 10), at(11, 44)),
    ]
    for a, b in sessions:
        t = a + sec(r.uniform(0, 60))
        for path, size in statics:
            req(
                t + sec(r.uniform(0.2, 0.9)),
                proxy,
                "GET",
                path,
                200,
                size,
                r.randint(0, 2),
                static=True,
            )
        while t < b:
            kind = weighted(r, [(5, "list"), (3, "search"), (6, "check"), (1, "tags")])
            if kind == "list":
                req(
                    t,
                    proxy,
                    "GET",
                    "/bookmarks" + r.choice(["", "", "?page=2", "?sort=title_asc"]),
                    200,
                    r.randint(28000, 36000),
                    r.randint(60, 190),
                )
            elif kind == "search":
                req(
                    t,
                    proxy,
                    "GET",
                    f"/bookmarks?q={r.choice(searches)}",
                    200,
                    r.randint(9000, 30000),
                    r.randint(40, 160),
                )
            elif kind == "check":
                u = (
                    r.choice(LD_SITES)
                    .replace(":", "%3A")
                    .replace("/", "%2F")
                    .replace("?", "%3F")
                    .replace("=", "%3D")
                )
                req(
                    t,
                    proxy,
                    "GET",
                    f"/api/bookmarks/check/?url={u}",
                    200,
                    r.randint(180, 900),
                    r.randint(8, 30),
                )
            else:
                req(
                    t,
                    proxy,
                    "GET",
                    "/api/tags/?limit=5000",
                    200,
                    r.randint(3900, 4100),
                    r.randint(10, 25),
                )
            t += sec(r.expovariate(1 / 45))
    # new bookmarks through the bookmarklet: a form, a POST, the tasks
    added = [
        (at(6, 18, 40), 0, "ok"),
        (at(6, 44, 5), 1, "forbidden"),
        (at(6, 51, 30), 1, "forbidden"),
        (at(7, 3, 12), 2, "forbidden"),
        (at(7, 12, 50), 3, "forbidden"),
        (at(7, 37, 2), 3, "ok"),
        (at(7, 38, 10), 4, "ok"),
        (at(7, 38, 55), 5, "rate"),
        (at(7, 39, 31), 6, "rate"),
        (at(9, 8, 44), 7, "fail"),
        (at(9, 21, 9), 8, "ok"),
        (at(11, 17, 26), 9, "ok"),
        (at(11, 31, 2), 2, "fail"),
    ]
    for tb, i, outcome in added:
        url = LD_SITES[i]
        enc = url.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D")
        req(
            tb,
            proxy,
            "GET",
            f"/bookmarks/new?url={enc}&auto_close",
            200,
            r.randint(14000, 15500),
            r.randint(70, 220),
        )
        tp = tb + sec(r.uniform(8, 40))
        if outcome == "forbidden":
            req(
                tp,
                proxy,
                "POST",
                "/bookmarks/new",
                403,
                2870,
                r.randint(9, 20),
                warn=(
                    "WARNING",
                    "Forbidden (Origin checking failed - %s does not match any trusted origins.): %s",
                    "Forbidden (Origin checking failed - https://links.example.org does not match any trusted origins.): /bookmarks/new",
                ),
            )
            continue
        req(tp, proxy, "POST", "/bookmarks/new", 302, 0, r.randint(90, 300))
        snapshot(tp + sec(r.uniform(0.05, 0.3)), url, outcome)
        favicon(tp + sec(r.uniform(0.4, 0.9)), url, True)
    # logins while the origin check fails
    for tl in (at(6, 42, 58), at(6, 43, 20), at(7, 10, 41)):
        req(
            tl,
            proxy,
            "POST",
            "/login/",
            403,
            2870,
            r.randint(8, 18),
            warn=(
                "WARNING",
                "Forbidden (Origin checking failed - %s does not match any trusted origins.): %s",
                "Forbidden (Origin checking failed - https://links.example.org does not match any trusted origins.): /login/",
            ),
        )
    # the phone app with the revoked token
    t = at(8, 0, 12.0)
    while t < T_END:
        req(
            t,
            proxy,
            "GET",
            "/api/bookmarks/?limit=50&offset=0",
            401,
            58,
            r.randint(4, 11),
            vars_=38,
            warn=("WARNING", "Unauthorized: %s", "Unauthorized: /api/bookmarks/"),
        )
        t += sec(300 + r.uniform(-2, 2))
    # scanners
    for path in [
        "/.env",
        "/wp-login.php",
        "/.git/config",
        "/admin/config.php",
        "/phpmyadmin/",
        "/xmlrpc.php",
        "/favicon.ico",
        "/apple-touch-icon.png",
        "/apple-touch-icon-precomposed.png",
        "/.well-known/security.txt",
        "/server-status",
        "/actuator/health",
    ]:
        for _ in range(r.choice([1, 1, 2, 3])):
            ts = T0 + sec(r.uniform(0, 6 * 3600))
            req(
                ts,
                proxy,
                "GET",
                path,
                404,
                179,
                r.randint(3, 12),
                vars_=30,
                warn=("WARNING", "Not Found: %s", f"Not Found: {path}"),
            )
    # the import
    ti = at(10, 14, 21.0)
    req(ti + sec(27.5), proxy, "POST", "/settings/import", 302, 0, 27512)
    locked_tb = [
        "Traceback (most recent call last):",
        f'  File "{LD_PY}/django/db/backends/utils.py", line 105, in _execute',
        "    return self.cursor.execute(sql, params)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{LD_PY}/django/db/backends/sqlite3/base.py", line 329, in execute',
        "    return super().execute(query, params)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "sqlite3.OperationalError: database is locked",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        f'  File "{LD_PY}/django/core/handlers/exception.py", line 55, in inner',
        "    response = get_response(request)",
        "               ^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{LD_PY}/django/core/handlers/base.py", line 197, in _get_response',
        "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{LD_PY}/django/contrib/auth/decorators.py", line 23, in _wrapper_view',
        "    return view_func(request, *args, **kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/etc/linkding/bookmarks/views/bookmarks.py", line 61, in index',
        "    return render_bookmarks_view(",
        "           ^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{LD_PY}/django/db/models/sql/compiler.py", line 1562, in execute_sql',
        "    cursor.execute(sql, params)",
        f'  File "{LD_PY}/django/db/backends/sqlite3/base.py", line 329, in execute',
        "    return super().execute(query, params)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "django.db.utils.OperationalError: database is locked",
    ]
    for off in (9.2, 21.7):
        req(
            ti + sec(off),
            proxy,
            "GET",
            "/bookmarks",
            500,
            145,
            5012,
            err=("Internal Server Error: %s", "Internal Server Error: /bookmarks", locked_tb),
        )
    # Huey: the scheduling task, then a favicon task per imported bookmark
    t = ti + sec(27.8)
    _tid, rep = task(t, "_schedule_bookmarks_without_favicons_task", None, 5)
    t = H(t, "INFO", "Executing %s", f"Executing {rep}")
    H(t + sec(1.9), "INFO", "%s executed in %0.3fs", f"{rep} executed in 1.874s")
    t += sec(1.95)
    for _k in range(180):
        domain, alive = r.choice(LD_IMPORT_DOMAINS)
        slug = r.choice(
            ["post", "articles", "p", "blog", "wiki", "watch", "questions", "r/selfhosted/comments"]
        )
        url = (
            f"https://{domain}/{slug}/{hexid(r, 6) if r.random() < 0.5 else r.randint(1000, 99999)}"
        )
        t = favicon(t + sec(r.uniform(0.01, 0.05)), url, alive)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- wallabag

WB_ROOT = "/var/www/wallabag"
WB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:108.0) Gecko/20100101 Firefox/108.0"
WB_REFERER = "http://www.google.co.uk/url?sa=t&source=web&cd=1"
WB_CURL = "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html)"
WB_CONFIGS = {
    "medium.com",
    "www.theguardian.com",
    "arstechnica.com",
    "www.nytimes.com",
    "www.bloomberg.com",
}
WB_SCAN = [
    "/wp-login.php",
    "/.env",
    "/wp-admin/setup-config.php",
    "/xmlrpc.php",
    "/.git/config",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/cgi-bin/luci/;stok=/locale",
    "/boaform/admin/formLogin",
    "/owa/auth/logon.aspx",
    "/actuator/gateway/routes",
    "/.aws/credentials",
    "/config.json",
    "/admin/.env",
    "/phpinfo.php",
    "/sftp-config.json",
    "/api/v1/pods",
    "/HNAP1",
    "/wallabag/.env",
]


def wallabag(r: random.Random) -> list[Log]:
    """wallabag 2.6.9 (Symfony 4.4, Monolog 2) in Docker with MariaDB, `var/logs/prod.log` with
    the default fingers_crossed handler (a request's records are written only once one of them is
    an error), 06:00 to 12:00: scanners' 404s all day and a vulnerability scanner's burst at 08:14;
    a few 405s; articles that cannot be fetched (each request's route, session and graby records
    up to graby's `Request throw exception`): medium.com behind Cloudflare answering 403 to every
    item an RSS bridge posts every 30 minutes, a news site timing out 09:20-09:55, dead domains;
    MariaDB restarted for an update at 10:47 (every request `SQLSTATE[HY000] [2002] Connection
    refused` for three minutes)."""
    fs = Files()

    def W(
        t: datetime,
        chan: str,
        level: str,
        label: str,
        msg: str,
        ctx: object = None,
        more: list[str] | None = None,
    ) -> datetime:
        c = "[]" if ctx is None else json.dumps(ctx, separators=(",", ":"))

        def text(x: datetime) -> list[str]:
            head = f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00] {chan}.{level}: {msg}"
            if more:
                return [head, *more[:-1], f"{more[-1]} {c} []"]
            return [f"{head} {c} []"]

        return fs.add("prod.log", t, label, text, "php-fpm", US)

    def not_found(t: datetime, method: str, path: str, allow: str = "") -> datetime:
        if allow:
            msg = f'No route found for "{method} {path}": Method Not Allowed (Allow: {allow})'
            prev = f'[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\MethodNotAllowedException(code: 0): No routes found for \\"{path}\\". at {WB_ROOT}/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:78)'
            cls = "Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException"
            label = 'Uncaught PHP Exception %s: "No route found for "%s %s": Method Not Allowed (Allow: %s)" at %s line %s'
        else:
            msg = f'No route found for "{method} {path}"'
            prev = f'[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \\"{path}/\\". at {WB_ROOT}/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:70)'
            cls = "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException"
            label = 'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s'
        where = f"{WB_ROOT}/vendor/symfony/http-kernel/EventListener/RouterListener.php"
        exc = f"[object] ({cls}(code: 0): {msg} at {where}:136)\n{prev}"
        return W(
            t,
            "request",
            "ERROR",
            label,
            f'Uncaught PHP Exception {cls}: "{msg}" at {where} line 136',
            {"exception": exc},
        )

    def route(
        t: datetime, name: str, ctrl: str, uri: str, method: str, fmt: bool = False
    ) -> datetime:
        params = {"_route": name, "_controller": ctrl}
        if fmt:
            params = {"_controller": ctrl, "_format": "json", "_route": name}
        return W(
            t,
            "request",
            "INFO",
            'Matched route "%s".',
            f'Matched route "{name}".',
            {
                "route": name,
                "route_parameters": params,
                "request_uri": f"https://read.example.net{uri}",
                "method": method,
            },
        )

    def session(t: datetime, user: str) -> datetime:
        t = W(
            t + sec(0.0004),
            "security",
            "DEBUG",
            "Read existing security token from the session.",
            "Read existing security token from the session.",
            {
                "key": "_security_main",
                "token_class": "Symfony\\Component\\Security\\Core\\Authentication\\Token\\UsernamePasswordToken",
            },
        )
        return W(
            t + sec(0.002),
            "security",
            "DEBUG",
            "User was reloaded from a user provider.",
            "User was reloaded from a user provider.",
            {"provider": "FOS\\UserBundle\\Security\\EmailUserProvider", "username": user},
        )

    def look(t: datetime, host: str) -> datetime:
        t = W(
            t + sec(0.0001),
            "graby",
            "INFO",
            ". looking for site config for %s in primary folder",
            f". looking for site config for {host} in primary folder",
            {"host": host},
        )
        if host == "global" or host in WB_CONFIGS:
            t = W(
                t + sec(0.00004),
                "graby",
                "INFO",
                "... found site config %s",
                f"... found site config {host}.txt",
                {"host": f"{host}.txt"},
            )
        return t

    def fetch_fail(t: datetime, api: bool, url: str, kind: str) -> datetime:
        host = url.split("/")[2]
        if api:
            t = route(
                t,
                "api_post_entries",
                "Wallabag\\ApiBundle\\Controller\\EntryRestController::postEntriesAction",
                "/api/entries.json",
                "POST",
                True,
            )
        else:
            t = route(
                t,
                "new_entry",
                "Wallabag\\CoreBundle\\Controller\\EntryController::addEntryFormAction",
                "/new-entry",
                "POST",
            )
            t = session(t, "nico")
        t = W(
            t + sec(r.uniform(0.02, 0.06)),
            "app",
            "DEBUG",
            "Restricted access config enabled?",
            "Restricted access config enabled?",
            {"enabled": 0},
        )
        t = W(
            t + sec(0.0012), "graby", "INFO", "Graby is ready to fetch", "Graby is ready to fetch"
        )
        t = look(t, host)
        t = W(
            t + sec(0.00004),
            "graby",
            "INFO",
            "Appending site config settings from global.txt",
            "Appending site config settings from global.txt",
        )
        t = look(t, "global")
        t = W(
            t + sec(0.0001),
            "graby",
            "INFO",
            "Cached site config with key: %s",
            f"Cached site config with key: {host}",
            {"key": host},
        )
        t = look(t, "global")
        t = W(
            t + sec(0.00003),
            "graby",
            "INFO",
            "Appending site config settings from global.txt",
            "Appending site config settings from global.txt",
        )
        t = W(
            t + sec(0.00004),
            "graby",
            "INFO",
            "Cached site config with key: %s",
            "Cached site config with key: global",
            {"key": "global"},
        )
        t = W(
            t + sec(0.00003),
            "graby",
            "INFO",
            "Cached site config with key: %s",
            f"Cached site config with key: {host}.merged",
            {"key": f"{host}.merged"},
        )
        t = W(
            t + sec(0.00003),
            "graby",
            "INFO",
            "Fetching url: %s",
            f"Fetching url: {url}",
            {"url": url},
        )
        t = W(
            t + sec(0.00005),
            "graby",
            "INFO",
            'Trying using method "%s" on url "%s"',
            f'Trying using method "get" on url "{url}"',
            {"method": "get", "url": url},
        )
        t = W(
            t + sec(0.00003),
            "graby",
            "INFO",
            'Use default user-agent "%s" for url "%s"',
            f'Use default user-agent "{WB_UA}" for url "{url}"',
            {"user-agent": WB_UA, "url": url},
        )
        t = W(
            t + sec(0.00003),
            "graby",
            "INFO",
            'Use default referer "%s" for url "%s"',
            f'Use default referer "{WB_REFERER}" for url "{url}"',
            {"referer": WB_REFERER, "url": url},
        )
        data = {"effective_url": url, "body": "", "headers": [], "status": 500}
        if kind == "403":
            t += sec(r.uniform(0.15, 0.6))
            summary = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta  (truncated...)'
            em = f"Client error: `GET {url}` resulted in a `403 Forbidden` response:\n{summary}\n"
            t = W(
                t,
                "graby",
                "ERROR",
                "Request throw exception (with a response): Client error: `%s %s` resulted in a `%s %s` response:",
                f"Request throw exception (with a response): Client error: `GET {url}` resulted in a `403 Forbidden` response:",
                {"error_message": em},
                [summary, ""],
            )
            data = {
                "effective_url": url,
                "body": "(only length for debug): 7021",
                "headers": {"content-type": "text/html; charset=UTF-8", "server": "cloudflare"},
                "status": 403,
            }
        elif kind == "timeout":
            t += sec(10.0 + r.uniform(0.0005, 0.003))
            em = f"cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received {WB_CURL} for {url}"
            t = W(
                t,
                "graby",
                "ERROR",
                "Request throw exception (with no response): cURL error 28: Operation timed out after %d milliseconds with %d bytes received (see %s) for %s",
                f"Request throw exception (with no response): {em}",
                {"error_message": em},
            )
        else:
            t += sec(r.uniform(0.002, 0.03))
            em = f"cURL error 6: Could not resolve host: {host} {WB_CURL} for {url}"
            t = W(
                t,
                "graby",
                "ERROR",
                "Request throw exception (with no response): cURL error 6: Could not resolve host: %s (see %s) for %s",
                f"Request throw exception (with no response): {em}",
                {"error_message": em},
            )
        dj = json.dumps(data, separators=(",", ":"))
        return W(
            t + sec(0.0002),
            "graby",
            "INFO",
            "Data fetched: %s",
            f"Data fetched: array{dj}",
            {"data": data},
        )

    # scanners all day, and a burst at 08:14
    for ts in poisson(r, T0, T_END, 160):
        method = "POST" if r.random() < 0.08 else "GET"
        if method == "POST":
            not_found(ts, "POST", "/", "GET, HEAD") if r.random() < 0.5 else not_found(
                ts, "POST", r.choice(WB_SCAN)
            )
        else:
            not_found(ts, "GET", r.choice(WB_SCAN))
    t = at(8, 14, 3.0)
    for _ in range(140):
        not_found(
            t,
            "GET",
            r.choice(WB_SCAN)
            if r.random() < 0.5
            else "/"
            + r.choice(["admin", "backup", "old", "test", "dev", "api", "static", "uploads"])
            + r.choice(
                [
                    "/.env",
                    "/config.php",
                    "/wp-config.php.bak",
                    "/.git/HEAD",
                    "/db.sql",
                    "/index.php",
                ]
            ),
        )
        t += sec(r.uniform(0.2, 0.9))
    # the RSS bridge posts medium.com items every 30 minutes; Cloudflare answers 403
    for k in range(12):
        t = at(6, 0) + sec(k * 1800 + 112 + r.uniform(0, 8))
        for _ in range(r.choice([4, 5, 6, 7])):
            slug = "-".join(
                r.choice(
                    [
                        "why",
                        "how",
                        "the",
                        "rust",
                        "python",
                        "async",
                        "kubernetes",
                        "productivity",
                        "myths",
                        "lessons",
                        "scaling",
                        "startup",
                        "design",
                        "systems",
                        "engineer",
                    ]
                )
                for _ in range(4)
            )
            t = fetch_fail(
                t,
                True,
                f"https://medium.com/@{r.choice(['jdoe', 'tech.writer', 'engineering', 'dataguy', 'uxnotes'])}/{slug}-{hexid(r, 12)}",
                "403",
            ) + sec(r.uniform(0.3, 1.5))
    # a news site timing out, saved from the phone app and the web UI
    for ts in poisson(r, at(9, 20), at(9, 55), 150):
        fetch_fail(
            ts,
            r.random() < 0.6,
            f"https://www.heise.de/news/{r.choice(['Linux-6-10', 'Mozilla-Thunderbird', 'KI-Verordnung', 'Raspberry-Pi-5', 'Patchday-Microsoft'])}-{r.randint(9000000, 9800000)}.html",
            "timeout",
        )
    # dead domains in the reading list
    for ts, url in [
        (at(6, 37, 12), "https://blog.oldstartup.io/2016/03/we-are-shutting-down"),
        (at(7, 44, 50), "https://www.tinyletter-archive.net/p/weekly-37"),
        (at(8, 52, 3), "https://devblog.defunctgame.com/patch-notes-1-4"),
        (at(11, 8, 44), "https://notes.example-personal.me/2019/homelab-v2"),
    ]:
        fetch_fail(ts, False, url, "dns")
    # MariaDB restarted under the update: every request fails for three minutes
    dbx = (
        "[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 0): An exception occurred in driver: SQLSTATE[HY000] [2002] Connection refused at "
        + WB_ROOT
        + "/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/AbstractMySQLDriver.php:112)\n[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at "
        + WB_ROOT
        + "/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDO/Exception.php:18)\n[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at "
        + WB_ROOT
        + "/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOConnection.php:39)"
    )
    for ts in poisson(r, at(10, 47, 5), at(10, 50, 12), 2.2):
        kind = weighted(r, [(3, "api"), (2, "web"), (1, "feed")])
        if kind == "api":
            t = route(
                ts,
                "api_get_entries",
                "Wallabag\\ApiBundle\\Controller\\EntryRestController::getEntriesAction",
                "/api/entries.json?detail=metadata&since=1717738800&page=1&perPage=30",
                "GET",
                True,
            )
        elif kind == "web":
            t = route(
                ts,
                r.choice(["unread", "homepage", "starred"]),
                "Wallabag\\CoreBundle\\Controller\\EntryController::showUnreadAction",
                "/unread/list",
                "GET",
            )
            t = W(
                t + sec(0.0004),
                "security",
                "DEBUG",
                "Read existing security token from the session.",
                "Read existing security token from the session.",
                {
                    "key": "_security_main",
                    "token_class": "Symfony\\Component\\Security\\Core\\Authentication\\Token\\UsernamePasswordToken",
                },
            )
        else:
            t = route(
                ts,
                "unread_feed",
                "Wallabag\\CoreBundle\\Controller\\FeedController::showUnreadFeedAction",
                "/feed/nico/3Fh7kL2pQx9/unread",
                "GET",
            )
        W(
            t + sec(r.uniform(0.003, 0.02)),
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "An exception occurred in driver: SQLSTATE[%s] [%d] Connection refused" at %s line %s',
            f'Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "An exception occurred in driver: SQLSTATE[HY000] [2002] Connection refused" at {WB_ROOT}/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/AbstractMySQLDriver.php line 112',
            {"exception": dbx},
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- prusa-link

PL_PAGE = "<html>#015#012<head><title>502 Bad Gateway</title></head>#015#012<body>#015#012<center><h1>502 Bad Gateway</h1></center>#015#012<hr><center>nginx</center>#015#012</body>#015#012</html>#015#012"


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def prusa_link(r: random.Random) -> list[Log]:
    """PrusaLink 0.7.2 on two Raspberry Pi Zero 2 W wired to two Original Prusa MK3S+ (the RPi port,
    /dev/ttyAMA0), run with `-i` under a systemd unit, logging through SysLogHandler to the daemon
    facility: each Pi's /var/log/daemon.log (`mk3s-1-daemon.log`, `mk3s-2-daemon.log`; rsyslog's
    traditional format, control characters escaped as `#ooo`), 06:00 to 12:00. Printer 1 prints
    06:10-10:21 with an occasional resend; printer 2's serial line is noisy (bursts of resends,
    a non-numbered re-send request, a confirmation it did not expect, an undecodable line) while
    it prints 07:30-09:12; Prusa Connect's front answers 502 09:02-09:14 (each telemetry's
    `Got unexpected telemetry response (502): ...` and the page itself at warning, a few read
    timeouts at its start), a job queued from Connect while printer 1 prints, the router rebooting
    10:40-10:43 (`NameResolutionError` for every telemetry), printer 2's PrusaLink restarted at
    11:20 with a settings file naming another printer type (the warning repeated every minute)."""
    fs = Files()
    hosts = {"mk3s-1": 612, "mk3s-2": 598}

    def P(h: str, t: datetime, name: str, level: str, label: str, msg: str, where: str) -> datetime:
        pid = hosts[h]
        return fs.add(
            f"{h}-daemon.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} prusa-{h} {name}[{pid}]: {level}: {msg} {{{where}}}"],
            (h, "prusalink", pid),
            SEC,
        )

    def S(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-daemon.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} prusa-{h} systemd[1]: {msg}"],
            (h, "systemd"),
            SEC,
        )

    SQ = "prusa.link.serial.serial_queue"
    CP = "connect-printer"
    PA = "prusa.link.printer_adapter.prusa_link"

    def resend(h: str, t: datetime, cur: int) -> datetime:
        back = r.choice([1, 1, 1, 2, 3])
        return P(
            h,
            t,
            SQ,
            "INFO",
            "Resend of %s requested. Current is %s",
            f"Resend of {cur - back + 1} requested. Current is {cur}",
            "_resend_handler():421",
        )

    prints = {"mk3s-1": (at(6, 10, 4), at(10, 21, 40)), "mk3s-2": (at(7, 30, 22), at(9, 12, 5))}
    connect_down = (at(9, 2, 31), at(9, 23, 40))
    dns_down = (at(10, 40, 3), at(10, 43, 31))
    restart2 = at(11, 20, 4)

    def printing(h: str, t: datetime) -> bool:
        a, b = prints[h]
        return a <= t < b

    # resends: rare on printer 1, in bursts on printer 2
    for h, gap in (("mk3s-1", 900), ("mk3s-2", 45)):
        a, b = prints[h]
        t = a + sec(r.uniform(30, 200))
        while t < b:
            cur = 4 + int((t - a).total_seconds() * 9.3)
            if h == "mk3s-2" and r.random() < 0.12:
                P(
                    h,
                    t - sec(1),
                    "prusa.link.serial.serial",
                    "ERROR",
                    "Failed decoding a message %s",
                    "Failed decoding a message b'\\xfeok\\n'",
                    "_read_continually():103",
                )
            t = resend(h, t, cur)
            if h == "mk3s-2" and r.random() < 0.1:
                P(
                    h,
                    t + sec(0.3),
                    SQ,
                    "WARNING",
                    "Re-send requested for a non-numbered message",
                    "Re-send requested for a non-numbered message",
                    "_resend_handler():425",
                )
            if h == "mk3s-2" and r.random() < 0.08:
                P(
                    h,
                    t + sec(1.1),
                    SQ,
                    "ERROR",
                    "Unexpected message confirmation. Ignoring",
                    "Unexpected message confirmation. Ignoring",
                    "_confirmed():475",
                )
            if h == "mk3s-2" and r.random() < 0.35:
                t += sec(r.uniform(2, 9))
            else:
                t += sec(r.expovariate(1 / gap))

    # telemetry while Prusa Connect's front answers 502, and while DNS is gone
    for h in hosts:
        t = connect_down[0] + sec(r.uniform(0, 2))
        k = 0
        while t < connect_down[1]:
            if restart2 <= t:
                break
            if k < 3:
                t = P(
                    h,
                    t + sec(30),
                    CP,
                    "ERROR",
                    "HTTPSConnectionPool(host=%s, port=%d): Read timed out. (read timeout=%d)",
                    "HTTPSConnectionPool(host='connect.prusa3d.com', port=443): Read timed out. (read timeout=30)",
                    "loop_step():771",
                )
            else:
                t = P(
                    h,
                    t,
                    CP,
                    "INFO",
                    "Got unexpected telemetry response (%s): %s",
                    f"Got unexpected telemetry response (502): {PL_PAGE}",
                    "parse_command():689",
                )
                t = P(h, t + sec(0.004), CP, "WARNING", PL_PAGE, PL_PAGE, "loop_step():798")
            k += 1
            t += sec(r.uniform(0.9, 1.3) if printing(h, t) else r.uniform(4.0, 5.5))
        t = dns_down[0] + sec(r.uniform(0, 3))
        while t < dns_down[1]:
            obj = f"0x{r.choice(['b5', 'b4', 'b6'])}{hexid(r, 6)}"
            t = P(
                h,
                t,
                CP,
                "ERROR",
                'HTTPSConnectionPool(host=%s, port=%d): Max retries exceeded with url: %s (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at %s>: Failed to resolve %s ([Errno %d] Temporary failure in name resolution)"))',
                f"HTTPSConnectionPool(host='connect.prusa3d.com', port=443): Max retries exceeded with url: /p/telemetry (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at {obj}>: Failed to resolve 'connect.prusa3d.com' ([Errno -3] Temporary failure in name resolution)\"))",
                "loop_step():767",
            )
            t += sec(r.uniform(4.0, 5.5) + 0.01)
    # a job sent from Connect while printer 1 prints
    for tj in (at(8, 16, 40), at(8, 16, 58)):
        P(
            "mk3s-1",
            tj,
            PA,
            "WARNING",
            "Printer is printing another file.",
            "Printer is printing another file.",
            "download_finished_cb():380",
        )
    # printer 2's PrusaLink restarted after an update
    t = S("mk3s-2", restart2, "Stopping %s...", "Stopping PrusaLink...")
    t = P("mk3s-2", t + sec(3), PA, "INFO", "Stop completed%s", "Stop completed", "stop():351")
    t = S("mk3s-2", t + sec(1), "%s: Succeeded.", "prusalink.service: Succeeded.")
    t = S("mk3s-2", t, "Stopped %s.", "Stopped PrusaLink.")
    t = S("mk3s-2", t, "Starting %s...", "Starting PrusaLink...")
    hosts["mk3s-2"] = 1874
    t = S(
        "mk3s-2",
        t + sec(2),
        "%s: Can't open PID file %s (yet?) after start: %s",
        "prusalink.service: Can't open PID file /home/pi/prusalink.pid (yet?) after start: Operation not permitted",
    )
    t = S("mk3s-2", t, "Started %s.", "Started PrusaLink.")
    t = P(
        "mk3s-2",
        t + sec(3),
        PA,
        "INFO",
        "Starting adapter for port %s",
        "Starting adapter for port /dev/ttyAMA0",
        "__init__():107",
    )
    t += sec(14)
    while t < T_END:
        P(
            "mk3s-2",
            t,
            PA,
            "WARNING",
            "Configured printer type does not match the one of the printer",
            "Configured printer type does not match the one of the printer",
            "printer_type_changed():618",
        )
        t += sec(60 + r.uniform(0.0, 0.9))
    return fs.logs(T0)


SYSTEMS = {
    "teslamate": teslamate,
    "valetudo": valetudo,
    "prusa-link": prusa_link,
    "linkding": linkding,
    "wallabag": wallabag,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
