#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 90 (klipper, octoprint, tasmota, zephyr, mender) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (Klipper's config dump, bed-mesh table and MCU
dumps, OctoPrint's tracebacks, an assertion's message line) have no label. Distinct calls of
one process never share a timestamp at the clock's resolution (round 53's Clock); where the
log shows whole seconds of a finer clock (the syslog headers of Tasmota's and Mender's lines)
a burst shares a second as a real one does. Five maker and embedded logs:

- Klipper (`klippy.log`, v0.12 on a Raspberry Pi): lines with no time at all (the
  instants only order them), Klippy's start-up block (`Args: %s`, `Git version: %s`, `Start
  printer at %s (%.1f %.1f)`, the config file dump as one event of many lines), the MCU's
  connect lines, Moonraker's webhooks client, `Stats %.1f: %s` every second while heaters are
  on, bed meshes (`probe at %.3f,%.3f is z=%.6f`, the generated points table), G-code errors
  from the console, `Timer too close` with the G-code and serial dumps, a FIRMWARE_RESTART,
  and the USB link lost (`Timeout with MCU`, `Unable to open serial port` every 5 s).
- OctoPrint 1.10 (`octoprint.log`: `2024-06-04 06:00:01,123 - octoprint.util.comm - INFO -
  ...`): start-up, the printer connecting (`Changing monitoring state from "%s" to "%s"`,
  the firmware's capabilities), socket clients, logins, uploads analysed, prints with resend
  requests and communication timeouts, tornado.access's 409 for Home Assistant's polling
  while the printer is offline and 404s, the internet down (connectivity checker, the plugin
  repository's traceback), the USB port failing mid-print with its traceback, a restart.
- Tasmota 13.4 on five devices: four through rsyslog (`tasmota.log`: `Jun  4 06:00:01
  tasmota-plug-1-3A17 ESP-MQT: tele/plug_1/STATE = {...}`), the kitchen plug's web console at
  weblog 3 (`console-kitchen.log`: `06:00:01.123 MQT: ...`, the uptime before NTP after a
  restart): telemetry, switching (`SRC:`, `CMD: Grp ...`, `RESULT`, `POWER`), a weak Wi-Fi
  link, the broker restarting (`Connect failed to %s, rc %d. Retry in %d sec`), an upgrade.
- Zephyr 3.6 on two nRF52840 nodes (`node-a.log`, `node-b.log`: `[00:00:01.234,567] <inf>
  net_dhcpv4: Received: 192.168.1.77`), with MCUboot's minimal `I: ` lines and printk's
  banner: net_config, DHCP renewals, sensor readings and MQTT publishes, I2C errors and
  dropped messages, an MPU fault (stack overflow) and an assertion with the ESF dump and
  `>>> ZEPHYR FATAL ERROR %d: %s on CPU %d`, the broker gone.
- Mender: three devices with the 3.5 client through rsyslog (`rpi-01-syslog`: `mender[412]:
  time="..." level=info msg="State transition: check-wait [Idle] -> update-check [Sync]"
  module=mender`) and a gateway with mender-update 4.0 (`gw-04-syslog`: `record_id=12
  severity=info time="2024-Jun-04 07:31:40.123456" name="Global" msg="..."`): polling, a
  rootfs deployment (download, the block-device writer, reboot, commit), a broken download
  resumed, a failed boot rolled back, DNS failing.

Label notes. The rules of rounds 51 to 88 hold. OctoPrint's time, logger and level, Zephyr's
uptime, level and module, Tasmota's console time and the syslog headers (time, host, the
`ESP-` tag and the pid), and logrus's and mender-update's `time=`/`level=`/`severity=`/
`record_id=`/`name=`/`module=` fields are context: the message is the label. Tasmota's
`MQT: ` (the log's source tag, part of the message the device writes) is kept in the label in
both files; the topic's prefix and suffix passed literally at the call site (`tele`, `STATE`)
are wording, the device's topic a value, and the ` (retained)` picked by branch wording.
Klipper's `mcu '%s': ` prefix is part of its message. Klipper's multi-line messages (the
config dump, the bed-mesh table, `MCU '%s' shutdown: %s` with the clocksync and serial dumps,
`Dumping gcode input %d blocks` with its `Read` lines) are one call each; the MCU's shutdown
reason (a static string of the firmware) is wording. Zephyr's `%s: %d <%s>` result lines take
`OK` / `ERROR` by branch (wording, as the function's name); the fault reason's text is a value
(`reason_to_str`); an assertion's `\t%s` message line belongs to its `ASSERTION FAIL` event.
Mender's state names are values.

Sources: written from the helper's knowledge of each program and of real logs; Mender 3's
syslog layout, `Correct request for getting image from: ...` and `no public key was provided
for authenticating the artifact` were checked against a public issue. Least sure: Klipper's
`Starting heater checks for %s`, `Mesh Bed Leveling Complete`, the gcode state line's fields and the dumps' exact columns; OctoPrint's
`Starting job on behalf of user %s`, `Finished in %.3f s.`, the plugin manager's and software
update's error wording, the tracking payloads; Tasmota's `UPG:` lines, `HTP: %s` page names,
`WIF: Connect failed with AP timeout`, the syslog tag form `ESP-MQT:`; Zephyr's `eth_w5500`
link line, the app's own messages (invented) and the MPU fault's sub-lines; Mender 3's
`Update check failed: %s`, `Failed to send inventory: %s`, `Sending status update: %s`,
`Reboot to the new update failed. ...`, `Download connection broken` / `Resuming download in`
and all of mender-update 4's messages (`Running Mender client %s`, `Inventory data
submitted`, `Download progress: %d%%`, `Deployment with ID %s finished with status: %s`).
Run it only to change the data on purpose: `python bench/heldout/generate_round90.py [SYSTEM
...]`.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round52 import Records, fill, secs
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


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def lab(fmt: str) -> str:
    """A label: the format, a newline in it written `\\n`."""
    return fmt.replace("\n", "\\n")


# ------------------------------------------------------------------------------- klipper

KL_ARGS = "['/home/pi/klipper/klippy/klippy.py', '/home/pi/printer_data/config/printer.cfg', '-I', '/home/pi/printer_data/comms/klippy.serial', '-l', '/home/pi/printer_data/logs/klippy.log', '-a', '/home/pi/printer_data/comms/klippy.sock']"
KL_SERIAL = "/dev/serial/by-id/usb-Klipper_stm32f446xx_2A0035000851313433343333-if00"
KL_CONFIG = [
    "[virtual_sdcard]",
    "path = /home/pi/printer_data/gcodes",
    "on_error_gcode = CANCEL_PRINT",
    "",
    "[mcu]",
    f"serial = {KL_SERIAL}",
    "",
    "[printer]",
    "kinematics = corexy",
    "max_velocity = 300",
    "max_accel = 3000",
    "square_corner_velocity = 5.0",
    "",
    "[stepper_x]",
    "step_pin = PF13",
    "dir_pin = PF12",
    "enable_pin = !PF14",
    "microsteps = 16",
    "rotation_distance = 40",
    "endstop_pin = PG6",
    "position_endstop = 300",
    "position_max = 300",
    "homing_speed = 50",
    "",
    "[extruder]",
    "step_pin = PF11",
    "dir_pin = PG3",
    "rotation_distance = 22.6789511",
    "nozzle_diameter = 0.400",
    "filament_diameter = 1.750",
    "heater_pin = PA2",
    "sensor_type = EPCOS 100K B57560G104F",
    "sensor_pin = PF4",
    "control = pid",
    "pid_kp = 26.213",
    "pid_ki = 1.304",
    "pid_kd = 131.721",
    "min_temp = 0",
    "max_temp = 270",
    "",
    "[heater_bed]",
    "heater_pin = PA1",
    "sensor_type = Generic 3950",
    "sensor_pin = PF3",
    "control = watermark",
    "min_temp = 0",
    "max_temp = 120",
    "",
    "[bed_mesh]",
    "speed = 120",
    "mesh_min = 30, 30",
    "mesh_max = 270, 270",
    "probe_count = 5, 5",
]
KL_FILES = ["benchy_0.2mm_PLA_2h.gcode", "bracket_v3_PETG.gcode", "cable_clip_x12.gcode"]


def klipper(r: random.Random) -> list[Log]:
    """klippy.log of a CoreXY printer's Raspberry Pi host, 06:00 to 10:00 (klippy's lines
    carry no time: the instants only order them): Klippy starting, Moonraker connecting, three
    prints from the virtual SD card with `Stats` every second while the heaters are on, a
    bed mesh before each print, console typos and out-of-range moves, `Timer too close` during
    the second print with the MCU's and the G-code queue's dumps and a FIRMWARE_RESTART, and
    the USB cable knocked out during the third print (`Timeout with MCU`, `Lost communication
    with MCU`, `Unable to open serial port` every 5 s until it is plugged in again)."""
    fs = Files(1000)
    f = "klippy.log"
    boot = at(5, 58, 12)
    st = {
        "ext": 22.3,
        "ext_tg": 0.0,
        "bed": 22.1,
        "bed_tg": 0.0,
        "sd": 0,
        "bw": 0,
        "br": 0,
        "seq": 0,
        "cpu": 3.1,
        "pt": 0.0,
        "client": 0,
    }

    def et(t: datetime) -> float:
        return (t - boot).total_seconds()

    def K(
        t: datetime,
        fmt: str,
        *vals: object,
        cont: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        text = fill(fmt, *vals) if vals else fmt
        return fs.add(f, t, label or lab(fmt), lambda _t: text.split("\n") + (cont or []))

    def stats(t: datetime) -> None:
        e = et(t)
        for k in ("ext", "bed"):
            tg = st[k + "_tg"]
            amb = 22.0
            goal = tg if tg else amb
            st[k] += (goal - st[k]) * (0.06 if k == "ext" else 0.02) + r.uniform(-0.15, 0.15)
        st["bw"] += r.randrange(300, 2400)
        st["br"] += r.randrange(900, 1300)
        st["seq"] += r.randrange(20, 160)
        st["cpu"] += r.uniform(0.02, 0.09)
        printing = st["sd"] > 0
        if printing:
            st["sd"] += r.randrange(800, 4000)
            st["pt"] = e + r.uniform(0.8, 2.4)
        parts = [
            "gcodein=0 ",
            f"mcu: mcu_awake=0.{r.randrange(2, 40):03d} mcu_task_avg=0.0000{r.randrange(10, 99)} mcu_task_stddev=0.0000{r.randrange(10, 99)} bytes_write={st['bw']} bytes_read={st['br']} bytes_retransmit=9 bytes_invalid=0 send_seq={st['seq']} receive_seq={st['seq']} retransmit_seq=2 srtt=0.00{r.randrange(1, 4)} rttvar=0.00{r.randrange(0, 2)} rto=0.025 ready_bytes={r.randrange(0, 60) if printing else 0} upcoming_bytes={r.randrange(0, 900) if printing else 0} freq=180000{r.randrange(100, 999)}",
            f"heater_bed: target={st['bed_tg']:.0f} temp={st['bed']:.1f} pwm={r.uniform(0.1, 0.6) if st['bed_tg'] else 0:.3f}",
        ]
        if printing:
            parts.append(f"sd_pos={st['sd']}")
        parts.append(
            f"print_time={st['pt']:.3f} buffer_time={max(st['pt'] - e, 0):.3f} print_stall=0"
        )
        parts.append(
            f"extruder: target={st['ext_tg']:.0f} temp={st['ext']:.1f} pwm={r.uniform(0.2, 0.7) if st['ext_tg'] else 0:.3f}"
        )
        parts.append(
            f"sysload={r.uniform(0.2, 1.4):.2f} cputime={st['cpu']:.3f} memavail={r.randrange(610000, 640000)}"
        )
        K(t, "Stats %.1f: %s", e, " ".join(parts))

    def startup(t: datetime, rollover: bool = False) -> datetime:
        x = t
        x = K(x, "Starting Klippy...")
        x = K(x + secs(r, 0.001, 0.01), "Args: %s", KL_ARGS)
        x = K(x + secs(r, 0.1, 0.3), "Git version: %s", "'v0.12.0-171-gd6c5fa6a'")
        x = K(x + secs(r, 0.001, 0.01), "Branch: %s", "master")
        x = K(x + secs(r, 0.001, 0.01), "Remote: %s", "origin")
        x = K(x + secs(r, 0.001, 0.01), "Tracked URL: %s", "https://github.com/Klipper3d/klipper")
        x = K(x + secs(r, 0.001, 0.01), "CPU: %s", "4 core ARMv7 Processor rev 3 (v7l)")
        x = K(
            x + secs(r, 0.001, 0.01),
            "Python: %s",
            "'3.9.2 (default, Feb 28 2021, 17:03:44) \\n[GCC 10.2.1 20210110]'",
        )
        x = secs(r, 0.01, 0.05) + x
        x = K(
            x,
            "Start printer at %s (%.1f %.1f)",
            f"{x:%a %b} {x.day:2d} {x:%H:%M:%S %Y}",
            x.timestamp(),
            et(x),
        )
        x = K(
            x + secs(r, 0.01, 0.1),
            "===== Config file =====\n%s\n=======================",
            "\n".join(KL_CONFIG),
        )
        x = K(x + secs(r, 0.05, 0.2), "Extruder max_extrude_ratio=%.6f", 0.266081)
        x = K(x + secs(r, 0.05, 0.2), "mcu '%s': Starting serial connect", "mcu")
        return x

    def connect(t: datetime) -> datetime:
        x = t
        x = K(
            x + secs(r, 0.3, 0.9),
            "Loaded MCU '%s' %d commands (%s / %s)",
            "mcu",
            117,
            "v0.12.0-171-gd6c5fa6a",
            "gcc: (15:10.3-2021.07-4) 10.3.1 20210621 (release) binutils: (2.38-4ubuntu2+12) 2.38",
        )
        x = K(
            x + secs(r, 0.001, 0.01),
            "MCU '%s' config: %s",
            "mcu",
            "ADC_MAX=4095 BUS_PINS_i2c1=PB8,PB9 BUS_PINS_spi1=PA6,PA7,PA5 BUS_PINS_spi2=PB14,PB15,PB13 CLOCK_FREQ=180000000 MCU=stm32f446xx PWM_MAX=255 RECEIVE_WINDOW=192 RESERVE_PINS_USB=PA11,PA12 SERIAL_BAUD=250000 STATS_SUMSQ_BASE=256 STEPPER_BOTH_EDGE=1",
        )
        x = K(x + secs(r, 0.01, 0.05), "Sending MCU '%s' printer configuration...", "mcu")
        x = K(x + secs(r, 0.05, 0.2), "Configured MCU '%s' (%d moves)", "mcu", 1024)
        st["client"] = r.randrange(5_000_000, 5_999_999)
        x = K(x + secs(r, 0.3, 1.5), "webhooks client %s: New connection", st["client"])
        x = K(
            x + secs(r, 0.01, 0.05),
            "webhooks client %s: Client info %s",
            st["client"],
            "{'program': 'Moonraker', 'version': 'v0.8.0-359-g8f6d8d4'}",
        )
        return x

    def gcode_user(t: datetime) -> datetime:
        x = t
        c = r.random()
        if c < 0.4:
            x = K(
                x,
                'Unknown command:"%s"',
                r.choice(["G28X", "M10", "BEDMESH_CALIBRATE", "PID_TUNE", "M600", "SET_PRESSURE"]),
            )
        elif c < 0.7:
            x = K(
                x,
                "Move out of range: %.3f %.3f %.3f [%.3f]",
                r.uniform(290, 320),
                r.uniform(-5, 310),
                r.uniform(0, 5),
                r.uniform(0, 2000),
            )
        else:
            x = K(
                x,
                "Must home axis first: %.3f %.3f %.3f [%.3f]",
                r.uniform(0, 300),
                r.uniform(0, 300),
                r.uniform(0, 20),
                0.0,
            )
        return x

    def mesh(t: datetime) -> datetime:
        x = K(t, "Starting heater checks for %s", "heater_bed")
        st["bed_tg"] = 60.0
        x += secs(r, 60, 120)
        x = K(
            x,
            "bed_mesh: generated points\nIndex | Tool Adjusted | Probe",
            cont=[
                f"{i} | ({30 + 60 * (i % 5):.1f}, {30 + 60 * (i // 5):.1f}) | ({30 + 60 * (i % 5):.1f}, {55 + 60 * (i // 5):.1f})"
                for i in range(25)
            ],
            label=lab("bed_mesh: generated points\nIndex | Tool Adjusted | Probe"),
        )
        for i in range(25):
            x = K(
                x + secs(r, 2.5, 4.0),
                "probe at %.3f,%.3f is z=%.6f",
                30 + 60 * (i % 5),
                30 + 60 * (i // 5),
                r.uniform(1.85, 2.15),
            )
        x = K(x + secs(r, 0.5, 1), "Mesh Bed Leveling Complete")
        x = K(
            x + secs(r, 0.1, 0.3),
            "Bed Mesh state has been saved to profile [%s]\nfor the current session.  The SAVE_CONFIG command will\nupdate the printer config file and restart the printer.",
            "default",
        )
        return x

    def run_print(t: datetime, minutes: float, fail: str | None) -> datetime:
        """A print of `minutes`; `fail` cuts it: 'ttc' (Timer too close) or 'usb'."""
        x = mesh(t)
        x = K(x + secs(r, 1, 3), "Starting heater checks for %s", "extruder")
        st["ext_tg"] = 215.0 if "PETG" not in st.get("file", "") else 240.0
        x += secs(r, 60, 90)
        st["sd"] = 1
        x = K(x, "Starting SD card print (position %d)", 0)
        end = x + timedelta(minutes=minutes)
        return end

    def tick(t0: datetime, t1: datetime) -> None:
        y = t0
        while y < t1:
            stats(y)
            y += timedelta(seconds=1.0) + secs(r, -0.002, 0.002)

    def shutdown_dump(x: datetime, name: str, reason_fmt: str, reason: str) -> datetime:
        x = K(
            x,
            "Transition to shutdown state: " + reason_fmt,
            *([reason] if "%s" in reason_fmt else []),
        )
        n = r.randrange(18, 40)
        x = K(
            x + secs(r, 0.001, 0.01),
            "Dumping gcode input %d blocks",
            n,
            cont=[
                f"Read {et(x) - (n - i) * 0.21:.6f}: 'G1 X{r.uniform(50, 250):.3f} Y{r.uniform(50, 250):.3f} E{r.uniform(0.01, 0.9):.5f}\\n'"
                for i in range(n)
            ],
        )
        x = K(
            x + secs(r, 0.001, 0.01),
            "gcode state: absolute_coord=%s absolute_extrude=%s base_position=%s last_position=%s homing_position=%s speed_factor=%s extrude_factor=%s speed=%s",
            True,
            True,
            "[0.0, 0.0, 0.0, 3.1]",
            f"[{r.uniform(50, 250):.3f}, {r.uniform(50, 250):.3f}, {r.uniform(1, 8):.1f}, 1234.5]",
            "[0.0, 0.0, 0.0, 0.0]",
            0.016666666666666666,
            1.0,
            40.0,
        )
        sq = r.randrange(30, 60)
        dump = [
            f"clocksync state: mcu_freq=180000000 last_clock={r.randrange(10**11, 10**12)} clock_est=({et(x) - 10:.3f} {r.randrange(10**11, 10**12)} {180000000 + r.uniform(-300, 300):.3f}) min_half_rtt={r.uniform(0.0002, 0.0004):.6f} min_rtt_time={et(x) - 200:.3f} time_avg={et(x) - 10:.3f}({r.uniform(100, 300):.3f}) clock_avg={r.randrange(10**11, 10**12)}.{r.randrange(100, 999)}({r.randrange(10**7, 10**8)}.{r.randrange(100, 999)}) pred_variance={r.uniform(1, 40):.3f}"
        ]
        dump.append(
            f"Dumping serial stats: bytes_write={st['bw']} bytes_read={st['br']} bytes_retransmit=9 bytes_invalid=0 send_seq={st['seq']} receive_seq={st['seq']} retransmit_seq=2 srtt=0.001 rttvar=0.000 rto=0.025 ready_bytes=0 upcoming_bytes=0"
        )
        dump.append(f"Dumping send queue {sq} messages")
        for i in range(sq):
            dump.append(
                f"Sent {i} {et(x) - 1 + i * 0.003:.6f} {et(x) - 1 + i * 0.003:.6f} {r.randrange(20, 64)}: seq: {r.randrange(1, 15):x}, queue_step oid={r.randrange(2, 9)} interval={r.randrange(1000, 90000)} count={r.randrange(1, 40)} add={r.randrange(-20, 20)}"
            )
        dump.append(f"Dumping receive queue {sq} messages")
        for i in range(sq):
            dump.append(
                f"Receive: {i} {et(x) - 1 + i * 0.003:.6f} {et(x) - 1 + i * 0.003:.6f} {r.randrange(8, 12)}: seq: {r.randrange(1, 15):x}, stats count={r.randrange(800, 900)} sum={r.randrange(10**6, 10**7)} sumsq={r.randrange(10**6, 10**7)}"
            )
        if name:
            x = K(
                x + secs(r, 0.001, 0.01),
                "MCU '%s' shutdown: %s",
                "mcu",
                name,
                cont=dump,
                label="MCU '%s' shutdown: Timer too close",
            )
        else:
            x = K(
                x + secs(r, 0.001, 0.01),
                "Dumping serial stats: %s",
                dump[1].split(": ", 1)[1],
                cont=dump[2:],
            )
        return x

    t0 = at(6, 0, 3)
    x = startup(t0)
    x = connect(x)
    # the first print, fine
    st["file"] = KL_FILES[0]
    x = K(at(6, 5, 12), 'Unknown command:"%s"', "G28X")
    s = run_print(at(6, 6, 0), 8, None)
    tick(at(6, 6, 0), s)
    x = K(s, "Exiting SD card print (position %d)", st["sd"])
    st["sd"], st["ext_tg"], st["bed_tg"] = 0, 0.0, 0.0
    tick(s + secs(r, 0.5, 1), s + timedelta(minutes=2))
    for t in poisson(r, at(6, 30), at(7, 0), 300):
        gcode_user(t)
    # the second print: Timer too close after 7 minutes
    st["file"] = KL_FILES[1]
    s = run_print(at(7, 0, 30), 4, "ttc")
    tick(at(7, 0, 30), s)
    x = shutdown_dump(
        s + secs(r, 0.1, 0.3), "Timer too close", "MCU '%s' shutdown: Timer too close", "mcu"
    )
    st["sd"], st["ext_tg"], st["bed_tg"] = 0, 0.0, 0.0
    x = K(x + secs(r, 0.01, 0.05), "Exiting SD card print (position %d)", r.randrange(10**5, 10**6))
    x = K(at(7, 10, 41), "Attempting MCU '%s' reset", "mcu")
    x = K(x + secs(r, 0.01, 0.1), "Restarting printer")
    x = startup(x + secs(r, 0.2, 0.6))
    x = connect(x)
    for t in poisson(r, at(7, 12), at(7, 45), 400):
        gcode_user(t)
    # the third print: the USB cable is knocked out after 10 minutes
    st["file"] = KL_FILES[2]
    s = run_print(at(7, 50, 5), 5, "usb")
    tick(at(7, 50, 5), s)
    x = K(s + secs(r, 0.1, 0.3), "Timeout with MCU '%s' (eventtime=%f)", "mcu", et(s) + 0.2)
    x = shutdown_dump(x + secs(r, 0.001, 0.01), "", "Lost communication with MCU '%s'", "mcu")
    st["sd"], st["ext_tg"], st["bed_tg"] = 0, 0.0, 0.0
    x = K(x + secs(r, 0.01, 0.05), "Exiting SD card print (position %d)", r.randrange(10**5, 10**6))
    x = K(x + secs(r, 0.5, 1), "webhooks client %s: Disconnected", st["client"])
    x = K(at(8, 9, 2), "Restarting printer")
    x = startup(x + secs(r, 0.2, 0.6))
    y = x
    for _ in range(14):
        y = K(
            y + secs(r, 0.1, 0.2),
            "mcu '%s': Unable to open serial port: [Errno 2] could not open port %s: [Errno 2] No such file or directory: '%s'",
            "mcu",
            KL_SERIAL,
            KL_SERIAL,
        )
        y += timedelta(seconds=5)
    x = connect(y)
    # afternoon: a reprint of the third file
    s = run_print(at(8, 30, 10), 5, None)
    tick(at(8, 30, 10), s)
    x = K(s, "Exiting SD card print (position %d)", st["sd"])
    st["sd"], st["ext_tg"], st["bed_tg"] = 0, 0.0, 0.0
    tick(s + secs(r, 0.5, 1), s + timedelta(minutes=2))
    return fs.logs(t0)


# ----------------------------------------------------------------------------- octoprint

OP_CLIENTS = ["192.168.1.23", "192.168.1.31", "192.168.1.40"]
OP_HA = "192.168.1.10"
OP_FILES = [
    "benchy_0.2mm_PLA_2h.gcode",
    "lid_hinge_v2.gcode",
    "spool_holder_PETG.gcode",
    "calibration_cube.gcode",
]
OP_TRACE_SERIAL = [
    "Traceback (most recent call last):",
    '  File "/home/pi/oprint/lib/python3.9/site-packages/octoprint/util/comm.py", line 4145, in _readline',
    "    ret = self._serial.readline()",
    '  File "/home/pi/oprint/lib/python3.9/site-packages/octoprint/util/comm.py", line 7523, in readline',
    "    c = self.read(1)",
    '  File "/home/pi/oprint/lib/python3.9/site-packages/serial/serialposix.py", line 595, in read',
    "    raise SerialException(",
    "serial.serialutil.SerialException: device reports readiness to read but returned no data (device disconnected or multiple access on port?)",
]
OP_TRACE_REPO = [
    "Traceback (most recent call last):",
    '  File "/home/pi/oprint/lib/python3.9/site-packages/octoprint/plugins/pluginmanager/__init__.py", line 1823, in _refresh_repository',
    "    r = requests.get(repository_url, timeout=30)",
    '  File "/home/pi/oprint/lib/python3.9/site-packages/requests/api.py", line 73, in get',
    '    return request("get", url, params=params, **kwargs)',
    '  File "/home/pi/oprint/lib/python3.9/site-packages/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='plugins.octoprint.org', port=443): Max retries exceeded with url: /plugins.json (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f8b2c1d90>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
]


def octoprint(r: random.Random) -> list[Log]:
    """octoprint.log of OctoPrint 1.10 on a Raspberry Pi driving a Marlin printer over USB,
    02:40 to 11:00 (a reboot at 02:40): start-up (plugins, the server listening), the printer connected at 06:40
    (`Changing monitoring state from "%s" to "%s"`, the firmware's capabilities), browsers
    connecting on the socket and logging in, uploads analysed, three prints with
    communication timeouts and resend requests, Home Assistant polling `/api/printer` every 15
    s and getting 409 while the printer is not operational, the internet down 08:00 to 08:20
    (the connectivity checker, the plugin repository's fetch failing with its traceback), the
    USB port failing at 09:10 during a print (`Unexpected error while reading from serial
    port` with its traceback, `Offline after error`), a reconnect, and a restart at 10:30."""
    fs = Files(1000)
    f = "octoprint.log"
    st = {"operational": False, "state": "Offline", "sock": 0}

    def OP(
        t: datetime,
        logger: str,
        level: str,
        fmt: str,
        *vals: object,
        cont: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        text = (fmt.format(*vals) if "{" in fmt else fill(fmt, *vals)) if vals else fmt
        return fs.add(
            f,
            t,
            lab(fmt) if label is None else label,
            lambda t: (
                [f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} - {logger} - {level} - {text}"]
                + (cont or [])
            ),
        )

    def state(t: datetime, new: str) -> datetime:
        x = OP(
            t,
            "octoprint.util.comm",
            "INFO",
            'Changing monitoring state from "{}" to "{}"',
            st["state"],
            new,
        )
        st["state"] = new
        st["operational"] = new in ("Operational", "Printing", "Paused", "Starting", "Finishing")
        return x

    def start(t: datetime) -> datetime:
        x = OP(t, "octoprint.startup", "INFO", "Starting OctoPrint {}", "1.10.1")
        x = OP(
            x + secs(r, 0.001, 0.01),
            "octoprint.startup",
            "INFO",
            "Blacklist processing done, adding {} blacklisted plugin versions: {}",
            3,
            "firmware_check, octolapse<0.4.2, printer_safety_check",
        )
        x = OP(
            x + secs(r, 0.05, 0.2),
            "octoprint.plugin.core",
            "INFO",
            "Loading plugins from {} and installed plugin packages...",
            "/home/pi/.octoprint/plugins, /home/pi/oprint/lib/python3.9/site-packages/octoprint/plugins",
        )
        x = OP(
            x + secs(r, 1.5, 3.0),
            "octoprint.plugin.core",
            "INFO",
            "Found {} plugin(s) providing {} mixin implementations, {} hook handlers",
            27,
            41,
            42,
        )
        x = OP(
            x + secs(r, 0.5, 1.5),
            "octoprint.server",
            "INFO",
            "Listening on http://{}:{} and http://[{}]:{}",
            "0.0.0.0",
            5000,
            "::",
            5000,
        )
        x = OP(
            x + secs(r, 2, 5),
            "octoprint.plugins.tracking",
            "INFO",
            "Sent tracking event {}, payload: {}",
            "startup",
            "{'version': '1.10.1', 'os': 'linux', 'python': '3.9.2', 'arch': 'armv7l', 'bits': 32, 'pi_model': 'Raspberry Pi 4 Model B Rev 1.4', 'octopi_version': '1.0.0'}",
        )
        return x

    def connect(t: datetime) -> datetime:
        x = state(t, "Detecting serial connection")
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Connecting to port {}, baudrate {}",
            "/dev/ttyACM0",
            115200,
        )
        x = state(x + secs(r, 0.01, 0.05), "Opening serial connection")
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Connected to: {}, starting monitor",
            f"Serial<id=0x{r.randrange(0xA0000000, 0xB0000000):x}, open=True>(port='/dev/ttyACM0', baudrate=115200, bytesize=8, parity='N', stopbits=1, timeout=10.0, xonxoff=False, rtscts=False, dsrdtr=False)",
        )
        x = state(x + secs(r, 0.01, 0.05), "Connecting")
        x = OP(
            x + secs(r, 1.5, 3),
            "octoprint.util.comm",
            "INFO",
            'Printer reports firmware name "{}"',
            "Marlin 2.1.2.1 (Feb  2 2024 10:12:33)",
        )
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Firmware states that it supports temperature autoreporting",
        )
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Firmware states that it supports sd status autoreporting",
        )
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Firmware states that it supports emergency GCODEs",
        )
        return state(x + secs(r, 0.3, 0.8), "Operational")

    def sock(t: datetime, ip: str, user: str | None) -> None:
        st["sock"] += 1
        x = OP(t, "octoprint.server.util.sockjs", "INFO", "New connection from client: {}", ip)
        if user:
            x = OP(
                x + secs(r, 0.05, 0.3),
                "octoprint.server.util.sockjs",
                "INFO",
                "User {} logged in on the socket from client {}",
                user,
                ip,
            )
        OP(
            x + secs(r, 60, 1500),
            "octoprint.server.util.sockjs",
            "INFO",
            "Client connection closed: {}",
            ip,
        )

    def upload(t: datetime, name: str) -> datetime:
        x = OP(
            t,
            "octoprint.filemanager.analysis.GcodeAnalysisQueue",
            "INFO",
            "Starting analysis of {}:{}",
            "local",
            name,
        )
        return OP(
            x + secs(r, 2, 25),
            "octoprint.filemanager.analysis.GcodeAnalysisQueue",
            "INFO",
            "Analysis of entry {}:{} finished, needed {:.2f}s",
            "local",
            name,
            r.uniform(2, 25),
        )

    def job(t: datetime, name: str, minutes: float, fail: bool = False) -> datetime:
        x = OP(t, "octoprint.printer.standard", "INFO", "Starting job on behalf of user {}", "anna")
        x = state(x + secs(r, 0.01, 0.05), "Starting")
        x = state(x + secs(r, 0.05, 0.2), "Printing")
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.plugins.tracking",
            "INFO",
            "Sent tracking event {}, payload: {}",
            "print_started",
            f"{{'origin': 'local', 'file': '{r.getrandbits(64):016x}'}}",
        )
        end = x + timedelta(minutes=minutes)
        line = 1
        for y in poisson(r, x + timedelta(minutes=2), end, 12):
            line += r.randrange(80, 2500)
            if r.random() < 0.55:
                OP(
                    y,
                    "octoprint.util.comm",
                    "INFO",
                    "Got a resend request from the printer: requested line = {}, current line = {}",
                    line,
                    line + r.randrange(1, 3),
                )
            else:
                OP(
                    y,
                    "octoprint.util.comm",
                    "WARNING",
                    "Communication timeout while printing, trying to trigger response from printer. Configure long running commands or increase communication timeout if that happens regularly on specific commands or long moves.",
                )
        if fail:
            x = OP(
                end,
                "octoprint.util.comm",
                "ERROR",
                "Unexpected error while reading from serial port",
                cont=OP_TRACE_SERIAL,
            )
            x = state(x + secs(r, 0.01, 0.05), "Offline after error")
            return x
        x = state(end, "Finishing")
        x = OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.util.comm",
            "INFO",
            "Finished in {:.3f} s.",
            minutes * 60 + r.uniform(-30, 30),
        )
        x = state(x + secs(r, 0.1, 0.4), "Operational")
        return OP(
            x + secs(r, 0.01, 0.05),
            "octoprint.plugins.tracking",
            "INFO",
            "Sent tracking event {}, payload: {}",
            "print_done",
            f"{{'origin': 'local', 'file': '{r.getrandbits(64):016x}', 'elapsed': {int(minutes * 60)}}}",
        )

    t0 = at(2, 40, 4)
    start(t0)
    restart = at(10, 30, 12)
    net_down = (at(8, 0, 40), at(8, 20, 5))
    connects = [at(6, 40, 22), at(9, 25, 3)]
    offline = [
        (t0, connects[0]),
        (at(9, 10, 30), connects[1]),
        (restart, restart + timedelta(seconds=40)),
    ]
    # Home Assistant polling
    y = t0 + timedelta(seconds=31)
    while y < at(11, 0):
        if not (restart - timedelta(seconds=2) < y < restart + timedelta(seconds=20)):
            off = any(a <= y < b for a, b in offline)
            if off:
                OP(
                    y,
                    "tornado.access",
                    "WARNING",
                    "%d %s %.2fms",
                    409,
                    f"GET /api/printer?exclude=sd (::ffff:{OP_HA})",
                    r.uniform(1.5, 9),
                    # Labelled by method, route and status, as the set's tornado lines are
                    # (round 115's rule: a query's values are variables).
                    label="409 GET /api/printer?exclude=<*> (%s) %.2fms",
                )
        y += timedelta(seconds=15) + secs(r, -0.05, 0.05)
    # the phone app asks for files that are gone and a stale plugin asset
    for y in poisson(r, at(3, 10), at(11, 0), 300):
        name = r.choice(["old_part.gcode", "test.gcode", "CE3_xyz.gcode"])
        OP(
            y,
            "tornado.access",
            "WARNING",
            "%d %s %.2fms",
            404,
            f"GET /api/files/local/{name} (::ffff:{r.choice(OP_CLIENTS)})",
            r.uniform(3, 20),
            # Labelled by method, route and status (a file's name in the route kept).
            label=f"404 GET /api/files/local/{name} (%s) %.2fms",
        )
    # browsers
    for y in poisson(r, at(6, 5), at(11, 0), 300):
        ip = r.choice(OP_CLIENTS)
        if r.random() < 0.3:
            OP(
                y - secs(r, 1, 3),
                "octoprint.server.api",
                "INFO",
                "Actively logging in user {} from {}",
                r.choice(["anna", "ben"]),
                ip,
            )
        sock(y, ip, r.choice(["anna", "ben", None]))
    for y in poisson(r, at(6, 20), at(11, 0), 2400):
        OP(
            y,
            "octoprint.server.api",
            "INFO",
            "Logging out user {} from {}",
            r.choice(["anna", "ben"]),
            r.choice(OP_CLIENTS),
        )
    # uploads and prints
    for y, nm in zip([at(6, 30), at(7, 2), at(8, 40), at(9, 35)], OP_FILES, strict=True):
        upload(y + secs(r, 0, 60), nm)
    connect(connects[0])
    job(at(6, 45, 10), OP_FILES[0], 70)
    job(at(8, 45, 0), OP_FILES[1], 25, fail=True)
    connect(connects[1])
    job(at(9, 40, 0), OP_FILES[3], 35)
    # the internet down
    x = OP(
        net_down[0],
        "octoprint.util.connectivity_checker",
        "INFO",
        "Connectivity changed from {} to {}",
        "online",
        "offline",
    )
    for y in (net_down[0] + timedelta(minutes=5), net_down[0] + timedelta(minutes=15)):
        OP(
            y,
            "octoprint.plugins.pluginmanager",
            "ERROR",
            "Could not fetch plugins from repository at {}",
            "https://plugins.octoprint.org/plugins.json",
            cont=OP_TRACE_REPO,
        )
        OP(
            y + secs(r, 0.5, 2),
            "octoprint.plugins.softwareupdate",
            "WARNING",
            "Could not get current version information for {}: {}",
            r.choice(["octoprint", "pip", "DisplayLayerProgress"]),
            "we are offline",
        )
    OP(
        net_down[1],
        "octoprint.util.connectivity_checker",
        "INFO",
        "Connectivity changed from {} to {}",
        "offline",
        "online",
    )
    # the restart
    x = OP(restart, "octoprint.server", "INFO", "Shutting down...")
    x = state(x + secs(r, 0.05, 0.2), "Offline")
    x = OP(x + secs(r, 0.3, 0.8), "octoprint.server", "INFO", "Goodbye!")
    x = start(x + secs(r, 6, 9))
    connect(x + secs(r, 25, 30))
    return fs.logs(t0)


# ------------------------------------------------------------------------------- tasmota

TA_DEVICES = [
    # host, topic, module, energy, mac tail
    ("tasmota-kitchen-0E42", "kitchen_pow", "Sonoff Pow R2", "energy", "0E42"),
    ("tasmota-plug-1-3A17", "plug_1", "Gosund SP111 v1.1", "energy", "3A17"),
    ("tasmota-plug-2-3A9C", "plug_2", "Gosund SP111 v1.1", "energy", "3A9C"),
    ("tasmota-garage-7B01", "garage", "Shelly 1", "ds18b20", "7B01"),
    ("tasmota-hall-51D2", "hall_bulb", "Generic", "light", "51D2"),
]
TA_BROKER = "192.168.1.10:1883"


def tasmota(r: random.Random) -> list[Log]:
    """Five Tasmota 13.4 devices, 06:00 to 10:20: four send their log to rsyslog on the home
    server (`tasmota.log`: `Jun  4 06:00:01 tasmota-plug-1-3A17 ESP-MQT: tele/plug_1/STATE =
    {...}`), the kitchen's POW R2 is watched on its web console at weblog 3 (`console-kitchen.log`:
    `06:00:01.123 MQT: ...`, uptime before the clock is synced). Telemetry every 120 s (the
    kitchen every 60 s), lights and plugs switched by automations and buttons, the garage's
    Shelly on a weak Wi-Fi link (`WIF: Connect failed with AP timeout`, reconnects), the MQTT
    broker restarted 08:00-08:05 (`MQT: Connect failed to %s, rc %d. Retry in %d sec`), and the
    kitchen plug upgraded and restarted at 09:00 (its boot lines from uptime 0)."""
    fs = Files(1000)
    boot = {d[0]: at(6, 0) - timedelta(seconds=r.randrange(20000, 400000)) for d in TA_DEVICES}
    synced = {d[0]: True for d in TA_DEVICES}
    power = {d[0]: r.choice(["ON", "OFF"]) for d in TA_DEVICES}
    energy = {d[0]: r.uniform(20, 900) for d in TA_DEVICES}
    bootcount = {d[0]: r.randrange(12, 90) for d in TA_DEVICES}
    down: dict[str, list[tuple[datetime, datetime]]] = {d[0]: [] for d in TA_DEVICES}
    broker_down = (at(8, 0, 12), at(8, 5, 3))

    def T(
        dev: tuple[str, str, str, str, str],
        t: datetime,
        fmt: str,
        *vals: object,
        label: str | None = None,
    ) -> datetime:
        host = dev[0]
        text = fill(fmt, *vals) if vals else fmt
        tag, msg = text.split(": ", 1) if text[3:5] == ": " else ("", text)
        if host == TA_DEVICES[0][0]:

            def line(t: datetime) -> list[str]:
                if synced[host]:
                    return [f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} {text}"]
                u = t - boot[host]
                s = int(u.total_seconds())
                return [
                    f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{u.microseconds // 1000:03d} {text}"
                ]
        else:

            def line(t: datetime) -> list[str]:
                return [
                    f"{syslog_ts(t)} {host} ESP-{tag}: {msg}"
                    if tag
                    else f"{syslog_ts(t)} {host} ESP-{text}"
                ]

        f = "console-kitchen.log" if host == TA_DEVICES[0][0] else "tasmota.log"
        return fs.add(f, t, label or lab(fmt), line, proc=host)

    def uptime(dev: tuple[str, str, str, str, str], t: datetime) -> tuple[str, int]:
        s = int((t - boot[dev[0]]).total_seconds())
        return f"{s // 86400}T{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}", s

    def is_down(dev: tuple[str, str, str, str, str], t: datetime) -> bool:
        return any(a <= t < b for a, b in down[dev[0]]) or broker_down[0] <= t < broker_down[1]

    def state_json(dev: tuple[str, str, str, str, str], t: datetime) -> str:
        up, us = uptime(dev, t)
        extra = f'"POWER":"{power[dev[0]]}"'
        if dev[3] == "light":
            extra += f',"Dimmer":{r.choice([30, 60, 100])},"Color":"{r.choice(["FF8C3C", "FFFFFF", "FFB070"])}","HSBColor":"22,76,100","White":0,"CT":{r.choice([327, 454])},"Channel":[100,55,24],"Scheme":0,"Fade":"ON","Speed":1,"LedTable":"ON"'
        rssi = r.randrange(24, 48) if dev[1] == "garage" else r.randrange(56, 90)
        return f'{{"Time":"{t:%Y-%m-%dT%H:%M:%S}","Uptime":"{up}","UptimeSec":{us},"Heap":{r.randrange(21, 27)},"SleepMode":"Dynamic","Sleep":50,"LoadAvg":{r.randrange(19, 40)},"MqttCount":{1 + (t > broker_down[1])},{extra},"Wifi":{{"AP":1,"SSId":"home-iot","BSSId":"C4:AD:34:12:9E:{dev[4][:2]}","Channel":6,"Mode":"11n","RSSI":{rssi},"Signal":{rssi // 2 - 100},"LinkCount":{1 + len(down[dev[0]])},"Downtime":"0T00:00:{r.randrange(3, 40):02d}"}}}}'

    def sensor_json(dev: tuple[str, str, str, str, str], t: datetime) -> str:
        if dev[3] == "ds18b20":
            return f'{{"Time":"{t:%Y-%m-%dT%H:%M:%S}","DS18B20":{{"Id":"01193D1E2C3F","Temperature":{r.uniform(16, 24):.1f}}},"TempUnit":"C"}}'
        p = r.randrange(0, 5) if power[dev[0]] == "OFF" else r.randrange(40, 1900)
        energy[dev[0]] += p / 30000
        return f'{{"Time":"{t:%Y-%m-%dT%H:%M:%S}","ENERGY":{{"TotalStartTime":"2023-11-02T18:22:10","Total":{energy[dev[0]]:.3f},"Yesterday":{r.uniform(0.5, 4):.3f},"Today":{r.uniform(0.1, 3):.3f},"Period":{p // 30},"Power":{p},"ApparentPower":{int(p * 1.1)},"ReactivePower":{int(p * 0.3)},"Factor":{r.uniform(0.8, 0.99):.2f},"Voltage":{r.randrange(226, 238)},"Current":{p / 230:.3f}}}}}'

    def connect_mqtt(dev: tuple[str, str, str, str, str], t: datetime, boot_info: bool) -> datetime:
        x = T(dev, t, "MQT: Attempting connection...")
        x = T(dev, x + secs(r, 0.01, 0.05), "MQT: Connected")
        x = T(dev, x + secs(r, 0.001, 0.01), "MQT: tele/%s/LWT = Online (retained)", dev[1])
        x = T(dev, x + secs(r, 0.001, 0.01), "MQT: cmnd/%s/POWER = ", dev[1])
        if boot_info:
            x = T(
                dev,
                x + secs(r, 0.01, 0.05),
                "MQT: tele/%s/INFO1 = %s",
                dev[1],
                f'{{"Info1":{{"Module":"{dev[2]}","Version":"13.4.0(release-tasmota)","FallbackTopic":"cmnd/DVES_{dev[4]}_fb/","GroupTopic":"cmnd/tasmotas/"}}}}',
            )
            x = T(
                dev,
                x + secs(r, 0.001, 0.01),
                "MQT: tele/%s/INFO2 = %s",
                dev[1],
                f'{{"Info2":{{"WebServerMode":"Admin","Hostname":"{dev[0]}","IPAddress":"192.168.1.{40 + TA_DEVICES.index(dev)}"}}}}',
            )
            x = T(
                dev,
                x + secs(r, 0.001, 0.01),
                "MQT: tele/%s/INFO3 = %s",
                dev[1],
                f'{{"Info3":{{"RestartReason":"Software/System restart","BootCount":{bootcount[dev[0]]}}}}}',
            )
        return x

    def switch(dev: tuple[str, str, str, str, str], t: datetime, how: str) -> None:
        if is_down(dev, t) and how == "MQTT":
            return
        power[dev[0]] = "OFF" if power[dev[0]] == "ON" else "ON"
        x = t
        if dev is TA_DEVICES[0]:
            x = T(dev, x, "SRC: %s", how)
            x = T(
                dev,
                x + secs(r, 0.001, 0.005),
                "CMD: Grp %d, Cmd '%s', Idx %d, Len %d, Pld %d, Data '%s'",
                0,
                "POWER",
                1,
                6,
                2,
                "toggle" if how == "Button" else power[dev[0]],
            )
        if is_down(dev, t):
            return
        if dev[3] == "light" and power[dev[0]] == "ON":
            x = T(
                dev,
                x + secs(r, 0.001, 0.01),
                "MQT: stat/%s/RESULT = %s",
                dev[1],
                f'{{"POWER":"ON","Dimmer":{r.choice([30, 60, 100])},"Color":"FF8C3C","HSBColor":"22,76,100","White":0,"CT":327,"Channel":[100,55,24]}}',
            )
        else:
            x = T(
                dev,
                x + secs(r, 0.001, 0.01),
                "MQT: stat/%s/RESULT = %s",
                dev[1],
                f'{{"POWER":"{power[dev[0]]}"}}',
            )
        T(dev, x + secs(r, 0.001, 0.01), "MQT: stat/%s/POWER = %s", dev[1], power[dev[0]])

    def boot_lines(dev: tuple[str, str, str, str, str], t: datetime) -> datetime:
        boot[dev[0]] = t
        synced[dev[0]] = False
        bootcount[dev[0]] += 1
        x = T(dev, t + timedelta(milliseconds=1), "HDW: %s", "ESP8266EX")
        x = T(dev, x + timedelta(milliseconds=2), "UFS: FlashSize %s, FS size %s", "4M", "0")
        x = T(
            dev,
            x + timedelta(milliseconds=48),
            "CFG: Loaded from flash at %X, Count %d",
            0xF9,
            r.randrange(140, 180),
        )
        x = T(
            dev,
            x + timedelta(milliseconds=12),
            "Project %s %s - Tasmota Version %s(%s)-%s(%s)",
            "tasmota",
            "Kitchen POW",
            "13.4.0",
            "release-tasmota",
            "2_7_6",
            "2024-02-15T10:12:00",
        )
        x = T(
            dev,
            x + secs(r, 0.3, 0.5),
            "WIF: Connecting to AP%d %s Channel %d BSSId %s in mode %s as %s...",
            1,
            "home-iot",
            6,
            f"C4:AD:34:12:9E:{dev[4][:2]}",
            "11n",
            dev[0],
        )
        x = T(dev, x + secs(r, 1.2, 2.5), "WIF: Connected")
        x = T(
            dev,
            x + secs(r, 0.2, 0.4),
            "HTP: Web server active on %s with IP address %s",
            dev[0],
            f"192.168.1.{40 + TA_DEVICES.index(dev)}",
        )
        x = connect_mqtt(dev, x + secs(r, 0.8, 1.2), True)
        synced[dev[0]] = True
        x = T(
            dev,
            x + secs(r, 1.5, 3),
            "RTC: UTC %s, DST %s, STD %s",
            f"{x:%Y-%m-%dT%H:%M:%S}",
            "2024-03-31T02:00:00",
            "2024-10-27T03:00:00",
        )
        x = T(dev, x + secs(r, 0.001, 0.01), "RTC: Synced by %s", "NTP")
        return x

    t0 = at(6, 0)
    for i, dev in enumerate(TA_DEVICES):
        period = 60 if i == 0 else 120
        # the garage's link drops
        if dev[1] == "garage":
            for y in poisson(r, at(6, 10), at(9, 50), 1500):
                down[dev[0]].append((y, y + secs(r, 12, 70)))
        y = t0 + timedelta(seconds=r.uniform(0, period))
        while y < at(10, 20):
            if is_down(dev, y) or (i == 0 and at(9, 0, 0) <= y < at(9, 0, 40)):
                y += timedelta(seconds=period)
                continue
            x = T(dev, y, "MQT: tele/%s/STATE = %s", dev[1], state_json(dev, y))
            if dev[3] in ("energy", "ds18b20"):
                T(
                    dev,
                    x + secs(r, 0.01, 0.05),
                    "MQT: tele/%s/SENSOR = %s",
                    dev[1],
                    sensor_json(dev, y),
                )
            y += timedelta(seconds=period) + secs(r, -0.01, 0.01)
        for y in poisson(r, at(6, 0), at(10, 20), 600 if dev[3] != "light" else 300):
            switch(dev, y, "MQTT" if r.random() < 0.8 else "Button")
        for a, b in down[dev[0]]:
            x = T(dev, a + secs(r, 1, 3), "WIF: Connect failed with AP timeout")
            x = T(
                dev,
                b,
                "WIF: Connecting to AP%d %s Channel %d BSSId %s in mode %s as %s...",
                1,
                "home-iot",
                6,
                f"C4:AD:34:12:9E:{dev[4][:2]}",
                "11n",
                dev[0],
            )
            x = T(dev, x + secs(r, 1, 3), "WIF: Connected")
            connect_mqtt(dev, x + secs(r, 0.5, 2), False)
        # the broker's restart
        y = broker_down[0] + secs(r, 0.5, 3)
        x = T(dev, y, "MQT: Connect failed to %s, rc %d. Retry in %d sec", TA_BROKER, -3, 10)
        while True:
            y = x + timedelta(seconds=10) + secs(r, 0.01, 0.2)
            if y >= broker_down[1]:
                break
            x = T(dev, y, "MQT: Attempting connection...")
            x = T(
                dev,
                x + secs(r, 0.3, 1.5) if r.random() < 0.2 else x + secs(r, 0.01, 0.05),
                "MQT: Connect failed to %s, rc %d. Retry in %d sec",
                TA_BROKER,
                -2,
                10,
            )
        connect_mqtt(dev, y, False)
    # the kitchen's console: the web UI opened, and the upgrade at 09:00
    k = TA_DEVICES[0]
    for y in poisson(r, at(6, 20), at(8, 55), 1200):
        x = T(k, y, "HTP: %s", "Main Menu")
        x = T(
            k, x + secs(r, 2, 20), "HTP: %s", r.choice(["Console", "Configuration", "Information"])
        )
    x = T(k, at(8, 58, 2), "HTP: %s", "Firmware Upgrade")
    x = T(
        k,
        x + secs(r, 2, 5),
        "UPG: Upgrade from %s",
        "http://ota.tasmota.com/tasmota/release/tasmota.bin.gz",
    )
    x = T(k, x + secs(r, 20, 35), "UPG: Successful. Restarting")
    x = T(k, x + secs(r, 0.1, 0.5), "APP: Restarting")
    boot_lines(k, x + secs(r, 3, 5))
    return fs.logs(t0)


# -------------------------------------------------------------------------------- zephyr

ZE_NODES = [
    ("node-a.log", 1, "192.168.1.77", 0x20001B30),
    ("node-b.log", 2, "192.168.1.78", 0x20001B48),
]


def zephyr(r: random.Random) -> list[Log]:
    """Two nRF52840 sensor nodes with a W5500 Ethernet module on Zephyr 3.6 (MCUboot 2.0 in
    front, its minimal log mode), their serial consoles captured from 06:00 to 10:00
    (`node-a.log`, `node-b.log`: `[00:00:01.234,567] <inf> net_dhcpv4: Received: ...`, the
    uptime since the node's boot): the boot banner (printk, no header), net_config's lines,
    DHCP renewals every 900 s, a BME280 read and an MQTT publish every 40 s
    (`temp: %d.%06d; press: %d.%06d; humidity: %d.%06d`, the sample's `%s: %d <%s>` results,
    `PUBACK packet id: %u`); node-b's I2C bus failing 07:00-07:40 (`Error on I2C line occurred
    for message %d`, a `--- %u messages dropped ---` line) then its sensor thread overflowing
    its stack (the MPU fault's lines, the ESF dump, `>>> ZEPHYR FATAL ERROR %d: %s on CPU %d`,
    `Halting system`), the watchdog resetting it; node-a hitting an assertion at 08:30 (printk's
    `ASSERTION FAIL [%s] @ %s:%d` and its message line, the kernel panic); the broker gone
    09:10-09:14 (`MQTT client disconnected %d`, `try_to_connect: %d <ERROR>` every 5 s)."""
    fs = Files(1)
    boots: dict[str, datetime] = {}

    def up(f: str, t: datetime) -> str:
        u = t - boots[f]
        s = int(u.total_seconds())
        return f"[{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{u.microseconds // 1000:03d},{u.microseconds % 1000:03d}]"

    def Z(f: str, t: datetime, lvl: str, mod: str, label: str, text: str) -> datetime:
        return fs.add(f, t, label, lambda t: [f"{up(f, t)} <{lvl}> {mod}: {text}"])

    def ZF(f: str, t: datetime, lvl: str, mod: str, fmt: str, *vals: object) -> datetime:
        return Z(f, t, lvl, mod, lab(fmt), fill(fmt, *vals) if vals else fmt)

    def raw(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda _t: lines)

    def boot(node: tuple[str, int, str, int], t: datetime, mcuboot: bool) -> datetime:
        f = node[0]
        boots[f] = t
        x = t
        if mcuboot:
            x = raw(
                f,
                x,
                "*** Booting Zephyr OS build %s ***",
                ["*** Booting Zephyr OS build v3.6.0 ***"],
            )
            x = raw(
                f,
                x + timedelta(milliseconds=2),
                "I: Starting bootloader",
                ["I: Starting bootloader"],
            )
            x = raw(
                f,
                x + timedelta(milliseconds=3),
                "I: Primary image: magic=%s, swap_type=0x%x, copy_done=0x%x, image_ok=0x%x",
                ["I: Primary image: magic=good, swap_type=0x1, copy_done=0x1, image_ok=0x1"],
            )
            x = raw(
                f,
                x + timedelta(milliseconds=1),
                "I: Secondary image: magic=%s, swap_type=0x%x, copy_done=0x%x, image_ok=0x%x",
                ["I: Secondary image: magic=unset, swap_type=0x1, copy_done=0x3, image_ok=0x3"],
            )
            x = raw(
                f,
                x + timedelta(milliseconds=40),
                "I: Bootloader chainload address offset: 0x%x",
                ["I: Bootloader chainload address offset: 0xc000"],
            )
            x = raw(
                f,
                x + timedelta(milliseconds=1),
                "I: Jumping to the first image slot",
                ["I: Jumping to the first image slot"],
            )
            boots[f] = x + timedelta(milliseconds=5)
        x = raw(
            f,
            boots[f] + timedelta(microseconds=3100),
            "*** Booting Zephyr OS build %s ***",
            ["*** Booting Zephyr OS build v3.6.0 ***"],
        )
        x = ZF(f, x + timedelta(microseconds=714), "inf", "net_config", "Initializing network")
        x = Z(
            f,
            x + timedelta(microseconds=31),
            "inf",
            "net_config",
            "Waiting interface %d (%p) to be up...",
            f"Waiting interface 1 ({node[3]:#x}) to be up...",
        )
        x = ZF(f, x + secs(r, 1.2, 1.8), "inf", "eth_w5500", "%s: Link up", "w5500@0")
        x = Z(
            f,
            x + timedelta(microseconds=183),
            "inf",
            "net_config",
            "Interface %d (%p) coming up",
            f"Interface 1 ({node[3]:#x}) coming up",
        )
        x = ZF(f, x + timedelta(microseconds=458), "inf", "net_config", "Running dhcpv4 client...")
        x = ZF(f, x + secs(r, 2, 4), "inf", "net_dhcpv4", "Received: %s", node[2])
        x = ZF(f, x + timedelta(microseconds=243), "inf", "net_config", "IPv4 address: %s", node[2])
        x = ZF(
            f, x + timedelta(microseconds=30), "inf", "net_config", "Lease time: %u seconds", 1800
        )
        x = ZF(
            f, x + timedelta(microseconds=31), "inf", "net_config", "Subnet: %s", "255.255.255.0"
        )
        x = ZF(f, x + timedelta(microseconds=31), "inf", "net_config", "Router: %s", "192.168.1.1")
        x = ZF(
            f,
            x + timedelta(microseconds=900),
            "inf",
            "app",
            "Sensor node %d starting (fw %s)",
            node[1],
            "1.4.2",
        )
        x = ZF(f, x + secs(r, 0.05, 0.1), "inf", "app", "try_to_connect: %d <OK>", 0)
        return ZF(f, x + secs(r, 0.05, 0.2), "inf", "app", "MQTT client connected!")

    def esf(f: str, x: datetime) -> datetime:
        w = lambda: f"0x{r.randrange(0, 0x20040000):08x}"  # noqa: E731
        x = Z(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            "r0/a1:  0x%08x  r1/a2:  0x%08x  r2/a3:  0x%08x",
            f"r0/a1:  {w()}  r1/a2:  {w()}  r2/a3:  {w()}",
        )
        x = Z(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            "r3/a4:  0x%08x r12/ip:  0x%08x r14/lr:  0x%08x",
            f"r3/a4:  {w()} r12/ip:  {w()} r14/lr:  0x{r.randrange(0x8000, 0x40000):08x}",
        )
        x = Z(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            " xpsr:  0x%08x",
            f" xpsr:  0x{r.choice([0x61000000, 0x21000000, 0x41000000]):08x}",
        )
        return Z(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            "Faulting instruction address (r15/pc): 0x%08x",
            f"Faulting instruction address (r15/pc): 0x{r.randrange(0xC000, 0x40000):08x}",
        )

    def fatal(f: str, x: datetime, reason: int, text: str, thread: str) -> datetime:
        x = ZF(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            ">>> ZEPHYR FATAL ERROR %d: %s on CPU %d",
            reason,
            text,
            0,
        )
        x = Z(
            f,
            x + timedelta(microseconds=30),
            "err",
            "os",
            "Current thread: %p (%s)",
            f"Current thread: 0x{r.randrange(0x20001000, 0x20008000):08x} ({thread})",
        )
        return ZF(f, x + timedelta(milliseconds=45), "err", "os", "Halting system")

    pubs = {n[0]: r.randrange(1000, 9000) for n in ZE_NODES}
    broker = (at(9, 10, 20), at(9, 14, 5))
    crash = {"node-b.log": at(7, 40, 11), "node-a.log": at(8, 30, 47)}
    t0 = at(6, 0)
    for node in ZE_NODES:
        f = node[0]
        x = boot(node, at(5, 59, 20) + secs(r, 0, 20), True)
        dead_until = None
        y = x + secs(r, 5, 40)
        dhcp = x + timedelta(seconds=900)
        while y < at(10, 0):
            if dead_until and y < dead_until:
                y += timedelta(seconds=40)
                continue
            if y >= crash[f] and dead_until is None:
                if f == "node-b.log":
                    x = ZF(f, crash[f], "err", "os", "***** MPU FAULT *****")
                    x = ZF(
                        f,
                        x + timedelta(microseconds=30),
                        "err",
                        "os",
                        "  Stacking error (context area might be not valid)",
                    )
                    x = ZF(
                        f, x + timedelta(microseconds=30), "err", "os", "  Data Access Violation"
                    )
                    x = ZF(
                        f,
                        x + timedelta(microseconds=30),
                        "err",
                        "os",
                        "  MMFAR Address: 0x%x",
                        0x20004BF8,
                    )
                    x = esf(f, x)
                    x = fatal(f, x, 2, "Stack overflow", "sensor")
                else:
                    x = raw(
                        f,
                        crash[f],
                        "ASSERTION FAIL [%s] @ %s:%d",
                        [
                            "ASSERTION FAIL [sem->count <= sem->limit] @ WEST_TOPDIR/zephyr/kernel/sem.c:134",
                            "\tunexpected sem count",
                        ],
                    )
                    x = esf(f, x + timedelta(microseconds=100))
                    x = fatal(f, x, 4, "Kernel panic", "mqtt_rx")
                x = boot(node, x + secs(r, 4, 6), True)
                dead_until = x + secs(r, 1, 5)
                dhcp = x + timedelta(seconds=900)
                y = dead_until
                continue
            if y >= dhcp:
                ZF(f, dhcp, "inf", "net_dhcpv4", "Received: %s", node[2])
                dhcp += timedelta(seconds=900) + secs(r, 0, 2)
            if broker[0] <= y < broker[1]:
                y += timedelta(seconds=40)
                continue
            bad = f == "node-b.log" and at(7, 0) <= y < crash[f] and r.random() < 0.35
            if bad:
                x = ZF(
                    f,
                    y,
                    "err",
                    "i2c_nrfx_twim",
                    "Error on I2C line occurred for message %d",
                    r.choice([0, 1]),
                )
                if r.random() < 0.2:
                    x = raw(
                        f,
                        x + timedelta(microseconds=200),
                        "--- %u messages dropped ---",
                        [f"--- {r.randrange(2, 14)} messages dropped ---"],
                    )
                x = ZF(
                    f,
                    x + timedelta(microseconds=300),
                    "err",
                    "app",
                    "sensor_sample_fetch failed: %d",
                    -5,
                )
            else:
                x = ZF(
                    f,
                    y,
                    "inf",
                    "app",
                    "temp: %d.%06d; press: %d.%06d; humidity: %d.%06d",
                    r.randrange(19, 26),
                    r.randrange(0, 999999),
                    r.randrange(99, 102),
                    r.randrange(0, 999999),
                    r.randrange(35, 60),
                    r.randrange(0, 999999),
                )
                x = ZF(f, x + secs(r, 0.002, 0.01), "inf", "app", "mqtt_publish: %d <OK>", 0)
                pubs[f] += 1
                ZF(f, x + secs(r, 0.02, 0.15), "inf", "app", "PUBACK packet id: %u", pubs[f])
            y += timedelta(seconds=40) + secs(r, -0.001, 0.001)
        # the broker's outage
        x = ZF(f, broker[0] + secs(r, 0, 3), "inf", "app", "MQTT client disconnected %d", -104)
        x = ZF(f, x + secs(r, 5, 30), "inf", "app", "mqtt_publish: %d <ERROR>", -128)
        while x < broker[1]:
            x = ZF(
                f,
                x + timedelta(seconds=5) + secs(r, 0, 0.01),
                "inf",
                "app",
                "try_to_connect: %d <ERROR>",
                -111,
            )
        x = ZF(f, x + secs(r, 0.5, 2), "inf", "app", "try_to_connect: %d <OK>", 0)
        ZF(f, x + secs(r, 0.05, 0.2), "inf", "app", "MQTT client connected!")
    return fs.logs(t0)


# -------------------------------------------------------------------------------- mender

ME_DEVICES = ["rpi-01", "rpi-02", "rpi-03"]
ME_SERVER = "https://hosted.mender.io"


def mender(r: random.Random) -> list[Log]:
    """Three Raspberry Pis running the Mender 3.5 client (`rpi-01-syslog` ...: rsyslog's
    lines with the client's logrus text, `mender[412]: time="..." level=info msg="..."
    module=mender`) and a gateway running mender-update 4.0 (`gw-04-syslog`: `mender-updated[318]:
    record_id=... severity=info time="2024-Jun-04 06:00:01.123456" name="Global" msg="..."`),
    06:00 to 11:00, polling every 60 s and sending inventory every 30 minutes: a rootfs
    deployment at 07:30 (`Correct request for getting image from: ...`, the block-device writer's
    lines, the reboot and commit), rpi-03's download broken and resumed, rpi-02's new image
    failing to boot and rolled back, and the uplink's DNS failing 08:40-09:00 (`Update check
    failed: ...`, `Failed to send inventory: ...`)."""
    fs = Files(1000)
    t0 = at(6, 0)
    dns_down = (at(8, 40, 3), at(9, 0, 17))
    pids = {d: r.randrange(300, 900) for d in [*ME_DEVICES, "gw-04"]}
    rootfs = {d: "/dev/mmcblk0p2" for d in ME_DEVICES}
    dep = "3f1c2b7e-5a4d-4c8e-9b1f-0e2d6a7c9b11"
    art = "release-2024.06.1"

    def M(d: str, t: datetime, lvl: str, mod: str, fmt: str, *vals: object) -> datetime:
        text = fill(fmt, *vals) if vals else fmt
        esc = text.replace("\\", "\\\\").replace('"', '\\"')
        return fs.add(
            f"{d}-syslog",
            t,
            lab(fmt),
            lambda t: [
                f'{syslog_ts(t)} {d} mender[{pids[d]}]: time="{t:%Y-%m-%dT%H:%M:%S}Z" level={lvl} msg="{esc}" module={mod}'
            ],
        )

    def tr(d: str, t: datetime, a: tuple[str, str], b: tuple[str, str]) -> datetime:
        return M(
            d, t, "info", "mender", "State transition: %s [%s] -> %s [%s]", a[0], a[1], b[0], b[1]
        )

    def start(d: str, t: datetime) -> datetime:
        pids[d] = r.randrange(300, 900)
        x = M(d, t, "info", "main", "Running Mender client version: %s", "3.5.2")
        x = M(
            d,
            x + secs(r, 0.01, 0.05),
            "info",
            "config",
            "Loaded configuration file: %s",
            "/etc/mender/mender.conf",
        )
        x = M(
            d,
            x + secs(r, 0.001, 0.01),
            "info",
            "config",
            "Loaded configuration file: %s",
            "/var/lib/mender/mender.conf",
        )
        x = M(
            d,
            x + secs(r, 0.01, 0.05),
            "info",
            "dual_rootfs_device",
            "Mender running on partition: %s",
            rootfs[d],
        )
        x = M(d, x + secs(r, 0.05, 0.2), "info", "mender", "Local proxy started")
        return x

    IDLE, SYNC = ("check-wait", "Idle"), ("update-check", "Sync")
    INV = ("inventory-update", "Sync")

    for d in ME_DEVICES:
        x = start(d, t0 + secs(r, 1, 20))
        x = tr(d, x + secs(r, 0.01, 0.05), ("init", "none"), ("idle", "Idle"))
        x = tr(d, x + secs(r, 0.01, 0.05), ("idle", "Idle"), ("authorize-wait", "Idle"))
        x = tr(d, x + secs(r, 0.01, 0.05), ("authorize-wait", "Idle"), ("authorize", "Sync"))
        x = M(
            d,
            x + secs(r, 0.3, 1.2),
            "info",
            "client_auth",
            "successfully received new authorization data from server %s",
            ME_SERVER,
        )
        x = tr(d, x + secs(r, 0.01, 0.05), ("authorize", "Sync"), IDLE)
        deploy_at = at(7, 30, 5) + secs(r, 0, 55)
        nxt_inv = x + timedelta(minutes=30)
        y = x + secs(r, 30, 60)
        rebooted = False
        while y < at(11, 0):
            if y >= deploy_at and not rebooted:
                rebooted = True
                x = tr(d, y, IDLE, SYNC)
                x = M(
                    d,
                    x + secs(r, 0.2, 0.6),
                    "info",
                    "client_update",
                    "Correct request for getting image from: %s [name: %v; devices: %v]",
                    f"https://s3.amazonaws.com/hosted-mender-artifacts/5b48937d7e71f600014ab529/{dep}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAQWI25QR6NDTJ7DLD%2F20240604%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240604T{y:%H%M%S}Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature={r.getrandbits(256):064x}",
                    art,
                    "[raspberrypi4]",
                )
                x = tr(d, x + secs(r, 0.001, 0.01), SYNC, ("update-fetch", "Download_Enter"))
                x = M(
                    d,
                    x + secs(r, 0.01, 0.05),
                    "info",
                    "deployment_logger",
                    "Running Mender client version: %s",
                    "3.5.2",
                )
                x = tr(
                    d,
                    x + secs(r, 0.01, 0.05),
                    ("update-fetch", "Download_Enter"),
                    ("update-store", "Download_Enter"),
                )
                x = M(
                    d,
                    x + secs(r, 0.2, 0.5),
                    "info",
                    "installer",
                    "no public key was provided for authenticating the artifact",
                )
                new = "/dev/mmcblk0p3" if rootfs[d].endswith("2") else "/dev/mmcblk0p2"
                x = M(
                    d,
                    x + secs(r, 0.01, 0.05),
                    "info",
                    "dual_rootfs_device",
                    "Opening device %q for writing",
                    new,
                )
                x = M(
                    d,
                    x + secs(r, 0.001, 0.01),
                    "info",
                    "dual_rootfs_device",
                    "Native sector size of block device %s is %v bytes. Mender will write in chunks of %v bytes",
                    new,
                    512,
                    1048576,
                )
                x += secs(r, 120, 300)
                if d == "rpi-03":
                    for k in range(r.randrange(5, 9)):
                        x = M(
                            d,
                            x,
                            "error",
                            "client_update",
                            "Download connection broken: %s",
                            "unexpected EOF",
                        )
                        x = M(
                            d,
                            x + secs(r, 0.001, 0.01),
                            "info",
                            "client_update",
                            "Resuming download in %s",
                            f"{min(60, 2 ** (k + 1))}s",
                        )
                        x += timedelta(seconds=min(60, 2 ** (k + 1))) + secs(r, 0.5, 20)
                x = M(
                    d,
                    x,
                    "info",
                    "dual_rootfs_device",
                    "All bytes were successfully written to the new partition",
                )
                x = M(
                    d,
                    x + secs(r, 0.001, 0.01),
                    "info",
                    "dual_rootfs_device",
                    "The optimized block-device writer wrote a total of %v frames, where %v frames did need to be rewritten (i.e., skipped)",
                    1024,
                    r.randrange(300, 700),
                )
                x = M(
                    d,
                    x + secs(r, 0.001, 0.01),
                    "info",
                    "dual_rootfs_device",
                    "Wrote %v/%v bytes to the inactive partition",
                    1073741824,
                    1073741824,
                )
                x = M(
                    d,
                    x + secs(r, 0.5, 2),
                    "info",
                    "dual_rootfs_device",
                    "Enabling partition with new image installed to be a boot candidate: %d",
                    int(new[-1]),
                )
                x = tr(
                    d,
                    x + secs(r, 0.01, 0.05),
                    ("update-store", "Download_Enter"),
                    ("update-after-store", "Download_Leave"),
                )
                x = tr(
                    d,
                    x + secs(r, 0.01, 0.05),
                    ("update-after-store", "Download_Leave"),
                    ("update-install", "ArtifactInstall"),
                )
                x = tr(
                    d,
                    x + secs(r, 0.01, 0.05),
                    ("update-install", "ArtifactInstall"),
                    ("reboot", "ArtifactReboot_Enter"),
                )
                x = M(d, x + secs(r, 0.2, 0.5), "info", "dual_rootfs_device", "Rebooting device(s)")
                x = M(d, x + secs(r, 0.3, 1), "info", "main", "Daemon terminated with SIGTERM")
                boot = x + secs(r, 40, 80)
                if d != "rpi-02":
                    rootfs[d] = new
                x = start(d, boot)
                x = tr(
                    d,
                    x + secs(r, 0.01, 0.05),
                    ("init", "none"),
                    ("after-reboot", "ArtifactReboot_Leave"),
                )
                if d == "rpi-02":
                    x = M(
                        d,
                        x + secs(r, 0.01, 0.05),
                        "error",
                        "mender",
                        "Reboot to the new update failed. Expected %q partition but booted into %q",
                        new,
                        rootfs[d],
                    )
                    seq = [
                        ("after-reboot", "ArtifactReboot_Leave"),
                        ("rollback", "ArtifactRollback"),
                        ("after-rollback-reboot", "ArtifactRollbackReboot_Leave"),
                        ("update-error", "ArtifactFailure"),
                        ("cleanup", "Error"),
                        ("update-status-report", "none"),
                        ("idle", "Idle"),
                        IDLE,
                    ]
                    status = "failure"
                else:
                    seq = [
                        ("after-reboot", "ArtifactReboot_Leave"),
                        ("update-verify", "ArtifactReboot_Leave"),
                        ("update-commit", "ArtifactCommit_Enter"),
                        ("update-after-first-commit", "ArtifactCommit_Enter"),
                        ("update-after-commit", "ArtifactCommit_Leave"),
                        ("cleanup", "Error"),
                        ("update-status-report", "none"),
                        ("idle", "Idle"),
                        IDLE,
                    ]
                    status = "success"
                for a, b in itertools.pairwise(seq):
                    x = tr(d, x + secs(r, 0.05, 0.4), a, b)
                    if b[0] == "update-status-report":
                        x = M(
                            d,
                            x + secs(r, 0.1, 0.4),
                            "info",
                            "client_status",
                            "Sending status update: %s",
                            status,
                        )
                y = x + timedelta(seconds=60)
                continue
            if y >= nxt_inv:
                x = tr(d, y, IDLE, INV)
                if dns_down[0] <= y < dns_down[1]:
                    x = M(
                        d,
                        x + secs(r, 0.05, 0.2),
                        "error",
                        "mender",
                        "Failed to send inventory: transient error: Put %q: dial tcp: lookup %s on %s: server misbehaving",
                        f"{ME_SERVER}/api/devices/v1/inventory/device/attributes",
                        "hosted.mender.io",
                        "192.168.1.1:53",
                    )
                x = tr(d, x + secs(r, 0.2, 0.9), INV, IDLE)
                nxt_inv += timedelta(minutes=30)
                y = x + timedelta(seconds=60)
                continue
            x = tr(d, y, IDLE, SYNC)
            if dns_down[0] <= y < dns_down[1]:
                x = M(
                    d,
                    x + secs(r, 0.01, 0.05),
                    "error",
                    "mender",
                    "Update check failed: transient error: Get %q: dial tcp: lookup %s on %s: server misbehaving",
                    f"{ME_SERVER}/api/devices/v1/deployments/device/deployments/next",
                    "hosted.mender.io",
                    "192.168.1.1:53",
                )
                x = tr(d, x + secs(r, 0.001, 0.01), SYNC, ("error", "Error"))
                x = tr(d, x + secs(r, 0.001, 0.01), ("error", "Error"), ("idle", "Idle"))
                x = tr(d, x + secs(r, 0.001, 0.01), ("idle", "Idle"), IDLE)
            else:
                x = tr(d, x + secs(r, 0.1, 0.5), SYNC, IDLE)
            y = x + timedelta(seconds=60) + secs(r, -0.1, 0.1)

    # the gateway on mender-update 4.0
    g = "gw-04"
    rec = {"n": 0}

    def G(t: datetime, sev: str, fmt: str, *vals: object) -> datetime:
        text = fill(fmt, *vals) if vals else fmt
        esc = text.replace('"', '\\"')

        def line(t: datetime) -> list[str]:
            rec["n"] += 1
            return [
                f'{syslog_ts(t)} {g} mender-updated[{pids[g]}]: record_id={rec["n"]} severity={sev} time="{t:%Y-%b-%d %H:%M:%S}.{t.microsecond:06d}" name="Global" msg="{esc}"'
            ]

        return fs.add(f"{g}-syslog", t, lab(fmt), line)

    x = G(t0 + secs(r, 1, 10), "info", "Running Mender client %s", "4.0.1")
    x = G(x + secs(r, 0.5, 2), "info", "Inventory data submitted")
    for y in poisson(r, x + timedelta(minutes=30), at(11, 0), 1800):
        if dns_down[0] <= y < dns_down[1]:
            G(
                y,
                "error",
                "Failed to submit inventory: Could not resolve host: %s",
                "hosted.mender.io",
            )
        else:
            G(y, "info", "Inventory data submitted")
    for y in poisson(r, dns_down[0], dns_down[1], 60):
        G(y, "error", "Update check failed: Could not resolve host: %s", "hosted.mender.io")
    x = G(at(7, 31, 40), "info", "Deployment with ID %s started.", dep)
    x = G(x + secs(r, 0.2, 1), "info", "Installing artifact...")
    for k in range(0, 101, 5):
        x = G(x + secs(r, 3, 9), "info", "Download progress: %d%%", k)
    x = G(
        x + secs(r, 2, 5),
        "info",
        "Update Module output (stdout): %s",
        "Installing package gateway-agent_2.4.0_arm64.deb",
    )
    x = G(
        x + secs(r, 2, 5),
        "info",
        "Update Module output (stdout): %s",
        "Setting up gateway-agent (2.4.0) ...",
    )
    x = G(x + secs(r, 0.5, 2), "info", "Artifact installation complete")
    x = G(x + secs(r, 0.5, 2), "info", "Committing artifact...")
    x = G(
        x + secs(r, 0.2, 1),
        "info",
        "Deployment with ID %s finished with status: %s",
        dep,
        "success",
    )
    return fs.logs(t0)


SYSTEMS = {
    "klipper": klipper,
    "octoprint": octoprint,
    "tasmota": tasmota,
    "zephyr": zephyr,
    "mender": mender,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
