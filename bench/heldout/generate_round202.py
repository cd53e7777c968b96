#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 202 (mycroft, openra, foundry-vtt, nginx-rtmp, liquidsoap)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: Mycroft writes milliseconds, the others whole
seconds). Five programs of the home, game and broadcasting kind, 06:00 to 12:00 on 2024-06-07;
none of the five was in the set (Icecast, nginx, Minecraft, OpenTTD and the other game servers
are).

- Mycroft (`voice.log`, `skills.log`, `audio.log`: mycroft-core 21.2 on a Picroft, log level
  DEBUG, its `{asctime}.{msecs} | {levelname:8} | {process:5} | {name} | {message}` layout
  with the caller's `module:function:line` as the logger name, one file per service): a
  kitchen's questions from 06:28 on (`Wakeword Detected: %s`, the listener's `Recording...`,
  `Begin Recording...`, `End Recording...`, `Thinking...`, `STT: %s`, `Utterance: %s` with the
  list's repr, `Waiting for wake word...`, the audio service's `Speak: %s`, timers finishing,
  `no words were transcribed` after a false wake), the skill settings downloaded every minute
  (`No skill settings changes since last download`); the Mycroft backend answering 502 from
  nginx 07:12-07:49 (the listener's `HTTPError: %s` with nginx's HTML page over seven lines,
  `Failed to download remote settings from server.` with its traceback ending in the same
  page, the weather skill's `An error occurred while processing a request in %s` and its
  traceback); a broken edit of ~/.config/mycroft/mycroft.conf and a restart of all services at
  09:36 (`... is shutting down...`, `Configuration %s loaded`, `Error loading configuration
  '%s'` and `JSONDecodeError("Expecting ',' delimiter: line %d column %d (char %d)")`, the bus
  client's `=== ConnectionRefusedError(%d, 'Connection refused') ===` with its traceback and
  `Message Bus Client will reconnect in %.1f seconds.` while the bus comes up, `Connected`,
  `Loading "%s" wake word via %s`, `ATTEMPTING TO LOAD SKILL: %s` / `Skill %s loaded
  successfully` for twenty skills, `... is ready.`), fixed and restarted again at 09:49; the
  Wi-Fi dropping 10:41-10:48 (`ConnectionError: HTTPSConnectionPool(...)` in the listener, the
  settings download's chained traceback: gaierror, NewConnectionError, MaxRetryError,
  ConnectionError, with the blank lines and `During handling of the above exception, another
  exception occurred:` between them).
- OpenRA (`ra1v1-server.log`, `ra-public-server.log`, `td-coop-server.log`, `d2k-server.log`:
  four release-20231010 dedicated servers on one host, each with its own support dir, the
  `server` channel's Logs/server.log stamped `[%s]` in the default `s` format; and each one's
  console, `*-console.log`, stdout appended to a file by the launch script, the same stamp):
  players authenticating (`%s authenticated as %s (UID %d)`), `Client %d: Accepted connection
  from %s.`, `Client %d: Player fingerprint is %s.`, `%s (%s) has joined the game.` in the
  server log and the Fluent message `%s has joined the game.` on the console, `%s has left.`,
  `%s is now the admin.`, `The game has started.`, `%s has disconnected.` / `%s (Team %d) has
  disconnected.`, `No one is playing, shutting down...`, `Starting a new server instance...` and
  the new instance's `Initial mod: %s` / `Initial map: %s`; rejections (`game is already
  started.`, `Not running the same version.`, `Banned.` on the ladder server, `Not
  authenticated.` there while the profile service is down), a desync, a dropped client; the
  forum's profile service and the master server unreachable 08:20-08:43 (`%s failed to
  authenticate as %s (exception occurred)` and the exception's ToString as an entry of its own,
  `System.Net.Http.HttpRequestException: Connection refused (%s:%d)` with ` ---> ` and its
  stack, also from the master server pinger), then answering Cloudflare's HTML until 08:51
  (`... (invalid server response: `%s` is not `Player`)`).
- Foundry VTT (`foundry-main.log`, `foundry-club.log`, `foundry-staging.log`: `docker logs` of
  three containers of felddy/foundryvtt 11.315.1 on one VPS: the container's `Entrypoint | date
  | [info]` and `Launcher | ...` lines and Foundry's `FoundryVTT | date | [info] ...`, each level
  in the colour both write, `\\e[32m` ... `\\e[0m` / `\\e[39m`): an uptime monitor and crawlers
  creating client sessions (`Created client session %s`, 1,221), the GM and players logging in
  (`User %s authenticated in World "%s"`), `Activated World "%s"` / `Deactivated World "%s"`;
  foundry-main recreated at 08:15 (`TERM signal received.  Shutting down server.`, `Child
  process failed with error code: %d`, the entrypoint's and launcher's start-up lines, `Running
  on Node.js - Version %s`, `Foundry Virtual Tabletop - Version %d Build %d`, `Loading data from
  user directory %s`, `Application Options:` with the options' JSON over 35 lines, `Software
  license verification succeeded`, `Server started and listening on port %d`); foundry-staging
  started by mistake at 08:17 on the same data volume and restarted by Docker (delay doubling to
  a minute) until removed at 09:26, each start failing on the lock file (`A fatal error occurred
  while trying to start the Foundry Virtual Tabletop server: Foundry VTT cannot start in this
  directory which is already locked by another process.`, the Error and its three frames, exit
  code 1); foundry-club's disk filling 09:41-09:58 (LevelDB's `IO error: %s: No space left on
  device`, an upload's `ENOSPC: no space left on device, open '%s'`) and a restart at 10:02.
- nginx-rtmp (`ingest-error.log`, `edge1-error.log`: nginx 1.24 with nginx-rtmp-module 1.2.2,
  error_log at info, the session's `, client: %s, server: %s` after each message): at ingest,
  OBS publishing to `live` (`*%d client connected '%s'` with the connection number in the
  message, `connect: app='%s' args='%s' flashver='%s' ...`, `createStream`, `publish: name='%s'
  ...`, `notify: publish '%s'` to the auth service, `exec: starting %s child '%s'` for the
  exec_push ffmpeg, whose own play and publish sessions to `hls` come from 127.0.0.1, `notify:
  update '%s'` every 60 s, then `deleteStream`, `notify: publish_done '%s'`, `exec: terminating
  child %d`, `disconnect`), a 24/7 stream and a partner's Wirecast on `tv` (`hls: force fragment
  split: %.3f sec, ` every 15 s for the partner's 20 s keyframes), the edge's relay pulling from
  `live`, scanners (`handshake: unexpected RTMP version: %d`); ffmpeg upgraded without
  libfdk_aac at 07:38 and the retro channel's transcoder dying and respawning every 5 s
  07:40-07:53 (`exec: child %d exited; %s` with the module's inverted `ignoring`), the 07:47
  reload (`signal %d (%s) received from %d, reconfiguring`, the new workers, the old ones
  `gracefully shutting down` and lingering until their sessions end), the auth service down
  08:40-08:52 (`connect() to %s failed (%d: %s)`, `notify: empty or broken HTTP response`,
  `notify: update failed`, new publishes refused and OBS retrying every 10 s), a streamer's
  connection dropping at 09:15 (`live: already publishing` on the reconnects, `live: drop idle
  publisher` for the stale session), wrong stream keys. At the edge, viewers playing with VLC,
  ffplay and mpv, `relay: create pull name='%s' app='%s' playpath='%s' url='%s'` for a channel's
  first viewer, `client timed out (%d: %s)`.
- Liquidsoap (`radio.log`, `lounge.log`: two Liquidsoap 2.2.4 instances, log.level 3,
  `settings.log.file.path`, `date [source:level] message`): Radio Ost's rotation (`Prepared %s
  (RID %d).` from the music, jingles, ads and news sources, `Switch to %s.` from the rotation and
  the on-air fallback, the script's `Now playing: %s - %s` from its on_track handler and
  `Fetching news bulletin from %s` on the hour), two live shows over input.harbor (the script's
  `Harbor login failed for user %s from %s` / `Harbor login accepted for user %s`, `Live source
  connected: %s` with the DJ's user agent, `Decoding...`, `New metadata chunk %s -- %s.`,
  `Feeding stopped: %s.`), a backup output to the hosting provider failing every 45 s since the
  provider changed the source password (`Connecting mount %s for %s@%s...`, `Connection failed:
  %d, %s (HTTP/%s)`, `Will try again in %.02f sec.`) until a restart at 11:21 (`Shutdown
  started!`, `>>> LOG END`, `>>> LOG START`, `Liquidsoap %s`, `Using: %s`, ...), Icecast upgraded
  at 08:10 (`Error while sending data: %s!`, `Closing connection...`, `Will try to reconnect in
  %.02f seconds.`, `Connection failed: could not connect to host: %s in %s()`), a backup job
  loading the CPU 10:20-10:24 (the clock's `Latency is too high: we must catchup %.2f seconds!
  ...`, the live input's `Buffer overrun: Dropping %.2fs. Consider increasing the max buffer
  size!`); the lounge stream's playlist with a station ID every third song.

Label notes. The heads are context: Mycroft's time, level, pid and `module:function:line`
(the caller's, which LOG puts in the logger name), OpenRA's `[time] `, the felddy container's
and Foundry's `Name | time | [level] `, nginx's `time [level] pid#tid: *cid ` and the rtmp
session's `, client: %s, server: %s`, Liquidsoap's `time [source:level] `. nginx-rtmp writes
`*%ui client connected '%V'` itself (the connection's number is not yet the log's): that `*%d`
is in the label. A value that is a message of its own contributes its format: requests'
HTTPError text (nginx's 502 page; the page's later lines continue the event),
`ConnectionError: HTTPSConnectionPool(...)` and its urllib3 cause, Python's `repr()` of a
JSONDecodeError, .NET's HttpRequestException (`Connection refused (%s:%d)`), Cry's errors
(`could not connect to host: %s in %s()`, `%d, %s (HTTP/%s)` with the server's status line),
LevelDB's and Node's ENOSPC, the harbor decoder's `Avutil.Error(End of file)`. A word the code
picks is wording (`notify: %s '%V'` with the literal callback name: `publish_done`;
`managed`/`unmanaged`; `Team`), whatever a user, a program or a server supplies is a value: an
utterance, a spoken answer, a player's or a song's name, a stream key, a wake word and its
engine, a skill id, a URL. A traceback, the HTML page, the JSON options, a .NET stack and a
Node stack have no label; so have the blank lines inside Python's chained tracebacks.

Least sure (written from the helper's knowledge; mycroft-core's listener, speech client, hotword
factory and settings downloader, OpenRA's Server.cs and Log.cs, nginx-rtmp's cmd, init, live,
exec, notify, netcall, relay and handshake modules, Liquidsoap's output.icecast, harbor input,
request.dynamic and clock and ocaml-cry's errors, and the felddy container's entrypoint,
launcher and logging scripts were checked against copies of their sources; Foundry's lock-file
error against a user's report): Mycroft's line numbers, the bus client's logger name and
whether its lines reach the service's log, the skill manager's and the audio service's
start-up lines, the weather skill's frames; OpenRA's Fluent English texts on the console
(`%s has left.`, `%s is now the admin.`, `The game has started.`, `%s (Team %d) has
disconnected.`) and the .NET frames; every Foundry line of its own except the lock error and
`Server started and listening on port %d` (Foundry's server is not open source):
`Created client session %s`, `User %s authenticated in World "%s"`, `Activated World` /
`Deactivated World`, the options' keys, the ENOSPC texts, and that Foundry colours its level
as winston does; nginx's lines around a refused notify (which of `connect() ... failed`,
`notify: empty or broken HTTP response` and `notify: update failed` appear, and whether a
refused on_publish logs `publish_done`); Liquidsoap 2.2's start-up lines and their labels,
`Shutdown started!`, `Main threads terminated.`, the harbor decoder's end-of-stream error, and
Cry's status-line text for a 401.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

MS = 1000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------------ mycroft

MC_HOME = "/home/pi/mycroft-core"
MC_SITE = "/home/pi/mycroft-core/.venv/lib/python3.7/site-packages"
MC_UUID = "7d1c3a5e-2b4f-4e8a-9c61-0f3b8d2e6a47"
MC_SKILLS = [
    "mycroft-volume.mycroftai",
    "mycroft-stop.mycroftai",
    "mycroft-date-time.mycroftai",
    "mycroft-weather.mycroftai",
    "mycroft-timer.mycroftai",
    "mycroft-alarm.mycroftai",
    "mycroft-npr-news.mycroftai",
    "mycroft-jokes.mycroftai",
    "mycroft-wiki.mycroftai",
    "mycroft-spelling.mycroftai",
    "mycroft-fallback-unknown.mycroftai",
    "fallback-wolfram-alpha.mycroftai",
    "mycroft-pairing.mycroftai",
    "mycroft-installer.mycroftai",
    "mycroft-configuration.mycroftai",
    "mycroft-playback-control.mycroftai",
    "mycroft-speak.mycroftai",
    "mycroft-ip.mycroftai",
    "mycroft-personal.mycroftai",
    "shopping-list-skill.hgsf",
]
MC_ASK = [
    # weight, utterance, reply (None: the skill errors while the backend is down), skill needing the backend
    (
        14,
        "what's the weather like",
        "Right now, it's overcast clouds and {t} degrees. Today's forecast is for a high of {h} and a low of {l}.",
        "weather",
    ),
    (
        6,
        "what's the weather going to be like this afternoon",
        "This afternoon, it will be light rain, with a high of {h}.",
        "weather",
    ),
    (12, "what time is it", "It's {clock}.", ""),
    (10, "set a timer for {n} minutes", "Your timer for {n} minutes has started.", ""),
    (
        4,
        "set a timer for {n} minutes for the eggs",
        "Your eggs timer for {n} minutes has started.",
        "",
    ),
    (7, "play the news", "Here's the latest news from NPR News Now.", ""),
    (5, "tell me a joke", "{joke}", ""),
    (5, "turn the volume down", "", ""),
    (3, "turn the volume up", "", ""),
    (6, "add {item} to my shopping list", "I've added {item} to your shopping list.", ""),
    (3, "what's on my shopping list", "You have {k} items on your shopping list: {items}.", ""),
    (3, "how do you spell {word}", "{word} is spelled {spelled}", ""),
    (3, "who is {who}", "{who_answer}", ""),
    (2, "what's the date today", "Today is Friday, June seventh, 2024.", ""),
    (3, "stop", "", ""),
    (3, "{noise}", "Sorry, I don't understand.", ""),
]
MC_JOKES = [
    "I'm reading a book about anti-gravity. It's impossible to put down.",
    "Why don't scientists trust atoms? Because they make up everything.",
    "What do you call a fake noodle? An impasta.",
    "I used to play piano by ear, but now I use my hands.",
]
MC_ITEMS = ["eggs", "oat milk", "coffee filters", "bananas", "dish soap", "rice", "tomatoes"]
MC_WORDS = ["necessary", "rhythm", "Wednesday", "broccoli"]
MC_WHO = [
    (
        "Ada Lovelace",
        "Augusta Ada King, Countess of Lovelace was an English mathematician and writer, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.",
    ),
    (
        "Marie Curie",
        "Marie Salomea Sklodowska-Curie was a Polish and naturalised-French physicist and chemist who conducted pioneering research on radioactivity.",
    ),
]
MC_NOISE = [
    "the",
    "okay thanks",
    "pancake recipe without milk",
    "is the oven on",
    "where did I put my keys",
]
MC_BACKEND_DOWN = "I'm having trouble communicating with the Mycroft servers. Please wait a few minutes before trying to speak to me."
MC_NO_NET = "I'm not connected to the internet, please check your connection."
MC_HTML_502 = [
    "<html>",
    "<head><title>502 Bad Gateway</title></head>",
    "<body>",
    "<center><h1>502 Bad Gateway</h1></center>",
    "<hr><center>nginx</center>",
    "</body>",
    "</html>",
]


def mc_api_frames() -> list[str]:
    return [
        f'  File "{MC_HOME}/mycroft/api/__init__.py", line 69, in request',
        "    return self.send(params)",
        f'  File "{MC_HOME}/mycroft/api/__init__.py", line 152, in send',
        "    return self.get_response(response, no_refresh)",
        f'  File "{MC_HOME}/mycroft/api/__init__.py", line 174, in get_response',
        "    raise HTTPError(data, response=response)",
    ]


def mc_no_dns(path: str, obj: str, tail: list[str]) -> list[str]:
    """requests' ConnectionError chain when the name does not resolve (the Wi-Fi drop)."""
    pool = f"HTTPSConnectionPool(host='api.mycroft.ai', port=443): Max retries exceeded with url: {path} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at {obj}>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))"
    return [
        "Traceback (most recent call last):",
        f'  File "{MC_SITE}/urllib3/connection.py", line 170, in _new_conn',
        "    (self._dns_host, self.port), self.timeout, **extra_kw",
        f'  File "{MC_SITE}/urllib3/util/connection.py", line 73, in create_connection',
        "    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):",
        '  File "/usr/lib/python3.7/socket.py", line 748, in getaddrinfo',
        "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):",
        "socket.gaierror: [Errno -3] Temporary failure in name resolution",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        f'  File "{MC_SITE}/urllib3/connectionpool.py", line 706, in urlopen',
        "    chunked=chunked,",
        f'  File "{MC_SITE}/urllib3/connectionpool.py", line 382, in _make_request',
        "    self._validate_conn(conn)",
        f'  File "{MC_SITE}/urllib3/connectionpool.py", line 1010, in _validate_conn',
        "    conn.connect()",
        f'  File "{MC_SITE}/urllib3/connection.py", line 353, in connect',
        "    conn = self._new_conn()",
        f'  File "{MC_SITE}/urllib3/connection.py", line 182, in _new_conn',
        '    self, "Failed to establish a new connection: %s" % e',
        f"urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at {obj}>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        f'  File "{MC_SITE}/requests/adapters.py", line 449, in send',
        "    timeout=timeout",
        f'  File "{MC_SITE}/urllib3/connectionpool.py", line 756, in urlopen',
        "    method, url, error=e, _pool=self, _stacktrace=sys.exc_info()[2]",
        f'  File "{MC_SITE}/urllib3/util/retry.py", line 574, in increment',
        "    raise MaxRetryError(_pool, url, error or ResponseError(cause))",
        f"urllib3.exceptions.MaxRetryError: {pool}",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        *tail,
        f'  File "{MC_HOME}/mycroft/api/__init__.py", line 69, in request',
        "    return self.send(params)",
        f'  File "{MC_HOME}/mycroft/api/__init__.py", line 137, in send',
        "    json=json_body, timeout=(3.05, 15)",
        f'  File "{MC_SITE}/requests/api.py", line 61, in request',
        "    return session.request(method=method, url=url, **kwargs)",
        f'  File "{MC_SITE}/requests/sessions.py", line 542, in request',
        "    resp = self.send(prep, **send_kwargs)",
        f'  File "{MC_SITE}/requests/sessions.py", line 655, in send',
        "    r = adapter.send(request, **kwargs)",
        f'  File "{MC_SITE}/requests/adapters.py", line 516, in send',
        "    raise ConnectionError(e, request=request)",
        f"requests.exceptions.ConnectionError: {pool}",
    ]


def mycroft(r: random.Random) -> list[Log]:
    """A Picroft (mycroft-core 21.2 on a Raspberry Pi 4, log level DEBUG) in a kitchen: the voice,
    skills and audio services' logs, 06:00 to 12:00: questions from 06:30 on (wake word, recording,
    STT, the utterance, the spoken answer), the skill settings downloaded every minute, the
    Mycroft backend failing with 502s 07:12-07:49, a broken mycroft.conf edit and two restarts at
    09:36 and 09:49, the Wi-Fi dropping 10:41-10:48."""
    fs = Files()
    pids = {"voice": 1873, "skills": 1902, "audio": 1888}
    LV = {"D": "DEBUG", "I": "INFO", "W": "WARNING", "E": "ERROR"}

    backend_down = (at(7, 12, 40), at(7, 49, 5))
    wifi_down = (at(10, 41, 10), at(10, 48, 20))
    stop1, stop2 = at(9, 36, 12), at(9, 49, 30)
    services_down = [(stop1 - sec(2), stop1 + sec(25)), (stop2 - sec(2), stop2 + sec(20))]
    # each service's pid before, between and after the two restarts
    pid_plan = {
        svc: [p, p + r.randint(300, 900), p + r.randint(1000, 1600)] for svc, p in pids.items()
    }

    def pid_at(svc: str, t: datetime) -> int:
        k = (t >= stop1 + sec(3)) + (t >= stop2 + sec(3))
        return pid_plan[svc][k]

    def M(svc: str, t: datetime, lv: str, name: str, label: str, lines: list[str]) -> datetime:
        pid = pid_at(svc, t)
        return fs.add(
            f"{svc}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} | {LV[lv]:8} | {pid:5} | {name} | {lines[0]}",
                *lines[1:],
            ],
            (svc, pid),
            MS,
        )

    def obj() -> str:
        return "0x" + hexid(r, 8).lstrip("0")

    # ---- skills: settings download every minute
    t = T0 + sec(r.uniform(5, 40))
    while t < T_END:
        if in_any(t, services_down):
            t += sec(60)
            continue
        if in_any(t, [backend_down]):
            M(
                "skills",
                t + sec(r.uniform(0.2, 1.5)),
                "E",
                "mycroft.skills.settings:_get_remote_settings:367",
                "Failed to download remote settings from server.",
                [
                    "Failed to download remote settings from server.",
                    "Traceback (most recent call last):",
                    f'  File "{MC_HOME}/mycroft/skills/settings.py", line 363, in _get_remote_settings',
                    "    remote_settings = self.api.get_skill_settings()",
                    f'  File "{MC_HOME}/mycroft/api/__init__.py", line 388, in get_skill_settings',
                    '    "path": "/" + self.identity.uuid + "/skill/settings",',
                    *mc_api_frames(),
                    "requests.exceptions.HTTPError: " + MC_HTML_502[0],
                    *MC_HTML_502[1:],
                ],
            )
        elif in_any(t, [wifi_down]):
            M(
                "skills",
                t + sec(r.uniform(0.05, 0.3)),
                "E",
                "mycroft.skills.settings:_get_remote_settings:367",
                "Failed to download remote settings from server.",
                [
                    "Failed to download remote settings from server.",
                    *mc_no_dns(
                        f"/v1/device/{MC_UUID}/skill/settings",
                        obj(),
                        [
                            f'  File "{MC_HOME}/mycroft/skills/settings.py", line 363, in _get_remote_settings',
                            "    remote_settings = self.api.get_skill_settings()",
                            f'  File "{MC_HOME}/mycroft/api/__init__.py", line 388, in get_skill_settings',
                            '    "path": "/" + self.identity.uuid + "/skill/settings",',
                        ],
                    )[1:],
                ],
            )
        else:
            M(
                "skills",
                t + sec(r.uniform(0.3, 0.9)),
                "D",
                "mycroft.skills.settings:download:351",
                "No skill settings changes since last download",
                ["No skill settings changes since last download"],
            )
        t += sec(60 + r.uniform(0.3, 1.2))

    # ---- restarts (the broken mycroft.conf at 09:36, fixed at 09:49)
    def config_lines(svc: str, t: datetime, broken: bool) -> datetime:
        for path in [
            f"{MC_HOME}/mycroft/configuration/mycroft.conf",
            "/etc/mycroft/mycroft.conf",
        ]:
            t = M(
                svc,
                t + sec(0.01),
                "D",
                "mycroft.configuration.config:load_local:116",
                "Configuration %s loaded",
                [f"Configuration {path} loaded"],
            )
        t = M(
            svc,
            t + sec(0.02),
            "D",
            "mycroft.configuration.config:load_local:116",
            "Configuration %s loaded",
            ["Configuration /var/tmp/mycroft_web_cache.json loaded"],
        )
        if broken:
            t = M(
                svc,
                t + sec(0.003),
                "E",
                "mycroft.configuration.config:load_local:119",
                "Error loading configuration '%s'",
                ["Error loading configuration '/home/pi/.config/mycroft/mycroft.conf'"],
            )
            t = M(
                svc,
                t + sec(0.001),
                "E",
                "mycroft.configuration.config:load_local:120",
                "JSONDecodeError(\"Expecting ',' delimiter: line %d column %d (char %d)\")",
                ["JSONDecodeError(\"Expecting ',' delimiter: line 14 column 5 (char 318)\")"],
            )
        else:
            t = M(
                svc,
                t + sec(0.003),
                "D",
                "mycroft.configuration.config:load_local:116",
                "Configuration %s loaded",
                ["Configuration /home/pi/.config/mycroft/mycroft.conf loaded"],
            )
        return t

    def bus_connect(svc: str, t: datetime, refused: int) -> datetime:
        for _ in range(refused):
            t = M(
                svc,
                t + sec(0.05),
                "E",
                "mycroft_bus_client.client.client",
                "=== ConnectionRefusedError(%d, 'Connection refused') ===",
                [
                    "=== ConnectionRefusedError(111, 'Connection refused') ===",
                    "Traceback (most recent call last):",
                    f'  File "{MC_SITE}/websocket/_app.py", line 283, in run_forever',
                    "    proxy_type=proxy_type)",
                    f'  File "{MC_SITE}/websocket/_core.py", line 220, in connect',
                    "    options.pop('socket', None))",
                    f'  File "{MC_SITE}/websocket/_http.py", line 120, in connect',
                    "    sock = _open_socket(addrinfo_list, options.pop('sockopt'), timeout)",
                    f'  File "{MC_SITE}/websocket/_http.py", line 189, in _open_socket',
                    "    raise error",
                    f'  File "{MC_SITE}/websocket/_http.py", line 172, in _open_socket',
                    "    sock.connect(address)",
                    "ConnectionRefusedError: [Errno 111] Connection refused",
                ],
            )
            t = M(
                svc,
                t + sec(0.002),
                "W",
                "mycroft_bus_client.client.client",
                "Message Bus Client will reconnect in %.1f seconds.",
                ["Message Bus Client will reconnect in 5.0 seconds."],
            )
            t += sec(5)
        return M(
            svc, t + sec(0.3), "I", "mycroft_bus_client.client.client", "Connected", ["Connected"]
        )

    def restart(t: datetime, broken: bool) -> None:
        # stopping
        M(
            "voice",
            t,
            "I",
            "mycroft.client.speech.__main__:on_stopping:180",
            "Speech service is shutting down...",
            ["Speech service is shutting down..."],
        )
        M(
            "skills",
            t + sec(0.4),
            "I",
            "mycroft.skills.__main__:on_stopping:190",
            "Skill service is shutting down...",
            ["Skill service is shutting down..."],
        )
        M(
            "audio",
            t + sec(0.6),
            "I",
            "mycroft.audio.__main__:on_stopping:62",
            "Audio service is shutting down...",
            ["Audio service is shutting down..."],
        )
        # starting: the bus comes up about 6 s after the others
        ts = t + sec(r.uniform(4, 6))
        # voice
        tv = config_lines("voice", ts, broken)
        tv = bus_connect("voice", tv, 1)
        tv = M(
            "voice",
            tv + sec(0.002),
            "I",
            "mycroft.client.speech.hotword_factory:load_module:403",
            'Loading "%s" wake word via %s',
            ['Loading "hey mycroft" wake word via precise'],
        )
        tv = M(
            "voice",
            tv + sec(0.002),
            "I",
            "mycroft.client.speech.hotword_factory:load_module:403",
            'Loading "%s" wake word via %s',
            ['Loading "wake up" wake word via pocketsphinx'],
        )
        M(
            "voice",
            tv + sec(0.9),
            "I",
            "mycroft.client.speech.__main__:on_ready:176",
            "Speech client is ready.",
            ["Speech client is ready."],
        )
        # audio
        ta = config_lines("audio", ts + sec(0.4), broken)
        ta = bus_connect("audio", ta, 1)
        M(
            "audio",
            ta + sec(1.1),
            "I",
            "mycroft.audio.__main__:on_ready:54",
            "Audio service is ready.",
            ["Audio service is ready."],
        )
        # skills
        tk = config_lines("skills", ts + sec(0.7), broken)
        tk = bus_connect("skills", tk, 1)
        for sk in MC_SKILLS:
            tk = M(
                "skills",
                tk + sec(r.uniform(0.01, 0.05)),
                "I",
                "mycroft.skills.skill_loader:load:190",
                "ATTEMPTING TO LOAD SKILL: %s",
                [f"ATTEMPTING TO LOAD SKILL: {sk}"],
            )
            tk = M(
                "skills",
                tk + sec(r.uniform(0.05, 0.9)),
                "I",
                "mycroft.skills.skill_loader:_communicate_load_status:341",
                "Skill %s loaded successfully",
                [f"Skill {sk} loaded successfully"],
            )
        M(
            "skills",
            tk + sec(0.5),
            "I",
            "mycroft.skills.__main__:on_ready:184",
            "Skill service is ready.",
            ["Skill service is ready."],
        )

    restart(stop1, True)
    restart(stop2, False)

    # ---- conversations
    def fill(text: str, t: datetime, n: int, item: str, word: str, who: tuple[str, str]) -> str:
        h12 = (t.hour + 2) % 12 or 12  # the device is on Europe/Berlin
        temp = 11 + int((t - T0).total_seconds() / 3600)
        return text.format(
            t=temp,
            h=19,
            l=11,
            clock=f"{h12}:{t.minute:02d}",
            n=n,
            joke=r.choice(MC_JOKES),
            item=item,
            k=r.randint(3, 7),
            items=", ".join(r.sample(MC_ITEMS, 3)),
            word=word,
            spelled=" ".join(word.lower()),
            who=who[0],
            who_answer=who[1],
            noise=r.choice(MC_NOISE),
        )

    speak_name = "mycroft.audio.speech:mute_and_speak:127"
    for t in poisson(r, at(6, 28), T_END, 115):
        if in_any(t, services_down):
            continue
        _w, ask, reply, needs = weighted(r, [(e[0], e) for e in MC_ASK])  # type: ignore[misc]
        n = r.choice([3, 4, 5, 8, 10, 12, 15, 20])
        item, word, who = r.choice(MC_ITEMS), r.choice(MC_WORDS), r.choice(MC_WHO)
        text = fill(ask, t, n, item, word, who).lower()
        if ask == "{noise}":
            text = fill(ask, t, n, item, word, who)
        t1 = M(
            "voice",
            t,
            "I",
            "mycroft.client.speech.__main__:handle_wakeword:68",
            "Wakeword Detected: %s",
            ["Wakeword Detected: hey mycroft"],
        )
        t1 = M(
            "voice",
            t1 + sec(0.004),
            "D",
            "mycroft.client.speech.mic:listen:703",
            "Recording...",
            ["Recording..."],
        )
        t1 = M(
            "voice",
            t1 + sec(0.003),
            "I",
            "mycroft.client.speech.__main__:handle_record_begin:38",
            "Begin Recording...",
            ["Begin Recording..."],
        )
        dur = r.uniform(1.8, 5.5)
        t1 = M(
            "voice",
            t1 + sec(dur),
            "I",
            "mycroft.client.speech.__main__:handle_record_end:46",
            "End Recording...",
            ["End Recording..."],
        )
        t1 = M(
            "voice",
            t1 + sec(0.01),
            "D",
            "mycroft.client.speech.mic:listen:716",
            "Thinking...",
            ["Thinking..."],
        )
        tw = t1 + sec(r.uniform(0.3, 0.8))
        spoken = ""
        if r.random() < 0.04:
            # a false activation: nothing said
            t1 = M(
                "voice",
                tw + sec(r.uniform(0.5, 1.5)),
                "I",
                "mycroft.client.speech.listener:transcribe:246",
                "no words were transcribed",
                ["no words were transcribed"],
            )
        elif in_any(t1, [backend_down]):
            t1 = M(
                "voice",
                tw + sec(r.uniform(0.4, 1.2)),
                "E",
                "mycroft.client.speech.listener:transcribe:255",
                "HTTPError: %s",
                ["HTTPError: " + MC_HTML_502[0], *MC_HTML_502[1:]],
            )
            spoken = MC_BACKEND_DOWN
        elif in_any(t1, [wifi_down]):
            t1 = M(
                "voice",
                tw + sec(r.uniform(0.05, 0.3)),
                "E",
                "mycroft.client.speech.listener:transcribe:255",
                "ConnectionError: HTTPSConnectionPool(host=%r, port=%d): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
                [
                    f"ConnectionError: HTTPSConnectionPool(host='api.mycroft.ai', port=443): Max retries exceeded with url: /v1/stt?lang=en-US&limit=1 (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at {obj()}>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))"
                ],
            )
            spoken = MC_NO_NET
        else:
            t1 = M(
                "voice",
                tw + sec(r.uniform(0.6, 1.6)),
                "D",
                "mycroft.client.speech.listener:transcribe:245",
                "STT: %s",
                [f"STT: {text}"],
            )
            t1 = M(
                "voice",
                t1 + sec(0.002),
                "I",
                "mycroft.client.speech.__main__:handle_utterance:73",
                "Utterance: %s",
                [
                    f"Utterance: {json.dumps([text]).replace(chr(34), chr(39)) if chr(39) not in text else json.dumps([text])}"
                ],
            )
            if needs == "weather" and in_any(
                t1, [backend_down, (backend_down[0] - sec(1), backend_down[1])]
            ):
                spoken = ""
            else:
                spoken = fill(reply, t, n, item, word, who)
        # back to listening
        M(
            "voice",
            t1 + sec(r.uniform(0.05, 0.2)),
            "D",
            "mycroft.client.speech.mic:listen:690",
            "Waiting for wake word...",
            ["Waiting for wake word..."],
        )
        if spoken:
            M(
                "audio",
                t1 + sec(r.uniform(0.3, 0.9)),
                "I",
                speak_name,
                "Speak: %s",
                [f"Speak: {spoken}"],
            )
        if "timer for" in text and not spoken.startswith("I'm"):
            done = t1 + sec(60 * n + r.uniform(0.5, 1.5))
            if done < T_END and not in_any(done, services_down):
                label_txt = "eggs " if "eggs" in text else ""
                M(
                    "audio",
                    done,
                    "I",
                    speak_name,
                    "Speak: %s",
                    [f"Speak: Your {label_txt}{n} minute timer is done."]
                    if label_txt
                    else [f"Speak: Your {n} minute timer is done."],
                )

    # the weather skill failing while the backend is down (asked anyway)
    for t in poisson(r, backend_down[0] + sec(60), backend_down[1], 420):
        tt = M(
            "voice",
            t,
            "I",
            "mycroft.client.speech.__main__:handle_wakeword:68",
            "Wakeword Detected: %s",
            ["Wakeword Detected: hey mycroft"],
        )
        tt = M(
            "voice",
            tt + sec(0.004),
            "D",
            "mycroft.client.speech.mic:listen:703",
            "Recording...",
            ["Recording..."],
        )
        tt = M(
            "voice",
            tt + sec(0.003),
            "I",
            "mycroft.client.speech.__main__:handle_record_begin:38",
            "Begin Recording...",
            ["Begin Recording..."],
        )
        tt = M(
            "voice",
            tt + sec(r.uniform(1.5, 3)),
            "I",
            "mycroft.client.speech.__main__:handle_record_end:46",
            "End Recording...",
            ["End Recording..."],
        )
        tt = M(
            "voice",
            tt + sec(0.01),
            "D",
            "mycroft.client.speech.mic:listen:716",
            "Thinking...",
            ["Thinking..."],
        )
        # the STT call got through (Google STT fallback is not configured; the API answers intermittently)
        tt = M(
            "voice",
            tt + sec(r.uniform(1.5, 3.5)),
            "D",
            "mycroft.client.speech.listener:transcribe:245",
            "STT: %s",
            ["STT: what's the weather like"],
        )
        tt = M(
            "voice",
            tt + sec(0.002),
            "I",
            "mycroft.client.speech.__main__:handle_utterance:73",
            "Utterance: %s",
            ['Utterance: ["what\'s the weather like"]'],
        )
        M(
            "voice",
            tt + sec(0.1),
            "D",
            "mycroft.client.speech.mic:listen:690",
            "Waiting for wake word...",
            ["Waiting for wake word..."],
        )
        te = M(
            "skills",
            tt + sec(r.uniform(1.2, 2.5)),
            "E",
            "mycroft.skills.mycroft_skill.mycroft_skill:_on_event_error:877",
            "An error occurred while processing a request in %s",
            [
                "An error occurred while processing a request in Weather Skill",
                "Traceback (most recent call last):",
                f'  File "{MC_HOME}/mycroft/skills/mycroft_skill/event_container.py", line 73, in wrapper',
                "    handler(message)",
                '  File "/opt/mycroft/skills/mycroft-weather.mycroftai/__init__.py", line 151, in handle_current_weather',
                "    self._report_current_weather(message)",
                '  File "/opt/mycroft/skills/mycroft-weather.mycroftai/__init__.py", line 448, in _report_current_weather',
                "    weather = self._get_weather(intent_data)",
                '  File "/opt/mycroft/skills/mycroft-weather.mycroftai/__init__.py", line 1069, in _get_weather',
                "    latitude, longitude, intent_data.language",
                '  File "/opt/mycroft/skills/mycroft-weather.mycroftai/skill/api.py", line 83, in get_weather_for_coordinates',
                "    api_response = self.request(api_request)",
                *mc_api_frames(),
                "requests.exceptions.HTTPError: " + MC_HTML_502[0],
                *MC_HTML_502[1:],
            ],
        )
        M(
            "audio",
            te + sec(0.4),
            "I",
            speak_name,
            "Speak: %s",
            ["Speak: An error occurred while processing a request in Weather Skill"],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- openra

OR_NAMES = [
    "Kenny",
    "FreshBread",
    "Orb",
    "Blackened",
    "Upps",
    "Kaz",
    "Dragon",
    "Milkman",
    "GoodMan",
    "Nomad",
    "Tiberius",
    "AMHOL",
    "Punsho",
    "Sirian",
    "Wuschel",
    "Chinook",
    "Pixel",
    "Hexagon",
    "Mo",
    "Graion",
    "TheNoob",
    "Flea",
    "Ruby",
    "Kolonist",
    "Sunny",
    "Rook",
    "Dalton",
    "Volt",
    "Lyra",
    "Zorg",
    "Bishop",
    "Quasar",
    "Ember",
    "Moth",
    "Sparrow",
    "Tanker",
    "Jade",
    "Frost",
]
OR_MAPS_RA = [
    "6b9ce3c7fb3d46a0d4e92e8c4a67b0c18b7b0f1d",  # the ladder's map pool (uids)
    "0aef0c3b7c5ac2d1b2cfe2e8bb6f4b3b7aa1a2c9",
    "3d3d1e0c4b8ae6f0f2a3c1b7e9d8a6c5b4f3e2d1",
    "a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0",
    "c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0",
]
OR_MAPS_TD = [
    "f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d",
    "1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4e5",
    "5b6a7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b",
]

OR_MAPS_D2K = [
    "7c2e9a41d0b35f86e1c4a27b93d0f58e6a1b2c3d",
    "e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a",
]


def or_http_exc(host: str, frames: list[str]) -> list[str]:
    """.NET 6's HttpRequestException for a refused connection, as Exception.ToString()."""
    return [
        f"System.Net.Http.HttpRequestException: Connection refused ({host}:443)",
        " ---> System.Net.Sockets.SocketException (111): Connection refused",
        "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
        "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
        "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|277_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
        "   --- End of inner exception stack trace ---",
        "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(HttpRequestMessage request)",
        "   at System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.GetHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)",
        "   at System.Net.Http.RedirectHandler.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
        *frames,
    ]


def openra(r: random.Random) -> list[Log]:
    """Four OpenRA release-20231010 dedicated servers on one host (each with its own support
    dir): the Red Alert 1v1 ladder server (RequireAuthentication, a ban list), a public Red Alert
    server, a Tiberian Dawn co-op server and a Dune 2000 one; each one's Logs/server.log (the
    `server` channel) and its console (stdout, appended to a file by the launch script), 06:00 to
    12:00: players authenticating, joining and leaving, games starting and the server starting a
    new instance when everyone has left, old clients rejected for their version, a banned player,
    the forum's profile service and the master server refusing connections 08:20-08:43, the
    profile service then answering Cloudflare's HTML until 08:51, the ranked server refusing
    everyone meanwhile, desyncs and dropped clients."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"[{t:%Y-%m-%dT%H:%M:%S}]"

    def S(srv: str, t: datetime, label: str, lines: list[str]) -> datetime:
        if t >= T_END:
            return t
        return fs.add(
            f"{srv}-server.log",
            t,
            label,
            lambda x: [f"{ts(x)} {lines[0]}", *lines[1:]],
            (srv, "server"),
            SEC,
        )

    def C(srv: str, t: datetime, label: str, msg: str) -> datetime:
        if t >= T_END:
            return t
        return fs.add(
            f"{srv}-console.log", t, label, lambda x: [f"{ts(x)} {msg}"], (srv, "console"), SEC
        )

    profile_down = (at(8, 20, 15), at(8, 43, 10))
    profile_html = (at(8, 43, 10), at(8, 51, 10))
    master_down = profile_down
    auth_frames = [
        "   at OpenRA.Server.Server.<>c__DisplayClass81_0.<<ValidateClient>b__1>d.MoveNext()",
    ]
    master_frames = [
        "   at OpenRA.Mods.Common.Server.MasterServerPinger.<>c__DisplayClass23_0.<<UpdateMasterServer>b__0>d.MoveNext()",
    ]
    pools = {
        "ra1v1": OR_MAPS_RA,
        "td-coop": OR_MAPS_TD,
        "ra-public": OR_MAPS_RA,
        "d2k": OR_MAPS_D2K,
    }
    mods = {"ra1v1": "ra", "td-coop": "cnc", "ra-public": "ra", "d2k": "d2k"}
    profiles: dict[str, int] = {n: r.randint(1200, 21000) for n in OR_NAMES}
    fprints: dict[str, str] = {n: hexid(r, 40) for n in OR_NAMES}
    banned = ("198.51.100.23", "Zorg")
    old_clients = ["203.0.113.77", "192.0.2.140"]

    def new_instance(srv: str, t: datetime) -> datetime:
        t = S(srv, t, "Initial mod: %s", [f"Initial mod: {mods[srv]}"])
        return S(srv, t, "Initial map: %s", [f"Initial map: {r.choice(pools[srv])}"])

    def addr() -> str:
        nets = ["84.146", "91.64", "176.23", "5.189", "24.36", "73.92", "95.90", "188.25", "79.104"]
        return f"{r.choice(nets)}.{r.randint(1, 254)}.{r.randint(1, 254)}:{r.randint(40000, 65000)}"

    def join(srv: str, t: datetime, idx: int, name: str, ep: str) -> datetime | None:
        """Authenticate (ranked requires it) and join; None if refused."""
        if srv == "ra1v1" or r.random() < 0.6:
            if in_any(t, [profile_down]):
                t = S(
                    srv,
                    t + sec(r.uniform(0.1, 0.5)),
                    "%s failed to authenticate as %s (exception occurred)",
                    [f"{ep} failed to authenticate as {fprints[name]} (exception occurred)"],
                )
                t = S(
                    srv,
                    t,
                    "System.Net.Http.HttpRequestException: Connection refused (%s:%d)",
                    or_http_exc("openra.net", auth_frames),
                )
                auth = False
            elif in_any(t, [profile_html]):
                t = S(
                    srv,
                    t + sec(r.uniform(0.2, 0.9)),
                    "%s failed to authenticate as %s (invalid server response: `%s` is not `Player`)",
                    [
                        f"{ep} failed to authenticate as {fprints[name]} (invalid server response: `<!DOCTYPE html>` is not `Player`)"
                    ],
                )
                auth = False
            elif name == "Volt" and r.random() < 0.5:
                t = S(
                    srv,
                    t + sec(r.uniform(0.1, 0.4)),
                    "%s failed to authenticate as %s (signature verification failed)",
                    [
                        f"{ep} failed to authenticate as {fprints[name]} (signature verification failed)"
                    ],
                )
                auth = False
            else:
                t = S(
                    srv,
                    t + sec(r.uniform(0.1, 0.4)),
                    "%s authenticated as %s (UID %d)",
                    [f"{ep} authenticated as {name} (UID {profiles[name]})"],
                )
                auth = True
            if srv == "ra1v1" and not auth:
                S(
                    srv,
                    t,
                    "Rejected connection from %s; Not authenticated.",
                    [f"Rejected connection from {ep}; Not authenticated."],
                )
                return None
        else:
            auth = False
        t = S(
            srv,
            t,
            "Client %d: Accepted connection from %s.",
            [f"Client {idx}: Accepted connection from {ep}."],
        )
        if auth:
            t = S(
                srv,
                t,
                "Client %d: Player fingerprint is %s.",
                [f"Client {idx}: Player fingerprint is {fprints[name]}."],
            )
        t = S(srv, t, "%s (%s) has joined the game.", [f"{name} ({ep}) has joined the game."])
        C(srv, t, "%s has joined the game.", f"{name} has joined the game.")
        return t

    def server_life(
        srv: str,
        lobby_mean: float,
        players: tuple[int, int],
        game_len: tuple[float, float],
        leave_p: float,
    ) -> None:
        t = T0 + sec(r.uniform(20, 200))
        idx = 0
        first = True
        while t < T_END:
            if not first:
                t = C(
                    srv, t, "Starting a new server instance...", "Starting a new server instance..."
                )
                t = new_instance(srv, t + sec(r.uniform(0.5, 2)))
            first = False
            idx = 0
            need = r.randint(*players)
            lobby: list[tuple[int, str, str]] = []
            admin = True
            # the lobby fills (others come and go)
            while len(lobby) < need and t < T_END:
                t += sec(r.expovariate(1 / lobby_mean))
                if t >= T_END:
                    break
                ep = addr()
                name = r.choice([n for n in OR_NAMES if n not in [x[1] for x in lobby]])
                if r.random() < 0.05:
                    ip = r.choice(old_clients)
                    S(
                        srv,
                        t,
                        "Rejected connection from %s; Not running the same version.",
                        [
                            f"Rejected connection from {ip}:{r.randint(40000, 65000)}; Not running the same version."
                        ],
                    )
                    continue
                if srv == "ra1v1" and r.random() < 0.02:
                    S(
                        srv,
                        t,
                        "Rejected connection from %s; Banned.",
                        [
                            f"Rejected connection from {banned[0]}:{r.randint(40000, 65000)}; Banned."
                        ],
                    )
                    continue
                tj = join(srv, t, idx, name, ep)
                idx += 1
                if tj is None:
                    continue
                t = tj
                lobby.append((idx - 1, name, ep))
                if r.random() < leave_p and len(lobby) > 1:
                    # a lobby visitor leaves again
                    t += sec(r.uniform(20, 120))
                    i, nm, _ = lobby.pop(r.randrange(len(lobby)))
                    t = C(srv, t, "%s has left.", f"{nm} has left.")
                    if i == 0 and admin and lobby:
                        admin = False
                        t = C(srv, t, "%s is now the admin.", f"{lobby[0][1]} is now the admin.")
            if t >= T_END:
                break
            t = C(srv, t + sec(r.uniform(10, 60)), "The game has started.", "The game has started.")
            start = t
            # late joiners are refused
            for _ in range(r.randint(0, 2)):
                tl = start + sec(r.uniform(60, 600))
                S(
                    srv,
                    tl,
                    "Rejected connection from %s; game is already started.",
                    [f"Rejected connection from {addr()}; game is already started."],
                )
            end = start + sec(r.uniform(*game_len) * 60)
            if r.random() < 0.06:
                S(
                    srv,
                    start + sec(r.uniform(120, 600)),
                    "Out of sync detected at frame %d, cancel replay recording",
                    [
                        f"Out of sync detected at frame {r.randint(1500, 24000)}, cancel replay recording"
                    ],
                )
            if r.random() < 0.08 and len(lobby) > 1:
                i, nm, _ = lobby[-1]
                td = start + sec(r.uniform(200, 700))
                S(
                    srv,
                    td,
                    "Dropping client %d because dispatching orders failed!",
                    [f"Dropping client {i} because dispatching orders failed!"],
                )
            t = end
            order = list(lobby)
            r.shuffle(order)
            for _i, nm, _ in order:
                t += sec(r.uniform(1, 25))
                if srv == "td-coop" and r.random() < 0.5:
                    t = C(
                        srv, t, "%s (Team %d) has disconnected.", f"{nm} (Team 1) has disconnected."
                    )
                else:
                    t = C(srv, t, "%s has disconnected.", f"{nm} has disconnected.")
            t = C(
                srv,
                t + sec(1),
                "No one is playing, shutting down...",
                "No one is playing, shutting down...",
            )
        # master server pings failing
        for tm in poisson(r, master_down[0], master_down[1], 170):
            S(
                srv,
                tm,
                "System.Net.Http.HttpRequestException: Connection refused (%s:%d)",
                or_http_exc("master.openra.net", master_frames),
            )

    server_life("ra1v1", 15, (2, 2), (9, 22), 0.45)
    server_life("td-coop", 25, (2, 4), (18, 40), 0.35)
    server_life("ra-public", 12, (5, 8), (14, 30), 0.5)
    server_life("d2k", 20, (2, 4), (12, 25), 0.4)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- foundry-vtt

FV_GREEN, FV_YELLOW, FV_RED = "\x1b[32m", "\x1b[33m", "\x1b[31m"
FV_OPTIONS = {
    "port": 30000,
    "upnp": False,
    "fullscreen": False,
    "hostname": None,
    "localHostname": None,
    "routePrefix": None,
    "sslCert": None,
    "sslKey": None,
    "awsConfig": None,
    "dataPath": "/data",
    "passwordSalt": None,
    "proxySSL": True,
    "proxyPort": 443,
    "serviceConfig": None,
    "updateChannel": "stable",
    "language": "en.core",
    "upnpLeaseDuration": None,
    "compressStatic": True,
    "compressSocket": True,
    "cssTheme": "foundry",
    "deleteNEDB": False,
    "hotReload": False,
    "noBackups": False,
    "noUpdate": True,
    "world": None,
    "isElectron": False,
    "isNode": True,
    "isSSL": False,
    "background": False,
    "debug": False,
    "demo": False,
    "serviceKey": None,
    "telemetry": False,
}
FV_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def foundry_vtt(r: random.Random) -> list[Log]:
    """Three containers of felddy/foundryvtt 11.315.1 on one VPS, each one's `docker logs`: the
    container's own Entrypoint and Launcher lines and Foundry's `FoundryVTT | date | [level]`
    lines, levels coloured as both write them, 06:00 to 12:00. foundry-main (vtt.example.net,
    world curse-of-strahd): an uptime monitor every 30 s and crawlers creating client sessions,
    the GM preparing at 06:40, the container recreated at 08:15, the Friday game 10:00-12:00 with
    players reconnecting. foundry-staging: started by mistake at 08:17 on the same data volume,
    failing on the lock file and restarted by Docker with a growing delay until removed at 09:26.
    foundry-club (club.example.net, world abomination-vaults): a one-shot 07:00-10:30, the disk
    filling at 09:41 (LevelDB and upload writes failing) until 09:58, a restart at 10:02."""
    fs = Files()

    def lvl(name: str) -> str:
        col = {"info": FV_GREEN, "warn": FV_YELLOW, "error": FV_RED}[name]
        return f"[{col}{name}\x1b[0m]"

    def foundry_lvl(name: str) -> str:
        col = {"info": FV_GREEN, "warn": FV_YELLOW, "error": FV_RED}[name]
        return f"[{col}{name}\x1b[39m]"

    def E(c: str, t: datetime, who: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"foundry-{c}.log",
            t,
            label,
            lambda x: [f"{who} | {x:%Y-%m-%d %H:%M:%S} | {lvl(level)} {msg}"],
            (c, who),
            SEC,
        )

    def F(c: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"foundry-{c}.log",
            t,
            label,
            lambda x: [
                f"FoundryVTT | {x:%Y-%m-%d %H:%M:%S} | {foundry_lvl(level)} {lines[0]}",
                *lines[1:],
            ],
            (c, "node"),
            SEC,
        )

    hosts = {"main": "vtt.example.net", "club": "club.example.net", "staging": "vtt.example.net"}

    def container_start(c: str, t: datetime, admin_key: bool = True) -> datetime:
        t = E(
            c,
            t,
            "Entrypoint",
            "info",
            "Starting felddy/foundryvtt container v%s",
            "Starting felddy/foundryvtt container v11.315.1",
        )
        t = E(
            c,
            t + sec(0.1),
            "Entrypoint",
            "info",
            "Foundry Virtual Tabletop %s is installed.",
            "Foundry Virtual Tabletop 11.315 is installed.",
        )
        t = E(
            c,
            t + sec(0.1),
            "Entrypoint",
            "info",
            "Not modifying existing installation license key.",
            "Not modifying existing installation license key.",
        )
        t = E(
            c,
            t + sec(0.1),
            "Entrypoint",
            "info",
            "Setting data directory permissions.",
            "Setting data directory permissions.",
        )
        t = E(
            c,
            t + sec(r.uniform(1, 4)),
            "Entrypoint",
            "info",
            "Starting launcher with uid:gid as %s:%s.",
            "Starting launcher with uid:gid as foundry:foundry.",
        )
        t = E(
            c,
            t + sec(0.1),
            "Launcher",
            "info",
            "Generating options.json file.",
            "Generating options.json file.",
        )
        if admin_key:
            t = E(
                c,
                t + sec(0.2),
                "Launcher",
                "info",
                "Setting 'Admin Access Key'.",
                "Setting 'Admin Access Key'.",
            )
        else:
            t = E(
                c,
                t + sec(0.2),
                "Launcher",
                "warn",
                "No 'Admin Access Key' has been configured.",
                "No 'Admin Access Key' has been configured.",
            )
        t = E(
            c,
            t + sec(0.1),
            "Launcher",
            "info",
            "Starting Foundry Virtual Tabletop.",
            "Starting Foundry Virtual Tabletop.",
        )
        t = F(
            c,
            t + sec(r.uniform(1, 2)),
            "info",
            "Running on Node.js - Version %s",
            ["Running on Node.js - Version 18.19.1"],
        )
        t = F(
            c,
            t,
            "info",
            "Foundry Virtual Tabletop - Version %d Build %d",
            ["Foundry Virtual Tabletop - Version 11 Build 315"],
        )
        t = F(
            c,
            t,
            "info",
            "Loading data from user directory %s",
            ["Loading data from user directory /data"],
        )
        return t

    def foundry_up(c: str, t: datetime) -> datetime:
        opts = dict(FV_OPTIONS)
        opts["hostname"] = hosts[c]
        t = F(
            c,
            t,
            "info",
            "Application Options:",
            ["Application Options:", *json.dumps(opts, indent=2).split("\n")],
        )
        t = F(
            c,
            t + sec(r.uniform(0.5, 1.5)),
            "info",
            "Software license verification succeeded",
            ["Software license verification succeeded"],
        )
        return F(
            c,
            t + sec(0.3),
            "info",
            "Server started and listening on port %d",
            ["Server started and listening on port 30000"],
        )

    def container_stop(c: str, t: datetime) -> datetime:
        t = E(
            c,
            t,
            "Entrypoint",
            "warn",
            "TERM signal received.  Shutting down server.",
            "TERM signal received.  Shutting down server.",
        )
        return E(
            c,
            t + sec(r.uniform(0.5, 1.5)),
            "Entrypoint",
            "error",
            "Child process failed with error code: %d",
            "Child process failed with error code: 143",
        )

    def session(c: str, t: datetime) -> datetime:
        sid = "".join(r.choice(FV_ALNUM) for _ in range(24))
        return F(c, t, "info", "Created client session %s", [f"Created client session {sid}"])

    def login(c: str, t: datetime, user: str, world: str) -> datetime:
        t = session(c, t)
        return F(
            c,
            t + sec(r.uniform(4, 25)),
            "info",
            'User %s authenticated in World "%s"',
            [f'User {user} authenticated in World "{world}"'],
        )

    # ---- foundry-main
    main_restart = at(8, 15, 12)
    main_up = main_restart + sec(14)
    t = T0 + sec(r.uniform(2, 20))
    while t < T_END:
        if not main_restart - sec(2) < t < main_up + sec(12):
            session("main", t)
        t += sec(30 + r.uniform(-0.4, 0.6))
    for t in poisson(r, T0, T_END, 150):
        if not main_restart - sec(2) < t < main_up + sec(12):
            session("main", t)
    container_stop("main", main_restart)
    tm = container_start("main", main_restart + sec(4))
    foundry_up("main", tm + sec(1))
    world = "curse-of-strahd"
    t = login("main", at(6, 41, 7), "Gamemaster", world)
    F("main", t + sec(0.5), "info", 'Activated World "%s"', [f'Activated World "{world}"'])
    login("main", at(7, 18, 40), "Gamemaster", world)
    F("main", at(8, 16, 30), "info", 'Activated World "%s"', [f'Activated World "{world}"'])
    players = ["Gamemaster", "Mira", "Tobias", "Ilse", "Rowan", "Kestrel"]
    for i, p in enumerate(players):
        login("main", at(9, 52 + i, r.randint(0, 50)), p, world)
    for t in poisson(r, at(10, 5), at(11, 55), 420):
        login("main", t, r.choice(players[1:]), world)
    F("main", at(11, 58, 41), "info", 'Deactivated World "%s"', [f'Deactivated World "{world}"'])

    # ---- foundry-staging: the lock file (Docker's restart delay doubles from 100 ms)
    t = at(8, 17, 3)
    delay = 0.1
    while t < at(9, 26):
        t = container_start("staging", t, admin_key=False)
        t = F(
            "staging",
            t + sec(0.4),
            "error",
            "A fatal error occurred while trying to start the Foundry Virtual Tabletop server: Foundry VTT cannot start in this directory which is already locked by another process.",
            [
                "A fatal error occurred while trying to start the Foundry Virtual Tabletop server: Foundry VTT cannot start in this directory which is already locked by another process.",
                "Error: A fatal error occurred while trying to start the Foundry Virtual Tabletop server: Foundry VTT cannot start in this directory which is already locked by another process.",
                "    at _acquireLockFile (file:///home/foundry/resources/app/dist/init.mjs:1:4977)",
                "    at async _initializeCriticalFunctions (file:///home/foundry/resources/app/dist/init.mjs:1:2593)",
                "    at async Module.initialize (file:///home/foundry/resources/app/dist/init.mjs:1:1564)",
            ],
        )
        t = E(
            "staging",
            t + sec(0.2),
            "Entrypoint",
            "error",
            "Child process failed with error code: %d",
            "Child process failed with error code: 1",
        )
        t += sec(delay + 1)
        delay = min(delay * 2, 60)

    # ---- foundry-club
    club_restart = at(10, 2, 5)
    club_up = club_restart + sec(13)
    t = T0 + sec(r.uniform(2, 50))
    while t < T_END:
        if not club_restart - sec(2) < t < club_up + sec(12):
            session("club", t)
        t += sec(120 + r.uniform(-0.4, 0.6))
    for t in poisson(r, T0, T_END, 200):
        if not club_restart - sec(2) < t < club_up + sec(12):
            session("club", t)
    cw = "abomination-vaults"
    club_players = ["Gamemaster", "Ansel", "Bree", "Dario", "Petra"]
    for i, p in enumerate(club_players):
        login("club", at(6, 52) + sec(120 * i + r.randint(0, 50)), p, cw)
    for t in poisson(r, at(7, 10), at(10, 25), 600):
        if not club_restart - sec(2) < t < club_up + sec(30):
            login("club", t, r.choice(club_players), cw)
    full = (at(9, 41, 22), at(9, 58, 4))
    for t in poisson(r, full[0], full[1], 28):
        if r.random() < 0.75:
            coll = weighted(r, [(5, "messages"), (3, "actors"), (2, "scenes"), (1, "combats")])
            F(
                "club",
                t,
                "error",
                "IO error: %s: No space left on device",
                [
                    f"IO error: /data/Data/worlds/{cw}/data/{coll}/{r.randint(12, 95):06d}.log: No space left on device"
                ],
            )
        else:
            img = r.choice(
                [
                    "vault-level-2.webp",
                    "gauntlight-ruins.webp",
                    "token-mitflit.webp",
                    "handout-journal-page.webp",
                ]
            )
            F(
                "club",
                t,
                "error",
                "ENOSPC: no space left on device, open '%s'",
                [f"ENOSPC: no space left on device, open '/data/Data/worlds/{cw}/assets/{img}'"],
            )
    container_stop("club", club_restart)
    tc = container_start("club", club_restart + sec(3))
    foundry_up("club", tc + sec(1))
    F("club", club_up + sec(25), "info", 'Activated World "%s"', [f'Activated World "{cw}"'])
    F("club", at(10, 31, 12), "info", 'Deactivated World "%s"', [f'Deactivated World "{cw}"'])
    return fs.logs(T0)


# -------------------------------------------------------------------------------- nginx-rtmp

NR_OBS = "FMLE/3.0 (compatible; FMSc/1.0)"
NR_LAVF_PUB = "FMLE/3.0 (compatible; Lavf60.16.100)"
NR_LAVF_PLAY = "LNX 9,0,124,2"
NR_RELAY = "LNX.11,1,102,55"
NR_AUTH = "127.0.0.1:8081/rtmp/auth"
NR_DONE = "127.0.0.1:8081/rtmp/done"
NR_UPDATE = "127.0.0.1:8081/rtmp/update"


class NrHost:
    """One nginx with the rtmp module: its error.log, master and worker pids, connection numbers."""

    def __init__(
        self,
        fs: Files,
        name: str,
        fqdn: str,
        master: int,
        workers: list[int],
        cid0: int,
        rate: float,
    ):
        self.fs, self.name, self.fqdn = fs, name, fqdn
        self.master, self.workers = master, list(workers)
        self.cid0, self.rate = cid0, rate
        self.used: set[int] = set()
        self.reloads: list[tuple[datetime, list[int]]] = []  # (time, new workers)
        self.busy: dict[int, datetime] = {}  # old worker -> last use

    def next_cid(self, t: datetime) -> int:
        """Connection numbers grow with time (the HTTP side, HLS and stat requests, takes most)."""
        n = self.cid0 + int((t - T0).total_seconds() * self.rate)
        while n in self.used:
            n += 1
        self.used.add(n)
        return n

    def worker_at(self, r: random.Random, t: datetime) -> int:
        ws = self.workers
        for tr, new in self.reloads:
            if t >= tr:
                ws = new
        return r.choice(ws)

    def log(
        self,
        t: datetime,
        level: str,
        pid: int,
        label: str,
        msg: str,
        cid: int | None = None,
        client: str | None = None,
    ) -> datetime:
        head_cid = f"*{cid} " if cid is not None else ""
        ctx = f", client: {client}, server: 0.0.0.0:1935" if client else ""
        if pid != self.master:
            self.busy[pid] = max(self.busy.get(pid, t), t)
        return self.fs.add(
            f"{self.name}-error.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{level}] {pid}#0: {head_cid}{msg}{ctx}"],
            (self.name, pid),
            SEC,
        )


class NrSession:
    def __init__(self, host: NrHost, r: random.Random, t: datetime, ip: str):
        self.h, self.r, self.ip = host, r, ip
        self.pid = host.worker_at(r, t)
        self.cid = host.next_cid(t)
        self.t = host.log(
            t,
            "info",
            self.pid,
            "*%d client connected '%s'",
            f"*{self.cid} client connected '{ip}'",
            None,
        )

    def L(self, dt: float, label: str, msg: str, level: str = "info") -> datetime:
        self.t = self.h.log(self.t + sec(dt), level, self.pid, label, msg, self.cid, self.ip)
        return self.t

    def connect(
        self, app: str, flashver: str, swf: str, tc: str, ac: int, vc: int, dt: float = 0.05
    ) -> None:
        self.L(
            dt,
            "connect: app='%s' args='%s' flashver='%s' swf_url='%s' tc_url='%s' page_url='%s' acodecs=%d vcodecs=%d object_encoding=%d",
            f"connect: app='{app}' args='' flashver='{flashver}' swf_url='{swf}' tc_url='{tc}' page_url='' acodecs={ac} vcodecs={vc} object_encoding=0",
        )

    def create(self) -> None:
        self.L(0.02, "createStream", "createStream")

    def publish(self, name: str) -> None:
        self.L(
            0.02,
            "publish: name='%s' args='%s' type=%s silent=%d",
            f"publish: name='{name}' args='' type=live silent=0",
        )

    def play(self, name: str, start: int, duration: int) -> None:
        self.L(
            0.02,
            "play: name='%s' args='%s' start=%d duration=%d reset=%d silent=%d",
            f"play: name='{name}' args='' start={start} duration={duration} reset=0 silent=0",
        )

    def delete(self, dt: float) -> None:
        self.L(dt, "deleteStream", "deleteStream")

    def disconnect(self, dt: float) -> None:
        self.L(dt, "disconnect", "disconnect")


def nginx_rtmp(r: random.Random) -> list[Log]:
    """nginx 1.24 with nginx-rtmp-module 1.2.2 on two hosts, error_log at info, 06:00 to 12:00.
    ingest.example.tv: streamers publish to `live` with OBS (on_publish / on_publish_done /
    on_update to a small auth service, notify_update_timeout 60s, drop_idle_publisher 10s) and an
    exec_push ffmpeg transcoding each stream into the `hls` application; a 24/7 music stream and a
    partner's Wirecast publish straight to `tv` (HLS, hls_max_fragment 15s, the partner's 20 s
    keyframes forcing every fragment split); the edge pulls from `live`. Incidents: ffmpeg
    upgraded at 07:38 without libfdk_aac, the retro channel's transcoder dying and respawning
    every 5 s 07:40-07:53 (the 07:47 reload leaves that session on an old worker), the auth
    service down 08:40-08:52 (updates and new publishes failing, OBS retrying), a streamer's
    connection dropping at 09:15 (`live: already publishing` until the stale session is dropped),
    wrong stream keys, port scanners. edge1.example.tv: viewers playing over RTMP (VLC, ffplay,
    mpv), the edge's pulls from ingest, timeouts."""
    fs = Files()
    ing = NrHost(fs, "ingest", "ingest.example.tv", 1020, [1021, 1022, 1023, 1024], 48213, 4.2)
    edge = NrHost(fs, "edge1", "edge1.example.tv", 2200, [2201, 2202], 9120, 1.3)
    auth_down = (at(8, 40, 11), at(8, 52, 37))
    reload_t = at(7, 47, 20)
    ing.reloads.append((reload_t, [4101, 4102, 4103, 4104]))
    edge_ips = ["10.0.4.21"]
    exec_pids = iter(range(23400, 29000, 7))

    def obs_ip() -> str:
        return (
            r.choice(["84.153.", "178.12.", "91.65.", "62.226.", "95.91."])
            + f"{r.randint(1, 254)}.{r.randint(1, 254)}"
        )

    def running(host: NrHost, ip: str) -> NrSession:
        """A session that began before 06:00."""
        s = NrSession.__new__(NrSession)
        s.h, s.r, s.ip = host, r, ip
        s.pid = r.choice(host.workers)
        s.cid = host.next_cid(T0 - sec(r.uniform(300, 3000)))
        s.t = T0
        host.busy[s.pid] = T0
        return s

    def ffmpeg_sessions(t: datetime, key: str, end: datetime) -> None:
        """The exec_push ffmpeg: plays `live/key` from localhost and publishes to `hls/key`."""
        if t < T0:
            p, q = running(ing, "127.0.0.1"), running(ing, "127.0.0.1")
        else:
            p = NrSession(ing, r, t + sec(r.uniform(0.2, 0.5)), "127.0.0.1")
            p.connect("live", NR_LAVF_PLAY, "", "rtmp://localhost:1935/live", 4071, 252)
            p.create()
            p.play(key, -2000, 0)
            q = NrSession(ing, r, p.t + sec(r.uniform(0.8, 1.6)), "127.0.0.1")
            q.connect("hls", NR_LAVF_PUB, "", "rtmp://localhost:1935/hls", 0, 0)
            q.create()
            q.publish(key)
        if end >= T_END:
            return
        p.t, q.t = end, end
        q.delete(r.uniform(0.3, 0.8))
        q.disconnect(0.01)
        p.disconnect(r.uniform(0.05, 0.3))

    def stream(
        key: str,
        ip: str,
        start: datetime | None,
        end: datetime,
        app: str = "live",
        flashver: str = NR_OBS,
        retro_loop: tuple[datetime, datetime] | None = None,
        end_kind: str = "clean",
        ff_end: datetime | None = None,
    ) -> NrSession | None:
        """One publishing session (start None: it began before 06:00 and is already running)."""
        name = key.removeprefix("bad:")
        ff_end = ff_end or end
        if start is None:
            s = running(ing, ip)
            t_pub = T0 - sec(r.uniform(600, 4000))
        else:
            s = NrSession(ing, r, start, ip)
            tc = f"rtmp://{ing.fqdn}/{app}"
            s.connect(
                app,
                flashver,
                tc if flashver == NR_OBS else "",
                tc,
                3191 if flashver == NR_OBS else 0,
                252 if flashver == NR_OBS else 0,
            )
            s.create()
            s.publish(name)
            t_pub = s.t
        exec_pid = 0
        updates_ok = app == "live"
        if app == "live" and start is not None:
            s.L(0.001, "notify: publish '%s'", f"notify: publish '{NR_AUTH}'")
            if in_any(s.t, [auth_down]):
                s.L(
                    0.001,
                    "connect() to %s failed (%d: %s)",
                    "connect() to 127.0.0.1:8081 failed (111: Connection refused)",
                    "error",
                )
                s.disconnect(0.002)
                s.L(0.001, "notify: publish_done '%s'", f"notify: publish_done '{NR_DONE}'")
                s.L(
                    0.001,
                    "connect() to %s failed (%d: %s)",
                    "connect() to 127.0.0.1:8081 failed (111: Connection refused)",
                    "error",
                )
                return None
            if key.startswith("bad:"):
                s.disconnect(r.uniform(0.03, 0.12))
                return None
            exec_pid = next(exec_pids)
            s.L(
                r.uniform(0.02, 0.08),
                "exec: starting %s child '%s'",
                "exec: starting managed child 'ffmpeg'",
            )
            if retro_loop is None:
                ffmpeg_sessions(s.t, key, ff_end)
        if app == "live" and start is None:
            exec_pid = next(exec_pids)
            ffmpeg_sessions(t_pub, key, ff_end)
        # the transcoder crash loop
        if retro_loop is not None:
            tl = s.t
            while tl < retro_loop[1]:
                tl = ing.log(
                    tl + sec(r.uniform(0.15, 0.4)),
                    "info",
                    s.pid,
                    "exec: child %d exited; %s",
                    f"exec: child {exec_pid} exited; ignoring",
                    s.cid,
                    s.ip,
                )
                tl = ing.log(
                    tl,
                    "info",
                    s.pid,
                    "exec: terminating child %d",
                    f"exec: terminating child {exec_pid}",
                    s.cid,
                    s.ip,
                )
                tl = ing.log(
                    tl + sec(5.0),
                    "info",
                    s.pid,
                    "exec: starting %s child '%s'",
                    "exec: starting managed child 'ffmpeg'",
                    s.cid,
                    s.ip,
                )
                exec_pid = next(exec_pids)
        # updates every 60 s while publishing
        if updates_ok:
            tu = t_pub + sec(60)
            while tu < end:
                if tu >= T0:
                    ing.log(
                        tu,
                        "info",
                        s.pid,
                        "notify: update '%s'",
                        f"notify: update '{NR_UPDATE}'",
                        s.cid,
                        s.ip,
                    )
                    if in_any(tu, [auth_down]):
                        t2 = ing.log(
                            tu,
                            "error",
                            s.pid,
                            "connect() to %s failed (%d: %s)",
                            "connect() to 127.0.0.1:8081 failed (111: Connection refused)",
                            s.cid,
                            s.ip,
                        )
                        t2 = ing.log(
                            t2,
                            "info",
                            s.pid,
                            "notify: empty or broken HTTP response",
                            "notify: empty or broken HTTP response",
                            s.cid,
                            s.ip,
                        )
                        ing.log(
                            t2,
                            "info",
                            s.pid,
                            "notify: update failed",
                            "notify: update failed",
                            s.cid,
                            s.ip,
                        )
                        break
                tu += sec(60)
        s.exec_pid = exec_pid  # type: ignore[attr-defined]
        if end >= T_END or end_kind == "stale":
            return s
        s.t = end
        if end_kind == "clean":
            s.delete(0)
        if app == "live":
            s.L(0.001, "notify: publish_done '%s'", f"notify: publish_done '{NR_DONE}'")
            if exec_pid:
                s.L(0.001, "exec: terminating child %d", f"exec: terminating child {exec_pid}")
        if end_kind == "clean":
            s.disconnect(r.uniform(0.05, 0.4))
        return s

    # ---- the publishers
    stream("ch_alexplays_7f3a9c21", obs_ip(), None, at(8, 5, 31))
    stream("ch_morningshow_1b9d44e0", obs_ip(), at(6, 55, 2), at(9, 10, 44))
    retro_ip = obs_ip()
    stream(
        "ch_retro_5c0e8a13",
        retro_ip,
        at(7, 40, 13),
        at(7, 53, 2),
        retro_loop=(at(7, 40, 14), at(7, 52, 58)),
    )
    stream("ch_retro_5c0e8a13", retro_ip, at(7, 53, 40), at(10, 21, 9))
    # the morning-show streamer's connection drops at 09:15 ... no: the speedrunner's
    sp_ip = obs_ip()
    drop = at(9, 15, 3)
    stale_end = drop + sec(10.2)
    st = stream(
        "ch_speedrun_e2d10b77", sp_ip, at(9, 0, 40), drop, end_kind="stale", ff_end=stale_end
    )
    # OBS reconnects while the stale session still holds the name
    t = drop + sec(r.uniform(2, 4))
    for _ in range(2):
        s2 = NrSession(ing, r, t, sp_ip)
        s2.connect("live", NR_OBS, f"rtmp://{ing.fqdn}/live", f"rtmp://{ing.fqdn}/live", 3191, 252)
        s2.create()
        s2.publish("ch_speedrun_e2d10b77")
        s2.L(0.001, "notify: publish '%s'", f"notify: publish '{NR_AUTH}'")
        s2.L(0.01, "live: already publishing", "live: already publishing", "error")
        s2.delete(r.uniform(0.05, 0.2))
        s2.L(0.001, "notify: publish_done '%s'", f"notify: publish_done '{NR_DONE}'")
        s2.disconnect(0.05)
        t = s2.t + sec(r.uniform(3.5, 5))
    # the stale session is dropped as idle (and its transcoder with it)
    assert st is not None
    st.t = stale_end
    st.L(0, "live: drop idle publisher", "live: drop idle publisher", "error")
    st.disconnect(0.001)
    st.L(0.001, "notify: publish_done '%s'", f"notify: publish_done '{NR_DONE}'")
    st.L(0.001, "exec: terminating child %d", f"exec: terminating child {st.exec_pid}")  # type: ignore[attr-defined]
    stream("ch_speedrun_e2d10b77", sp_ip, stale_end + sec(r.uniform(4, 8)), at(11, 41, 5))
    # the newcomer: a typo in the key, then the auth outage, then success
    nb_ip = obs_ip()
    for k in range(3):
        stream("bad:ch_newbie_3af01c9", nb_ip, at(8, 38, 5) + sec(25 * k), at(8, 39))
    t = at(8, 43, 30)
    for _ in range(20):
        stream("ch_newbie_3af01c9d", nb_ip, t, t + sec(1))
        t += sec(10 + r.uniform(0.1, 1.5))
    stream("ch_newbie_3af01c9d", nb_ip, at(8, 53, 12), at(9, 41, 50))
    # someone trying keys
    for tb in poisson(r, T0, T_END, 2400):
        stream(
            "bad:" + r.choice(["test", "live", "stream", "1234", "obs"]),
            f"45.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
            tb,
            tb,
        )
    # 24/7 music and the partner on `tv` (no notify, no exec)
    stream("chillbeats", "10.0.7.15", None, T_END, app="tv", flashver=NR_LAVF_PUB)
    pv_ip = "203.0.113.50"
    pv = stream(
        "radio-vision",
        pv_ip,
        at(10, 0, 8),
        at(10, 36, 40),
        app="tv",
        flashver="FMLE/3.0 (compatible; Wirecast/14.3.3)",
    )
    if pv is not None:
        tf = at(10, 0, 8) + sec(15.5)
        while tf < at(10, 36, 30):
            d = 15 + r.choice([0.02, 0.04, 0.06]) + r.random() * 0.01
            ing.log(
                tf,
                "error",
                pv.pid,
                "hls: force fragment split: %.3f sec, ",
                f"hls: force fragment split: {d:.3f} sec, ",
                pv.cid,
                pv_ip,
            )
            tf += sec(d)
    # ---- scanners on both hosts
    for host in [ing, edge]:
        for ts in poisson(r, T0, T_END, 480):
            ip = f"{r.choice([45, 80, 89, 162, 185, 193, 194])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
            s = NrSession(host, r, ts, ip)
            s.L(
                r.uniform(0.05, 2),
                "handshake: unexpected RTMP version: %d",
                f"handshake: unexpected RTMP version: {r.choice([22, 22, 22, 71, 0, 80])}",
            )
            s.disconnect(0.002)
    # ---- the edge: viewers and its pulls from ingest
    channels = [
        ("ch_alexplays_7f3a9c21", T0, at(8, 5, 31)),
        ("ch_morningshow_1b9d44e0", at(6, 56), at(9, 10, 44)),
        ("ch_retro_5c0e8a13", at(7, 54, 30), at(10, 21, 9)),
        ("ch_speedrun_e2d10b77", at(9, 1, 30), at(11, 41, 5)),
        ("ch_newbie_3af01c9d", at(8, 54), at(9, 41, 50)),
    ]
    viewers = []
    for name, a, b in channels:
        for tv in poisson(r, a, b, 290):
            dur = r.expovariate(1 / 900)
            viewers.append((name, tv, min(tv + sec(dur), b + sec(r.uniform(1, 4))), b))
    viewers.sort(key=lambda v: v[1])
    pulls: dict[str, tuple[NrSession, datetime]] = {}
    active: dict[str, list[datetime]] = {}

    def close_pull(name: str) -> None:
        rs, last = pulls.pop(name)
        rs.t = last + sec(r.uniform(0.1, 0.6))
        if rs.t < T_END:
            rs.disconnect(0)

    for name, tv, tend, b in viewers:
        active[name] = [e for e in active.get(name, []) if e > tv]
        ip = f"{r.choice(['77.', '31.', '109.', '2.'])}{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        client = weighted(r, [(5, "vlc"), (3, "ffplay"), (2, "mpv")])
        s = NrSession(edge, r, tv, ip)
        tc = f"rtmp://{edge.fqdn}/live" if client != "vlc" else f"rtmp://{edge.fqdn}:1935/live"
        s.connect("live", NR_LAVF_PLAY, "", tc, 4071, 252)
        s.create()
        s.play(name, -2000 if client != "mpv" else 0, 0)
        if not active[name]:
            # first viewer: the edge pulls the stream from ingest
            if name in pulls:
                close_pull(name)
            s.L(
                0.001,
                "relay: create pull name='%s' app='%s' playpath='%s' url='%s'",
                f"relay: create pull name='{name}' app='live' playpath='{name}' url='{ing.fqdn}:1935/live'",
            )
            rs = NrSession(ing, r, s.t + sec(r.uniform(0.02, 0.08)), edge_ips[0])
            rs.connect("live", NR_RELAY, "", f"rtmp://{ing.fqdn}:1935/live", 3575, 252)
            rs.create()
            rs.play(name, -1000, -1000)
            pulls[name] = (rs, tend)
        active[name].append(tend)
        rs, last = pulls[name]
        pulls[name] = (rs, max(last, tend))
        s.t = tend
        if (tend > b and r.random() < 0.5) or r.random() < 0.08:
            s.L(0, "client timed out (%d: %s)", "client timed out (110: Connection timed out)")
            s.disconnect(0.001)
        else:
            s.delete(0)
            s.disconnect(r.uniform(0.01, 0.2))
    for name in list(pulls):
        close_pull(name)
    # ---- the 07:47 reload on ingest (ffmpeg's preset changed to aac)
    t = ing.log(
        reload_t,
        "notice",
        ing.master,
        "signal %d (%s) received from %d, reconfiguring",
        "signal 1 (SIGHUP) received from 31544, reconfiguring",
    )
    t = ing.log(t, "notice", ing.master, "reconfiguring", "reconfiguring")
    t = ing.log(t, "notice", ing.master, "start worker processes", "start worker processes")
    for w in [4101, 4102, 4103, 4104]:
        t = ing.log(t, "notice", ing.master, "start worker process %d", f"start worker process {w}")
    for w in [1021, 1022, 1023, 1024]:
        ing.log(
            reload_t + sec(1), "notice", w, "gracefully shutting down", "gracefully shutting down"
        )
        last = max(ing.busy.get(w, reload_t), reload_t + sec(1))
        te = ing.log(last + sec(0.01), "notice", w, "exiting", "exiting")
        te = ing.log(te, "notice", w, "exit", "exit")
        ing.log(
            te,
            "notice",
            ing.master,
            "worker process %d exited with code %d",
            f"worker process {w} exited with code 0",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- liquidsoap

LQ_ARTISTS = [
    ("Khruangbin", ["Maria También", "White Gloves", "So We Won't Forget", "Time (You and I)"]),
    ("Parcels", ["Tieduprightnow", "Overnight", "Somethinggreater"]),
    ("Lianne La Havas", ["Bittersweet", "Green Papaya", "Can't Fight"]),
    ("Jungle", ["Back On 74", "Busy Earnin'", "Casio"]),
    ("Tom Misch", ["Movie", "It Runs Through Me", "Disco Yes"]),
    ("Men I Trust", ["Show Me How", "Tailwhip", "Numb"]),
    ("Roosevelt", ["Feels Right", "Fever", "Sign"]),
    ("Fazerdaze", ["Lucky Girl", "Break!"]),
    ("Nilüfer Yanya", ["Midnight Sun", "Stabilise"]),
    ("Bonobo", ["Kerala", "Cirrus", "Rosewood"]),
    ("Moderat", ["A New Error", "Bad Kingdom"]),
    ("Tirzah", ["Gladly", "Devotion"]),
    ("Hania Rani", ["Eden", "Leaving"]),
    ("Nils Frahm", ["Says", "All Melody"]),
]
LQ_LOUNGE = [
    ("Bill Evans", ["Peace Piece", "Waltz for Debby", "Blue in Green"]),
    ("Alice Coltrane", ["Journey in Satchidananda", "Turiya and Ramakrishna"]),
    ("Yussef Kamaal", ["Strings of Light", "Lowrider"]),
    ("Nala Sinephro", ["Space 1", "Space 3"]),
    ("Kamasi Washington", ["Truth", "Street Fighter Mas"]),
    ("GoGo Penguin", ["Hopopono", "Raven"]),
    ("Makaya McCraven", ["Autumn in New York", "In These Times"]),
]
LQ_JINGLES = [
    "id-morning-01.mp3",
    "id-morning-02.mp3",
    "id-generic-03.mp3",
    "id-generic-04.mp3",
    "sweeper-new-music.mp3",
    "sweeper-local.mp3",
]
LQ_ADS = [
    "spot-baeckerei-kruse.mp3",
    "spot-fahrradwerk.mp3",
    "spot-stadtwerke.mp3",
    "spot-kulturhaus-juni.mp3",
    "spot-bioladen.mp3",
]
LQ_USING = "bytes=[distributed with OCaml 4.02 or above] pcre=7.5.0 sedlex=3.2 menhirLib=20230608 curl=0.9.2 dtools=0.4.5 duppy=0.9.3 cry=1.0.1 mm=0.8.4 xmlplaylist=0.1.5 ogg=0.7.4 ogg.decoder=0.7.4 vorbis=0.8.0 vorbis.decoder=0.8.0 opus=0.2.3 opus.decoder=0.2.3 mad=0.5.3 flac=0.5.1 flac.decoder=0.5.1 lame=0.3.7 shine=0.2.3 samplerate=0.1.6 taglib=0.3.10 ssl=0.7.0 magic=0.7.3 lo=0.2.0 ffmpeg=1.1.8 ffmpeg-avutil=1.1.8 posix-time2=2.0.2 tsdl=1.0.0 irc=0.2.0 yaml=3.2.0 lastfm=0.3.3 inotify=2.5 soundtouch=0.1.9 portaudio=0.2.3 pulseaudio=0.1.6 ladspa=0.2.2 dssi=0.1.5 camomile=1.0.2 srt=0.3.0 mem_usage=0.1.1 syslog=0.1.0 prometheus-app=1.2 ao=0.2.4"


def liquidsoap(r: random.Random) -> list[Log]:
    """Two Liquidsoap 2.2.4 instances on one host (log.level 3, settings.log.file.path), 06:00 to
    12:00. radio.log (Radio Ost, a community station): the automated rotation (songs, a jingle
    between songs, three ad spots at :15 and :45, the news bulletin fetched over HTTP on the hour)
    announced by the script's on_track log, two live shows over input.harbor (07:00-08:00 and
    10:00-11:00: the DJ's login through the script's auth function, `Decoding...`, metadata from
    the DJ's software, the fallback switching, `Feeding stopped:` when the DJ leaves), outputs to
    the local Icecast (mp3 and ogg) and a backup output to the hosting provider that fails with
    401 every 45 s since the provider changed the source password (fixed by a restart at 11:21);
    Icecast upgraded at 08:10 (broken pipes, refused connections, reconnects), a backup job
    loading the CPU 10:20-10:24 (the clock's catchup warnings, the harbor buffer overrunning).
    lounge.log (the jazz sister stream): a playlist and a station ID every third song, one
    Icecast output, the same Icecast restart and CPU load."""
    fs = Files()
    rid = {"radio": 0, "lounge": 0}

    def L(st: str, t: datetime, src: str, lv: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{st}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{src}:{lv}] {msg}"],
            (st, "liquidsoap"),
            SEC,
        )

    def raw(st: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{st}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"],
            (st, "liquidsoap"),
            SEC,
        )

    def prepared(st: str, t: datetime, src: str, path: str) -> datetime:
        n = rid[st]
        rid[st] += 1
        return L(st, t, src, 3, "Prepared %s (RID %d).", f'Prepared "{path}" (RID {n}).')

    def now_playing(st: str, t: datetime, artist: str, title: str) -> datetime:
        return L(st, t, "lang", 3, "Now playing: %s - %s", f"Now playing: {artist} - {title}")

    def startup(st: str, t: datetime, outputs: list[tuple[str, str, str]]) -> datetime:
        t = raw(st, t, ">>> LOG START", ">>> LOG START")
        t = L(st, t, "main", 3, "Liquidsoap %s", "Liquidsoap 2.2.4")
        t = L(st, t, "main", 3, "Using: %s", "Using: " + LQ_USING)
        t = L(
            st,
            t,
            "frame",
            3,
            "Using %dHz audio, %dHz video, %dHz main.",
            "Using 44100Hz audio, 25Hz video, 44100Hz main.",
        )
        t = L(
            st,
            t,
            "audio.converter",
            3,
            "Using samplerate converter: %s.",
            "Using samplerate converter: ffmpeg.",
        )
        t = L(
            st,
            t,
            "clock.main",
            3,
            "Streaming loop starts in auto-sync mode",
            "Streaming loop starts in auto-sync mode",
        )
        for oid, mount, host in outputs:
            t = L(
                st,
                t,
                oid,
                3,
                "Connecting mount %s for %s@%s...",
                f"Connecting mount {mount} for source@{host}...",
            )
            t = L(
                st,
                t + sec(r.uniform(0.05, 0.4)),
                oid,
                3,
                "Connection setup was successful.",
                "Connection setup was successful.",
            )
        return t

    def shutdown(st: str, t: datetime, outputs: list[str]) -> datetime:
        t = L(st, t, "main", 3, "Shutdown started!", "Shutdown started!")
        for oid in outputs:
            t = L(st, t, oid, 3, "Closing connection...", "Closing connection...")
        t = L(st, t, "main", 3, "Main threads terminated.", "Main threads terminated.")
        return raw(st, t, ">>> LOG END", ">>> LOG END")

    def backup_fail(st: str, t: datetime, oid: str, mount: str, host: str) -> datetime:
        t = L(
            st,
            t,
            oid,
            3,
            "Connecting mount %s for %s@%s...",
            f"Connecting mount {mount} for source@{host}...",
        )
        t = L(
            st,
            t + sec(r.uniform(0.05, 0.3)),
            oid,
            2,
            "Connection failed: %d, %s (HTTP/%s)",
            "Connection failed: 401, Authentication Required (HTTP/1.0)",
        )
        return L(st, t, oid, 3, "Will try again in %.02f sec.", "Will try again in 45.00 sec.")

    # ---------------------------------------------------------------- radio
    st = "radio"
    icecast_down = (at(8, 10, 31), at(8, 10, 52))
    cpu = (at(10, 20, 5), at(10, 24, 40))
    restart = at(11, 21, 3)
    live_shows = [
        ("mike", at(6, 59, 41), at(8, 0, 26), "Mixxx 2.3.6"),
        ("sara", at(10, 0, 12), at(11, 1, 3), "butt 0.1.40"),
    ]
    live_spans = [(a, b) for _, a, b, _ in live_shows]
    backup = ("backup_mp3", "/radio-ost-backup.mp3", "source.streamhost.example")
    # the backup output's retry loop until the restart
    t = T0 + sec(r.uniform(1, 40))
    while t < restart:
        t = backup_fail(st, t, *backup)
        t += sec(45)
    # Icecast's restart: the local outputs
    for oid, mount in [("radio_mp3", "/radio.mp3"), ("radio_ogg", "/radio.ogg")]:
        t = L(
            st,
            icecast_down[0] + sec(r.uniform(0, 1)),
            oid,
            2,
            "Error while sending data: %s!",
            "Error while sending data: could not write data to host: Broken pipe in write()!",
        )
        t = L(st, t, oid, 3, "Closing connection...", "Closing connection...")
        t = L(
            st,
            t,
            oid,
            3,
            "Will try to reconnect in %.02f seconds.",
            "Will try to reconnect in 3.00 seconds.",
        )
        t += sec(3)
        while t < icecast_down[1]:
            t = L(
                st,
                t,
                oid,
                3,
                "Connecting mount %s for %s@%s...",
                f"Connecting mount {mount} for source@localhost...",
            )
            t = L(
                st,
                t,
                oid,
                2,
                "Connection failed: could not connect to host: %s in %s()",
                "Connection failed: could not connect to host: Connection refused in connect()",
            )
            t = L(st, t, oid, 3, "Will try again in %.02f sec.", "Will try again in 3.00 sec.")
            t += sec(3)
        t = L(
            st,
            t,
            oid,
            3,
            "Connecting mount %s for %s@%s...",
            f"Connecting mount {mount} for source@localhost...",
        )
        L(st, t, oid, 3, "Connection setup was successful.", "Connection setup was successful.")
    # the restart with the new backup password
    t = shutdown(st, restart, ["radio_mp3", "radio_ogg"])
    up = startup(
        st,
        t + sec(2),
        [
            ("radio_mp3", "/radio.mp3", "localhost"),
            ("radio_ogg", "/radio.ogg", "localhost"),
            (backup[0], backup[1], backup[2]),
        ],
    )
    down = (restart, up + sec(2))
    # live shows
    for dj, a, b, agent in live_shows:
        if dj == "mike":
            tt = L(
                st,
                a - sec(95),
                "lang",
                3,
                "Harbor login failed for user %s from %s",
                "Harbor login failed for user mike from 91.64.180.23",
            )
            L(
                st,
                tt + sec(22),
                "lang",
                3,
                "Harbor login failed for user %s from %s",
                "Harbor login failed for user mike from 91.64.180.23",
            )
        tt = L(
            st,
            a,
            "lang",
            3,
            "Harbor login accepted for user %s",
            f"Harbor login accepted for user {dj}",
        )
        tt = L(st, tt, "lang", 3, "Live source connected: %s", f"Live source connected: {agent}")
        tt = L(st, tt, "live", 3, "Decoding...", "Decoding...")
        tt = L(st, tt + sec(r.uniform(2, 5)), "onair", 3, "Switch to %s.", "Switch to live.")
        tm = tt + sec(r.uniform(20, 90))
        while tm < b - sec(60):
            artist, titles = r.choice(LQ_ARTISTS)
            title = r.choice(titles)
            tx = L(
                st,
                tm,
                "live",
                3,
                "New metadata chunk %s -- %s.",
                f"New metadata chunk {artist} -- {title}.",
            )
            now_playing(st, tx + sec(r.uniform(1, 3)), artist, title)
            tm += sec(r.uniform(150, 330))
        tt = L(
            st, b, "live", 2, "Feeding stopped: %s.", "Feeding stopped: Avutil.Error(End of file)."
        )
        tt = L(st, tt, "lang", 3, "Live source disconnected", "Live source disconnected")
        L(st, tt + sec(r.uniform(1, 3)), "onair", 3, "Switch to %s.", "Switch to rotation.")
    # the CPU spike: catchup warnings, and the live input's buffer overrunning (sara is live)
    tc = cpu[0]
    while tc < cpu[1]:
        L(
            st,
            tc,
            "clock.main",
            2,
            "Latency is too high: we must catchup %.2f seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation for more info.",
            f"Latency is too high: we must catchup {r.uniform(0.3, 4.8):.2f} seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation for more info.",
        )
        tc += sec(r.uniform(1.5, 4.5))
    to = cpu[0] + sec(40)
    while to < cpu[1] + sec(20):
        L(
            st,
            to,
            "live",
            3,
            "Buffer overrun: Dropping %.2fs. Consider increasing the max buffer size!",
            f"Buffer overrun: Dropping {r.choice([0.04, 0.04, 0.08, 0.12, 0.52, 1.04]):.2f}s. Consider increasing the max buffer size!",
        )
        to += sec(r.uniform(2, 6))
    # the rotation
    t = T0 + sec(r.uniform(5, 60))
    last_switch = "music"
    songs_since_jingle = 0
    next_news = at(7, 0)
    next_ads = at(6, 15)
    while t < T_END:
        if in_any(t, live_spans) or in_any(t, [down]):
            t += sec(20)
            continue
        if t >= next_news:
            next_news = at(t.hour + 1, 0) if t.hour < 23 else T_END
            # the news on the hour
            tn = L(
                st,
                t,
                "lang",
                3,
                "Fetching news bulletin from %s",
                "Fetching news bulletin from https://audio.example.org/nachrichten/latest.mp3",
            )
            tn = prepared(
                st, tn + sec(r.uniform(2, 5)), "news", f"/tmp/liq-process{hexid(r, 6)}.mp3"
            )
            tn = L(st, tn + sec(1), "rotation", 3, "Switch to %s.", "Switch to news.")
            now_playing(st, tn + sec(1), "Radio Ost", f"Nachrichten {t.hour:02d}:00")
            last_switch = "news"
            t = tn + sec(r.uniform(170, 200))
            continue
        if t >= next_ads:
            next_ads = at(t.hour, 45) if t.minute < 45 else at(t.hour + 1, 15)
            tn = L(st, t, "rotation", 3, "Switch to %s.", "Switch to ads.")
            for spot in r.sample(LQ_ADS, 3):
                tn = prepared(st, tn + sec(r.uniform(0.5, 2)), "ads", f"/srv/radio/ads/{spot}")
                now_playing(
                    st,
                    tn + sec(1),
                    "Werbung",
                    spot.removeprefix("spot-").removesuffix(".mp3").replace("-", " ").title(),
                )
                tn += sec(r.uniform(20, 32))
            last_switch = "ads"
            t = tn
            continue
        if songs_since_jingle >= 1 and last_switch != "jingles":
            tn = L(st, t, "rotation", 3, "Switch to %s.", "Switch to jingles.")
            j = r.choice(LQ_JINGLES)
            tn = prepared(st, tn + sec(0.5), "jingles", f"/srv/radio/jingles/{j}")
            now_playing(st, tn + sec(1), "Radio Ost", "Station ID")
            last_switch = "jingles"
            songs_since_jingle = 0
            t = tn + sec(r.uniform(6, 14))
            continue
        tn = t
        if last_switch != "music":
            tn = L(st, t, "rotation", 3, "Switch to %s.", "Switch to music.")
        artist, titles = r.choice(LQ_ARTISTS)
        title = r.choice(titles)
        tn = prepared(
            st, tn + sec(0.4), "music", f"/srv/radio/music/{artist}/{artist} - {title}.mp3"
        )
        now_playing(st, tn + sec(1), artist, title)
        last_switch = "music"
        songs_since_jingle += 1
        t = tn + sec(r.uniform(170, 290))

    # ---------------------------------------------------------------- lounge
    st = "lounge"
    t = L(
        st,
        icecast_down[0] + sec(r.uniform(0, 1)),
        "lounge_mp3",
        2,
        "Error while sending data: %s!",
        "Error while sending data: could not write data to host: Broken pipe in write()!",
    )
    t = L(st, t, "lounge_mp3", 3, "Closing connection...", "Closing connection...")
    t = L(
        st,
        t,
        "lounge_mp3",
        3,
        "Will try to reconnect in %.02f seconds.",
        "Will try to reconnect in 3.00 seconds.",
    )
    t += sec(3)
    while t < icecast_down[1]:
        t = L(
            st,
            t,
            "lounge_mp3",
            3,
            "Connecting mount %s for %s@%s...",
            "Connecting mount /lounge.mp3 for source@localhost...",
        )
        t = L(
            st,
            t,
            "lounge_mp3",
            2,
            "Connection failed: could not connect to host: %s in %s()",
            "Connection failed: could not connect to host: Connection refused in connect()",
        )
        t = L(st, t, "lounge_mp3", 3, "Will try again in %.02f sec.", "Will try again in 3.00 sec.")
        t += sec(3)
    t = L(
        st,
        t,
        "lounge_mp3",
        3,
        "Connecting mount %s for %s@%s...",
        "Connecting mount /lounge.mp3 for source@localhost...",
    )
    L(
        st,
        t,
        "lounge_mp3",
        3,
        "Connection setup was successful.",
        "Connection setup was successful.",
    )
    tc = cpu[0] + sec(8)
    while tc < cpu[1]:
        L(
            st,
            tc,
            "clock.main",
            2,
            "Latency is too high: we must catchup %.2f seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation for more info.",
            f"Latency is too high: we must catchup {r.uniform(0.3, 3.5):.2f} seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation for more info.",
        )
        tc += sec(r.uniform(2, 6))
    t = T0 + sec(r.uniform(5, 60))
    n = 0
    while t < T_END:
        if n and n % 3 == 0:
            tn = L(st, t, "lounge_rotation", 3, "Switch to %s.", "Switch to lounge_ids.")
            tn = prepared(
                st,
                tn + sec(0.5),
                "lounge_ids",
                f"/srv/lounge/ids/lounge-id-{r.randint(1, 4):02d}.mp3",
            )
            tn = L(
                st,
                tn + sec(r.uniform(8, 12)),
                "lounge_rotation",
                3,
                "Switch to %s.",
                "Switch to lounge_music.",
            )
            t = tn
        artist, titles = r.choice(LQ_LOUNGE)
        title = r.choice(titles)
        tn = prepared(st, t + sec(0.4), "lounge_music", f"/srv/lounge/music/{artist}/{title}.flac")
        now_playing(st, tn + sec(1), artist, title)
        n += 1
        t = tn + sec(r.uniform(240, 480))
    return fs.logs(T0)


SYSTEMS = {
    "mycroft": mycroft,
    "openra": openra,
    "foundry-vtt": foundry_vtt,
    "nginx-rtmp": nginx_rtmp,
    "liquidsoap": liquidsoap,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
