#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 265 (azuracast, koel, volumio, lyrion, mistserver) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five audio and streaming servers of one small
community radio and media association, 06:00 to 12:00 on 2024-06-07. None of the five was in
the set (Icecast, Liquidsoap, Airsonic, Navidrome, Ampache, gonic, mopidy, mpd, owntone,
snapcast, Jellyfin, SRS, MediaMTX, Ant Media are).

- AzuraCast 0.19 (`app-2024-06-07.log`: Monolog's RotatingFileHandler in `/var/azuracast/
  www_tmp`, LOG_LEVEL=info set by the operator, the default LineFormatter: `[2024-06-07T06:00:
  01.123456+00:00] AzuraCast.INFO: Processing media for storage location ... [] []`, the
  context and extra as JSON). Four stations (`lofi_radio`, `campus_fm`, `jazz_night`,
  `retro_hits`), the podcast and recordings storage: the media check every five minutes (`Processing media for storage
  location %s...`), webhooks per song change (`Dispatching connector "%s".`, Discord answering
  429 in a burst), the update check, the frontend of campus_fm (Icecast) down 08:10-08:52
  (`NowPlaying adapter error: cURL error 7: ...`), the host overloaded 10:00-10:18 (`cURL error
  28: ... timed out`), a 9 GB upload holding the media-check lock 07:02-07:24 (`Could not obtain
  lock for task "%s"; skipping it.`), MariaDB restarted at 09:31 (the error handler's
  `SQLSTATE[HY000] [2002] Connection refused` and `... 2006 MySQL server has gone away` with
  file/line/code context), unreadable HLS segments (`HLS error: %s`), bad uploads (`Cannot
  process media file at path "%s": %s`), live DJs connecting and disconnecting.
- Koel v7 (`laravel.log`: Laravel's single channel, `[2024-06-07 06:00:01] production.INFO:
  New watch record received: '/music/...'`, exceptions as `production.ERROR: message
  {"userId":3,"exception":"[object] (Class(code: 0): message at file:line)` with `[stacktrace]`,
  numbered frames and `"} ` on lines of their own). The library is watched with inotifywait
  piped to `koel:scan`: every record is `New watch record received: '%s'`, then `'%s' is a
  file.` or `'%s' is a directory.` and the outcome (`Scanned %s`, `Failed to scan %s. Maybe an
  invalid file?`, `%s deleted.`, `%s doesn't exist in our database--skipping.`, `Deleted %d
  song(s) under %s`, `%s is empty--no action needed.`, `Scanned all song(s) under %s`); Lidarr
  importing albums all morning, a re-tag of the jazz folder, a cleanup; MySQL restarted at
  09:05 (QueryException `SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL:
  ...)`), a deadlock, songs removed on disk but still streamed (`The file "%s" does not
  exist`), the scanner running out of memory on a 2 GB FLAC, Last.fm rejecting a revoked
  session key (Guzzle's `Client error: ... resulted in a `403 Forbidden` response:` with the
  body on the next lines).
- Volumio 3 (`volumio-lounge-journal.log`, `volumio-kitchen-journal.log`: `journalctl -u
  volumio -o short-precise` on two players, `Jun 07 06:00:01.123456 volumio-lounge
  volumio[1012]: info: CoreStateMachine::pushState`,
  winston's simple format `level: message`). Playback through the day (a track change writes
  `---------------------------- MPD announces state update: player`, `ControllerMpd::sendMpdCommand
  %s` at verbose, `ControllerMpd::pushState`, `CoreCommandRouter::servicePushState`,
  `CoreStateMachine::syncState   stateService %s`, `CoreStateMachine::pushState`,
  `CoreCommandRouter::volumioPushState`), volume changes from the app (`CoreCommandRouter::
  volumiosetvolume %s`, `VolumeController::SetAlsaVolume%s`), the NAS share lost 09:40-10:05
  (`ControllerMpd::pushError: Error: ACK [%d@%d] {play} Failed to open %s`, `NAS: Cannot mount
  share %s: %s`), web radio streams failing (`... {add} Failed to decode %s`), and a restart at 11:00 (`Loading plugin "%s"...`, `PLUGIN START: %s`,
  `Volumio Calling Home`).
- Lyrion Music Server 9.0 (`server.log`: `[24-06-07 06:00:01.1234] Slim::Foo::bar (123)
  message`, Log4perl's `[%d{yy-MM-dd HH:mm:ss.SSSS}] %M (%L) %m%n`; the default levels, so
  mostly errors and warnings): a third-party plugin's Perl warnings on every status poll of
  the kitchen player (`Slim::Utils::Misc::msg (1303) Warning: [06:00:01.1230] Use of
  uninitialized value ...`), `Select task failed calling %s: %s; fh=%s` when a player's wifi
  drops, remote streams failing (`Can't connect to remote server to retrieve playlist for, %s:
  %s`, `Invalid response code (%d) from remote stream %s`), Spotty's token errors, the SQLite
  library locked during a rescan at 08:00, and a restart at 10:30 (`Starting Lyrion Music
  Server (v%s, %s, %s) perl %s - %s`, `Couldn't call %s->initPlugin: %s`).
- MistServer 3.3 (`mistserver.log`: `docker logs` of the container, the controller's log
  parser printing every process's messages: `[2024-06-07 06:00:01] MistOutRTMP:live+stage
  (2345) INFO: message`, the stream after the program name when the process has one). The
  association's live streams (`live+stage`, `live+hall`, `live+radio`): encoders pushing by
  RTMP (`Push from %s to %s rejected - source host not whitelisted` for a volunteer at home,
  `Push rejected - stream %s not configured or unavailable` for a typo in a stream key), a
  flaky OBS on the stage reconnecting (`Waiting for %s buffer to be ready... (%u)`,
  `Reconnecting to %s buffer... (%u)`, `Failed to wait for buffer, aborting incoming push`),
  viewers' outputs ending with the stream (`Received disconnect request from input`, `Shutting
  down on controller request`), recordings to a full disk (`Failed to open file %s, error:
  %s`), the configuration saved from the web UI (`Wrote updated configuration to disk`), a
  connector added (`Starting connector: %s`, `Stopping connector %s`) and `onFail '%s': %s` for
  streams a player asks for that are offline.

Label notes. The heads are context: Monolog's date, channel and level and the `[] []` / JSON
context and extra after the message; Laravel's date, `production.LEVEL:` and the exception
context; the journal's time, host and ident, and winston's `level: `; Log4perl's date, the
`%M (%L)` function and line, and the `Warning: ` / `Error: ` that logWarning and logError put
before the message (and the `[time] ` msg adds before a Perl warning); MistServer's date,
program, stream, pid and `KIND: `. A value that is an error contributes its format (AzuraCast's
Guzzle and PDO messages, Koel's exception messages, MPD's ACK texts, Perl's warnings and DBI's
errors, MistServer's strerror). Koel's stack frames, `[stacktrace]` and `"} ` and Guzzle's
response body are continuation lines without a row.

Checked against copies of the sources (search tool): AzuraCast's `Processing media for storage
location %s...`, `NowPlaying adapter error: %s`, `HLS error: %s`, `Could not obtain lock for
task "%s"; skipping it.`; all ten of Koel's watch messages (MediaScanner.php); Volumio's
`ControllerMpd::sendMpdCommand %s` (verbose), `ControllerMpd::pushState`, `ControllerMpd::
pushError: %s`, `CoreStateMachine::pushState`, `CoreStateMachine::getcurrentVolume`; LMS's
layout, logWarning/logError prefixes and `Select task failed calling %s: %s; fh=%s`;
MistServer's log parser layout (release builds print no file:line), `onFail '%s': %s`, the push
rejections, `Password accepted - ignoring IP settings.`, `Waiting for %s buffer to be ready...
(%u)`, `Reconnecting to %s buffer... (%u)`, `Shutting down on controller request`, `Received
disconnect request from input`, `Failed to wait for buffer, aborting incoming push`, `Failed to
open file %s, error: %s`, `Wrote updated configuration to disk`, `Starting connector: %s` /
`Stopping connector %s` (an older copy). Least sure (written from memory): AzuraCast's
`Dispatching connector "%s".`, the webhook 429 line, `Successfully checked for updates.`, the
streamer lines and `Cannot process media file at path "%s": %s`; Koel's exception set;
Volumio's syncState, volume, NAS, plugin-start and call-home lines; nearly all of LMS's
messages but the select error (the start line, the remote-stream errors, Spotty's, the plugin
load error, the msg prefix); MistServer's `Stream %s is now %s`-style controller lines are left
out for that reason.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def poisson_times(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


# -------------------------------------------------------------------------------- AzuraCast

AZ_STATIONS = ["lofi_radio", "campus_fm", "jazz_night", "retro_hits"]
AZ_SONG_LEN = {
    "lofi_radio": (120, 190),
    "campus_fm": (160, 260),
    "jazz_night": (240, 480),
    "retro_hits": (140, 215),
}
AZ_HOOKS = {
    "lofi_radio": ["discord", "tunein"],
    "campus_fm": ["discord", "twitter", "generic"],
    "jazz_night": ["tunein"],
    "retro_hits": ["discord", "generic", "tunein"],
}
AZ_PORTS = {"lofi_radio": 8000, "campus_fm": 8010, "jazz_night": 8020, "retro_hits": 8030}
AZ_CURL = "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html)"


def azuracast(r: random.Random) -> list[Log]:
    fs = Files()
    f = "app-2024-06-07.log"

    def L(
        t: datetime, level: str, label: str, msg: str, ctx: object = None, proc: object = "w"
    ) -> datetime:
        c = "[]" if ctx is None else json.dumps(ctx, separators=(",", ":"))
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00] AzuraCast.{level}: {msg} {c} []"
            ],
            proc,
            US,
        )

    locs = [f"Local Filesystem: /var/azuracast/stations/{s}/media" for s in AZ_STATIONS]
    locs.append("Local Filesystem: /var/azuracast/storage/podcasts")
    locs.append("Local Filesystem: /var/azuracast/storage/recordings")
    upload_lock = (at(7, 2, 10), at(7, 24, 40))
    icecast_down = (at(8, 10, 5), at(8, 52, 30))
    overload = (at(10, 0, 20), at(10, 18, 0))
    db_down = (at(9, 31, 2), at(9, 31, 58))
    # the media check every five minutes (1-59/5), one process per run
    for n, tm in enumerate(every(r, at(6, 1, 2), T_END, 300, 3)):
        if in_any(tm, [upload_lock]):
            L(
                tm,
                "ERROR",
                'Could not obtain lock for task "%s"; skipping it.',
                'Could not obtain lock for task "CheckMediaTask"; skipping it.',
                proc=("sync", n),
            )
            continue
        if in_any(tm, [db_down]):
            continue
        t = tm
        for loc in locs:
            t = L(
                t + sec(r.uniform(0.02, 0.3)),
                "INFO",
                "Processing media for storage location %s...",
                f"Processing media for storage location {loc}...",
                proc=("media", n),
            )
            t += sec(r.uniform(0.3, 4.0) if "/stations/" in loc else 0.2)
    # a big upload's other short tasks blocked by the same lock
    for n, tm in enumerate(every(r, upload_lock[0] + sec(40), upload_lock[1], 60, 4)):
        L(
            tm,
            "ERROR",
            'Could not obtain lock for task "%s"; skipping it.',
            f'Could not obtain lock for task "{r.choice(["CheckFolderPlaylistsTask", "CheckRequestsTask", "CheckFolderPlaylistsTask"])}"; skipping it.',
            proc=("sync-short", n),
        )
    # song changes -> webhooks
    discord_429 = (at(8, 52), at(8, 58))
    for st in AZ_STATIONS:
        lo, hi = AZ_SONG_LEN[st]
        t = T0 + sec(r.uniform(5, 120))
        k = 0
        while t < T_END:
            up = not (st == "campus_fm" and in_any(t, [icecast_down])) and not in_any(t, [db_down])
            if up:
                tw = t + sec(r.uniform(0.05, 0.4))
                for hook in AZ_HOOKS[st]:
                    k += 1
                    tw = L(
                        tw,
                        "INFO",
                        'Dispatching connector "%s".',
                        f'Dispatching connector "{hook}".',
                        proc=("hook", st, k),
                    )
                    if hook == "discord" and in_any(tw, [discord_429]):
                        L(
                            tw + sec(r.uniform(0.2, 0.6)),
                            "ERROR",
                            'Webhook "%s" returned unsuccessful response code %d.',
                            f'Webhook "{hook}" returned unsuccessful response code 429.',
                            proc=("hook", st, k),
                        )
                    if hook == "generic" and r.random() < 0.04:
                        L(
                            tw + sec(r.uniform(0.2, 1.5)),
                            "ERROR",
                            'Webhook "%s" returned unsuccessful response code %d.',
                            f'Webhook "{hook}" returned unsuccessful response code {r.choice([500, 502, 504])}.',
                            proc=("hook", st, k),
                        )
                    tw += sec(r.uniform(0.1, 0.5))
            t += sec(r.uniform(lo, hi))
    # Icecast of campus_fm down: NowPlaying every 15 s
    for n, tm in enumerate(every(r, icecast_down[0], icecast_down[1], 15, 1.5)):
        ms_ = r.randint(0, 2)
        port = AZ_PORTS["campus_fm"]
        L(
            tm,
            "ERROR",
            "NowPlaying adapter error: cURL error 7: Failed to connect to %s port %d after %d ms: Couldn't connect to server "
            + AZ_CURL
            + " for %s",
            f"NowPlaying adapter error: cURL error 7: Failed to connect to localhost port {port} after {ms_} ms: Couldn't connect to server {AZ_CURL} for http://localhost:{port}/admin/stats.xml",
            proc=("np", n),
        )
    # the host overloaded: timeouts for all stations
    for n, tm in enumerate(every(r, overload[0], overload[1], 15, 3)):
        for st in AZ_STATIONS:
            if r.random() < 0.45:
                port = AZ_PORTS[st]
                L(
                    tm + sec(r.uniform(0, 2)),
                    "ERROR",
                    "NowPlaying adapter error: cURL error 28: Operation timed out after %d milliseconds with %d bytes received "
                    + AZ_CURL
                    + " for %s",
                    f"NowPlaying adapter error: cURL error 28: Operation timed out after {r.randint(5001, 5009)} milliseconds with 0 bytes received {AZ_CURL} for http://localhost:{port}/admin/stats.xml",
                    proc=("np-o", n, st),
                )
        if r.random() < 0.3:
            seg = f"/var/azuracast/stations/lofi_radio/hls/aac_hifi/{r.randint(1717740000, 1717750000)}.ts"
            L(
                tm + sec(r.uniform(0, 3)),
                "ERROR",
                "HLS error: Unable to read file from location: %s. %s",
                f"HLS error: Unable to read file from location: {seg}. file_get_contents({seg}): Failed to open stream: No such file or directory",
                proc=("hls", n),
            )
    # MariaDB restart: the error handler on the API requests of the players
    dbfile = "/var/azuracast/www/vendor/doctrine/dbal/src/Driver/PDO/Exception.php"
    for n, tm in enumerate(poisson_times(r, db_down[0], db_down[1] + sec(30), 1.4)):
        if tm < db_down[1]:
            L(
                tm,
                "ERROR",
                "SQLSTATE[HY000] [2002] Connection refused",
                "SQLSTATE[HY000] [2002] Connection refused",
                {"file": dbfile, "line": 28, "code": 2002},
                proc=("fpm", n),
            )
        else:
            L(
                tm,
                "ERROR",
                "SQLSTATE[HY000]: General error: %d %s",
                "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                {"file": dbfile, "line": 28, "code": "HY000"},
                proc=("fpm", n),
            )
    # update checks, every hour
    for n, tm in enumerate(every(r, at(6, 19, 30), T_END, 3600, 20)):
        L(
            tm,
            "INFO",
            "Successfully checked for updates.",
            "Successfully checked for updates.",
            {
                "results": {
                    "current_release": "0.19.5",
                    "latest_release": "0.19.5" if tm < at(9, 0) else "0.19.6",
                    "needs_rolling_update": False,
                    "needs_release_update": tm >= at(9, 0),
                }
            },
            proc=("upd", n),
        )
    # the GeoLite update, daily at 06:30, without a key
    L(
        at(6, 30, 1),
        "INFO",
        "Not checking for GeoLite updates; no license key provided.",
        "Not checking for GeoLite updates; no license key provided.",
        proc="geo",
    )
    # live DJs on jazz_night and campus_fm
    djs = [
        ("jazz_night", "marcel", at(6, 30, 12), at(7, 58, 40)),
        ("campus_fm", "studio_b", at(8, 45, 3), at(9, 30, 22)),
        ("campus_fm", "sam_k", at(11, 2, 10), at(11, 55, 4)),
        ("lofi_radio", "nightowl", at(10, 20, 31), at(10, 21, 14)),
    ]
    for n, (st, dj, a, b) in enumerate(djs):
        for tf in [a - sec(41), a - sec(22)] if dj == "studio_b" else []:
            L(
                tf,
                "ERROR",
                'Invalid credentials for streamer "%s" on station %s.',
                f'Invalid credentials for streamer "{dj}" on station {st}.',
                proc=("dj", n, tf),
            )
        L(
            a,
            "INFO",
            'Streamer "%s" connected to station %s.',
            f'Streamer "{dj}" connected to station {st}.',
            proc=("dj", n),
        )
        L(
            b,
            "INFO",
            'Streamer "%s" disconnected from station %s.',
            f'Streamer "{dj}" disconnected from station {st}.',
            proc=("dj", n, 1),
        )
    # bad uploads
    for n, (tm, path, why) in enumerate(
        [
            (at(7, 5, 12), "uploads/DJ set 2024-05-30.m4a", "File is not a valid audio file."),
            (at(7, 11, 45), "uploads/promo_final (1).wav", "File is not a valid audio file."),
            (at(9, 12, 3), "jingles/station_id_v3.mp3", "File is empty."),
            (at(11, 14, 52), "uploads/interview-raw.aiff", "File is not a valid audio file."),
        ]
    ):
        L(
            tm,
            "ERROR",
            'Cannot process media file at path "%s": ' + why,
            f'Cannot process media file at path "{path}": {why}',
            proc=("mq", n),
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- Koel

KO_ARTISTS = [
    ("Bill Evans Trio", ["Sunday at the Village Vanguard", "Waltz for Debby"]),
    ("Khruangbin", ["Mordechai", "Con Todo El Mundo"]),
    ("Nils Frahm", ["All Melody", "Spaces"]),
    ("Radiohead", ["In Rainbows", "Kid A"]),
    ("Alice Coltrane", ["Journey in Satchidananda"]),
    ("Bonobo", ["Fragments", "Migration"]),
    ("Fleetwood Mac", ["Rumours"]),
    ("Hiromi", ["Spectrum"]),
    ("Massive Attack", ["Mezzanine"]),
    ("Nubya Garcia", ["Source"]),
    ("Floating Points", ["Promises", "Crush"]),
    ("Portishead", ["Dummy", "Third"]),
]
KO_SQL = [
    "select * from `users` where `id` = {n} limit 1",
    "select * from `personal_access_tokens` where `personal_access_tokens`.`id` = {n} limit 1",
    "select * from `songs` where `songs`.`id` = '{u}' limit 1",
    "select * from `settings` where `key` = media_path limit 1",
]


def koel(r: random.Random) -> list[Log]:
    fs = Files()
    f = "laravel.log"

    def L(t: datetime, level: str, label: str, lines: list[str], proc: object) -> datetime:
        first, rest = lines[0], lines[1:]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {first}", *rest],
            proc,
            SEC,
        )

    def exc(
        t: datetime,
        label: str,
        msg: str,
        cls: str,
        code: str,
        where: str,
        frames: list[str],
        uid: int | None,
        proc: object,
        extra: list[str] | None = None,
    ) -> datetime:
        head = f'{{"userId":{uid},' if uid is not None else "{"
        if extra:  # a message over several lines (Guzzle's with the response body)
            lines = [msg, *extra, f' {head}"exception":"[object] ({cls}(code: {code}): {msg}']
            lines += [*extra, f" at {where})", "[stacktrace]"]
        else:
            first = f'{msg} {head}"exception":"[object] ({cls}(code: {code}): {msg} at {where})'
            lines = [first, "[stacktrace]"]
        lines += [f"#{i} {fr}" for i, fr in enumerate(frames)]
        lines += [f"#{len(frames)} {{main}}", '"} ']
        return L(t, "ERROR", label, lines, proc)

    def song_path(a: str, al: str, n: int) -> str:
        return f"/music/{a}/{al}/{n:02d} - Track {n:02d}.flac"

    # watch records: Lidarr imports (directories), re-tags and cleanups (files)
    events: list[tuple[datetime, str, str]] = []
    for tm in poisson_times(r, T0, T_END, 95):
        a, als = r.choice(KO_ARTISTS)
        al = r.choice(als)
        events.append((tm, "dir-new", f"/music/{a}/{al}"))
    for tm in poisson_times(r, T0, T_END, 38):
        a, als = r.choice(KO_ARTISTS)
        kind = r.choices(["file-new", "file-del", "file-bad"], [12, 2, 1])[0]
        events.append((tm, kind, song_path(a, r.choice(als), r.randint(1, 14))))
    # the jazz re-tag at 07:30: a burst of modified files
    t = at(7, 30, 4)
    for al in ["Sunday at the Village Vanguard", "Waltz for Debby"]:
        for n in range(1, 12):
            t += sec(r.uniform(1.2, 3.5))
            events.append((t, "file-new", song_path("Bill Evans Trio", al, n)))
    # the 11:20 cleanup: deleted directories and leftovers
    t = at(11, 20, 10)
    for a, als in KO_ARTISTS[3:9]:
        t += sec(r.uniform(4, 20))
        events.append((t, "dir-del", f"/music/{a}/{als[-1]}"))
        if r.random() < 0.5:
            events.append((t + sec(1.5), "dir-empty", f"/music/{a}/{als[-1]} (Deluxe)"))
    for tm in poisson_times(r, T0, T_END, 1600):
        events.append(
            (tm, "file-ghost", song_path("Various Artists", "Downloads", r.randint(1, 30)))
        )
    db_down = (at(9, 5, 10), at(9, 7, 40))
    events.sort()
    for n, (tm, kind, path) in enumerate(events):
        p = ("scan", n)
        if in_any(tm, [db_down]):
            continue
        t = L(
            tm,
            "INFO",
            "New watch record received: '%s'",
            [f"New watch record received: '{path}'"],
            p,
        )
        if kind.startswith("dir"):
            t = L(t, "INFO", "'%s' is a directory.", [f"'{path}' is a directory."], p)
            if kind == "dir-new":
                L(
                    t + sec(r.uniform(2, 25)),
                    "INFO",
                    "Scanned all song(s) under %s",
                    [f"Scanned all song(s) under {path}"],
                    p,
                )
            elif kind == "dir-del":
                L(
                    t,
                    "INFO",
                    "Deleted %d song(s) under %s",
                    [f"Deleted {r.randint(8, 16)} song(s) under {path}"],
                    p,
                )
            else:
                L(
                    t,
                    "INFO",
                    "%s is empty--no action needed.",
                    [f"{path} is empty--no action needed."],
                    p,
                )
            continue
        t = L(t, "INFO", "'%s' is a file.", [f"'{path}' is a file."], p)
        if kind == "file-new":
            L(t + sec(r.uniform(0, 1.5)), "INFO", "Scanned %s", [f"Scanned {path}"], p)
        elif kind == "file-bad":
            L(
                t,
                "INFO",
                "Failed to scan %s. Maybe an invalid file?",
                [f"Failed to scan {path}. Maybe an invalid file?"],
                p,
            )
        elif kind == "file-del":
            L(t, "INFO", "%s deleted.", [f"{path} deleted."], p)
        else:
            L(
                t,
                "INFO",
                "%s doesn't exist in our database--skipping.",
                [f"{path} doesn't exist in our database--skipping."],
                p,
            )
    # MySQL restarted: QueryExceptions from the web app's requests
    qframes = [
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\Database\\Connection->runQueryCallback()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(398): Illuminate\\Database\\Connection->run()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3133): Illuminate\\Database\\Connection->select()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(720): Illuminate\\Database\\Query\\Builder->get()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Auth/EloquentUserProvider.php(59): Illuminate\\Database\\Eloquent\\Builder->first()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Auth/SessionGuard.php(161): Illuminate\\Auth\\EloquentUserProvider->retrieveById()",
        "/var/www/html/app/Http/Middleware/Authenticate.php(23): Illuminate\\Auth\\SessionGuard->user()",
        "/var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): App\\Http\\Middleware\\Authenticate->handle()",
        "/var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
    ]
    for n, tm in enumerate(poisson_times(r, db_down[0], db_down[1], 4.5)):
        sql = r.choice(KO_SQL).format(n=r.randint(1, 9), u=hexid(r, 32))
        msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
        exc(
            tm,
            "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
            msg,
            "Illuminate\\Database\\QueryException",
            "2002",
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829",
            qframes,
            None,
            ("fpm", n % 5),
        )
    # a deadlock while two imports update play counts
    for n, tm in enumerate([at(7, 31, 40), at(10, 44, 2)]):
        sid = hexid(r, 32)
        exc(
            tm,
            "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: %s, SQL: %s)",
            f"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: mysql, SQL: update `interactions` set `play_count` = {r.randint(2, 60)}, `interactions`.`updated_at` = 2024-06-07 {tm:%H:%M:%S} where `id` = {r.randint(1000, 9000)})",
            "Illuminate\\Database\\QueryException",
            "40001",
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829",
            [
                "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\Database\\Connection->runQueryCallback()",
                "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(594): Illuminate\\Database\\Connection->run()",
                "/var/www/html/app/Services/InteractionService.php(26): Illuminate\\Database\\Eloquent\\Model->save()",
                f"/var/www/html/app/Http/Controllers/API/PlayCountController.php(17): App\\Services\\InteractionService->increasePlayCount('{sid}')",
                "/var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
            ],
            r.choice([1, 3, 4]),
            ("fpm", 10 + n),
        )
    # songs removed by the cleanup but still in a user's queue
    for n, tm in enumerate(poisson_times(r, at(11, 21), T_END, 170)):
        a, als = r.choice(KO_ARTISTS[3:9])
        path = song_path(a, als[-1], r.randint(1, 12))
        exc(
            tm,
            'The file "%s" does not exist',
            f'The file "{path}" does not exist',
            "Symfony\\Component\\HttpFoundation\\File\\Exception\\FileNotFoundException",
            "0",
            "/var/www/html/vendor/symfony/http-foundation/File/File.php:36",
            [
                "/var/www/html/vendor/symfony/http-foundation/BinaryFileResponse.php(97): Symfony\\Component\\HttpFoundation\\File\\File->__construct()",
                "/var/www/html/vendor/symfony/http-foundation/BinaryFileResponse.php(53): Symfony\\Component\\HttpFoundation\\BinaryFileResponse->setFile()",
                "/var/www/html/app/Services/Streamer/Adapters/PhpStreamerAdapter.php(21): Symfony\\Component\\HttpFoundation\\BinaryFileResponse->__construct()",
                "/var/www/html/app/Http/Controllers/PlayController.php(27): App\\Services\\Streamer\\Streamer->stream()",
                "/var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
            ],
            r.choice([1, 2, 3, 4]),
            ("fpm", 20 + n % 4),
        )
    # the scanner out of memory on a huge FLAC
    for n, tm in enumerate([at(8, 12, 44), at(8, 41, 9)]):
        exc(
            tm,
            "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
            f"Allowed memory size of 536870912 bytes exhausted (tried to allocate {r.choice([268435488, 201326624])} bytes)",
            "Symfony\\Component\\ErrorHandler\\Error\\FatalError",
            "0",
            "/var/www/html/vendor/james-heinrich/getid3/getid3/module.audio.flac.php:427",
            [],
            None,
            ("scan-oom", n),
        )
    # Last.fm rejects a revoked session key on every scrobble of one user
    body = '{"message":"Invalid session key - Please re-authenticate","error":9}'
    for n, tm in enumerate(poisson_times(r, at(6, 40), at(10, 15), 260)):
        url = "https://ws.audioscrobbler.com/2.0/"
        exc(
            tm,
            "Client error: `%s %s` resulted in a `%d %s` response:",
            f"Client error: `POST {url}` resulted in a `403 Forbidden` response:",
            "GuzzleHttp\\Exception\\ClientException",
            "403",
            "/var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113",
            [
                "/var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()",
                "/var/www/html/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{closure}()",
                "/var/www/html/app/Services/ApiClients/LastfmClient.php(41): GuzzleHttp\\Client->post()",
                "/var/www/html/app/Services/LastfmService.php(151): App\\Services\\ApiClients\\LastfmClient->post()",
                "/var/www/html/app/Jobs/ScrobbleJob.php(24): App\\Services\\LastfmService->scrobble()",
            ],
            2,
            ("fpm", 30 + n % 3),
            [body],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- Volumio

VO_RADIOS = [
    ("Radio Paradise Main Mix", "http://stream.radioparadise.com/flac"),
    ("FIP", "http://icecast.radiofrance.fr/fip-hifi.aac"),
    ("SomaFM Groove Salad", "http://ice2.somafm.com/groovesalad-256-mp3"),
    ("KEXP", "https://kexp-mp3-128.streamguys1.com/kexp128.mp3"),
]


def volumio(r: random.Random) -> list[Log]:
    fs = Files()
    for host, pid0, radio_share in [("lounge", 1012, 0.3), ("kitchen", 988, 0.75)]:
        volumio_host(r, fs, host, pid0, radio_share)
    return fs.logs(T0)


def volumio_host(r: random.Random, fs: Files, host: str, pid0: int, radio_share: float) -> None:
    f = f"volumio-{host}-journal.log"
    pid = [pid0]

    def V(t: datetime, level: str, label: str, msg: str) -> datetime:
        p = pid[0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} volumio-{host} volumio[{p}]: {level}: {msg}"
            ],
            (host, p),
            US,
        )

    def gap(t: datetime, lo: float = 0.0005, hi: float = 0.006) -> datetime:
        return t + sec(r.uniform(lo, hi))

    nas_down = (at(9, 40, 12), at(10, 5, 40))
    restart = (at(11, 0, 5), at(11, 0, 48))

    def state_update(t: datetime, status: str, cmd: str | None) -> datetime:
        if cmd:
            t = V(
                gap(t),
                "verbose",
                "ControllerMpd::sendMpdCommand %s",
                f"ControllerMpd::sendMpdCommand {cmd}",
            )
        t = V(
            gap(t, 0.02, 0.2),
            "info",
            "---------------------------- MPD announces state update: %s",
            "---------------------------- MPD announces state update: player",
        )
        t = V(
            gap(t),
            "verbose",
            "ControllerMpd::sendMpdCommand %s",
            "ControllerMpd::sendMpdCommand status",
        )
        t = V(gap(t, 0.003, 0.02), "info", "ControllerMpd::pushState", "ControllerMpd::pushState")
        t = V(
            gap(t),
            "info",
            "CoreCommandRouter::servicePushState",
            "CoreCommandRouter::servicePushState",
        )
        t = V(
            gap(t),
            "info",
            "CoreStateMachine::syncState   stateService %s",
            f"CoreStateMachine::syncState   stateService {status}",
        )
        t = V(gap(t), "info", "CoreStateMachine::pushState", "CoreStateMachine::pushState")
        t = V(
            gap(t),
            "info",
            "CoreCommandRouter::volumioPushState",
            "CoreCommandRouter::volumioPushState",
        )
        return t

    def boot(t: datetime) -> datetime:
        plugins = [
            "alsa_controller",
            "i2s_dacs",
            "mpd",
            "networkfs",
            "webradio",
            "volumiodiscovery",
            "spop",
            "tidalconnect",
            "last_100",
        ]
        for p in plugins:
            t = V(gap(t, 0.01, 0.08), "info", 'Loading plugin "%s"...', f'Loading plugin "{p}"...')
        for p in plugins:
            t = V(gap(t, 0.05, 0.4), "info", "PLUGIN START: %s", f"PLUGIN START: {p}")
        t = V(gap(t, 0.5, 2), "info", "Volumio Calling Home", "Volumio Calling Home")
        t = V(
            gap(t, 0.2, 1),
            "info",
            "CoreStateMachine::getcurrentVolume",
            "CoreStateMachine::getcurrentVolume",
        )
        return t

    # playback: an album in the morning, web radio later, tracks changing
    t = at(6, 2, 11)
    vol = 35
    track_no = 0
    while t < T_END:
        if in_any(t, [restart]):
            t = restart[1]
            continue
        radio_time = at(8, 30) <= t < at(9, 35) or t >= at(11, 30)
        src = "radio" if radio_time or r.random() < radio_share else "nas"
        if src == "nas" and in_any(t, [nas_down]):
            # each queued NAS track fails to play
            t = V(
                gap(t),
                "verbose",
                "ControllerMpd::sendMpdCommand %s",
                "ControllerMpd::sendMpdCommand play",
            )
            t = V(
                gap(t, 0.02, 0.3),
                "error",
                "ControllerMpd::pushError: Error: ACK [%d@%d] {play} Failed to open %s",
                f'ControllerMpd::pushError: Error: ACK [50@0] {{play}} Failed to open "NAS/Music/{r.choice(KO_ARTISTS)[0]}/{r.randint(1, 12):02d}.flac"',
            )
            t += sec(r.uniform(40, 140))
            continue
        track_no += 1
        t = V(
            gap(t), "info", "CorePlayQueue::getTrack %s", f"CorePlayQueue::getTrack {track_no % 14}"
        )
        t = state_update(t, "play", "play" if r.random() < 0.3 else None)
        if src == "radio" and r.random() < 0.05:
            _name, url = r.choice(VO_RADIOS)
            V(
                gap(t, 0.5, 3),
                "error",
                "ControllerMpd::pushError: Error: ACK [%d@%d] {add} Failed to decode %s",
                f"ControllerMpd::pushError: Error: ACK [50@0] {{add}} Failed to decode {url}",
            )
        # a volume change now and then (the phone app's slider: several steps)
        if r.random() < 0.18:
            tv = t + sec(r.uniform(5, 60))
            for _ in range(r.randint(1, 5)):
                vol = max(10, min(80, vol + r.choice([-5, -3, 3, 5, 2])))
                tv = V(
                    gap(tv, 0.2, 0.7),
                    "info",
                    "CoreCommandRouter::volumiosetvolume %s",
                    f"CoreCommandRouter::volumiosetvolume {vol}",
                )
                tv = V(
                    gap(tv),
                    "info",
                    "VolumeController::SetAlsaVolume%s",
                    f"VolumeController::SetAlsaVolume{vol}",
                )
                tv = V(
                    gap(tv, 0.01, 0.05),
                    "info",
                    "CoreStateMachine::pushState",
                    "CoreStateMachine::pushState",
                )
        t += sec(r.uniform(150, 330) if src == "nas" else r.uniform(170, 260))
    # NAS share lost and retried by networkfs
    for tm in every(r, nas_down[0] + sec(20), nas_down[1], 60, 4):
        V(
            tm,
            "error",
            "NAS: Cannot mount share %s: %s",
            "NAS: Cannot mount share NAS: mount error(112): Host is down",
        )
    # restart at 11:00
    t = V(restart[0], "info", "CoreCommandRouter::volumioStop", "CoreCommandRouter::volumioStop")
    pid[0] = pid0 + 3359
    boot(restart[0] + sec(31))


# ------------------------------------------------------------------------------------- LMS

LMS_PLAYERS = ["00:04:20:2a:11:3c", "b8:27:eb:4e:92:a1", "dc:a6:32:10:7f:e2", "02:42:ac:11:00:07"]


LMS_FEED_ERR = [  # (the error, its format)
    ("500 Can't connect to www.deutschlandfunk.de:443", "%d Can't connect to %s"),
    ("404 Not Found", "%d %s"),
    ("Timed out waiting for data", "Timed out waiting for data"),
]


def lyrion(r: random.Random) -> list[Log]:
    fs = Files()
    f = "server.log"
    proc = ["lms-1"]

    def L(t: datetime, fn: str, line: int, label: str, msg: str) -> datetime:
        p = proc[0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d}] {fn} ({line}) {msg}"],
            p,
            100,
        )

    def warn(t: datetime, label: str, text: str) -> datetime:
        p = proc[0]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d}] Slim::Utils::Misc::msg (1303) Warning: [{x:%H:%M:%S}.{max(0, x.microsecond // 100 - 3):04d}] {text}"
            ],
            p,
            100,
        )

    restart = (at(10, 30, 2), at(10, 31, 10))
    plugin = "/config/cache/InstalledPlugins/Plugins/ShairTunes2W/Plugin.pm"
    # the buggy plugin's warnings on every status poll of the kitchen player (Material polls)
    for tm in every(r, T0, T_END, 21, 6):
        if in_any(tm, [restart]):
            continue
        t = warn(
            tm,
            "Use of uninitialized value %s in concatenation (.) or string at %s line %d.",
            f"Use of uninitialized value $artist in concatenation (.) or string at {plugin} line 812.",
        )
        if r.random() < 0.55:
            warn(
                t + sec(0.0004),
                "Use of uninitialized value in numeric eq (==) at %s line %d.",
                f"Use of uninitialized value in numeric eq (==) at {plugin} line 907.",
            )
    # a player's wifi dropping: slimproto reads fail
    for a, b in [(at(7, 12), at(7, 19)), (at(9, 2), at(9, 4)), (at(11, 40), at(11, 48))]:
        for tm in poisson_times(r, a, b, 9):
            L(
                tm,
                "Slim::Networking::Select::__ANON__",
                115,
                "Select task failed calling %s: %s; fh=%s",
                f'Error: Select task failed calling Slim::Networking::Slimproto::client_readable: Can\'t call method "isa" on an undefined value at /usr/share/perl5/Slim/Networking/Slimproto.pm line 330.; fh=IO::Socket::INET=GLOB(0x{hexid(r, 12)})',
            )
    # remote streams failing
    dead = ["http://radio.example-fm.de:8000/live.m3u", "http://streams.wdr-hop.net/1live.pls"]
    for tm in poisson_times(r, T0, T_END, 420):
        if in_any(tm, [restart]):
            continue
        if r.random() < 0.5:
            url = r.choice(dead)
            L(
                tm,
                "Slim::Utils::Scanner::Remote::__ANON__",
                431,
                "Can't connect to remote server to retrieve playlist for, %s: %s",
                f"Error: Can't connect to remote server to retrieve playlist for, {url}: Connect timed out: Bad file descriptor",
            )
        else:
            url = r.choice(
                [
                    "http://ice1.somafm.com/dronezone-128-aac",
                    "http://listen.radionomy.com/jazz-classics",
                ]
            )
            L(
                tm,
                "Slim::Player::Squeezebox2::directHeaders",
                643,
                "Invalid response code (%d) from remote stream %s",
                f"Warning: Invalid response code ({r.choice([404, 403, 502])}) from remote stream {url}",
            )
    # Spotty's token helper failing 08:20-08:50 (the account's password changed)
    for tm in every(r, at(8, 20, 4), at(8, 50), 30, 5):
        L(
            tm,
            "Plugins::Spotty::API::Token::_gotTokenInfo",
            163,
            "Failed to get Spotify access token: "
            + (why := r.choice(["Bad credentials", "Authentication failed"])),
            f"Failed to get Spotify access token: {why}",
        )
        if r.random() < 0.4:
            L(
                tm + sec(0.6),
                "Plugins::Spotty::API::_call",
                1042,
                "API call failed: %s",
                "Warning: API call failed: 401 Unauthorized",
            )
    # the SQLite library locked during the 08:00 rescan
    for tm in poisson_times(r, at(8, 0, 30), at(8, 9), 14):
        warn(
            tm,
            "DBD::SQLite::st execute failed: database is locked at %s line %d.",
            f"DBD::SQLite::st execute failed: database is locked at /usr/share/perl5/Slim/Schema.pm line {r.choice([2871, 1304])}.",
        )
    # players reconnecting and the slimproto handshake errors
    for tm in poisson_times(r, T0, T_END, 900):
        mac = r.choice(LMS_PLAYERS)
        L(
            tm,
            "Slim::Networking::Slimproto::slimproto_close",
            267,
            "connection closed with %s",
            f"connection closed with {mac}",
        )
    # local files and podcast feeds failing now and then
    for tm in poisson_times(r, T0, T_END, 600):
        if in_any(tm, [restart]):
            continue
        k = r.random()
        if k < 0.4:
            L(
                tm,
                "Slim::Player::Song::open",
                512,
                "stream failed to open [%s].",
                f"Warning: stream failed to open [file:///music/{r.choice(KO_ARTISTS)[0].replace(' ', '%20')}/{r.randint(1, 12):02d}.m4a].",
            )
        elif k < 0.75:
            feed = r.choice(
                [
                    "https://feeds.npr.org/510289/podcast.xml",
                    "https://www.deutschlandfunk.de/podcast-jazzfacts-100.xml",
                ]
            )
            L(
                tm,
                "Slim::Formats::XML::gotErrorViaHTTP",
                355,
                "getting %s failed: " + (err := r.choice(LMS_FEED_ERR))[1],
                "Error: getting " + feed + " failed: " + err[0],
            )
        else:
            warn(
                tm,
                "Invalid MP4 file: %s",
                f"Invalid MP4 file: /music/{r.choice(KO_ARTISTS)[0]}/{r.randint(1, 12):02d}.m4a",
            )
    # restart at 10:30 (the container image updated)
    proc[0] = "lms-2"
    t = L(
        restart[1],
        "main::init",
        392,
        "Starting Lyrion Music Server (v%s, %s, %s) perl %s - %s",
        "Starting Lyrion Music Server (v9.0.0, 1717658934, Thu Jun  6 08:22:14 UTC 2024) perl 5.036000 - x86_64-linux-gnu-thread-multi",
    )
    t = L(
        t + sec(4.2),
        "Slim::Utils::PluginManager::load",
        315,
        "Couldn't call %s->initPlugin: %s",
        'Warning: Couldn\'t call Plugins::YouTube::Plugin->initPlugin: Can\'t locate object method "new" via package "Plugins::YouTube::Utils" at /config/cache/InstalledPlugins/Plugins/YouTube/Plugin.pm line 118.',
    )
    L(
        t + sec(6),
        "Slim::Utils::Misc::msg",
        1303,
        "Use of uninitialized value in subroutine entry at %s line %d.",
        "Warning: [10:31:20.4410] Use of uninitialized value in subroutine entry at /usr/share/perl5/Slim/Utils/Strings.pm line 209.",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- MistServer

MS_STREAMS = ["live+stage", "live+hall", "live+radio"]
MS_ENC = {"live+stage": "10.20.0.31", "live+hall": "10.20.0.32", "live+radio": "10.20.0.12"}


def mistserver(r: random.Random) -> list[Log]:
    fs = Files()
    f = "mistserver.log"
    pids = iter(range(2210, 90000, 7))

    def M(t: datetime, prog: str, pid: int, strm: str, kind: str, label: str, msg: str) -> datetime:
        who = f"{prog}:{strm} ({pid})" if strm else f"{prog} ({pid})"
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {who} {kind}: {msg}"],
            pid,
            SEC,
        )

    ctl = 1
    # stream sessions: encoders push by RTMP; viewers' outputs end with the input
    sessions = [
        ("live+radio", at(6, 0, 40), at(12, 0)),
        ("live+stage", at(7, 58, 10), at(9, 42, 5)),
        ("live+hall", at(9, 55, 0), at(11, 31, 20)),
        ("live+stage", at(10, 40, 0), at(11, 58, 0)),
    ]
    flaky = (at(8, 20), at(8, 48))
    for strm, a, b in sessions:
        rtmp = next(pids)
        M(
            a,
            "MistOutRTMP",
            rtmp,
            strm,
            "INFO",
            "Password accepted - ignoring IP settings.",
            "Password accepted - ignoring IP settings.",
        )
        # viewers: each output process shuts down when the input stops or the viewer leaves
        for tv in poisson_times(r, a, b, 5 if strm != "live+radio" else 14):
            prog = r.choices(
                ["MistOutHLS", "MistOutWebRTC", "MistOutCMAF", "MistOutHTTPTS"], [6, 3, 2, 1]
            )[0]
            pv = next(pids)
            end = tv + sec(r.uniform(30, 2400))
            if end >= b:
                M(
                    b + sec(r.uniform(0.5, 4)),
                    prog,
                    pv,
                    strm,
                    "INFO",
                    "Received disconnect request from input",
                    "Received disconnect request from input",
                )
            elif r.random() < 0.12:
                M(
                    end,
                    prog,
                    pv,
                    strm,
                    "WARN",
                    "Player connection failure - aborting output",
                    "Player connection failure - aborting output",
                )
        if strm == "live+stage" and a < flaky[0]:
            # the flaky OBS reconnecting
            for tr in poisson_times(r, flaky[0], flaky[1], 36):
                p2 = next(pids)
                t = M(
                    tr,
                    "MistOutRTMP",
                    p2,
                    strm,
                    "INFO",
                    "Password accepted - ignoring IP settings.",
                    "Password accepted - ignoring IP settings.",
                )
                for _k in range(r.randint(1, 4)):
                    t = M(
                        t + sec(1),
                        "MistOutRTMP",
                        p2,
                        strm,
                        "INFO",
                        "Waiting for %s buffer to be ready... (%u)",
                        f"Waiting for {strm} buffer to be ready... (5)",
                    )
                if r.random() < 0.3:
                    M(
                        t + sec(1),
                        "MistOutRTMP",
                        p2,
                        strm,
                        "WARN",
                        "Failed to wait for buffer, aborting incoming push",
                        "Failed to wait for buffer, aborting incoming push",
                    )
                else:
                    M(
                        t + sec(1),
                        "MistOutRTMP",
                        p2,
                        strm,
                        "INFO",
                        "Reconnecting to %s buffer... (%u)",
                        f"Reconnecting to {strm} buffer... ({r.choice([0, 1])})",
                    )
        M(
            b + sec(r.uniform(5, 12)),
            "MistOutRTMP",
            rtmp,
            strm,
            "INFO",
            "Shutting down on controller request",
            "Shutting down on controller request",
        )
    # players asking for streams that are offline
    for tm in poisson_times(r, T0, T_END, 75):
        strm = r.choice(["live+stage", "live+hall", "live+hall", "live+foyer"])
        if any(s == strm and a <= tm < b for s, a, b in sessions):
            continue
        M(
            tm,
            r.choice(["MistOutHLS", "MistOutHTTP", "MistOutWebRTC"]),
            next(pids),
            strm,
            "FAIL",
            "onFail '%s': %s",
            f"onFail '{strm}': Stream open failed",
        )
    # a volunteer pushing from home, and a typo in a stream key
    for tm in poisson_times(r, at(9, 10), at(9, 50), 40):
        M(
            tm,
            "MistOutRTMP",
            next(pids),
            "live+hall",
            "FAIL",
            "Push from %s to %s rejected - source host not whitelisted",
            f"Push from 84.115.{r.randint(2, 250)}.{r.randint(2, 250)} to live+hall rejected - source host not whitelisted",
        )
    for tm in poisson_times(r, at(10, 32), at(10, 39), 25):
        M(
            tm,
            "MistOutRTMP",
            next(pids),
            "live+satge",
            "FAIL",
            "Push rejected - stream %s not configured or unavailable",
            "Push rejected - stream live+satge not configured or unavailable",
        )
    # recordings of the hall to a full disk
    for tm in poisson_times(r, at(10, 5), at(10, 25), 60):
        M(
            tm,
            "MistOutMP4",
            next(pids),
            "live+hall",
            "ERROR",
            "Failed to open file %s, error: %s",
            f"Failed to open file /media/recordings/hall-{tm:%Y%m%d-%H%M%S}.mp4, error: No space left on device",
        )
    # configuration saved from the web UI, a connector added and changed
    for tm in poisson_times(r, T0, T_END, 1500):
        M(
            tm,
            "MistController",
            ctl,
            "",
            "INFO",
            "Wrote updated configuration to disk",
            "Wrote updated configuration to disk",
        )
    for tm, conn in [
        (at(7, 40, 3), '{"connector":"SRT","port":8889}'),
        (at(7, 52, 30), '{"connector":"SRT","port":8890}'),
    ]:
        if "8890" in conn:
            M(
                tm,
                "MistController",
                ctl,
                "",
                "CONF",
                "Stopping connector %s",
                'Stopping connector {"connector":"SRT","port":8889}',
            )
        M(
            tm + sec(1),
            "MistController",
            ctl,
            "",
            "CONF",
            "Starting connector: %s",
            f"Starting connector: {conn}",
        )
        M(
            tm + sec(1),
            "MistController",
            ctl,
            "",
            "INFO",
            "Wrote updated configuration to disk",
            "Wrote updated configuration to disk",
        )
    M(
        at(7, 41, 12),
        "MistController",
        ctl,
        "",
        "WARN",
        "%s connector is enabled but doesn't exist on system! Ignoring connector.",
        "RIST connector is enabled but doesn't exist on system! Ignoring connector.",
    )
    return fs.logs(T0)


SYSTEMS = {
    "azuracast": azuracast,
    "koel": koel,
    "volumio": volumio,
    "lyrion": lyrion,
    "mistserver": mistserver,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
