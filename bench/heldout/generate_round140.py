#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 140 (homebridge, zwave-js-ui, zoneminder, motioneye,
deconz) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five home-automation and home-camera
programs, 06:00 to 12:00 on 2024-06-07 (the hosts' local time). None of the five is in the set
by name (homeassistant, zigbee2mqtt, openhab, domoticz, esphome, frigate are; Homebridge, Z-Wave
JS UI, ZoneMinder, motionEye and deCONZ are not), so none was replaced.

- Homebridge 1.8.2 under hb-service (`homebridge.log`: /var/lib/homebridge/homebridge.log on a
  Raspberry Pi, Node 20, homebridge-config-ui-x 4.56; the child runs with `-C`, so chalk's
  colours are in the file, and Node 20's ICU writes a narrow no-break space before AM/PM:
  `\\x1b[37m[6/7/2024, 6:00:29\\u202fAM] \\x1b[39m\\x1b[36m[eWeLink]\\x1b[39m [Kids Room Sensor]
  current temperature [21.6°C].`; hb-service's own lines `\\x1b[37m[...]\\x1b[0m
  \\x1b[36m[HB Supervisor]\\x1b[0m ...`): the eWeLink plugin's `[%s] current temperature [%s°C].`,
  `[%s] current humidity [%s%].` (four sensors) and `[%s] current state [%s].` (five switches);
  the eWeLink cloud's web socket lost 08:10-08:36 (`WS close event and will try to reconnect in 5
  seconds.` every ~7 s, `[%s] device update failed as Web socket is not open - please try again
  after a few seconds.`, `WS login successful.`); Camera FFmpeg's live views (`Starting video
  stream: %s x %s, %s fps, %s kbps (AAC-eld)`, `Stopped video stream.`, after the camera's
  `[name] `) and the Driveway
  camera offline 09:02-09:47 (`Failed to fetch snapshot.` every 10 s while the Home app shows it,
  `FFmpeg exited with code: 1 and signal: null (Error)`); the Garage sensor offline 09:40-10:12
  (`has been reported [offline]` / `[online]`, HAP-NodeJS's `This plugin generated a warning from
  the characteristic 'Current Temperature': characteristic value expected valid finite number
  and received "NaN" (number).` through Homebridge's warning printer) and its humidity over 100%
  after 11:20 (`... characteristic was supplied illegal value: number %s exceeded maximum of
  %s.`); a config saved in the UI at 10:15 with a platform block lacking `platform` (the restart:
  `Got SIGTERM, shutting down Homebridge...`, hb-service's `Homebridge Process Ended. Code: 143,
  Signal: null`, `Restarting Homebridge...`, `Starting Homebridge with extra flags: %s`, `Started
  Homebridge with PID: %s`, the start-up from `Loaded config.json with %s accessories and %s
  platforms.` to `Homebridge v%s (HAP v%s) (%s) is running on port %s.` with `Your config.json
  contains an illegal platform configuration object at position %d. ...`), fixed at 10:22.
- Z-Wave JS UI 9.14 (`z-ui_2024-06-07.log`: its daily file, winston without colours,
  `2024-06-07 06:00:05.097 INFO Z-WAVE: [Node 005] Value updated: 49-0-Air temperature 21.6 =>
  21.5`), 14 nodes: `Value updated: %s %s => %s` (1,609: the washer's and the dryer's power
  meters every few seconds while they run, energy every five minutes, temperature, humidity,
  illuminance, motion and door notifications as values, switches, the lock, the thermostat's
  state), the scene controller's `Value notification: %s %s`, battery nodes' `Is now awake` /
  `Is now asleep` every hour; Mosquitto restarted 07:41-07:44 (`MQTT client offline`, then every
  5 s `MQTT client reconnecting`, `Mqtt client error connect ECONNREFUSED %s` with the Error's
  stack on the next two lines, `MQTT client closed`; `MQTT client connected` and four `Subscribed
  to %s`); Node-RED's writes over MQTT (`Message received on %s: %o`, `Writing %o to %s-%s`) and
  the outdoor plug dead from 09:12 (`Is now dead`, then `Error while writing %o on %s: The
  message cannot be sent because node %s is dead (ZW0202)` every five minutes); Home Assistant
  restarted at 10:31 (the Z-Wave JS server's `Client disconnected`, `homeassistant/status`
  messages); an update at 11:20 (`Server closed`, the start-up: `Version: %s`, `Application
  path:%s`, `Listening on port %s host %s protocol %s`, `Z-Wave driver is ready`, `Controller
  status: Driver ready`, `ZwaveJS server listening on %s`, `Scanning network with homeid: %s`,
  `Ready: %s - %s (%s)` per node, `Is dead`, `Network scan complete. Found: %s nodes`); the log
  cleaner's `Cleaning up log files...` every hour.
- ZoneMinder 1.36.33 (/var/log/zm: `zmc_m1.log` to `zmc_m4.log`, `zmdc.log`, `zmwatch.log`,
  `zmfilter_1.log`; the C++ logger's `06/07/24 06:00:38.007045 zmc_m1[1512].INF-zm_monitor.cpp/3089
  [Front Door: 1400000 - Capturing at 14.93 fps, ...]` with the analysis thread's own tid, the
  Perl logger's `06/07/24 08:12:23.754743 zmdc[1288].INF [ZMServer:410] [Starting pending process,
  zmc -m 3]`), four RTSP monitors on Modect: each zmc's `%s: %d - Capturing at %.2lf fps,
  capturing bandwidth %ubytes/sec Analysing at %.2lf fps` every 1,000 frames, events (`Gone into
  alarm state PreAlarmCount: %u > AlarmFrameCount:%u Cause:%s`, `Opening new event %lu, alarm
  start`, `Gone into alert state`, sometimes `Alarmed frame while in alert state. ...` and `Gone
  back into alarm state`, `Left alarm state (%lu) - %d(%d) images`, `Closing event %lu, alarm
  end`); the Backyard camera's Wi-Fi lost 08:12-08:38 (zmc's `Unable to read packet from stream
  %d: error %d "%s".` and `Failed to capture image from monitor %d %s (%zu/%zu)`, zmdc's `'%s'
  exited abnormally, exit status %s`, `Starting pending process, %s`, `'%s' starting at %s, pid =
  %s` and the child's `'%s' started at %s`, the new zmc's `Starting Capture version %s` and every
  ~11 s `Unable to open input %s due to: %s` with `Failed to prime capture of initial monitor`;
  zmwatch's `Restarting capture daemon for %s %s, no image since startup. ...`, zmdc's `'%s'
  sending stop to pid %s at %s` and `'%s' exited normally`, the restart delay doubling); a
  windy spell 09:05-09:40 (the Driveway alarm cut by `event %lu, has exceeded desired section
  length. ...`); the events disk at 95% at 10:02 (the PurgeWhenFull filter's `Deleting event %s
  from Monitor %s`, 100 a run).
- motionEye 0.43 (`meyectl startserver -b`: `motioneye.log`, `2024-06-07 07:40:33: [motioneye]
  WARNING: 403 GET /picture/2/current/?_username=admin&_signature=... (10.0.1.20) 1.87ms`, the
  sendmail and webhook helpers writing into it under `[sendmail]` and `[webhook]`) and motion
  4.5.1 (`motion.log`: motion's stdout, opened afresh at every start of motion and without a
  time: `[3:ml3:Backyard] [ERR] [ALL] mlp_capture: Video signal lost - Adding grey image`):
  the admin password changed at 07:40 while Home Assistant's generic cameras keep the old
  signature until 09:12 (tornado's request log `%d %s %.2fms` at WARNING every ~6 s for two
  cameras); the Backyard stream stalling 08:05-08:34 (`mjpg client timed out receiving data for
  camera %(camera_id)s on port %(port)s` every ~10 s); an upgrade at 09:30 (`interrupt signal
  received, shutting down...`, `server stopped`, `tasks stopped`, `cleanup stopped`, `motion
  stopped`, `bye!`, then `hello! this is motionEye server %s`, `cleanup started`, `wsswitch
  started`, `tasks started`, `mjpg client garbage collector started`, `server started`); motion
  crashing at 10:20 (`motion not running, starting it`; motion.log from then on: `conf_load`,
  `config_camera` and `motion_startup` notices, then only warnings and errors: the Backyard's
  Wi-Fi dropping twice, `Norm: Reconnecting with camera....`, `Video signal lost - Adding grey
  image`, `Video signal re-acquired`); e-mail on each Front Door event (`sending email`, `email
  sent`) and the relay timing out 11:05-11:40 (`failed to send mail: timed out` with the
  traceback, exc_info); Home Assistant down 10:58-11:08 (`failed to call webhook: <urlopen
  error [Errno 111] Connection refused>`).
- deCONZ 2.26.3 with a ConBee II (`deconz.log`: `docker logs` of deconzcommunity/deconz with
  DEBUG_INFO=1, DBG_Printf's `06:00:24:005 ZCL attribute report 0x00158D0003F1A2B3 for
  cluster: 0x0006, ep: 0x01, frame control: 0x18, mfcode: 0x0000 ` with a time and no date): the
  ZCL attribute reports of 23 devices (Aqara weather sensors' three clusters together and their
  hourly manufacturer-specific Basic report, Hue motion sensors, doors, plugs, bulbs); a Develco
  relay without a button map every minute (`no button map for: %s ep: 0x%02X cl: 0x%04X cmd:
  0x%02X pl[0]: 0%02X` before its report); three Hue bulbs switched off at the wall 07:28-08:58
  (`0x%016llX error APSDE-DATA.confirm: 0x%02X on task`, 0xE9 / 0xD0 / 0xA7); the Phoscon
  announce every 15 minutes (`Announced to internet %s`) failing while the internet is lost
  08:40-09:06 (`discovery network reply error: %s`); web socket clients (`New websocket %s:%u
  (state: %d) `, `Websocket disconnected %s:%u, state: %d, close-code: %d, reason: %s`, Home
  Assistant restarted at 10:31, the Phoscon app); the container updated at 11:10 (the entrypoint's
  untimed `[deconzcommunity/deconz] ...` lines, Qt's `libpng warning: iCCP: known incorrect sRGB
  profile`, `HTTP Server listen on address %s, port: %u, root: %s`, `Started websocket server on
  %s, port: %u`, `found node plugin: %s - %s`, `COM: %s / serialno: %s, %s`, `Device firmware
  version 0x%08X %s`, `Current channel %d`, `Device TTL %d s flags: 0x%X`).

Label notes. The heads are context: Homebridge's time, colours and `[prefix] ` (the platform's
name, `[HB Supervisor]`, `[Homebridge UI]`), Camera FFmpeg's `[camera] ` (its Logger's
formatMessage), Z-Wave JS UI's time, level and module and its logNode's `[Node %03d] `,
ZoneMinder's time, `ident[tid].LVL-file/line [` / `ident[pid].LVL [package:line] [` and the
closing `]`, motionEye's time, `[command]` and level, motion's `[thread] [LVL] [TYPE]
function: `, deCONZ's time. Words the call site writes are wording even when passed as arguments
or picked from a table: bwp91's `platformLang` strings (`current state`, `has been reported
[offline]`), the branch-picked words of Z-Wave JS UI's node lines (`Is now dead` and
`Is dead` are two labels), `Value updated` / `Value notification`, `Controller status: Driver
ready` (a literal status), ZoneMinder's `alarm end`, the `(Error)` of Camera FFmpeg's exit line,
deCONZ's entrypoint lines (`[deconzcommunity/deconz] ` is in each echo). A message of its own
contributes its format: HAP-NodeJS's characteristic warnings inside Homebridge's `This plugin
generated a warning from the characteristic '%s': %s. See ...` (two labels), the plugin's
`Web socket is not open - ...` after `device update failed as`, zwave-js's ZWaveError text,
Node's `connect ECONNREFUSED %s`, Python's `timed out` and urllib's `<urlopen error [Errno %d]
Connection refused>`, libav's `Connection timed out` (kept as wording: one value), Qt's `Host %s
not found`. Names, ids, addresses, values and counts are variables (sensor and device names,
value ids, topics, monitor names, event ids, IEEE addresses, cluster ids). Homebridge and
motionEye write whole seconds, where Clock keeps one process's lines a second apart (a
start-up runs over 20-30 seconds); Z-Wave JS UI and deCONZ milliseconds, ZoneMinder
microseconds.

Least sure (written from the helper's knowledge; Homebridge's logger, bridge service and
start-up lines, hb-service's supervisor lines, HAP-NodeJS's warning texts, bwp91's language
strings and call shapes, Z-Wave JS UI's logger layout and its client, MQTT and log-cleaner
messages, the Z-Wave JS server's, ZoneMinder's monitor, zmdc, zmwatch and Perl logger formats,
motionEye's logging setup and its mjpg client, server, sendmail and webhook messages, motion's
log prefix and netcam reconnect line, and deCONZ's web socket, APSDE-DATA.confirm, button-map
and announce lines and its ZCL report line were checked against copies of their sources or real logs quoted in
issues): the eWeLink plugin's web socket texts and trailing periods and its temperature and
humidity call shapes; Camera FFmpeg's `Failed to fetch snapshot.`; the Homebridge UI's `Changes
to config.json saved.`; zwave-js's dead-node error text and code; Z-Wave JS UI's `Version:`
string and that the start-up logs `Is dead` for a dead node; ZoneMinder's source line numbers,
the masked RTSP URL, zmc's prime-capture retry cadence and log level, zmdc's `exited normally`
after a TERM and zmfilter's `Deleting event %s from Monitor %s`; motionEye's `interrupt signal
received, shutting down...`, the 403 for a stale signature, motion 4.5's `Norm` camera type
and whether `Video signal lost` and `Video signal re-acquired` are logged at ERR; deCONZ's
entrypoint lines, `Device TTL` every hour and the start-up lines' order.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (the hosts' local time, kept as UTC), the day of the round."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + sec(s)


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


# -------------------------------------------------------------------------------- homebridge

NNBSP = "\u202f"  # Node 20's ICU puts a narrow no-break space before AM/PM
WHITE, CYAN, YELLOW, RED, RESET, CLOSE = (
    "\x1b[37m",
    "\x1b[36m",
    "\x1b[33m",
    "\x1b[31m",
    "\x1b[0m",
    "\x1b[39m",
)


def locale_ts(t: datetime) -> str:
    """`new Date().toLocaleString()` in en-US under Node 20: `6/7/2024, 6:00:01 AM`."""
    h12 = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year}, {h12}:{t:%M:%S}{NNBSP}{'AM' if t.hour < 12 else 'PM'}"


def chalk(code: str, s: str) -> str:
    """chalk's colour around `s`, re-opening it after every inner close (chalk does so)."""
    return code + s.replace(CLOSE, CLOSE + code) + CLOSE


HB_SENSORS = [
    # name, temperature base, humidity base
    ("Bedroom Sensor", 21.4, 52),
    ("Office Sensor", 22.8, 44),
    ("Garage Sensor", 17.9, 71),
    ("Kids Room Sensor", 21.9, 49),
]
HB_SWITCHES = ["Kitchen Lamp", "Hallway Light", "Porch Light", "Garden Pump", "Living Room Fan"]


def homebridge(r: random.Random) -> list[Log]:
    """hb-service on a Raspberry Pi 4 (Homebridge 1.8.2, Node 20, the UI 4.56), with the eWeLink
    and Camera FFmpeg plugins, 06:00 to 12:00: the eWeLink cloud's web socket lost 08:10-08:36,
    the Driveway camera offline 09:02-09:47, the Garage sensor offline 09:40-10:12, a config saved
    at 10:15 with a platform block lacking its `platform` key, fixed and restarted at 10:22."""
    fs = Files()
    F = "homebridge.log"
    pids = {"hb": 1877}

    def S(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{WHITE}[{locale_ts(x)}]{RESET} {CYAN}[HB Supervisor]{RESET} {msg}"],
            "hb-service",
            1_000_000,
        )

    def H(
        t: datetime,
        label: str,
        msg: str,
        prefix: str = "",
        level: str = "info",
        proc: object = None,
        sub: str = "",
    ) -> datetime:
        body = (f"[{sub}] " if sub else "") + msg
        if level == "warn":
            body = chalk(YELLOW, body)
        elif level == "error":
            body = chalk(RED, body)
        head = f"{CYAN}[{prefix}]{CLOSE} " if prefix else ""
        p = proc if proc is not None else ("homebridge", pids["hb"])
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{WHITE}[{locale_ts(x)}] {CLOSE}{head}{body}"],
            p,
            1_000_000,
        )

    def boot(t: datetime, bad: bool) -> datetime:
        t = H(
            t,
            "Loaded config.json with %s accessories and %s platforms.",
            f"Loaded config.json with 0 accessories and {4 if bad else 3} platforms.",
        )
        t = H(t + sec(0.01), "---", "---")
        t = H(
            t + sec(0.2),
            "Loaded %s cached accessories from %s.",
            "Loaded 11 cached accessories from cachedAccessories.",
        )
        t = H(t + sec(0.01), "---", "---")
        for name, ver, plat in [
            ("homebridge-camera-ffmpeg", "3.1.4", "Camera-ffmpeg"),
            ("homebridge-config-ui-x", "4.56.2", "config"),
            ("homebridge-ewelink", "12.2.0", "eWeLink"),
        ]:
            t = H(t + sec(0.05), "Loaded plugin: %s@%s", f"Loaded plugin: {name}@{ver}")
            t = H(
                t + sec(0.001),
                "Registering platform '%s'",
                f"Registering platform '{name}.{plat}'",
            )
            t = H(t + sec(0.001), "---", "---")
        t = H(
            t + sec(0.01),
            "Loading %s platforms...",
            f"Loading {4 if bad else 3} platforms...",
        )
        if bad:
            t = H(
                t + sec(0.001),
                "Your config.json contains an illegal platform configuration object at position %d. Missing property 'platform'. Skipping entry...",
                "Your config.json contains an illegal platform configuration object at position 4. Missing property 'platform'. Skipping entry...",
                level="warn",
            )
        for disp, ident in [
            ("Camera FFmpeg", "Camera-ffmpeg"),
            ("Config", "config"),
            ("eWeLink", "eWeLink"),
        ]:
            t = H(
                t + sec(0.01),
                "Initializing %s platform...",
                f"Initializing {ident} platform...",
                prefix=disp,
            )
        t = H(
            t + sec(r.uniform(3, 5)),
            "Homebridge v%s (HAP v%s) (%s) is running on port %s.",
            "Homebridge v1.8.2 (HAP v0.12.2) (Homebridge 3C4D) is running on port 51826.",
        )
        return t

    def stop_start(t: datetime, bad: bool, new_pid: int) -> datetime:
        t = H(t, "Got %s, shutting down Homebridge...", "Got SIGTERM, shutting down Homebridge...")
        t = S(
            t + sec(r.uniform(1, 3)),
            "Homebridge Process Ended. Code: %s, Signal: %s",
            "Homebridge Process Ended. Code: 143, Signal: null",
        )
        t = S(t + sec(5), "Restarting Homebridge...", "Restarting Homebridge...")
        t = S(
            t + sec(0.01),
            "Starting Homebridge with extra flags: %s",
            "Starting Homebridge with extra flags: -I -P /var/lib/homebridge/node_modules --strict-plugin-resolution",
        )
        pids["hb"] = new_pid
        t = S(
            t + sec(0.01),
            "Started Homebridge with PID: %s",
            f"Started Homebridge with PID: {new_pid}",
        )
        return boot(t + sec(r.uniform(2, 4)), bad)

    t0, t_end = at(6, 0), at(12, 0)
    ws_down = (at(8, 10, 12), at(8, 36, 40))
    cam_down = (at(9, 2), at(9, 47))
    garage_off = (at(9, 40, 30), at(10, 12, 5))
    r1, r2 = at(10, 15, 3), at(10, 22, 41)
    down = [(r1 - sec(1), r1 + sec(40)), (r2 - sec(1), r2 + sec(40))]

    def up(t: datetime) -> bool:
        return not in_any(t, down)

    # the config saved in the UI, and the two restarts
    ui = ("ui", 1412)
    H(
        r1 - sec(2.4),
        "Changes to config.json saved.",
        "Changes to config.json saved.",
        "Homebridge UI",
        proc=ui,
    )
    ready = [stop_start(r1, True, 23518)]
    H(
        r2 - sec(2.1),
        "Changes to config.json saved.",
        "Changes to config.json saved.",
        "Homebridge UI",
        proc=ui,
    )
    ready.append(stop_start(r2, False, 24102))

    # sensors: temperature and humidity, logged when the value changes
    for name, tb, hb in HB_SENSORS:
        temp, hum = tb, hb
        for t in poisson(r, t0, t_end, 52):
            if not up(t):
                continue
            if name == "Garage Sensor" and garage_off[0] <= t < garage_off[1]:
                continue
            warm = max(0.0, (t - at(8, 0)).total_seconds() / 3600) * 0.35
            if r.random() < 0.55:
                nt = round(tb + warm + r.uniform(-0.4, 0.4), 1)
                if nt != temp:
                    temp = nt
                    H(
                        t,
                        "[%s] current temperature [%s°C].",
                        f"[{name}] current temperature [{temp}°C].",
                        "eWeLink",
                    )
            else:
                nh = max(30, min(100, hb - int(warm * 3) + r.randint(-2, 2)))
                if name == "Garage Sensor" and at(11, 20) <= t < at(11, 40):
                    nh = r.choice([99, 100, 101])
                if nh != hum:
                    hum = nh
                    H(
                        t,
                        "[%s] current humidity [%s%].",
                        f"[{name}] current humidity [{hum}%].",
                        "eWeLink",
                    )
                    if hum > 100:
                        H(
                            t + sec(r.uniform(0.5, 2)),
                            "[%s] This plugin generated a warning from the characteristic '%s': characteristic was supplied illegal value: number %s exceeded maximum of %s. See https://homebridge.io/w/JtMGR for more info.",
                            f"{CYAN}[homebridge-ewelink]{CLOSE} This plugin generated a warning from the characteristic 'Current Relative Humidity': characteristic was supplied illegal value: number {hum} exceeded maximum of 100. See https://homebridge.io/w/JtMGR for more info.",
                        )
    # the garage sensor offline: reported offline/online, HomeKit reading NaN meanwhile
    H(
        garage_off[0],
        "[%s] has been reported [offline].",
        "[Garage Sensor] has been reported [offline].",
        "eWeLink",
        "warn",
    )
    for t in poisson(r, garage_off[0] + sec(20), garage_off[1], 55):
        H(
            t,
            "[%s] This plugin generated a warning from the characteristic '%s': characteristic value expected valid finite number and received \"%s\" (%s). See https://homebridge.io/w/JtMGR for more info.",
            f"{CYAN}[homebridge-ewelink]{CLOSE} This plugin generated a warning from the characteristic 'Current Temperature': characteristic value expected valid finite number and received \"NaN\" (number). See https://homebridge.io/w/JtMGR for more info.",
        )
    H(
        garage_off[1],
        "[%s] has been reported [online].",
        "[Garage Sensor] has been reported [online].",
        "eWeLink",
    )
    for dev, a, b in [
        ("Garden Pump", at(7, 3, 10), at(7, 9, 44)),
        ("Porch Light", at(11, 2, 5), at(11, 4, 30)),
    ]:
        H(
            a,
            "[%s] has been reported [offline].",
            f"[{dev}] has been reported [offline].",
            "eWeLink",
            "warn",
        )
        H(b, "[%s] has been reported [online].", f"[{dev}] has been reported [online].", "eWeLink")

    # switches: automations and people
    state = dict.fromkeys(HB_SWITCHES, "off")
    for t in poisson(r, t0, t_end, 70):
        if not up(t):
            continue
        dev = r.choice(HB_SWITCHES)
        new = "off" if state[dev] == "on" else "on"
        if ws_down[0] <= t < ws_down[1]:
            H(
                t,
                "[%s] device update failed as Web socket is not open - please try again after a few seconds.",
                f"[{dev}] device update failed as Web socket is not open - please try again after a few seconds.",
                "eWeLink",
                "warn",
            )
            continue
        state[dev] = new
        H(t, "[%s] current state [%s].", f"[{dev}] current state [{new}].", "eWeLink")

    # the eWeLink cloud's web socket lost
    t = ws_down[0]
    while t < ws_down[1]:
        H(
            t,
            "WS close event and will try to reconnect in 5 seconds.",
            "WS close event and will try to reconnect in 5 seconds.",
            "eWeLink",
            "warn",
        )
        t += sec(5 + r.uniform(1.2, 2.4))
    H(ws_down[1], "WS login successful.", "WS login successful.", "eWeLink")
    for rr in ready:
        H(rr + sec(r.uniform(1.5, 3)), "WS login successful.", "WS login successful.", "eWeLink")

    # cameras: live views from the Home app (a snapshot every 10 s while it is open)
    views = [
        (t, r.choice(["Front Door", "Front Door", "Driveway"])) for t in poisson(r, t0, t_end, 480)
    ]
    views += [(t, "Driveway") for t in poisson(r, cam_down[0], cam_down[1], 260)]
    for t, cam in sorted(views):
        if not up(t):
            continue
        down_now = cam == "Driveway" and cam_down[0] <= t < cam_down[1]
        n_snap = r.randint(2, 9)
        for k in range(n_snap):
            if down_now:
                H(
                    t + sec(10 * k + r.uniform(0, 1)),
                    "Failed to fetch snapshot.",
                    "Failed to fetch snapshot.",
                    "Camera FFmpeg",
                    "error",
                    sub=cam,
                )
        if r.random() < 0.45:
            ts = t + sec(10 * n_snap + r.uniform(1, 4))
            w, h = r.choice([(1280, 720), (1920, 1080), (640, 360)])
            fps = 30 if w > 640 else 15
            kbps = r.choice([299, 299, 802, 132])
            ts = H(
                ts,
                "Starting video stream: %s x %s, %s fps, %s kbps (AAC-eld)",
                f"Starting video stream: {w} x {h}, {fps} fps, {kbps} kbps (AAC-eld)",
                "Camera FFmpeg",
                sub=cam,
            )
            if down_now:
                H(
                    ts + sec(r.uniform(5, 11)),
                    "FFmpeg exited with code: %s and signal: %s (Error)",
                    "FFmpeg exited with code: 1 and signal: null (Error)",
                    "Camera FFmpeg",
                    "error",
                    sub=cam,
                )
            else:
                H(
                    ts + sec(r.uniform(8, 140)),
                    "Stopped video stream.",
                    "Stopped video stream.",
                    "Camera FFmpeg",
                    sub=cam,
                )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- zwave-js-ui

ZW_NODES = {
    # id: (manufacturer, label, description, battery)
    1: ("Zooz", "ZST10-700", "700 Series USB Controller", False),
    2: ("Zooz", "ZEN77", "S2 Dimmer", False),
    3: ("Zooz", "ZEN76", "S2 On / Off Switch", False),
    4: ("Allegion", "BE469ZP", "Connect Smart Deadbolt", True),
    5: ("AEON Labs", "ZWA024", "MultiSensor 7", False),
    6: ("Zooz", "ZEN15", "Power Switch", False),
    7: ("Ecolink", "DWZWAVE25", "Z-Wave Door/Window Sensor", True),
    8: ("AEON Labs", "ZWA018", "Water Sensor 7 Basic", True),
    9: ("Honeywell", "T6 Pro", "Z-Wave Programmable Thermostat", False),
    10: ("Zooz", "ZEN71", "On / Off Switch", False),
    11: ("Zooz", "ZSE18", "Motion Sensor", True),
    12: ("Zooz", "ZEN32", "Scene Controller", False),
    13: ("AEON Labs", "ZW175", "Smart Switch 7", False),
    14: ("Zooz", "ZEN04", "Smart Plug", False),
}


def zwave_js_ui(r: random.Random) -> list[Log]:
    """Z-Wave JS UI 9.14 in Docker (zwave-js 12.11, the Z-Wave JS server on for Home Assistant,
    MQTT to Mosquitto for Node-RED), 14 nodes, 06:00 to 12:00: the washer (node 6) 07:02-08:14
    and the dryer (node 13) 08:20-09:31 reporting power every few seconds, Mosquitto restarted
    07:41-07:44, the outdoor plug (node 14) dead from 09:12 with Node-RED writing to it every five
    minutes, Home Assistant restarted at 10:31, Z-Wave JS UI updated and restarted at 11:20."""
    fs = Files()
    F = "z-ui_2024-06-07.log"
    proc = ["zui-1"]

    def Z(
        t: datetime, level: str, module: str, label: str, msg: str, stack: list[str] | None = None
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {level} {module}: {msg}",
                *(stack or []),
            ],
            proc[0],
            1000,
        )

    def node(n: int) -> str:
        return f"[Node {n:03d}] "

    def V(t: datetime, n: int, vid: str, old: object, new: object) -> datetime:
        def show(v: object) -> str:
            return str(v).lower() if isinstance(v, bool) else str(v)

        return Z(
            t,
            "INFO",
            "Z-WAVE",
            "Value updated: %s %s => %s",
            f"{node(n)}Value updated: {vid} {show(old)} => {show(new)}",
        )

    t0, t_end = at(6, 0), at(12, 0)
    mqtt_down = (at(7, 41, 5), at(7, 43, 52))
    dead14 = at(9, 12, 33)
    restart = at(11, 20, 4)
    zui_down = (restart, restart + sec(40))

    def up(t: datetime) -> bool:
        return not (zui_down[0] <= t < zui_down[1])

    # --- start-up after the 11:20 update
    def startup(t: datetime) -> None:
        t = Z(t, "INFO", "APP", "Version: %s", "Version: 9.14.2.6f1a2b4")
        t = Z(t + sec(0.002), "INFO", "APP", "Application path:%s", "Application path:/usr/src/app")
        t = Z(
            t + sec(0.4),
            "INFO",
            "APP",
            "Listening on port %s host %s protocol %s",
            "Listening on port 8091 host :: protocol HTTP",
        )
        t = Z(
            t + sec(0.05), "INFO", "MQTT", "Connecting to %s", "Connecting to mqtt://10.0.10.5:1883"
        )
        t = Z(t + sec(0.08), "INFO", "MQTT", "MQTT client connected", "MQTT client connected")
        for topic in [
            "homeassistant/status",
            "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/broadcast/#",
            "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/api/#",
            "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/multicast/#",
        ]:
            t = Z(t + sec(0.004), "INFO", "MQTT", "Subscribed to %s", f"Subscribed to {topic}")
        t = Z(t + sec(2.6), "INFO", "Z-WAVE", "Z-Wave driver is ready", "Z-Wave driver is ready")
        t = Z(
            t + sec(0.001),
            "INFO",
            "Z-WAVE",
            "Controller status: Driver ready",
            "Controller status: Driver ready",
        )
        t = Z(
            t + sec(0.06),
            "INFO",
            "Z-WAVE-SERVER",
            "ZwaveJS server listening on %s",
            "ZwaveJS server listening on 0.0.0.0:3000",
        )
        t = Z(t + sec(0.002), "INFO", "Z-WAVE", "Z-Wave server started", "Z-Wave server started")
        t = Z(
            t + sec(0.01),
            "INFO",
            "Z-WAVE",
            "Scanning network with homeid: %s",
            "Scanning network with homeid: 0xe2f4a51c",
        )
        for n, (man, lab, desc, batt) in ZW_NODES.items():
            if n == 14:
                continue
            t = Z(
                t + sec(r.uniform(0.02, 0.3) if not batt else r.uniform(0.3, 1.5)),
                "INFO",
                "Z-WAVE",
                "Ready: %s - %s (%s)",
                f"{node(n)}Ready: {man} - {lab} ({desc})",
            )
        t = Z(t + sec(0.2), "INFO", "Z-WAVE", "Is dead", f"{node(14)}Is dead")
        t = Z(
            t + sec(0.4),
            "INFO",
            "Z-WAVE",
            "Network scan complete. Found: %s nodes",
            "Network scan complete. Found: 14 nodes",
        )
        Z(
            t + sec(0.001),
            "INFO",
            "Z-WAVE",
            "Controller status: Scan completed",
            "Controller status: Scan completed",
        )

    Z(restart - sec(0.3), "INFO", "Z-WAVE-SERVER", "Server closed", "Server closed")
    proc[0] = "zui-2"
    startup(restart + sec(31.7))
    proc[0] = "zui-1"

    # --- the log cleaner every hour
    for h in range(6, 12):
        Z(at(h, 0, 11.4), "INFO", "LOGGER", "Cleaning up log files...", "Cleaning up log files...")
    proc[0] = "zui-2"
    Z(restart + sec(31.5), "INFO", "LOGGER", "Cleaning up log files...", "Cleaning up log files...")
    proc[0] = "zui-1"

    def P(t: datetime) -> None:
        proc[0] = "zui-1" if t < restart else "zui-2"

    # --- power meters: washer and dryer cycles, idle energy reports
    for n, (a, b) in [(6, (at(7, 2, 30), at(8, 14, 10))), (13, (at(8, 20, 5), at(9, 31, 40)))]:
        w = 0.0
        t = a
        while t < b:
            P(t)
            if up(t):
                nw = round(r.uniform(180, 520) if n == 6 else r.uniform(2100, 2900), 1)
                if r.random() < 0.15:
                    nw = round(r.uniform(2, 15), 1)
                V(t, n, "50-0-value-66049", w, nw)
                w = nw
            t += sec(r.uniform(6, 22) if n == 6 else r.uniform(9, 28))
        V(b, n, "50-0-value-66049", w, 0)
    for n, kwh in [(6, 112.41), (13, 388.02)]:
        t = t0 + sec(r.uniform(0, 290))
        while t < t_end:
            P(t)
            if up(t):
                nk = round(
                    kwh
                    + r.uniform(0.0, 0.02)
                    + (
                        0.09
                        if (n == 6 and at(7, 2) < t < at(8, 15))
                        or (n == 13 and at(8, 20) < t < at(9, 32))
                        else 0
                    ),
                    2,
                )
                V(t, n, "50-0-value-65537", kwh, nk)
                kwh = nk
            t += sec(300 + r.uniform(-2, 2))

    # --- the multisensor, the thermostat: temperature, humidity, illuminance
    temp5, hum5, lux5, temp9 = 21.6, 48, 140, 21.8
    for t in poisson(r, t0, t_end, 70):
        P(t)
        if not up(t):
            continue
        k = r.random()
        if k < 0.35:
            nt = round(21.6 + (t - t0).total_seconds() / 3600 * 0.3 + r.uniform(-0.3, 0.3), 1)
            if nt != temp5:
                V(t, 5, "49-0-Air temperature", temp5, nt)
                temp5 = nt
        elif k < 0.6:
            nh = 48 + r.randint(-3, 3)
            if nh != hum5:
                V(t, 5, "49-0-Humidity", hum5, nh)
                hum5 = nh
        elif k < 0.85:
            nl = max(0, int(140 + (t - t0).total_seconds() / 60 * 1.2 + r.randint(-40, 40)))
            V(t, 5, "49-0-Illuminance", lux5, nl)
            lux5 = nl
        else:
            nt = round(21.8 + r.uniform(-0.5, 0.5), 1)
            if nt != temp9:
                V(t, 9, "49-0-Air temperature", temp9, nt)
                temp9 = nt
    # thermostat operating state cycles
    st = 0
    for t in poisson(r, t0, t_end, 780):
        P(t)
        if up(t):
            V(t, 9, "66-0-state", st, 1 - st)
            st = 1 - st

    # --- motion: the multisensor and the hallway sensor
    for n in (5, 11):
        for t in poisson(r, t0, t_end, 170 if n == 5 else 230):
            P(t)
            if not up(t):
                continue
            V(t, n, "113-0-Home Security-Motion sensor status", 0, 8)
            t2 = t + sec(r.uniform(30, 240))
            P(t2)
            if up(t2):
                V(t2, n, "113-0-Home Security-Motion sensor status", 8, 0)

    # --- doors, lock, switches, scene buttons
    for t in poisson(r, t0, t_end, 560):
        P(t)
        if up(t):
            V(t, 7, "113-0-Access Control-Door state", 23, 22)
            t2 = t + sec(r.uniform(8, 90))
            P(t2)
            if up(t2):
                V(t2, 7, "113-0-Access Control-Door state", 22, 23)
    lock = "secured"
    for t in poisson(r, t0, t_end, 1500):
        P(t)
        if up(t):
            new = "unsecured" if lock == "secured" else "secured"
            V(
                t,
                4,
                "98-0-boltStatus",
                "locked" if lock == "secured" else "unlocked",
                "unlocked" if new == "unsecured" else "locked",
            )
            lock = new
    sw = {2: 0, 3: False, 10: False}
    for t in poisson(r, t0, t_end, 260):
        P(t)
        if not up(t):
            continue
        n = r.choice([2, 2, 3, 10])
        if n == 2:
            new = 0 if sw[2] else r.choice([99, 60, 35])
            V(t, 2, "38-0-currentValue", sw[2], new)
            sw[2] = new
        else:
            new = not sw[n]
            V(t, n, "37-0-currentValue", sw[n], new)
            sw[n] = new
    for t in poisson(r, t0, t_end, 900):
        P(t)
        if up(t):
            sc = r.choice(["001", "001", "002", "003", "005"])
            Z(
                t,
                "INFO",
                "Z-WAVE",
                "Value notification: %s %s",
                f"{node(12)}Value notification: 91-0-scene-{sc} {r.choice([0, 0, 3, 4])}",
            )

    # --- battery nodes waking up every hour
    for n in (4, 7, 8, 11):
        t = t0 + sec(r.uniform(0, 3600))
        lvl = r.randint(60, 95)
        while t < t_end:
            P(t)
            if up(t):
                Z(t, "INFO", "Z-WAVE", "Is now awake", f"{node(n)}Is now awake")
                if r.random() < 0.2:
                    V(t + sec(r.uniform(0.3, 1.2)), n, "128-0-level", lvl, lvl - 1)
                    lvl -= 1
                Z(
                    t + sec(r.uniform(1.5, 4)),
                    "INFO",
                    "Z-WAVE",
                    "Is now asleep",
                    f"{node(n)}Is now asleep",
                )
            t += sec(3600 + r.uniform(-20, 20))

    # --- Mosquitto restarted
    proc[0] = "zui-1"
    Z(mqtt_down[0], "INFO", "MQTT", "MQTT client offline", "MQTT client offline")
    Z(mqtt_down[0] + sec(0.002), "INFO", "MQTT", "MQTT client closed", "MQTT client closed")
    t = mqtt_down[0] + sec(5)
    while t < mqtt_down[1]:
        t = Z(t, "INFO", "MQTT", "MQTT client reconnecting", "MQTT client reconnecting")
        t = Z(
            t + sec(0.004),
            "ERROR",
            "MQTT",
            "Mqtt client error connect ECONNREFUSED %s",
            "Mqtt client error connect ECONNREFUSED 10.0.10.5:1883",
            [
                "Error: connect ECONNREFUSED 10.0.10.5:1883",
                "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)",
            ],
        )
        Z(t + sec(0.002), "INFO", "MQTT", "MQTT client closed", "MQTT client closed")
        t += sec(5)
    t = Z(mqtt_down[1], "INFO", "MQTT", "MQTT client reconnecting", "MQTT client reconnecting")
    t = Z(t + sec(0.03), "INFO", "MQTT", "MQTT client connected", "MQTT client connected")
    for topic in [
        "homeassistant/status",
        "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/broadcast/#",
        "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/api/#",
        "zwave/_CLIENTS/ZWAVE_GATEWAY-zwave-js-ui/multicast/#",
    ]:
        t = Z(t + sec(0.004), "INFO", "MQTT", "Subscribed to %s", f"Subscribed to {topic}")

    # --- Node-RED's writes over MQTT: porch light at dusk-ish tests, the outdoor plug every 5 min
    Z(dead14, "INFO", "Z-WAVE", "Is now dead", f"{node(14)}Is now dead")
    plug = False
    t = t0 + sec(137.2)
    while t < t_end:
        P(t)
        if up(t) and not in_any(t, [mqtt_down]):
            val = not plug
            t1 = Z(
                t,
                "INFO",
                "MQTT",
                "Message received on %s: %o",
                f"Message received on zwave/Garden/Outdoor_Plug/37/0/targetValue/set: '{str(val).lower()}'",
            )
            t1 = Z(
                t1 + sec(0.001),
                "INFO",
                "Z-WAVE",
                "Writing %o to %s-%s",
                f"Writing {str(val).lower()} to 14-37-0-targetValue",
            )
            if t >= dead14:
                Z(
                    t1 + sec(r.uniform(0.05, 0.3)),
                    "ERROR",
                    "Z-WAVE",
                    "Error while writing %o on %s: The message cannot be sent because node %s is dead (ZW0202)",
                    f"Error while writing {str(val).lower()} on 37-0-targetValue: The message cannot be sent because node 14 is dead (ZW0202)",
                )
            else:
                V(t1 + sec(r.uniform(0.1, 0.6)), 14, "37-0-currentValue", plug, val)
                plug = val
        t += sec(300 + r.uniform(-0.5, 0.5))
    for t in poisson(r, t0, t_end, 1900):
        P(t)
        if up(t) and not in_any(t, [mqtt_down]):
            val = r.choice([0, 40, 99])
            t1 = Z(
                t,
                "INFO",
                "MQTT",
                "Message received on %s: %o",
                f"Message received on zwave/Kitchen/Kitchen_Dimmer/38/0/targetValue/set: '{val}'",
            )
            Z(
                t1 + sec(0.001),
                "INFO",
                "Z-WAVE",
                "Writing %o to %s-%s",
                f"Writing {val} to 2-38-0-targetValue",
            )

    # --- Home Assistant restarted: its server client goes and comes back
    Z(at(10, 31, 12.6), "INFO", "Z-WAVE-SERVER", "Client disconnected", "Client disconnected")
    Z(
        at(10, 31, 13.1),
        "INFO",
        "MQTT",
        "Message received on %s: %o",
        "Message received on homeassistant/status: 'offline'",
    )
    Z(
        at(10, 32, 48.4),
        "INFO",
        "MQTT",
        "Message received on %s: %o",
        "Message received on homeassistant/status: 'online'",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- zoneminder

ZM_MONITORS = {
    # id: (name, fps, report interval in frames, events per hour, url)
    1: ("Front Door", 15, 1000, 6, "rtsp://admin:********@10.0.20.11:554/Streaming/Channels/101"),
    2: ("Driveway", 15, 1000, 10, "rtsp://admin:********@10.0.20.12:554/Streaming/Channels/101"),
    3: ("Backyard", 10, 1000, 3, "rtsp://admin:********@10.0.20.13:554/h264Preview_01_main"),
    4: ("Garage", 5, 1000, 2, "rtsp://admin:********@10.0.20.14:554/stream1"),
}


def zm_ts(t: datetime) -> str:
    """`%x %H:%M:%S` in the C locale, then `.%06d`."""
    return f"{t:%m/%d/%y %H:%M:%S}.{t.microsecond:06d}"


def zoneminder(r: random.Random) -> list[Log]:
    """ZoneMinder 1.36.33 on Ubuntu 22.04, four RTSP monitors on Modect, the daemons' own log
    files in /var/log/zm, 06:00 to 12:00: the Backyard camera's Wi-Fi lost 08:12-08:38 (zmc
    exits, zmdc restarts it, zmc loops on priming the capture, zmwatch restarts it with zmdc's
    back-off doubling), a windy spell making the Driveway monitor alarm long 09:05-09:40 (events
    cut at the section length), the events disk reaching 95% at 10:02 (the PurgeWhenFull
    filter deleting the oldest events)."""
    fs = Files()
    zmc_pid = {1: 1512, 2: 1519, 3: 1526, 4: 1533}
    tid_off = {1: 3, 2: 3, 3: 3, 4: 3}
    line = {
        "fps": 3089,
        "alarm": 2040,
        "open": 2151,
        "alert": 2094,
        "left": 2103,
        "close": 2110,
        "alerted": 2061,
        "back": 2064,
        "section": 2134,
    }

    pid_from: dict[int, list[tuple[datetime, int]]] = {
        k: [(at(0, 0), v)] for k, v in zmc_pid.items()
    }

    def C(
        m: int, t: datetime, code: str, where: str, label: str, msg: str, analysis: bool = False
    ) -> datetime:
        pid = [p for since, p in pid_from[m] if since <= t][-1]
        tid = pid + tid_off[m] if analysis else pid
        return fs.add(
            f"zmc_m{m}.log",
            t,
            label,
            lambda x: [f"{zm_ts(x)} zmc_m{m}[{tid}].{code}-{where} [{msg}]"],
            ("zmc", m, tid),
            1,
        )

    def P(
        f: str, ident: str, pid: int, t: datetime, code: str, caller: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{zm_ts(x)} {ident}[{pid}].{code} [{caller}] [{msg}]"],
            (ident, pid),
            1,
        )

    def perl_ts(t: datetime) -> str:
        return f"{t:%y/%m/%d %H:%M:%S}"

    t0, t_end = at(6, 0), at(12, 0)
    wifi = (at(8, 12, 7.31), at(8, 38, 22))
    windy = (at(9, 5), at(9, 40))
    disk = at(10, 2, 14)
    event_id = [48213]
    offline: dict[int, list[tuple[datetime, datetime]]] = {m: [] for m in ZM_MONITORS}

    # --- the Backyard outage and its restarts
    m = 3
    name = ZM_MONITORS[3][0]
    zmdc = 1288
    tries = [0]
    C(
        m,
        wifi[0] + sec(10.4),
        "INF",
        "zm_ffmpeg_camera.cpp/247",
        'Unable to read packet from stream %d: error %d "%s".',
        'Unable to read packet from stream 0: error -110 "Connection timed out".',
    )
    tx = C(
        m,
        wifi[0] + sec(10.41),
        "ERR",
        "zmc.cpp/318",
        "Failed to capture image from monitor %d %s (%d/%d)",
        f"Failed to capture image from monitor 3 {name} (1/1)",
    )
    tx = P(
        "zmdc.log",
        "zmdc",
        zmdc,
        tx + sec(0.4),
        "ERR",
        "ZMServer:625",
        "'%s' exited abnormally, exit status %s",
        "'zmc -m 3' exited abnormally, exit status 255",
    )
    delay = 5
    t = tx + sec(5 + r.uniform(0.1, 0.9))
    cycles = 0
    back = False
    while not back:
        # zmdc starts it
        t = P(
            "zmdc.log",
            "zmdc",
            zmdc,
            t,
            "INF",
            "ZMServer:410",
            "Starting pending process, %s",
            "Starting pending process, zmc -m 3",
        )
        newpid = 41800 + cycles * 97 + r.randint(0, 40)
        t = P(
            "zmdc.log",
            "zmdc",
            zmdc,
            t + sec(0.002),
            "INF",
            "ZMServer:410",
            "'%s' starting at %s, pid = %s",
            f"'zmc -m 3' starting at {perl_ts(t)}, pid = {newpid}",
        )
        P(
            "zmdc.log",
            "zmdc",
            newpid,
            t + sec(0.003),
            "INF",
            "ZMServer:410",
            "'%s' started at %s",
            f"'zmc -m 3' started at {perl_ts(t)}",
        )
        pid_from[3].append((t, newpid))
        ts = C(
            m,
            t + sec(0.35),
            "INF",
            "zmc.cpp/226",
            "Starting Capture version %s",
            "Starting Capture version 1.36.33",
        )
        start = ts
        while True:
            tt = ts + sec(10.02 + r.uniform(0, 0.3))
            if tt >= wifi[1]:
                back = True
                break
            tries[0] += 1
            ts = C(
                m,
                tt,
                "ERR",
                "zm_ffmpeg_camera.cpp/354",
                "Unable to open input %s due to: %s",
                f"Unable to open input {ZM_MONITORS[3][4]} due to: Connection timed out",
            )
            if tries[0] % 60:
                ts = C(
                    m,
                    ts + sec(0.0003),
                    "ERR",
                    "zmc.cpp/253",
                    "Failed to prime capture of initial monitor",
                    "Failed to prime capture of initial monitor",
                )
            ts += sec(1)
            if (ts - start).total_seconds() > 46:
                break
        if back:
            break
        # zmwatch finds no image since start-up
        now = ts + sec(r.uniform(0.5, 4))
        tw = P(
            "zmwatch.log",
            "zmwatch",
            1301,
            now,
            "WAR",
            "main:95",
            "Restarting capture daemon for %s %s, no image since startup. Startup time was %s - now %s > %s",
            f"Restarting capture daemon for 3 {name}, no image since startup. Startup time was {int(start.timestamp())} - now {int(now.timestamp())} > 45",
        )
        tw = P(
            "zmdc.log",
            "zmdc",
            zmdc,
            tw + sec(0.05),
            "INF",
            "ZMServer:410",
            "'%s' sending stop to pid %s at %s",
            f"'zmc -m 3' sending stop to pid {newpid} at {perl_ts(tw)}",
        )
        tw = P(
            "zmdc.log",
            "zmdc",
            zmdc,
            tw + sec(r.uniform(0.3, 1.2)),
            "INF",
            "ZMServer:627",
            "'%s' exited normally",
            "'zmc -m 3' exited normally",
        )
        t = tw + sec(delay + r.uniform(0.1, 0.9))
        delay = min(delay * 2, 600)
        cycles += 1
    offline[3].append((wifi[0] + sec(10), max(wifi[1], t) + sec(3)))

    # --- capture reports, events per monitor
    for m, (name, fps, interval, per_hour, _url) in ZM_MONITORS.items():
        period = interval / fps
        count = 1_312_000 + m * 87_000
        t = t0 + sec(r.uniform(0, period))
        while t < t_end:
            count += interval
            if not in_any(t, offline[m]):
                real = (
                    fps * r.uniform(0.985, 1.0) if r.random() < 0.9 else fps * r.uniform(0.8, 0.97)
                )
                bw = int(real * r.uniform(13500, 16500) * (1.4 if m in (1, 2) else 1.0))
                C(
                    m,
                    t,
                    "INF",
                    f"zm_monitor.cpp/{line['fps']}",
                    "%s: %d - Capturing at %.2lf fps, capturing bandwidth %ubytes/sec Analysing at %.2lf fps",
                    f"{name}: {count} - Capturing at {real:.2f} fps, capturing bandwidth {bw}bytes/sec Analysing at {real:.2f} fps",
                )
            t += sec(period * r.uniform(0.995, 1.02))
        # events
        rate = per_hour
        for te in poisson(r, t0, t_end, 3600 / rate):
            if in_any(te, offline[m]) or in_any(te + sec(120), offline[m]):
                continue
            if m == 2 and in_any(te, [windy]):
                continue
            img = int((te - t0).total_seconds() * fps) % 100000 + 1_400_000 + m * 90_000
            pre = r.choice([5, 10])
            cause = f"Motion:{r.choice(['All', 'Porch', 'Street']) if m == 1 else r.choice(['All', 'Drive'])}"
            ta = C(
                m,
                te,
                "INF",
                f"zm_monitor.cpp/{line['alarm']}",
                "%s: %03d - Gone into alarm state PreAlarmCount: %u > AlarmFrameCount:%u Cause:%s",
                f"{name}: {img:03d} - Gone into alarm state PreAlarmCount: {pre} > AlarmFrameCount:{r.choice([1, 2])} Cause:{cause}",
                True,
            )
            event_id[0] += 1
            eid = event_id[0]
            ta = C(
                m,
                ta + sec(0.0004),
                "INF",
                f"zm_monitor.cpp/{line['open']}",
                "%s: %03d - Opening new event %lu, alarm start",
                f"{name}: {img + 1:03d} - Opening new event {eid}, alarm start",
                True,
            )
            dur = r.uniform(4, 40)
            frames = int(dur * fps)
            ta = C(
                m,
                ta + sec(dur),
                "INF",
                f"zm_monitor.cpp/{line['alert']}",
                "%s: %03d - Gone into alert state",
                f"{name}: {img + frames:03d} - Gone into alert state",
                True,
            )
            if r.random() < 0.15:
                ta = C(
                    m,
                    ta + sec(r.uniform(0.5, 3)),
                    "INF",
                    f"zm_monitor.cpp/{line['alerted']}",
                    "%s: %03d - Alarmed frame while in alert state. Consecutive alarmed frames left to return to alarm state: %03d",
                    f"{name}: {img + frames + 20:03d} - Alarmed frame while in alert state. Consecutive alarmed frames left to return to alarm state: 000",
                    True,
                )
                ta = C(
                    m,
                    ta + sec(0.0002),
                    "INF",
                    f"zm_monitor.cpp/{line['back']}",
                    "%s: %03d - Gone back into alarm state",
                    f"{name}: {img + frames + 20:03d} - Gone back into alarm state",
                    True,
                )
                extra = r.uniform(3, 15)
                frames += int(extra * fps) + 20
                ta = C(
                    m,
                    ta + sec(extra),
                    "INF",
                    f"zm_monitor.cpp/{line['alert']}",
                    "%s: %03d - Gone into alert state",
                    f"{name}: {img + frames:03d} - Gone into alert state",
                    True,
                )
            post = 5 * fps
            ta = C(
                m,
                ta + sec(5.07),
                "INF",
                f"zm_monitor.cpp/{line['left']}",
                "%s: %03d - Left alarm state (%lu) - %d(%d) images",
                f"{name}: {img + frames + post:03d} - Left alarm state ({eid}) - {frames + post + pre}({int(frames * r.uniform(0.3, 0.9))}) images",
                True,
            )
            C(
                m,
                ta + sec(0.0003),
                "INF",
                f"zm_monitor.cpp/{line['close']}",
                "%s: %03d - Closing event %lu, alarm end",
                f"{name}: {img + frames + post:03d} - Closing event {eid}, alarm end",
                True,
            )
    # --- the windy spell: Driveway alarming for 35 minutes, cut every 600 s
    m, name = 2, "Driveway"
    te = windy[0] + sec(12.3)
    img = 1_700_311
    ta = C(
        m,
        te,
        "INF",
        f"zm_monitor.cpp/{line['alarm']}",
        "%s: %03d - Gone into alarm state PreAlarmCount: %u > AlarmFrameCount:%u Cause:%s",
        f"{name}: {img:03d} - Gone into alarm state PreAlarmCount: 10 > AlarmFrameCount:1 Cause:Motion:All",
        True,
    )
    event_id[0] += 1
    eid = event_id[0]
    ta = C(
        m,
        ta + sec(0.0004),
        "INF",
        f"zm_monitor.cpp/{line['open']}",
        "%s: %03d - Opening new event %lu, alarm start",
        f"{name}: {img + 1:03d} - Opening new event {eid}, alarm start",
        True,
    )
    start = ta
    while ta + sec(600) < windy[1]:
        ta += sec(600.05)
        img += 9000
        C(
            m,
            ta,
            "WAR",
            f"zm_monitor.cpp/{line['section']}",
            "%s: %03d - event %lu, has exceeded desired section length. %ld - %ld = %ld >= %ld",
            f"{name}: {img:03d} - event {eid}, has exceeded desired section length. {int(ta.timestamp())} - {int(start.timestamp())} = 600 >= 600",
            True,
        )
        event_id[0] += 1
        eid = event_id[0]
        start = ta
    ta = windy[1]
    img += int((windy[1] - start).total_seconds() * 15)
    ta = C(
        m,
        ta,
        "INF",
        f"zm_monitor.cpp/{line['alert']}",
        "%s: %03d - Gone into alert state",
        f"{name}: {img:03d} - Gone into alert state",
        True,
    )
    ta = C(
        m,
        ta + sec(5.07),
        "INF",
        f"zm_monitor.cpp/{line['left']}",
        "%s: %03d - Left alarm state (%lu) - %d(%d) images",
        f"{name}: {img + 75:03d} - Left alarm state ({eid}) - {img + 75 - 1_700_311}({int((img - 1_700_311) * 0.7)}) images",
        True,
    )
    C(
        m,
        ta + sec(0.0003),
        "INF",
        f"zm_monitor.cpp/{line['close']}",
        "%s: %03d - Closing event %lu, alarm end",
        f"{name}: {img + 75:03d} - Closing event {eid}, alarm end",
        True,
    )

    # --- the PurgeWhenFull filter: the disk at 95%
    t = disk
    victim = 44_902
    for run in range(5):
        n = 100 if run < 4 else 37
        tt = t
        for _ in range(n):
            victim += r.choice([1, 1, 1, 2])
            mon = r.choice([1, 2, 2, 2, 3, 4])
            tt = P(
                "zmfilter_1.log",
                "zmfilter_1",
                1354,
                tt + sec(r.uniform(0.05, 0.6)),
                "INF",
                "main:1112",
                "Deleting event %s from Monitor %s",
                f"Deleting event {victim} from Monitor {mon}",
            )
        t = tt + sec(60 + r.uniform(0, 2))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- motioneye

ME_PY = "/usr/local/lib/python3.11/dist-packages/motioneye"


def me_mail_traceback() -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{ME_PY}/sendmail.py", line 250, in on_message',
        "    send_mail(",
        f'  File "{ME_PY}/sendmail.py", line 93, in send_mail',
        "    conn = smtplib.SMTP(server, port, timeout=settings.SMTP_TIMEOUT)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/smtplib.py", line 255, in __init__',
        "    (code, msg) = self.connect(host, port)",
        "                  ^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/smtplib.py", line 341, in connect',
        "    self.sock = self._get_socket(host, port, self.timeout)",
        "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/smtplib.py", line 312, in _get_socket',
        "    return socket.create_connection((host, port), timeout,",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/lib/python3.11/socket.py", line 851, in create_connection',
        "    raise exceptions[0]",
        '  File "/usr/lib/python3.11/socket.py", line 836, in create_connection',
        "    sock.connect(sa)",
        "TimeoutError: timed out",
    ]


def motioneye(r: random.Random) -> list[Log]:
    """motionEye 0.43 on a Raspberry Pi (`meyectl startserver -b`: motioneye.log) driving motion
    4.5.1 (motion.log, rewritten at every start of motion), three cameras, e-mail on the Front
    Door camera's events, a webhook to Home Assistant on every event, 06:00 to 12:00: the admin
    password changed at 07:40 with Home Assistant's generic cameras keeping the old signature until
    09:12 (403 every few seconds), the Backyard camera's stream stalling 08:05-08:34, motionEye
    upgraded and restarted at 09:30, motion crashing at 10:20 (restarted by the checker: motion.log
    from then on), Home Assistant down 10:58-11:08 (the webhook refused), the SMTP relay timing
    out 11:05-11:40, the Backyard camera's Wi-Fi dropping twice after 11:00."""
    fs = Files()
    F = "motioneye.log"
    server = ["meye-1"]
    n_proc = [0]

    def M(
        t: datetime,
        cmd: str,
        level: str,
        label: str,
        msg: str,
        proc: object,
        extra: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}: [{cmd}] {level:>8}: {msg}", *(extra or [])],
            proc,
            1_000_000,
        )

    def S(
        t: datetime, level: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        return M(t, "motioneye", level, label, msg, server[0], extra)

    def ML(t: datetime, thread: str, lvl: str, typ: str, fn: str, label: str, msg: str) -> datetime:
        return fs.add(
            "motion.log",
            t,
            label,
            lambda x: [f"[{thread}] [{lvl}] [{typ}] {fn}: {msg}"],
            ("motion", thread),
            1000,
        )

    t0, t_end = at(6, 0), at(12, 0)
    stale = (at(7, 40, 31), at(9, 12, 7))
    stall = (at(8, 5, 12), at(8, 34, 40))
    upgrade = at(9, 30, 2)
    crash = at(10, 20, 44)
    ha_down = (at(10, 58, 30), at(11, 8, 10))
    smtp_bad = (at(11, 5), at(11, 40))
    flaps = [(at(11, 12, 20), at(11, 13, 55)), (at(11, 31, 4), at(11, 36, 30))]
    restart_gap = (upgrade, upgrade + sec(9))

    # --- the upgrade restart
    t = S(
        upgrade,
        "INFO",
        "interrupt signal received, shutting down...",
        "interrupt signal received, shutting down...",
    )
    t = S(t + sec(0.1), "INFO", "server stopped", "server stopped")
    t = S(t, "INFO", "tasks stopped", "tasks stopped")
    t = S(t, "INFO", "cleanup stopped", "cleanup stopped")
    t = S(t + sec(0.5), "INFO", "motion stopped", "motion stopped")
    t = S(t, "INFO", "bye!", "bye!")
    server[0] = "meye-2"
    t = S(
        upgrade + sec(6.2),
        "INFO",
        "hello! this is motionEye server %s",
        "hello! this is motionEye server 0.43.1",
    )
    for msg in [
        "cleanup started",
        "wsswitch started",
        "tasks started",
        "mjpg client garbage collector started",
        "server started",
    ]:
        t = S(t + sec(0.2), "INFO", msg, msg)
    server[0] = "meye-1"

    def srv(t: datetime) -> None:
        server[0] = "meye-1" if t < upgrade else "meye-2"

    # --- Home Assistant's generic cameras with the old signature
    sig = {1: hexid(r, 40), 2: hexid(r, 40)}
    for cam in (1, 2):
        t = stale[0] + sec(r.uniform(0, 3))
        while t < stale[1]:
            srv(t)
            if not in_any(t, [restart_gap]):
                # Labelled by method, route and status, as the set's tornado lines are (round
                # 115's rule: the camera's id and a query's values are variables).
                S(
                    t,
                    "WARNING",
                    "403 GET /picture/<*>/current/?_username=<*>&_signature=<*> (%s) %.2fms",
                    f"403 GET /picture/{cam}/current/?_username=admin&_signature={sig[cam]} (10.0.1.20) {r.uniform(0.9, 3.4):.2f}ms",
                )
            t += sec(r.uniform(5.0, 7.0))

    # --- the Backyard stream stalling
    t = stall[0]
    while t < stall[1]:
        S(
            t,
            "ERROR",
            "mjpg client timed out receiving data for camera %(camera_id)s on port %(port)s",
            "mjpg client timed out receiving data for camera 3 on port 8083",
        )
        t += sec(10 + r.uniform(0.0, 0.9))

    # --- motion crashing at 10:20; the checker starts it again, motion.log rewritten
    S(
        crash + sec(7.3),
        "ERROR",
        "motion not running, starting it",
        "motion not running, starting it",
    )
    tm = crash + sec(7.5)
    tm = ML(
        tm,
        "0:motion",
        "NTC",
        "ALL",
        "conf_load",
        "Processing thread 0 - config file %s",
        "Processing thread 0 - config file /etc/motioneye/motion.conf",
    )
    for c in (1, 2, 3):
        tm = ML(
            tm + sec(0.002),
            "0:motion",
            "NTC",
            "ALL",
            "config_camera",
            "Processing camera config file %s",
            f"Processing camera config file camera-{c}.conf",
        )
    tm = ML(
        tm + sec(0.001),
        "0:motion",
        "NTC",
        "ALL",
        "motion_startup",
        "Logging to syslog",
        "Logging to syslog",
    )
    tm = ML(
        tm + sec(0.001),
        "0:motion",
        "NTC",
        "ALL",
        "motion_startup",
        "Motion %s Started",
        "Motion 4.5.1 Started",
    )
    tm = ML(
        tm + sec(0.001),
        "0:motion",
        "NTC",
        "ALL",
        "motion_startup",
        "Using default log type (%s)",
        "Using default log type (ALL)",
    )
    ML(
        tm + sec(0.001),
        "0:motion",
        "NTC",
        "ALL",
        "motion_startup",
        "Using log type (%s) log level (%s)",
        "Using log type (ALL) log level (WRN)",
    )
    for a, b in flaps:
        ML(
            a + sec(r.uniform(0, 1)),
            "3:nc3:Backyard",
            "ERR",
            "NET",
            "netcam_handler_reconnect",
            "%s: Reconnecting with camera....",
            "Norm: Reconnecting with camera....",
        )
        ML(
            a + sec(30 + r.uniform(0, 1)),
            "3:ml3:Backyard",
            "ERR",
            "ALL",
            "mlp_capture",
            "Video signal lost - Adding grey image",
            "Video signal lost - Adding grey image",
        )
        ML(
            b + sec(r.uniform(0, 1)),
            "3:ml3:Backyard",
            "ERR",
            "ALL",
            "mlp_capture",
            "Video signal re-acquired",
            "Video signal re-acquired",
        )
        S(
            a + sec(12 + r.uniform(0, 1)),
            "ERROR",
            "mjpg client timed out receiving data for camera %(camera_id)s on port %(port)s",
            "mjpg client timed out receiving data for camera 3 on port 8083",
        )

    # --- motion events: e-mail for the Front Door, the webhook for all three
    for cam, mean in [(1, 420), (2, 700), (3, 1100)]:
        for t in poisson(r, t0, t_end, mean):
            if in_any(t, [restart_gap, (crash, crash + sec(9))]):
                continue
            if cam == 3 and in_any(t, [stall, *flaps]):
                continue
            n_proc[0] += 1
            wh = ("webhook", n_proc[0])
            if in_any(t, [ha_down]):
                M(
                    t + sec(r.uniform(0.3, 0.9)),
                    "webhook",
                    "ERROR",
                    "failed to call webhook: <urlopen error [Errno %d] Connection refused>",
                    "failed to call webhook: <urlopen error [Errno 111] Connection refused>",
                    wh,
                )
            if cam != 1:
                continue
            n_proc[0] += 1
            sm = ("sendmail", n_proc[0])
            ts = t + sec(5 + r.uniform(0.2, 0.8))
            ts = M(ts, "sendmail", "INFO", "sending email", "sending email", sm)
            if in_any(ts, [smtp_bad]):
                M(
                    ts + sec(60 + r.uniform(0, 0.5)),
                    "sendmail",
                    "ERROR",
                    "failed to send mail: timed out",
                    "failed to send mail: timed out",
                    sm,
                    me_mail_traceback(),
                )
            else:
                M(ts + sec(r.uniform(1, 4)), "sendmail", "INFO", "email sent", "email sent", sm)
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ deconz

DZ_WEATHER = [
    "0x00158D0004A1B2C3",
    "0x00158D0004A1C7E0",
    "0x00158D0005D21F48",
    "0x00158D000633A90B",
]
DZ_MOTION = ["0x0017880103A4B5C6", "0x001788010B2F7D19"]
DZ_BULBS = [
    "0x0017880102D1E2F3",
    "0x0017880102D1E5A7",
    "0x0017880102D20C11",
    "0x00178801089A1B2C",
    "0x00178801089A3D4E",
    "0x0017880109C4F102",
]
DZ_DOORS = ["0x00158D0003F1A2B3", "0x00158D00045C6D7E"]
DZ_PLUGS = ["0x000D6FFFFE4B1C2D", "0x000D6FFFFE4B8E9F"]
DZ_RELAY = "0x0015BC001A0B1C2D"


def dz_ts(t: datetime) -> str:
    return f"{t:%H:%M:%S}:{t.microsecond // 1000:03d}"


def deconz(r: random.Random) -> list[Log]:
    """deCONZ 2.26.3 with a ConBee II in Docker (deconzcommunity/deconz, DEBUG_INFO=1: `docker
    logs deconz`), 23 Zigbee devices, Home Assistant and the Phoscon app on the web socket, 06:00 to
    12:00: a Develco relay without a button map reporting its electrical measurement every minute
    all day, three Hue bulbs switched off at the wall 07:28-08:58 (deCONZ's polls unanswered), the
    internet lost 08:40-09:06 (the Phoscon announce failing), Home Assistant restarted at 10:31,
    the container updated and restarted at 11:10."""
    fs = Files()
    F = "deconz.log"
    proc = ["deconz-1"]

    def D(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{dz_ts(x)} {msg}"], proc[0], 1000)

    def E(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [msg], "entrypoint", 1000)

    def report(t: datetime, dev: str, cl: int, ep: int, fc: int = 0x18, mf: int = 0) -> datetime:
        return D(
            t,
            "ZCL attribute report 0x%016llX for cluster: 0x%04X, ep: 0x%02X, frame control: 0x%02X, mfcode: 0x%04X",
            f"ZCL attribute report {dev} for cluster: 0x{cl:04X}, ep: 0x{ep:02X}, frame control: 0x{fc:02X}, mfcode: 0x{mf:04X} ",
        )

    t0, t_end = at(6, 0), at(12, 0)
    wall_off = (at(7, 28, 40), at(8, 58, 12))
    net_down = (at(8, 40, 3), at(9, 6, 20))
    restart = at(11, 10, 2)
    gap = (restart - sec(0.5), restart + sec(32))

    def P(t: datetime) -> bool:
        proc[0] = "deconz-1" if t < restart else "deconz-2"
        return not in_any(t, [gap])

    # --- the container restarted
    ts = restart + sec(3.1)
    for msg in [
        "[deconzcommunity/deconz] Starting deCONZ...",
        "[deconzcommunity/deconz] Current deCONZ version: 2.26.3",
        "[deconzcommunity/deconz] Web UI port: 80",
        "[deconzcommunity/deconz] Websockets port: 443",
        "[deconzcommunity/deconz] Using options --auto-connect=1 --appdata=/opt/deCONZ --dbg-info=1 --dbg-aps=0 --dbg-zcl=0 --dbg-ddf=0 --dbg-dev=0 --dbg-zdp=0 --dbg-ota=0 --dbg-error=0 --dbg-http=0 --http-port=80 --ws-port=443",
        "[deconzcommunity/deconz] Modifying user and group ID",
        "[deconzcommunity/deconz] Checking device group ID",
    ]:
        label = msg.split(": ")[0] + ": %s" if ": " in msg else msg
        if msg.startswith("[deconzcommunity/deconz] Using options"):
            label = "[deconzcommunity/deconz] Using options %s"
        ts = E(ts + sec(0.01), label, msg)
    ts = E(
        ts + sec(1.4),
        "libpng warning: iCCP: known incorrect sRGB profile",
        "libpng warning: iCCP: known incorrect sRGB profile",
    )
    proc[0] = "deconz-2"
    ts = D(
        ts + sec(0.3),
        "HTTP Server listen on address %s, port: %u, root: %s",
        "HTTP Server listen on address 0.0.0.0, port: 80, root: /usr/share/deCONZ/webapp/",
    )
    ts = D(
        ts + sec(0.023),
        "Started websocket server on %s, port: %u",
        "Started websocket server on 0.0.0.0, port: 443",
    )
    ts = D(
        ts + sec(0.053),
        "found node plugin: %s - %s",
        "found node plugin: libde_rest_plugin.so - REST API Plugin",
    )
    ts = D(
        ts + sec(0.012),
        "found node plugin: %s - %s",
        "found node plugin: libstd_otau_plugin.so - STD OTAU Plugin",
    )
    ts = D(
        ts + sec(0.071),
        "COM: %s / serialno: %s, %s",
        "COM: /dev/ttyACM0 / serialno: DE2473311, ConBee II",
    )
    ts = D(
        ts + sec(0.123),
        "Device firmware version 0x%08X %s",
        "Device firmware version 0x26780700 ConBee II",
    )
    ts = D(ts + sec(0.047), "Current channel %d", "Current channel 15")
    ts = D(ts + sec(0.49), "Device TTL %d s flags: 0x%X", "Device TTL 3891 s flags: 0x7")
    ts = D(
        ts + sec(1.4),
        "New websocket %s:%u (state: %d)",
        "New websocket 10.0.1.20:40658 (state: 3) ",
    )
    D(
        ts + sec(10.8),
        "Announced to internet %s",
        "Announced to internet https://phoscon.de/discover",
    )
    proc[0] = "deconz-1"

    # --- the Phoscon announce every 15 minutes
    t = at(6, 3, 41.2)
    while t < t_end:
        if P(t) and not in_any(t, [(restart, restart + sec(60))]):
            if in_any(t, [net_down]):
                D(
                    t,
                    "discovery network reply error: %s",
                    "discovery network reply error: Host phoscon.de not found",
                )
            else:
                D(
                    t,
                    "Announced to internet %s",
                    "Announced to internet https://phoscon.de/discover",
                )
        t += sec(900 + r.uniform(0, 0.05))
    for h in (7, 8, 9, 10):
        t = at(h, 10, 2) + sec(r.uniform(0, 1))
        if P(t):
            D(t, "Device TTL %d s flags: 0x%X", f"Device TTL {r.randint(2000, 3600)} s flags: 0x7")

    # --- the relay without a button map, every minute
    t = t0 + sec(r.uniform(0, 60))
    while t < t_end:
        if P(t):
            tt = D(
                t,
                "no button map for: %s ep: 0x%02X cl: 0x%04X cmd: 0x%02X pl[0]: 0%02X",
                f"no button map for: SMRZB-332 ep: 0x02 cl: 0x0B04 cmd: 0x0A pl[0]: 0{r.choice([5, 5, 5, 8, 11]):02X}",
            )
            report(tt, DZ_RELAY, 0x0B04, 0x02)
        t += sec(60 + r.uniform(-0.3, 0.3))

    # --- Aqara weather sensors: temperature, humidity, pressure together; the hourly heartbeat
    for dev in DZ_WEATHER:
        for t in poisson(r, t0, t_end, 480):
            if not P(t):
                continue
            t1 = report(t, dev, 0x0402, 0x01)
            t1 = report(t1 + sec(r.uniform(0.06, 0.09)), dev, 0x0405, 0x01)
            report(t1 + sec(r.uniform(0.06, 0.09)), dev, 0x0403, 0x01)
        t = t0 + sec(r.uniform(0, 3000))
        while t < t_end:
            if P(t):
                report(t, dev, 0x0000, 0x01, 0x1C, 0x115F)
            t += sec(3000 + r.uniform(0, 600))

    # --- Hue motion sensors: occupancy, light level, temperature
    for dev in DZ_MOTION:
        for t in poisson(r, t0, t_end, 280):
            if P(t):
                report(t, dev, 0x0406, 0x02)
        for t in poisson(r, t0, t_end, 300):
            if P(t):
                report(t, dev, 0x0400, 0x02)
        t = t0 + sec(r.uniform(0, 300))
        while t < t_end:
            if P(t):
                report(t, dev, 0x0402, 0x02)
            t += sec(300 + r.uniform(-3, 3))

    # --- doors, plugs, bulbs
    for dev in DZ_DOORS:
        for t in poisson(r, t0, t_end, 900):
            if P(t):
                report(t, dev, 0x0006, 0x01)
                t2 = t + sec(r.uniform(5, 120))
                if P(t2):
                    report(t2, dev, 0x0006, 0x01)
    for dev in DZ_PLUGS:
        for t in poisson(r, t0, t_end, 2400):
            if P(t):
                report(t, dev, 0x0006, 0x01)
    for t in poisson(r, t0, t_end, 240):
        if not P(t):
            continue
        dev = r.choice(DZ_BULBS)
        if dev in DZ_BULBS[:3] and in_any(t, [wall_off]):
            continue
        t1 = report(t, dev, 0x0006, 0x0B, 0x08)
        if r.random() < 0.6:
            report(t1 + sec(r.uniform(0.2, 1.2)), dev, 0x0008, 0x0B, 0x08)

    # --- three bulbs off at the wall: the polls go unanswered
    for dev in DZ_BULBS[:3]:
        t = wall_off[0] + sec(r.uniform(20, 60))
        while t < wall_off[1]:
            if P(t):
                code = r.choice([0xE9, 0xE9, 0xD0, 0xA7])
                D(
                    t,
                    "0x%016llX error APSDE-DATA.confirm: 0x%02X on task",
                    f"{dev} error APSDE-DATA.confirm: 0x{code:02X} on task",
                )
            t += sec(r.uniform(40, 75))

    # --- web socket clients: Home Assistant restarted, the Phoscon app opened now and then
    ha_port = 51544
    D(
        at(10, 31, 14.2),
        "Websocket disconnected %s:%u, state: %d, close-code: %d, reason: %s",
        f"Websocket disconnected 10.0.1.20:{ha_port}, state: 0, close-code: 1001, reason: ",
    )
    D(
        at(10, 32, 51.7),
        "New websocket %s:%u (state: %d)",
        "New websocket 10.0.1.20:40122 (state: 3) ",
    )
    for t in poisson(r, t0, t_end, 2700):
        if not P(t):
            continue
        port = r.randint(49152, 65000)
        t1 = D(t, "New websocket %s:%u (state: %d)", f"New websocket 10.0.1.37:{port} (state: 3) ")
        t2 = t1 + sec(r.uniform(20, 400))
        if P(t2):
            D(
                t2,
                "Websocket disconnected %s:%u, state: %d, close-code: %d, reason: %s",
                f"Websocket disconnected 10.0.1.37:{port}, state: 0, close-code: {r.choice([1000, 1001, 1006])}, reason: ",
            )
    return fs.logs(t0)


SYSTEMS = {
    "homebridge": homebridge,
    "zwave-js-ui": zwave_js_ui,
    "zoneminder": zoneminder,
    "motioneye": motioneye,
    "deconz": deconz,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
