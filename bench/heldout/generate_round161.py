#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 161 (evcc, iobroker, fhem, scrypted, rhasspy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five home-automation programs, 06:00 to 12:00 on
2024-06-07.

- evcc (`evcc.log`: `docker logs` of the container, evcc's jwalterweatherman notepads `[area  ]
  LEVEL 2024/06/07 06:00:17 message`, the area padded to six; `log: warn` with `levels: lp-1:
  debug`, `interval: 30s`): one loadpoint in PV mode, the car plugged in overnight. Every cycle's
  `charge power: %.0fW`, `charger status: %s` and, while connected, `pv charge current: %.3gA =
  %.3gA + %.3gA (%.0fW @ %dp)`; the enable and disable timers (`site power %.0fW <= %.0fW enable
  threshold`, `pv enable timer start: %v`, `... remaining: %v`, `... elapsed`, `projected site
  power %.0fW >= %.0fW disable threshold`, `pv disable timer ...`, `pv timer reset`), `set charge
  current limit: %.3gA`, `charger enable` / `charger disable`, `start charging ->`, `stop charging
  <-`, `vehicle soc: %.0f%%`. Charging starts at 07:40 on the morning's surplus; a toaster and
  the washing machine's heating start the disable timer, the second stopping the charge
  08:07-08:28; the wallbox's Modbus TCP gateway is unreachable 08:50-09:05 (`charge power: dial
  tcp %s: i/o timeout` and `charger status: ...` at ERROR every cycle) and the wallbox comes back
  rebooted (`charger out of sync: expected enabled, got disabled`); clouds 09:38-10:04 stop and
  restart the charge; a bad edit of evcc.yaml at 10:12 (the FATAL `cannot create meter '%s':
  cannot create meter type '%s': template not found: %s` and `will attempt restart in: %v`), a good
  start at 10:15 (the loadpoint's config dump, `car connected`, `start charging ->` under a
  charging car); the car unplugged at 11:40.
- ioBroker js-controller 5.0 (`iobroker.2024-06-07.log`: its daily file, winston's `2024-06-07
  06:00:01.123  - info: host.iobroker message` for the host and `- warn: javascript.0 (1042)
  message` for an adapter): the javascript adapter's `State value to set for "%s" has to be type
  "%s" but received type "%s" ` (a meter script, every 30 s), `Read-only state "%s" has been
  written without ack-flag with value "%s"` (every minute) and two scripts' own lines (`Überschuss:
  %s W, Batterie: %s %` each minute, `Heizung %s: Ist %s °C, Soll %s °C, Ventil %s %` for four
  rooms every five minutes); five Tasmota plugs dropping off the MQTT server adapter (`Client [%s]
  connection closed: %s`, `Client [%s] connected with secret %s`); the schedule adapters ical
  (every 15 minutes) and daswetter (every 30) started by the host (`instance %s started with pid
  %d`, `starting. Version %s in %s, node: %s, js-controller: %s`, `Terminated (%s): Without
  reason`, `instance %s terminated with code %d (%s)`); the tuya adapter crashing three times from
  07:12 (`uncaught exception: %s`, the TypeError with its stack, the host's `Caught by
  controller[%d]: %s` for Node's deprecation warning on stderr, `Restart adapter %s because
  enabled`, then `Do not restart adapter %s because restart loop detected`) and upgraded from the
  admin at 07:52 (`iobroker upgrade tuya@3.16.0 --debug`, `iobroker Update %s from @%s to @%s`,
  `iobroker NPM version: %s`, `iobroker Installing %s... (System call)`, `iobroker exit %d`);
  InfluxDB unreachable 09:00-09:20 (`Error on writeSeries: %s`, `Host not available, move all
  points back in the Buffer`).
- FHEM 6.3 (`fhem-2024-06.log`: its monthly logfile with `attr global mseclog 1`, `2024.06.07
  06:00:31.153 1: message`, the number the call's verbosity; `attr global stacktrace 1`): a notify
  on the OBIS meter's power events calling `pvUeberschuss()` in 99_myUtils.pm while the inverter
  sleeps (`PERL WARNING: Use of uninitialized value %s in %s at %s line %d.`, then `Argument "%s"
  isn't numeric in ...` as it wakes with "-" values, each with `eval: %s` (the evalSpecials in
  hash order before the command) and `stacktrace:` and eight `    %-35s called by %s (%s)` frames,
  every minute until 07:52); a neighbour's two TX3 sensors all day (`CUL_TX Unknown device %s,
  please define it`), the CUL's unclaimed messages (`%s: Unknown code %s, help me!`, `%s: Unknown
  %s device detected, define one to get detailed information.`), `CUL_HM set %s %s` for the heating
  schedule and window contacts, the HMLAN's load conditions and its reboot 08:20-08:27 (`%s
  disconnected, waiting to reappear (%s)`, `%s reappeared (%s)`, `HMLAN_Parse: %s new condition
  %s`), the NAS with MariaDB rebooting 09:00-09:12 (DbLog's DBI connect error every 30 s and
  `Perfmon: possible freeze starting at %s, delay is %s`), an `at` calling a function renamed in
  99_myUtils.pm (`ERROR evaluating %s: Undefined subroutine &main::%s called at (eval %d) line
  %d.`, the blank line $@'s newline leaves), `update` and `shutdown restart` at 10:05 (`Server
  shutdown`, `Including %s`, `%s: port %d opened`, `Opening %s device %s`, `Setting %s serial
  parameters to %s`, `%s device opened`, `Featurelevel: %s`, `Server started with %d defined
  entities (%s perl:%s os:%s user:%s pid:%d)`).
- Scrypted (`scrypted.log`: `docker logs -t` of the container, Docker's RFC 3339 nanosecond time
  before each line, and the plugin's name before each line its console writes, stack frames and
  object dumps included: `[Rebroadcast Plugin]:     at ...`): four cameras with the Rebroadcast,
  WebRTC and Video Analysis plugins. Motion pulling a camera's substream on demand (`%s prebuffer
  session started`, `%s active rebroadcast clients: %s`, `%s terminating rebroadcast due to
  inactivity`, `%s prebuffer session ended`) and the detections (`new detection: %s`, `current
  detections: %s`, `expired detection: %s`); WebRTC viewing sessions (`signalingState %s`,
  `iceGatheringState %s`, `waiting ice connected`, `iceConnectionState %s`, `connectionState %s`,
  `Connection is local network: %s %s %s` with the address object over five more lines, `done
  waiting ice connected`); the Garage camera's WiFi dropping 07:50-08:02 (`%s prebuffer session
  ended with error Error: rtsp socket closed`, then `... Error: connect EHOSTUNREACH %s` every
  eight seconds with their stacks, `%s restarting prebuffer session in 5 seconds`, `%s prebuffer
  session starting`); the Rebroadcast plugin updated and reloaded at 10:20 (`prebuffer sessions
  releasing if started`, `%s prebuffer session released`, the server's `%s: loading %s`, `%s: pid
  %s`, `%s: loaded %s`, `prebuffer sessions starting in 5 seconds`, `stream %s is not enabled and
  will be rebroadcast on demand.`, `No audio stream detected.`).
- Rhasspy 2.5 (`base.log`: `docker logs` of the base, its services under supervisord at DEBUG,
  Python's `[%(levelname)s:%(asctime)s] %(name)s: %(message)s`, and supervisord's own lines;
  `kitchen.log`, `livingroom.log`: two satellites' wake word, microphone and speakers): 37 voice
  sessions through the Hermes messages (every client's `-> %s` and `Publishing %s bytes(s) to %s`
  for a message it publishes, `<- %s` for one it receives, the message's dataclass repr the value;
  `-> %s(%s byte(s))` / `<- %s(%s byte(s))` for audio), the dialogue manager's `Starting new
  session (id=%s)`, `Listening for session %s`, `Received text: %s`, `Recognized %s`, Kaldi's
  `Creating new transcriber session %s`, `Starting listening (session_id=%s)`, `Receiving audio`,
  `Transcription result: %s`, `Stopping listening (session_id=%s)`, the wake word's `Disabled` /
  `Enabled`, Home Assistant's URL; each session ending in `Session timed out: %s` 30 s later (the
  dialogue manager waits for an endSession the intent handler never sends), four false wakes by
  the television ending in `No intent recognized (session_id=%s)`; the MQTT broker restarted at
  08:30 (every client's `Disconnected. Trying to reconnect...`, `on_disconnect` with paho's
  ConnectionRefusedError traceback, `Connected to MQTT broker`, a `Subscribed to %s` per topic);
  Home Assistant restarting 10:00-10:09 (`handle_home_assistant_intent` with aiohttp's chained
  traceback, `handle_intent` with the AssertionError); the base's services restarted from the web
  UI at 10:40 (supervisord's `received SIGTERM indicating exit request`, `stopped: %s (terminated by
  SIGTERM)`, `spawned: '%s' with pid %d`, `success: %s entered RUNNING state, process has stayed up
  for > than %d seconds (startsecs)`).

Label notes. The log heads are context: evcc's area, level and time, winston's time and level,
ioBroker's `host.<name>` and `<adapter>.<n> (<pid>)`, the javascript adapter's `script.js.<name>:
` before a script's own line, FHEM's time and verbosity number, Docker's time and Scrypted's
`[<plugin>]: ` or `<plugin>: `, Python's bracketed level and time and the logger, supervisord's
time and level. A word picked by branch is wording (evcc's `charger enable` / `disable`, `pv
enable` / `disable`, ioBroker's `Without reason`); enum names (evcc's charger status, ioBroker's
exit code names, WebRTC's states) are variables. An error inside a message contributes its
format (`dial tcp %s: i/o timeout`, `template not found: %s`, Perl's warning texts, DBI's and
MySQL's, Node's and aiohttp's); an object's repr or toString is a value (Rhasspy's Hermes
messages, as round 20's cloud-init reprs). A message logged line by line is a label per line
(FHEM's stacktrace frames, one `Log 1` each, and ioBroker's `Caught by controller[%d]`, one per
stderr line); a message written as one string over several lines is one event (Node's error
stacks, the WebRTC address object, Python's tracebacks, FHEM's trailing blank line). A user's
script line is the script's template (`log(...)` in a JavaScript script); FHEM's `CUL_HM set %s
%s` logs the device and the set command's words (`desired-temp 21.5`) as values.

Least sure (written from the helper's knowledge; evcc's loadpoint, site and main lines, the
js-controller's instance, schedule and exit handling, adapter-core's start and terminate lines,
the influxdb adapter's, fhem.pl's warning handler, stacktrace, Dispatch and Log3, Scrypted's
prebuffer, plugin host and video analysis lines and the Rhasspy Hermes client, wake word,
dialogue manager, Kaldi and Home Assistant services were checked against copies of their
sources, some newer than the versions named): evcc's `vehicle soc: %.0f%%` (newer sources log
`%s soc`) and whether 2024's evcc logged the timers as here; ioBroker's `Caught by controller`
output for a crash caught by adapter-core, the upgrade lines, the trailing space of `State
value to set`; FHEM's `CUL_TX Unknown device %s, please define it` (module and level), the DbLog
wording, Perfmon's line, the frames' line numbers; Scrypted's stdout layout (per-line plugin
prefix as in users' pasted logs, the `docker logs -t` time), the WebRTC plugin's state lines,
the server's `loading` / `pid` / `loaded` lines and the Rebroadcast stream names; Rhasspy's
session end by timeout under Home Assistant intent handling, the topics each service subscribes
to, supervisord's stop lines.
"""

from __future__ import annotations

import math
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at
from generate_round156 import pyts, traceback


def go3g(v: float) -> str:
    """Go's %.3g (as Python's, with Go's exponent form: 1.23e+03)."""
    s = f"{v:.3g}"
    return "0" if s == "-0" else s


def go_dur(s: float) -> str:
    """Go's time.Duration.String() for whole seconds."""
    s = round(s)
    m, rest = divmod(s, 60)
    if m:
        return f"{m}m{rest}s"
    return f"{rest}s"


# ------------------------------------------------------------------------------------ evcc

EV_WALLBOX = "192.168.1.50:502"


def evcc(r: random.Random) -> list[Log]:
    """evcc on a Raspberry Pi (docker), one loadpoint in PV mode with the car plugged in
    overnight, 06:00 to 12:00: the surplus starts charging at 07:40, the washing machine's heating
    stops it 08:07-08:28, the wallbox's Modbus TCP gateway unreachable 08:50-09:05 (and the
    wallbox rebooted), clouds 09:38-10:04 stopping and restarting the charge, a bad edit of
    evcc.yaml at 10:12 (a FATAL start, then a good one at 10:15), the car unplugged at 11:40."""
    fs = Files()

    def E(t: datetime, area: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "evcc.log",
            t,
            label,
            lambda x: [f"[{area:<6}] {level} {x:%Y/%m/%d %H:%M:%S} {msg}"],
            "evcc",
            1_000_000,
        )

    def D(t: datetime, label: str, msg: str) -> datetime:
        return E(t, "lp-1", "DEBUG", label, msg)

    def house(t: datetime) -> float:
        w = 380 + 160 * math.sin((t - T0).total_seconds() / 1900) + r.uniform(-60, 60)
        if at(7, 5) <= t < at(7, 9) or at(7, 41) <= t < at(7, 44):
            w += 2050  # kettle, toaster
        if at(8, 4) <= t < at(8, 27):
            w += 2150  # washing machine heating
        elif at(8, 27) <= t < at(9, 20):
            w += 180
        if at(10, 47) <= t < at(11, 9):
            w += 1700  # oven
        return w

    def pv(t: datetime) -> float:
        h = (t - at(0, 0)).total_seconds() / 3600
        base = max(0.0, 9800 * math.sin(math.pi * (h - 5.3) / 15.2))
        if at(9, 38) <= t < at(10, 4):
            base *= 0.27 + 0.05 * r.random()
        return base * (0.95 + 0.05 * r.random())

    # state
    status = "B"  # car plugged in overnight
    enabled = False
    offered = 0.0
    pv_timer: datetime | None = None
    soc = 38.0
    soc_polled: datetime | None = None
    wallbox_reset = False
    restart_fatal = at(10, 12, 9)
    restart_ok = at(10, 15, 31)
    unplug = at(11, 40, 20)
    outage = (at(8, 50, 10), at(9, 5, 40))

    def startup_dump(t: datetime) -> datetime:
        t = E(t, "lp-1", "INFO", "loadpoint %d:", "loadpoint 1:")
        t = E(t, "lp-1", "INFO", "  mode:        %s", "  mode:        pv")
        t = E(
            t,
            "lp-1",
            "INFO",
            "  charger:     power %s energy %s currents %s phases %s wakeup %s",
            "  charger:     power ✓ energy ✓ currents ✗ phases ✗ wakeup ✗",
        )
        return E(t, "lp-1", "INFO", "  meters:      charge %s", "  meters:      charge ✓")

    # the FATAL start: evcc's web server stays up, the site never runs
    t = E(
        restart_fatal,
        "main",
        "FATAL",
        "cannot create meter '%s': cannot create meter type '%s': template not found: %s",
        "cannot create meter 'pv2': cannot create meter type 'template': template not found: sma-hybrd",
    )
    E(t, "main", "FATAL", "will attempt restart in: %v", "will attempt restart in: 5m0s")
    startup_dump(restart_ok + sec(0.4))

    first = False
    tc = at(5, 59, 47) + sec(0.2)
    while tc < T_END:
        if at(10, 12, 2) <= tc < restart_ok + sec(1):
            tc += sec(30)
            continue
        if restart_ok <= tc < restart_ok + sec(31) and not first and status == "C":
            # evcc started again under a charging car: Prepare reads the charger enabled
            # and sets the minimum current, then the first cycle sees status C anew
            E(
                restart_ok + sec(4.5),
                "lp-1",
                "DEBUG",
                "set charge current limit: %.3gA",
                "set charge current limit: 6A",
            )
            offered = 6.0
            first = True
            tc = restart_ok + sec(5.1)
        t = tc + sec(r.uniform(0.05, 0.4))
        if outage[0] <= tc < outage[1]:
            t = E(
                t + sec(r.uniform(2.5, 4.0)),
                "lp-1",
                "ERROR",
                "charge power: dial tcp %s: i/o timeout",
                f"charge power: dial tcp {EV_WALLBOX}: i/o timeout",
            )
            E(
                t + sec(r.uniform(2.5, 4.0)),
                "lp-1",
                "ERROR",
                "charger status: dial tcp %s: i/o timeout",
                f"charger status: dial tcp {EV_WALLBOX}: i/o timeout",
            )
            wallbox_reset = True
            tc += sec(30)
            continue
        if status == "A" or tc >= unplug:
            new_status = "A"
        elif wallbox_reset:
            new_status = "B"
        else:
            new_status = "C" if enabled else "B"
        charging = new_status == "C"
        power = offered * 230 * 3 * r.uniform(0.955, 0.985) if charging else 0.0
        if charging:
            soc += power * 30 / 3600 / 1000 / 77 * 100
        t = D(t, "charge power: %.0fW", f"charge power: {power:.0f}W")
        t = D(t, "charger status: %s", f"charger status: {new_status}")
        prev = status
        if first:
            prev = "none"
        events = []
        if prev in ("A", "none") and new_status != "A":
            events.append("connect")
        if new_status == "C" and prev != "C":
            events.append("start")
        if prev == "C" and new_status != "C":
            events.append("stop")
        if new_status == "A" and prev != "A":
            events.append("disconnect")
        for ev in events:
            if ev == "connect":
                t = E(t, "lp-1", "INFO", "car connected", "car connected")
            elif ev == "start":
                t = E(t, "lp-1", "INFO", "start charging ->", "start charging ->")
                soc_polled = None
            elif ev == "stop":
                t = E(t, "lp-1", "INFO", "stop charging <-", "stop charging <-")
                soc_polled = None
            else:
                t = E(t, "lp-1", "INFO", "car disconnected", "car disconnected")
        status = new_status
        first = False
        if status == "C" and (soc_polled is None or tc - soc_polled >= sec(3600)):
            soc_polled = tc
            t = D(t + sec(r.uniform(0.8, 2.5)), "vehicle soc: %.0f%%", f"vehicle soc: {soc:.0f}%")
        if wallbox_reset:
            # the wallbox came back from its reboot disabled, at its default current
            wallbox_reset = False
            t = E(
                t,
                "lp-1",
                "WARN",
                "charger out of sync: expected enabled, got disabled",
                "charger out of sync: expected enabled, got disabled",
            )
            t = D(t, "charger disable", "charger disable")
            enabled = False
            offered = 0.0
        if status == "A":
            if enabled:
                enabled = False
                offered = 0.0
                t = D(t, "charger disable", "charger disable")
            tc += sec(30)
            continue
        # pv mode
        grid = house(tc) + power - pv(tc)
        site = grid
        eff = offered if charging else 0.0
        delta = -site / 690
        target = max(eff + delta, 0.0)
        t = D(
            t,
            "pv charge current: %.3gA = %.3gA + %.3gA (%.0fW @ %dp)",
            f"pv charge current: {go3g(target)}A = {go3g(eff)}A + {go3g(delta)}A ({site:.0f}W @ 3p)",
        )
        want = offered
        if enabled and target < 6:
            if site >= 0:
                t = D(
                    t,
                    "projected site power %.0fW >= %.0fW disable threshold",
                    f"projected site power {site:.0f}W >= 0W disable threshold",
                )
                if pv_timer is None:
                    pv_timer = tc
                    t = D(t, "pv disable timer start: %v", "pv disable timer start: 3m0s")
                el = (tc - pv_timer).total_seconds()
                if el >= 180:
                    t = D(t, "pv disable timer elapsed", "pv disable timer elapsed")
                    t = D(t, "pv timer reset", "pv timer reset")
                    pv_timer = None
                    want = 0.0
                else:
                    if el > 1:
                        t = D(
                            t,
                            "pv disable timer remaining: %v",
                            f"pv disable timer remaining: {go_dur(180 - el)}",
                        )
                    want = 6.0
            else:
                want = 6.0
        elif not enabled:
            if target >= 6:
                t = D(
                    t,
                    "site power %.0fW <= %.0fW enable threshold",
                    f"site power {site:.0f}W <= 0W enable threshold",
                )
                if pv_timer is None:
                    pv_timer = tc
                    t = D(t, "pv enable timer start: %v", "pv enable timer start: 1m0s")
                el = (tc - pv_timer).total_seconds()
                if el >= 60:
                    t = D(t, "pv enable timer elapsed", "pv enable timer elapsed")
                    t = D(t, "pv timer reset", "pv timer reset")
                    pv_timer = None
                    want = 6.0
                else:
                    if el > 1:
                        t = D(
                            t,
                            "pv enable timer remaining: %v",
                            f"pv enable timer remaining: {go_dur(60 - el)}",
                        )
                    want = 0.0
            else:
                want = 0.0
        else:
            if pv_timer is not None:
                t = D(t, "pv timer reset", "pv timer reset")
                pv_timer = None
            want = float(min(int(target), 16))
        # setLimit
        if want >= 6 and want != offered:
            t = D(t, "set charge current limit: %.3gA", f"set charge current limit: {go3g(want)}A")
            offered = want
        if (want >= 6) != enabled:
            enabled = want >= 6
            word = "charger enable" if enabled else "charger disable"
            t = D(t, word, word)
            if not enabled:
                offered = 0.0
        tc += sec(30)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ fhem

FH_TX = [("58", 53.0), ("117", 61.0)]  # a neighbour's TX3 sensors: code, period (s)
FH_CLIMA = [
    "HZ_Bad_Clima",
    "HZ_Kueche_Clima",
    "HZ_Wohnen_Clima",
    "HZ_Kind1_Clima",
    "HZ_Buero_Clima",
]
FH_FRAMES = [
    ("main::pvUeberschuss", "(eval {ev})", "1"),
    ("(eval)", "fhem.pl", "1187"),
    ("main::AnalyzePerlCommand", "fhem.pl", "1238"),
    ("main::AnalyzeCommand", "fhem.pl", "1175"),
    ("main::AnalyzeCommandChain", "./FHEM/91_notify.pm", "111"),
    ("main::notify_Exec", "fhem.pl", "3931"),
    ("main::CallFn", "fhem.pl", "3839"),
    ("main::DoTrigger", "fhem.pl", "5043"),
]


def fhem(r: random.Random) -> list[Log]:
    """FHEM 6.3 (fhem.pl 28295) on a Raspberry Pi with a CUL and a HMLAN, `attr global
    mseclog 1` and `stacktrace 1`, 06:00 to 12:00: a notify computing the PV surplus from the
    OBIS meter's power events warning about an undefined inverter reading (PERL WARNING with its
    stacktrace) while the inverter sleeps until 07:40, and about "-" values while it starts up;
    a neighbour's two TX3 sensors received all day; the HMLAN rebooting 08:20-08:27; the NAS
    with MariaDB rebooting 09:00-09:12 (DbLog errors, freezes); an `at` calling a renamed
    function every 30 minutes; `update` and `shutdown restart` at 10:05."""
    fs = Files()
    eval_n = [51790]

    def F(t: datetime, lvl: int, label: str, msg: str, more: list[str] | None = None) -> datetime:
        extra = more or []
        return fs.add(
            "fhem-2024-06.log",
            t,
            label,
            lambda x: [
                f"{x:%Y.%m.%d %H:%M:%S}.{x.microsecond // 1000:03d} {lvl}: {msg}",
                *extra,
            ],
            "fhem",
            1000,
        )

    restart = (at(10, 5, 12), at(10, 5, 31))

    def up(t: datetime) -> bool:
        return not (restart[0] - sec(0.5) <= t < restart[1] + sec(6))

    def startup(t: datetime, pid: int) -> datetime:
        t = F(t, 1, "Including %s", "Including fhem.cfg")
        for name, port in [
            ("telnetPort", 7072),
            ("WEB", 8083),
            ("WEBphone", 8084),
            ("WEBtablet", 8085),
        ]:
            t = F(
                t + sec(r.uniform(0.002, 0.02)),
                3,
                "%s: port %d opened",
                f"{name}: port {port} opened",
            )
        for name, dev, ser in [
            ("CUL_0", "/dev/serial/by-id/usb-busware.de_CUL868-if00@9600", "9600,8,N,1"),
            ("HMLAN1", "192.168.1.40:1000", ""),
        ]:
            t = F(
                t + sec(r.uniform(0.01, 0.05)),
                3,
                "Opening %s device %s",
                f"Opening {name} device {dev}",
            )
            if ser:
                t = F(
                    t + sec(0.003),
                    3,
                    "Setting %s serial parameters to %s",
                    f"Setting {name} serial parameters to {ser}",
                )
            t = F(t + sec(r.uniform(0.05, 0.4)), 3, "%s device opened", f"{name} device opened")
        t = F(t + sec(r.uniform(0.3, 0.9)), 1, "Including %s", "Including ./log/fhem.save")
        t = F(t + sec(0.4), 0, "Featurelevel: %s", "Featurelevel: 6.3")
        return F(
            t + sec(0.001),
            0,
            "Server started with %d defined entities (%s perl:%s os:%s user:%s pid:%d)",
            f"Server started with 214 defined entities (fhem.pl:28295/2023-12-28 perl:5.036000 os:linux user:fhem pid:{pid})",
        )

    F(restart[0], 0, "Server shutdown", "Server shutdown")
    startup(restart[1], 24817)

    # the notify on the meter's power events: the inverter's reading is undefined until it wakes
    def specials(pid_order: int, power: int) -> str:
        parts = [
            ("EVENT", f"power: {power}"),
            ("NAME", "Stromzaehler"),
            ("TYPE", "OBIS"),
            ("EVTPART0", "power:"),
            ("EVTPART1", str(power)),
            ("SELF", "nfy_PVUeberschuss"),
        ]
        rr = random.Random(pid_order)
        rr.shuffle(parts)
        return "".join(f"my ${k}='{v}';" for k, v in parts) + '{pvUeberschuss("$NAME",$EVTPART1)}'

    t = T0 + sec(r.uniform(20, 50))
    while t < at(7, 52):
        if up(t):
            power = r.randint(310, 980) if t < at(7, 5) else r.randint(1200, 2900)
            eval_n[0] += r.randint(3, 9)
            order = 1 if t < restart[0] else 2
            if t < at(7, 40):
                warn = (
                    "PERL WARNING: Use of uninitialized value %s in %s at %s line %d.",
                    "PERL WARNING: Use of uninitialized value $pvLeistung in subtraction (-) at ./FHEM/99_myUtils.pm line 58.",
                )
            else:
                warn = (
                    'PERL WARNING: Argument "%s" isn\'t numeric in %s at %s line %d.',
                    'PERL WARNING: Argument "-" isn\'t numeric in subtraction (-) at ./FHEM/99_myUtils.pm line 58.',
                )
            tt = F(t, 1, warn[0], warn[1])
            tt = F(tt, 3, "eval: %s", "eval: " + specials(order, power))
            tt = F(tt, 1, "stacktrace:", "stacktrace:")
            for fn, where, line in FH_FRAMES:
                w = where.replace("{ev}", str(eval_n[0]))
                tt = F(tt, 1, "    %-35s called by %s (%s)", f"    {fn:<35} called by {w} ({line})")
        t += sec(r.uniform(58.5, 61.5))

    # a neighbour's TX3 sensors
    for code, period in FH_TX:
        t = T0 + sec(r.uniform(0, period))
        while t < T_END:
            if up(t):
                F(
                    t,
                    3,
                    "CUL_TX Unknown device %s, please define it",
                    f"CUL_TX Unknown device {code}, please define it",
                )
            t += sec(period + r.uniform(-0.4, 0.4))

    # unclaimed messages on the CUL
    t = T0
    while True:
        t += sec(r.expovariate(1 / 420))
        if t >= T_END:
            break
        if not up(t):
            continue
        if r.random() < 0.55:
            msg = r.choice(
                [
                    f"i{hexid(r, 6).upper()}",
                    f"i{hexid(r, 10).upper()}",
                    f"s{hexid(r, 14).upper()}",
                    f"P{r.randint(0, 9)}#{hexid(r, 8).upper()}",
                ]
            )
            F(t, 3, "%s: Unknown code %s, help me!", f"CUL_0: Unknown code {msg}, help me!")
        else:
            mod = r.choice(["IT", "SD_UT", "FS20"])
            F(
                t,
                3,
                "%s: Unknown %s device detected, define one to get detailed information.",
                f"CUL_0: Unknown {mod} device detected, define one to get detailed information.",
            )

    # heating schedule and window contacts: CUL_HM set commands
    for hh, mm, temp in [(6, 0, "21.5"), (6, 30, "22.0"), (8, 15, "19.0"), (11, 30, "21.0")]:
        tt = at(hh, mm) + sec(r.uniform(0.05, 0.4))
        for dev in FH_CLIMA:
            if up(tt):
                tt = F(
                    tt + sec(r.uniform(0.002, 0.02)),
                    3,
                    "CUL_HM set %s %s",
                    f"CUL_HM set {dev} desired-temp {temp}",
                )
    t = T0
    while True:
        t += sec(r.expovariate(1 / 900))
        if t >= T_END:
            break
        if not up(t):
            continue
        dev = r.choice(FH_CLIMA[:3])
        F(t, 3, "CUL_HM set %s %s", f"CUL_HM set {dev} controlMode manual")
        F(
            t + sec(r.uniform(0.01, 0.05)),
            3,
            "CUL_HM set %s %s",
            f"CUL_HM set {dev} desired-temp 12.0",
        )
        back = t + sec(r.uniform(240, 900))
        if up(back) and back < T_END:
            F(back, 3, "CUL_HM set %s %s", f"CUL_HM set {dev} controlMode auto")

    # the HMLAN: load warnings, and its reboot 08:20-08:27
    hm = "192.168.1.40:1000"
    for tt, cond in [
        (at(6, 0, 41), "Warning-HighLoad"),
        (at(6, 4, 12), "ok"),
        (at(6, 30, 39), "Warning-HighLoad"),
        (at(6, 35, 2), "ok"),
        (at(11, 30, 44), "Warning-HighLoad"),
        (at(11, 36, 10), "ok"),
    ]:
        F(tt, 1, "HMLAN_Parse: %s new condition %s", f"HMLAN_Parse: HMLAN1 new condition {cond}")
    tt = F(
        at(8, 20, 17),
        1,
        "%s disconnected, waiting to reappear (%s)",
        f"{hm} disconnected, waiting to reappear (HMLAN1)",
    )
    F(
        tt + sec(0.002),
        1,
        "HMLAN_Parse: %s new condition %s",
        "HMLAN_Parse: HMLAN1 new condition disconnected",
    )
    tt = F(at(8, 27, 3), 1, "%s reappeared (%s)", f"{hm} reappeared (HMLAN1)")
    tt = F(
        tt + sec(0.2),
        1,
        "HMLAN_Parse: %s new condition %s",
        "HMLAN_Parse: HMLAN1 new condition init",
    )
    F(
        tt + sec(r.uniform(1, 3)),
        1,
        "HMLAN_Parse: %s new condition %s",
        "HMLAN_Parse: HMLAN1 new condition ok",
    )
    tt = F(
        restart[1] + sec(2.4),
        1,
        "HMLAN_Parse: %s new condition %s",
        "HMLAN_Parse: HMLAN1 new condition init",
    )
    F(tt + sec(1.7), 1, "HMLAN_Parse: %s new condition %s", "HMLAN_Parse: HMLAN1 new condition ok")

    # the NAS with MariaDB rebooting: DbLog cannot connect, the main loop freezes on each try
    t = at(9, 0, 14)
    while t < at(9, 12, 30):
        wait = r.uniform(2.8, 3.4)
        tt = F(
            t + sec(wait),
            2,
            "DbLog %s - Error: DBI connect('%s','%s',...) failed: Can't connect to MySQL server on '%s' (%d)",
            "DbLog logdb - Error: DBI connect('database=fhem;host=192.168.1.5;port=3306','fhemuser',...) failed: Can't connect to MySQL server on '192.168.1.5' (113)",
        )
        F(
            tt + sec(0.02),
            1,
            "Perfmon: possible freeze starting at %s, delay is %s",
            f"Perfmon: possible freeze starting at {t:%H:%M:%S}, delay is {wait:.3f}",
        )
        t += sec(30)

    # an at calling a function renamed in 99_myUtils.pm at 06:50
    t = at(7, 0, 0)
    while t < T_END:
        if up(t):
            eval_n[0] += r.randint(1, 4)
            F(
                t + sec(r.uniform(0.001, 0.01)),
                1,
                "ERROR evaluating %s: Undefined subroutine &main::%s called at (eval %d) line %d.",
                f"ERROR evaluating {{checkFenster()}}: Undefined subroutine &main::checkFenster called at (eval {eval_n[0]}) line 1.",
                [""],
            )
        t += sec(1800)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- iobroker

IOB_HOST = "host.iobroker"
IOB_NODE = "v18.20.3"
IOB_JSC = "5.0.19"
IOB_TASMOTA = [
    "DVES_7F3A21",
    "DVES_2C91E4",
    "DVES_A4B017",
    "tasmota_Keller_Trockner",
    "tasmota_Garage_Tor",
]
IOB_ROOMS = ["Bad", "Kueche", "Wohnzimmer", "Kinderzimmer"]
IOB_TUYA_STACK = [
    "    at TuyaDevice.<anonymous> (/opt/iobroker/node_modules/iobroker.tuya/main.js:387:31)",
    "    at TuyaDevice.emit (node:events:517:28)",
    "    at TuyaDevice._packetHandler (/opt/iobroker/node_modules/tuyapi/index.js:712:14)",
    "    at MessageParser.parse (/opt/iobroker/node_modules/tuyapi/lib/message-parser.js:227:19)",
    "    at Socket.<anonymous> (/opt/iobroker/node_modules/tuyapi/index.js:520:30)",
    "    at Socket.emit (node:events:517:28)",
    "    at addChunk (node:internal/streams/readable:368:12)",
    "    at readableAddChunk (node:internal/streams/readable:341:9)",
    "    at Readable.push (node:internal/streams/readable:278:10)",
    "    at TCP.onStreamRead (node:internal/stream_base_commons:190:23)",
]


def iobroker(r: random.Random) -> list[Log]:
    """ioBroker (js-controller 5.0.19) on one host, its daily log file, 06:00 to 12:00: the
    javascript adapter's scripts (a meter script writing strings into a number state every 30
    s, a read-only Shelly state written every minute, the PV and heating scripts' own log lines),
    five Tasmota plugs reconnecting to the MQTT server adapter, the schedule adapters ical and
    daswetter started by the host, the tuya adapter crashing three times from 07:12 (the restart
    loop stops it) and upgraded at 07:52, InfluxDB unreachable 09:00-09:20."""
    fs = Files()
    pids = {"javascript.0": 1042, "mqtt.0": 1098, "influxdb.0": 1120, "tuya.0": 1187}

    def L(
        t: datetime,
        level: str,
        label: str,
        head: str,
        msg: str,
        proc: object,
        more: list[str] | None = None,
    ) -> datetime:
        extra = more or []
        return fs.add(
            "iobroker.2024-06-07.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}  - {level}: {head} {msg}",
                *extra,
            ],
            proc,
            1000,
        )

    def H(t: datetime, level: str, label: str, msg: str) -> datetime:
        return L(t, level, label, IOB_HOST, msg, "host")

    def A(
        t: datetime,
        ns: str,
        level: str,
        label: str,
        msg: str,
        pid: int | None = None,
        more: list[str] | None = None,
    ) -> datetime:
        p = pid if pid is not None else pids[ns]
        return L(t, level, label, f"{ns} ({p})", msg, (ns, p), more)

    def started(t: datetime, ns: str, pid: int, version: str) -> datetime:
        t = H(
            t,
            "info",
            "instance %s started with pid %d",
            f"instance system.adapter.{ns} started with pid {pid}",
        )
        name = ns.split(".")[0]
        return A(
            t + sec(r.uniform(1.2, 2.8)),
            ns,
            "info",
            "starting. Version %s in %s, node: %s, js-controller: %s",
            f"starting. Version {version} in /opt/iobroker/node_modules/iobroker.{name}, node: {IOB_NODE}, js-controller: {IOB_JSC}",
            pid,
        )

    # schedule adapters
    for ns, version, first, period, work in [
        ("ical.0", "1.15.0", at(6, 0), 900, (2.0, 6.0)),
        ("daswetter.0", "3.2.6", at(6, 7), 1800, (3.0, 9.0)),
    ]:
        t = first
        while t < T_END:
            pid = r.randint(20000, 32000)
            tt = started(t + sec(r.uniform(0.01, 0.08)), ns, pid, version)
            tt = A(
                tt + sec(r.uniform(*work)),
                ns,
                "info",
                "Terminated (%s): Without reason",
                "Terminated (NO_ERROR): Without reason",
                pid,
            )
            H(
                tt + sec(r.uniform(0.5, 0.7)),
                "info",
                "instance %s terminated with code %d (%s)",
                f"instance system.adapter.{ns} terminated with code 0 (NO_ERROR)",
            )
            t += sec(period)

    # the meter script: a string into a number state every 30 s
    t = T0 + sec(r.uniform(0, 30))
    while t < T_END:
        A(
            t,
            "javascript.0",
            "warn",
            'State value to set for "%s" has to be type "%s" but received type "%s" ',
            'State value to set for "0_userdata.0.Energie.Netzbezug_W" has to be type "number" but received type "string" ',
        )
        t += sec(30 + r.uniform(-0.05, 0.05))

    # a script switching the Shelly's relay state from its own value every minute
    t = T0 + sec(r.uniform(0, 60))
    while t < T_END:
        v = r.choice(["true", "false"]) if r.random() < 0.2 else "true"
        A(
            t,
            "javascript.0",
            "warn",
            'Read-only state "%s" has been written without ack-flag with value "%s"',
            f'Read-only state "shelly.0.shellyplus1pm#a8032ab12345#1.Relay0.Switch" has been written without ack-flag with value "{v}"',
        )
        t += sec(60 + r.uniform(-0.3, 0.3))

    # the PV script, every minute
    t = T0 + sec(r.uniform(5, 25))
    while t < T_END:
        h = (t - at(0, 0)).total_seconds() / 3600
        pvw = max(0.0, 9800 * math.sin(math.pi * (h - 5.3) / 15.2))
        surplus = int(pvw - r.uniform(350, 900))
        soc = min(100, int(22 + max(0.0, h - 7) * 14))
        A(
            t,
            "javascript.0",
            "info",
            "Überschuss: %s W, Batterie: %s %",
            f"script.js.Energie.PV_Ueberschuss: Überschuss: {surplus} W, Batterie: {soc} %",
        )
        t += sec(60 + r.uniform(-0.2, 0.2))

    # the heating script, every five minutes for four rooms
    t = T0 + sec(r.uniform(40, 55))
    while t < T_END:
        tt = t
        for room in IOB_ROOMS:
            ist = round(r.uniform(19.2, 22.4), 1)
            soll = 21.5 if t.hour < 8 or t.hour >= 11 else 19.0
            ventil = max(0, min(100, int((soll - ist) * 35 + r.uniform(-5, 5))))
            tt = A(
                tt + sec(r.uniform(0.002, 0.02)),
                "javascript.0",
                "info",
                "Heizung %s: Ist %s °C, Soll %s °C, Ventil %s %",
                f"script.js.Heizung.Uebersicht: Heizung {room}: Ist {ist} °C, Soll {soll} °C, Ventil {ventil} %",
            )
        t += sec(300)

    # Tasmota plugs with weak WiFi reconnecting to the MQTT server adapter
    for cid in IOB_TASMOTA:
        t = T0
        while True:
            t += sec(r.expovariate(1 / 1500))
            if t >= T_END:
                break
            tt = A(
                t,
                "mqtt.0",
                "info",
                "Client [%s] connection closed: %s",
                f"Client [{cid}] connection closed: {r.choice(['timeout', 'timeout', 'timeout', 'Connection reset by peer', 'closed'])}",
            )
            back = tt + sec(r.uniform(3, 40))
            secret = f"{int(back.timestamp() * 1000)}_{r.randint(1000, 9999)}"
            A(
                back,
                "mqtt.0",
                "info",
                "Client [%s] connected with secret %s",
                f"Client [{cid}] connected with secret {secret}",
            )

    # tuya: three crashes, the restart loop detected, upgraded at 07:52
    t = at(7, 12, 41)
    pid = pids["tuya.0"]
    for n in range(3):
        tt = A(
            t,
            "tuya.0",
            "error",
            "uncaught exception: Cannot read properties of undefined (reading '%s')",
            "uncaught exception: Cannot read properties of undefined (reading 'dps')",
            pid,
        )
        tt = A(
            tt + sec(0.001),
            "tuya.0",
            "error",
            "TypeError: Cannot read properties of undefined (reading '%s')",
            "TypeError: Cannot read properties of undefined (reading 'dps')",
            pid,
            IOB_TUYA_STACK,
        )
        tt = A(
            tt + sec(0.004),
            "tuya.0",
            "warn",
            "Terminated (%s): Without reason",
            "Terminated (UNCAUGHT_EXCEPTION): Without reason",
            pid,
        )
        th = tt + sec(r.uniform(0.5, 0.7))
        th = H(
            th,
            "error",
            "Caught by controller[%d]: (node:%d) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
            f"Caught by controller[0]: (node:{pid}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
        )
        th = H(
            th,
            "error",
            "Caught by controller[%d]: (Use `node --trace-deprecation ...` to show where the warning was created)",
            "Caught by controller[1]: (Use `node --trace-deprecation ...` to show where the warning was created)",
        )
        th = H(
            th,
            "error",
            "instance %s terminated with code %d (%s)",
            "instance system.adapter.tuya.0 terminated with code 6 (UNCAUGHT_EXCEPTION)",
        )
        th = H(
            th,
            "info",
            "Restart adapter %s because enabled",
            "Restart adapter system.adapter.tuya.0 because enabled",
        )
        if n == 2:
            H(
                th,
                "warn",
                "Do not restart adapter %s because restart loop detected",
                "Do not restart adapter system.adapter.tuya.0 because restart loop detected",
            )
            break
        pid = r.randint(20000, 32000)
        ts = started(th + sec(30), "tuya.0", pid, "3.15.0")
        t = ts + sec(r.uniform(35, 140))
    # the upgrade from the admin
    t = H(at(7, 52, 4), "info", "iobroker %s", "iobroker upgrade tuya@3.16.0 --debug")
    t = H(
        t + sec(0.9),
        "info",
        "iobroker Update %s from @%s to @%s",
        "iobroker Update tuya from @3.15.0 to @3.16.0",
    )
    t = H(t + sec(0.4), "info", "iobroker NPM version: %s", "iobroker NPM version: 10.7.0")
    t = H(
        t + sec(0.1),
        "info",
        "iobroker Installing %s... (System call)",
        "iobroker Installing iobroker.tuya@3.16.0... (System call)",
    )
    t = H(t + sec(r.uniform(40, 70)), "info", "iobroker exit %d", "iobroker exit 0")
    pid = r.randint(20000, 32000)
    started(t + sec(2.1), "tuya.0", pid, "3.16.0")

    # InfluxDB unreachable: the buffer flush every 10 minutes fails
    for t in [at(9, 3, 27), at(9, 13, 27)]:
        t = A(
            t + sec(r.uniform(0, 1)),
            "influxdb.0",
            "warn",
            "Error on writeSeries: Error: connect ECONNREFUSED %s",
            "Error on writeSeries: Error: connect ECONNREFUSED 192.168.1.5:8086",
        )
        A(
            t + sec(0.002),
            "influxdb.0",
            "info",
            "Host not available, move all points back in the Buffer",
            "Host not available, move all points back in the Buffer",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- scrypted

SC_CAMS = [
    # name, main stream, sub stream, audio, ip
    ("Haustür", "RTSP h264Preview_01_main", "RTSP h264Preview_01_sub", True, "192.168.20.11"),
    ("Einfahrt", "Stream 1", "Stream 2", True, "192.168.20.12"),
    ("Garten", "Stream 1", "Stream 2", False, "192.168.20.13"),
    ("Garage", "Stream 1", "Stream 2", False, "192.168.20.14"),
]
SC_SOCKET_STACK = [
    "    at Socket.<anonymous> (/@scrypted/prebuffer-mixin/main.nodejs.js:1:84271)",
    "    at Socket.emit (node:events:529:35)",
    "    at Socket.emit (node:domain:489:12)",
    "    at TCP.<anonymous> (node:net:350:12)",
]
SC_CONNECT_STACK = [
    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
]
SC_CLIENTS = ["192.168.1.31", "192.168.1.44", "192.168.1.57", "100.94.12.7"]


def scrypted(r: random.Random) -> list[Log]:
    """Scrypted (server 0.116) in docker, `docker logs -t` of its container, 06:00 to 12:00:
    four cameras with the Rebroadcast, WebRTC and Video Analysis plugins; motion events
    pulling the substream on demand and reporting detections, WebRTC viewing sessions from the
    phones and the Home Assistant card, the Garage camera's WiFi dropping 07:50-08:40 (its
    prebuffer session ending with errors and restarting), the Rebroadcast plugin updated and
    reloaded at 10:20."""
    fs = Files()

    def S(
        t: datetime, prefix: str, label: str | None, lines: list[str], proc: object = "server"
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            out = []
            y = x
            for i, ln in enumerate(lines):
                if i:
                    y += sec(r.uniform(0.000008, 0.00004))
                ns = y.microsecond * 1000 + r.randint(0, 999)
                out.append(f"{y:%Y-%m-%dT%H:%M:%S}.{ns:09d}Z {prefix}{ln}")
            return out

        return fs.add("scrypted.log", t, label, text, proc, 1)

    RB = "[Rebroadcast Plugin]: "
    WR = "[WebRTC Plugin]: "
    VA = "[Video Analysis Plugin]: "

    reload = at(10, 20, 14)
    garage_down = (at(7, 50, 3), at(8, 2, 30))

    def R(t: datetime, label: str, msg: str, more: list[str] | None = None) -> datetime:
        return S(t, RB, label, [msg, *(more or [])], "rebroadcast")

    # the Rebroadcast plugin reloaded at 10:20 (release, then the new worker)
    tt = reload
    for cam in SC_CAMS:
        tt = R(
            tt + sec(r.uniform(0.001, 0.01)),
            "prebuffer sessions releasing if started",
            "prebuffer sessions releasing if started",
        )
        tt = R(
            tt + sec(0.001), "%s prebuffer session released", f"{cam[1]} prebuffer session released"
        )
    tt = S(
        tt + sec(1.6),
        "",
        "%s: loading %s",
        ["Rebroadcast Plugin: loading @scrypted/prebuffer-mixin"],
    )
    tt = S(tt + sec(0.03), "", "%s: pid %s", [f"Rebroadcast Plugin: pid {r.randint(3000, 4000)}"])
    tt = S(
        tt + sec(r.uniform(0.8, 1.4)),
        "",
        "%s: loaded %s",
        ["Rebroadcast Plugin: loaded @scrypted/prebuffer-mixin"],
    )
    for _cam in SC_CAMS:
        tt = R(
            tt + sec(r.uniform(0.05, 0.2)),
            "prebuffer sessions starting in 5 seconds",
            "prebuffer sessions starting in 5 seconds",
        )
    for cam in SC_CAMS:
        _name, main, sub, audio, _ip = cam
        ts = tt + sec(5 + r.uniform(0.01, 0.3))
        ts = R(
            ts,
            "stream %s is not enabled and will be rebroadcast on demand.",
            f"stream {sub} is not enabled and will be rebroadcast on demand.",
        )
        ts = R(ts + sec(0.002), "%s prebuffer session started", f"{main} prebuffer session started")
        ts = R(
            ts + sec(0.001), "%s prebuffer session starting", f"{main} prebuffer session starting"
        )
        if not audio:
            R(
                ts + sec(r.uniform(0.8, 2.0)),
                "No audio stream detected.",
                "No audio stream detected.",
            )

    # the Garage camera dropping off the WiFi: its main stream's session fails and restarts
    t = garage_down[0]
    tt = R(
        t,
        "%s prebuffer session ended with error Error: rtsp socket closed",
        "Stream 1 prebuffer session ended with error Error: rtsp socket closed",
        SC_SOCKET_STACK,
    )
    while True:
        tt = R(
            tt + sec(0.001),
            "%s restarting prebuffer session in 5 seconds",
            "Garage restarting prebuffer session in 5 seconds",
        )
        tt = R(tt + sec(5.0), "%s prebuffer session started", "Stream 1 prebuffer session started")
        tt = R(
            tt + sec(0.001), "%s prebuffer session starting", "Stream 1 prebuffer session starting"
        )
        if tt >= garage_down[1]:
            break
        tt = R(
            tt + sec(r.uniform(3.05, 3.15)),
            "%s prebuffer session ended with error Error: connect EHOSTUNREACH %s",
            "Stream 1 prebuffer session ended with error Error: connect EHOSTUNREACH 192.168.20.14:554",
            SC_CONNECT_STACK,
        )
    R(tt + sec(1.4), "No audio stream detected.", "No audio stream detected.")

    # motion: the substream on demand for analysis, detections
    def motion(t: datetime, cam: tuple) -> datetime:
        name, _main, sub, _audio, _ip = cam
        tt = R(t, "%s prebuffer session started", f"{sub} prebuffer session started")
        tt = R(
            tt + sec(r.uniform(0.4, 1.1)),
            "%s active rebroadcast clients: %s",
            f"{sub} active rebroadcast clients: 1",
        )
        objs = r.choices(
            ["person", "car", "cat", "dog", "bicycle", "package"],
            weights=[40, 25, 12, 6, 6, 3],
            k=r.choice([0, 1, 1, 1, 2]),
        )
        if name == "Garten" and r.random() < 0.6:
            objs = []
        found = []
        if objs:
            ta = tt + sec(r.uniform(0.3, 2.0))
            for o in objs:
                found.append((hexid(r, 4), o, round(r.uniform(0.52, 0.93), 3)))
            ta = S(
                ta,
                VA,
                "new detection: %s",
                ["new detection: " + ", ".join(f"{i} {o} ({s})" for i, o, s in found)],
                "analysis",
            )
            boxes = []
            for _i, o, s in found:
                x, y = round(r.uniform(10, 560), 3), round(r.uniform(10, 300), 3)
                w, h = round(r.uniform(30, 140), 3), round(r.uniform(40, 260), 3)
                boxes.append(f"{o} ({s}, {x}, {y}, {w}, {h})")
            S(
                ta + sec(0.001),
                VA,
                "current detections: %s",
                ["current detections: " + ", ".join(boxes)],
                "analysis",
            )
        end = tt + sec(20 + r.uniform(0.1, 0.6))
        te = R(end, "%s active rebroadcast clients: %s", f"{sub} active rebroadcast clients: 0")
        te = R(
            te + sec(10 + r.uniform(0.0, 0.05)),
            "%s terminating rebroadcast due to inactivity",
            f"{sub} terminating rebroadcast due to inactivity",
        )
        te = R(
            te + sec(r.uniform(0.01, 0.2)),
            "%s prebuffer session ended",
            f"{sub} prebuffer session ended",
        )
        for _i, o, s in found:
            S(
                tt + sec(r.uniform(60, 75)),
                VA,
                "expired detection: %s",
                [f"expired detection: {o} ({round(max(0.5, s - r.uniform(0, 0.1)), 3)})"],
                "analysis",
            )
        return te

    for cam, rate in zip(SC_CAMS, [420, 300, 600, 900], strict=True):
        t = T0
        while True:
            t += sec(r.expovariate(1 / rate))
            if cam[0] == "Einfahrt" and at(7, 20) <= t < at(8, 10):
                t += sec(r.expovariate(1 / 80))  # school run and deliveries
            if t >= T_END:
                break
            if reload - sec(40) <= t < reload + sec(12):
                continue
            if cam[0] == "Garage" and garage_down[0] <= t < garage_down[1]:
                continue
            t = motion(t, cam) + sec(r.uniform(2, 20))

    # WebRTC viewing sessions
    def view(t: datetime, cam: tuple) -> datetime:
        _name, main, _sub, _audio, _ip = cam
        client = r.choice(SC_CLIENTS)
        local = "false" if client.startswith("100.") else "true"
        kind = "srflx" if local == "false" else r.choice(["host", "prflx"])
        W = lambda tt, label, lines: S(tt, WR, label, lines, "webrtc")  # noqa: E731
        tt = W(t, "signalingState %s", ["signalingState have-remote-offer"])
        tt = W(tt + sec(0.003), "signalingState %s", ["signalingState stable"])
        tt = W(tt + sec(0.002), "iceGatheringState %s", ["iceGatheringState gathering"])
        tt = W(tt + sec(0.001), "waiting ice connected", ["waiting ice connected"])
        tt = W(
            tt + sec(r.uniform(0.02, 0.2)), "iceConnectionState %s", ["iceConnectionState checking"]
        )
        tt = W(tt + sec(0.001), "connectionState %s", ["connectionState connecting"])
        tt = W(
            tt + sec(r.uniform(0.05, 0.6)),
            "iceConnectionState %s",
            ["iceConnectionState connected"],
        )
        tt = W(tt + sec(0.002), "connectionState %s", ["connectionState connected"])
        tt = W(
            tt + sec(0.001),
            "Connection is local network: %s %s %s",
            [
                f"Connection is local network: {local} {client} {{",
                "  ipv4: true,",
                f"  type: '{kind}',",
                f"  isLocalNetwork: {local},",
                f"  destinationId: '{client}'",
                "}",
            ],
        )
        tt = W(tt + sec(0.001), "done waiting ice connected", ["done waiting ice connected"])
        tc = R(
            tt + sec(r.uniform(0.3, 0.9)),
            "%s active rebroadcast clients: %s",
            f"{main} active rebroadcast clients: 1",
        )
        dur = r.uniform(15, 240)
        tc = R(
            tc + sec(dur),
            "%s active rebroadcast clients: %s",
            f"{main} active rebroadcast clients: 0",
        )
        tt = W(
            tc + sec(r.uniform(0.1, 1.5)),
            "iceConnectionState %s",
            ["iceConnectionState disconnected"],
        )
        tt = W(tt + sec(0.001), "connectionState %s", ["connectionState disconnected"])
        tt = W(tt + sec(r.uniform(4, 6)), "iceConnectionState %s", ["iceConnectionState closed"])
        return W(tt + sec(0.001), "connectionState %s", ["connectionState closed"])

    busy: dict[str, datetime] = {}
    t = T0
    while True:
        t += sec(r.expovariate(1 / 540))
        if t >= T_END:
            break
        if reload - sec(300) <= t < reload + sec(15):
            continue
        cam = r.choices(SC_CAMS, weights=[5, 3, 1, 2])[0]
        if cam[0] == "Garage" and garage_down[0] <= t < garage_down[1] + sec(10):
            continue
        if t < busy.get(cam[0], T0):
            continue
        busy[cam[0]] = view(t, cam)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- rhasspy

RH_WAKE = "porcupine_raspberry-pi"
RH_HA = "http://homeassistant.local:8123/"
RH_SITES = {"kitchen": "kitchen.log", "livingroom": "livingroom.log"}
RH_UTTER = [
    # text, intent, slots (entity, slot, value, raw, start), response, weight
    (
        "turn on the kitchen light",
        "ChangeLightState",
        [("name", "name", "kitchen light", 12), ("state", "state", "on", 5)],
        "Turned on the kitchen light",
        8,
    ),
    (
        "turn off the kitchen light",
        "ChangeLightState",
        [("name", "name", "kitchen light", 13), ("state", "state", "off", 5)],
        "Turned off the kitchen light",
        6,
    ),
    (
        "turn on the living room lamp",
        "ChangeLightState",
        [("name", "name", "living room lamp", 12), ("state", "state", "on", 5)],
        "Turned on the living room lamp",
        4,
    ),
    ("what time is it", "GetTime", [], "It is {hm}", 7),
    (
        "what is the temperature outside",
        "GetTemperature",
        [("location", "location", "outside", 24)],
        "It is {deg} degrees outside",
        5,
    ),
    (
        "set a timer for five minutes",
        "SetTimer",
        [("minutes", "minutes", "5", 16)],
        "Timer set for five minutes",
        4,
    ),
    (
        "close the living room blinds",
        "ChangeCover",
        [("name", "name", "living room blinds", 10), ("state", "state", "close", 0)],
        "Closing the living room blinds",
        2,
    ),
]
RH_GIBBERISH = ["what is the the", "turn the", "set the light to"]
RH_TOPICS = {
    "rhasspydialogue_hermes": [
        "hermes/dialogueManager/startSession",
        "hermes/dialogueManager/continueSession",
        "hermes/dialogueManager/endSession",
        "hermes/dialogueManager/configure",
        "hermes/tts/sayFinished",
        "hermes/nlu/intentParsed",
        "hermes/nlu/intentNotRecognized",
        "hermes/asr/textCaptured",
        "hermes/hotword/+/detected",
        "hermes/audioServer/kitchen/playFinished",
        "hermes/audioServer/livingroom/playFinished",
    ],
    "rhasspyasr_kaldi_hermes": [
        "hermes/asr/toggleOn",
        "hermes/asr/toggleOff",
        "hermes/asr/startListening",
        "hermes/asr/stopListening",
        "rhasspy/g2p/pronounce",
        "hermes/audioServer/kitchen/audioFrame",
        "hermes/audioServer/livingroom/audioFrame",
        "hermes/audioServer/kitchen/+/audioSessionFrame",
        "hermes/audioServer/livingroom/+/audioSessionFrame",
        "rhasspy/asr/kitchen/train",
        "rhasspy/asr/livingroom/train",
    ],
    "rhasspynlu_hermes": [
        "hermes/nlu/query",
        "rhasspy/nlu/kitchen/train",
        "rhasspy/nlu/livingroom/train",
    ],
    "rhasspytts_cli_hermes": [
        "hermes/tts/say",
        "rhasspy/tts/getVoices",
        "hermes/audioServer/kitchen/playFinished",
        "hermes/audioServer/livingroom/playFinished",
    ],
    "rhasspyhomeassistant_hermes": [
        "hermes/intent/#",
        "rhasspy/handle/toggleOn",
        "rhasspy/handle/toggleOff",
    ],
    "rhasspywake_porcupine_hermes": [
        "hermes/audioServer/{site}/audioFrame",
        "hermes/hotword/toggleOn",
        "hermes/hotword/toggleOff",
        "rhasspy/hotword/getHotwords",
    ],
    "rhasspyspeakers_cli_hermes": [
        "hermes/audioServer/{site}/playBytes/#",
        "rhasspy/audioServer/getDevices",
        "hermes/audioServer/toggleOff",
        "hermes/audioServer/toggleOn",
    ],
    "rhasspymicrophone_pyaudio_hermes": [
        "rhasspy/audioServer/getDevices",
        "rhasspy/audioServer/setAudioSummary",
        "hermes/audioServer/toggleOff",
        "hermes/audioServer/toggleOn",
    ],
}
RH_PROGRAMS = {
    "speech_to_text": "rhasspyasr_kaldi_hermes",
    "intent_recognition": "rhasspynlu_hermes",
    "dialogue": "rhasspydialogue_hermes",
    "text_to_speech": "rhasspytts_cli_hermes",
    "intent_handling": "rhasspyhomeassistant_hermes",
}
RH_VENV = "/usr/lib/rhasspy/.venv/lib/python3.7/site-packages"


def rhasspy(r: random.Random) -> list[Log]:
    """Rhasspy 2.5 as a base station (`base.log`: docker logs of the base container, Kaldi ASR,
    fsticuffs NLU, the dialogue manager, espeak TTS, Home Assistant intent handling, all at
    DEBUG, supervisord running them) and two satellites (`kitchen.log`, `livingroom.log`:
    porcupine wake word, PyAudio microphone, aplay speakers), 06:00 to 12:00: about thirty
    voice commands (each session timing out after the Home Assistant reply, as the dialogue
    manager waits for an endSession nobody sends), a few false wakes by the television not
    recognized, the MQTT broker restarted at 08:30 (every client disconnecting and
    resubscribing), Home Assistant restarting 10:00-10:09 (intent handling failing), the base's
    services restarted from the web UI at 10:40."""
    fs = Files()
    pid_of: dict[str, int] = {}

    def P(
        host: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        f = "base.log" if host == "base" else RH_SITES[host]
        extra = more or []
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{level}:{pyts(x)}] {logger}: {msg}", *extra],
            (host, logger),
            1000,
        )

    def SUP(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "base.log",
            t,
            label,
            lambda x: [f"{pyts(x)} {level} {msg}"],
            ("base", "supervisord"),
            1000,
        )

    def send(host: str, t: datetime, logger: str, msg: str, topic: str, size: int) -> datetime:
        t = P(host, t, "DEBUG", logger, "-> %s", "-> " + msg)
        return P(
            host,
            t,
            "DEBUG",
            logger,
            "Publishing %s bytes(s) to %s",
            f"Publishing {size} bytes(s) to {topic}",
        )

    def recv(host: str, t: datetime, logger: str, msg: str) -> datetime:
        return P(host, t, "DEBUG", logger, "<- %s", "<- " + msg)

    def toggle(kind: str, site: str, reason: str) -> str:
        enum = {"dialogueSession": "DIALOGUE_SESSION", "ttsSay": "TTS_SAY"}[reason]
        return f"{kind}(site_id='{site}', reason=<HotwordToggleReason.{enum}: '{reason}'>)"

    D, A, N, T, HA = (
        "rhasspydialogue_hermes",
        "rhasspyasr_kaldi_hermes",
        "rhasspynlu_hermes",
        "rhasspytts_cli_hermes",
        "rhasspyhomeassistant_hermes",
    )
    WK, SP, MIC = (
        "rhasspywake_porcupine_hermes",
        "rhasspyspeakers_cli_hermes",
        "rhasspymicrophone_pyaudio_hermes",
    )
    ha_down = (at(10, 0, 12), at(10, 9, 40))
    mqtt_down = (at(8, 30, 7), at(8, 31, 2))
    restart = at(10, 40, 3)

    def slots_repr(slots: list) -> str:
        out = []
        for ent, name, val, start in slots:
            end = start + len(val)
            out.append(
                f"Slot(entity='{ent}', value={{'kind': 'Unknown', 'value': '{val}'}}, slot_name='{name}', raw_value='{val}', confidence=1.0, range=SlotRange(start={start}, end={end}, raw_start={start}, raw_end={end}))"
            )
        return "[" + ", ".join(out) + "]"

    def session(t: datetime, site: str, utter: tuple | None, gib: str | None = None) -> None:
        sid = f"{site}-{RH_WAKE}-{uuid4(r)}"
        hot = f"HotwordDetected(model_id='{RH_WAKE}.ppn', model_version='', model_type='personal', current_sensitivity=0.5, site_id='{site}', session_id=None, send_audio_captured=None, lang=None, custom_entities=None)"
        ts = send(site, t, WK, hot, f"hermes/hotword/{RH_WAKE}/detected", r.randint(205, 215))
        tb = recv("base", ts + sec(r.uniform(0.004, 0.012)), D, hot)
        tb = P(
            "base",
            tb,
            "DEBUG",
            D,
            "Starting new session (id=%s)",
            f"Starting new session (id={sid})",
        )
        tb = send(
            "base",
            tb,
            D,
            f"DialogueSessionStarted(session_id='{sid}', site_id='{site}', custom_data='{RH_WAKE}', lang=None)",
            "hermes/dialogueManager/sessionStarted",
            r.randint(150, 160),
        )
        tb = send(
            "base",
            tb,
            D,
            toggle("HotwordToggleOff", site, "dialogueSession"),
            "hermes/hotword/toggleOff",
            52 + len(site),
        )
        tb = P("base", tb, "DEBUG", D, "Listening for session %s", f"Listening for session {sid}")
        asl = f"AsrStartListening(site_id='{site}', session_id='{sid}', lang=None, stop_on_silence=True, send_audio_captured=True, wakeword_id='{RH_WAKE}', intent_filter=None)"
        tb = send("base", tb, D, asl, "hermes/asr/startListening", r.randint(225, 240))
        tw = recv(
            site,
            tb + sec(r.uniform(0.005, 0.015)),
            WK,
            toggle("HotwordToggleOff", site, "dialogueSession"),
        )
        P(site, tw, "DEBUG", WK, "Disabled", "Disabled")
        ta = recv("base", tb + sec(r.uniform(0.004, 0.01)), A, asl)
        ta = P(
            "base",
            ta,
            "DEBUG",
            A,
            "Creating new transcriber session %s",
            f"Creating new transcriber session {sid}",
        )
        ta = P(
            "base",
            ta + sec(0.002),
            "DEBUG",
            A,
            "Starting listening (session_id=%s)",
            f"Starting listening (session_id={sid})",
        )
        ta = P(
            "base",
            ta + sec(r.uniform(0.02, 0.06)),
            "DEBUG",
            A,
            "Receiving audio",
            "Receiving audio",
        )
        text = utter[0] if utter else gib
        wav = round(r.uniform(1.6, 3.4), 2)
        like = round(r.uniform(0.55, 0.97) if utter else r.uniform(0.12, 0.4), 4)
        ta += sec(wav + r.uniform(0.3, 0.8))
        ta = P(
            "base",
            ta,
            "DEBUG",
            A,
            "Transcription result: %s",
            f"Transcription result: Transcription(text='{text}', likelihood={like}, transcribe_seconds={round(r.uniform(0.25, 0.6), 3)}, wav_seconds={wav}, tokens=None)",
        )
        cap = f"AsrTextCaptured(text='{text}', likelihood={like}, seconds={wav}, site_id='{site}', session_id='{sid}', wakeword_id='{RH_WAKE}', asr_tokens=None, lang=None)"
        ta = send("base", ta, A, cap, "hermes/asr/textCaptured", r.randint(240, 290))
        td = recv("base", ta + sec(r.uniform(0.003, 0.009)), D, cap)
        td = P("base", td, "DEBUG", D, "Received text: %s", f"Received text: {text}")
        stop = f"AsrStopListening(site_id='{site}', session_id='{sid}')"
        td = send("base", td, D, stop, "hermes/asr/stopListening", 100 + len(sid) - 40)
        td = send(
            "base",
            td,
            D,
            toggle("HotwordToggleOn", site, "dialogueSession"),
            "hermes/hotword/toggleOn",
            52 + len(site),
        )
        query = f"NluQuery(input='{text}', site_id='{site}', id=None, intent_filter=None, session_id='{sid}', wakeword_id='{RH_WAKE}', lang=None, custom_data=None, asr_confidence=None, custom_entities=None)"
        td = send("base", td, D, query, "hermes/nlu/query", r.randint(215, 250))
        tw = recv(
            site,
            td + sec(r.uniform(0.005, 0.015)),
            WK,
            toggle("HotwordToggleOn", site, "dialogueSession"),
        )
        tw = P(site, tw, "DEBUG", WK, "Enabled", "Enabled")
        P(site, tw + sec(r.uniform(0.02, 0.05)), "DEBUG", WK, "Receiving audio", "Receiving audio")
        ta2 = recv("base", td + sec(r.uniform(0.003, 0.008)), A, stop)
        P(
            "base",
            ta2,
            "DEBUG",
            A,
            "Stopping listening (session_id=%s)",
            f"Stopping listening (session_id={sid})",
        )
        tn = recv("base", td + sec(r.uniform(0.004, 0.01)), N, query)

        def end(te: datetime, reason: str, enum: str) -> None:
            te = send("base", te, D, stop, "hermes/asr/stopListening", 100 + len(sid) - 40)
            te = send(
                "base",
                te,
                D,
                f"DialogueSessionEnded(termination=DialogueSessionTermination(reason=<DialogueSessionTerminationReason.{enum}: '{reason}'>, error=None), session_id='{sid}', site_id='{site}', custom_data='{RH_WAKE}')",
                "hermes/dialogueManager/sessionEnded",
                r.randint(190, 215),
            )
            te = send(
                "base",
                te,
                D,
                toggle("HotwordToggleOn", site, "dialogueSession"),
                "hermes/hotword/toggleOn",
                52 + len(site),
            )
            t2 = recv("base", te + sec(r.uniform(0.003, 0.008)), A, stop)
            P(
                "base",
                t2,
                "DEBUG",
                A,
                "Stopping listening (session_id=%s)",
                f"Stopping listening (session_id={sid})",
            )
            tw = recv(
                site,
                te + sec(r.uniform(0.005, 0.015)),
                WK,
                toggle("HotwordToggleOn", site, "dialogueSession"),
            )
            tw = P(site, tw, "DEBUG", WK, "Enabled", "Enabled")
            P(
                site,
                tw + sec(r.uniform(0.02, 0.05)),
                "DEBUG",
                WK,
                "Receiving audio",
                "Receiving audio",
            )

        if not utter:
            nr = f"NluIntentNotRecognized(input='{text}', site_id='{site}', id=None, custom_data=None, session_id='{sid}')"
            tn = send("base", tn, N, nr, "hermes/nlu/intentNotRecognized", r.randint(170, 190))
            td = recv("base", tn + sec(r.uniform(0.003, 0.008)), D, nr)
            td = P(
                "base",
                td,
                "WARNING",
                D,
                "No intent recognized (session_id=%s)",
                f"No intent recognized (session_id={sid})",
            )
            end(td, "intentNotRecognized", "INTENT_NOT_RECOGNIZED")
            return
        _text, intent, slots, reply, _w = utter
        sl = slots_repr(slots)
        parsed = f"NluIntentParsed(input='{text}', intent=Intent(intent_name='{intent}', confidence_score=1.0), id=None, site_id='{site}', session_id='{sid}', slots={sl})"
        tn = send(
            "base",
            tn + sec(r.uniform(0.01, 0.05)),
            N,
            parsed,
            "hermes/nlu/intentParsed",
            r.randint(300, 620),
        )
        td = recv("base", tn + sec(r.uniform(0.003, 0.008)), D, parsed)
        td = P("base", td, "DEBUG", D, "Recognized %s", f"Recognized {parsed}")
        tokens = ", ".join(
            f"AsrToken(value='{w}', confidence=1.0, range_start={i}, range_end={i + len(w)}, time=None)"
            for w, i in zip(
                text.split(),
                [sum(len(x) + 1 for x in text.split()[:k]) for k in range(len(text.split()))],
                strict=True,
            )
        )
        intent_msg = f"NluIntent(input='{text}', intent=Intent(intent_name='{intent}', confidence_score=1.0), site_id='{site}', id=None, slots={sl}, session_id='{sid}', custom_data='{RH_WAKE}', asr_tokens=[[{tokens}]], asr_confidence=None, raw_input='{text}', wakeword_id='{RH_WAKE}', lang=None)"
        td = send("base", td, D, intent_msg, f"hermes/intent/{intent}", r.randint(700, 1500))
        th = recv("base", td + sec(r.uniform(0.004, 0.012)), HA, intent_msg)
        th = P(
            "base", th + sec(0.001), "DEBUG", HA, "%sapi/intent/handle", f"{RH_HA}api/intent/handle"
        )
        timeout_at = td + sec(30 + r.uniform(0.001, 0.01))
        if ha_down[0] <= th < ha_down[1]:
            th = P(
                "base",
                th + sec(r.uniform(0.002, 0.01)),
                "ERROR",
                HA,
                "handle_home_assistant_intent",
                "handle_home_assistant_intent",
                traceback(
                    [
                        (
                            f"{RH_VENV}/aiohttp/connector.py",
                            969,
                            "_wrap_create_connection",
                            "return await self._loop.create_connection(*args, **kwargs)  # type: ignore  # noqa",
                        ),
                        (
                            "/usr/lib/python3.7/asyncio/base_events.py",
                            962,
                            "create_connection",
                            "raise exceptions[0]",
                        ),
                        (
                            "/usr/lib/python3.7/asyncio/base_events.py",
                            949,
                            "create_connection",
                            "await self.sock_connect(sock, address)",
                        ),
                        (
                            "/usr/lib/python3.7/asyncio/selector_events.py",
                            473,
                            "sock_connect",
                            "return await fut",
                        ),
                        (
                            "/usr/lib/python3.7/asyncio/selector_events.py",
                            503,
                            "_sock_connect_cb",
                            "raise OSError(err, f'Connect call failed {address}')",
                        ),
                    ],
                    [
                        "ConnectionRefusedError: [Errno 111] Connect call failed ('192.168.1.20', 8123)",
                        "",
                        "The above exception was the direct cause of the following exception:",
                        "",
                        *traceback(
                            [
                                (
                                    f"{RH_VENV}/rhasspyhomeassistant_hermes/__init__.py",
                                    166,
                                    "handle_home_assistant_intent",
                                    "post_url, json=hass_intent, headers=headers, ssl=self.ssl_context",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/client.py",
                                    1012,
                                    "__aenter__",
                                    "self._resp = await self._coro",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/client.py",
                                    480,
                                    "_request",
                                    "timeout=real_timeout",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/connector.py",
                                    523,
                                    "connect",
                                    "proto = await self._create_connection(req, traces, timeout)",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/connector.py",
                                    859,
                                    "_create_connection",
                                    "req, traces, timeout)",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/connector.py",
                                    1004,
                                    "_create_direct_connection",
                                    "raise last_exc",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/connector.py",
                                    986,
                                    "_create_direct_connection",
                                    "req=req, client_error=client_error)",
                                ),
                                (
                                    f"{RH_VENV}/aiohttp/connector.py",
                                    975,
                                    "_wrap_create_connection",
                                    "raise client_error(req.connection_key, exc) from exc",
                                ),
                            ],
                            [
                                "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host homeassistant.local:8123 ssl:default [Connect call failed ('192.168.1.20', 8123)]"
                            ],
                        ),
                    ],
                ),
            )
            P(
                "base",
                th + sec(0.001),
                "ERROR",
                HA,
                "handle_intent",
                "handle_intent",
                traceback(
                    [
                        (
                            f"{RH_VENV}/rhasspyhomeassistant_hermes/__init__.py",
                            84,
                            "handle_intent",
                            'assert response_dict, f"No response from {self.url}"',
                        )
                    ],
                    [f"AssertionError: No response from {RH_HA}"],
                ),
            )
        else:
            say_id = uuid4(r)
            hm = f"{td:%-I}:{td:%M}"
            reply_text = reply.replace("{hm}", hm).replace("{deg}", str(r.randint(13, 24)))
            say = f"TtsSay(text='{reply_text}', site_id='{site}', lang=None, id='{say_id}', session_id='{sid}', volume=None)"
            th = send(
                "base",
                th + sec(r.uniform(0.08, 0.4)),
                HA,
                say,
                "hermes/tts/say",
                r.randint(170, 230),
            )
            tt = recv("base", th + sec(r.uniform(0.003, 0.008)), T, say)
            size = r.randint(60000, 190000)
            tt = P(
                "base",
                tt + sec(r.uniform(0.2, 0.6)),
                "DEBUG",
                T,
                "-> %s(%s byte(s))",
                f"-> AudioPlayBytes({size} byte(s))",
            )
            tsp = P(
                site,
                tt + sec(r.uniform(0.01, 0.04)),
                "DEBUG",
                SP,
                "<- %s(%s byte(s))",
                f"<- AudioPlayBytes({size} byte(s))",
            )
            fin = f"AudioPlayFinished(id='{say_id}', session_id='{sid}')"
            tsp = send(
                site,
                tsp + sec(size / 32000 + r.uniform(0.1, 0.3)),
                SP,
                fin,
                f"hermes/audioServer/{site}/playFinished",
                r.randint(95, 105),
            )
            tt = recv("base", tsp + sec(r.uniform(0.005, 0.015)), T, fin)
            sf = f"TtsSayFinished(site_id='{site}', id='{say_id}', session_id='{sid}')"
            tt = send("base", tt, T, sf, "hermes/tts/sayFinished", r.randint(120, 135))
            recv("base", tt + sec(r.uniform(0.003, 0.008)), D, sf)
        te = P("base", timeout_at, "ERROR", D, "Session timed out: %s", f"Session timed out: {sid}")
        end(te, "timeout", "TIMEOUT")

    def connect(host: str, t: datetime, logger: str) -> datetime:
        t = P(host, t, "DEBUG", logger, "Connected to MQTT broker", "Connected to MQTT broker")
        topics = [x.replace("{site}", host) for x in RH_TOPICS[logger]]
        r.shuffle(topics)
        for tp in topics:
            t = P(host, t, "DEBUG", logger, "Subscribed to %s", f"Subscribed to {tp}")
        return t

    # voice commands
    t = T0
    n = 0
    while True:
        t += sec(r.expovariate(1 / 640))
        if t >= T_END - sec(60):
            break
        if mqtt_down[0] - sec(50) <= t < mqtt_down[1] + sec(15) or restart - sec(
            50
        ) <= t < restart + sec(20):
            continue
        if ha_down[0] - sec(50) <= t < ha_down[1] + sec(40):
            continue
        site = "kitchen" if r.random() < 0.6 else "livingroom"
        n += 1
        if site == "livingroom" and r.random() < 0.25:
            session(t, site, None, r.choice(RH_GIBBERISH))
        else:
            session(t, site, r.choices(RH_UTTER, weights=[u[4] for u in RH_UTTER])[0])
        t += sec(45)

    # Home Assistant restarting: the kitchen light asked for three times
    for t in [at(10, 1, 37), at(10, 2, 51), at(10, 6, 4)]:
        session(t, "kitchen", RH_UTTER[0])

    # the MQTT broker restarted: every client disconnects, fails to reconnect, resubscribes
    def disconnect(host: str, t: datetime, logger: str) -> None:
        t = P(
            host,
            t,
            "WARNING",
            logger,
            "Disconnected. Trying to reconnect...",
            "Disconnected. Trying to reconnect...",
        )
        P(
            host,
            t + sec(0.002),
            "ERROR",
            logger,
            "on_disconnect",
            "on_disconnect",
            traceback(
                [
                    (
                        f"{RH_VENV}/rhasspyhermes/client.py",
                        197,
                        "mqtt_on_disconnect",
                        "self.mqtt_client.reconnect()",
                    ),
                    (
                        f"{RH_VENV}/paho/mqtt/client.py",
                        1044,
                        "reconnect",
                        "sock = self._create_socket_connection()",
                    ),
                    (
                        f"{RH_VENV}/paho/mqtt/client.py",
                        3685,
                        "_create_socket_connection",
                        "return socket.create_connection(addr, source_address=source, timeout=self._keepalive)",
                    ),
                    ("/usr/lib/python3.7/socket.py", 727, "create_connection", "raise err"),
                    ("/usr/lib/python3.7/socket.py", 716, "create_connection", "sock.connect(sa)"),
                ],
                ["ConnectionRefusedError: [Errno 111] Connection refused"],
            ),
        )

    base_clients = [D, A, N, T, HA]
    for logger in base_clients:
        disconnect("base", mqtt_down[0] + sec(r.uniform(0.001, 0.02)), logger)
        connect("base", mqtt_down[1] + sec(r.uniform(0.5, 6.0)), logger)
    for site in RH_SITES:
        for logger in [MIC, WK, SP]:
            disconnect(site, mqtt_down[0] + sec(r.uniform(0.01, 0.06)), logger)
            connect(site, mqtt_down[1] + sec(r.uniform(0.5, 6.0)), logger)

    # the base's services restarted from the web UI
    ts = SUP(
        restart,
        "WARN",
        "received SIGTERM indicating exit request",
        "received SIGTERM indicating exit request",
    )
    for prog in RH_PROGRAMS:
        ts = SUP(
            ts + sec(r.uniform(0.02, 0.3)),
            "INFO",
            "stopped: %s (terminated by SIGTERM)",
            f"stopped: {prog} (terminated by SIGTERM)",
        )
    ts += sec(2.4)
    for prog in RH_PROGRAMS:
        pid_of[prog] = r.randint(400, 900)
        ts = SUP(
            ts + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "spawned: '%s' with pid %d",
            f"spawned: '{prog}' with pid {pid_of[prog]}",
        )
    for logger in RH_PROGRAMS.values():
        connect("base", ts + sec(r.uniform(1.5, 4.5)), logger)
    ts += sec(1.0)
    for prog in RH_PROGRAMS:
        ts = SUP(
            ts + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "success: %s entered RUNNING state, process has stayed up for > than %d seconds (startsecs)",
            f"success: {prog} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
        )
    return fs.logs(T0)


SYSTEMS = {
    "evcc": evcc,
    "iobroker": iobroker,
    "fhem": fhem,
    "scrypted": scrypted,
    "rhasspy": rhasspy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
