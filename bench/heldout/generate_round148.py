#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 148 (jellyseerr, lidarr, prowlarr, bazarr, tautulli) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of one home media stack (the *arr
family and its companions), 06:00 to 12:00 on 2024-06-07. None of the five was in the set.

- Jellyseerr 1.9 (`overseerr.log`: winston's `%timestamp [%level][%label]: %message %extra-json`):
  the Download Sync every minute (`Found %s item(s) in progress on Radarr server: %s` for two
  Radarr servers, the Sonarr line), the Jellyfin recently-added scan every 5 minutes, requests'
  notifications, Radarr down 07:40-07:52, SMTP refusing 08:30-09:15, Jellyfin down 09:50-10:04,
  a restart at 10:30.
- Lidarr 2.3 (`lidarr.txt`: Servarr's NLog `yyyy-MM-dd HH:mm:ss.f|Level|Logger|message`, an
  exception after a blank line): RSS syncs, the 920 artists' refresh from 06:40 with
  api.lidarr.audio's 503s 06:52-07:04, a missing search over 300 albums at 08:05 with 429s,
  qBittorrent unreachable 08:20-08:41, an update and restart at 10:50.
- Prowlarr 1.17 (`prowlarr.txt`, the same layout): `Searching indexer(s): [%s] for Term: ...`
  for three apps' RSS and searches over six indexers, NZBgeek's 503s 07:10-07:35, 1337x behind
  Cloudflare from 08:40, DrunkenSlug's API limit 10:00-11:00, a Readarr with an old key
  (`Auth-Unauthorized`), a login guessed at 09:02, a restart at 09:30.
- Bazarr 1.4 (`bazarr.log`: `%d/%m/%Y %H:%M:%S|LEVEL   |logger padded to 32|message|`, debug on):
  APScheduler's jobs, subliminal's provider lines per wanted file, Sonarr refusing at 08:00 (a
  traceback after the closing `|`), OpenSubtitles.com throttled after its download limit,
  Podnapisi timing out 10:20-10:40 (the traceback inside the message, `|` on its last line).
- Tautulli 2.14 (`tautulli.log`: `%Y-%m-%d %H:%M:%S - LEVEL   :: thread : message`, verbose):
  Home Assistant's API polls (1,440), sessions started, paused, resumed, stopped with Discord
  notifications, Plex updated 08:45-08:49 (reconnection attempts, refused requests), an uncaught
  exception in a job, a restart at 11:00.

Label notes. Heads are context: winston's time, level and `[label]`, NLog's date, level and
logger, Bazarr's date, level and logger, Tautulli's time, level and thread. winston's extra JSON
is attributes, not the template. Servarr's `Starting Lidarr` is literal per app; Overseerr's
`on Radarr server` / `on Sonarr server` are two call sites. Python `%r` and .NET `{0}` are
placeholders; an exception text inside a message contributes its format (HttpException's
`HTTP request failed: [%s:%s] [%s] at [%s]`, urllib3's `Max retries exceeded`). Titles, artist
names, job names and enum names (`MEDIA_PENDING`) are values. Written from the helper's
knowledge, not checked against sources. Least sure: Jellyseerr's scan and notification
wording, Lidarr's `Couldn't refresh info for %s` and the search lines, Prowlarr's indexer error
lines, Bazarr's SignalR, throttling and event lines, Tautulli's notifier, buffering and
scheduler lines.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


MOVIES = [
    "Dune: Part Two (2024)",
    "Oppenheimer (2023)",
    "The Holdovers (2023)",
    "Poor Things (2023)",
    "Civil War (2024)",
    "Godzilla x Kong: The New Empire (2024)",
    "Kingdom of the Planet of the Apes (2024)",
    "Past Lives (2023)",
    "Anatomy of a Fall (2023)",
    "Furiosa: A Mad Max Saga (2024)",
    "The Zone of Interest (2023)",
    "Challengers (2024)",
]
SHOWS = [
    "Shōgun (2024)",
    "The Bear (2022)",
    "Fallout (2024)",
    "Slow Horses (2022)",
    "Baby Reindeer (2024)",
    "3 Body Problem (2024)",
    "Hacks (2021)",
    "Doctor Who (2023)",
]
USERS = ["maria", "tomasz", "kids-room", "jonas.k", "lea", "grandpa", "nadia"]


# ------------------------------------------------------------------------------ jellyseerr


def jellyseerr(r: random.Random) -> list[Log]:
    """Jellyseerr 1.9 in Docker, /app/config/logs/overseerr.log at debug: the download sync every
    minute, the Jellyfin recently-added scan every 5 minutes, requests and notifications, Radarr
    restarting 07:40-07:52, the SMTP relay refusing 08:30-09:15, Jellyfin down 09:50-10:04,
    Jellyseerr restarted at 10:30."""
    fs = Files()

    def L(t: datetime, level: str, label: str, tag: str, msg: str, extra: str = "") -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [f"{ts} [{level}][{tag}]: {msg}" + (f" {extra}" if extra else "")]

        return fs.add("overseerr.log", t, label, text, "jellyseerr", 1000)

    radarr_down = (at(7, 40), at(7, 52, 20))
    smtp_down = (at(8, 30), at(9, 15))
    jf_down = (at(9, 50), at(10, 4, 30))
    restart = at(10, 30)

    def boot(t: datetime) -> None:
        t = L(
            t,
            "info",
            "Starting Jellyseerr version %s",
            "Server",
            "Starting Jellyseerr version 1.9.2",
        )
        t = L(
            t + sec(0.4),
            "info",
            "Registered notification agents",
            "Notifications",
            "Registered notification agents",
        )
        t = L(t + sec(0.05), "info", "Scheduled jobs loaded", "Jobs", "Scheduled jobs loaded")
        L(t + sec(0.3), "info", "Server ready on port %s", "Server", "Server ready on port 5055")

    boot(at(6, 0, 2.1))
    boot(restart + sec(9.4))
    down = (restart - sec(1), restart + sec(11))
    # download sync every minute
    for k in range(360):
        t = at(6, 1) + sec(60 * k) + sec(r.uniform(0, 0.02))
        if in_any(t, [down]):
            continue
        t = L(
            t,
            "debug",
            "Starting scheduled job: %s",
            "Jobs",
            "Starting scheduled job: Download Sync",
        )
        for server, name, ip, port in [
            ("Radarr", "Radarr", "10.0.20.15", 7878),
            ("Radarr", "Radarr 4K", "10.0.20.15", 7879),
            ("Sonarr", "Sonarr", "10.0.20.15", 8989),
        ]:
            t += sec(r.uniform(0.02, 0.15))
            if name == "Radarr" and in_any(t, [radarr_down]):
                t = L(
                    t,
                    "error",
                    "Unable to get queue from Radarr server: %s",
                    "Download Tracker",
                    "Unable to get queue from Radarr server: Radarr",
                    f'{{"errorMessage":"[Radarr] Failed to retrieve queue: connect ECONNREFUSED {ip}:{port}"}}',
                )
                continue
            n = r.choice([0, 0, 1, 1, 2, 3])
            t = L(
                t,
                "debug",
                f"Found %s item(s) in progress on {server} server: %s",
                "Download Tracker",
                f"Found {n} item(s) in progress on {server} server: {name}",
            )
    # recently added scan every 5 minutes
    for k in range(72):
        t = at(6, 0, 30) + sec(300 * k) + sec(r.uniform(0, 0.05))
        if in_any(t, [down]):
            continue
        sid = uuid4(r)
        t = L(
            t,
            "info",
            "Starting scheduled job: %s",
            "Jobs",
            "Starting scheduled job: Jellyfin Recently Added Scan",
        )
        if in_any(t, [jf_down]):
            L(
                t + sec(r.uniform(3, 5)),
                "error",
                "Sync interrupted",
                "Jellyfin Sync",
                "Sync interrupted",
                '{"errorMessage":"connect EHOSTUNREACH 10.0.20.11:8096"}',
            )
            continue
        for lib in ["Movies", "Shows"]:
            t = L(
                t + sec(r.uniform(0.1, 0.4)),
                "info",
                "Beginning to process recently added for library: %s",
                "Jellyfin Sync",
                f"Beginning to process recently added for library: {lib}",
                f'{{"sessionId":"{sid}"}}',
            )
            for title in r.sample(MOVIES if lib == "Movies" else SHOWS, r.choice([0, 0, 1, 2])):
                t = L(
                    t + sec(r.uniform(0.05, 0.3)),
                    "debug",
                    "Title already exists and no changes detected for %s",
                    "Jellyfin Sync",
                    f"Title already exists and no changes detected for {title.rsplit(' (', 1)[0]}",
                    f'{{"sessionId":"{sid}"}}',
                )
        L(
            t + sec(r.uniform(0.1, 0.5)),
            "info",
            "Recently Added Scan Complete",
            "Jellyfin Sync",
            "Recently Added Scan Complete",
            f'{{"sessionId":"{sid}"}}',
        )
    # requests and their notifications
    for t in poisson(r, T0, T_END, 420):
        if in_any(t, [down]):
            continue
        user = r.choice(USERS)
        title = r.choice(MOVIES + SHOWS)
        movie = title in MOVIES
        kinds = ["MEDIA_PENDING"] if user in ("kids-room", "grandpa") else ["MEDIA_AUTO_APPROVED"]
        for kind in kinds:
            t = L(
                t + sec(r.uniform(0.05, 0.2)),
                "info",
                "Sending notification(s) for %s",
                "Notifications",
                f"Sending notification(s) for {kind}",
                f'{{"subject":"{title}"}}',
            )
            t = L(
                t + sec(0.01),
                "debug",
                "Sending Discord notification",
                "Notifications",
                "Sending Discord notification",
                f'{{"type":"{kind}","subject":"{title}"}}',
            )
            if in_any(t, [smtp_down]):
                L(
                    t + sec(r.uniform(10, 30)),
                    "error",
                    "Error sending email notification",
                    "Notifications",
                    "Error sending email notification",
                    f'{{"recipient":"{user}@home.example.net","type":"{kind}","subject":"{title}","errorMessage":"connect ETIMEDOUT 10.0.20.25:587"}}',
                )
            else:
                t = L(
                    t + sec(r.uniform(0.3, 1.2)),
                    "debug",
                    "Sending email notification",
                    "Notifications",
                    "Sending email notification",
                    f'{{"recipient":"{user}@home.example.net","type":"{kind}","subject":"{title}"}}',
                )
        if movie and in_any(t, [radarr_down]) and kinds == ["MEDIA_AUTO_APPROVED"]:
            L(
                t + sec(r.uniform(0.1, 0.4)),
                "error",
                "Failed to add movie to Radarr",
                "Radarr",
                "Failed to add movie to Radarr",
                f'{{"errorMessage":"connect ECONNREFUSED 10.0.20.15:7878","options":{{"title":"{title.rsplit(" (", 1)[0]}","qualityProfileId":6,"tags":[],"minimumAvailability":"released","rootFolderPath":"/data/media/movies","monitored":true,"searchNow":true}}}}',
            )
        elif movie:
            L(
                t + sec(r.uniform(0.2, 0.6)),
                "info",
                "Radarr accepted request",
                "Radarr",
                "Radarr accepted request",
            )
    # failed logins while Jellyfin is down, and a guessing client
    for t in poisson(r, T0, T_END, 1500) + poisson(r, *jf_down, 60):
        reason = "Failed login attempt from user with incorrect Jellyfin credentials"
        if in_any(t, [jf_down]):
            L(
                t,
                "error",
                "Something went wrong while attempting to authenticate with Jellyfin",
                "Auth",
                "Something went wrong while attempting to authenticate with Jellyfin",
                '{"errorMessage":"connect EHOSTUNREACH 10.0.20.11:8096"}',
            )
        else:
            L(
                t,
                "warn",
                reason,
                "Auth",
                reason,
                f'{{"account":{{"ip":"{r.choice(["10.0.30.41", "10.0.30.57", "100.71.4.9"])}","email":"{r.choice(USERS)}","password":"__REDACTED__"}}}}',
            )
    # hourly media availability sync
    for h in range(6, 12):
        t = at(h, 0, 0.01)
        t = L(
            t,
            "info",
            "Starting scheduled job: %s",
            "Jobs",
            "Starting scheduled job: Media Availability Sync",
        )
        L(
            t + sec(r.uniform(20, 60)),
            "info",
            "Media availability sync complete",
            "Availability Sync",
            "Media availability sync complete",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------- lidarr and prowlarr


def nlog_ts(t: datetime) -> str:
    """Servarr's file layout: `${date:format=yyyy-MM-dd HH\\:mm\\:ss.f}`."""
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100_000}"


class Servarr:
    """One Servarr app's /config/logs/<app>.txt: `date|Level|Logger|message`, an exception after a
    blank line as `[vVERSION] Type: message`, its frames and a blank line."""

    def __init__(self, fs: Files, name: str, ver: str) -> None:
        self.fs, self.name, self.ver = fs, name, ver

    def __call__(
        self,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        lines = [msg]
        if exc:
            lines += ["", f"[v{self.ver}] " + exc[0], *exc[1:], ""]
        return self.fs.add(
            f"{self.name}.txt",
            t,
            label,
            lambda x: [f"{nlog_ts(x)}|{level}|{logger}|{lines[0]}", *lines[1:]],
            self.name,
            100_000,
        )

    def boot(self, t: datetime, app: str, port: int) -> datetime:
        L = self
        t = L(
            t,
            "Info",
            "Bootstrap",
            f"Starting {app} - %s - Version %s",
            f"Starting {app} - /app/{app.lower()}/bin/{app} - Version {self.ver}",
        )
        t = L(
            t + sec(0.2),
            "Info",
            "AppFolderInfo",
            "Data directory is being overridden to [%s]",
            "Data directory is being overridden to [/config]",
        )
        for db in [f"{app.lower()}.db", "logs.db"]:
            t = L(
                t + sec(0.5),
                "Info",
                "MigrationController",
                "*** Migrating %s ***",
                f"*** Migrating data source=/config/{db};cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100 ***",
            )
        t = L(
            t + sec(0.9),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Now listening on: %s",
            f"Now listening on: http://[::]:{port}",
        )
        t = L(
            t + sec(0.1),
            "Info",
            "CommandExecutor",
            "Starting %s threads for tasks.",
            "Starting 3 threads for tasks.",
        )
        return L(
            t + sec(0.1),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        )

    def stop(self, t: datetime) -> datetime:
        return self(
            t,
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Application is shutting down...",
            "Application is shutting down...",
        )


WORDS_A = [
    "Velvet",
    "Paper",
    "Iron",
    "Silver",
    "Northern",
    "Hollow",
    "Electric",
    "Crimson",
    "Quiet",
    "Golden",
    "Broken",
    "Neon",
    "Wild",
    "Glass",
    "Lunar",
    "Static",
]
WORDS_B = [
    "Orchards",
    "Lanterns",
    "Harbor",
    "Tides",
    "Foxes",
    "Parade",
    "Engines",
    "Saints",
    "Pilots",
    "Gardens",
    "Ghosts",
    "Rivers",
    "Kids",
    "Machines",
]
FIRST = [
    "Anna",
    "Lukas",
    "Maya",
    "Jonas",
    "Elif",
    "Oscar",
    "Ines",
    "Tom",
    "Sofia",
    "Nils",
    "Clara",
    "Emil",
]
LAST = [
    "Berg",
    "Novak",
    "Lindqvist",
    "Moreau",
    "Okafor",
    "Haddad",
    "Kowalski",
    "Sato",
    "Reyes",
    "Fischer",
    "Dahl",
]


def artists(r: random.Random, n: int) -> list[str]:
    names = {f"The {a} {b}" for a in WORDS_A for b in WORDS_B}
    names |= {f"{a} {b}" for a in WORDS_A for b in WORDS_B}
    names |= {f"{f} {la}" for f in FIRST for la in LAST}
    names |= {f"{f} & the {b}" for f in FIRST for b in WORDS_B}
    names |= {f"{a} {la}" for a in WORDS_A for la in LAST}
    out = sorted(names)
    r.shuffle(out)
    return out[:n]


HTTP_FRAMES = [
    "   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./{P}.Common/Http/HttpClient.cs:line 119",
    "   at NzbDrone.Common.Http.HttpClient.Get(HttpRequest request) in ./{P}.Common/Http/HttpClient.cs:line 340",
]


def lidarr(r: random.Random) -> list[Log]:
    """Lidarr 2.3 in Docker (/config/logs/lidarr.txt, Info): RSS syncs every 15 minutes through
    Prowlarr's Torznab/Newznab proxies, the library's 920 artists refreshed from 06:40 with
    api.lidarr.audio answering 503 06:52-07:04, a "Search All Missing" at 08:05 over 300 albums
    (an indexer rate-limiting part of it), qBittorrent unreachable 08:20-08:41, Lidarr updated and
    restarted at 10:50."""
    fs = Files()
    L = Servarr(fs, "lidarr", "2.3.3.4204")
    sky_down = (at(6, 52), at(7, 4))
    qb_down = (at(8, 20), at(8, 41))
    restart = at(10, 50)
    L.boot(at(6, 0, 4.2), "Lidarr", 8686)
    L.stop(restart)
    L.ver = "2.4.3.4248"
    L.boot(restart + sec(38), "Lidarr", 8686)
    indexers = [
        "NZBgeek (Prowlarr)",
        "DrunkenSlug (Prowlarr)",
        "RuTracker (Prowlarr)",
        "Orpheus (Prowlarr)",
    ]
    # RSS every 15 minutes
    for k in range(24):
        t = at(6, 7, 12) + sec(900 * k + r.uniform(0, 1))
        if abs((t - restart).total_seconds()) < 60:
            continue
        t = L(t, "Info", "RssSyncService", "Starting RSS Sync", "Starting RSS Sync")
        n = r.randint(140, 420)
        t = L(
            t + sec(r.uniform(3, 9)),
            "Info",
            "DownloadDecisionMaker",
            "Processing %s releases",
            f"Processing {n} releases",
        )
        g = 1 if r.random() < 0.15 else 0
        L(
            t + sec(r.uniform(2, 6)),
            "Info",
            "RssSyncService",
            "RSS Sync Completed. Reports found: %s, Reports grabbed: %s",
            f"RSS Sync Completed. Reports found: {n}, Reports grabbed: {g}",
        )
    # artist refresh
    t = at(6, 40, 0.3)
    for name in artists(r, 920):
        t += sec(r.uniform(0.05, 0.9))
        if r.random() < 0.28:
            t = L(
                t,
                "Info",
                "RefreshArtistService",
                "Updating Info for %s",
                f"Updating Info for {name}",
            )
            if in_any(t, [sky_down]):
                mbid = uuid4(r)
                url = f"https://api.lidarr.audio/api/v0.4/artist/{mbid}"
                t = L(
                    t + sec(r.uniform(0.2, 1.5)),
                    "Warn",
                    "HttpClient",
                    "HTTP Error - Res: HTTP/%s [%s] %s: %s (%s bytes)",
                    f"HTTP Error - Res: HTTP/2.0 [GET] {url}: 503.ServiceUnavailable (0 bytes)",
                )
                t = L(
                    t + sec(0.1),
                    "Error",
                    "RefreshArtistService",
                    "Couldn't refresh info for %s",
                    f"Couldn't refresh info for {name}",
                    [
                        f"NzbDrone.Common.Http.HttpException: HTTP request failed: [503:ServiceUnavailable] [GET] at [{url}]",
                        *[f.replace("{P}", "Lidarr") for f in HTTP_FRAMES],
                        "   at NzbDrone.Core.MetadataSource.SkyHook.SkyHookProxy.GetArtistInfo(String foreignArtistId, Int32 metadataProfileId) in ./Lidarr.Core/MetadataSource/SkyHook/SkyHookProxy.cs:line 98",
                        "   at NzbDrone.Core.Music.RefreshArtistService.GetSkyhookData(Artist artist) in ./Lidarr.Core/Music/RefreshArtistService.cs:line 84",
                    ],
                )
            else:
                t += sec(r.uniform(0.5, 3))
        else:
            t = L(
                t,
                "Info",
                "RefreshArtistService",
                "Skipping refresh of artist: %s",
                f"Skipping refresh of artist: {name}",
            )
    # search all missing
    t = at(8, 5, 3)
    names = artists(r, 300)
    albums = [
        "Live at the Roundhouse",
        "Second Nature",
        "Night Drives",
        "Greatest Hits",
        "Hollow Ground",
        "Northbound",
        "Songs for Winter",
        "Tape Loops",
        "Home Recordings",
    ]
    for i, name in enumerate(names):
        t += sec(r.uniform(1, 8))
        album = r.choice(albums)
        t = L(
            t,
            "Info",
            "AlbumSearchService",
            "Searching indexers for [%s]. %s active indexers",
            f"Searching indexers for [{name} - {album}]. 4 active indexers",
        )
        if 40 <= i < 70:
            url = f"http://prowlarr:9696/2/api?t=music&cat=3000,3010,3040&extended=1&apikey=(removed)&offset=0&limit=100&artist={name.replace(' ', '%20')}&album={album.replace(' ', '%20')}"
            t = L(
                t + sec(r.uniform(0.3, 1)),
                "Warn",
                "HttpClient",
                "HTTP Error - Res: HTTP/%s [%s] %s: %s (%s bytes)",
                f"HTTP Error - Res: HTTP/1.1 [GET] {url}: 429.TooManyRequests (72 bytes)",
            )
            t = L(
                t + sec(0.1),
                "Warn",
                "Torznab",
                "API Request Limit reached",
                "API Request Limit reached",
            )
        n = r.choice([0, 0, 0, 2, 5, 9, 14, 23])
        t = L(
            t + sec(r.uniform(1, 4)),
            "Info",
            "DownloadDecisionMaker",
            "Processing %s releases",
            f"Processing {n} releases",
        )
        got = 1 if n and r.random() < 0.4 else 0
        if got:
            idx = r.choice(indexers)
            rel = f"{name.replace(' ', '.')}-{album.replace(' ', '.')}-WEB-2024-FLAC"
            t = L(
                t + sec(0.3),
                "Info",
                "DownloadService",
                "Report sent to %s from indexer %s. %s",
                f"Report sent to qBittorrent from indexer {idx}. {rel}",
            )
        t = L(
            t + sec(0.05),
            "Info",
            "AlbumSearchService",
            "Album search completed. %s reports downloaded.",
            f"Album search completed. {got} reports downloaded.",
        )
    # download monitoring while qBittorrent is down
    t = qb_down[0] + sec(14.6)
    while t < qb_down[1]:
        L(
            t,
            "Warn",
            "DownloadMonitoringService",
            "Unable to retrieve queue and history items from %s",
            "Unable to retrieve queue and history items from qBittorrent",
            [
                "NzbDrone.Core.Download.Clients.DownloadClientUnavailableException: Failed to connect to qBittorrent, check your settings.",
                "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrentProxySelector.GetProxyType(QBittorrentSettings settings) in ./Lidarr.Core/Download/Clients/QBittorrent/QBittorrentProxySelector.cs:line 75",
                "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrent.GetItems() in ./Lidarr.Core/Download/Clients/QBittorrent/QBittorrent.cs:line 227",
                "   at NzbDrone.Core.Download.TrackedDownloads.DownloadMonitoringService.ProcessClientDownloads(IDownloadClient downloadClient) in ./Lidarr.Core/Download/TrackedDownloads/DownloadMonitoringService.cs:line 91",
            ],
        )
        t += sec(60 + r.uniform(0, 0.5))
    L(
        at(6, 30, 0.4),
        "Info",
        "HousekeepingService",
        "Running housecleaning tasks",
        "Running housecleaning tasks",
    )
    return fs.logs(T0)


PR_INDEXERS = [
    # name, implementation, base url, categories
    ("NZBgeek", "Newznab", "https://api.nzbgeek.info/api"),
    ("DrunkenSlug", "Newznab", "https://drunkenslug.com/api"),
    ("NZBFinder", "Newznab", "https://nzbfinder.ws/api"),
    ("1337x", "Cardigann", "https://1337x.to"),
    ("TorrentLeech", "TorrentLeech", "https://www.torrentleech.org"),
    ("RuTracker", "RuTracker", "https://rutracker.org"),
]
PR_APPS = [
    ("Sonarr", "10.0.20.15", "5000, 5030, 5040"),
    ("Radarr", "10.0.20.15", "2000, 2040, 2045"),
    ("Lidarr", "10.0.20.16", "3000, 3010, 3040"),
]


def prowlarr(r: random.Random) -> list[Log]:
    """Prowlarr 1.17 in Docker (/config/logs/prowlarr.txt, Info), six indexers serving Sonarr,
    Radarr and Lidarr: each app's RSS every 15 minutes on every indexer, their automatic
    searches, Lidarr's missing search 08:05-08:30, NZBgeek answering 503 07:10-07:35, 1337x
    behind Cloudflare from 08:40, DrunkenSlug's API limit 10:00-11:00, a Readarr left with an old
    API key (`Auth-Unauthorized` every 15 minutes), someone guessing the login at 09:02, Prowlarr
    restarted at 09:30 after a settings change."""
    fs = Files()
    L = Servarr(fs, "prowlarr", "1.17.2.4511")
    ng_down = (at(7, 10), at(7, 35))
    cf = (at(8, 40), T_END)
    ds_lim = (at(10, 0), at(11, 0))
    restart = at(9, 30)
    down = (restart, restart + sec(25))
    L.boot(at(6, 0, 3.1), "Prowlarr", 9696)
    L.stop(restart)
    L.boot(restart + sec(12), "Prowlarr", 9696)

    def search(t: datetime, app: tuple[str, str, str], idx: int, term: str) -> None:
        if in_any(t, [down]):
            return
        name, impl, base = PR_INDEXERS[idx]
        t = L(
            t,
            "Info",
            "ReleaseSearchService",
            "Searching indexer(s): [%s] for Term: [%s], Offset: %s, Limit: %s, Categories: [%s]",
            f"Searching indexer(s): [{name}] for Term: [{term}], Offset: 0, Limit: 100, Categories: [{app[2]}]",
        )
        q = (
            f"t=search&cat={app[2].replace(', ', ',')}&extended=1&apikey=(removed)&offset=0&limit=100"
            + (f"&q={term.replace(' ', '%20')}" if term else "")
        )
        if name == "NZBgeek" and in_any(t, [ng_down]):
            url = f"{base}?{q}"
            t = L(
                t + sec(r.uniform(0.5, 3)),
                "Warn",
                "HttpClient",
                "HTTP Error - Res: HTTP/%s [%s] %s: %s (%s bytes)",
                f"HTTP Error - Res: HTTP/1.1 [GET] {url}: 503.ServiceUnavailable (190 bytes)",
            )
            L(
                t + sec(0.05),
                "Warn",
                impl,
                "%s server is currently unavailable. %s HTTP request failed: [%s:%s] [%s] at [%s]",
                f"{name} server is currently unavailable. {url} HTTP request failed: [503:ServiceUnavailable] [GET] at [{url}]",
            )
        elif name == "1337x" and in_any(t, [cf]):
            url = (
                f"{base}/{'search/' + term.replace(' ', '+') + '/1/' if term else 'cat/Movies/1/'}"
            )
            L(
                t + sec(r.uniform(0.5, 2)),
                "Error",
                impl,
                "An error occurred while processing indexer feed. %s",
                f"An error occurred while processing indexer feed. {url}",
                [
                    "NzbDrone.Common.Http.CloudFlareProtectionException: Unable to access 1337x.to, blocked by CloudFlare Protection.",
                    "   at NzbDrone.Core.Indexers.IndexerHttpClient.ExecuteProxiedAsync(HttpRequest request, ProviderDefinition definition) in ./Prowlarr.Core/Indexers/IndexerHttpClient.cs:line 52",
                    "   at NzbDrone.Core.Indexers.HttpIndexerBase`1.ExecuteRequestAsync(IndexerRequest request) in ./Prowlarr.Core/Indexers/HttpIndexerBase.cs:line 609",
                    "   at NzbDrone.Core.Indexers.HttpIndexerBase`1.FetchPage(IndexerRequest request, IParseIndexerResponse parser) in ./Prowlarr.Core/Indexers/HttpIndexerBase.cs:line 525",
                    "   at NzbDrone.Core.Indexers.HttpIndexerBase`1.FetchReleases(Func`2 pageableRequestChainSelector, SearchCriteriaBase searchCriteria, Boolean isRecent) in ./Prowlarr.Core/Indexers/HttpIndexerBase.cs:line 363",
                ],
            )
        elif name == "DrunkenSlug" and in_any(t, [ds_lim]):
            L(
                t + sec(r.uniform(0.2, 0.8)),
                "Warn",
                impl,
                "API Request Limit reached for %s",
                f"API Request Limit reached for {name}",
            )

    for k in range(24):
        for app in PR_APPS:
            t0 = at(6, 7) + sec(900 * k + r.uniform(0, 300))
            for i in range(len(PR_INDEXERS)):
                search(t0 + sec(i * r.uniform(0.05, 0.4)), app, i, "")
    titles = [m.rsplit(" (", 1)[0] for m in MOVIES] + [
        s.rsplit(" (", 1)[0] + f" S0{r.randint(1, 3)}E0{r.randint(1, 9)}" for s in SHOWS
    ]
    for t in poisson(r, T0, T_END, 170):
        app = r.choice(PR_APPS[:2])
        term = r.choice(titles)
        for i in range(len(PR_INDEXERS)):
            search(t + sec(i * 0.02), app, i, term)
    t = at(8, 5, 3)
    for name in artists(random.Random(7), 160):
        t += sec(r.uniform(4, 11))
        for i in range(len(PR_INDEXERS)):
            search(t + sec(i * 0.03), PR_APPS[2], i, name)
    # a Readarr with an old API key, every 15 minutes on every indexer
    for k in range(24):
        t = at(6, 3, 40) + sec(900 * k)
        for i in range(6):
            if not in_any(t, [down]):
                t = L(
                    t + sec(0.1),
                    "Info",
                    "Auth",
                    "Auth-Unauthorized ip %s url '%s'",
                    f"Auth-Unauthorized ip 10.0.20.17 url '/{i + 1}/api'",
                )
    t = at(9, 2, 11)
    for _ in range(6):
        t = L(
            t + sec(r.uniform(2, 6)),
            "Warn",
            "Auth",
            "Auth-Failure ip %s username '%s'",
            f"Auth-Failure ip 100.84.21.7 username '{r.choice(['admin', 'admin', 'prowlarr', 'root'])}'",
        )
    for t in [at(6, 12, 40), at(9, 31, 5), at(11, 20, 2)]:
        L(
            t,
            "Info",
            "Auth",
            "Auth-Success ip %s username '%s'",
            "Auth-Success ip 10.0.30.41 username 'maria'",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- bazarr

BZ_PROVIDERS = ["opensubtitlescom", "podnapisi", "embeddedsubtitles"]
BZ_CLS = {
    "opensubtitlescom": "OpenSubtitlesComSubtitle",
    "podnapisi": "PodnapisiSubtitle",
    "embeddedsubtitles": "EmbeddedSubtitle",
}


def bazarr(r: random.Random) -> list[Log]:
    """Bazarr 1.4 in Docker (/config/log/bazarr.log, debug logging on): `%d/%m/%Y %H:%M:%S|LEVEL
    |logger padded to 32|message|`; APScheduler's jobs (Sonarr and Radarr syncs hourly, the
    missing-subtitles searches at 06:00/09:00 and 06:30/09:30), each wanted file searched on
    three providers (subliminal's `Listing subtitles with provider %r and languages %r`, `Found
    %d subtitle(s)`, `Downloading subtitle %r`, `Saving %r to %r`), Sonarr unreachable at the
    08:00 sync (a traceback), OpenSubtitles.com's daily download limit reached at 09:3x
    (throttled), Podnapisi timing out 10:20-10:40 (`Unexpected error in provider %r, Traceback:
    %s`), new episodes from Sonarr's SignalR feed searched as they import."""
    fs = Files()

    def L(
        t: datetime, level: str, name: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%d/%m/%Y %H:%M:%S}|{level:<8}|{name:<32}|"
            if more is None:
                return [head + msg + "|"]
            return [head + msg, *more]

        return fs.add("bazarr.log", t, label, text, "bazarr", 1_000_000)

    sonarr_down = (at(7, 58), at(8, 6))
    pod_down = (at(10, 20), at(10, 40))
    os_limit: list[datetime] = []
    L(
        at(6, 0, 1),
        "INFO",
        "root",
        "BAZARR is started and waiting for request on http://%s:%s",
        "BAZARR is started and waiting for request on http://0.0.0.0:6767",
    )
    L(
        at(6, 0, 3),
        "INFO",
        "root",
        "BAZARR SignalR client for %s is connected and waiting for events.",
        "BAZARR SignalR client for Sonarr is connected and waiting for events.",
    )
    L(
        at(6, 0, 4),
        "INFO",
        "root",
        "BAZARR SignalR client for %s is connected and waiting for events.",
        "BAZARR SignalR client for Radarr is connected and waiting for events.",
    )

    def job(t: datetime, name: str, trig: str, nxt: datetime) -> datetime:
        s = f"{name} (trigger: {trig}, next run at: {nxt:%Y-%m-%d %H:%M:%S} UTC)"
        return L(
            t,
            "INFO",
            "apscheduler.executors.default",
            'Running job "%s (trigger: %s, next run at: %s)" (scheduled at %s)',
            f'Running job "{s}" (scheduled at {t:%Y-%m-%d %H:%M:%S}+00:00)',
        )

    def done(t: datetime, name: str, trig: str, nxt: datetime) -> datetime:
        s = f"{name} (trigger: {trig}, next run at: {nxt:%Y-%m-%d %H:%M:%S} UTC)"
        return L(
            t,
            "INFO",
            "apscheduler.executors.default",
            'Job "%s (trigger: %s, next run at: %s)" executed successfully',
            f'Job "{s}" executed successfully',
        )

    def search(t: datetime, path: str) -> datetime:
        t = L(
            t,
            "DEBUG",
            "root",
            "BAZARR Searching subtitles for this file: %s",
            f"BAZARR Searching subtitles for this file: {path}",
        )
        got = None
        for p in BZ_PROVIDERS:
            if p == "opensubtitlescom" and os_limit and t >= os_limit[0]:
                t = L(
                    t,
                    "DEBUG",
                    "root",
                    "Not using %s until %s, because of: %s",
                    "Not using opensubtitlescom until 24/06/08 00:00, because of: DownloadLimitExceeded",
                )
                continue
            t = L(
                t,
                "INFO",
                "subliminal_patch.core",
                "Listing subtitles with provider %r and languages %r",
                f"Listing subtitles with provider '{p}' and languages {{<Language [en]>, <Language [de]>}}",
            )
            if p == "podnapisi" and in_any(t, [pod_down]):
                t = L(
                    t + sec(30),
                    "ERROR",
                    "subliminal_patch.core",
                    "Unexpected error in provider %r, Traceback: %s",
                    "Unexpected error in provider 'podnapisi', Traceback: Traceback (most recent call last):",
                    [
                        '  File "/app/bazarr/bin/bazarr/../libs/subliminal_patch/core.py", line 522, in list_subtitles_provider',
                        "    results = self[provider].list_subtitles(video, provider_languages)",
                        '  File "/app/bazarr/bin/bazarr/../libs/subliminal_patch/providers/podnapisi.py", line 293, in list_subtitles',
                        "    subtitles = [s for s in self.query(language, video.series, video.season, video.episode, video.year)]",
                        '  File "/app/bazarr/bin/bazarr/../libs/requests/adapters.py", line 532, in send',
                        "    raise ReadTimeout(e, request=request)",
                        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='www.podnapisi.net', port=443): Read timed out. (read timeout=30)",
                        "|",
                    ],
                )
                continue
            n = r.choice([0, 0, 0, 1, 2, 4, 7]) if p != "embeddedsubtitles" else r.choice([0, 0, 1])
            t = L(
                t + sec(r.uniform(0, 2)),
                "INFO",
                "subliminal_patch.core",
                "Found %d subtitle(s)",
                f"Found {n} subtitle(s)",
            )
            if n and got is None:
                got = p
        if got is None:
            return L(
                t,
                "INFO",
                "root",
                "BAZARR No Subtitles were found for this file: %s",
                f"BAZARR No Subtitles were found for this file: {path}",
            )
        sub = f"<{BZ_CLS[got]} {r.randint(1000000, 9999999)!r} [en]>"
        if got == "opensubtitlescom" and not os_limit and t >= at(9, 30):
            os_limit.append(t)
            return L(
                t,
                "INFO",
                "root",
                "Throttling %s for %s, until %s, because of: %s. Exception info: %r",
                "Throttling opensubtitlescom for 24 hours, until 24/06/08 00:00, because of: DownloadLimitExceeded. Exception info: 'Daily download limit reached'",
            )
        t = L(
            t,
            "INFO",
            "subliminal_patch.core",
            "Downloading subtitle %r",
            f"Downloading subtitle {sub}",
        )
        srt = path.rsplit(".", 1)[0] + ".en.srt"
        t = L(
            t + sec(r.uniform(0, 1)),
            "DEBUG",
            "subliminal_patch.core",
            "Saving %r to %r",
            f"Saving {sub} to '{srt}'",
        )
        return L(
            t,
            "DEBUG",
            "root",
            "BAZARR Subtitles file saved to disk: %s",
            f"BAZARR Subtitles file saved to disk: {srt}",
        )

    def ep_path(show: str) -> str:
        name = show.rsplit(" (", 1)[0]
        s, e = r.randint(1, 4), r.randint(1, 10)
        return f"/data/media/tv/{show}/Season {s:02d}/{name} - S{s:02d}E{e:02d} - Episode {e} [WEBDL-1080p][EAC3 5.1][h264]-NTb.mkv"

    def mv_path(movie: str) -> str:
        return f"/data/media/movies/{movie}/{movie} [Bluray-1080p][DTS 5.1][x264]-FGT.mkv"

    extra_shows = [
        "Severance (2022)",
        "Andor (2022)",
        "Blue Eye Samurai (2023)",
        "Mr. & Mrs. Smith (2024)",
        "True Detective (2014)",
        "The Gentlemen (2024)",
        "Ripley (2024)",
        "Bluey (2018)",
    ]
    extra_movies = [
        "Wonka (2023)",
        "Monkey Man (2024)",
        "Perfect Days (2023)",
        "Love Lies Bleeding (2024)",
        "The Fall Guy (2024)",
        "Dream Scenario (2023)",
        "Godzilla Minus One (2023)",
    ]
    for start, name, kind, count in [
        (at(6, 0, 10), "Search for Missing Series Subtitles", "tv", 72),
        (at(6, 30), "Search for Missing Movies Subtitles", "mv", 34),
        (at(9, 0), "Search for Missing Series Subtitles", "tv", 72),
        (at(9, 30), "Search for Missing Movies Subtitles", "mv", 34),
    ]:
        t = job(start, name, "interval[3:00:00]", start + sec(3 * 3600))
        for _ in range(count):
            t = search(
                t + sec(r.uniform(0, 3)),
                ep_path(r.choice(SHOWS + extra_shows))
                if kind == "tv"
                else mv_path(r.choice(MOVIES + extra_movies)),
            )
        done(t + sec(1), name, "interval[3:00:00]", start + sec(3 * 3600))
    for h in range(6, 12):
        for name, m in [("Sync with Sonarr", 0), ("Sync with Radarr", 5)]:
            t = at(h, m, 30)
            nxt = t + sec(3600)
            t = job(t, name, "interval[1:00:00]", nxt)
            if name == "Sync with Sonarr" and in_any(t, [sonarr_down]):
                t = L(
                    t + sec(r.uniform(3, 5)),
                    "ERROR",
                    "root",
                    "BAZARR Error trying to get series from Sonarr. Connection Error.",
                    "BAZARR Error trying to get series from Sonarr. Connection Error.|",
                    [
                        "Traceback (most recent call last):",
                        '  File "/app/bazarr/bin/bazarr/../libs/urllib3/connection.py", line 198, in _new_conn',
                        "    sock = connection.create_connection(",
                        "ConnectionRefusedError: [Errno 111] Connection refused",
                        "",
                        "During handling of the above exception, another exception occurred:",
                        "",
                        "Traceback (most recent call last):",
                        '  File "/app/bazarr/bin/bazarr/sonarr/info.py", line 91, in get_series_from_sonarr_api',
                        "    r = requests.get(url_sonarr_api_series, timeout=int(settings.sonarr.http_timeout), verify=False, headers=HEADERS)",
                        '  File "/app/bazarr/bin/bazarr/../libs/requests/adapters.py", line 519, in send',
                        "    raise ConnectionError(e, request=request)",
                        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='10.0.20.15', port=8989): Max retries exceeded with url: /api/v3/series (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2c8d1e3a90>: Failed to establish a new connection: [Errno 111] Connection refused'))",
                    ],
                )
            done(t + sec(r.uniform(4, 20)), name, "interval[1:00:00]", nxt)
    L(
        sonarr_down[0] + sec(2),
        "WARNING",
        "root",
        "BAZARR SignalR client for %s is now disconnected.",
        "BAZARR SignalR client for Sonarr is now disconnected.",
    )
    t = sonarr_down[0] + sec(32)
    while t < sonarr_down[1]:
        t = L(
            t,
            "ERROR",
            "root",
            "BAZARR cannot connect to %s SignalR feed. Reconnecting in %s seconds.",
            "BAZARR cannot connect to Sonarr SignalR feed. Reconnecting in 30 seconds.",
        ) + sec(30)
    L(
        sonarr_down[1] + sec(20),
        "INFO",
        "root",
        "BAZARR SignalR client for %s is connected and waiting for events.",
        "BAZARR SignalR client for Sonarr is connected and waiting for events.",
    )
    for t in poisson(r, T0, T_END, 600):
        show = r.choice(SHOWS + extra_shows)
        path = ep_path(show)
        t = L(
            t,
            "DEBUG",
            "root",
            "BAZARR Received event from %s: %s",
            f"BAZARR Received event from Sonarr: {r.choice(['episodefile updated', 'episode updated'])}",
        )
        search(t + sec(5), path)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- tautulli


def tautulli(r: random.Random) -> list[Log]:
    """Tautulli 2.14 in Docker (/config/logs/tautulli.log, verbose logging on): `%Y-%m-%d
    %H:%M:%S - LEVEL   :: thread : Tautulli Module :: message`; Home Assistant polling the API
    every 20 s (`get_activity`) and every minute (`get_home_stats`), Plex sessions started,
    paused, resumed and stopped through the websocket with Discord notifications, Plex Media
    Server updated 08:45-08:49 (the websocket's reconnection attempts, the API's requests
    refused), a notifier's template failing twice, Tautulli restarted at 11:00."""
    fs = Files()

    def L(
        t: datetime, level: str, thread: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S} - {level:<7} :: {thread} : {msg}", *(more or [])]

        return fs.add("tautulli.log", t, label, text, "tautulli", 1_000_000)

    plex_down = (at(8, 45, 12), at(8, 49, 40))
    restart = at(11, 0, 5)
    gone = (restart, restart + sec(14))

    def boot(t: datetime) -> datetime:
        t = L(t, "INFO", "MainThread", "Starting Tautulli %s", "Starting Tautulli v2.14.3")
        t = L(
            t,
            "INFO",
            "MainThread",
            "Tautulli WebStart :: Starting Tautulli web server on %s",
            "Tautulli WebStart :: Starting Tautulli web server on http://0.0.0.0:8181/",
        )
        t = L(
            t + sec(1),
            "INFO",
            "MainThread",
            "Tautulli WebSocket :: Opening %s websocket.",
            "Tautulli WebSocket :: Opening unsecured websocket.",
        )
        t = L(t, "INFO", "MainThread", "Tautulli WebSocket :: Ready", "Tautulli WebSocket :: Ready")
        t = L(
            t + sec(2),
            "INFO",
            "Thread-3",
            "Tautulli Users :: Requesting users list refresh...",
            "Tautulli Users :: Requesting users list refresh...",
        )
        t = L(
            t + sec(1),
            "INFO",
            "Thread-3",
            "Tautulli Users :: Users list refreshed.",
            "Tautulli Users :: Users list refreshed.",
        )
        t = L(
            t,
            "INFO",
            "Thread-4",
            "Tautulli Libraries :: Requesting libraries list refresh...",
            "Tautulli Libraries :: Requesting libraries list refresh...",
        )
        return L(
            t + sec(1),
            "INFO",
            "Thread-4",
            "Tautulli Libraries :: Libraries list refreshed.",
            "Tautulli Libraries :: Libraries list refreshed.",
        )

    boot(at(6, 0, 2))
    L(restart, "INFO", "MainThread", "Tautulli is shutting down...", "Tautulli is shutting down...")
    L(
        restart + sec(1),
        "INFO",
        "MainThread",
        "Tautulli is restarting...",
        "Tautulli is restarting...",
    )
    boot(gone[1])
    key = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
    polls = [(at(6, 0, 15) + sec(20 * k), "get_activity") for k in range(1080)] + [
        (at(6, 0, 41) + sec(60 * k), "get_home_stats") for k in range(360)
    ]
    for t, cmd in polls:
        if in_any(t, [gone]):
            continue
        th = f"CP Server Thread-{r.randint(1, 10)}"
        t = L(
            t + sec(r.uniform(0, 0.5)),
            "DEBUG",
            th,
            "Tautulli APIv2 :: API called with kwargs: %s",
            f"Tautulli APIv2 :: API called with kwargs: {{'apikey': '{key}', 'cmd': '{cmd}'}}",
        )
        if cmd == "get_activity" and in_any(t, [plex_down]):
            L(
                t,
                "ERROR",
                th,
                "Tautulli HTTP Handler :: Request raised exception: HTTPConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno %s] %s'))",
                f"Tautulli HTTP Handler :: Request raised exception: HTTPConnectionPool(host='10.0.20.11', port=32400): Max retries exceeded with url: /status/sessions (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f{hexid(r, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
            )
    # the Plex update
    t = L(
        plex_down[0],
        "WARNING",
        "Thread-1",
        "Tautulli WebSocket :: Connection has closed.",
        "Tautulli WebSocket :: Connection has closed.",
    )
    n = 0
    while t < plex_down[1]:
        n += 1
        t = L(
            t + sec(5),
            "WARNING",
            "Thread-1",
            "Tautulli WebSocket :: Reconnection attempt %s.",
            f"Tautulli WebSocket :: Reconnection attempt {n}.",
        )
        if n % 3 == 0:
            t = L(
                t,
                "WARNING",
                "Thread-1",
                "Tautulli WebSocket :: Unable to get a response from the server, Plex server is down.",
                "Tautulli WebSocket :: Unable to get a response from the server, Plex server is down.",
            )
    t = L(
        t + sec(5),
        "INFO",
        "Thread-1",
        "Tautulli WebSocket :: Opening %s websocket.",
        "Tautulli WebSocket :: Opening unsecured websocket.",
    )
    t = L(t, "INFO", "Thread-1", "Tautulli WebSocket :: Ready", "Tautulli WebSocket :: Ready")
    L(
        t + sec(1),
        "INFO",
        "Thread-1",
        "Tautulli Monitor :: The Plex Media Server is back up.",
        "Tautulli Monitor :: The Plex Media Server is back up.",
    )
    L(
        plex_down[0] + sec(65),
        "INFO",
        "Thread-2",
        "Tautulli Monitor :: The Plex Media Server is down.",
        "Tautulli Monitor :: The Plex Media Server is down.",
    )
    # sessions
    skey = 410
    fails = 0
    titles = MOVIES + [
        f"{s.rsplit(' (', 1)[0]} - S0{r.randint(1, 3)}E0{r.randint(1, 9)} - Episode" for s in SHOWS
    ]
    for t in poisson(r, T0, T_END, 230):
        if in_any(t, [gone, plex_down]):
            continue
        skey += 1
        uid, user = r.choice(
            [
                (1, "maria"),
                (2, "tomasz"),
                (3, "kids-room"),
                (4, "jonas.k"),
                (5, "lea"),
                (6, "grandpa"),
            ]
        )
        rk = r.randint(20000, 46000)
        title = r.choice(titles)
        th = f"Thread-{r.randint(5, 40)}"
        t = L(
            t,
            "INFO",
            th,
            "Tautulli ActivityHandler :: Session %s started by user %s (%s) with ratingKey %s (%s)%s.",
            f"Tautulli ActivityHandler :: Session {skey} started by user {uid} ({user}) with ratingKey {rk} ({title}).",
        )
        t = L(
            t + sec(1),
            "INFO",
            th,
            "Tautulli Notifiers :: %s notification sent.",
            "Tautulli Notifiers :: Discord notification sent.",
        )
        if fails < 2 and user == "kids-room":
            fails += 1
            L(
                t + sec(1),
                "ERROR",
                th,
                "Tautulli NotificationHandler :: Unable to parse custom notification text body: %s. Using fallback.",
                "Tautulli NotificationHandler :: Unable to parse custom notification text body: 'NoneType' object is not subscriptable. Using fallback.",
            )
        dur = r.uniform(600, 7200)
        te = t + sec(dur)
        if in_any(te, [gone]) or te >= T_END:
            continue
        for _ in range(r.choice([0, 0, 1, 2])):
            tp = t + sec(r.uniform(60, dur - 120))
            tp = L(
                tp,
                "INFO",
                th,
                "Tautulli ActivityHandler :: Session %s paused.",
                f"Tautulli ActivityHandler :: Session {skey} paused.",
            )
            L(
                tp + sec(r.uniform(20, 100)),
                "INFO",
                th,
                "Tautulli ActivityHandler :: Session %s resumed.",
                f"Tautulli ActivityHandler :: Session {skey} resumed.",
            )
        if r.random() < 0.2:
            tb = L(
                t + sec(r.uniform(30, dur - 60)),
                "INFO",
                th,
                "Tautulli ActivityHandler :: Session %s is buffering.",
                f"Tautulli ActivityHandler :: Session {skey} is buffering.",
            )
            L(
                tb + sec(1),
                "DEBUG",
                th,
                "Tautulli ActivityHandler :: Session %s buffer count is %s.",
                f"Tautulli ActivityHandler :: Session {skey} buffer count is {r.randint(1, 4)}.",
            )
        te = L(
            te,
            "INFO",
            th,
            "Tautulli ActivityHandler :: Session %s stopped.",
            f"Tautulli ActivityHandler :: Session {skey} stopped.",
        )
        te = L(
            te + sec(1),
            "DEBUG",
            th,
            "Tautulli ActivityProcessor :: Removing sessionKey %s ratingKey %s from session queue",
            f"Tautulli ActivityProcessor :: Removing sessionKey {skey} ratingKey {rk} from session queue",
        )
        te = L(
            te,
            "DEBUG",
            th,
            "Tautulli ActivityProcessor :: Writing sessionKey %s session_history transaction...",
            f"Tautulli ActivityProcessor :: Writing sessionKey {skey} session_history transaction...",
        )
        te = L(
            te + sec(1),
            "DEBUG",
            th,
            "Tautulli ActivityProcessor :: Successfully written history item, last id for session_history is %s",
            f"Tautulli ActivityProcessor :: Successfully written history item, last id for session_history is {20000 + skey}",
        )
        L(
            te + sec(1),
            "INFO",
            th,
            "Tautulli Notifiers :: %s notification sent.",
            "Tautulli Notifiers :: Discord notification sent.",
        )
    # an uncaught exception in a scheduled job
    L(
        at(10, 15, 3),
        "ERROR",
        "Thread-9",
        "Tautulli Scheduler :: Uncaught exception in job %s: %s",
        "Tautulli Scheduler :: Uncaught exception in job Check for Plex remote access: 'NoneType' object has no attribute 'get'",
        [
            "Traceback (most recent call last):",
            '  File "/app/tautulli/plexpy/__init__.py", line 504, in schedule_job',
            "    function(*args)",
            '  File "/app/tautulli/plexpy/activity_pinger.py", line 327, in check_server_access',
            "    server_response = pms_connect.get_server_response()",
            "AttributeError: 'NoneType' object has no attribute 'get'",
        ],
    )
    return fs.logs(T0)


SYSTEMS = {
    "jellyseerr": jellyseerr,
    "lidarr": lidarr,
    "prowlarr": prowlarr,
    "bazarr": bazarr,
    "tautulli": tautulli,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
