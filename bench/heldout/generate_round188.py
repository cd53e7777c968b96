#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 188 (viseron, rtorrent, aria2, beets, unmanic) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five home-server media programs, 06:00 to 12:00 on
2024-06-07. The brief named Shinobi and Tdarr too: Shinobi's current source lives on GitLab and
no copy of it could be read, so its console lines could not be written from its format strings;
Tdarr 2 is closed source. Viseron (another self-hosted NVR, Python) and Unmanic (another library
transcoding manager, Python) take their places; neither was in the set.

- Viseron 2.3 (`viseron.log`: `docker logs viseron`, colorlog with NO_COLOR, `[2024-06-07
  06:00:03] [INFO    ] [viseron.components.ffmpeg.recorder.front_door] - Starting recorder`):
  four FFmpeg cameras (front door, driveway, backyard, garage) with CodeProject.AI object
  detection and mog2 motion detection on two of them. Start-up (`Initializing Viseron %s`,
  `Setting up %s`, `Setting up domain %s for component %s%s`, `Motion detector is disabled`,
  `NVR for camera %s initialized`, `Viseron initialized in %.1f seconds`); each recording's
  `Starting recorder`, the NVR's idle countdown `Stopping recording in: %ss` (10 to 0, sometimes
  broken off when the object comes back), `Starting motion detector` / `Pausing motion
  detector` on the motion cameras, `Stopping recorder`; the driveway's Wi-Fi bridge down
  07:41-07:49 (FFmpeg's `[tcp @ %p] Connection to %s failed: No route to host` and `%s: No route
  to host` on the stream logger at ERROR, `Frame reader process has exited`, `Restarting frame
  pipe`, the subprocess watchdog's `Process %s has exited, restarting` for the segments
  process), two `Uncaught thread exception` with a recorder traceback after it; the backyard's
  weak Wi-Fi 09:10-09:25 (`[h264 @ %p] concealing %d DC, %d AC, %d MV errors in %c frame`);
  CodeProject.AI restarted at 09:12 (`Error calling CodeProject.AI: %s` with the client's
  connection error) and overloaded 10:40-10:44 (its timeout error and the NVR's `Failed to
  retrieve result for %s`); an upgrade at 10:05 (`Initiating shutdown`, `Shutdown complete`)
  with the garage camera offline while Viseron starts (tenacity's `Retrying %s in %s seconds as
  it raised FFprobeTimeout: ...` until it answers).
- rTorrent 0.10.0 with libtorrent 0.14.0 on a seedbox (`rtorrent.log`: `log.add_output =
  "info"` and `"torrent_info"`; `tracker.log`: `"tracker_info"`; libtorrent's file lines, the
  epoch second and the level letter, `1717740001 I 3F...A1->download_list: Inserting
  download.`): 58 torrents from three private trackers, Ubuntu's and Debian's, announcing every
  interval (`sending '%s (group:%u url:%s)` with libtorrent's unbalanced quote, `received %u
  peers (url:%s)`), new torrents from autodl's watch directory (`Inserting download.`, `added
  tracker (group:%i url:%s)`, `Resuming download: flags:%0x.`, `Hash done.`, later `Received
  finished.`, `Confirming finished.`, a `completed` announce), one tracker timing out and then
  refusing 07:12-07:31 and the resolver down 08:50-08:56 (`failed to send request to tracker
  (url:%s msg:%s)` with curl's messages, retried with libtorrent's back-off), two torrents
  unregistered from 08:30 (`msg:failure reason "Unregistered torrent"`) until a cleanup script
  erases them at 10:15 (`Erasing download.`, `Closing download with throw.`, `Pausing download:
  flags:%0x.`), an HTML login page dropped into the watch directory at 09:05 (`Could not create
  download, the input is not a valid torrent.` every 10 s), a restart at 09:30 (every torrent
  paused with a `stopped` announce and closed, `%s: Starting thread.`, `listen port %u opened
  with backlog set to %i`, the session reloaded), six seeds stopped by the ratio group at 11:00.
- aria2 1.37.0 as a daemon (`aria2.log`, `--log-level=info`: `2024-06-07 06:00:03.123456 [INFO]
  [HttpConnection.cc:129] CUID#7 - Requesting:` with the request's header lines under it, each
  ending in the CR aria2 keeps): a script polling the JSON-RPC every 35 s (`HTTP Server
  received request` with the request's headers, `Executing RPC method %s`) and adding ISO
  images, podcast episodes through a redirector and nightly backups (`CUID#%lld - Resolving
  hostname %s`, `Name resolution complete: %s -> %s`, `DNS cache hit: %s -> %s`, `Connecting to
  %s:%d`, `Requesting:`, `Response received:`, `Redirecting to %s`, up to four connections a
  file, `Download complete: %s`); the session saved every five minutes (`Serialized session to
  '%s' successfully.`); a Fedora mirror refusing connections 07:20-07:35 (`Restarting the
  download. URI=%s` with aria2's exception trace under it, `%d times attempted, but no success.
  Download aborted.`, `Download aborted. URI=%s`, `Download GID#%s not complete: %s`), episodes
  gone at the redirector 09:30-09:50 (404, `Resource not found`), the resolver failing
  08:45-08:49 (`Name resolution for %s failed:%s` in the trace), the download disk full
  10:40-10:52 (`Failed to write into the file %s, cause: No space left on device`, `Exception
  caught while allocating file space.`, `Failed to serialize session to '%s'.`), a restart at
  11:05 (aria2's banner, `IPv%d RPC: listening on TCP port %u`, the unfinished download resumed
  with a Range).
- beets 2.0.0 (`nas-journal.log`: `journalctl -u beets-import.service -o short-iso-precise`,
  `2024-06-07T06:00:01.234567+00:00 nas beet[21733]: Sending event: pluginload`): `beet -v
  import -q` of the download folder every 15 minutes from a systemd timer, the lastgenre plugin
  enabled. Each run's systemd lines (`Starting %s...`, `Deactivated successfully.`, `Finished
  %s.`, `Consumed %s CPU time.`) and beets' verbose start-up (`user configuration: %s`, `data
  directory: %s`, `plugin paths: %s`, `library database: %s` with `library directory: %s` on the
  line under it, the plugin events); 22 albums imported (`Looking up: %s`, `Tagging %s - %s`,
  `No album ID found.`, `Search terms: %s - %s`, `Album might be VA: %s`, `Searching for
  MusicBrainz releases with: %r`, per candidate `Requesting MusicBrainz release %s`,
  `Candidate: %s - %s (%s)`, `Computing track assignment...`, `...done.`, `Success. Distance:
  %s`, then `Evaluating %s candidates.`, the console's `%s (%d items)`, lastgenre's `added
  last.fm album genre (%s): %s` under its `lastgenre: ` prefix, and `Sending event: %s` for
  every move, tag write and store), two albums without a strong match (`Skipping.`), empty
  runs (`No files imported from %s`); MusicBrainz unreachable 09:28-09:52: two runs end in the
  debug traceback (journald makes every line an entry of its own) and `Error: MusicBrainz not
  reachable in release search with query %s`, systemd's `Main process exited, code=%s,
  status=%i/%s`, `Failed with result '%s'.`, `Failed to start %s.`; the next run imports what
  they left.
- Unmanic (`unmanic.log`: its file handler, `2024-06-07T06:00:03:INFO:Unmanic.Worker - Picked
  up job - /library/tv/...`) with three workers transcoding a media server's libraries to HEVC
  with NVENC: each task's `Processing item - %s`, `Picked up job - %s`, `Successfully ran worker
  process '%s' on file '%s'` per plugin, `Successfully completed Worker processing on file '%s'`,
  `Moving final cache file from '%s' to '%s'`, `Finished job - %s`, the post-processor's
  `Post-processing task - %s`, `Move file triggered by (%s) %s --> %s`, `Removing source: %s`,
  `Removing task cache directory '%s'`; files already HEVC (`No Plugin requested for Unmanic to
  run commands for this file '%s'`); an Anime library added at 06:05 (`Running full library scan
  on library '%s'`, 300 `Adding file to task queue - %s`, `Library scan completed in %s seconds`
  at WARNING); Sonarr's imports (`Adding inotify job to queue - %s`); six damaged files (`Command
  run against '%s' exited with non-zero status. ... %s` with the command's list, `Error while
  running worker process '%s' on file '%s'`, `Failed to process task for file '%s'`, `Skipping
  file movement post-processor as the task was not successful '%s'`); the scheduled scans of
  all three libraries at 08:12 and 11:12 (`Skipping file as it is already in the queue - %s` for
  every file still waiting); the library share full 10:20-10:35 (`Exception while copying file
  %s to %s: - %s` with its traceback, `Error while running postprocessor file movement on file
  '%s'. ...`).

Label notes. The heads are context: Viseron's time, level and logger name, libtorrent's epoch,
level letter and its `HASH->subsystem: ` prefix, aria2's time, level and `[file:line]`, the
journal's time, host and ident, Unmanic's time, level and logger. beets' plugin prefix
(`lastgenre: `, added by the plugin's log filter) is context too. A message of
its own inside a message contributes its format: FFmpeg's lines logged by Viseron, the client's
error after `Error calling CodeProject.AI: `, FFprobeTimeout's text in tenacity's line, curl's
and the tracker's failure texts in rTorrent's `msg:`, beets' error kind and reason; aria2's
exception texts sit in the trace under the event. A value computed at run time (a torrent
event name, an RPC method, a plugin id, an event name beets sends) is a variable; a word the
call site picks is wording (`Download complete` / `not complete`, systemd's `Finished` / `Failed to
start`). Python's and aria2's traces and journald's traceback lines continue their event
and have no label; in the journal the traceback's first line (`Traceback (most recent call
last):`, logged by `log.debug(self.tb)`) is the event and is labelled so. beets' `library
database: %s\\nlibrary directory: %s` is one call: its second line has no label.

Least sure (written from the helper's knowledge; Viseron's logging format and duplicate
filter, its camera, stream, FFprobe, recorder, NVR, watchdog and component-setup messages and
the CodeProject.AI detector were read in copies of its source; libtorrent's log file writer,
its tracker_list messages (0.14) and rTorrent's download_list messages were read in copies of
their sources; aria2's message.h, its HTTP server and RPC lines and RequestGroupMan's notices
were read in copies of its source; beets' matcher, MusicBrainz and importer debug lines and
lastgenre's line were read in copies of its source; Unmanic's logging format,
service, worker, foreman, task handler, library scanner and post-processor messages were read in
copies of its source): Viseron's version strings and the FFmpeg 5.1 wording of the RTSP errors;
rTorrent's thread names, `listen port` line and the flags it prints, curl's error texts and the
back-off; aria2's file:line numbers, the RPC line's source file, `Serialized session` and the
allocation error's trace; beets' order of plugin events and the CPU times; Unmanic's logger
names in this version and the scan's one-line-a-file pace (the Clock's).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

# ---------------------------------------------------------------------------------- viseron

VS_CAMS = {
    # identifier: (name, host, main path, sub path or "", motion detector, events over the run)
    "front_door": (
        "Front door",
        "10.0.20.11",
        "/Streaming/Channels/101",
        "/Streaming/Channels/102",
        False,
        34,
    ),
    "driveway": (
        "Driveway",
        "10.0.20.12",
        "/Streaming/Channels/101",
        "/Streaming/Channels/102",
        True,
        40,
    ),
    "backyard": ("Backyard", "10.0.20.13", "/h264Preview_01_main", "/h264Preview_01_sub", True, 24),
    "garage": ("Garage", "10.0.20.14", "/cam/realmonitor?channel=1&subtype=0", "", False, 14),
}
VS_COMPONENTS = ["storage", "webserver", "ffmpeg", "codeprojectai", "mog2", "nvr", "mqtt"]
VS_FFPROBE = "ffprobe -hide_banner -loglevel error -print_format json -show_error -show_entries stream=codec_type,codec_name,width,height,avg_frame_rate"
VS_CONCAT_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.10/threading.py", line 1016, in _bootstrap_inner',
    "    self.run()",
    '  File "/usr/local/lib/python3.10/threading.py", line 953, in run',
    "    self._target(*self._args, **self._kwargs)",
    '  File "/src/viseron/domains/camera/recorder.py", line 331, in _concatenate_fragments',
    "    fragments = [",
    '  File "/src/viseron/domains/camera/recorder.py", line 334, in <listcomp>',
    '    if file.meta.get("m3u8", False).get("EXTINF", False)',
    "AttributeError: 'bool' object has no attribute 'get'",
]


def viseron(r: random.Random) -> list[Log]:
    """Viseron 2.3 in docker (`docker logs viseron`), four cameras through FFmpeg, CodeProject.AI
    object detection, mog2 motion on two cameras, 06:00 to 12:00: recordings with their idle
    countdown, the driveway's Wi-Fi bridge down 07:41-07:49, the backyard's weak Wi-Fi
    09:10-09:25, CodeProject.AI restarted at 09:12 and overloaded 10:40-10:44, an upgrade at
    10:05 with the garage camera offline while it starts."""
    fs = Files()

    def V(t: datetime, lvl: str, logger: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "viseron.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] [{lvl:<8}] [{logger}] - {lines[0]}", *lines[1:]],
            "viseron",
            1_000_000,
        )

    def cam_log(c: str) -> str:
        return f"viseron.components.ffmpeg.camera.{c}"

    def stream_log(c: str) -> str:
        return f"viseron.components.ffmpeg.stream.{c}"

    def nvr_log(c: str) -> str:
        return f"viseron.components.nvr.nvr.{c}"

    def rec_log(c: str) -> str:
        return f"viseron.components.ffmpeg.recorder.{c}"

    def url(c: str, sub: bool) -> str:
        _n, host, main, subp, _m, _e = VS_CAMS[c]
        return f"rtsp://*****:*****@{host}:554{subp if sub else main}"

    def ptr() -> str:
        return "0x" + r.choice(["55", "56"]) + hexid(r, 10)

    restart = at(10, 5, 12)
    garage_back = at(10, 10, 31)

    def startup(t: datetime, version: str, garage_down: bool) -> datetime:
        t = V(
            t,
            "INFO",
            "viseron.core",
            "-------------------------------------------",
            ["-------------------------------------------"],
        )
        t = V(
            t + sec(0.01),
            "INFO",
            "viseron.core",
            "Initializing Viseron %s",
            [f"Initializing Viseron {version}"],
        )
        for comp in ["logger", "data_stream", *VS_COMPONENTS]:
            t = V(
                t + sec(r.uniform(0.05, 0.6)),
                "INFO",
                "viseron.components",
                "Setting up %s",
                [f"Setting up {comp}"],
            )
        doms = [("camera", "ffmpeg", c) for c in VS_CAMS]
        doms += [("object_detector", "codeprojectai", c) for c in VS_CAMS]
        doms += [("motion_detector", "mog2", c) for c in VS_CAMS if VS_CAMS[c][4]]
        doms += [("nvr", "nvr", c) for c in VS_CAMS]
        for dom, comp, c in doms:
            t = V(
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "viseron.components",
                "Setting up domain %s for component %s%s",
                [f"Setting up domain {dom} for component {comp} with identifier {c}"],
            )
        t0 = t
        if garage_down:
            # FFprobe retried by tenacity until the camera answers again
            tt = t + sec(10.2)
            timeout, wait = 10, 2.0
            while tt < garage_back:
                V(
                    tt,
                    "ERROR",
                    stream_log("garage"),
                    "Retrying %s in %s seconds as it raised FFprobeTimeout: FFprobe command %s timed out after %ss.",
                    [
                        f"Retrying <unknown> in {wait} seconds as it raised FFprobeTimeout: FFprobe command {VS_FFPROBE} {url('garage', False)} timed out after {timeout}s."
                    ],
                )
                tt += sec(wait + timeout + 10 + r.uniform(0.05, 0.3))
                timeout += 10
                wait = min(wait * 2, 30.0)
        for c, (name, _h, _m, _s, motion, _e) in VS_CAMS.items():
            tc = t0 + sec(r.uniform(1.5, 4.0))
            if garage_down and c == "garage":
                tc = garage_back + sec(r.uniform(2, 4))
            if not motion:
                V(
                    tc,
                    "INFO",
                    nvr_log(c),
                    "Motion detector is disabled",
                    ["Motion detector is disabled"],
                )
            t = max(
                t,
                V(
                    tc + sec(0.4),
                    "INFO",
                    nvr_log(c),
                    "NVR for camera %s initialized",
                    [f"NVR for camera {name} initialized"],
                ),
            )
        took = (t - t0).total_seconds() + r.uniform(6, 9)
        return V(
            t + sec(0.2),
            "INFO",
            "viseron.core",
            "Viseron initialized in %.1f seconds",
            [f"Viseron initialized in {took:.1f} seconds"],
        )

    startup(at(5, 59, 21), "2.3.1", False)
    V(restart, "INFO", "viseron.core", "Initiating shutdown", ["Initiating shutdown"])
    V(restart + sec(4.3), "INFO", "viseron.core", "Shutdown complete", ["Shutdown complete"])
    startup(restart + sec(19), "2.3.2", True)

    # spans where a camera records nothing
    drive_out = (at(7, 41, 3), at(7, 49, 12))
    blocked = {
        c: [(restart - sec(60), restart + sec(60))] + ([drive_out] if c == "driveway" else [])
        for c in VS_CAMS
    }
    blocked["garage"].append((at(10, 1, 50), garage_back + sec(30)))
    busy: dict[str, list[tuple[datetime, datetime]]] = {c: [] for c in VS_CAMS}

    def record(c: str, t: datetime) -> datetime:
        motion = VS_CAMS[c][4]
        V(t, "INFO", rec_log(c), "Starting recorder", ["Starting recorder"])
        if motion:
            V(
                t + sec(0.4),
                "INFO",
                nvr_log(c),
                "Starting motion detector",
                ["Starting motion detector"],
            )
        t += sec(r.uniform(6, 80))
        while True:
            cut = r.randint(2, 8) if r.random() < 0.22 else -1
            for k in range(10, -1, -1):
                if k == cut:
                    break
                t = V(
                    t + sec(1),
                    "INFO",
                    nvr_log(c),
                    "Stopping recording in: %ss",
                    [f"Stopping recording in: {k}s"],
                )
            if cut < 0:
                break
            t += sec(r.uniform(5, 45))
        if motion:
            t = V(
                t + sec(0.02),
                "INFO",
                nvr_log(c),
                "Pausing motion detector",
                ["Pausing motion detector"],
            )
        return V(t + sec(0.02), "INFO", rec_log(c), "Stopping recorder", ["Stopping recorder"])

    concat_fail = 0
    for c, (_n, _h, _m, _s, _mo, n_events) in VS_CAMS.items():
        mean = (T_END - T0).total_seconds() / n_events
        free = T0
        for t in poisson(r, T0 + sec(40), T_END - sec(200), mean):
            if t < free or in_any(t, blocked[c]):
                continue
            end = record(c, t)
            busy[c].append((t, end))
            free = end + sec(r.uniform(20, 120))
            if c == "driveway" and at(7, 49) < t < at(8, 40) and concat_fail < 2:
                concat_fail += 1
                V(
                    end + sec(r.uniform(0.3, 1.5)),
                    "ERROR",
                    "root",
                    "Uncaught thread exception",
                    ["Uncaught thread exception", *VS_CONCAT_TB],
                )

    # the driveway's Wi-Fi bridge down: the decoder pipe and the segments process fail over and over
    t = drive_out[0]
    V(
        t,
        "ERROR",
        cam_log("driveway"),
        "Frame reader process has exited",
        ["Frame reader process has exited"],
    )
    t += sec(5.02)
    while t < drive_out[1]:
        t = V(t, "ERROR", cam_log("driveway"), "Restarting frame pipe", ["Restarting frame pipe"])
        if t >= drive_out[1] - sec(2):
            break
        t += sec(r.uniform(2.9, 3.2))
        t = V(
            t,
            "ERROR",
            stream_log("driveway"),
            "[tcp @ %p] Connection to %s failed: No route to host",
            [
                f"[tcp @ {ptr()}] Connection to tcp://10.0.20.12:554?timeout=5000000 failed: No route to host"
            ],
        )
        t = V(
            t + sec(0.001),
            "ERROR",
            stream_log("driveway"),
            "%s: No route to host",
            [f"{url('driveway', True)}: No route to host"],
        )
        t = V(
            t + sec(0.1),
            "ERROR",
            cam_log("driveway"),
            "Frame reader process has exited",
            ["Frame reader process has exited"],
        )
        t += sec(5.0)
    tick = at(7, 41, 15)
    started = drive_out[0] - sec(3600)
    while tick < drive_out[1]:
        if (tick - started).total_seconds() >= 20:
            V(
                tick,
                "ERROR",
                "viseron.watchdog.subprocess_watchdog",
                "Process %s has exited, restarting",
                ["Process viseron.camera.driveway.segments has exited, restarting"],
            )
            started = tick
            if tick + sec(3) < drive_out[1]:
                tf = tick + sec(r.uniform(2.9, 3.3))
                V(
                    tf,
                    "ERROR",
                    stream_log("driveway"),
                    "[tcp @ %p] Connection to %s failed: No route to host",
                    [
                        f"[tcp @ {ptr()}] Connection to tcp://10.0.20.12:554?timeout=5000000 failed: No route to host"
                    ],
                )
                V(
                    tf + sec(0.001),
                    "ERROR",
                    stream_log("driveway"),
                    "%s: No route to host",
                    [f"{url('driveway', False)}: No route to host"],
                )
        tick += sec(15)

    # the backyard's weak Wi-Fi: H.264 error concealment
    p = ptr()
    for t in poisson(r, at(9, 10), at(9, 25), 21):
        n = r.choice([480, 810, 1290, 1620, 3600])
        V(
            t,
            "ERROR",
            stream_log("backyard"),
            "[h264 @ %p] concealing %d DC, %d AC, %d MV errors in %c frame",
            [f"[h264 @ {p}] concealing {n} DC, {n} AC, {n} MV errors in {r.choice('PPPPI')} frame"],
        )

    # CodeProject.AI restarted: connection refused for every scan
    t = at(9, 12, 14)
    while t < at(9, 12, 41):
        for _c in VS_CAMS:
            obj = f"0x7f{hexid(r, 10)}"
            V(
                t + sec(r.uniform(0, 0.9)),
                "ERROR",
                "viseron.components.codeprojectai.object_detector",
                "Error calling CodeProject.AI: CodeProject.AI connection error, check your IP and port: HTTPConnectionPool(host=%s, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno 111] Connection refused'))",
                [
                    f"Error calling CodeProject.AI: CodeProject.AI connection error, check your IP and port: HTTPConnectionPool(host='10.0.0.30', port=32168): Max retries exceeded with url: /v1/vision/detection (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at {obj}>: Failed to establish a new connection: [Errno 111] Connection refused'))"
                ],
            )
        t += sec(1)
    # CodeProject.AI overloaded: timeouts, and the NVR gives up waiting for the result
    for c in VS_CAMS:
        t = at(10, 40, 2) + sec(r.uniform(0, 9))
        while t < at(10, 44, 10):
            V(
                t,
                "ERROR",
                nvr_log(c),
                "Failed to retrieve result for %s",
                ["Failed to retrieve result for object_detector"],
            )
            V(
                t + sec(r.uniform(4.8, 5.3)),
                "ERROR",
                "viseron.components.codeprojectai.object_detector",
                "Error calling CodeProject.AI: Timeout connecting to CodeProject.AI, the current timeout is %s seconds, try increasing this value",
                [
                    "Error calling CodeProject.AI: Timeout connecting to CodeProject.AI, the current timeout is 10 seconds, try increasing this value"
                ],
            )
            t += sec(r.uniform(10.1, 10.6))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- rtorrent

RT_TRACKERS = {
    # kind: (announce URL templates (one group each), interval (s), peers range)
    "nb": (["https://tracker.nordicbits.example/announce.php?passkey={pk}"], 1800, (3, 40)),
    "fl": (["https://reactor.filelist.example/{pk}/announce"], 2400, (2, 25)),
    "ar": (["https://tracker.alpharatio.example/{pk}/announce"], 1800, (1, 18)),
    "ub": (
        ["https://torrent.ubuntu.com/announce", "https://ipv6.torrent.ubuntu.com/announce"],
        1800,
        (30, 50),
    ),
    "deb": (["http://bttracker.debian.org:6969/announce"], 900, (20, 50)),
}
RT_MIX = ["nb"] * 16 + ["fl"] * 14 + ["ar"] * 16 + ["ub"] * 6 + ["deb"] * 6


def rtorrent(r: random.Random) -> list[Log]:
    """rTorrent 0.10.0 / libtorrent 0.14.0 on a seedbox (`rtorrent.log`: `log.add_output =
    "info"` and `"torrent_info"`; `tracker.log`: `"tracker_info"`), 58 torrents from three
    private trackers and the Ubuntu and Debian trackers, 06:00 to 12:00: announces every
    interval, new torrents from the watch directory finishing and seeding, one tracker
    refusing connections 07:12-07:31, two torrents unregistered from 08:30 until a cleanup
    script erases them at 10:15, the resolver down 08:50-08:56, an HTML page dropped into the
    watch directory at 09:05, a restart at 09:30, six torrents stopped by the ratio group at
    11:00."""
    fs = Files()
    pk = {k: hexid(r, 32) for k in RT_TRACKERS}

    def L(f: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{int(x.timestamp())} {lvl} {msg}"],
            ("rtorrent", f),
            1_000_000,
        )

    def info(t: datetime, h: str, label: str, msg: str | None = None) -> datetime:
        return L("rtorrent.log", t, "I", label, f"{h}->download_list: {msg or label}")

    def trk(t: datetime, h: str, label: str, msg: str) -> datetime:
        return L("tracker.log", t, "I", label, f"{h}->tracker_list: {msg}")

    class Tor:
        def __init__(self, kind: str, t_next: datetime) -> None:
            self.h = hexid(r, 40).upper()
            self.kind = kind
            self.urls = [u.format(pk=pk[kind]) for u in RT_TRACKERS[kind][0]]
            self.next = t_next
            self.fails = 0
            self.active = True
            self.unregistered_from: datetime | None = None

    tors = [
        Tor(RT_MIX[i], T0 + sec(r.uniform(0, RT_TRACKERS[RT_MIX[i]][1])))
        for i in range(len(RT_MIX))
    ]
    dead1, dead2 = r.sample([x for x in tors if x.kind == "ar"], 2)
    dead1.unregistered_from = dead2.unregistered_from = at(8, 30)
    restart = at(9, 30, 4)
    back = at(9, 31, 2)
    nb_down = (at(7, 12), at(7, 31))
    dns_down = (at(8, 50), at(8, 56))

    def peers(tor: Tor) -> int:
        lo, hi = RT_TRACKERS[tor.kind][2]
        return r.randint(lo, hi)

    def failure(tor: Tor, t: datetime) -> str | None:
        if tor.unregistered_from and t >= tor.unregistered_from:
            return 'failure reason "Unregistered torrent"'
        if in_any(t, [dns_down]):
            return "Could not resolve hostname"
        if tor.kind == "nb" and in_any(t, [nb_down]):
            return (
                "Timeout was reached"
                if t < nb_down[0] + sec(150)
                else "Could not connect to server"
            )
        return None

    FAIL_LABEL = {
        'failure reason "Unregistered torrent"': 'failed to send request to tracker (url:%s msg:failure reason "Unregistered torrent")',
        "Could not resolve hostname": "failed to send request to tracker (url:%s msg:Could not resolve hostname)",
        "Timeout was reached": "failed to send request to tracker (url:%s msg:Timeout was reached)",
        "Could not connect to server": "failed to send request to tracker (url:%s msg:Could not connect to server)",
    }

    def announce(tor: Tor, t: datetime, event: str) -> datetime:
        """One request to the torrent's first tracker; returns when the next is due."""
        url = tor.urls[0]
        t = trk(t, tor.h, "sending '%s (group:%u url:%s)", f"sending '{event} (group:0 url:{url})")
        msg = failure(tor, t)
        if msg:
            wait = 15.0 if msg == "Timeout was reached" else r.uniform(0.05, 0.6)
            trk(
                t + sec(wait),
                tor.h,
                FAIL_LABEL[msg],
                f"failed to send request to tracker (url:{url} msg:{msg})",
            )
            tor.fails += 1
            return t + sec(wait + (5 << min(tor.fails - 1, 6)))
        n = 0 if event == "stopped" else peers(tor)
        trk(
            t + sec(r.uniform(0.1, 1.4)),
            tor.h,
            "received %u peers (url:%s)",
            f"received {n} peers (url:{url})",
        )
        tor.fails = 0
        return t + sec(RT_TRACKERS[tor.kind][1] + r.uniform(0, 3))

    def load(tor: Tor, t: datetime, new: bool) -> datetime:
        t = info(t, tor.h, "Inserting download.")
        for g, u in enumerate(tor.urls):
            t = trk(
                t + sec(0.001),
                tor.h,
                "added tracker (group:%i url:%s)",
                f"added tracker (group:{g} url:{u})",
            )
        t = info(
            t + sec(0.01), tor.h, "Resuming download: flags:%0x.", "Resuming download: flags:0."
        )
        if new:
            t = info(t + sec(r.uniform(0.2, 2.5)), tor.h, "Hash done.")
            t = info(
                t + sec(0.01), tor.h, "Resuming download: flags:%0x.", "Resuming download: flags:0."
            )
        return t

    # new torrents from autodl through the watch directory, finishing after a while
    new_tors: list[tuple[Tor, datetime, datetime]] = []
    for t in poisson(r, T0 + sec(300), T_END - sec(900), 1150):
        if restart - sec(120) <= t < back + sec(60):
            continue
        kind = r.choice(["nb", "fl", "ar", "ar"])
        tor = Tor(kind, t)
        te = load(tor, t, True)
        tor.next = te + sec(r.uniform(0.1, 0.5))
        done = te + sec(r.uniform(240, 2400))
        new_tors.append((tor, te, done))
        tors.append(tor)

    finished: dict[str, datetime] = {tor.h: done for tor, _s, done in new_tors}
    erased = at(10, 15, 3)
    ratio_stop = at(11, 0, 1)
    ratio_victims = set(
        x.h for x in r.sample([x for x in tors[: len(RT_MIX)] if x not in (dead1, dead2)], 6)
    )

    # per-torrent announce loops
    for tor in tors:
        t = tor.next
        sent_completed = False
        started_new = tor.h in finished
        while t < T_END:
            if tor.h in (dead1.h, dead2.h) and t >= erased:
                break
            if tor.h in ratio_victims and t >= ratio_stop:
                break
            if restart - sec(5) <= t < back + sec(200):
                t = back + sec(RT_TRACKERS[tor.kind][1] * r.uniform(0.9, 1.0))
                continue
            if tor.h in finished and not sent_completed and t >= finished[tor.h]:
                sent_completed = True
                tf = info(finished[tor.h], tor.h, "Received finished.")
                tf = info(tf + sec(0.01), tor.h, "Confirming finished.")
                t = announce(tor, tf + sec(0.02), "completed")
                continue
            if started_new:
                started_new = False
                t = announce(tor, t, "started")
                continue
            t = announce(tor, t, "updated")

    # shutdown and reload at 09:30
    live = tors[: len(RT_MIX)] + [x for x, te, _d in new_tors if te < restart]
    t = restart
    for tor in live:
        t = info(t, tor.h, "Pausing download: flags:%0x.", "Pausing download: flags:0.")
        trk(
            t + sec(0.01),
            tor.h,
            "sending '%s (group:%u url:%s)",
            f"sending 'stopped (group:0 url:{tor.urls[0]})",
        )
        trk(
            t + sec(r.uniform(0.2, 1.5)),
            tor.h,
            "received %u peers (url:%s)",
            f"received 0 peers (url:{tor.urls[0]})",
        )
    for tor in live:
        t = info(t + sec(0.01), tor.h, "Closing download with throw.")
        t = info(
            t + sec(0.001), tor.h, "Pausing download: flags:%0x.", "Pausing download: flags:0."
        )
    tb = back
    tb = L("rtorrent.log", tb, "N", "%s: Starting thread.", "rtorrent main: Starting thread.")
    tb = L(
        "rtorrent.log",
        tb,
        "I",
        "listen port %u opened with backlog set to %i",
        "listen port 51413 opened with backlog set to 128",
    )
    tb = L("rtorrent.log", tb, "N", "%s: Starting thread.", "rtorrent scgi: Starting thread.")
    for tor in live:
        tb = info(tb + sec(0.01), tor.h, "Inserting download.")
        for g, u in enumerate(tor.urls):
            trk(
                tb + sec(0.001),
                tor.h,
                "added tracker (group:%i url:%s)",
                f"added tracker (group:{g} url:{u})",
            )
        tb = info(
            tb + sec(0.01), tor.h, "Resuming download: flags:%0x.", "Resuming download: flags:0."
        )
        trk(
            tb + sec(0.02),
            tor.h,
            "sending '%s (group:%u url:%s)",
            f"sending 'started (group:0 url:{tor.urls[0]})",
        )
        trk(
            tb + sec(r.uniform(0.2, 1.5)),
            tor.h,
            "received %u peers (url:%s)",
            f"received {peers(tor)} peers (url:{tor.urls[0]})",
        )

    # an HTML login page saved as a .torrent: the watch directory retries it every 10 s
    t = at(9, 5, 10)
    while t < at(9, 9, 14):
        L(
            "rtorrent.log",
            t,
            "E",
            "Could not create download, the input is not a valid torrent.",
            "Could not create download, the input is not a valid torrent.",
        )
        t += sec(10)

    # the cleanup script erases the unregistered torrents
    t = erased
    for tor in (dead1, dead2):
        t = info(t, tor.h, "Erasing download.")
        t = info(t + sec(0.001), tor.h, "Closing download with throw.")
        t = info(
            t + sec(0.001), tor.h, "Pausing download: flags:%0x.", "Pausing download: flags:0."
        )
        trk(
            t + sec(0.01),
            tor.h,
            "sending '%s (group:%u url:%s)",
            f"sending 'stopped (group:0 url:{tor.urls[0]})",
        )
        t += sec(1.2)
    # the ratio group stops six seeds
    t = ratio_stop
    for tor in tors:
        if tor.h in ratio_victims:
            t = info(t, tor.h, "Pausing download: flags:%0x.", "Pausing download: flags:0.")
            trk(
                t + sec(0.01),
                tor.h,
                "sending '%s (group:%u url:%s)",
                f"sending 'stopped (group:0 url:{tor.urls[0]})",
            )
            trk(
                t + sec(r.uniform(0.2, 1.2)),
                tor.h,
                "received %u peers (url:%s)",
                f"received 0 peers (url:{tor.urls[0]})",
            )
            t += sec(0.5)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ aria2

A2_SOURCES = [
    # (weight, URL, host, size range in MB, redirect-to template or "", content type)
    (
        3,
        "https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso",
        "releases.ubuntu.com",
        (2600, 2700),
        "",
        "application/x-iso9660-image",
    ),
    (
        2,
        "https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.5.0-amd64-netinst.iso",
        "cdimage.debian.org",
        (620, 640),
        "",
        "application/x-iso9660-image",
    ),
    (
        3,
        "https://download.fedoraproject.org/pub/fedora/linux/releases/40/Server/x86_64/iso/Fedora-Server-netinst-x86_64-40-1.14.iso",
        "download.fedoraproject.org",
        (800, 830),
        "https://{m}/fedora/linux/releases/40/Server/x86_64/iso/Fedora-Server-netinst-x86_64-40-1.14.iso",
        "application/octet-stream",
    ),
    (
        8,
        "https://feeds.example-podcasts.net/episodes/{ep}.mp3",
        "feeds.example-podcasts.net",
        (40, 120),
        "https://cdn.example-podcasts.net/audio/{ep}.mp3",
        "audio/mpeg",
    ),
    (
        4,
        "https://backup.home.example/exports/nightly-{d}-{n}.tar.zst",
        "backup.home.example",
        (300, 1800),
        "",
        "application/zstd",
    ),
]
A2_MIRRORS = ["fedora.mirror.example.net", "mirror.netcologne.example", "ftp.halifax.example.ca"]
A2_IPS = {
    "releases.ubuntu.com": "185.125.190.40",
    "cdimage.debian.org": "194.71.11.173",
    "download.fedoraproject.org": "38.145.60.20",
    "feeds.example-podcasts.net": "198.51.100.23",
    "cdn.example-podcasts.net": "203.0.113.80",
    "backup.home.example": "10.20.0.15",
    "fedora.mirror.example.net": "198.51.100.201",
    "mirror.netcologne.example": "203.0.113.142",
    "ftp.halifax.example.ca": "192.0.2.66",
}
A2_SERVERS = {
    "releases.ubuntu.com": "Apache/2.4.29 (Ubuntu)",
    "cdimage.debian.org": "Apache",
    "download.fedoraproject.org": "Apache",
    "feeds.example-podcasts.net": "nginx",
    "cdn.example-podcasts.net": "AmazonS3",
    "backup.home.example": "nginx/1.24.0",
    "fedora.mirror.example.net": "nginx/1.18.0",
    "mirror.netcologne.example": "Apache/2.4.57 (Debian)",
    "ftp.halifax.example.ca": "nginx",
}


def aria2(r: random.Random) -> list[Log]:
    """aria2 1.37.0 as a daemon with JSON-RPC (`aria2.log`, `--log-level=info`), fed and
    polled by a script every 35 s, 06:00 to 12:00: ISO images, podcast episodes through a
    redirector, nightly backups from the NAS, split over up to four connections; the session
    saved every five minutes; one Fedora mirror refusing connections 07:20-07:35 (retries, then
    an abort), a podcast episode gone (404), the resolver failing 08:45-08:49, the download disk
    full 10:40-10:52 (write errors, allocation errors, the session not saved), aria2 restarted
    at 11:05 (the unfinished download resumed)."""
    fs = Files()
    cuid = [6]
    session = "/var/lib/aria2/aria2.session"

    def A(t: datetime, lvl: str, src: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "aria2.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} [{lvl}] [{src}] {lines[0]}",
                *lines[1:],
            ],
            "aria2c",
            1,
        )

    def dump(first: str, header: list[str]) -> list[str]:
        # getline() keeps each CR, the trailing CR LF of the header block and the logger's LF
        return [first, *(h + "\r" for h in header), "\r", ""]

    def new_cuid() -> int:
        cuid[0] += 1
        return cuid[0]

    def http_date(t: datetime) -> str:
        return f"{t:%a, %d %b %Y %H:%M:%S} GMT"

    def rpc(t: datetime, method: str, length: int) -> datetime:
        hdr = [
            "POST /jsonrpc HTTP/1.1",
            "Host: 127.0.0.1:6800",
            "User-Agent: python-requests/2.31.0",
            "Accept-Encoding: gzip, deflate",
            "Accept: */*",
            "Connection: keep-alive",
            f"Content-Length: {length}",
            "Content-Type: application/json",
        ]
        t = A(
            t,
            "INFO",
            "HttpServer.cc:147",
            "HTTP Server received request\\n%s",
            dump("HTTP Server received request", hdr),
        )
        return A(
            t + sec(0.0004),
            "INFO",
            "rpc_helper.cc:91",
            "Executing RPC method %s",
            [f"Executing RPC method {method}"],
        )

    def resolve(t: datetime, c: int, host: str, cached: bool, fail: bool = False) -> datetime:
        ip = A2_IPS[host]
        if cached:
            return A(
                t,
                "INFO",
                "AbstractCommand.cc:884",
                "CUID#%lld - DNS cache hit: %s -> %s",
                [f"CUID#{c} - DNS cache hit: {host} -> {ip}"],
            )
        t = A(
            t,
            "INFO",
            "AbstractCommand.cc:849",
            "CUID#%lld - Resolving hostname %s",
            [f"CUID#{c} - Resolving hostname {host}"],
        )
        if fail:
            return t + sec(r.uniform(0.02, 0.2))
        return A(
            t + sec(r.uniform(0.002, 0.08)),
            "INFO",
            "AbstractCommand.cc:876",
            "CUID#%lld - Name resolution complete: %s -> %s",
            [f"CUID#{c} - Name resolution complete: {host} -> {ip}"],
        )

    def connect(t: datetime, c: int, host: str, port: int) -> datetime:
        return A(
            t,
            "INFO",
            "InitiateConnectionCommand.cc:135",
            "CUID#%lld - Connecting to %s:%d",
            [f"CUID#{c} - Connecting to {A2_IPS[host]}:{port}"],
        )

    def request(t: datetime, c: int, host: str, path: str, rng: tuple[int, int] | None) -> datetime:
        hdr = [
            f"GET {path} HTTP/1.1",
            "User-Agent: aria2/1.37.0",
            "Accept: */*",
            f"Host: {host}",
            "Pragma: no-cache",
            "Cache-Control: no-cache",
        ]
        if rng:
            hdr.append(f"Range: bytes={rng[0]}-{rng[1]}")
        return A(
            t,
            "INFO",
            "HttpConnection.cc:129",
            "CUID#%lld - Requesting:\\n%s",
            dump(f"CUID#{c} - Requesting:", hdr),
        )

    def response(t: datetime, c: int, host: str, status: str, extra: list[str]) -> datetime:
        hdr = [f"HTTP/1.1 {status}", f"Date: {http_date(t)}", f"Server: {A2_SERVERS[host]}", *extra]
        return A(
            t,
            "INFO",
            "HttpConnection.cc:164",
            "CUID#%lld - Response received:\\n%s",
            dump(f"CUID#{c} - Response received:", hdr),
        )

    def trace(first: str, chain: list[str]) -> list[str]:
        return [first, *chain]

    def parts(url: str) -> tuple[str, str]:
        rest = url.split("://", 1)[1]
        host, _, path = rest.partition("/")
        return host, "/" + path

    restart = at(11, 5, 9)
    back = at(11, 5, 40)
    mirror_down = (at(7, 20), at(7, 35))
    dns_down = (at(8, 45), at(8, 49))
    disk_full = (at(10, 40), at(10, 52))

    def download(
        t: datetime,
        url: str,
        size: int,
        final: str,
        ctype: str,
        gid: str,
        path: str,
        resume_from: int = 0,
        speed: float = 0.0,
    ) -> datetime:
        """One HTTP download; returns when it ends."""
        host, p = parts(url)
        c = new_cuid()
        dns_fail = in_any(t, [dns_down])
        t = resolve(t, c, host, False, fail=dns_fail)
        if dns_fail:
            uri = url
            t = A(
                t,
                "ERROR",
                "AbstractCommand.cc:351",
                "CUID#%lld - Download aborted. URI=%s",
                trace(
                    f"CUID#{c} - Download aborted. URI={uri}",
                    [
                        f"Exception: [AbstractCommand.cc:351] errorCode=19 URI={uri}",
                        f"  -> [AbstractCommand.cc:887] errorCode=19 CUID#{c} - Name resolution for {host} failed:Temporary failure in name resolution",
                    ],
                ),
            )
            return A(
                t + sec(0.01),
                "NOTICE",
                "RequestGroupMan.cc:385",
                "Download GID#%s not complete: %s",
                [f"Download GID#{gid} not complete: {path}"],
            )
        t = connect(t + sec(0.001), c, host, 443 if url.startswith("https") else 80)
        t = request(
            t + sec(r.uniform(0.01, 0.12)),
            c,
            host,
            p,
            (resume_from, size - 1) if resume_from else None,
        )
        if final:
            loc = final
            t = response(
                t + sec(r.uniform(0.03, 0.3)),
                c,
                host,
                "302 Found",
                [f"Location: {loc}", "Content-Length: 0", "Connection: keep-alive"],
            )
            t = A(
                t + sec(0.0005),
                "INFO",
                "HttpResponseCommand.cc:253",
                "CUID#%lld - Redirecting to %s",
                [f"CUID#{c} - Redirecting to {loc}"],
            )
            host, p = parts(loc)
            t = resolve(t + sec(0.001), c, host, False)
            if host == "fedora.mirror.example.net" and in_any(t, [mirror_down]):
                # retries every 30 s, five tries, then the abort
                for n in range(5):
                    t = connect(t + sec(0.001), c, host, 443)
                    t += sec(r.uniform(0.002, 0.02))
                    if n < 4:
                        A(
                            t,
                            "INFO",
                            "AbstractCommand.cc:340",
                            "CUID#%lld - Restarting the download. URI=%s",
                            trace(
                                f"CUID#{c} - Restarting the download. URI={loc}",
                                [
                                    f"Exception: [AbstractCommand.cc:340] errorCode=1 URI={loc}",
                                    "  -> [SocketCore.cc:1018] errorCode=1 Failed to establish connection, cause: Connection refused",
                                ],
                            ),
                        )
                        t += sec(30)
                        t = resolve(t, c, host, True)
                    else:
                        t = A(
                            t,
                            "INFO",
                            "AbstractCommand.cc:319",
                            "CUID#%lld - %d times attempted, but no success. Download aborted.",
                            [f"CUID#{c} - 5 times attempted, but no success. Download aborted."],
                        )
                        t = A(
                            t + sec(0.0002),
                            "ERROR",
                            "AbstractCommand.cc:351",
                            "CUID#%lld - Download aborted. URI=%s",
                            trace(
                                f"CUID#{c} - Download aborted. URI={loc}",
                                [
                                    f"Exception: [AbstractCommand.cc:351] errorCode=1 URI={loc}",
                                    "  -> [SocketCore.cc:1018] errorCode=1 Failed to establish connection, cause: Connection refused",
                                ],
                            ),
                        )
                return A(
                    t + sec(0.01),
                    "NOTICE",
                    "RequestGroupMan.cc:385",
                    "Download GID#%s not complete: %s",
                    [f"Download GID#{gid} not complete: {path}"],
                )
            t = connect(t + sec(0.001), c, host, 443)
            t = request(t + sec(r.uniform(0.01, 0.12)), c, host, p, None)
        if "-missing" in url:
            t = response(
                t + sec(r.uniform(0.03, 0.2)),
                c,
                host,
                "404 Not Found",
                ["Content-Type: application/xml", "Transfer-Encoding: chunked"],
            )
            t = A(
                t + sec(0.001),
                "ERROR",
                "AbstractCommand.cc:351",
                "CUID#%lld - Download aborted. URI=%s",
                trace(
                    f"CUID#{c} - Download aborted. URI={final or url}",
                    [
                        f"Exception: [AbstractCommand.cc:351] errorCode=3 URI={final or url}",
                        "  -> [HttpSkipResponseCommand.cc:218] errorCode=3 Resource not found",
                    ],
                ),
            )
            return A(
                t + sec(0.01),
                "NOTICE",
                "RequestGroupMan.cc:385",
                "Download GID#%s not complete: %s",
                [f"Download GID#{gid} not complete: {path}"],
            )
        status = "206 Partial Content" if resume_from else "200 OK"
        extra = [
            f"Last-Modified: {http_date(at(5, 0) - sec(r.randint(86400, 86400 * 60)))}",
            f'ETag: "{hexid(r, 8)}-{hexid(r, 13)}"',
            "Accept-Ranges: bytes",
            f"Content-Length: {size - resume_from}",
        ]
        if resume_from:
            extra.append(f"Content-Range: bytes {resume_from}-{size - 1}/{size}")
        extra.append(f"Content-Type: {ctype}")
        t = response(t + sec(r.uniform(0.03, 0.25)), c, host, status, extra)
        # more connections for the other segments
        nseg = 1 if size < 40_000_000 else min(4, 1 + size // 200_000_000)
        seg = (size - resume_from) // nseg
        for i in range(1, nseg):
            ci = new_cuid()
            ts = t + sec(r.uniform(0.05, 0.4))
            ts = resolve(ts, ci, host, True)
            ts = connect(ts + sec(0.001), ci, host, 443 if loc_https(final or url) else 80)
            lo = resume_from + seg * i
            ts = request(ts + sec(r.uniform(0.01, 0.1)), ci, host, p, (lo, size - 1))
            response(
                ts + sec(r.uniform(0.03, 0.2)),
                ci,
                host,
                "206 Partial Content",
                [
                    f"Last-Modified: {http_date(at(5, 0) - sec(86400 * 9))}",
                    "Accept-Ranges: bytes",
                    f"Content-Length: {size - lo}",
                    f"Content-Range: bytes {lo}-{size - 1}/{size}",
                    f"Content-Type: {ctype}",
                ],
            )
        speed = speed or r.uniform(8e6, 40e6)
        end = t + sec((size - resume_from) / speed)
        if end > restart and t < restart:
            return restart
        if in_any(end, [disk_full]) or (t < disk_full[0] < end):
            te = max(t + sec(2), disk_full[0] + sec(r.uniform(1, 30)))
            A(
                te,
                "ERROR",
                "AbstractCommand.cc:351",
                "CUID#%lld - Download aborted. URI=%s",
                trace(
                    f"CUID#{c} - Download aborted. URI={final or url}",
                    [
                        f"Exception: [AbstractCommand.cc:351] errorCode=9 URI={final or url}",
                        f"  -> [AbstractDiskWriter.cc:557] errNum=28 errorCode=9 Failed to write into the file {path}, cause: No space left on device",
                    ],
                ),
            )
            return A(
                te + sec(0.02),
                "NOTICE",
                "RequestGroupMan.cc:385",
                "Download GID#%s not complete: %s",
                [f"Download GID#{gid} not complete: {path}"],
            )
        return A(
            end,
            "NOTICE",
            "RequestGroup.cc:1203",
            "Download complete: %s",
            [f"Download complete: {path}"],
        )

    def loc_https(u: str) -> bool:
        return u.startswith("https")

    # the RPC client: a poll every 35 s (its adds are sent with the downloads below)
    t = T0 + sec(r.uniform(1, 5))
    while t < T_END:
        if not (restart - sec(2) <= t < back + sec(2)):
            rpc(t, "system.multicall", 326)
        t += sec(35 + r.uniform(-0.05, 0.05))

    # session saved every five minutes (not while the disk is full)
    t = at(6, 2, 41) + sec(r.uniform(0, 0.01))
    while t < T_END:
        if restart <= t < back:
            t = back + sec(300 + r.uniform(0, 0.01))
            continue
        if in_any(t, [disk_full]):
            A(
                t,
                "ERROR",
                "SessionSerializer.cc:301",
                "Failed to serialize session to '%s'.",
                [f"Failed to serialize session to '{session}'."],
            )
        else:
            A(
                t,
                "NOTICE",
                "SaveSessionCommand.cc:65",
                "Serialized session to '%s' successfully.",
                [f"Serialized session to '{session}' successfully."],
            )
        t += sec(300 + r.uniform(0, 0.002))

    # downloads added through RPC: the planned ones meet the incidents, the others avoid them
    ep = [1180]
    nightly = [0]
    planned = [
        (at(7, 21, 34), 2, "mirror", 0.0),
        (at(7, 27, 5), 2, "mirror", 0.0),
        (at(8, 45, 40), 0, "", 0.0),
        (at(8, 47, 12), 3, "", 0.0),
        (at(9, 32, 9), 3, "missing", 0.0),
        (at(9, 41, 47), 3, "missing", 0.0),
        (at(10, 31, 2), 0, "", 3.9e6),
        (at(10, 43, 30), 4, "", 0.0),
        (at(10, 47, 2), 3, "", 0.0),
        (at(11, 1, 10), 0, "", 4.6e6),
    ]
    windows = [
        mirror_down,
        dns_down,
        (at(9, 30), at(9, 50)),
        (at(10, 30), disk_full[1]),
        (at(11, 0), back + sec(30)),
    ]
    adds = [
        (ta, -1, "", 0.0)
        for ta in poisson(r, T0 + sec(60), T_END - sec(600), 310)
        if not in_any(ta, windows)
    ]
    pending_at_restart: list[tuple[str, int, str, str, str, str]] = []
    for ta, idx, how, speed in sorted(adds + planned):
        src = A2_SOURCES[idx] if idx >= 0 else weighted(r, [(x[0], x) for x in A2_SOURCES])
        _w, url, _host, (lo, hi), redir, ctype = src  # type: ignore[misc]
        if "{ep}" in url:
            ep[0] += 1
            name = f"ep{ep[0]}" + ("-missing" if how == "missing" else "")
            url, redir = url.format(ep=name), redir.format(ep=name)
        if "{d}" in url:
            nightly[0] += 1
            url = url.format(d="20240606", n=f"{nightly[0]:02d}")
        if "{m}" in redir:
            redir = redir.format(
                m="fedora.mirror.example.net" if how == "mirror" else r.choice(A2_MIRRORS[1:])
            )
        size = r.randint(lo, hi) * 1_000_000 + r.randint(0, 999_999)
        gid = hexid(r, 16)
        path = "/srv/downloads/" + url.rsplit("/", 1)[1]
        rpc(ta, "aria2.addUri", 242)
        t1 = ta + sec(r.uniform(0.002, 0.01))
        if in_any(t1, [disk_full]):
            c = new_cuid()
            A(
                t1,
                "ERROR",
                "FileAllocationCommand.cc:101",
                "CUID#%lld - Exception caught while allocating file space.",
                trace(
                    f"CUID#{c} - Exception caught while allocating file space.",
                    [
                        "Exception: [FallocFileAllocationIterator.cc:63] errNum=28 errorCode=17 fallocate failed. cause: No space left on device"
                    ],
                ),
            )
            A(
                t1 + sec(0.01),
                "NOTICE",
                "RequestGroupMan.cc:385",
                "Download GID#%s not complete: %s",
                [f"Download GID#{gid} not complete: {path}"],
            )
            continue
        end = download(t1, url, size, redir, ctype, gid, path, speed=speed)
        if end == restart:
            pending_at_restart.append((url, size, redir, ctype, gid, path))

    # aria2 restarted at 11:05: the unfinished download reported, the banner, and a resume
    for _u, _s, _r, _c, gid, path in pending_at_restart:
        A(
            restart + sec(0.2),
            "NOTICE",
            "RequestGroupMan.cc:385",
            "Download GID#%s not complete: %s",
            [f"Download GID#{gid} not complete: {path}"],
        )
    t = back + sec(r.uniform(0, 0.5))
    for line in ["<<--- --- --- ---", "  --- --- --- ---", "  --- --- --- --->>"]:
        t = A(t + sec(0.00002), "INFO", "Context.cc:166", line, [line])
    t = A(
        t + sec(0.00002), "INFO", "Context.cc:168", "%s %s %s", ["aria2 1.37.0 x86_64-pc-linux-gnu"]
    )
    t = A(t + sec(0.00002), "INFO", "Context.cc:171", "Logging started.", ["Logging started."])
    t = A(
        t + sec(0.003),
        "NOTICE",
        "HttpListenCommand.cc:108",
        "IPv%d RPC: listening on TCP port %u",
        ["IPv4 RPC: listening on TCP port 6800"],
    )
    t = A(
        t + sec(0.0005),
        "NOTICE",
        "HttpListenCommand.cc:108",
        "IPv%d RPC: listening on TCP port %u",
        ["IPv6 RPC: listening on TCP port 6800"],
    )
    for url, size, redir, ctype, gid, path in pending_at_restart:
        download(t + sec(0.01), url, size, redir, ctype, gid, path, resume_from=size // 3)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ beets

BT_ALBUMS = [
    # artist, album, year, tracks
    ("Khruangbin", "A La Sala", 2024, 12),
    ("Beth Gibbons", "Lives Outgrown", 2024, 10),
    ("Vampire Weekend", "Only God Was Above Us", 2024, 10),
    ("Mdou Moctar", "Funeral for Justice", 2024, 9),
    ("Adrianne Lenker", "Bright Future", 2024, 12),
    ("The Smile", "Wall of Eyes", 2024, 8),
    ("Waxahatchee", "Tigers Blood", 2024, 12),
    ("Four Tet", "Three", 2024, 8),
    ("Charli XCX", "Brat", 2024, 15),
    ("English Teacher", "This Could Be Texas", 2024, 12),
    ("Jlin", "Akoma", 2024, 11),
    ("Arooj Aftab", "Night Reign", 2024, 9),
    ("Yard Act", "Where's My Utopia?", 2024, 11),
    ("Jessica Pratt", "Here in the Pitch", 2024, 9),
    ("Billie Eilish", "Hit Me Hard and Soft", 2024, 10),
    ("Erika de Casier", "Still", 2024, 15),
    ("Massive Attack", "Mezzanine", 1998, 11),
    ("Talk Talk", "Spirit of Eden", 1988, 6),
    ("Radiohead", "In Rainbows", 2007, 10),
    ("Bill Ryder-Jones", "Iechyd Da", 2024, 13),
    ("Kacey Musgraves", "Deeper Well", 2024, 14),
    ("IDLES", "TANGK", 2024, 11),
]
BT_GENRES = [
    "Psychedelic Rock",
    "Art Pop",
    "Indie Rock",
    "Folk",
    "Electronic",
    "Hyperpop",
    "Post-Punk",
    "Ambient",
    "Trip Hop",
    "Country",
    "Tuareg Rock",
    "Jazz",
]
BT_SITE = "/opt/beets/lib/python3.11/site-packages"
BT_MB_TB = [
    "Traceback (most recent call last):",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 507, in _safe_read',
    "    f = opener.open(req)",
    "        ^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/urllib/request.py", line 519, in open',
    "    response = self._open(req, data)",
    "               ^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/urllib/request.py", line 536, in _open',
    "    result = self._call_chain(self.handle_open, protocol, protocol +",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/urllib/request.py", line 496, in _call_chain',
    "    result = func(*args)",
    "             ^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/urllib/request.py", line 1391, in https_open',
    "    return self.do_open(http.client.HTTPSConnection, req,",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/urllib/request.py", line 1351, in do_open',
    "    raise URLError(err)",
    "urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    f'  File "{BT_SITE}/beets/autotag/mb.py", line 727, in match_album',
    "    res = musicbrainzngs.search_releases(",
    "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 1078, in search_releases',
    "    return _do_mb_search('release', query, fields, limit, offset, strict)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 796, in _do_mb_search',
    "    return _mb_request(path, 'GET', auth_required, args=query_args)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 417, in __call__',
    "    return self.fun(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 721, in _mb_request',
    "    resp = _safe_read(opener, req, body)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{BT_SITE}/musicbrainzngs/musicbrainz.py", line 536, in _safe_read',
    "    raise NetworkError(cause=exc)",
    "musicbrainzngs.musicbrainz.NetworkError: caused by: <urlopen error [Errno -3] Temporary failure in name resolution>",
]


def beets(r: random.Random) -> list[Log]:
    """beets 2.0.0 run by a systemd timer every 15 minutes (`beet -v import -q` of the
    download folder, `journalctl -u beets-import.service -o short-iso-precise`), 06:00 to
    12:00: the verbose start-up of each run, 22 albums imported (MusicBrainz search and
    candidates, lastgenre, the plugin events of every move, tag write and store), two albums
    without a strong match skipped, empty runs, and MusicBrainz unreachable 09:28-09:52 (two
    runs failing with the debug traceback and `Error: ...`, systemd recording the failure)."""
    fs = Files()
    unit = "beets-import.service"
    desc = f"{unit} - Import new music into the beets library"
    incoming = "/srv/music/incoming"
    pid0 = [21400]

    def J(t: datetime, ident: str, pid: int, label: str | None, msg: str) -> datetime:
        return fs.add(
            "nas-journal.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 nas {ident}[{pid}]: {msg}"
            ],
            (ident, pid),
            1,
        )

    def S(t: datetime, label: str, msg: str) -> datetime:
        return J(t, "systemd", 1, label, msg)

    def ev(t: datetime, pid: int, event: str) -> datetime:
        return J(
            t + sec(r.uniform(0.0005, 0.004)),
            "beet",
            pid,
            "Sending event: %s",
            f"Sending event: {event}",
        )

    def tb_lines(t: datetime, pid: int, lines: list[str]) -> datetime:
        # journald makes an entry of every line the traceback message holds
        t = J(t, "beet", pid, "Traceback (most recent call last):", lines[0])
        for line in lines[1:]:
            t = J(t + sec(0.00005), "beet", pid, None, line)
        return t

    albums = list(BT_ALBUMS)
    r.shuffle(albums)
    skip_albums = [
        ("Various Artists", "Late Night Tales: Sessions", 2024, 18),
        ("The Cure", "Live Bootleg 1986", 1986, 14),
    ]
    mb_down = (at(9, 28), at(9, 52))

    # what arrives in the download folder before each run
    runs = [T0 + sec(900 * i) for i in range(24)]
    queue: dict[int, list[tuple[tuple, str]]] = {i: [] for i in range(24)}
    slots = [i for i in range(24)]
    for a in albums:
        queue[r.choice(slots)].append((a, "import"))
    for a in skip_albums:
        queue[r.choice(slots)].append((a, "skip"))
    failed_carry: list[tuple[tuple, str]] = []

    for i, run in enumerate(runs):
        todo = failed_carry + queue[i]
        failed_carry = []
        pid0[0] += r.randint(180, 900)
        pid = pid0[0]
        t = S(run + sec(r.uniform(0.001, 0.05)), "Starting %s...", f"Starting {desc}...")
        t += sec(r.uniform(0.6, 1.1))
        t = J(
            t,
            "beet",
            pid,
            "user configuration: %s",
            "user configuration: /var/lib/beets/.config/beets/config.yaml",
        )
        t = J(
            t + sec(0.0003),
            "beet",
            pid,
            "data directory: %s",
            "data directory: /var/lib/beets/.config/beets",
        )
        t = J(t + sec(0.0002), "beet", pid, "plugin paths: %s", "plugin paths: ")
        t = ev(t + sec(0.3), pid, "pluginload")
        t = J(
            t + sec(0.01),
            "beet",
            pid,
            "library database: %s\\nlibrary directory: %s",
            "library database: /srv/music/beets/library.db",
        )
        t = J(t + sec(0.00005), "beet", pid, None, "library directory: /srv/music/library")
        t = ev(t, pid, "library_opened")
        failed = False
        for idx, (album, fate) in enumerate(todo):
            artist, title, year, ntr = album
            folder = f"{incoming}/{artist} - {title} ({year})"
            t = ev(t + sec(r.uniform(0.05, 0.4)), pid, "import_task_created")
            t = ev(t, pid, "import_task_start")
            t = J(t + sec(0.001), "beet", pid, "Looking up: %s", f"Looking up: {folder}")
            t = J(t + sec(0.002), "beet", pid, "Tagging %s - %s", f"Tagging {artist} - {title}")
            t = J(t + sec(0.0005), "beet", pid, "No album ID found.", "No album ID found.")
            t = J(
                t + sec(0.0003),
                "beet",
                pid,
                "Search terms: %s - %s",
                f"Search terms: {artist} - {title}",
            )
            va = artist == "Various Artists"
            t = J(t + sec(0.0003), "beet", pid, "Album might be VA: %s", f"Album might be VA: {va}")
            crit = {"release": title.lower(), "artist": artist.lower(), "tracks": str(ntr)}
            if va:
                crit = {
                    "release": title.lower(),
                    "arid": "89ad4ac3-39f7-470e-963a-56509c546377",
                    "tracks": str(ntr),
                }
            t = J(
                t + sec(0.0004),
                "beet",
                pid,
                "Searching for MusicBrainz releases with: %r",
                f"Searching for MusicBrainz releases with: {crit!r}",
            )
            if in_any(t, [mb_down]):
                t = tb_lines(t + sec(r.uniform(6, 9)), pid, BT_MB_TB)
                t = J(
                    t + sec(0.0002),
                    "beet",
                    pid,
                    "Error: MusicBrainz not reachable in release search with query %s",
                    f"Error: MusicBrainz not reachable in release search with query {crit!r}",
                )
                failed = True
                failed_carry = todo[idx:]
                break
            ncand = r.randint(2, 5) if fate != "skip" else r.randint(1, 3)
            best = r.uniform(0.0, 0.035) if fate != "skip" else r.uniform(0.22, 0.45)
            for k in range(ncand):
                mbid = uuid4(r)
                t = J(
                    t + sec(r.uniform(0.5, 1.4)),
                    "beet",
                    pid,
                    "Requesting MusicBrainz release %s",
                    f"Requesting MusicBrainz release {mbid}",
                )
                ca, ct = (
                    (artist, title)
                    if not (fate == "skip" and k)
                    else (
                        r.choice(["Various Artists", artist]),
                        title + r.choice([" (Deluxe Edition)", " (Live)", ""]),
                    )
                )
                t = J(
                    t + sec(r.uniform(0.3, 0.9)),
                    "beet",
                    pid,
                    "Candidate: %s - %s (%s)",
                    f"Candidate: {ca} - {ct} ({mbid})",
                )
                t = J(
                    t + sec(0.001),
                    "beet",
                    pid,
                    "Computing track assignment...",
                    "Computing track assignment...",
                )
                t = J(t + sec(0.002), "beet", pid, "...done.", "...done.")
                dist = best if k == 0 else min(0.99, best + r.uniform(0.02, 0.4))
                t = J(
                    t + sec(0.0006),
                    "beet",
                    pid,
                    "Success. Distance: %s",
                    f"Success. Distance: {dist:.2f}",
                )
            t = J(
                t + sec(0.001),
                "beet",
                pid,
                "Evaluating %s candidates.",
                f"Evaluating {ncand} candidates.",
            )
            t = J(t + sec(0.003), "beet", pid, "%s (%d items)", f"{folder} ({ntr} items)")
            if fate == "skip":
                t = J(t + sec(0.0002), "beet", pid, "Skipping.", "Skipping.")
                t = ev(t, pid, "import_task_choice")
                continue
            t = ev(t, pid, "import_task_choice")
            t = ev(t + sec(0.05), pid, "import_task_apply")
            for _ in range(ntr):
                t = ev(t + sec(r.uniform(0.01, 0.05)), pid, "database_change")
            for _ in range(ntr):
                t = ev(t + sec(r.uniform(0.05, 0.3)), pid, "before_item_moved")
                t = ev(t + sec(r.uniform(0.01, 0.2)), pid, "item_moved")
                t = ev(t, pid, "database_change")
            t = ev(t, pid, "import_task_files")
            t = ev(t, pid, "database_change")
            for _ in range(ntr):
                t = ev(t + sec(r.uniform(0.02, 0.15)), pid, "write")
                t = ev(t + sec(r.uniform(0.02, 0.1)), pid, "after_write")
            t = ev(t, pid, "album_imported")
            t = J(
                t + sec(r.uniform(0.3, 1.5)),
                "beet",
                pid,
                "added last.fm album genre (%s): %s",
                f"lastgenre: added last.fm album genre ({r.choice(['album', 'album', 'artist'])}): {r.choice(BT_GENRES)}",
            )
            t = ev(t, pid, "database_change")
        if failed:
            t += sec(r.uniform(0.05, 0.2))
            t = S(
                t,
                "Main process exited, code=%s, status=%i/%s",
                f"{unit}: Main process exited, code=exited, status=1/FAILURE",
            )
            t = S(
                t + sec(0.0002),
                "Failed with result '%s'.",
                f"{unit}: Failed with result 'exit-code'.",
            )
            t = S(t + sec(0.0003), "Failed to start %s.", f"Failed to start {desc}.")
            S(
                t + sec(0.0003),
                "Consumed %s CPU time.",
                f"{unit}: Consumed {r.uniform(1.2, 2.6):.3f}s CPU time.",
            )
            continue
        if not todo:
            t = J(
                t + sec(0.02),
                "beet",
                pid,
                "No files imported from %s",
                f"No files imported from {incoming}",
            )
        t = ev(t + sec(0.01), pid, "import")
        t = ev(t, pid, "cli_exit")
        t = S(
            t + sec(r.uniform(0.05, 0.2)),
            "Deactivated successfully.",
            f"{unit}: Deactivated successfully.",
        )
        t = S(t + sec(0.0003), "Finished %s.", f"Finished {desc}.")
        cpu = 1.1 + (t - run).total_seconds() * r.uniform(0.08, 0.2)
        S(t + sec(0.0003), "Consumed %s CPU time.", f"{unit}: Consumed {cpu:.3f}s CPU time.")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- unmanic

UM_SHOWS = [
    ("Severance", 1, 9, "WEBDL-1080p", ".mkv"),
    ("Shogun (2024)", 1, 10, "WEBDL-2160p", ".mkv"),
    ("The Bear", 2, 10, "WEBDL-1080p", ".mkv"),
    ("Slow Horses", 3, 6, "WEBRip-1080p", ".mp4"),
    ("Fallout", 1, 8, "WEBDL-1080p", ".mkv"),
    ("Doctor Who (2023)", 1, 8, "WEBDL-1080p", ".mp4"),
]
UM_ANIME = [
    ("Frieren - Beyond Journey's End", 28),
    ("Dungeon Meshi", 24),
    ("Kaguya-sama - Love Is War", 37),
    ("Mob Psycho 100", 37),
    ("Vinland Saga", 48),
    ("Cowboy Bebop", 26),
    ("Mushishi", 46),
    ("Odd Taxi", 13),
    ("Ping Pong the Animation", 11),
    ("Trigun Stampede", 12),
]
UM_MOVIES = [
    ("Dune Part Two (2024)", "Bluray-1080p", ".mkv"),
    ("Perfect Days (2023)", "WEBDL-1080p", ".mp4"),
    ("Past Lives (2023)", "WEBDL-1080p", ".mkv"),
    ("The Zone of Interest (2023)", "WEBRip-1080p", ".mp4"),
    ("Anatomy of a Fall (2023)", "Bluray-1080p", ".mkv"),
    ("Godzilla Minus One (2023)", "WEBDL-1080p", ".mkv"),
    ("Poor Things (2023)", "Bluray-1080p", ".mkv"),
    ("The Holdovers (2023)", "WEBDL-1080p", ".avi"),
]
UM_COPY_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.10/dist-packages/unmanic/libs/postprocessor.py", line 330, in __copy_file',
    "    shutil.move(file_in, part_file_out, copy_function=shutil.copyfile)",
    '  File "/usr/lib/python3.10/shutil.py", line 836, in move',
    "    copy_function(src, real_dst)",
    '  File "/usr/lib/python3.10/shutil.py", line 267, in copyfile',
    "    _fastcopy_sendfile(fsrc, fdst)",
    '  File "/usr/lib/python3.10/shutil.py", line 156, in _fastcopy_sendfile',
    "    raise err from None",
    '  File "/usr/lib/python3.10/shutil.py", line 142, in _fastcopy_sendfile',
    "    sent = os.sendfile(outfd, infd, offset, blocksize)",
    "OSError: [Errno 28] No space left on device",
]


def unmanic(r: random.Random) -> list[Log]:
    """Unmanic in docker (`/config/.unmanic/logs/unmanic.log`, INFO), three workers
    transcoding a media server's libraries to HEVC with NVENC, 06:00 to 12:00: the TV and
    Movies backlog, an Anime library added at 06:05 (its first scan queueing 300 episodes),
    Sonarr's imports through inotify, six damaged files whose ffmpeg run fails, the scheduled
    scans at 08:12 and 11:12 skipping everything already queued, the library share full
    10:20-10:35 (post-processor copies failing with their traceback)."""
    fs = Files()

    def U(t: datetime, lvl: str, logger: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "unmanic.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}:{lvl}:{logger} - {lines[0]}", *lines[1:]],
            "unmanic",
            1_000_000,
        )

    def main(t: datetime, label: str, msg: str | None = None) -> datetime:
        return U(t, "INFO", "Unmanic", label, [msg or label])

    # the files each library holds, in scan order
    tv = [
        (f"/library/tv/{s}/Season {n}/{s} - S{n:02d}E{e:02d} [{q}]{ext}", "tv")
        for s, n, cnt, q, ext in UM_SHOWS
        for e in range(1, cnt + 1)
    ]
    movies = [(f"/library/movies/{m}/{m} [{q}]{ext}", "movies") for m, q, ext in UM_MOVIES]
    anime = [
        (f"/library/anime/{s}/Season 1/{s} - S01E{e:02d} [HDTV-1080p].mkv", "anime")
        for s, cnt in UM_ANIME
        for e in range(1, cnt + 1)
    ]
    r.shuffle(tv)
    pending: list[tuple[str, str]] = tv[:18] + movies[:5]
    inotify_pool = tv[18:] + movies[5:]
    done: set[str] = set()
    queued: set[str] = set(p for p, _ in pending)

    bad_files = set(p for p, _ in r.sample(tv[:18] + anime[:40], 6))
    share_full = (at(10, 20), at(10, 35))

    def scan(t: datetime, lib: str, files: list[tuple[str, str]]) -> datetime:
        t0 = t
        t = U(
            t,
            "INFO",
            "Unmanic.LibraryScannerManager",
            "Running full library scan on library '%s'",
            [f"Running full library scan on library '{lib}'"],
        )
        for path, kind in files:
            if path in done:
                continue
            if path in queued:
                t = U(
                    t + sec(0.05),
                    "INFO",
                    "Unmanic.TaskHandler",
                    "Skipping file as it is already in the queue - %s",
                    [f"Skipping file as it is already in the queue - {path}"],
                )
            else:
                queued.add(path)
                pending.append((path, kind))
                t = U(
                    t + sec(0.05),
                    "INFO",
                    "Unmanic.TaskHandler",
                    "Adding file to task queue - %s",
                    [f"Adding file to task queue - {path}"],
                )
        took = (t - t0).total_seconds() + r.uniform(0.5, 3)
        return U(
            t + sec(0.2),
            "WARNING",
            "Unmanic.LibraryScannerManager",
            "Library scan completed in %s seconds",
            [f"Library scan completed in {took} seconds"],
        )

    # the workers: each takes the next pending task when free
    free = [T0 + sec(r.uniform(1, 40)), T0 + sec(r.uniform(60, 400)), T0 + sec(r.uniform(200, 700))]
    inotify_times = list(poisson(r, T0 + sec(600), T_END - sec(1800), 700))
    anime_added = at(6, 5, 11)
    scanned_anime = False
    rescans = [at(8, 12, 41), at(11, 12, 41)]

    def cache_dir(t: datetime) -> str:
        rand = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
        return f"/tmp/unmanic/unmanic_file_conversion-{rand}-{int(t.timestamp())}"

    def job(w: int, t: datetime, path: str, kind: str) -> datetime:
        t = U(t, "INFO", "Unmanic.Foreman", "Processing item - %s", [f"Processing item - {path}"])
        t = U(
            t + sec(1.2),
            "INFO",
            "Unmanic.Worker",
            "Picked up job - %s",
            [f"Picked up job - {path}"],
        )
        stem, ext = path.rsplit(".", 1)
        base = stem.rsplit("/", 1)[1]
        cdir = cache_dir(t)
        cache = f"{cdir}/{base}-{hexid(r, 5)}.mkv"
        plugins = ["video_transcoder"] + (
            ["reorder_audio_streams_by_language"] if kind == "anime" else []
        )
        already_hevc = kind == "tv" and r.random() < 0.12
        dur = {
            "tv": r.uniform(240, 560),
            "movies": r.uniform(900, 1900),
            "anime": r.uniform(210, 420),
        }[kind]
        if already_hevc:
            dur = r.uniform(4, 14)
        end = t + sec(dur)
        file_in = path
        ok = True
        if already_hevc:
            t = U(
                end,
                "WARNING",
                "Unmanic.Worker",
                "No Plugin requested for Unmanic to run commands for this file '%s'",
                [f"No Plugin requested for Unmanic to run commands for this file '{path}'"],
            )
            last = path
        else:
            for i, pl in enumerate(plugins, 1):
                tp = t + sec(dur * i / len(plugins))
                out = f"{cdir}/{base}-{hexid(r, 5)}-WORKING-{i}-1.mkv"
                if path in bad_files or (
                    kind != "movies" and in_any(tp, [share_full]) and r.random() < 0.15
                ):
                    cmd = [
                        "/usr/lib/jellyfin-ffmpeg/ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "info",
                        "-hwaccel",
                        "cuda",
                        "-i",
                        file_in,
                        "-max_muxing_queue_size",
                        "4096",
                        "-map",
                        "0:v:0",
                        "-map",
                        "0:a",
                        "-map",
                        "0:s?",
                        "-c:v:0",
                        "hevc_nvenc",
                        "-preset",
                        "p6",
                        "-c:a",
                        "copy",
                        "-c:s",
                        "copy",
                        "-y",
                        out,
                    ]
                    t = U(
                        tp,
                        "ERROR",
                        "Unmanic.Worker",
                        "Command run against '%s' exited with non-zero status. Download command dump from history for more information. %s",
                        [
                            f"Command run against '{file_in}' exited with non-zero status. Download command dump from history for more information. {cmd!r}"
                        ],
                    )
                    t = U(
                        t + sec(0.01),
                        "ERROR",
                        "Unmanic.Worker",
                        "Error while running worker process '%s' on file '%s'",
                        [f"Error while running worker process '{pl}' on file '{path}'"],
                    )
                    ok = False
                    break
                t = U(
                    tp,
                    "INFO",
                    "Unmanic.Worker",
                    "Successfully ran worker process '%s' on file '%s'",
                    [f"Successfully ran worker process '{pl}' on file '{file_in}'"],
                )
                file_in = out
            last = file_in
        if ok:
            t = U(
                t + sec(0.3),
                "INFO",
                "Unmanic.Worker",
                "Successfully completed Worker processing on file '%s'",
                [f"Successfully completed Worker processing on file '{path}'"],
            )
            t = U(
                t + sec(0.01),
                "INFO",
                "Unmanic.Worker",
                "Moving final cache file from '%s' to '%s'",
                [f"Moving final cache file from '{last}' to '{cache}'"],
            )
        else:
            t = U(
                t + sec(0.3),
                "WARNING",
                "Unmanic.Worker",
                "Failed to process task for file '%s'",
                [f"Failed to process task for file '{path}'"],
            )
        t = U(
            t + sec(0.05), "INFO", "Unmanic.Worker", "Finished job - %s", [f"Finished job - {path}"]
        )
        # the post-processor
        t = U(
            t + sec(1.1),
            "INFO",
            "Unmanic.PostProcessor",
            "Post-processing task - %s",
            [f"Post-processing task - {path}"],
        )
        dest = stem + ".mkv"
        if not ok:
            t = U(
                t + sec(0.02),
                "WARNING",
                "Unmanic.PostProcessor",
                "Skipping file movement post-processor as the task was not successful '%s'",
                [f"Skipping file movement post-processor as the task was not successful '{cache}'"],
            )
        else:
            t = U(
                t + sec(0.02),
                "INFO",
                "Unmanic.PostProcessor",
                "Move file triggered by (%s) %s --> %s",
                [f"Move file triggered by (DEFAULT) {cache} --> {dest}"],
            )
            if in_any(t, [share_full]):
                t = U(
                    t + sec(r.uniform(20, 90)),
                    "ERROR",
                    "Unmanic.PostProcessor",
                    "Exception while copying file %s to %s: - %s",
                    [
                        f"Exception while copying file {cache} to {dest}: - [Errno 28] No space left on device",
                        *UM_COPY_TB,
                    ],
                )
                t = U(
                    t + sec(0.01),
                    "ERROR",
                    "Unmanic.PostProcessor",
                    "Error while running postprocessor file movement on file '%s'. Not all postprocessor file movement functions completed.",
                    [
                        f"Error while running postprocessor file movement on file '{cache}'. Not all postprocessor file movement functions completed."
                    ],
                )
            else:
                t += sec(r.uniform(4, 40))
                if ext != "mkv":
                    t = U(
                        t,
                        "INFO",
                        "Unmanic.PostProcessor",
                        "Removing source: %s",
                        [f"Removing source: {path}"],
                    )
        t = U(
            t + sec(0.05),
            "INFO",
            "Unmanic.PostProcessor",
            "Removing task cache directory '%s'",
            [f"Removing task cache directory '{cdir}'"],
        )
        done.add(path)
        return end

    t = T0
    while t < T_END:
        w = free.index(min(free))
        t = free[w]
        if t >= T_END:
            break
        # events due before this worker picks its next task
        if not scanned_anime and anime_added <= t:
            scanned_anime = True
            scan(anime_added, "Anime", anime)
        while inotify_times and inotify_times[0] <= t and inotify_pool:
            ti = inotify_times.pop(0)
            path, kind = inotify_pool.pop(0)
            queued.add(path)
            pending.insert(0, (path, kind))
            U(
                ti,
                "INFO",
                "Unmanic.TaskHandler",
                "Adding inotify job to queue - %s",
                [f"Adding inotify job to queue - {path}"],
            )
        if rescans and t >= rescans[0]:
            ts = scan(rescans.pop(0), "TV", tv)
            ts = scan(ts + sec(1), "Movies", movies)
            scan(ts + sec(1), "Anime", anime)
        if not pending:
            free[w] = t + sec(60)
            continue
        path, kind = pending.pop(0)
        free[w] = job(w, t, path, kind) + sec(r.uniform(1.5, 4))
    return fs.logs(T0)


SYSTEMS = {
    "viseron": viseron,
    "rtorrent": rtorrent,
    "aria2": aria2,
    "beets": beets,
    "unmanic": unmanic,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
