#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 85 (openhab, esphome, domoticz, paperless, immich) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a Java or Python stack, a traceback, a Node stack,
celery's retry line) have no label. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock; ESPHome's and Immich's second-resolution times come
from a millisecond clock, so a burst shares a second as a real one does). Five home and
self-hosting programs:

- openHAB 4.1 (`openhab.log`, 06:00 to 12:00): log4j2's `%d{yyyy-MM-dd HH:mm:ss.SSS}
  [%-5.5p] [%-36.36c] - %m%n`, the logger cut to its last 36 characters and padded. Start-up
  (`Starting openHAB {} ({})`, the I18nProvider's time zone, location and locale, `Loading
  model '{}'`, the LSP server, the MQTT broker connection, openHAB Cloud, `Rule engine
  started.`) twice, the second after a restart at 09:41; the user's DSL rules logging through
  `logInfo` (heating every five minutes per room, energy, presence, motion lights, a washing
  machine); a wall tablet posting to a renamed item (`Received HTTP POST request at '{}' for
  the unknown item '{}'.`); rules failing on NULL states (`Script execution of rule with UID
  '{}' failed: ...`, two error texts); the MQTT broker restarting (`Try to restore connection
  to '{}'. Next attempt in {}ms`); the HTTP binding's inverter off the network (`Requesting
  '{}' (method='{}', content='{}') failed: ...`, timeouts and no route, `Scheduled runnable
  ended with an exception: ` with a stack); the cloud link dropping; a rules file saved with
  syntax errors.
- ESPHome 2024.5 (`livingroom-env.log`, `garage-door.log`, `power-meter.log`: three devices'
  logs as `esphome logs` writes them over the API, 06:00 to 08:30, `[HH:MM:SS][D][tag:line]:
  message`, its own `INFO`/`WARNING` lines between): the config dump each new log subscriber
  gets (`[C]` lines), sensors' `'%s': Sending state %.5f %s with %d decimals of accuracy`,
  binary sensors and switches, Home Assistant's state, a garage door (cover `'%s' - Setting`,
  `  Command: OPEN`, `'%s' - Publishing:`, `  State: CLOSED`, `  Current Operation: %s`, the
  relay), a DHT22 failing now and then (`Requesting data from DHT failed!`, `Component %s took
  a long time for an operation (%u ms).`), weak WiFi dropping the API connection, a PZEM on
  Modbus with a noisy cable (`Modbus CRC Check failed! %02X!=%02X`).
- Domoticz 2024.4 (`domoticz.log`, 06:00 to 12:00, `yyyy-mm-dd hh:mm:ss.mmm  Status: `,
  `Error: ` or nothing for normal lines): start-up and a restart at 09:30, the received
  devices' `%s: %s (%s)` (hardware, type, device), dzVents' handling lines and the user's
  scripts' lines, users' switch commands, logins and a guessing run, schedules,
  notifications, the RFXCOM receiver going silent (`%s hardware (%d) nothing received for more
  than %d %s!!....`), the MQTT broker restarting, a dzVents script failing on a nil.
- paperless-ngx 2.8 (`paperless.log`, `celery.log`: its `[{asctime}] [{levelname}] [{name}]
  {message}` files, 06:00 to 13:00): the consumer folder and the mail fetcher feeding
  documents through the consumer (mime type, parser, OCRmyPDF's own lines, thumbnails, the
  matching handlers, duplicates, encrypted files), celery's `received` / `succeeded in` /
  `raised unexpected` and beat's `Sending due task`, Django's `Not Found`, failed logins, the
  database restarting (a consumption failing, `Internal Server Error` with tracebacks) and the
  broker restarting (`consumer: Connection to broker lost...`, `consumer: Cannot connect to
  ...` with its retry line).
- Immich 1.105 (`immich_server.log`: the server container's output, the Api and
  Microservices workers' NestJS lines `[Nest] 7  - 06/04/2024, 6:00:03 AM     LOG
  [Microservices:Bootstrap] ...` among start.sh's and ioredis's own lines;
  `immich_machine_learning.log`: the ML container's `[06/04/24 06:00:01] INFO     ...`): start-up,
  phones backing up (websocket connects, thumbnails and previews at debug, faces, exif errors,
  unsupported formats), the ML container down from 08:31 (`Unable to run job handler (%s/%s):
  Error: Machine learning request to "%s" failed with Error: connect ECONNREFUSED %s` with the
  Node stack), model loads and idle shutdowns, failed logins, an upgrade restart at 10:45 with
  the database coming up late (`Unable to connect to the database. Retrying (%d)...`,
  `[ioredis] Unhandled error event: ...`).

Label notes. The rules of rounds 51 to 77 hold. openHAB's time, level and logger column,
ESPHome's time, level letter and `tag:line`, Domoticz's time and `Status:`/`Error:` word,
paperless's time, level and logger, Nest's `[Nest] pid  - time   LEVEL [Worker:Context]` and
the ML log's time and level are context: the message is the label. SLF4J labels keep `{}`;
the user's openHAB DSL rules and dzVents scripts are labelled with `%s` where the script
concatenates or formats a value. An error's text in a message contributes its format; a
celery task's return value that is a message contributes its format (`Task %s[%s] succeeded
in %ss: 'Success. New document id %d created'`, `... None`). Words the code picks by branch
are wording (ESPHome's `  Command: OPEN` / `CLOSE`, `  State: OPEN` / `CLOSED`, Domoticz's
`WebServer(HTTP)` / `WebServer(SSL)` passed literally); enum names and names read at run time
are values (ESPHome's `ON`/`OFF` and `IDLE`/`OPENING`, Domoticz's device types, Immich's
`JPEG image preview`). Nest prints an error's stack under its line, and the stack repeats the
error's first line: no label.

Sources: written from the helper's knowledge of each program and of real logs, not checked
against copies in this session. Least sure: openHAB's `Error connecting to the openHAB Cloud
instance: {}` and the HTTP binding's logger and wording; all user rule and dzVents script
texts (invented, as a user's are); ESPHome's source line numbers, the CLI's `Connection error
occurred` wording and the API's `%s: Connected successfully`; Domoticz's MQTT lines, the
hardware-timeout and restart lines, `Notification sent (%s) => Success`, its shutdown
sequence; paperless-ngx's `The following error occurred while storing document ...`, the
duplicate line, the mail rule's debug lines and task return texts; Immich's `LogLevel=`,
`Initialized local reverse geocoder`, `Found %s, released at %s`, `%d faces detected in %s`,
the MediaService debug line, the exif error text, the ML container's start-up lines. Run it
only to change the data on purpose: `python bench/heldout/generate_round85.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def slf4j(tmpl: str, *vals: object) -> str:
    """An SLF4J message: `{}` holes filled in order."""
    parts = tmpl.split("{}")
    assert len(parts) == len(vals) + 1, (tmpl, vals)
    out = parts[0]
    for v, p in zip(vals, parts[1:], strict=True):
        out += str(v) + p
    return out


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jframes(*fs: str) -> list[str]:
    return [f"\tat {f}" for f in fs]


def nframes(*fs: str) -> list[str]:
    return [f"    at {f}" for f in fs]


# --------------------------------------------------------------------------------- openhab

OH_MODELS = [
    "default.items",
    "heating.items",
    "lights.items",
    "energy.items",
    "mqtt.things",
    "http.things",
    "heating.rules",
    "presence.rules",
    "lights.rules",
    "energy.rules",
    "washer.rules",
    "rrd4j.persist",
    "home.sitemap",
]
OH_ROOMS = [
    ("Livingroom", 21.0),
    ("Kitchen", 20.0),
    ("Bedroom", 18.5),
    ("Bathroom", 22.0),
    ("Office", 20.5),
]
OH_PEOPLE = ["Anna", "Jonas", "Mia"]
OH_LIGHTS = [
    "Hallway_Light",
    "Kitchen_Ceiling",
    "Livingroom_Floorlamp",
    "Garden_Spots",
    "Stairs_Light",
]
OH_HTTP = [
    ("http:url:inverter", "http://192.168.1.61/status.json"),
    ("http:url:heatpump", "http://192.168.1.62/api/v1/values"),
]
OH_SCHED_STACK = jframes(
    "org.openhab.binding.http.internal.HttpThingHandler.lambda$5(HttpThingHandler.java:323)",
    "org.openhab.binding.http.internal.http.RefreshingUrlCache.refresh(RefreshingUrlCache.java:118)",
    "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
    "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
    "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.lang.Thread.run(Thread.java:840)",
)


def openhab(r: random.Random) -> list[Log]:
    t0 = at(6, 0)
    fs = Files(1000)
    F = "openhab.log"

    def E(
        t: datetime,
        lvl: str,
        logger: str,
        tmpl: str,
        *vals: object,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = slf4j(tmpl, *vals)

        def text(t: datetime) -> list[str]:
            return [
                f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} [{lvl:<5}] [{logger[-36:]:<36}] - {msg}",
                *(more or []),
            ]

        return fs.add(F, t, label or tmpl, text)

    def boot(t: datetime) -> datetime:
        t = E(
            t,
            "INFO",
            "org.openhab.core.Activator",
            "Starting openHAB {} ({})",
            "4.1.2",
            "build Release Build",
        )
        t = E(
            t + secs(r, 1.0, 2.0),
            "INFO",
            "org.openhab.core.internal.i18n.I18nProviderImpl",
            "Time zone set to '{}'.",
            "Europe/Berlin",
        )
        t = E(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "org.openhab.core.internal.i18n.I18nProviderImpl",
            "Location set to '{}'.",
            "52.5163,13.3777",
        )
        t = E(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "org.openhab.core.internal.i18n.I18nProviderImpl",
            "Locale set to '{}'.",
            "de_DE",
        )
        t += secs(r, 2.0, 4.0)
        for m in OH_MODELS:
            t = E(
                t + secs(r, 0.05, 0.6),
                "INFO",
                "org.openhab.core.model.core.internal.ModelRepositoryImpl",
                "Loading model '{}'",
                m,
            )
        t = E(
            t + secs(r, 1.0, 2.0),
            "INFO",
            "org.openhab.core.model.lsp.internal.ModelServer",
            "Started Language Server Protocol (LSP) service on port {}",
            5007,
        )
        t = E(
            t + secs(r, 0.5, 2.0),
            "INFO",
            "org.openhab.core.io.transport.mqtt.MqttBrokerConnection",
            "Starting MQTT broker connection to '{}' with clientid {}",
            "192.168.1.10",
            "openhab-3f2a9c7e",
        )
        t = E(
            t + secs(r, 3.0, 8.0),
            "INFO",
            "org.openhab.io.openhabcloud.internal.CloudClient",
            "Connected to the openHAB Cloud service (UUID = {}, base URL = {})",
            "8f1d2c4e-7a3b-4c9d-9e21-5b6f0a7c3d11",
            "http://localhost:8080",
        )
        t = E(
            t + secs(r, 5.0, 15.0),
            "INFO",
            "org.openhab.core.automation.internal.RuleEngineImpl",
            "Rule engine started.",
        )
        return t

    down = (at(9, 41, 12), at(9, 43, 5))
    mqtt_out = (at(7, 52), at(8, 6))
    inv_out = (at(10, 30), at(11, 25))
    cloud_out = [(at(8, 40), at(8, 47)), (at(11, 10), at(11, 12))]
    tablet = (at(7, 15), at(8, 20))

    def up(t: datetime) -> bool:
        return not (down[0] <= t < down[1] + timedelta(seconds=50))

    boot(t0 + secs(r, 1, 3))
    boot(down[1])
    # the heating rule, every five minutes per room
    setp = {name: sp for name, sp in OH_ROOMS}
    temp = {name: sp - r.uniform(-0.5, 1.5) for name, sp in OH_ROOMS}
    valve = {name: False for name, _ in OH_ROOMS}
    t = t0 + timedelta(minutes=1)
    hl = "org.openhab.core.model.script.heating"
    while t < at(12, 0):
        if up(t):
            for name, _ in OH_ROOMS:
                temp[name] += r.uniform(-0.25, 0.2) + (0.3 if valve[name] else 0)
                want = temp[name] < setp[name] - 0.3
                y = t + secs(r, 0.01, 0.5)
                if want and not valve[name]:
                    E(
                        y,
                        "INFO",
                        hl,
                        "Room {}: {} °C below setpoint {} °C, opening valve",
                        name,
                        f"{temp[name]:.1f}",
                        f"{setp[name]:.1f}",
                        label="Room %s: %s °C below setpoint %s °C, opening valve",
                    )
                elif not want and valve[name] and temp[name] > setp[name] + 0.2:
                    want = False
                    E(
                        y,
                        "INFO",
                        hl,
                        "Room {}: setpoint {} °C reached ({} °C), closing valve",
                        name,
                        f"{setp[name]:.1f}",
                        f"{temp[name]:.1f}",
                        label="Room %s: setpoint %s °C reached (%s °C), closing valve",
                    )
                else:
                    want = valve[name]
                    E(
                        y,
                        "INFO",
                        hl,
                        "Room {}: {} °C, setpoint {} °C, valve {}",
                        name,
                        f"{temp[name]:.1f}",
                        f"{setp[name]:.1f}",
                        "open" if valve[name] else "closed",
                        label="Room %s: %s °C, setpoint %s °C, valve %s",
                    )
                valve[name] = want
        t += timedelta(minutes=5) + secs(r, -0.2, 0.2)
    # energy: every 15 minutes
    el = "org.openhab.core.model.script.energy"
    t = t0 + timedelta(minutes=2)
    pv = 0.0
    imp = 0.0
    while t < at(12, 0):
        pv += r.uniform(0.05, 0.9)
        imp += r.uniform(0.0, 0.3)
        if up(t):
            E(
                t,
                "INFO",
                el,
                "PV yield today: {} kWh, grid import today: {} kWh",
                f"{pv:.2f}",
                f"{imp:.2f}",
                label="PV yield today: %s kWh, grid import today: %s kWh",
            )
        t += timedelta(minutes=15)
    # presence
    pl = "org.openhab.core.model.script.presence"
    for x in poisson(r, t0, at(12, 0), 420):
        if up(x):
            who = r.choice(OH_PEOPLE)
            if r.random() < 0.5:
                E(x, "INFO", pl, "{} arrived home", who, label="%s arrived home")
            else:
                E(
                    x,
                    "INFO",
                    pl,
                    "{} left home, {} still at home",
                    who,
                    r.randint(0, 2),
                    label="%s left home, %s still at home",
                )
    # motion lights
    ll = "org.openhab.core.model.script.lights"
    for x in poisson(r, t0, at(12, 0), 32):
        if up(x):
            li = r.choice(OH_LIGHTS)
            E(
                x,
                "INFO",
                ll,
                "Motion in {}, switching {} on for {} s",
                li.split("_")[0],
                li,
                r.choice([60, 120, 180, 300]),
                label="Motion in %s, switching %s on for %s s",
            )
    for x in poisson(r, t0, at(12, 0), 120):
        if up(x):
            E(
                x,
                "INFO",
                ll,
                "Timer expired, switching {} off",
                r.choice(OH_LIGHTS),
                label="Timer expired, switching %s off",
            )
    # washer
    wl = "org.openhab.core.model.script.washer"
    for start in (at(7, 5), at(10, 2)):
        E(
            start,
            "INFO",
            wl,
            "Washing machine started (power {} W)",
            r.randint(1800, 2100),
            label="Washing machine started (power %s W)",
        )
        E(
            start + timedelta(minutes=r.randint(80, 95)),
            "INFO",
            wl,
            "Washing machine finished after {} min, notifying {}",
            r.randint(80, 95),
            r.choice(OH_PEOPLE),
            label="Washing machine finished after %s min, notifying %s",
        )
    # a wall tablet's HABPanel posting to an item that was renamed
    for x in poisson(r, tablet[0], tablet[1], 9):
        E(
            x,
            "WARN",
            "org.openhab.core.io.rest.core.internal.item.ItemResource",
            "Received HTTP POST request at '{}' for the unknown item '{}'.",
            "items/Livingroom_Scene",
            "Livingroom_Scene",
        )
    # the rules with bugs: a NULL state before the first update after each boot, a cast
    sl = "org.openhab.core.automation.module.script.internal.handler.ScriptActionHandler"
    for b in (t0 + timedelta(seconds=40), down[1] + timedelta(seconds=40)):
        for x in poisson(r, b, b + timedelta(minutes=4), 20):
            E(
                x,
                "ERROR",
                sl,
                "Script execution of rule with UID '{}' failed: Could not cast {} to {}; line {}, column {}, length {} in {}",
                r.choice(["energy-2", "heating-1"]),
                "NULL",
                "org.openhab.core.library.types.DecimalType",
                42,
                18,
                34,
                "energy",
                label="Script execution of rule with UID '{}' failed: Could not cast {} to {}; line {}, column {}, length {} in {}",
            )
    for x in poisson(r, t0, at(12, 0), 900):
        if up(x):
            E(
                x,
                "ERROR",
                sl,
                "Script execution of rule with UID '{}' failed: cannot invoke method public abstract {} on null in {}",
                "washer-3",
                "java.lang.String org.openhab.core.types.State.toString()",
                "washer",
                label="Script execution of rule with UID '{}' failed: cannot invoke method public abstract {} on null in {}",
            )
    # MQTT broker restarted by its host's updates
    for x in poisson(r, mqtt_out[0], mqtt_out[1], 10):
        E(
            x,
            "INFO",
            "org.openhab.core.io.transport.mqtt.reconnect.PeriodicReconnectStrategy",
            "Try to restore connection to '{}'. Next attempt in {}ms",
            "192.168.1.10",
            10000,
        )
    E(
        mqtt_out[1] + secs(r, 1, 5),
        "INFO",
        "org.openhab.core.io.transport.mqtt.MqttBrokerConnection",
        "Starting MQTT broker connection to '{}' with clientid {}",
        "192.168.1.10",
        "openhab-3f2a9c7e",
    )
    # the HTTP binding polling two devices; the inverter off the network
    for thing, url in OH_HTTP:
        t = t0 + secs(r, 10, 30)
        while t < at(12, 0):
            if up(t):
                bad = inv_out[0] <= t < inv_out[1] and thing.endswith("inverter")
                if bad:
                    if r.random() < 0.6:
                        E(
                            t,
                            "WARN",
                            "org.openhab.binding.http.internal.http.HttpResponseListener",
                            "Requesting '{}' (method='{}', content='{}') failed: {}",
                            url,
                            "GET",
                            "null",
                            "java.util.concurrent.TimeoutException: Total timeout 3000 ms elapsed",
                            label="Requesting '{}' (method='{}', content='{}') failed: java.util.concurrent.TimeoutException: Total timeout {} ms elapsed",
                        )
                    else:
                        E(
                            t,
                            "WARN",
                            "org.openhab.binding.http.internal.http.HttpResponseListener",
                            "Requesting '{}' (method='{}', content='{}') failed: {}",
                            url,
                            "GET",
                            "null",
                            "java.net.NoRouteToHostException: No route to host",
                            label="Requesting '{}' (method='{}', content='{}') failed: java.net.NoRouteToHostException: No route to host",
                        )
                    if r.random() < 0.15:
                        E(
                            t + secs(r, 0.01, 0.2),
                            "WARN",
                            "org.openhab.core.common.WrappedScheduledExecutorService",
                            "Scheduled runnable ended with an exception: ",
                            more=[
                                'java.lang.NullPointerException: Cannot invoke "String.length()" because "content" is null',
                                *OH_SCHED_STACK,
                            ],
                        )
                elif r.random() < 0.004:
                    E(
                        t,
                        "WARN",
                        "org.openhab.binding.http.internal.http.HttpResponseListener",
                        "Requesting '{}' (method='{}', content='{}') failed: {}",
                        url,
                        "GET",
                        "null",
                        "java.util.concurrent.TimeoutException: Total timeout 3000 ms elapsed",
                        label="Requesting '{}' (method='{}', content='{}') failed: java.util.concurrent.TimeoutException: Total timeout {} ms elapsed",
                    )
            t += timedelta(seconds=30) + secs(r, 0, 0.05)
    # the internet link dropping
    for a, b in cloud_out:
        E(
            a,
            "INFO",
            "org.openhab.io.openhabcloud.internal.CloudClient",
            "Disconnected from the openHAB Cloud service (UUID = {}, base URL = {})",
            "8f1d2c4e-7a3b-4c9d-9e21-5b6f0a7c3d11",
            "http://localhost:8080",
        )
        for x in poisson(r, a, b, 60):
            E(
                x,
                "WARN",
                "org.openhab.io.openhabcloud.internal.CloudClient",
                "Error connecting to the openHAB Cloud instance: {}",
                "timeout",
                label="Error connecting to the openHAB Cloud instance: timeout",
            )
        E(
            b,
            "INFO",
            "org.openhab.io.openhabcloud.internal.CloudClient",
            "Connected to the openHAB Cloud service (UUID = {}, base URL = {})",
            "8f1d2c4e-7a3b-4c9d-9e21-5b6f0a7c3d11",
            "http://localhost:8080",
        )
    # editing the heating rules with a syntax error, then fixing it
    x = E(
        at(10, 48, 17),
        "WARN",
        "org.openhab.core.model.core.internal.ModelRepositoryImpl",
        "Configuration model '{}' has errors, therefore ignoring it: {}",
        "heating.rules",
        "[57,1]: no viable alternative at input 'end'",
        label="Configuration model '{}' has errors, therefore ignoring it: [{},{}]: no viable alternative at input '{}'",
    )
    x = E(
        x + secs(r, 40, 90),
        "WARN",
        "org.openhab.core.model.core.internal.ModelRepositoryImpl",
        "Configuration model '{}' has errors, therefore ignoring it: {}",
        "heating.rules",
        "[33,22]: missing ')' at 'then'",
        label="Configuration model '{}' has errors, therefore ignoring it: [{},{}]: missing '{}' at '{}'",
    )
    E(
        x + secs(r, 30, 60),
        "INFO",
        "org.openhab.core.model.core.internal.ModelRepositoryImpl",
        "Loading model '{}'",
        "heating.rules",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- esphome

ES_MAC = {
    "livingroom-env": "A4:CF:12:6B:3E:90",
    "garage-door": "24:6F:28:A1:07:5C",
    "power-meter": "C8:C9:A3:D2:11:4F",
}
ES_BARS = ["▂▄▆█", "▂▄▆█", "▂▄▆█", "▂▄▆_", "▂▄__"]


def esphome(r: random.Random) -> list[Log]:
    t0 = at(6, 0)
    t1 = at(8, 30)
    fs = Files(1000)

    def D(f: str, t: datetime, lv: str, tag: str, fmt: str, *vals: object) -> datetime:
        msg = fmt % vals

        def text(t: datetime) -> list[str]:
            return [f"[{t:%H:%M:%S}][{lv}][{tag}]: {msg}"]

        return fs.add(f, t, fmt, text)

    def CLI(f: str, t: datetime, lv: str, fmt: str, *vals: object) -> datetime:
        msg = fmt % vals
        return fs.add(f, t, fmt, lambda t: [f"{lv} {msg}"])

    def sensor(f: str, t: datetime, name: str, v: float, unit: str, dec: int) -> datetime:
        return D(
            f,
            t,
            "D",
            "sensor:093",
            "'%s': Sending state %.5f %s with %d decimals of accuracy",
            name,
            v,
            unit,
            dec,
        )

    def binary(f: str, t: datetime, name: str, on: bool) -> datetime:
        return D(
            f, t, "D", "binary_sensor:036", "'%s': Sending state %s", name, "ON" if on else "OFF"
        )

    def connect(f: str, host: str, ip: str, t: datetime, ssid_rssi: int) -> datetime:
        """`esphome logs` (re)connecting over the API: its own lines, then the device's config
        dump for the new log subscriber."""
        t = CLI(
            f,
            t,
            "INFO",
            "Successfully connected to %s @ %s in %0.3fs",
            host,
            ip,
            r.uniform(0.005, 3.1),
        )
        t = CLI(
            f,
            t + secs(r, 0.01, 0.2),
            "INFO",
            "Successful handshake with %s @ %s in %0.3fs",
            host,
            ip,
            r.uniform(0.05, 0.4),
        )
        t += secs(r, 0.05, 0.1)
        t = D(f, t, "C", "logger:185", "Logger:")
        t = D(f, t, "C", "logger:189", "  Level: %s", "DEBUG")
        t = D(f, t, "C", "wifi:583", "WiFi:")
        t = D(f, t, "C", "wifi:411", "  Local MAC: %s", ES_MAC[host])
        t = D(f, t, "C", "wifi:416", "  SSID: %s", "'HomeNet-IoT'")
        t = D(f, t, "C", "wifi:417", "  IP Address: %s", ip)
        t = D(
            f,
            t,
            "C",
            "wifi:420",
            "  Signal strength: %d dB %s",
            ssid_rssi,
            ES_BARS[min(4, max(0, (-ssid_rssi - 50) // 7))],
        )
        t = D(f, t, "C", "api:139", "API Server:")
        t = D(f, t, "C", "api:140", "  Address: %s:%u", f"{host}.local", 6053)
        return t

    def api_client(f: str, t: datetime, ip: str) -> datetime:
        return D(
            f,
            t,
            "D",
            "api.connection:1446",
            "%s: Connected successfully",
            f"Home Assistant 2024.5.5 ({ip})",
        )

    # the living-room environment sensor: BME280 every 60 s, WiFi signal, a PIR, HA's outdoor temperature
    f = "livingroom-env.log"
    connect(f, "livingroom-env", "192.168.1.51", t0 + secs(r, 0.1, 0.5), -58)
    temp, hum, pres = 21.4, 48.0, 1012.0
    t = t0 + secs(r, 2, 10)
    while t < t1:
        temp += r.uniform(-0.08, 0.1)
        hum += r.uniform(-0.4, 0.4)
        pres += r.uniform(-0.08, 0.08)
        x = sensor(f, t, "Living Room Temperature", temp, "°C", 1)
        x = sensor(
            f, x + timedelta(milliseconds=r.randint(2, 6)), "Living Room Pressure", pres, "hPa", 1
        )
        x = sensor(
            f, x + timedelta(milliseconds=r.randint(1, 3)), "Living Room Humidity", hum, "%", 1
        )
        t += timedelta(seconds=60)
    t = t0 + secs(r, 20, 50)
    while t < t1:
        sensor(f, t, "Living Room Env WiFi Signal", r.choice([-57, -58, -59, -60, -61]), "dBm", 0)
        t += timedelta(seconds=60)
    on = False
    for x in poisson(r, t0, t1, 70):
        on = not on
        binary(f, x, "Living Room Motion", on)
        if on and r.random() < 0.3:
            D(
                f,
                x + timedelta(milliseconds=r.randint(3, 30)),
                "D",
                "homeassistant.sensor:024",
                "'%s': Got state %.2f",
                "sensor.outdoor_temperature",
                r.uniform(12, 19),
            )
    for x in poisson(r, t0, t1, 600):
        D(
            f,
            x,
            "D",
            "homeassistant.sensor:024",
            "'%s': Got state %.2f",
            "sensor.outdoor_temperature",
            r.uniform(12, 19),
        )
    for x in poisson(r, t0, t1, 1500):
        api_client(f, x, f"192.168.1.{r.choice([10, 10, 10, 23])}")

    # the garage: a relay pulsing the door opener, a reed switch, a cover template, a DHT22, weak WiFi
    f = "garage-door.log"
    ip = "192.168.1.52"
    connect(f, "garage-door", ip, t0 + secs(r, 0.1, 0.5), -79)
    drops = sorted(poisson(r, t0 + timedelta(minutes=20), t1 - timedelta(minutes=10), 2400))
    gaps = [(d, d + secs(r, 8, 40)) for d in drops]

    def seen(t: datetime) -> bool:
        return not any(a <= t < b for a, b in gaps)

    for a, b in gaps:
        CLI(
            f,
            a + secs(r, 3, 6),
            "WARNING",
            "%s @ %s: Connection error occurred: %s",
            "garage-door",
            ip,
            "Ping response not received after 90.0 seconds",
        )
        connect(f, "garage-door", ip, b, r.choice([-80, -81, -83, -84]))
    t = t0 + secs(r, 5, 15)
    while t < t1:
        if seen(t):
            if r.random() < 0.06:
                D(f, t, "W", "dht:174", "Requesting data from DHT failed!")
                D(
                    f,
                    t + timedelta(milliseconds=2),
                    "W",
                    "component:237",
                    "Component %s took a long time for an operation (%u ms).",
                    "dht.sensor",
                    r.randint(260, 290),
                )
                D(
                    f,
                    t + timedelta(milliseconds=3),
                    "W",
                    "component:238",
                    "Components should block for at most 30 ms.",
                )
            else:
                D(
                    f,
                    t,
                    "D",
                    "dht:048",
                    "Got Temperature=%.1f°C Humidity=%.1f%%",
                    r.uniform(14, 16),
                    r.uniform(60, 70),
                )
                sensor(
                    f,
                    t + timedelta(milliseconds=2),
                    "Garage Temperature",
                    r.uniform(14, 16),
                    "°C",
                    1,
                )
                sensor(
                    f, t + timedelta(milliseconds=4), "Garage Humidity", r.uniform(60, 70), "%", 0
                )
        t += timedelta(seconds=60)
    t = t0 + secs(r, 30, 50)
    while t < t1:
        if seen(t):
            sensor(f, t, "Garage Door WiFi Signal", r.choice([-78, -79, -80, -82, -84]), "dBm", 0)
            D(
                f,
                t + timedelta(milliseconds=5),
                "D",
                "text_sensor:064",
                "'%s': Sending state '%s'",
                "Garage Door Uptime",
                f"{(t - t0).seconds // 3600 + 41}h{(t - t0).seconds // 60 % 60}m",
            )
        t += timedelta(seconds=60)

    def door(t: datetime, opening: bool) -> None:
        t = D(f, t, "D", "cover:076", "'%s' - Setting", "Garage Door")
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "cover:080",
            "  Command: OPEN" if opening else "  Command: CLOSE",
        )
        t = D(
            f,
            t + timedelta(milliseconds=2),
            "D",
            "switch:012",
            "'%s' Turning ON.",
            "Garage Opener Relay",
        )
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "switch:055",
            "'%s': Sending state %s",
            "Garage Opener Relay",
            "ON",
        )
        t = D(
            f, t + timedelta(milliseconds=1), "D", "cover:170", "'%s' - Publishing:", "Garage Door"
        )
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "cover:180",
            "  State: OPEN" if not opening else "  State: CLOSED",
        )
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "cover:183",
            "  Current Operation: %s",
            "OPENING" if opening else "CLOSING",
        )
        t = D(
            f,
            t + timedelta(milliseconds=500),
            "D",
            "switch:016",
            "'%s' Turning OFF.",
            "Garage Opener Relay",
        )
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "switch:055",
            "'%s': Sending state %s",
            "Garage Opener Relay",
            "OFF",
        )
        t = binary(f, t + secs(r, 1.5, 3.0), "Garage Door Closed", not opening)
        t = D(f, t + secs(r, 10, 14), "D", "cover:170", "'%s' - Publishing:", "Garage Door")
        t = D(
            f,
            t + timedelta(milliseconds=1),
            "D",
            "cover:180",
            "  State: OPEN" if opening else "  State: CLOSED",
        )
        t = D(f, t + timedelta(milliseconds=1), "D", "cover:183", "  Current Operation: %s", "IDLE")
        t = D(
            f,
            t + timedelta(milliseconds=30),
            "D",
            "esp32.preferences:114",
            "Saving %d preferences to flash...",
            1,
        )
        D(
            f,
            t + timedelta(milliseconds=30),
            "D",
            "esp32.preferences:143",
            "Saving %d preferences to flash: %d cached, %d written, %d failed",
            1,
            0,
            1,
            0,
        )

    for x in poisson(r, t0, t1, 900):
        if seen(x) and seen(x + timedelta(seconds=20)):
            door(x, True)
            door(x + timedelta(seconds=r.randint(60, 300)), False)
    for x in poisson(r, t0, t1, 1800):
        if seen(x):
            api_client(f, x, "192.168.1.10")

    # the power meter: a PZEM-004T v3 on Modbus, every 60 s; a noisy cable
    f = "power-meter.log"
    ip = "192.168.1.53"
    connect(f, "power-meter", ip, t0 + secs(r, 0.1, 0.5), -66)
    noisy = (at(7, 10), at(7, 35))
    t = t0 + secs(r, 1, 20)
    energy = 10234.0
    while t < t1:
        crc = r.random() < (0.35 if noisy[0] <= t < noisy[1] else 0.01)
        if crc:
            D(
                f,
                t,
                "W",
                "modbus:109",
                "Modbus CRC Check failed! %02X!=%02X",
                r.randrange(65536),
                r.randrange(65536),
            )
            if r.random() < 0.5:
                D(f, t + timedelta(milliseconds=2), "W", "pzemac:040", "Invalid size for PZEM AC!")
        else:
            p = r.uniform(180, 2400)
            energy += p / 120
            v = r.uniform(228, 236)
            x = sensor(f, t, "Power Meter Voltage", v, "V", 1)
            x = sensor(f, x + timedelta(milliseconds=1), "Power Meter Current", p / v, "A", 3)
            x = sensor(f, x + timedelta(milliseconds=1), "Power Meter Power", p, "W", 1)
            x = sensor(f, x + timedelta(milliseconds=1), "Power Meter Energy", energy, "Wh", 0)
            sensor(
                f,
                x + timedelta(milliseconds=1),
                "Power Meter Frequency",
                r.choice([49.9, 50.0, 50.0, 50.1]),
                "Hz",
                1,
            )
        t += timedelta(seconds=60)
    t = t0 + secs(r, 30, 60)
    while t < t1:
        sensor(f, t, "Power Meter Daily Energy", (t - t0).seconds / 3.6, "kWh", 3)
        t += timedelta(seconds=300)
    for x in poisson(r, t0, t1, 1200):
        api_client(f, x, "192.168.1.10")
    return fs.logs(t0)


# --------------------------------------------------------------------------------- domoticz

DZ_HW = ["RFXCOM", "P1 Meter", "Zigbee2MQTT", "Dummy", "Domoticz Internal"]
DZ_SENSORS = [
    ("RFXCOM", "Temp + Humidity", "Garden", 12, 90),
    ("RFXCOM", "Temp + Humidity", "Garage", 13, 110),
    ("RFXCOM", "Temp", "Freezer", 14, 240),
    ("RFXCOM", "Rain", "Rain gauge", 15, 300),
    ("RFXCOM", "Wind", "Anemometer", 16, 240),
    ("P1 Meter", "P1 Smart Meter", "Power", 3, 60),
    ("P1 Meter", "P1 Smart Meter", "Gas", 4, 300),
    ("Zigbee2MQTT", "Temp + Humidity", "Bathroom", 21, 300),
]
DZ_SWITCHES = [
    ("Hall Light", 31),
    ("Kitchen Spots", 32),
    ("Garden Lights", 33),
    ("Boiler", 34),
    ("Living Room Lamp", 35),
]
DZ_USERS = [("admin", "192.168.1.20"), ("anna", "192.168.1.34"), ("admin", "192.168.1.21")]


def domoticz(r: random.Random) -> list[Log]:
    t0 = at(6, 0)
    t1 = at(12, 0)
    fs = Files(1000)
    F = "domoticz.log"

    def L(
        t: datetime,
        lvl: str,
        fmt: str,
        *vals: object,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = fmt % vals
        pre = {"norm": "", "status": "Status: ", "error": "Error: "}[lvl]
        return fs.add(
            F,
            t,
            label or fmt,
            lambda t: [f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  {pre}{msg}", *(more or [])],
        )

    def boot(t: datetime) -> datetime:
        t = L(t, "status", "Domoticz V%s (c)2012-%d GizMoCuz", "2024.4", 2024)
        t = L(
            t + timedelta(milliseconds=1),
            "status",
            "Build Hash: %s, Date: %s",
            "2ecc8e0f2",
            "2024-02-29 09:26:09",
        )
        t = L(t + timedelta(milliseconds=1), "status", "Startup Path: %s", "/opt/domoticz/")
        t = L(t + secs(r, 0.05, 0.1), "norm", "Sunrise: %s SunSet: %s", "04:45:00", "21:24:00")
        t = L(
            t + timedelta(milliseconds=1),
            "norm",
            "Day length: %s Sun at south: %s",
            "16:39:00",
            "13:05:00",
        )
        t = L(
            t + secs(r, 0.1, 0.3),
            "status",
            "PluginSystem: Started, Python version '%s', %d plugin definitions loaded",
            "3.11.2",
            1,
        )
        t = L(
            t + secs(r, 0.05, 0.1),
            "status",
            "WebServer(HTTP) started on address: %s with port %s",
            "::",
            "8080",
        )
        t = L(
            t + secs(r, 0.05, 0.1),
            "status",
            "WebServer(SSL) started on address: %s with port %s",
            "::",
            "443",
        )
        for hw in DZ_HW:
            t = L(t + secs(r, 0.02, 0.3), "status", "%s: Worker started...", hw)
        t = L(t + secs(r, 0.1, 0.3), "status", "EventSystem: reset all events...")
        for s in ("heating.lua", "presence.lua", "garden_lights.lua", "notify_freezer.lua"):
            t = L(
                t + timedelta(milliseconds=r.randint(1, 5)),
                "status",
                "dzVents: Write file: %s",
                f"/opt/domoticz/scripts/dzVents/generated_scripts/{s}",
            )
        t = L(t + secs(r, 0.05, 0.2), "status", "EventSystem: Started")
        t = L(
            t + timedelta(milliseconds=r.randint(1, 4)),
            "status",
            "EventSystem: Queue thread started...",
        )
        t = L(t + secs(r, 0.1, 0.4), "status", "NotificationSystem: thread started...")
        t = L(t + secs(r, 0.5, 1.5), "status", "MQTT: Connecting to %s:%d", "192.168.1.10", 1883)
        t = L(t + secs(r, 0.05, 0.3), "status", "MQTT: connected to: %s:%d", "192.168.1.10", 1883)
        return t

    def shutdown(t: datetime) -> datetime:
        t = L(t, "status", "Closing application!...")
        t = L(t + secs(r, 0.05, 0.2), "status", "Stopping worker threads...")
        for hw in reversed(DZ_HW):
            t = L(t + secs(r, 0.05, 0.6), "status", "%s: Worker stopped...", hw)
        return L(t + secs(r, 0.1, 0.3), "status", "EventSystem: Stopped...")

    restart = at(9, 30, 24)
    back = restart + timedelta(seconds=14)
    rfx_dead = (at(10, 40), at(11, 6))
    boot(t0 + secs(r, 0.5, 1.5))
    shutdown(restart)
    boot(back)

    def up(t: datetime) -> bool:
        return not (restart <= t < back + timedelta(seconds=5))

    def dz_script(
        t: datetime,
        script: str,
        dev: str,
        hw: str,
        idx: int,
        value: str,
        user: list[tuple[str, tuple[object, ...]]],
    ) -> datetime:
        t = L(
            t + timedelta(milliseconds=r.randint(2, 9)),
            "status",
            'dzVents: Info: Handling events for: "%s", value: "%s"',
            dev,
            value,
        )
        t = L(
            t + timedelta(milliseconds=1),
            "status",
            'dzVents: Info: %s: ------ Start internal script: %s: Device: "%s (%s)", Index: %d',
            script,
            script,
            dev,
            hw,
            idx,
        )
        for fmt, vals in user:
            t = L(
                t + timedelta(milliseconds=1), "status", "dzVents: Info: %s: " + fmt, script, *vals
            )
        return L(
            t + timedelta(milliseconds=1),
            "status",
            "dzVents: Info: %s: ------ Finished %s",
            script,
            script,
        )

    garden = 13.5
    for hw, typ, name, idx, every in DZ_SENSORS:
        t = t0 + secs(r, 5, every)
        while t < t1:
            gone = hw == "RFXCOM" and rfx_dead[0] <= t < rfx_dead[1]
            if up(t) and not gone:
                x = L(t, "norm", "%s: %s (%s)", hw, typ, name)
                if name == "Garden":
                    garden += r.uniform(-0.2, 0.35)
                    if r.random() < 0.5:
                        dz_script(
                            x,
                            "heating",
                            name,
                            hw,
                            idx,
                            f"{garden:.1f};{r.randint(60, 85)};1",
                            [
                                (
                                    "outside %.1f, living room %.1f, setpoint %.1f: boiler %s",
                                    (garden, r.uniform(19.5, 21.5), 21.0, r.choice(["on", "off"])),
                                )
                            ],
                        )
                if name == "Freezer" and r.random() < 0.15:
                    dz_script(
                        x, "notify_freezer", name, hw, idx, f"{r.uniform(-17.5, -15.0):.1f}", []
                    )
            t += timedelta(seconds=every) + secs(r, -every / 4, every / 4)
    # the RFXCOM receiver stops receiving (a USB hub), a restart of the hardware brings it back
    x = rfx_dead[0] + timedelta(minutes=10)
    while x < rfx_dead[1]:
        L(
            x,
            "error",
            "%s hardware (%d) nothing received for more than %d %s!!....",
            "RFXCOM",
            2,
            10,
            "Minutes",
        )
        L(
            x + timedelta(milliseconds=2),
            "status",
            "%s: Restarting: %s",
            "RFXCOM",
            "/dev/ttyUSB0",
            label="%s: Restarting: %s",
        )
        L(x + secs(r, 0.3, 1.0), "error", "%s: Error opening serial port!", "RFXCOM")
        x += timedelta(seconds=r.randint(30, 40))
        L(x, "status", "%s: Worker stopped...", "RFXCOM")
        x += timedelta(minutes=5)
    L(
        rfx_dead[1] - timedelta(seconds=2),
        "status",
        "%s: Using serial port: %s",
        "RFXCOM",
        "/dev/ttyUSB0",
    )
    L(rfx_dead[1] - timedelta(seconds=1), "status", "%s: Worker started...", "RFXCOM")
    # switches from the web UI and the app
    for x in poisson(r, t0, t1, 200):
        if up(x):
            u, ip = r.choice(DZ_USERS)
            name, idx = r.choice(DZ_SWITCHES)
            cmd = r.choice(["On", "Off"])
            y = L(
                x,
                "status",
                "User: %s (IP: %s) initiated a switch command (%d/%s/%s)",
                u,
                ip,
                idx,
                name,
                cmd,
            )
            y = L(
                y + timedelta(milliseconds=r.randint(5, 40)),
                "norm",
                "%s: %s (%s)",
                "Zigbee2MQTT" if idx < 34 else "Dummy",
                "Light/Switch",
                name,
            )
            if name == "Hall Light" and r.random() < 0.5:
                dz_script(
                    y,
                    "presence",
                    name,
                    "Zigbee2MQTT",
                    idx,
                    cmd,
                    [("%s switched %s, presence %s", (name, cmd, r.choice(["home", "away"])))],
                )
    # logins: the app every now and then; a guessing run from the guest Wi-Fi
    for x in poisson(r, t0, t1, 1200):
        if up(x):
            u, ip = r.choice(DZ_USERS)
            L(x, "status", "Login successful from %s for user '%s'", ip, u)
    for x in poisson(r, at(8, 12), at(8, 26), 7):
        L(
            x,
            "error",
            "Failed login attempt from %s for user '%s' !",
            "192.168.50.66",
            r.choice(["admin", "admin", "root", "domoticz", "user"]),
        )
    # the schedule
    for x, name in (
        (at(6, 30), "Boiler"),
        (at(7, 0), "Kitchen Spots"),
        (at(8, 15), "Kitchen Spots"),
        (at(11, 0), "Boiler"),
    ):
        L(
            x,
            "status",
            "Schedule item started! Name: %s, Type: %s, DevID: %d, Time: %s",
            name,
            "On Time",
            dict(DZ_SWITCHES)[name],
            f"{x:%Y-%m-%d %H:%M:%S}",
        )
    # the heating script tripping on a nil while the living room sensor was unavailable
    for x in poisson(r, back, back + timedelta(minutes=8), 25):
        L(
            x,
            "error",
            "dzVents: Error: (%s) %s: An error occurred when calling event handler %s",
            "3.1.8",
            "heating",
            "heating",
        )
        L(
            x + timedelta(milliseconds=1),
            "error",
            "dzVents: Error: (%s) %s: %s:%d: attempt to perform arithmetic on a nil value (field '%s')",
            "3.1.8",
            "heating",
            "/opt/domoticz/scripts/dzVents/generated_scripts/heating.lua",
            27,
            "temperature",
        )
    # notifications
    for x in poisson(r, t0, t1, 1500):
        if up(x):
            L(x, "status", "Notification sent (%s) => Success", r.choice(["email", "telegram"]))
    # the MQTT broker restarting with its host
    mq = at(7, 52, 3)
    L(mq, "error", "MQTT: disconnected, restarting (rc=%d/%s)", 7, "Connection lost")
    x = mq
    for _ in range(r.randint(12, 16)):
        x += timedelta(seconds=30)
        L(x, "status", "MQTT: Connecting to %s:%d", "192.168.1.10", 1883)
        L(
            x + secs(r, 0.01, 0.05),
            "error",
            "MQTT: Failed to connect, return code: %d (%s)",
            14,
            "Connection refused",
        )
    L(x + timedelta(seconds=30), "status", "MQTT: Connecting to %s:%d", "192.168.1.10", 1883)
    L(x + timedelta(seconds=30.2), "status", "MQTT: connected to: %s:%d", "192.168.1.10", 1883)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- paperless

PL_CORR = [
    "Telekom",
    "Stadtwerke Berlin",
    "Allianz",
    "Finanzamt",
    "Amazon",
    "Dr. Weber",
    "Vodafone",
    "HUK-Coburg",
]
PL_TYPES = ["Invoice", "Letter", "Contract", "Receipt", "Statement"]
PL_TAGS = ["inbox", "tax-2024", "insurance", "utilities", "health", "car"]
PL_DB_ERR = 'connection to server at "db" (172.20.0.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'
PL_DB_ESC = PL_DB_ERR.replace("\n", "\\n").replace("\t", "\\t")
PL_TB_DB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/base/base.py", line 275, in ensure_connection',
    "    self.connect()",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/postgresql/base.py", line 332, in get_new_connection',
    "    connection = self.Database.connect(**conn_params)",
    '  File "/usr/local/lib/python3.11/site-packages/psycopg/connection.py", line 748, in connect',
    "    raise last_ex.with_traceback(None)",
    "psycopg.OperationalError: " + PL_DB_ERR,
]


def paperless(r: random.Random) -> list[Log]:
    t0 = at(6, 0)
    t1 = at(13, 0)
    fs = Files(1000)
    P, C = "paperless.log", "celery.log"

    def L(
        f: str,
        t: datetime,
        lvl: str,
        name: str,
        fmt: str,
        *vals: object,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = fmt % vals if vals else fmt
        lines = msg.split("\n")

        def text(t: datetime) -> list[str]:
            return [
                f"[{t:%Y-%m-%d %H:%M:%S},{ms(t)}] [{lvl}] [{name}] {lines[0]}",
                *lines[1:],
                *[y for x in (more or []) for y in x.split("\n")],
            ]

        return fs.add(f, t, label or fmt, text, proc=(f, name.split(".")[0]))

    db_down = (at(10, 14, 20), at(10, 16, 5))
    redis_down = (at(11, 40, 2), at(11, 41, 30))
    boot = t0 + secs(r, 1, 3)
    L(
        P,
        boot,
        "INFO",
        "paperless.management.consumer",
        "Using inotify to watch directory for changes: %s",
        "/usr/src/paperless/consume",
    )
    x = L(
        C,
        boot + secs(r, 2, 4),
        "INFO",
        "celery.worker.consumer.connection",
        "Connected to %s",
        "redis://broker:6379//",
    )
    x = L(
        C,
        x + secs(r, 0.01, 0.05),
        "INFO",
        "celery.worker.consumer.mingle",
        "mingle: searching for neighbors",
    )
    x = L(C, x + secs(r, 1.0, 1.1), "INFO", "celery.worker.consumer.mingle", "mingle: all alone")
    L(C, x + secs(r, 0.02, 0.1), "INFO", "celery.apps.worker", "%s ready.", "celery@paperless")
    n = [1840]
    seen: list[str] = []

    def task(t: datetime, name: str) -> tuple[str, datetime]:
        tid = uuid4(r)
        return tid, L(C, t, "INFO", "celery.worker.strategy", "Task %s[%s] received", name, tid)

    def consume(t: datetime, fname: str, src: str) -> datetime:
        tid, t = task(t, "documents.tasks.consume_file")
        t = L(P, t + secs(r, 0.05, 0.3), "INFO", "paperless.consumer", "Consuming %s", fname)
        db = db_down[0] <= t < db_down[1] + timedelta(seconds=20)
        if fname in seen and not db:
            dup = seen.index(fname) + 1840
            t = L(
                P,
                t + secs(r, 0.05, 0.2),
                "ERROR",
                "paperless.consumer",
                "Not consuming %s: It is a duplicate of %s (#%d)",
                fname,
                f"{fname.rsplit('.', 1)[0]}",
                dup,
            )
            return L(
                C,
                t + secs(r, 0.01, 0.05),
                "ERROR",
                "celery.app.trace",
                "Task %s[%s] raised unexpected: %s",
                "documents.tasks.consume_file",
                tid,
                f"ConsumerError('{fname}: Not consuming {fname}: It is a duplicate of {fname.rsplit('.', 1)[0]} (#{dup})')",
                label="Task %s[%s] raised unexpected: ConsumerError('%s: Not consuming %s: It is a duplicate of %s (#%d)')",
                more=[
                    "Traceback (most recent call last):",
                    '  File "/usr/src/paperless/src/documents/consumer.py", line 302, in pre_check_duplicate',
                    "    self._fail(",
                    '  File "/usr/src/paperless/src/documents/consumer.py", line 148, in _fail',
                    '    raise ConsumerError(f"{self.filename}: {log_message or message}") from exception',
                    f"documents.consumer.ConsumerError: {fname}: Not consuming {fname}: It is a duplicate of {fname.rsplit('.', 1)[0]} (#{dup})",
                ],
            )
        seen.append(fname)
        t = L(
            P,
            t + secs(r, 0.01, 0.05),
            "DEBUG",
            "paperless.consumer",
            "Detected mime type: %s",
            "application/pdf",
        )
        t = L(
            P,
            t + secs(r, 0.01, 0.05),
            "DEBUG",
            "paperless.consumer",
            "Parser: %s",
            "RasterisedDocumentParser",
        )
        t = L(P, t + secs(r, 0.01, 0.05), "DEBUG", "paperless.consumer", "Parsing %s...", fname)
        if r.random() < 0.04:
            t = L(
                P,
                t + secs(r, 0.2, 0.5),
                "WARNING",
                "paperless.parsing.tesseract",
                "This file is encrypted, OCR is impossible. Using any text present in the original file.",
            )
        else:
            t = L(
                P,
                t + secs(r, 0.05, 0.2),
                "DEBUG",
                "paperless.parsing.tesseract",
                "Calling OCRmyPDF with args: %s",
                f"{{'input_file': PosixPath('/tmp/paperless/paperless-ngx{hexid(r, 8)}/{fname}'), 'output_file': PosixPath('/tmp/paperless/paperless-{hexid(r, 8)}/archive.pdf'), 'use_threads': True, 'jobs': 4, 'language': 'deu+eng', 'output_type': 'pdfa', 'progress_bar': False, 'color_conversion_strategy': 'RGB', 'skip_text': True, 'clean': True, 'deskew': True, 'rotate_pages': True, 'rotate_pages_threshold': 12.0, 'sidecar': PosixPath('/tmp/paperless/paperless-{hexid(r, 8)}/sidecar.txt')}}",
            )
            t += secs(r, 3, 25)
            t = L(P, t, "INFO", "ocrmypdf._pipelines._common", "Postprocessing...")
            if r.random() < 0.7:
                t = L(
                    P,
                    t + secs(r, 0.5, 3),
                    "INFO",
                    "ocrmypdf._pipeline",
                    "Image optimization ratio: %.2f savings: %.1f%%",
                    r.uniform(1.0, 1.6),
                    r.uniform(0, 35),
                )
            t = L(
                P,
                t + secs(r, 0.05, 0.3),
                "INFO",
                "ocrmypdf._pipeline",
                "Total file size ratio: %.2f savings: %.1f%%",
                r.uniform(0.5, 1.4),
                r.uniform(-40, 45),
            )
            t = L(
                P,
                t + secs(r, 0.05, 0.3),
                "INFO",
                "ocrmypdf._pipelines._common",
                "Output file is a %s (as expected)",
                "PDF/A-2B",
            )
            t = L(
                P,
                t + secs(r, 0.01, 0.05),
                "DEBUG",
                "paperless.parsing.tesseract",
                "Using text from sidecar file",
            )
        t = L(
            P,
            t + secs(r, 0.05, 0.2),
            "DEBUG",
            "paperless.consumer",
            "Generating thumbnail for %s...",
            fname,
        )
        t += secs(r, 0.5, 2)
        if db:
            t = L(
                P,
                t,
                "ERROR",
                "paperless.consumer",
                "The following error occurred while storing document %s after parsing: %s",
                fname,
                PL_DB_ERR,
                label='The following error occurred while storing document %s after parsing: connection to server at "%s" (%s), port %d failed: Connection refused',
                more=PL_TB_DB,
            )
            return L(
                C,
                t + secs(r, 0.02, 0.1),
                "ERROR",
                "celery.app.trace",
                "Task %s[%s] raised unexpected: %s",
                "documents.tasks.consume_file",
                tid,
                f"ConsumerError('{fname}: The following error occurred while storing document {fname} after parsing: {PL_DB_ESC}')",
                label="Task %s[%s] raised unexpected: ConsumerError('%s: The following error occurred while storing document %s after parsing: connection to server at \"%s\" (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?')",
                more=[
                    "Traceback (most recent call last):",
                    '  File "/usr/src/paperless/src/documents/consumer.py", line 640, in run',
                    "    with transaction.atomic():",
                    *PL_TB_DB[1:],
                ],
            )
        t = L(P, t, "DEBUG", "paperless.consumer", "Saving record to database")
        doc = f"{r.choice(PL_CORR)} {r.choice(PL_TYPES)} {r.randint(1000, 99999)}"
        corr, typ = doc.split(" ")[0], doc.split(" ")[-2]
        if r.random() < 0.8:
            t = L(
                P,
                t + secs(r, 0.01, 0.05),
                "INFO",
                "paperless.handlers",
                "Assigning correspondent %s to %s",
                corr,
                doc,
            )
        if r.random() < 0.7:
            t = L(
                P,
                t + secs(r, 0.01, 0.05),
                "INFO",
                "paperless.handlers",
                "Assigning document type %s to %s",
                typ,
                doc,
            )
        if r.random() < 0.6:
            t = L(
                P,
                t + secs(r, 0.01, 0.05),
                "INFO",
                "paperless.handlers",
                'Tagging "%s" with "%s"',
                doc,
                ", ".join(r.sample(PL_TAGS, r.randint(1, 2))),
            )
        t = L(
            P,
            t + secs(r, 0.2, 0.8),
            "INFO",
            "paperless.consumer",
            "Document %s consumption finished",
            doc,
        )
        n[0] += 1
        return L(
            C,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "celery.app.trace",
            "Task %s[%s] succeeded in %ss: %s",
            "documents.tasks.consume_file",
            tid,
            f"{r.uniform(4, 40):.{r.choice([12, 13, 14, 15])}f}",
            f"'Success. New document id {n[0]} created'",
            label="Task %s[%s] succeeded in %ss: 'Success. New document id %d created'",
        )

    # the scanner in the study: batches of scans into the consume folder
    for b in poisson(r, t0, t1, 1500):
        t = b
        for _ in range(r.randint(1, 6)):
            fname = (
                f"scan_{b:%Y%m%d}_{r.randint(80000, 129999)}.pdf"
                if r.random() < 0.93 or not seen
                else r.choice(seen)
            )
            t = L(
                P,
                t + secs(r, 0.5, 8),
                "INFO",
                "paperless.management.consumer",
                "Adding %s to the task queue.",
                f"/usr/src/paperless/consume/{fname}",
            )
            consume(t + secs(r, 0.05, 0.2), fname, "folder")
    # the mail fetcher every ten minutes
    t = t0 + timedelta(minutes=10)
    while t < t1:
        ok = not (redis_down[0] <= t < redis_down[1] + timedelta(seconds=30))
        x = L(
            C,
            t,
            "INFO",
            "celery.beat",
            "Scheduler: Sending due task %s (%s)",
            "Check all e-mail accounts",
            "paperless_mail.tasks.process_mail_accounts",
        )
        if ok:
            tid, x = task(x + secs(r, 0.005, 0.05), "paperless_mail.tasks.process_mail_accounts")
            x = L(
                P,
                x + secs(r, 0.05, 0.2),
                "DEBUG",
                "paperless_mail",
                "Rule %s: Selecting folder %s",
                "Mailbox.Rechnungen",
                "INBOX",
            )
            x = L(
                P,
                x + secs(r, 0.05, 0.2),
                "DEBUG",
                "paperless_mail",
                "Rule %s: Searching folder with criteria %s",
                "Mailbox.Rechnungen",
                "(UNSEEN)",
            )
            k = r.choice([0, 0, 0, 0, 1, 2])
            x = L(
                P,
                x + secs(r, 0.3, 1.5),
                "DEBUG",
                "paperless_mail",
                "Rule %s: Processed %d matches",
                "Mailbox.Rechnungen",
                k,
            )
            for _ in range(k):
                consume(x + secs(r, 0.3, 2), f"Rechnung_{r.randint(100000, 999999)}.pdf", "mail")
            res = f"'Added {k} document(s).'" if k else "'No new documents were added.'"
            L(
                C,
                x + secs(r, 0.05, 0.2),
                "INFO",
                "celery.app.trace",
                "Task %s[%s] succeeded in %ss: %s",
                "paperless_mail.tasks.process_mail_accounts",
                tid,
                f"{r.uniform(0.8, 3):.15f}",
                res,
                label="Task %s[%s] succeeded in %ss: 'Added %d document(s).'"
                if k
                else "Task %s[%s] succeeded in %ss: 'No new documents were added.'",
            )
        t += timedelta(minutes=10) + secs(r, 0, 0.02)
    # the hourly classifier training, index optimise every day
    t = at(6, 5)
    while t < t1:
        x = L(
            C,
            t,
            "INFO",
            "celery.beat",
            "Scheduler: Sending due task %s (%s)",
            "Train the classifier",
            "documents.tasks.train_classifier",
        )
        tid, x = task(x + secs(r, 0.005, 0.05), "documents.tasks.train_classifier")
        x = L(P, x + secs(r, 0.1, 0.5), "DEBUG", "paperless.tasks", "Training data unchanged.")
        L(
            C,
            x + secs(r, 0.01, 0.05),
            "INFO",
            "celery.app.trace",
            "Task %s[%s] succeeded in %ss: %s",
            "documents.tasks.train_classifier",
            tid,
            f"{r.uniform(0.1, 0.9):.15f}",
            "None",
            label="Task %s[%s] succeeded in %ss: None",
        )
        t += timedelta(hours=1)
    # the web UI: a browser with an old bookmark list, a bad request handler, logins
    for x in poisson(r, t0, t1, 110):
        if not (db_down[0] <= x < db_down[1]):
            L(
                P,
                x,
                "WARNING",
                "django.request",
                "Not Found: %s",
                r.choice(
                    [
                        f"/api/documents/{r.randint(100, 1800)}/thumb/",
                        f"/api/documents/{r.randint(100, 1800)}/preview/",
                        "/favicon.ico",
                        f"/api/documents/{r.randint(100, 1800)}/notes/",
                    ]
                ),
            )
    for x in poisson(r, db_down[0], db_down[1], 6):
        L(
            P,
            x,
            "ERROR",
            "django.request",
            "Internal Server Error: %s",
            r.choice(["/api/documents/", "/api/ui_settings/", "/api/tasks/", "/api/statistics/"]),
            more=[
                *PL_TB_DB[:5],
                '  File "/usr/local/lib/python3.11/site-packages/psycopg/connection.py", line 748, in connect',
                "    raise last_ex.with_traceback(None)",
                "django.db.utils.OperationalError: " + PL_DB_ERR,
            ],
        )
    for x in poisson(r, at(9, 2), at(9, 9), 15):
        L(
            P,
            x,
            "INFO",
            "paperless.auth",
            "Login failed for user `%s` from private IP `%s`.",
            r.choice(["admin", "admin", "paperless", "test"]),
            "192.168.1.77",
        )
    # the broker's container restarted
    x = L(
        C,
        redis_down[0],
        "WARNING",
        "celery.worker.consumer.consumer",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        more=[
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 340, in start',
            "    blueprint.start(self)",
            '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 224, in _read_from_socket',
            "    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
            "redis.exceptions.ConnectionError: Connection closed by server.",
        ],
    )
    k = 1
    delay = 2.0
    while x < redis_down[1]:
        x = L(
            C,
            x + timedelta(seconds=delay),
            "ERROR",
            "celery.worker.consumer.consumer",
            "consumer: Cannot connect to %s: Error 111 connecting to %s. Connection refused..\nTrying again in %.2f seconds... (%d/100)\n",
            "redis://broker:6379//",
            "broker:6379",
            delay,
            k,
            label="consumer: Cannot connect to %s: Error 111 connecting to %s. Connection refused..",
        )
        k += 1
        delay = min(delay + 2, 32.0)
    x = L(
        C,
        x + timedelta(seconds=delay),
        "INFO",
        "celery.worker.consumer.connection",
        "Connected to %s",
        "redis://broker:6379//",
    )
    x = L(
        C,
        x + secs(r, 0.01, 0.05),
        "INFO",
        "celery.worker.consumer.mingle",
        "mingle: searching for neighbors",
    )
    L(C, x + secs(r, 1.0, 1.1), "INFO", "celery.worker.consumer.mingle", "mingle: all alone")
    return fs.logs(t0)


# --------------------------------------------------------------------------------- immich

IM_VER = "1.105.1"
IM_USERS = ["anna@home.example", "jonas@home.example", "mia@home.example"]
IM_ML = "http://immich-machine-learning:3003"
IM_JOB_STACK = nframes(
    "async /usr/src/app/dist/services/job.service.js:148:36",
    "async Worker.processJob (/usr/src/app/node_modules/bullmq/dist/cjs/classes/worker.js:394:28)",
    "async Worker.retryIfFailed (/usr/src/app/node_modules/bullmq/dist/cjs/classes/worker.js:581:24)",
)


def sid(r: random.Random) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        for _ in range(20)
    )


def immich(r: random.Random) -> list[Log]:
    t0 = at(6, 0)
    t1 = at(12, 0)
    fs = Files(1000)
    S, M = "immich_server.log", "immich_machine_learning.log"
    restart = at(10, 45, 9)
    pids = {"Api": 17, "Microservices": 7}
    pids_after = {"Api": 18, "Microservices": 8}

    def N(
        t: datetime,
        worker: str,
        lvl: str,
        ctx: str,
        fmt: str,
        *vals: object,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = fmt % vals if vals else fmt
        pid = (pids_after if t >= restart else pids)[worker]

        def text(t: datetime) -> list[str]:
            ts = f"{t:%m/%d/%Y}, {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"
            return [f"[Nest] {pid}  - {ts} {lvl.upper():>7} [{worker}:{ctx}] {msg}", *(more or [])]

        return fs.add(S, t, label or fmt, text, proc=worker)

    def raw(t: datetime, label: str, lines: list[str], proc: str = "sh") -> datetime:
        return fs.add(S, t, label, lambda t: lines, proc=proc)

    def ML(t: datetime, lvl: str, fmt: str, *vals: object) -> datetime:
        msg = fmt % vals if vals else fmt
        return fs.add(M, t, fmt, lambda t: [f"[{t:%m/%d/%y %H:%M:%S}] {lvl:<8} {msg}"])

    def ml_boot(t: datetime) -> datetime:
        t = ML(t, "INFO", "Starting gunicorn %s", "22.0.0")
        t = ML(
            t + timedelta(milliseconds=5), "INFO", "Listening at: %s (%s)", "http://[::]:3003", 9
        )
        t = ML(
            t + timedelta(milliseconds=1),
            "INFO",
            "Using worker: %s",
            "app.config.CustomUvicornWorker",
        )
        t = ML(
            t + timedelta(milliseconds=8), "INFO", "Booting worker with pid: %s", r.randint(10, 400)
        )
        return boot_worker(t + secs(r, 2, 4))

    def boot_worker(t: datetime) -> datetime:
        t = ML(t, "INFO", "Started server process [%s]", r.randint(10, 400))
        t = ML(t + timedelta(milliseconds=2), "INFO", "Waiting for application startup.")
        t = ML(
            t + timedelta(milliseconds=3),
            "INFO",
            "Created in-memory cache with unloading after %ss of inactivity.",
            300,
        )
        t = ML(
            t + timedelta(milliseconds=1),
            "INFO",
            "Initialized request thread pool with %s threads.",
            4,
        )
        return ML(t + timedelta(milliseconds=1), "INFO", "Application startup complete.")

    def db_retry(t: datetime, worker: str, n: int, ip: str) -> datetime:
        return N(
            t,
            worker,
            "error",
            "TypeOrmModule",
            "Unable to connect to the database. Retrying (%d)...",
            n,
            more=[
                f"Error: connect ECONNREFUSED {ip}:5432",
                "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
            ],
        )

    def boot(t: datetime, db_late: float) -> datetime:
        t = raw(t, "Initializing Immich v%s", [f"Initializing Immich v{IM_VER}"])
        t = raw(t + timedelta(milliseconds=30), "Detected CPU Cores: %d", ["Detected CPU Cores: 4"])
        t = raw(t + timedelta(milliseconds=20), "Starting api worker", ["Starting api worker"])
        t = raw(
            t + timedelta(milliseconds=10),
            "Starting microservices worker",
            ["Starting microservices worker"],
        )
        t += secs(r, 2, 4)
        if db_late:
            for w in ("Microservices", "Api"):
                x = t + secs(r, 0.1, 0.5)
                k = 1
                while x < t + timedelta(seconds=db_late):
                    db_retry(x, w, k, "172.18.0.3")
                    x += timedelta(seconds=3) + secs(r, 0, 0.05)
                    k += 1
                for _ in range(2):
                    raw(
                        x - secs(r, 0.5, 2.5),
                        "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s",
                        [
                            "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 172.18.0.4:6379",
                            "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
                        ],
                        proc=w,
                    )
            t += timedelta(seconds=db_late)
        for w in ("Microservices", "Api"):
            x = N(t + secs(r, 0.5, 2), w, "log", "EventRepository", "Initialized websocket server")
            if w == "Microservices":
                x = N(
                    x + secs(r, 0.01, 0.2),
                    w,
                    "log",
                    "SystemConfigService",
                    "LogLevel=%s (set via IMMICH_LOG_LEVEL)",
                    "debug",
                )
                x = N(
                    x + secs(r, 0.5, 3),
                    w,
                    "log",
                    "MetadataService",
                    "Initialized local reverse geocoder",
                )
                N(
                    x + secs(r, 0.1, 0.5),
                    w,
                    "log",
                    "Bootstrap",
                    "Immich Microservices is running [v%s] [%s] ",
                    IM_VER,
                    "PRODUCTION",
                )
            else:
                N(
                    x + secs(r, 0.5, 2),
                    w,
                    "log",
                    "Bootstrap",
                    "Immich Server is listening on %s [v%s] [%s] ",
                    "http://[::1]:3001",
                    IM_VER,
                    "PRODUCTION",
                )
        return t + timedelta(seconds=4)

    ml_down = (at(8, 31, 40), at(8, 49, 10))
    boot(t0 + secs(r, 0.5, 1), 0)
    ml_boot(t0 + secs(r, 0.5, 1))
    # the ML container: killed by the OOM killer, restarted by compose a few times
    x = ml_down[1]
    ml_boot(x)
    # model loads after each boot and idle unloads
    loaded = {"clip": False, "facial-recognition": False}
    ml_last = [t0]

    def ml_call(t: datetime, kind: str) -> None:
        if not loaded[kind]:
            ML(
                t,
                "INFO",
                "Loading %s model '%s' to memory",
                kind,
                "ViT-B-32__openai" if kind == "clip" else "buffalo_l",
            )
            loaded[kind] = True
        ml_last[0] = t

    def ml_ok(t: datetime) -> bool:
        return not (ml_down[0] <= t < ml_down[1] + timedelta(seconds=8))

    # phones backing up: each a burst of uploads, a websocket for the app session
    uploads = []
    for b in poisson(r, t0, t1, 170):
        if restart <= b < restart + timedelta(seconds=70):
            continue
        sock = sid(r)
        N(b, "Api", "log", "EventRepository", "Websocket Connect:    %s", sock)
        k = r.choice([0, 0, 1, 2, 3, 5, 8, 12, 20])
        x = b
        for _ in range(k):
            x += secs(r, 1, 6)
            uploads.append(x)
        end = x + secs(r, 20, 400)
        if not (restart - timedelta(seconds=5) <= end < restart + timedelta(seconds=70)):
            N(end, "Api", "log", "EventRepository", "Websocket Disconnect: %s", sock)
    # the web UI: a desktop browser that stays connected, reconnecting after the restart
    for x in poisson(r, at(6, 30), t1, 1800):
        sock = sid(r)
        N(x, "Api", "log", "EventRepository", "Websocket Connect:    %s", sock)
        N(x + secs(r, 60, 1500), "Api", "log", "EventRepository", "Websocket Disconnect: %s", sock)
    idle_t = t0
    for u in sorted(uploads):
        if restart - timedelta(seconds=30) <= u < restart + timedelta(seconds=70):
            continue
        aid = uuid4(r)
        owner = r.choice(
            [
                "3f1e0b8c-6a4d-4f2e-9a71-0c5d8e2b4f63",
                "a7c24d19-2e8b-4b5f-8d36-1f9e7a0c5b28",
                "5d0b9e62-7c1a-4e83-b4f2-9a6c3d8e1f07",
            ]
        )
        video = r.random() < 0.12
        typ = "video" if video else "image"
        x = u + secs(r, 0.5, 2)
        if r.random() < 0.04:
            N(
                x,
                "Microservices",
                "warn",
                "MetadataRepository",
                "Error reading exif data (%s): %s",
                f"upload/upload/{owner}/{aid[:2]}/{aid[2:4]}/{aid}.{'mp4' if video else 'jpg'}",
                "Error: File format error",
                label="Error reading exif data (%s): Error: File format error",
            )
        x += secs(r, 0.5, 2)
        if r.random() < 0.02 and not video:
            N(
                x,
                "Microservices",
                "error",
                "JobService",
                "Unable to run job handler (%s/%s): %s",
                "thumbnailGeneration",
                "generate-preview",
                "Error: Input file contains unsupported image format",
                label="Unable to run job handler (%s/%s): Error: Input file contains unsupported image format",
                more=["Error: Input file contains unsupported image format", *IM_JOB_STACK],
            )
            continue
        x = N(
            x,
            "Microservices",
            "debug",
            "MediaService",
            "Successfully generated %s %s %s for asset %s",
            "JPEG",
            typ,
            "preview",
            aid,
        )
        x = N(
            x + secs(r, 0.1, 0.6),
            "Microservices",
            "debug",
            "MediaService",
            "Successfully generated %s %s %s for asset %s",
            "WEBP",
            typ,
            "thumbnail",
            aid,
        )
        x += secs(r, 0.2, 1.5)
        # smart search and faces through ML
        if not ml_ok(x):
            for q, j in (("smartSearch", "smart-search"), ("faceDetection", "face-detection")):
                N(
                    x,
                    "Microservices",
                    "error",
                    "JobService",
                    "Unable to run job handler (%s/%s): %s",
                    q,
                    j,
                    f'Error: Machine learning request to "{IM_ML}" failed with Error: connect ECONNREFUSED 172.18.0.5:3003',
                    label='Unable to run job handler (%s/%s): Error: Machine learning request to "%s" failed with Error: connect ECONNREFUSED %s',
                    more=[
                        f'Error: Machine learning request to "{IM_ML}" failed with Error: connect ECONNREFUSED 172.18.0.5:3003',
                        "    at MachineLearningRepository.predict (/usr/src/app/dist/repositories/machine-learning.repository.js:23:19)",
                        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                        f"    at async {'SmartInfoService.handleEncodeClip (/usr/src/app/dist/services/smart-info.service.js:118:31)' if q == 'smartSearch' else 'PersonService.handleDetectFaces (/usr/src/app/dist/services/person.service.js:262:23)'}",
                        *IM_JOB_STACK,
                    ],
                )
                x += secs(r, 0.05, 0.3)
            continue
        if (
            x - ml_last[0] > timedelta(seconds=300)
            and (loaded["clip"] or loaded["facial-recognition"])
            and ml_last[0] > idle_t
        ):
            ML(ml_last[0] + timedelta(seconds=300), "INFO", "Shutting down due to inactivity.")
            loaded["clip"] = loaded["facial-recognition"] = False
            idle_t = ml_last[0]
        if ml_down[1] <= x and idle_t < ml_down[1]:
            loaded["clip"] = loaded["facial-recognition"] = False
            idle_t = ml_down[1]
        ml_call(x, "clip")
        if not video:
            ml_call(x + secs(r, 0.1, 0.5), "facial-recognition")
            f = r.choice([0, 0, 0, 1, 1, 2, 3])
            N(
                x + secs(r, 0.2, 0.9),
                "Microservices",
                "debug",
                "PersonService",
                "%d faces detected in %s",
                f,
                f"upload/thumbs/{owner}/{aid[:2]}/{aid[2:4]}/{aid}-preview.jpeg",
            )
    # failed logins from the web UI
    for x in poisson(r, at(7, 40), at(7, 44), 30):
        N(
            x,
            "Api",
            "warn",
            "AuthService",
            "Failed login attempt for user %s from ip address %s",
            r.choice([*IM_USERS[:1], "admin@home.example"]),
            "192.168.1.120",
        )
    # the hourly version check
    t = t0 + timedelta(minutes=1)
    while t < t1:
        N(
            t + secs(r, 0.5, 2),
            "Microservices",
            "log",
            "VersionService",
            "Found %s, released at %s",
            "v1.106.4",
            "6/3/2024, 3:35:18 PM",
        )
        t += timedelta(hours=1)
    # the upgrade pull: the server restarts and the database comes up after it
    boot(restart, 11.5)
    return fs.logs(t0)


SYSTEMS = {
    "openhab": openhab,
    "esphome": esphome,
    "domoticz": domoticz,
    "paperless": paperless,
    "immich": immich,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
