#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 243 (ros2, px4, go2rtc, kerberos-agent, ring-mqtt) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five robotics and camera programs, 06:00 to 12:00 on
2024-06-07 (the Kerberos Agent's `docker logs --since 80m`: 10:40 to 12:00). The brief's Shinobi
is replaced by the Kerberos Agent, another self-hosted NVR that is not in the set: Shinobi's own
console writes almost nothing in a day (its monitors' events go to the `Logs` table and the web
UI, `s.systemLog` only when `systemLog` is set, a dozen start-up lines), and its current source
is on GitLab, where its messages could not be checked.

- ROS 2 Humble, Nav2 (`amr-01-journal.log`, `amr-02-journal.log`): two warehouse AMRs, each
  running `ros2 launch` of the team's Nav2 bringup (map_server, amcl, controller_server,
  planner_server, behavior_server, bt_navigator and two lifecycle managers; the fleet manager's
  goals through NavigateToPose; a behaviour tree that replans only when the path becomes
  invalid) as a systemd unit, kept with `journalctl -u amr-navigation -o short-iso -a` (`-a`:
  the lifecycle manager's blue lines hold escape codes, which journalctl shows as `[67B blob
  data]` without it). Each line: the journal's head, launch's `[name-N] ` before a node's
  rcutils line `[INFO] [1717740061.493582885] [bt_navigator]: ...`, launch's own lines
  `[INFO] [launch]: ...` with no time of their own. Both robots start at 06:00 (launch's `All
  log files can be found below %s`, `process started with pid [%s]`, the lifecycle managers'
  `Configuring %s` / `Activating %s` / `Server %s connected with bond.` with each node's own
  `Configuring` / `Activating`, amcl's `Setting pose (%.6f): %.3f %.3f %.3f`); every goal's
  `Begin navigating from current location (%.2f, %.2f) to (%.2f, %.2f)`, `Received a goal, begin
  computing control effort.`, now and then `Passing new path to controller.`, `Reached the
  goal!`, `Goal succeeded`; a pallet blocking an aisle for amr-02 08:10-08:25 (`Failed to make
  progress`, `Running %s` / `%s completed successfully` for spin, backup and wait, `Planning
  algorithm %s failed to generate a valid path to (%.2f, %.2f)`, `Goal failed`); a technician's
  rosbag recording starving amr-01's CPU 09:05-09:20 (`Control loop missed its desired rate of
  %.4fHz`, tf2's `Message Filter dropping message: frame '%s' at time %.3f for reason '%s'`);
  amr-02's transform cache behind after a driver restart at 10:05 and the operator's new pose;
  amr-01's controller_server segfaulting at 10:40 (launch's `process has died [pid %s, exit code
  %s, cmd '%s'].`, `Have not received a heartbeat from %s.`, `CRITICAL FAILURE: SERVER %s IS
  DOWN after not receiving a heartbeat for %i ms. Shutting down related nodes.`, `Resetting
  managed nodes...`, `Deactivating %s`, `Failed to change state for node: %s`, `Failed to reset
  nodes: aborting reset`) and the unit restarted at 10:49. The start-up is cut to the lifecycle
  managers' lines and each node's first line: a real bringup also prints the costmaps' and
  plugins' set-up (about forty more formats, seen three times a day).
- PX4 v1.14 SITL (`sim-0.log`, `sim-1.log`, `sim-2.log`): three containers of a drone
  company's simulation farm (`make px4_sitl gz_x500`-built PX4 started with `-d`, Gazebo
  Harmonic, a MAVSDK harness flying a delivery mission every few minutes), kept with `docker
  logs --timestamps` (`2024-06-07T06:00:48.163839101Z INFO  [commander] Armed by external
  command` and the tab PX4's `mavlink_log_*` messages end with). Each start: the ASCII banner
  over six lines with a blank line before and after it, `px4 starting.`, `startup script:
  /bin/sh %s 0`, the parameter files, dataman, `world: %s, model name: %s, simulation model: %s`,
  lockstep, `LED: open %s failed (%i)`, four `mode: %s, data rate: %d B/s on udp port %hu remote
  port %hu`, `logger started (mode=%s)`, the boot log (`Start file log (type: %s)`, `[logger]
  %s`, `Opened %s log file: %s`), `MAVLink only on localhost ...` twice, `Startup script
  returned successfully`, `partner IP: %s`, `Ready for takeoff!`; per flight `Armed by %s`,
  `arming warning`, the log's three lines, `Takeoff detected`, `Landing detected`, `Mission
  finished, landed`, `Disarmed by %s`, `notify neutral`, `closed logfile, bytes written: %zu`;
  the harness's data-link-loss and battery tests (`Connection to ground station lost`, `battery
  warning (fast)`, `Failsafe activated`, `RTL: start return at %d m (%d m above destination)`,
  `RTL: land at destination`), a few `Takeoff denied! Please disarm and retry` / `notify
  negative` and `Disarmed by auto preflight disarming`; sim-0's host starved by a parallel
  build 08:40-08:55 (`BARO #%u failed:  TIMEOUT!`, `MAG #%u failed:  TIMEOUT!`); Gazebo crashing
  under sim-1 at 09:41 (the log stops mid-flight, the container restarted at 09:44) and sim-2
  redeployed at 11:00.
- go2rtc 1.9.2 (`go2rtc.log`: `docker logs` of the container; stdout is no terminal, so
  zerolog's ConsoleWriter without colours and the time alone, `07:47:40.962 WRN
  github.com/AlexxIT/go2rtc/internal/streams/producer.go:170 > error="read tcp ...: i/o
  timeout" url=rtsp://...`, `log: {level: info, streams: debug, rtsp: debug}` while a flaky
  camera is investigated): six cameras restreamed to Frigate (five held all day) and Home
  Assistant's dashboards (`[rtsp] new consumer stream=`, `[rtsp] disconnect stream=`, `[rtsp]
  handle error=EOF`, `[streams] start producer url=` / `stop producer url=` for the garage's
  Tapo, which only Home Assistant watches); the garage's Wi-Fi dropping 07:10-07:50 (the
  producer's `read tcp %s->%s: i/o timeout` with the caller, `[streams] retry=%d to url=%s`,
  `[streams] producer=dial tcp %s: i/o timeout`, `[rtsp]` with `error="streams: ..."` when a
  consumer finds no producer); the PoE switch rebooting at 09:20 (five producers at once, `...:
  connect: no route to host`, Frigate's ffmpeg giving up after 20 s and retrying every 10 s);
  a laptop's VLC with an old password (`[rtsp] failed authentication remote_addr=`); the
  driveway camera's password changed and the camera rebooted at 10:05 (`EOF`, `[streams]
  producer=wrong user/pass`, Frigate's consumers refused with `streams: wrong user/pass`) until
  go2rtc is restarted with the new one at 10:30 (`go2rtc` with `platform= revision= version=`,
  `config path=`, `[api] listen`, `[rtsp] listen`, `[webrtc] listen`).
- Kerberos Agent v3 (`kerberos-agent.log`: `docker logs --since 80m` of the agent in front of
  a shop's gate camera, logrus' JSONFormatter on stdout, `{"level":"info","msg":"ControlAgent:
  Number of packets read 7305329","time":"2024-06-07T10:40:03Z"}`, whole seconds, `&` escaped
  as `\u0026`): the watchdog's `ControlAgent: Number of packets read %d` every 5 s and
  `FindMotion: Number of changes detected:%d` on every key frame of the sub stream (5 s), the
  bare line `fmt.Println(key)` writes on each frame with motion (the Hub public key, no JSON),
  `capture.main.HandleRecordStream(motiondetection): recording started` / `recording finished:
  file save: %s`, each recording uploaded to Kerberos Hub (`UploadKerberosHub: Uploading to
  Kerberos Hub (%s)`, `Upload started for %s`, `Upload allowed using the credentials provided
  (%s, %s)` with both keys, `Upload Finished, %s.`); the recordings directory full from 11:12
  (`HandleRecordStream: removed oldest file as part of cleanup - %s`); the camera's firmware
  update at 11:05 (the packet count standing three times, `Main: Restarting machinery.`,
  `Stopped motion`, `RunAgent: waiting 3 seconds ...`, `Something went wrong while opening RTSP:
  dial tcp %s: i/o timeout` then `... connect: connection refused`, the new run's six lines); the
  shop router's DNS lost 11:32-11:38 (`UploadKerberosHub: Upload Failed, Post "%s": dial tcp:
  lookup %s on %s: server misbehaving` and HandleUpload's `HandleUpload: ` + the same at error,
  retried every 5.5 s).
- ring-mqtt 5.6 (`ring-mqtt.log`: `docker logs` of the container, `DEBUG=ring-mqtt` set in the
  compose file to leave out the attribute and discovery dumps; the debug module without a
  terminal writes `new Date().toISOString()`, the namespace and the message, and chalk writes
  no colours: `2024-06-07T06:00:17.435Z ring-mqtt [Front Door] ring/<location>/camera/<id>/
  motion/state ON`): a house's three cameras (a Video Doorbell, a wired Stick Up Cam with
  interval snapshots every 300 s, a battery Stick Up Cam) bridged to Home Assistant: push
  notifications (`Received %s push notification, expires in %s seconds` with the kind picked by
  the code, `Requesting %s snapshot using notification image UUID: %s`, `Successfully retrieved
  updated %s snapshot`, the snapshot published as `<binary_image_data>`, `All %s dings for
  camera have expired` and the sensor's OFF, the battery camera's `The motion notification did
  not contain image UUID ...`), the event select's `New %s event detected, updating the
  recording URL` and `Previous %s URL has expired, ...`, 29 live views from the dashboard
  (`Received set live stream state %s`, `Acquiring a live stream WebRTC signaling session
  ticket`, `... ticket acquired, starting live stream worker`, `stream/state ON` / `OFF`), the
  hourly refresh token (`Received updated refresh token`, `Successfully saved updated state
  file: %s`); Mosquitto restarted at 08:15 (`Connection to MQTT broker lost. Attempting to
  reconnect...`, a second's `Attempting to reconnect to MQTT broker...` and `Unable to connect
  to MQTT broker connect ECONNREFUSED %s` for 35 s, `MQTT connection re-established,
  republishing Ring locations...` and one republish of every state topic) and Home Assistant
  updated at 10:20 (`Home Assistant state topic %s received message: %s` for offline and
  online, `Home Assistant restart detected, resending device config/state in 15 seconds`, six
  republishes 30 s apart).

Label notes. The heads are context: the journal's head, launch's `[name-N] ` and rcutils'
`[LEVEL] [time] [logger]: ` (the lifecycle manager's escape codes around its message too),
docker's timestamp and PX4's `%-5s [%s] `, zerolog's time, level, `caller >` and fields (the
message is the label; an empty message is labelled by its `error` alone, as round 66 does),
logrus' JSON keys but `msg`, the debug module's time and namespace, and ring-mqtt's device
prefix `[%s] ` (its `this.debug` wrapper puts the device's name before every message of a
device). A word the code picks by branch or passes literally is wording (ring-mqtt's `motion`
/ `ding` / `interval`, a topic's entity and `state` / `image`, Nav2's `Configuring ` /
`Activating ` / `Deactivating ` from the transition table with the node's name a value);
names looked up at run time are values (PX4's arm and disarm reasons and MAVLink modes from
their tables, behaviours' names, streams, URLs, ids). An error inside a message contributes its
format (`[streams] producer=wrong user/pass`, Kerberos' `Something went wrong while opening
RTSP: dial tcp %s: connect: connection refused`, the Hub's lookup failure). Lines a program
prints without a head are events labelled as their literals or format (PX4's banner at its
blank first line, its later lines continuing it; `px4 starting.`; the Kerberos key as `%s`).
A tab at a message's end is written `\t` in the label.

Checked against copies of the sources (of nearby versions): rcutils' default format, Nav2's
lifecycle manager (all its messages and the escape-coded `message()`), controller_server's
goal, progress and loop-rate messages; PX4's `px4_log_modulename` layout, the RTL start
message and `closed logfile, bytes written: %zu` (other console lines against users' pasted
consoles in issues); go2rtc's ConsoleWriter set-up and time format, `[rtsp]` / `[streams]`
messages and the producer's `Caller()` warning, the RTSP client's `wrong user/pass`, the
`[api] listen` line; the Kerberos Agent's logrus set-up, `ControlAgent` / `Main: Restarting
machinery.` / RunAgent's lines, `FindMotion` with the `fmt.Println(key)` after it,
`UploadKerberosHub`'s messages and the recording lines; ring-mqtt's base device (`mqttPublish`,
the `[name] ` prefix, `<binary_image_data>`), camera (notifications, snapshots, live stream,
event select, the expiry loop), ring.js (HA status, republish, refresh token) and mqtt.js.

Least sure (written from the helper's knowledge): Nav2 Humble's exact `Begin navigating ...`,
`Planning algorithm %s failed to generate a valid path to (%.2f, %.2f)`, behaviours' `Running
%s` / `%s completed successfully` and which nodes log a bare `Configuring` / `Activating` /
`Deactivating`; launch's `process has died` cmd text; PX4 1.14's banner spacing, `[logger] %s`,
`Mission finished, landed`, which messages end with a tab, the gz_bridge line and `Failsafe
activated` without its reason; go2rtc 1.9.2's start-up lines, the `producer.go:170` line number
and the `[webrtc] listen addr=:8555/tcp` form; which Kerberos Agent v3 release logs
`capture.main.HandleRecordStream(...)` beside the joy4-era `ControlAgent` and `FindMotion`
lines (the two come from different files' history), `HandleRecordStream: removed oldest file
...`'s path; ring-mqtt 5.6's `Successfully saved updated state file: %s`, the on-demand command
payload and whether `DEBUG=ring-mqtt` alone is how users quiet the attribute lines.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def in_span(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


# ------------------------------------------------------------------------------------- ros2

ROS_ESC_ON = "\x1b[34m\x1b[1m"
ROS_ESC_OFF = "\x1b[0m\x1b[0m"
# launch name, node (logger) name, package/executable
ROS_PROCS = [
    ("map_server", "map_server", "nav2_map_server/map_server"),
    ("amcl", "amcl", "nav2_amcl/amcl"),
    (
        "lifecycle_manager",
        "lifecycle_manager_localization",
        "nav2_lifecycle_manager/lifecycle_manager",
    ),
    ("controller_server", "controller_server", "nav2_controller/controller_server"),
    ("planner_server", "planner_server", "nav2_planner/planner_server"),
    ("behavior_server", "behavior_server", "nav2_behaviors/behavior_server"),
    ("bt_navigator", "bt_navigator", "nav2_bt_navigator/bt_navigator"),
    (
        "lifecycle_manager",
        "lifecycle_manager_navigation",
        "nav2_lifecycle_manager/lifecycle_manager",
    ),
]
ROS_LOC = ["map_server", "amcl"]
ROS_NAV = ["controller_server", "planner_server", "behavior_server", "bt_navigator"]
# Docking stations, pick faces and the outbound lanes of the warehouse map (x, y in m).
ROS_SPOTS = [
    (4.20, 2.15),
    (4.20, 6.35),
    (12.80, 3.40),
    (12.80, 9.90),
    (18.65, 14.20),
    (25.10, 3.45),
    (25.10, 21.70),
    (31.55, 9.80),
    (37.90, 16.25),
    (44.35, 3.40),
    (44.35, 22.15),
    (51.20, 12.60),
    (57.75, 5.95),
    (57.75, 26.40),
    (8.60, 27.30),
    (20.40, 27.30),
]


def ros_ns(r: random.Random, t: datetime) -> str:
    """rcutils' `{time}`: seconds since the epoch with nine decimals."""
    return f"{int(t.timestamp())}.{t.microsecond:06d}{r.randint(0, 999):03d}"


def ros2(r: random.Random) -> list[Log]:
    """Two warehouse AMRs' Nav2 launch under systemd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    state: dict[str, dict] = {}

    def boot(host: str, t: datetime) -> None:
        base = r.randint(1100, 3900)
        state[host] = {
            "launch": base,
            "pids": {i: base + 14 + 3 * i + r.randint(0, 2) for i in range(len(ROS_PROCS))},
            "boot": t,
            "ptmp": "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(8)),
        }

    def head(host: str, x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} ros2[{state[host]['launch']}]: "

    def launch(host: str, t: datetime, level: str, who: str, label: str, msg: str) -> datetime:
        """A line of launch's own logger (no time of its own)."""
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{head(host, x)}[{level}] [{who}]: {msg}"],
            (host, "launch", state[host]["launch"]),
            US,
        )

    def node(host: str, i: int, t: datetime, sev: str, label: str, msg: str) -> datetime:
        """An rcutils line of process i, relayed by launch with its `[name-N] ` prefix."""
        name, logger, _ = ROS_PROCS[i]
        pid = state[host]["pids"][i]
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [
                f"{head(host, x)}[{name}-{i + 1}] [{sev}] [{ros_ns(r, x)}] [{logger}]: {msg}"
            ],
            (host, name, pid),
            US,
        )

    def idx(logger: str) -> int:
        return next(i for i, p in enumerate(ROS_PROCS) if p[1] == logger)

    def blue(host: str, mgr: str, t: datetime, label: str, msg: str) -> datetime:
        return node(host, idx(mgr), t, "INFO", label, f"{ROS_ESC_ON}{msg}{ROS_ESC_OFF}")

    def bringup(host: str, t: datetime) -> datetime:
        boot(host, t)
        st = state[host]
        stamp = f"{t:%Y-%m-%d-%H-%M-%S}-{t.microsecond:06d}"
        t = launch(
            host,
            t,
            "INFO",
            "launch",
            "All log files can be found below %s",
            f"All log files can be found below /home/amr/.ros/log/{stamp}-{host}-{st['launch']}",
        )
        t = launch(
            host,
            t + sec(0.002),
            "INFO",
            "launch",
            "Default logging verbosity is set to %s",
            "Default logging verbosity is set to INFO",
        )
        for i, (name, _, _) in enumerate(ROS_PROCS):
            t = launch(
                host,
                t + sec(r.uniform(0.004, 0.03)),
                "INFO",
                f"{name}-{i + 1}",
                "process started with pid [%s]",
                f"process started with pid [{st['pids'][i]}]",
            )
        t += sec(r.uniform(0.8, 1.6))
        for mgr, nodes in [
            ("lifecycle_manager_localization", ROS_LOC),
            ("lifecycle_manager_navigation", ROS_NAV),
        ]:
            t = blue(
                host,
                mgr,
                t + sec(r.uniform(0.01, 0.2)),
                "Creating and initializing lifecycle service clients",
                "Creating and initializing lifecycle service clients",
            )
            t = blue(
                host,
                mgr,
                t + sec(r.uniform(0.01, 0.05)),
                "Starting managed nodes bringup...",
                "Starting managed nodes bringup...",
            )
            for n in nodes:
                t = blue(host, mgr, t + sec(0.001), "Configuring %s", f"Configuring {n}")
                if n == "controller_server":
                    t = node(
                        host,
                        idx(n),
                        t + sec(r.uniform(0.002, 0.01)),
                        "INFO",
                        "Configuring controller interface",
                        "Configuring controller interface",
                    )
                else:
                    t = node(
                        host,
                        idx(n),
                        t + sec(r.uniform(0.002, 0.01)),
                        "INFO",
                        "Configuring",
                        "Configuring",
                    )
                t += sec(
                    r.uniform(0.05, 0.6)
                    if n in ("map_server", "controller_server")
                    else r.uniform(0.01, 0.2)
                )
            for n in nodes:
                t = blue(host, mgr, t + sec(0.001), "Activating %s", f"Activating {n}")
                t = node(
                    host,
                    idx(n),
                    t + sec(r.uniform(0.001, 0.006)),
                    "INFO",
                    "Activating",
                    "Activating",
                )
                t = node(
                    host,
                    idx(mgr),
                    t + sec(r.uniform(0.05, 0.3)),
                    "INFO",
                    "Server %s connected with bond.",
                    f"Server {n} connected with bond.",
                )
                if n == "amcl":
                    x, y = ROS_SPOTS[0] if host == "amr-01" else ROS_SPOTS[1]
                    node(
                        host,
                        idx("amcl"),
                        t + sec(r.uniform(0.01, 0.05)),
                        "INFO",
                        "Setting pose (%.6f): %.3f %.3f %.3f",
                        f"Setting pose ({t.timestamp():.6f}): {x + r.uniform(-0.05, 0.05):.3f} {y + r.uniform(-0.05, 0.05):.3f} {r.uniform(-0.02, 0.02):.3f}",
                    )
            t = blue(
                host, mgr, t + sec(0.001), "Managed nodes are active", "Managed nodes are active"
            )
            t = blue(host, mgr, t + sec(0.0005), "Creating bond timer...", "Creating bond timer...")
        return t

    def goal(
        host: str, t: datetime, pos: tuple[float, float], dest: tuple[float, float], mode: str
    ) -> tuple[datetime, tuple[float, float]]:
        """One NavigateToPose goal from the fleet manager; returns its end and the robot's pose."""
        bt, ctl, pl, beh = (
            idx("bt_navigator"),
            idx("controller_server"),
            idx("planner_server"),
            idx("behavior_server"),
        )
        t = node(
            host,
            bt,
            t,
            "INFO",
            "Begin navigating from current location (%.2f, %.2f) to (%.2f, %.2f)",
            f"Begin navigating from current location ({pos[0]:.2f}, {pos[1]:.2f}) to ({dest[0]:.2f}, {dest[1]:.2f})",
        )
        t = node(
            host,
            ctl,
            t + sec(r.uniform(0.02, 0.12)),
            "INFO",
            "Received a goal, begin computing control effort.",
            "Received a goal, begin computing control effort.",
        )
        dist = abs(dest[0] - pos[0]) + abs(dest[1] - pos[1])
        dur = max(8.0, dist / r.uniform(0.55, 0.8))
        if mode == "blocked":
            # the aisle is blocked: FollowPath fails, recoveries, the planner gives up
            t += sec(r.uniform(9, 18))
            for rec in ["spin", "backup", "wait"]:
                t = node(
                    host, ctl, t, "ERROR", "Failed to make progress", "Failed to make progress"
                )
                t = node(
                    host, beh, t + sec(r.uniform(0.05, 0.3)), "INFO", "Running %s", f"Running {rec}"
                )
                t += sec({"spin": r.uniform(4, 7), "backup": r.uniform(2, 4), "wait": 5.0}[rec])
                t = node(
                    host,
                    beh,
                    t,
                    "INFO",
                    "%s completed successfully",
                    f"{rec} completed successfully",
                )
                for _ in range(r.randint(1, 2)):
                    t = node(
                        host,
                        pl,
                        t + sec(r.uniform(0.1, 0.6)),
                        "WARN",
                        "Planning algorithm %s failed to generate a valid path to (%.2f, %.2f)",
                        f"Planning algorithm GridBased failed to generate a valid path to ({dest[0]:.2f}, {dest[1]:.2f})",
                    )
                t += sec(r.uniform(0.5, 1.5))
                if rec != "wait":
                    t = node(
                        host,
                        ctl,
                        t,
                        "INFO",
                        "Received a goal, begin computing control effort.",
                        "Received a goal, begin computing control effort.",
                    )
                    t += sec(r.uniform(6, 12))
            t = node(host, bt, t + sec(r.uniform(0.1, 0.4)), "ERROR", "Goal failed", "Goal failed")
            return t, pos
        end = t + sec(dur)
        replans = 0
        if r.random() < 0.22:
            replans = r.randint(1, 2)
        marks = sorted(r.uniform(3, dur - 2) for _ in range(replans))
        slow = mode == "cpu"
        cur = t
        events: list[tuple[datetime, str]] = [(t + sec(m), "replan") for m in marks]
        if slow:
            k = t + sec(r.uniform(0.5, 3))
            while k < end:
                events.append((k, "miss"))
                k += sec(r.expovariate(1 / 2.2) + 0.2)
            k = t + sec(r.uniform(0.5, 4))
            while k < end:
                events.append((k, "drop"))
                k += sec(r.expovariate(1 / 4.5) + 0.3)
        for when, what in sorted(events):
            if what == "replan":
                cur = node(
                    host,
                    ctl,
                    max(cur, when),
                    "INFO",
                    "Passing new path to controller.",
                    "Passing new path to controller.",
                )
            elif what == "miss":
                cur = node(
                    host,
                    ctl,
                    max(cur, when),
                    "WARN",
                    "Control loop missed its desired rate of %.4fHz",
                    "Control loop missed its desired rate of 20.0000Hz",
                )
            else:
                scan = when - sec(r.uniform(0.4, 1.6))
                node(
                    host,
                    idx("amcl"),
                    when,
                    "INFO",
                    "Message Filter dropping message: frame '%s' at time %.3f for reason '%s'",
                    f"Message Filter dropping message: frame 'base_scan' at time {scan.timestamp():.3f} for reason 'discarding message because the queue is full'",
                )
        t = node(host, ctl, max(cur, end), "INFO", "Reached the goal!", "Reached the goal!")
        t = node(
            host, bt, t + sec(r.uniform(0.02, 0.09)), "INFO", "Goal succeeded", "Goal succeeded"
        )
        return t, dest

    def crash(host: str, t: datetime) -> datetime:
        st = state[host]
        ci = idx("controller_server")
        pid = st["pids"][ci]
        t = launch(
            host,
            t,
            "ERROR",
            f"controller_server-{ci + 1}",
            "process has died [pid %s, exit code %s, cmd '%s'].",
            f"process has died [pid {pid}, exit code -11, cmd '/opt/ros/humble/lib/nav2_controller/controller_server --ros-args --log-level info --ros-args -r __node:=controller_server --params-file /tmp/launch_params_{st['ptmp']} -r /tf:=tf -r /tf_static:=tf_static -r cmd_vel:=cmd_vel_nav'].",
        )
        mgr = "lifecycle_manager_navigation"
        t = blue(
            host,
            mgr,
            t + sec(r.uniform(3.6, 4.1)),
            "Have not received a heartbeat from %s.",
            "Have not received a heartbeat from controller_server.",
        )
        t = node(
            host,
            idx(mgr),
            t + sec(0.0002),
            "ERROR",
            "CRITICAL FAILURE: SERVER %s IS DOWN after not receiving a heartbeat for %i ms. Shutting down related nodes.",
            "CRITICAL FAILURE: SERVER controller_server IS DOWN after not receiving a heartbeat for 4000 ms. Shutting down related nodes.",
        )
        t = blue(
            host, mgr, t + sec(0.0003), "Resetting managed nodes...", "Resetting managed nodes..."
        )
        for n in reversed(ROS_NAV):
            t = blue(host, mgr, t + sec(0.001), "Deactivating %s", f"Deactivating {n}")
            if n == "controller_server":
                t = node(
                    host,
                    idx(mgr),
                    t + sec(r.uniform(2.0, 2.2)),
                    "ERROR",
                    "Failed to change state for node: %s",
                    "Failed to change state for node: controller_server",
                )
                t = node(
                    host,
                    idx(mgr),
                    t + sec(0.0002),
                    "ERROR",
                    "Failed to reset nodes: aborting reset",
                    "Failed to reset nodes: aborting reset",
                )
                break
            t = node(
                host,
                idx(n),
                t + sec(r.uniform(0.002, 0.01)),
                "INFO",
                "Deactivating",
                "Deactivating",
            )
            t += sec(r.uniform(0.01, 0.08))
        return t

    for host, start in [("amr-01", at(6, 0, 4.2)), ("amr-02", at(6, 1, 37.8))]:
        t = bringup(host, start)
        pos = ROS_SPOTS[0] if host == "amr-01" else ROS_SPOTS[1]
        t += sec(r.uniform(20, 60))
        crashed = False
        while t < T_END - sec(60):
            if host == "amr-01" and not crashed and t >= at(10, 40, 30):
                crashed = True
                dest = r.choice([s for s in ROS_SPOTS if s != pos])
                # the goal in flight when controller_server segfaults
                bt = idx("bt_navigator")
                node(
                    host,
                    bt,
                    t,
                    "INFO",
                    "Begin navigating from current location (%.2f, %.2f) to (%.2f, %.2f)",
                    f"Begin navigating from current location ({pos[0]:.2f}, {pos[1]:.2f}) to ({dest[0]:.2f}, {dest[1]:.2f})",
                )
                node(
                    host,
                    idx("controller_server"),
                    t + sec(0.07),
                    "INFO",
                    "Received a goal, begin computing control effort.",
                    "Received a goal, begin computing control effort.",
                )
                crash(host, t + sec(r.uniform(11, 17)))
                t = bringup(host, at(10, 49, 26.4))
                pos = ROS_SPOTS[0]
                t += sec(r.uniform(25, 50))
                continue
            mode = "ok"
            if host == "amr-02" and at(8, 10) <= t < at(8, 25) and r.random() < 0.8:
                mode = "blocked"
            elif host == "amr-01" and at(9, 5) <= t < at(9, 21):
                mode = "cpu"
            dest = r.choice([s for s in ROS_SPOTS if s != pos])
            if mode == "blocked":
                dest = r.choice([(25.10, 21.70), (31.55, 9.80), (37.90, 16.25)])
            t, pos = goal(host, t, pos, dest, mode)
            if host == "amr-02" and at(10, 5) <= t < at(10, 9) and "reloc" not in state[host]:
                state[host]["reloc"] = True
                k = t + sec(r.uniform(5, 20))
                for _ in range(5):
                    stamp = k - sec(r.uniform(0.2, 0.5))
                    node(
                        host,
                        idx("amcl"),
                        k,
                        "INFO",
                        "Message Filter dropping message: frame '%s' at time %.3f for reason '%s'",
                        f"Message Filter dropping message: frame 'base_scan' at time {stamp.timestamp():.3f} for reason 'the timestamp on the message is earlier than all the data in the transform cache'",
                    )
                    k += sec(r.uniform(0.1, 0.6))
                k += sec(r.uniform(40, 90))
                node(
                    host,
                    idx("amcl"),
                    k,
                    "INFO",
                    "Setting pose (%.6f): %.3f %.3f %.3f",
                    f"Setting pose ({k.timestamp():.6f}): {pos[0] + r.uniform(-0.3, 0.3):.3f} {pos[1] + r.uniform(-0.3, 0.3):.3f} {r.uniform(-3.1, 3.1):.3f}",
                )
                t = k
            t += sec(r.uniform(25, 150) if mode != "blocked" else r.uniform(20, 45))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- px4

PX4_BANNER = [
    "",
    "______  __   __    ___ ",
    "| ___ \\ \\ \\ / /   /   |",
    "| |_/ /  \\ V /   / /| |",
    "|  __/   /   \\  / /_| |",
    "| |     / /^\\ \\ \\___  |",
    "\\_|     \\/   \\/     |_/",
    "",
]
PX4_MAVLINK = [
    ("Normal", 4000000, 18570, 14550),
    ("Onboard", 4000000, 14580, 14540),
    ("Onboard", 4000, 14280, 14030),
    ("Gimbal", 400000, 13030, 13280),
]


def px4(r: random.Random) -> list[Log]:
    """Three PX4 SITL containers of a simulation farm, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    boots = {"sim-0": 0, "sim-1": 0, "sim-2": 0}

    def L(
        c: str,
        t: datetime,
        level: str,
        module: str,
        label: str | None,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z"
            first = f"{ts} {level:<5} [{module}] {msg}" if module else f"{ts} {msg}"
            return [first, *[f"{ts} {m}" for m in more]]

        return fs.add(f"{c}.log", t, label, text, (c, boots[c]), US)

    def raw(c: str, t: datetime, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z"
            return [f"{ts} {line}" for line in lines]

        return fs.add(f"{c}.log", t, label, text, (c, boots[c]), US)

    def ulg(t: datetime) -> str:
        return f"./log/{t:%Y-%m-%d}/{t:%H_%M_%S}.ulg"

    log_on: dict[str, bool] = {}

    def start_log(c: str, t: datetime) -> datetime:
        t = L(c, t, "INFO", "logger", "Start file log (type: %s)", "Start file log (type: full)")
        t = L(c, t + sec(0.0004), "INFO", "logger", "[logger] %s", f"[logger] {ulg(t)}")
        t = L(
            c,
            t + sec(0.0009),
            "INFO",
            "logger",
            "Opened %s log file: %s",
            f"Opened full log file: {ulg(t)}",
        )
        log_on[c] = True
        return t

    def stop_log(c: str, t: datetime) -> datetime:
        if log_on.get(c):
            log_on[c] = False
            return L(
                c,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "logger",
                "closed logfile, bytes written: %zu",
                f"closed logfile, bytes written: {r.randint(2_400_000, 41_000_000)}",
            )
        return t

    def startup(c: str, t: datetime) -> datetime:
        boots[c] += 1
        log_on[c] = False
        t = raw(c, t, "\\n______  __   __    ___ ", PX4_BANNER)
        t = raw(c, t + sec(0.0002), "px4 starting.", ["px4 starting.", ""])
        t = L(
            c,
            t + sec(0.0005),
            "INFO",
            "px4",
            "startup script: /bin/sh %s 0",
            "startup script: /bin/sh etc/init.d-posix/rcS 0",
        )
        t = L(
            c,
            t + sec(r.uniform(0.03, 0.08)),
            "INFO",
            "param",
            "selected parameter default file %s",
            "selected parameter default file parameters.bson",
        )
        t = L(
            c,
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            "param",
            "selected parameter backup file %s",
            "selected parameter backup file parameters_backup.bson",
        )
        t = L(
            c,
            t + sec(r.uniform(0.02, 0.06)),
            "INFO",
            "dataman",
            "data manager file '%s' size is %u bytes",
            "data manager file './dataman' size is 7866640 bytes",
        )
        t = L(
            c,
            t + sec(r.uniform(1.8, 4.5)),
            "INFO",
            "gz_bridge",
            "world: %s, model name: %s, simulation model: %s",
            "world: default, model name: x500_0, simulation model: x500",
        )
        t = L(
            c,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "lockstep_scheduler",
            "setting initial absolute time to %lu us",
            f"setting initial absolute time to {r.choice([4000, 8000, 12000])} us",
        )
        t = L(
            c,
            t + sec(r.uniform(0.02, 0.08)),
            "INFO",
            "commander",
            "LED: open %s failed (%i)",
            "LED: open /dev/led0 failed (22)",
        )
        for mode, rate, port, remote in PX4_MAVLINK:
            t = L(
                c,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "mavlink",
                "mode: %s, data rate: %d B/s on udp port %hu remote port %hu",
                f"mode: {mode}, data rate: {rate} B/s on udp port {port} remote port {remote}",
            )
        t = L(
            c,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "logger",
            "logger started (mode=%s)",
            "logger started (mode=all)",
        )
        t = start_log(c, t + sec(0.002))
        for _ in range(2):
            t = L(
                c,
                t + sec(r.uniform(0.003, 0.02)),
                "INFO",
                "mavlink",
                "MAVLink only on localhost (set param MAV_{i}_BROADCAST = 1 to enable network)",
                "MAVLink only on localhost (set param MAV_{i}_BROADCAST = 1 to enable network)",
            )
        t = L(
            c,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "px4",
            "Startup script returned successfully",
            "Startup script returned successfully",
        )
        t = L(
            c,
            t + sec(r.uniform(0.8, 2.5)),
            "INFO",
            "mavlink",
            "partner IP: %s",
            "partner IP: 127.0.0.1",
        )
        t = L(
            c,
            t + sec(r.uniform(3, 9)),
            "INFO",
            "commander",
            "Ready for takeoff!",
            "Ready for takeoff!",
        )
        return t

    def land(c: str, t: datetime, mission: bool) -> datetime:
        t = L(c, t, "INFO", "commander", "Landing detected\\t", "Landing detected\t")
        if mission:
            t = L(
                c,
                t + sec(r.uniform(0.02, 0.1)),
                "INFO",
                "navigator",
                "Mission finished, landed\\t",
                "Mission finished, landed\t",
            )
        t = L(
            c,
            t + sec(r.uniform(1.8, 2.4)),
            "INFO",
            "commander",
            "Disarmed by %s\\t",
            "Disarmed by landing\t",
        )
        t = L(c, t + sec(0.0003), "INFO", "tone_alarm", "notify neutral", "notify neutral")
        return stop_log(c, t)

    def rtl(c: str, t: datetime, alt: int) -> datetime:
        t = L(c, t, "WARN", "failsafe", "Failsafe activated", "Failsafe activated")
        t = L(
            c,
            t + sec(r.uniform(0.01, 0.1)),
            "INFO",
            "navigator",
            "RTL: start return at %d m (%d m above destination)\\t",
            f"RTL: start return at {alt + r.randint(1, 4)} m ({alt} m above destination)\t",
        )
        t = L(
            c,
            t + sec(r.uniform(25, 140)),
            "INFO",
            "navigator",
            "RTL: land at destination\\t",
            "RTL: land at destination\t",
        )
        return land(c, t + sec(r.uniform(18, 35)), False)

    def flight(c: str, t: datetime) -> datetime:
        kind = r.choices(["ok", "gcs", "battery", "denied", "preflight"], [80, 8, 6, 3, 3])[0]
        t = L(c, t, "INFO", "commander", "Armed by %s\\t", "Armed by external command\t")
        t = L(c, t + sec(0.0004), "INFO", "tone_alarm", "arming warning", "arming warning")
        if not log_on.get(c):
            t = start_log(c, t + sec(0.001))
        if kind == "preflight":
            t = L(
                c,
                t + sec(r.uniform(10.0, 10.3)),
                "INFO",
                "commander",
                "Disarmed by %s\\t",
                "Disarmed by auto preflight disarming\t",
            )
            t = L(c, t + sec(0.0003), "INFO", "tone_alarm", "notify neutral", "notify neutral")
            return stop_log(c, t)
        if kind == "denied":
            t = L(
                c,
                t + sec(r.uniform(0.3, 1.5)),
                "WARN",
                "commander",
                "Takeoff denied! Please disarm and retry\\t",
                "Takeoff denied! Please disarm and retry\t",
            )
            t = L(c, t + sec(0.0003), "INFO", "tone_alarm", "notify negative", "notify negative")
            t = L(
                c,
                t + sec(r.uniform(1, 3)),
                "INFO",
                "commander",
                "Disarmed by %s\\t",
                "Disarmed by external command\t",
            )
            t = L(c, t + sec(0.0003), "INFO", "tone_alarm", "notify neutral", "notify neutral")
            return stop_log(c, t)
        t = L(
            c,
            t + sec(r.uniform(1.5, 3.5)),
            "INFO",
            "commander",
            "Takeoff detected\\t",
            "Takeoff detected\t",
        )
        alt = r.choice([30, 40, 50, 60])
        if kind == "gcs":
            t = L(
                c,
                t + sec(r.uniform(40, 150)),
                "INFO",
                "commander",
                "Connection to ground station lost\\t",
                "Connection to ground station lost\t",
            )
            return rtl(c, t + sec(r.uniform(4.9, 5.2)), alt)
        if kind == "battery":
            t = L(
                c,
                t + sec(r.uniform(60, 200)),
                "INFO",
                "tone_alarm",
                "battery warning (fast)",
                "battery warning (fast)",
            )
            return rtl(c, t + sec(r.uniform(0.01, 0.2)), alt)
        return land(c, t + sec(r.uniform(150, 330)), True)

    starts = {"sim-0": at(6, 0, 3.1), "sim-1": at(6, 0, 5.8), "sim-2": at(6, 0, 9.4)}
    restarts = {"sim-1": (at(9, 41, 50), at(9, 44, 12)), "sim-2": (at(10, 58, 0), at(11, 0, 31))}
    for c, t in starts.items():
        t = startup(c, t)
        t += sec(r.uniform(10, 40))
        while t < T_END - sec(400):
            if c in restarts and restarts[c][0] <= t < restarts[c][1]:
                t = startup(c, restarts[c][1]) + sec(r.uniform(15, 40))
                continue
            if c in restarts and t < restarts[c][0] < t + sec(420):
                # Gazebo crashes mid-flight (sim-1) and the container is redeployed (sim-2):
                # the log stops where the farm kills PX4
                t = L(c, t, "INFO", "commander", "Armed by %s\\t", "Armed by external command\t")
                t = L(c, t + sec(0.0004), "INFO", "tone_alarm", "arming warning", "arming warning")
                if not log_on.get(c):
                    t = start_log(c, t + sec(0.001))
                L(
                    c,
                    t + sec(r.uniform(1.5, 3.5)),
                    "INFO",
                    "commander",
                    "Takeoff detected\\t",
                    "Takeoff detected\t",
                )
                t = restarts[c][0]
                continue
            t = flight(c, t) + sec(r.uniform(40, 150))
    # sim-0's host is starved by a parallel build 08:40-08:55: the simulated sensors time out
    t = at(8, 40, 12)
    while t < at(8, 55, 40):
        if r.random() < 0.6:
            L(
                "sim-0",
                t,
                "ERROR",
                "vehicle_air_data",
                "BARO #%u failed:  TIMEOUT!",
                "BARO #0 failed:  TIMEOUT!",
            )
        if r.random() < 0.5:
            L(
                "sim-0",
                t + sec(r.uniform(0.01, 0.4)),
                "ERROR",
                "vehicle_magnetometer",
                "MAG #%u failed:  TIMEOUT!",
                "MAG #0 failed:  TIMEOUT!",
            )
        t += sec(r.expovariate(1 / 6) + 0.5)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- go2rtc

G2_IP = "172.18.0.5"
G2_CALLER = "github.com/AlexxIT/go2rtc/internal/streams/producer.go:170 >"
# stream: (source, held by Frigate, camera address)
G2_CAMS = {
    "front_door": ("rtsp://admin:Rl1nk-2023@192.168.30.21:554/h264Preview_01_main", True),
    "driveway": ("rtsp://admin:Hik-Drv-88@192.168.30.22:554/Streaming/Channels/101", True),
    "backyard": (
        "rtsp://admin:Dh4-yard@192.168.30.23:554/cam/realmonitor?channel=1&subtype=0",
        True,
    ),
    "side_gate": ("rtsp://admin:Rl1nk-2023@192.168.30.25:554/h264Preview_01_main", True),
    "porch": ("rtsp://admin:Rl1nk-2023@192.168.30.26:554/h264Preview_01_main", True),
    "garage": ("rtsp://tapo-go2rtc:G4rage!tapo@192.168.30.24:554/stream1", False),
}
G2_WIRED = ["front_door", "driveway", "backyard", "side_gate", "porch"]


def zq(v: str) -> str:
    """zerolog ConsoleWriter: a string value is quoted (strconv.Quote) when it needs it."""
    if any(ord(c) < 0x20 or ord(c) > 0x7E or c in ' \\"' for c in v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def cam_ip(src: str) -> str:
    return src.split("@")[1].split(":")[0]


def go2rtc(r: random.Random) -> list[Log]:
    """One go2rtc container restreaming six cameras, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "go2rtc.log"
    inc = [1]

    def Z(t: datetime, lvl: str, msg: str, fields: list[tuple[str, str]], label: str) -> datetime:
        err = [kv for kv in fields if kv[0] == "error"]
        rest = sorted(kv for kv in fields if kv[0] != "error")
        parts = [msg] if msg else []
        parts += [f"{k}={zq(v)}" for k, v in err + rest]

        def text(x: datetime) -> list[str]:
            return [f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} {lvl} " + " ".join(parts)]

        return fs.add(f, t, label, text, ("go2rtc", inc[0]), MS)

    def startup(t: datetime) -> datetime:
        t = Z(
            t,
            "INF",
            "go2rtc",
            [("version", "1.9.2"), ("platform", "linux/amd64"), ("revision", "ae4bd67")],
            "go2rtc",
        )
        t = Z(t + sec(0.0004), "INF", "config", [("path", "/config/go2rtc.yaml")], "config")
        t = Z(
            t + sec(r.uniform(0.001, 0.004)),
            "INF",
            "[api] listen",
            [("addr", ":1984")],
            "[api] listen",
        )
        t = Z(
            t + sec(r.uniform(0.0005, 0.002)),
            "INF",
            "[rtsp] listen",
            [("addr", ":8554")],
            "[rtsp] listen",
        )
        return Z(
            t + sec(r.uniform(0.0005, 0.002)),
            "INF",
            "[webrtc] listen",
            [("addr", ":8555/tcp")],
            "[webrtc] listen",
        )

    port = [41000 + r.randint(0, 3000)]

    def lport() -> int:
        port[0] += r.randint(1, 40)
        return port[0]

    # camera availability: name -> list of (start, end, error while down)
    down: dict[str, list[tuple[datetime, datetime, str]]] = {n: [] for n in G2_CAMS}
    poe = (at(9, 20, 10), at(9, 21, 23) + sec(r.uniform(0, 8)))
    for n in G2_WIRED:
        down[n].append((poe[0], poe[1] + sec(r.uniform(0, 12)), "noroute"))
    wifi = []
    k = at(7, 10, 20)
    while k < at(7, 50):
        d = r.uniform(15, 140)
        wifi.append((k, k + sec(d)))
        k += sec(d + r.uniform(30, 240))
    for a, b in wifi:
        down["garage"].append((a, b, "timeout"))
    drv_restart = at(10, 30, 2.6)
    down["driveway"].append((at(10, 5, 41), drv_restart, "auth"))

    def is_down(n: str, t: datetime) -> str:
        for a, b, why in down[n]:
            if a <= t < b:
                return why
        return ""

    def dial_err(n: str, why: str) -> tuple[str, str]:
        ip = cam_ip(G2_CAMS[n][0])
        if why == "noroute":
            return (
                f"dial tcp {ip}:554: connect: no route to host",
                "dial tcp %s: connect: no route to host",
            )
        if why == "timeout":
            return f"dial tcp {ip}:554: i/o timeout", "dial tcp %s: i/o timeout"
        return "wrong user/pass", "wrong user/pass"

    consumers = {n: (1 if G2_CAMS[n][1] else 0) for n in G2_CAMS}
    producer_on = {n: G2_CAMS[n][1] for n in G2_CAMS}

    garage_on: list[list[datetime]] = []

    def start_producer(n: str, t: datetime) -> datetime:
        producer_on[n] = True
        if n == "garage":
            garage_on.append([t, T_END])
        return Z(
            t,
            "DBG",
            f"[streams] start producer url={G2_CAMS[n][0]}",
            [],
            "[streams] start producer url=%s",
        )

    def stop_producer(n: str, t: datetime) -> datetime:
        producer_on[n] = False
        if n == "garage":
            garage_on[-1][1] = t
        return Z(
            t,
            "DBG",
            f"[streams] stop producer url={G2_CAMS[n][0]}",
            [],
            "[streams] stop producer url=%s",
        )

    def new_consumer(n: str, t: datetime) -> tuple[datetime, bool]:
        """A consumer DESCRIBEs stream n; returns the time after and whether it got the stream."""
        t = Z(t, "DBG", "[rtsp] new consumer", [("stream", n)], "[rtsp] new consumer")
        why = is_down(n, t)
        if not producer_on[n]:
            if why:
                msg, _ = dial_err(n, why)
                t += sec(3.0 if why == "noroute" else (5.0 if why == "timeout" else 0.05))
                t = Z(t, "WRN", "[rtsp]", [("error", f"streams: {msg}"), ("stream", n)], "[rtsp]")
                return t, False
            t = start_producer(n, t + sec(r.uniform(0.3, 1.4)))
        consumers[n] += 1
        return t, True

    def leave(n: str, t: datetime, handle: bool) -> datetime:
        if handle:
            t = Z(t, "DBG", "[rtsp] handle", [("error", "EOF")], "[rtsp] handle")
        t = Z(t + sec(0.0005), "DBG", "[rtsp] disconnect", [("stream", n)], "[rtsp] disconnect")
        consumers[n] -= 1
        if consumers[n] == 0 and producer_on[n]:
            t = stop_producer(n, t + sec(0.0003))
        return t

    def producer_fails(n: str, t: datetime, why_read: str) -> datetime:
        """The producer's read fails; it retries until the camera answers or nobody watches."""
        src = G2_CAMS[n][0]
        ip = cam_ip(src)
        if why_read == "eof":
            t = Z(t, "WRN", G2_CALLER, [("error", "EOF"), ("url", src)], "EOF")
        else:
            t = Z(
                t,
                "WRN",
                G2_CALLER,
                [("error", f"read tcp {G2_IP}:{lport()}->{ip}:554: i/o timeout"), ("url", src)],
                "read tcp %s->%s: i/o timeout",
            )
        return t

    def retry_loop(n: str, t: datetime, until: datetime) -> datetime:
        """streams' reconnect: `retry=%d`, and while the camera is down `producer=%s`."""
        src = G2_CAMS[n][0]
        retry = 0
        while t < until:
            t = Z(
                t,
                "DBG",
                f"[streams] retry={retry} to url={src}",
                [],
                "[streams] retry=%d to url=%s",
            )
            why = is_down(n, t)
            if not why:
                return t
            msg, fmt = dial_err(n, why)
            t += sec(
                3.0 if why == "noroute" else (5.0 if why == "timeout" else r.uniform(0.02, 0.08))
            )
            t = Z(t, "DBG", f"[streams] producer={msg}", [], f"[streams] producer={fmt}")
            t += sec(1 if retry < 5 else 5 if retry < 10 else 10 if retry < 20 else 60)
            retry += 1
        return t

    # Frigate's ffmpeg for a stream: gives up 20 s without frames, retries every 10 s
    def frigate_outage(n: str, t0: datetime, why_read: str) -> None:
        t = producer_fails(n, t0 + sec(r.uniform(4.8, 5.3)), why_read)
        gone = t0 + sec(r.uniform(20, 24))
        retry_loop(n, t, gone)
        t = leave(n, gone, r.random() < 0.5)
        while True:
            t += sec(r.uniform(9.8, 10.6))
            if t >= T_END:
                return
            if n == "driveway" and t >= drv_restart:
                return
            t, ok = new_consumer(n, t)
            if ok:
                return

    for n in G2_WIRED:
        frigate_outage(n, poe[0], "timeout")
    frigate_outage("driveway", at(10, 5, 41), "eof")

    # HA dashboard sessions all morning, a wall tablet and people's phones
    weights = {
        "front_door": 30,
        "driveway": 22,
        "backyard": 10,
        "side_gate": 8,
        "porch": 12,
        "garage": 18,
    }
    t = at(6, 0, 40)
    events: list[tuple[datetime, int, str, int]] = []
    sid = 0
    while t < T_END:
        troubleshooting = at(7, 10) <= t < at(7, 50)
        n = r.choices(list(weights), list(weights.values()))[0]
        if troubleshooting and r.random() < 0.45:
            n = "garage"
        end = t + sec(r.uniform(15, 420))
        if not (at(10, 29, 58) <= t < at(10, 30, 8)):
            sid += 1
            events.append((t, 0, n, sid))
            if not (t < drv_restart <= end):
                # a session open across the restart is cut without a line
                events.append((min(end, T_END), 1, n, sid))
        t += sec(r.expovariate((1.4 if troubleshooting else 1.0) / 46))
    events.sort()
    live: set[int] = set()
    restarted = False
    for t, kind, n, sid in events:
        if not restarted and t >= drv_restart:
            restarted = True
            # 10:30: go2rtc restarted with the driveway's new password; Frigate reconnects
            inc[0] += 1
            tt = startup(drv_restart)
            for c in G2_CAMS:
                consumers[c] = 0
                producer_on[c] = False
            live.clear()
            for c in G2_WIRED:
                new_consumer(c, tt + sec(r.uniform(3, 11)))
        if kind == 0:
            tt, ok = new_consumer(n, t)
            if ok:
                live.add(sid)
        elif sid in live:
            live.discard(sid)
            leave(n, t, r.random() < 0.55)
    # the garage's Wi-Fi drops while someone watches it
    for a, b in wifi:
        for on, off in garage_on:
            if on <= a + sec(5) < off:
                tt = producer_fails("garage", a + sec(5), "timeout")
                retry_loop("garage", tt, min(b + sec(2), off))
    # VLC on a laptop with the password before it was changed
    k = at(9, 10, 31)
    for _ in range(5):
        Z(
            k,
            "WRN",
            "[rtsp] failed authentication",
            [("remote_addr", f"192.168.10.57:{r.randint(50000, 60999)}")],
            "[rtsp] failed authentication",
        )
        k += sec(r.uniform(2, 9))
    return fs.logs(T0)


# ---------------------------------------------------------------------------- kerberos-agent

KA_MAIN = "rtsp://admin:Kb-Gate2024@192.168.1.108:554/cam/realmonitor?channel=1&subtype=0"
KA_SUB = "rtsp://admin:Kb-Gate2024@192.168.1.108:554/cam/realmonitor?channel=1&subtype=1"
KA_HUB = "https://api.cloud.kerberos.io"
KA_PUB = "AKIAHQ7KB2YXNRW4FGSL"
KA_PRIV = "N8r4kZ0qfW2xV5tQ1yLpE7mHcB3dJ9sUaG6oT0eR"
KA_NAME = "frontgate"
KA_T0 = at(10, 40)


def go_json(s: str) -> str:
    """encoding/json with HTML escaping, as logrus' JSONFormatter writes a string."""
    out = json.dumps(s, ensure_ascii=False)
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def kerberos_agent(r: random.Random) -> list[Log]:
    """A Kerberos Agent container in front of a shop's gate camera, 10:40 to 12:00 (see the
    module docstring)."""
    fs = Files()
    f = "kerberos-agent.log"

    def K(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f'{{"level":"{level}","msg":{go_json(msg)},"time":"{x:%Y-%m-%dT%H:%M:%SZ}"}}'
            ],
            "agent",
            SEC,
        )

    def bare(t: datetime, label: str, line: str) -> datetime:
        return fs.add(f, t, label, lambda x: [line], "agent", SEC)

    reboot = (at(11, 5, 12), at(11, 6, 41))  # the camera's firmware update
    dns = (at(11, 32, 5), at(11, 38, 20))  # the shop's router loses its upstream DNS
    full_from = at(11, 12)  # recordings reach MaxDirectorySize
    packets = [7_304_112 + r.randint(0, 5000)]
    spans = [[KA_T0, T_END]]  # while the agent holds a working camera connection

    # ControlAgent: every 5 s while the camera is connected
    t = KA_T0 + sec(r.uniform(0, 5))
    stalled = 0
    while t < T_END:
        if not any(a <= t < b for a, b in spans):
            t += sec(5 + r.uniform(-0.05, 0.05))
            continue
        if t >= reboot[0] and stalled < 3:
            stalled += 1
        elif stalled < 3 or stalled == 4:
            packets[0] += 125 + r.randint(-4, 4)
        K(
            t,
            "info",
            "ControlAgent: Number of packets read %d",
            f"ControlAgent: Number of packets read {packets[0]}",
        )
        if stalled == 3:
            stalled = 4
            # 15 s without packets: the agent restarts its machinery
            tt = K(
                t + sec(0.2), "info", "Main: Restarting machinery.", "Main: Restarting machinery."
            )
            spans[0][1] = tt
            tt = K(tt + sec(0.5), "info", "Stopped motion", "Stopped motion")
            tt = K(
                tt + sec(3.2),
                "info",
                "RunAgent: waiting 3 seconds to make sure everything is properly closed.",
                "RunAgent: waiting 3 seconds to make sure everything is properly closed.",
            )
            tt += sec(3)
            while tt < reboot[1]:
                if tt >= reboot[0] + sec(48):
                    tt = K(
                        tt + sec(r.uniform(0.01, 0.05)),
                        "error",
                        "Something went wrong while opening RTSP: dial tcp %s: connect: connection refused",
                        "Something went wrong while opening RTSP: dial tcp 192.168.1.108:554: connect: connection refused",
                    )
                else:
                    tt = K(
                        tt + sec(r.uniform(9.8, 10.3)),
                        "error",
                        "Something went wrong while opening RTSP: dial tcp %s: i/o timeout",
                        "Something went wrong while opening RTSP: dial tcp 192.168.1.108:554: i/o timeout",
                    )
                tt += sec(3)
            tt = K(
                tt + sec(r.uniform(0.4, 1.2)),
                "info",
                "RunAgent: opened RTSP stream: %s",
                f"RunAgent: opened RTSP stream: {KA_MAIN}",
            )
            tt = K(
                tt + sec(r.uniform(0.3, 0.9)),
                "info",
                "RunAgent: opened RTSP sub stream %s",
                f"RunAgent: opened RTSP sub stream {KA_SUB}",
            )
            tt = K(
                tt,
                "info",
                "RunAgent: camera settings did not change, keeping decoder",
                "RunAgent: camera settings did not change, keeping decoder",
            )
            tt = K(
                tt,
                "info",
                "RunAgent: SetMaxGopCount was set with: %d",
                "RunAgent: SetMaxGopCount was set with: 4",
            )
            tt = K(
                tt,
                "info",
                "RunAgent: Creating sub stream queue with SetMaxGopCount set to %d",
                "RunAgent: Creating sub stream queue with SetMaxGopCount set to 1",
            )
            tt = K(
                tt,
                "info",
                "capture.main.HandleRecordStream(motiondetection): Start motion based recording ",
                "capture.main.HandleRecordStream(motiondetection): Start motion based recording ",
            )
            tt = K(tt, "info", "Start Detecting motion...", "Start Detecting motion...")
            spans.append([tt, T_END])
        t += sec(5 + r.uniform(-0.05, 0.05))

    # motion: people and deliveries at the gate
    episodes: list[datetime] = [at(11, 31, 41), at(11, 34, 9), at(11, 36, 52)]
    k = KA_T0 + sec(r.uniform(30, 200))
    while k < T_END - sec(120):
        if not (reboot[0] - sec(30) <= k < reboot[1] + sec(60)) and not (
            dns[0] - sec(40) <= k < dns[1]
        ):
            episodes.append(k)
        k += sec(r.expovariate(1 / 170) + 40)
    episodes.sort()
    recordings: list[tuple[datetime, str]] = []
    # FindMotion on every key frame of the sub stream (a GOP of 5 s)
    t = KA_T0 + sec(r.uniform(0, 5))
    ep = 0
    recording_until: datetime | None = None
    rec_name = ""
    while t < T_END:
        if any(a <= t < b for a, b in spans) and not (reboot[0] <= t < spans[0][1]):
            moving = ep < len(episodes) and episodes[ep] <= t < episodes[ep] + sec(r.uniform(8, 30))
            if ep < len(episodes) and t >= episodes[ep] + sec(30):
                ep += 1
            changes = r.randint(80, 1900) if moving else max(0, int(r.expovariate(1 / 9)))
            if changes > 75 and not moving:
                changes = r.randint(40, 75)
            t = K(
                t,
                "info",
                "FindMotion: Number of changes detected:%d",
                f"FindMotion: Number of changes detected:{changes}",
            )
            if changes > 75:
                t = bare(t, "%s", KA_PUB)
                if recording_until is None:
                    start = int(t.timestamp()) - 3
                    rec_name = f"{start}_6-967003_{KA_NAME}_200-200-400-400_{changes}_769.mp4"
                    t = K(
                        t,
                        "info",
                        "capture.main.HandleRecordStream(motiondetection): recording started",
                        "capture.main.HandleRecordStream(motiondetection): recording started",
                    )
                recording_until = t + sec(20)
            if recording_until is not None and t >= recording_until:
                t = K(
                    t,
                    "info",
                    "capture.main.HandleRecordStream(motiondetection): recording finished: file save: %s",
                    f"capture.main.HandleRecordStream(motiondetection): recording finished: file save: {rec_name}",
                )
                recordings.append((t, rec_name))
                if t >= full_from:
                    old = int((t - sec(r.uniform(3 * 86400, 4 * 86400))).timestamp())
                    K(
                        t,
                        "info",
                        "HandleRecordStream: removed oldest file as part of cleanup - %s",
                        f"HandleRecordStream: removed oldest file as part of cleanup - ./data/recordings/{old}_6-967003_{KA_NAME}_200-200-400-400_{r.randint(80, 1500)}_769.mp4",
                    )
                recording_until = None
        t += sec(5 + r.uniform(-0.1, 0.1))

    # uploads to Kerberos Hub, one after the other, retried every 5 s while DNS is out
    t = KA_T0
    for done, name in recordings:
        t = max(t, done + sec(r.uniform(1, 2.5)))
        while True:
            t = K(
                t,
                "info",
                "UploadKerberosHub: Uploading to Kerberos Hub (%s)",
                f"UploadKerberosHub: Uploading to Kerberos Hub ({KA_HUB})",
            )
            t = K(
                t,
                "info",
                "UploadKerberosHub: Upload started for %s",
                f"UploadKerberosHub: Upload started for {name}",
            )
            if dns[0] <= t < dns[1]:
                msg = f'UploadKerberosHub: Upload Failed, Post "{KA_HUB}/storage/upload": dial tcp: lookup api.cloud.kerberos.io on 127.0.0.11:53: server misbehaving'
                t = K(
                    t + sec(r.uniform(0.2, 1.0)),
                    "info",
                    'UploadKerberosHub: Upload Failed, Post "%s": dial tcp: lookup %s on %s: server misbehaving',
                    msg,
                )
                t = K(
                    t,
                    "error",
                    'HandleUpload: UploadKerberosHub: Upload Failed, Post "%s": dial tcp: lookup %s on %s: server misbehaving',
                    "HandleUpload: " + msg,
                )
                t += sec(5.5)
                continue
            t = K(
                t + sec(r.uniform(0.05, 0.3)),
                "info",
                "UploadKerberosHub: Upload allowed using the credentials provided (%s, %s)",
                f"UploadKerberosHub: Upload allowed using the credentials provided ({KA_PUB}, {KA_PRIV})",
            )
            t = K(
                t + sec(r.uniform(0.8, 4.5)),
                "info",
                "UploadKerberosHub: Upload Finished, %s.",
                "UploadKerberosHub: Upload Finished, 200 OK.",
            )
            t += sec(0.5)
            break
    return fs.logs(KA_T0)


# -------------------------------------------------------------------------------- ring-mqtt

# name, doorbell, battery, snapshot mode, interval
RM_CAMS = [
    ("Front Door", True, False, "Motion + Ding", 0),
    ("Driveway", False, False, "Interval + Motion", 300),
    ("Backyard", False, True, "Auto", 600),
]
RM_BROKER = "172.20.0.2:1883"


def ring_mqtt(r: random.Random) -> list[Log]:
    """One ring-mqtt container bridging three Ring cameras to Home Assistant, 06:00 to 12:00
    (see the module docstring)."""
    fs = Files()
    f = "ring-mqtt.log"
    loc = uuid4(r)
    ids = {name: hexid(r, 12) for name, *_ in RM_CAMS}

    def D(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z ring-mqtt {msg}"],
            "node",
            MS,
        )

    def dev(t: datetime, name: str, label: str, msg: str) -> datetime:
        return D(t, label, f"[{name}] {msg}")

    def pub(t: datetime, name: str, entity: str, value: str, sub: str = "state") -> datetime:
        topic = f"ring/{loc}/camera/{ids[name]}/{entity}/{sub}"
        return dev(
            t,
            name,
            f"ring/%s/camera/%s/{entity}/{sub} "
            + ("%s" if value != "<binary_image_data>" else value),
            f"{topic} {value}",
        )

    stream = {name: "OFF" for name, *_ in RM_CAMS}
    active: dict[tuple[str, str], list[tuple[datetime, datetime]]] = {}

    def is_active(name: str, kind: str, t: datetime) -> bool:
        return any(a <= t < b for a, b in active.get((name, kind), []))

    def publish_all(t: datetime) -> datetime:
        """A device.publish() of every camera: its state as on a (re)publish."""
        for name, door, _battery, mode, interval in RM_CAMS:
            t = pub(t + sec(r.uniform(0.002, 0.02)), name, "motion_detection", "ON")
            t = pub(t + sec(0.001), name, "stream", stream[name])
            t = pub(t + sec(0.001), name, "event_stream", "OFF")
            t = pub(t + sec(0.001), name, "event_select", "Motion 1")
            t = pub(t + sec(0.001), name, "motion", "ON" if is_active(name, "motion", t) else "OFF")
            if door:
                t = pub(t + sec(0.001), name, "ding", "ON" if is_active(name, "ding", t) else "OFF")
                t = pub(t + sec(0.001), name, "ding_duration", "180")
            t = pub(t + sec(0.001), name, "motion_duration", "180")
            t = pub(t + sec(0.001), name, "snapshot_mode", mode)
            t = pub(t + sec(0.001), name, "snapshot", "<binary_image_data>", "image")
            t = pub(t + sec(0.001), name, "snapshot_interval", str(interval if interval else 30))
        return t

    # -- every camera's events, collected as (time, kind, camera) and played in order
    ev: list[tuple[datetime, str, str]] = []
    rates = {"Front Door": 1 / 420, "Driveway": 1 / 230, "Backyard": 1 / 1500}
    lives: list[tuple[datetime, str, float]] = []
    for _ in range(29):
        name = r.choices(["Front Door", "Driveway", "Backyard"], [20, 6, 3])[0]
        lives.append((T0 + sec(r.uniform(300, 21200)), name, r.uniform(25, 240)))

    def streaming(name: str, t: datetime) -> bool:
        return any(n == name and a <= t < a + sec(d + 2) for a, n, d in lives)

    for name, *_ in RM_CAMS:
        k = T0 + sec(r.expovariate(rates[name]))
        while k < T_END - sec(30):
            busy = 2.2 if at(7, 30) <= k < at(8, 45) or at(11, 30) <= k < at(12, 0) else 1.0
            if not streaming(name, k):
                # Ring sends no alerts while a camera streams
                ev.append((k, "motion", name))
                if name == "Front Door" and r.random() < 0.09:
                    ev.append((k + sec(r.uniform(4, 20)), "ding", name))
            k += sec(r.expovariate(rates[name] * busy) + 20)
    # a ding or motion keeps its sensor ON until 180 s after the last one of its burst
    for name, *_ in RM_CAMS:
        for kind in ("motion", "ding"):
            times = sorted(t for t, k2, n in ev if k2 == kind and n == name)
            spans: list[tuple[datetime, datetime]] = []
            for t in times:
                if spans and t < spans[-1][1]:
                    spans[-1] = (spans[-1][0], t + sec(181 + r.uniform(0, 0.9)))
                else:
                    spans.append((t, t + sec(181 + r.uniform(0, 0.9))))
            active[(name, kind)] = spans
            for _, end in spans:
                if end < T_END:
                    ev.append((end, "expire_" + kind, name))
    for name, _, _, _, interval in RM_CAMS:
        if name == "Driveway":
            k = T0 + sec(r.uniform(5, interval))
            while k < T_END:
                ev.append((k, "interval", name))
                k += sec(interval + r.uniform(-0.01, 0.01))
    k = T0 + sec(r.uniform(600, 1500))
    while k < T_END:
        ev.append((k, "token", ""))
        k += sec(r.uniform(3590, 3610))
    for a, name, _ in lives:
        ev.append((a, "live", name))
    for name, *_ in RM_CAMS:
        k = T0 + sec(r.uniform(60, 2400))
        while k < T_END:
            ev.append((k, "urlexp", name))
            k += sec(r.uniform(2390, 2410))
    ev.append((at(8, 15, 2.4), "mqtt_down", ""))
    ev.append((at(10, 20, 9.7), "ha_restart", ""))
    ev.sort()

    mqtt_back = at(8, 15, 38.1)
    last_evt: dict[str, datetime] = {}
    for t, kind, name in ev:
        if kind in ("motion", "ding"):
            _, door, battery, mode, _ = next(c for c in RM_CAMS if c[0] == name)
            t = dev(
                t,
                name,
                f"Received {kind} push notification, expires in %s seconds",
                f"Received {kind} push notification, expires in 180 seconds",
            )
            snap = (kind == "motion") or (door and "Ding" in mode)
            if snap:
                if battery and r.random() < 0.35:
                    t = dev(
                        t + sec(0.001),
                        name,
                        f"The {kind} notification did not contain image UUID and battery cameras are unable to snapshot while recording",
                        f"The {kind} notification did not contain image UUID and battery cameras are unable to snapshot while recording",
                    )
                    snap = False
                else:
                    t = dev(
                        t + sec(0.001),
                        name,
                        f"Requesting {kind} snapshot using notification image UUID: %s",
                        f"Requesting {kind} snapshot using notification image UUID: {uuid4(r)}",
                    )
            t = pub(t + sec(0.001), name, kind, "ON")
            if snap:
                tt = dev(
                    t + sec(r.uniform(0.6, 2.8)),
                    name,
                    f"Successfully retrieved updated {kind} snapshot",
                    f"Successfully retrieved updated {kind} snapshot",
                )
                pub(tt + sec(0.001), name, "snapshot", "<binary_image_data>", "image")
            last_evt[name] = t
            if kind == "motion":
                # the event select's poll sees the new recording about a minute later
                dev(
                    t + sec(r.uniform(45, 110)),
                    name,
                    "New %s event detected, updating the recording URL",
                    "New Motion 1 event detected, updating the recording URL",
                )
        elif kind.startswith("expire_"):
            kd = kind[7:]
            t = dev(
                t,
                name,
                f"All {kd} dings for camera have expired",
                f"All {kd} dings for camera have expired",
            )
            pub(t + sec(0.001), name, kd, "OFF")
        elif kind == "interval":
            if is_active(name, "motion", t) or streaming(name, t):
                continue
            t = dev(
                t,
                name,
                "Requesting an updated interval snapshot",
                "Requesting an updated interval snapshot",
            )
            t = dev(
                t + sec(r.uniform(1.1, 2.6)),
                name,
                "Successfully retrieved updated interval snapshot",
                "Successfully retrieved updated interval snapshot",
            )
            pub(t + sec(0.001), name, "snapshot", "<binary_image_data>", "image")
        elif kind == "token":
            t = D(t, "Received updated refresh token", "Received updated refresh token")
            D(
                t + sec(r.uniform(1.0, 1.1)),
                "Successfully saved updated state file: %s",
                "Successfully saved updated state file: /data/ring-state.json",
            )
        elif kind == "urlexp":
            if name in last_evt and t - last_evt[name] < sec(2400):
                continue
            dev(
                t,
                name,
                "Previous %s URL has expired, updating the recording URL",
                "Previous Motion 1 URL has expired, updating the recording URL",
            )
        elif kind == "live":
            dur = next(d for a, n, d in lives if a == t and n == name)
            cid = ids[name]
            t = dev(
                t,
                name,
                "Received set live stream state %s",
                f"Received set live stream state on-demand rtsp://localhost:8554/{cid}_live",
            )
            stream[name] = "ON"
            t = pub(t + sec(0.001), name, "stream", "ON")
            t = dev(
                t + sec(0.001),
                name,
                "Acquiring a live stream WebRTC signaling session ticket",
                "Acquiring a live stream WebRTC signaling session ticket",
            )
            t = dev(
                t + sec(r.uniform(0.3, 0.9)),
                name,
                "Live stream WebRTC signaling session ticket acquired, starting live stream worker",
                "Live stream WebRTC signaling session ticket acquired, starting live stream worker",
            )
            t = dev(
                t + sec(dur),
                name,
                "Received set live stream state %s",
                "Received set live stream state off",
            )
            pub(t + sec(r.uniform(0.2, 0.9)), name, "stream", "OFF")
            stream[name] = "OFF"
        elif kind == "mqtt_down":
            k = D(
                t + sec(0.9),
                "Connection to MQTT broker lost. Attempting to reconnect...",
                "Connection to MQTT broker lost. Attempting to reconnect...",
            )
            first = True
            while k < mqtt_back:
                if not first:
                    k = D(
                        k,
                        "Attempting to reconnect to MQTT broker...",
                        "Attempting to reconnect to MQTT broker...",
                    )
                first = False
                k = D(
                    k + sec(r.uniform(0.002, 0.01)),
                    "Unable to connect to MQTT broker connect ECONNREFUSED %s",
                    f"Unable to connect to MQTT broker connect ECONNREFUSED {RM_BROKER}",
                )
                k += sec(r.uniform(1.0, 1.05))
            k = D(
                k,
                "Attempting to reconnect to MQTT broker...",
                "Attempting to reconnect to MQTT broker...",
            )
            k = D(
                k + sec(r.uniform(0.05, 0.2)),
                "MQTT connection re-established, republishing Ring locations...",
                "MQTT connection re-established, republishing Ring locations...",
            )
            publish_all(k + sec(0.01))
        elif kind == "ha_restart":
            t = D(
                t,
                "Home Assistant state topic %s received message: %s",
                "Home Assistant state topic homeassistant/status received message: offline",
            )
            t = D(
                t + sec(r.uniform(80, 100)),
                "Home Assistant state topic %s received message: %s",
                "Home Assistant state topic homeassistant/status received message: online",
            )
            t = D(
                t + sec(0.001),
                "Home Assistant restart detected, resending device config/state in 15 seconds",
                "Home Assistant restart detected, resending device config/state in 15 seconds",
            )
            t += sec(15)
            for _ in range(6):
                publish_all(t)
                t += sec(30 + r.uniform(0.2, 2.5))
    return fs.logs(T0)


SYSTEMS = {
    "ros2": ros2,
    "px4": px4,
    "go2rtc": go2rtc,
    "kerberos-agent": kerberos_agent,
    "ring-mqtt": ring_mqtt,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
