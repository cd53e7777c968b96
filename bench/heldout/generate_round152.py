#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 152 (readarr, jackett, ombi, photoprism, calibre-web) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: Readarr's tenths, Jackett's ten-thousandths, Ombi's
and Calibre-Web's milliseconds, PhotoPrism's and the Gevent access log's whole seconds). Five
programs of one home media and library server, 06:00 to 12:00 on 2024-06-07. None of the five
was in the set (Radarr, Sonarr, Lidarr, Prowlarr, Bazarr and Jellyseerr are, rounds 135 and 148).

- Readarr 0.3 (`ebooks-readarr.txt`, `audiobooks-readarr.txt`: two instances' Servarr NLog files,
  `2024-06-07 06:52:13.2|Error|RefreshAuthorService|Couldn't refresh info for ...`, an exception
  after a blank line with the version in brackets, `[v0.3.28.2554] NzbDrone.Common.Http.
  HttpException: ...`, and a blank line after its stack): RSS syncs every 15 minutes (`Starting RSS
  Sync`, `Processing %s releases`, `Report sent to %s from indexer %s. %s`, `RSS Sync Completed.
  Reports found: %s, Reports grabbed: %s`), the author refresh from 06:30 (`Skipping refresh of
  author: %s`, `Updating Info for %s`) with BookInfo answering 521 from 06:52 to 07:07 (`HTTP
  Error - Res: HTTP/%s [%s] %s: %s (%s bytes)` and `Couldn't refresh info for %s` with an
  HttpException), two completed downloads whose path is not mapped (`Import failed, path does not
  exist or is not accessible by Readarr: %s. ...` every minute until 08:00), a missing-book search
  over 220 books at 08:05 (`Searching indexers for [%s]. %s active indexers`, `Book search
  completed. %s reports downloaded.`, NZBgeek's `API Request Limit reached for %s` from 08:40),
  qBittorrent unreachable 09:10-09:32 (`Unable to retrieve queue and history items from %s` with
  a DownloadClientUnavailableException), an audiobook search at 09:40, UI logins (`Auth-Success`
  / `Auth-Failure ip %s username '%s'`), and the ebooks instance updated at 10:40 (`Downloading
  update %s`, `Verifying update package`, `Update package verified successfully`, `Preparing
  client`, `Application is shutting down...`, the start-up lines, `Running housecleaning tasks`).
- Jackett 0.22 (`log.txt`, the linuxserver image: its NLog layout `${longdate} ${level} ${message}
  ${onexception:inner=${newline}${newline}[v${assembly-version}] ${exception:format=ToString}
  ${newline}}`, so every line ends in a blank, and `logger.Error(ex)` writes the exception's
  ToString as the message and again after `[v0.22.1024.0] `): start-up at 06:00 after a host
  reboot (`Starting Jackett v%s`, `Environment version: %s (%s)`, `Running in Docker: Yes (image
  build: %s)`, `Using FlareSolverr: %s`, the Native and Cardigann indexers loaded, `Adding filter
  indexer ('%s' indexer) ...`, `Jackett startup finished in %s s`), the first update check an hour
  later (`Checking for updates... Jackett variant: %s`, `New release found. Current version: %s
  New version: %s`, `Jackett stopped`, the start-up again); Sonarr's, Radarr's, Lidarr's and
  Readarr's RSS polls of ten indexers every 15 minutes (`Torznab search in %s => Found %s
  releases [%sms]` and `... releases (from cache) [%sms]`), Sonarr's episode searches and a
  Radarr search of 140 missing movies from 07:30 (`Torznab search in %s for %s => Found %s
  releases [%sms]`); FlareSolverr down 08:10-08:40 (`Jackett.Common.IndexerException: Exception
  (%s): Error connecting to FlareSolverr server: ...` for 1337x and EZTV), TorrentGalaxy answering
  503 09:00-09:40 (`... Request to %s failed (Error %s) - The tracker seems to be down.`), 1337x
  timing out 10:20-10:35 (`... configured HttpClient.Timeout of %s seconds elapsing.`), two manual
  searches from the dashboard and a restart from the UI at 11:20.
- Ombi 4.43 (`log20240607.txt`: Serilog's file sink, `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}
  [{Level:u3}] {Message:lj}{NewLine}{Exception}`, at Debug with Microsoft and System at Warning):
  Quartz's scheduler thread (`Batch acquisition of %s triggers` every 30 seconds and before each
  fire, `Calling Execute on job %s`, `Trigger instruction : %s`), the Plex recently-added scan
  every 20 minutes (`Starting Plex Content Cacher Recently Added Scan`, `Got type '%s' to
  process`, `We already have movie %s` for each of the 40-50 recent movies, `Adding movie %s`,
  `Kicking off Plex Availability Checker`, `Finished Plex Content Cacher, with processed content:
  %s, episodes: %s. Recently Added Scan: %s`), Sonarr and Radarr syncs every 10 minutes, Radarr
  down 08:00-08:30 (`Failed caching queued items from Radarr` with an HttpRequestException),
  Plex restarting for an update at 09:45 (`StatusCode: %s, Reason: %s, RequestUri: %s`, then
  `Exception thrown when attempting to cache the Plex Content in server %s` with a
  JsonReaderException), the availability checker's `[PAC] - Movie request %s is now available,
  sending notification`, hourly watchlist imports, and Ombi restarted for its own update at
  11:00 (Quartz's shutdown and start-up lines, `Scheduler meta-data: ...` with its indented
  summary).
- PhotoPrism 240420, then 240531 (`photoprism.log`: `docker logs`, logrus's TextFormatter
  without a terminal, `time="2024-06-07T06:08:20Z" level=info msg="index: added main heic file
  'PhotoSync/iPhone Anna/IMG_4412.HEIC'"`, names with blanks in single quotes): three phones
  uploading over WebDAV in bursts (`webdav: PUT %s`, `webdav: MKCOL %s`), each burst auto-indexed
  five minutes later (`index: %s main %s file %s`, `index: %s related %s file %s` for a live
  photo's MOV, `convert: %s created in %s (%s)`, `index: updated %s [%s]`); a camera card of
  RAW+JPEG pairs indexed from the UI at 06:52 (`index: added main jpg file`, `index: added
  related raw file`, `index: %s to add main %s file %s` for three broken files), the container
  killed for memory at 07:31 (no line; the start-up lines) and the index run again at 07:40
  (`updated`, `purge: removed %s and %s`); the metadata worker every 15 minutes (`index: updated
  %s [%s]` for photos, `faces: found %s`, `index: merged %s`); Watchtower updating the image at
  09:15 (`shutting down...`, `config: successfully initialized [%s]`, `migrate: %s successful
  [%s]`, `webdav: shared %s`, `server: disabled tls`, `server: listening on %s [%s]`); the
  places service unresolvable 10:10-10:22 (`places: Get %q: dial tcp: lookup %s on %s: server
  misbehaving (http request)`); the originals volume full 11:05-11:12 (`webdav: write %s: no
  space left on device in PUT %s`).
- Calibre-Web 0.6.21 (`calibre-web.log`: `[%(asctime)s] %(levelname)5s {%(name)s:%(lineno)d}
  %(message)s` with WARNING named WARN; `access.log`: Gevent's `%s - - [%s] "%s" %s %s %s`): the
  container recreated at 06:00 (`Starting Calibre Web...`, `[Errno 97] Address family not
  supported by protocol` and `Unable to listen on "", trying on IPv4 only...` in a container
  without IPv6, `Starting Gevent server on %s`), three Kobo readers syncing (`Kobo library sync
  request received.`, `Kobo library metadata request received for book %s`, `Book %s not found in
  database`, and their requests: initialization, library/sync, metadata, kepub downloads, cover
  images, reading state), a 150-book shelf added to the Kobo sync at 07:10 and streamed on the
  next syncs, KOReader browsing OPDS through the reverse proxy (`GET /opds` 401 then 200,
  searches, downloads), readers in the web UI (`POST /login`, `GET /book/%s`, `POST /send/...`,
  the tasks page polling `/ajax/emailstat` every five seconds, `Book id %d - target format of %s
  does not exist. Moving forward with convert.`), a password-guessing run 08:40-08:58 (`Login
  failed for user "%s" IP-address: %s` with the client's address from X-Forwarded-For, the
  proxy's in the access log, two 404 probes), a restart from the admin page at 09:30 (`webserver
  stop (restart=%s)`, `Performing restart of Calibre-Web`), and the mail relay refusing
  10:00-10:25 (`[Errno 111] Connection refused`).

Label notes. NLog's date, level and logger (Readarr), Jackett's date and level, Serilog's time,
offset and level, logrus's time and level, Calibre-Web's time, level and `{module:line}`, and
the access line's client and time are context. The `[vX.Y.Z] ` exception text continues its event
(no label). An exception's text inside a message contributes its format (Jackett's IndexerException
with its inner message, Calibre-Web's `[Errno %d] Connection refused`, PhotoPrism's Go error).
Jackett's `(from cache)` and the `for %s` part are written by branch: four labels. Ombi's `[PAC] - `
is the call site's literal; the ids after a title (`Civil War - 41`) are in the value. PhotoPrism's
index result (`added`, `updated`, `failed`) and file type are enum values (variables); its WebDAV
line is a request record and is labelled by method as the set's access lines are. Access lines are
labelled by method, route and status; ids, tokens, uuids, search terms and a book's format in a
route are values. Names, titles, authors, release names, paths and durations are values.

Least sure (written from the helper's knowledge; Jackett's file layout, start-up, update and
Torznab lines, Ombi's Plex content sync, availability checker, Radarr sync, watchlist and Api
lines, PhotoPrism's WebDAV, index and `index: updated` lines and Calibre-Web's layout, server,
Kobo, login and mail lines were checked against copies of their sources): Readarr's class names
(BookSearchService, Newznab, InstallUpdateService's wording) and the BookInfo URL; Jackett's
`Loaded %s Native indexers: %s` / `Loading Cardigann indexers from: %s` wording, the TooManyRequests
/ site-down text and whether `logger.Error(ex)` repeats the ToString; Ombi's Quartz start-up and
shutdown wording and `RequestUri` in the Api line; PhotoPrism's `config: successfully
initialized`, `convert: %s created in %s (%s)`, `shutting down...` and the places error's wording;
Calibre-Web's line numbers and the convert line.
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


def every(start: datetime, period: float, end: datetime = T_END) -> list[datetime]:
    out, t = [], start
    while t < end:
        out.append(t)
        t += sec(period)
    return out


FIRST = [
    "Brandon",
    "Ursula",
    "Terry",
    "Naomi",
    "Adrian",
    "Martha",
    "Becky",
    "Ann",
    "Tade",
    "Emily",
    "Neal",
    "Robin",
    "Kazuo",
    "Mary",
    "Iain",
    "Octavia",
    "Lois",
    "Ted",
    "Susanna",
    "Joe",
    "Ken",
    "Jeff",
    "Nnedi",
    "Alice",
    "Arkady",
    "Django",
    "Richard",
    "Jo",
    "Sally",
    "Patrick",
    "Elizabeth",
    "Colleen",
    "Fredrik",
    "Jojo",
    "Hanya",
    "Min Jin",
    "Celeste",
    "Yaa",
    "Rebecca",
    "Leigh",
    "Alix",
    "Tasha",
    "Sarah",
    "Madeline",
    "John",
    "Andy",
    "Blake",
    "Dennis",
    "Pierce",
]
LAST = [
    "Sanderson",
    "Le Guin",
    "Pratchett",
    "Novik",
    "Tchaikovsky",
    "Wells",
    "Chambers",
    "Leckie",
    "Thompson",
    "St. John Mandel",
    "Stephenson",
    "Hobb",
    "Ishiguro",
    "Robinson",
    "Banks",
    "Butler",
    "Bujold",
    "Chiang",
    "Clarke",
    "Abercrombie",
    "Liu",
    "VanderMeer",
    "Okorafor",
    "Martine",
    "Wexler",
    "Morgan",
    "Walton",
    "Rooney",
    "Rothfuss",
    "Strout",
    "Hoover",
    "Backman",
    "Moyes",
    "Yanagihara",
    "Lee",
    "Ng",
    "Gyasi",
    "Yarros",
    "Bardugo",
    "Harrow",
    "Suri",
    "Maas",
    "Miller",
    "Scalzi",
    "Weir",
    "Crouch",
    "Lehane",
    "Brown",
    "de Bodard",
    "Kowal",
    "Jemisin",
    "Gaiman",
]
INITIALS = ["N. K.", "J. R. R.", "R. F.", "T. J.", "V. E.", "C. J.", "K. J.", "M. R.", "S. A."]
WORDS_A = [
    "The",
    "A",
    "Of",
    "Glass",
    "Iron",
    "Silent",
    "Last",
    "Hollow",
    "Burning",
    "Winter",
    "Salt",
    "Paper",
    "Broken",
    "Hidden",
    "Golden",
    "Quiet",
    "Tenth",
    "Wild",
    "Lost",
    "Sea",
]
WORDS_B = [
    "Kingdom",
    "Library",
    "Garden",
    "Tide",
    "Crown",
    "House",
    "Orchard",
    "Machine",
    "River",
    "City",
    "Witch",
    "Mirror",
    "Archive",
    "Lighthouse",
    "Empire",
    "Road",
    "Station",
    "Daughter",
    "Storm",
    "Harvest",
    "Night",
    "Sky",
    "Memory",
    "Circus",
]


def people(r: random.Random, n: int) -> list[str]:
    """Author names of a library: first and last names, initials, a few single-word pen names."""
    out: set[str] = set()
    while len(out) < n:
        k = r.random()
        if k < 0.12:
            out.add(f"{r.choice(INITIALS)} {r.choice(LAST)}")
        elif k < 0.18:
            out.add(f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}")
        else:
            out.add(f"{r.choice(FIRST)} {r.choice(LAST)}")
    lst = sorted(out)
    r.shuffle(lst)
    return lst


def title(r: random.Random) -> str:
    k = r.random()
    if k < 0.3:
        return f"The {r.choice(WORDS_A[3:])} {r.choice(WORDS_B)}"
    if k < 0.55:
        return f"{r.choice(WORDS_B)} of {r.choice(WORDS_A[3:])} {r.choice(WORDS_B)}"
    if k < 0.75:
        return f"A {r.choice(WORDS_B)} in the {r.choice(WORDS_B)}"
    if k < 0.9:
        return f"{r.choice(WORDS_A[3:])} {r.choice(WORDS_B)}"
    return f"The {r.choice(WORDS_B)} of {r.choice(WORDS_B)}s"


# ---------------------------------------------------------------------------------- readarr

RA_OLD, RA_NEW = "0.3.28.2554", "0.3.30.2576"


def nlog_ts(t: datetime) -> str:
    """Servarr's file layout: `yyyy-MM-dd HH:mm:ss.f` (tenths)."""
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100000}"


BOOKINFO_FRAMES = [
    "   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 119",
    "   at NzbDrone.Common.Http.HttpClient.Get(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 340",
    "   at NzbDrone.Core.MetadataSource.BookInfo.BookInfoProxy.PollAuthor(String foreignAuthorId) in ./Readarr.Core/MetadataSource/BookInfo/BookInfoProxy.cs:line 231",
    "   at NzbDrone.Core.MetadataSource.BookInfo.BookInfoProxy.GetAuthorInfo(String foreignAuthorId, Boolean useCache) in ./Readarr.Core/MetadataSource/BookInfo/BookInfoProxy.cs:line 87",
    "   at NzbDrone.Core.Books.RefreshAuthorService.GetSkyhookData(Author author) in ./Readarr.Core/Books/Services/RefreshAuthorService.cs:line 92",
]
QBIT_FRAMES = [
    " ---> System.Net.Http.HttpRequestException: Connection refused (qbittorrent:8080)",
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at NzbDrone.Common.Http.Dispatchers.ManagedHttpDispatcher.GetResponseAsync(HttpRequest request, CookieContainer cookies) in ./Readarr.Common/Http/Dispatchers/ManagedHttpDispatcher.cs:line 115",
    "   at NzbDrone.Common.Http.HttpClient.ExecuteRequestAsync(HttpRequest request, CookieContainer cookieContainer) in ./Readarr.Common/Http/HttpClient.cs:line 157",
    "   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 70",
    "   at NzbDrone.Common.Http.HttpClient.Execute(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 128",
    "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrentProxySelector.GetProxyType(QBittorrentSettings settings) in ./Readarr.Core/Download/Clients/QBittorrent/QBittorrentProxySelector.cs:line 75",
    "   --- End of inner exception stack trace ---",
    "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrentProxySelector.GetProxyType(QBittorrentSettings settings) in ./Readarr.Core/Download/Clients/QBittorrent/QBittorrentProxySelector.cs:line 79",
    "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrent.GetItems() in ./Readarr.Core/Download/Clients/QBittorrent/QBittorrent.cs:line 229",
    "   at NzbDrone.Core.Download.TrackedDownloads.DownloadMonitoringService.ProcessClientDownloads(IDownloadClient downloadClient) in ./Readarr.Core/Download/TrackedDownloads/DownloadMonitoringService.cs:line 91",
]
RA_INST = {
    # name: (authors, port, indexers, download clients, rss minute offset, release suffixes)
    "ebooks": (
        640,
        8787,
        ["NZBgeek (Prowlarr)", "DrunkenSlug (Prowlarr)", "MyAnonamouse (Prowlarr)"],
        ["SABnzbd", "qBittorrent"],
        3,
        ["(retail) (epub)", "[EPUB]", "(2019) (epub) [Retail]", "EPUB AZW3", "(mobi) (epub)"],
    ),
    "audiobooks": (
        260,
        8788,
        ["MyAnonamouse (Prowlarr)", "AudioBookBay (Prowlarr)"],
        ["qBittorrent"],
        7,
        ["[M4B] 64kbps", "(Unabridged) [M4B]", "MP3 128kbps", "[Audiobook] M4B"],
    ),
}


def readarr(r: random.Random) -> list[Log]:
    """Two Readarr instances (ebooks, audiobooks), 06:00 to 12:00: RSS syncs every 15 minutes, the
    author refresh from 06:30 with BookInfo answering 521 from 06:50 to 07:12, a stuck download
    whose path is not mapped (import failing every minute until 08:00), a missing-book search
    over 220 books at 08:05 (NZBgeek's API limit from 08:40), qBittorrent unreachable 09:10-09:32,
    an audiobook search at 09:40, and an update of the ebooks instance at 10:40."""
    fs = Files()
    ver = {"ebooks": RA_OLD, "audiobooks": RA_OLD}

    def R(
        inst: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{nlog_ts(x)}|{level}|{logger}|{msg}"
            if not exc:
                return [head]
            return [head, "", f"[v{ver[inst]}] {exc[0]}", *exc[1:], ""]

        return fs.add(f"{inst}-readarr.txt", t, label, text, inst, 100_000)

    authors = {k: people(r, v[0]) for k, v in RA_INST.items()}
    author_id = {a: r.randint(1000, 22_000_000) for k in authors for a in authors[k]}

    def release(inst: str, author: str, book: str) -> str:
        return f"{author} - {book} {r.choice(RA_INST[inst][5])}"

    def startup(inst: str, t: datetime) -> datetime:
        port = RA_INST[inst][1]
        t = R(
            inst,
            t,
            "Info",
            "Bootstrap",
            "Starting Readarr - %s - Version %s",
            f"Starting Readarr - /app/readarr/bin/Readarr - Version {ver[inst]}",
        )
        t = R(
            inst,
            t + sec(0.2),
            "Info",
            "AppFolderInfo",
            "Data directory is being overridden to [%s]",
            "Data directory is being overridden to [/config]",
        )
        for db in ["readarr.db", "logs.db"]:
            t = R(
                inst,
                t + sec(r.uniform(0.3, 0.6)),
                "Info",
                "MigrationController",
                "*** Migrating %s ***",
                f"*** Migrating data source=/config/{db};cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100 ***",
            )
        t = R(
            inst,
            t + sec(r.uniform(0.8, 1.4)),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Now listening on: %s",
            f"Now listening on: http://[::]:{port}",
        )
        return R(
            inst,
            t + sec(0.1),
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        )

    update_at = at(10, 40, 12.3)
    down = (update_at + sec(9), update_at + sec(48))

    def alive(inst: str, t: datetime) -> bool:
        return not (inst == "ebooks" and down[0] - sec(1) <= t < down[1] + sec(8))

    # RSS syncs
    for inst, (_n, _p, idx, clients, off, _s) in RA_INST.items():
        for t in every(at(6, off, r.uniform(1, 30)), 900):
            t += sec(r.uniform(0, 20))
            if not alive(inst, t):
                continue
            t = R(inst, t, "Info", "RssSyncService", "Starting RSS Sync", "Starting RSS Sync")
            n = r.randint(0, 40) * len(idx) + r.randint(0, 9)
            grabbed = 0
            if n:
                t = R(
                    inst,
                    t + sec(r.uniform(2, 9)),
                    "Info",
                    "DownloadDecisionMaker",
                    "Processing %s releases",
                    f"Processing {n} releases",
                )
                if r.random() < 0.12:
                    grabbed = 1
                    a = r.choice(authors[inst])
                    t = R(
                        inst,
                        t + sec(r.uniform(0.5, 2)),
                        "Info",
                        "DownloadService",
                        "Report sent to %s from indexer %s. %s",
                        f"Report sent to {r.choice(clients)} from indexer {r.choice(idx)}. {release(inst, a, title(r))}",
                    )
            R(
                inst,
                t + sec(r.uniform(0.2, 1.5)),
                "Info",
                "RssSyncService",
                "RSS Sync Completed. Reports found: %s, Reports grabbed: %s",
                f"RSS Sync Completed. Reports found: {n}, Reports grabbed: {grabbed}",
            )

    # the author refresh, BookInfo answering 521 from 06:50 to 07:12
    outage = (at(6, 52, 4), at(7, 7, 40))
    for inst, start, per in [("ebooks", at(6, 30, 2.4), 4.6), ("audiobooks", at(6, 45, 11.2), 4.1)]:
        t = start
        for a in authors[inst]:
            t += sec(r.uniform(0.3, per * 2) if r.random() < 0.7 else r.uniform(0.1, 0.4))
            due = r.random() < 0.28
            if not due:
                R(
                    inst,
                    t,
                    "Info",
                    "RefreshAuthorService",
                    "Skipping refresh of author: %s",
                    f"Skipping refresh of author: {a}",
                )
                continue
            if outage[0] <= t < outage[1]:
                url = f"https://api.bookinfo.club/v1/author/{author_id[a]}"
                t = R(
                    inst,
                    t + sec(r.uniform(0.4, 1.2)),
                    "Warn",
                    "HttpClient",
                    "HTTP Error - Res: HTTP/%s [%s] %s: %s (%s bytes)",
                    f"HTTP Error - Res: HTTP/2.0 [GET] {url}: 521.521 ({r.choice([0, 0, 7, 15])} bytes)",
                )
                t = R(
                    inst,
                    t + sec(0.1),
                    "Error",
                    "RefreshAuthorService",
                    "Couldn't refresh info for %s",
                    f"Couldn't refresh info for {a}",
                    [
                        f"NzbDrone.Common.Http.HttpException: HTTP request failed: [521:521] [GET] at [{url}]",
                        *BOOKINFO_FRAMES,
                    ],
                )
                continue
            R(
                inst,
                t,
                "Info",
                "RefreshAuthorService",
                "Updating Info for %s",
                f"Updating Info for {a}",
            )
            t += sec(r.uniform(1.5, 6))

    # a completed download whose path Readarr cannot see (no remote path mapping) until 08:00
    stuck = [
        "/downloads/complete/books/Becky Chambers - A Psalm for the Wild-Built (2021) (retail) (epub)",
        "/downloads/complete/books/Martha Wells - System Collapse (2023) [EPUB]",
    ]
    for t in every(at(6, 0, 41.7), 60, at(8, 0, 30)):
        for p in stuck:
            R(
                "ebooks",
                t + sec(r.uniform(0, 0.4)),
                "Warn",
                "CompletedDownloadService",
                "Import failed, path does not exist or is not accessible by Readarr: %s. Ensure the path exists and the user running Readarr has the correct permissions to access this file/folder",
                f"Import failed, path does not exist or is not accessible by Readarr: {p}. Ensure the path exists and the user running Readarr has the correct permissions to access this file/folder",
            )

    def search(inst: str, t: datetime, books: int, limited: tuple[datetime, datetime]) -> None:
        idx, clients = RA_INST[inst][2], RA_INST[inst][3]
        for _ in range(books):
            a = r.choice(authors[inst])
            b = title(r)
            t = R(
                inst,
                t + sec(r.uniform(2, 12)),
                "Info",
                "BookSearchService",
                "Searching indexers for [%s]. %s active indexers",
                f"Searching indexers for [{a} - {b}]. {len(idx)} active indexers",
            )
            if limited[0] <= t < limited[1] and "NZBgeek (Prowlarr)" in idx:
                t = R(
                    inst,
                    t + sec(r.uniform(0.5, 1.5)),
                    "Warn",
                    "Newznab",
                    "API Request Limit reached for %s",
                    "API Request Limit reached for NZBgeek (Prowlarr)",
                )
            n = r.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 20])
            t = R(
                inst,
                t + sec(r.uniform(1.5, 6)),
                "Info",
                "DownloadDecisionMaker",
                "Processing %s releases",
                f"Processing {n} releases",
            )
            got = 1 if n and r.random() < 0.35 else 0
            if got:
                t = R(
                    inst,
                    t + sec(r.uniform(0.3, 1.5)),
                    "Info",
                    "DownloadService",
                    "Report sent to %s from indexer %s. %s",
                    f"Report sent to {r.choice(clients)} from indexer {r.choice(idx)}. {release(inst, a, b)}",
                )
            t = R(
                inst,
                t + sec(0.1),
                "Info",
                "BookSearchService",
                "Book search completed. %s reports downloaded.",
                f"Book search completed. {got} reports downloaded.",
            )

    search("ebooks", at(8, 5, 12.8), 220, (at(8, 40), at(9, 40)))
    search("audiobooks", at(9, 40, 3.1), 40, (at(0, 0), at(0, 0)))

    # qBittorrent unreachable 09:10-09:32: the queue is polled every minute
    for inst in RA_INST:
        for t in every(at(9, 10, 17 + (9 if inst == "audiobooks" else 0)), 60, at(9, 32)):
            R(
                inst,
                t + sec(r.uniform(0, 0.5)),
                "Warn",
                "DownloadMonitoringService",
                "Unable to retrieve queue and history items from %s",
                "Unable to retrieve queue and history items from qBittorrent",
                [
                    "NzbDrone.Core.Download.Clients.DownloadClientUnavailableException: Failed to connect to qBittorrent, check your settings.",
                    *QBIT_FRAMES,
                ],
            )

    # logins to the UI
    for inst, t, ip, user, ok in [
        ("ebooks", at(7, 41, 9), "192.168.1.23", "admin", True),
        ("audiobooks", at(8, 2, 44), "192.168.1.23", "admin", True),
        ("ebooks", at(10, 21, 5), "10.8.0.6", "admin", False),
        ("ebooks", at(10, 21, 19), "10.8.0.6", "admin", False),
        ("ebooks", at(10, 21, 38), "10.8.0.6", "admin", True),
        ("ebooks", at(11, 5, 50), "192.168.1.41", "reader", True),
    ]:
        if ok:
            R(
                inst,
                t,
                "Info",
                "Auth",
                "Auth-Success ip %s username '%s'",
                f"Auth-Success ip {ip} username '{user}'",
            )
        else:
            R(
                inst,
                t,
                "Info",
                "Auth",
                "Auth-Failure ip %s username '%s'",
                f"Auth-Failure ip {ip} username '{user}'",
            )

    # the ebooks instance updated at 10:40
    t = R(
        "ebooks",
        update_at,
        "Info",
        "InstallUpdateService",
        "Downloading update %s",
        f"Downloading update {RA_NEW}",
    )
    t = R(
        "ebooks",
        t + sec(3.2),
        "Info",
        "InstallUpdateService",
        "Verifying update package",
        "Verifying update package",
    )
    t = R(
        "ebooks",
        t + sec(0.4),
        "Info",
        "InstallUpdateService",
        "Update package verified successfully",
        "Update package verified successfully",
    )
    t = R(
        "ebooks",
        t + sec(2.6),
        "Info",
        "InstallUpdateService",
        "Preparing client",
        "Preparing client",
    )
    R(
        "ebooks",
        down[0],
        "Info",
        "Microsoft.Hosting.Lifetime",
        "Application is shutting down...",
        "Application is shutting down...",
    )
    ver["ebooks"] = RA_NEW
    t = startup("ebooks", down[1])
    R(
        "ebooks",
        t + sec(r.uniform(20, 40)),
        "Info",
        "HousekeepingService",
        "Running housecleaning tasks",
        "Running housecleaning tasks",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- jackett

JK_OLD, JK_NEW = "0.22.1016", "0.22.1024"
JK_INDEXERS = {
    # id: (name, type, apps polling its RSS)
    "1337x": ("1337x", "public", ["sonarr", "radarr"]),
    "eztv": ("EZTV", "public", ["sonarr"]),
    "thepiratebay": ("The Pirate Bay", "public", ["sonarr", "radarr", "lidarr"]),
    "torrentgalaxy": ("TorrentGalaxyClone", "public", ["sonarr", "radarr"]),
    "limetorrents": ("LimeTorrents", "public", ["radarr"]),
    "nyaasi": ("Nyaa.si", "public", ["sonarr"]),
    "yts": ("YTS", "public", ["radarr"]),
    "iptorrents": ("IPTorrents", "private", ["sonarr", "radarr", "lidarr", "readarr"]),
    "torrentleech": ("TorrentLeech", "private", ["sonarr", "radarr"]),
    "myanonamouse": ("MyAnonamouse", "private", ["readarr"]),
}
JK_NATIVE = [
    "animebytes",
    "beyond-hd-api",
    "broadcasthenet",
    "morethantv-api",
    "passthepopcorn",
    "redacted",
]
JK_CARDIGANN = sorted(
    [
        "0magnet",
        "1337x",
        "3dtorrents",
        "acgrip",
        "aither-api",
        "alpharatio",
        "animetosho",
        "anidex",
        "anirena",
        "audiobookbay",
        "avistaz",
        "bangumi-moe",
        "bitsearch",
        "blutopia-api",
        "btdigg",
        "cinemaz",
        "digitalcore",
        "dontorrent",
        "ebookbay",
        "elitetorrent-wf",
        "eztv",
        "filelist",
        "gazellegames",
        "hdtorrents",
        "hdspace",
        "idope",
        "iptorrents",
        "kickasstorrents-to",
        "knaben",
        "limetorrents",
        "linuxtracker",
        "magnetcat",
        "magnetdownload",
        "myanonamouse",
        "nyaasi",
        "oxtorrent",
        "pctorrent",
        "privatehd",
        "rarbg",
        "rutor",
        "rutracker",
        "shanaproject",
        "showrss",
        "skidrowrepack",
        "solidtorrents",
        "subsplease",
        "thepiratebay",
        "tokyotosho",
        "torlock",
        "torrentday",
        "torrentdownload",
        "torrentgalaxy",
        "torrentleech",
        "torrentproject2",
        "torrentqq",
        "torrentz2eu",
        "uindex",
        "xthor-api",
        "yts",
        "zooqle",
    ]
)
SHOW_Q = [
    "The Bear S03",
    "House of the Dragon S02E01",
    "The Boys S04E03",
    "Bluey",
    "Shogun 2024 S01",
    "Fallout S01E08",
    "Hacks S03E05",
    "Doctor Who 2023 S01E06",
    "Sherlock S02",
    "Taskmaster S17E09",
    "The Acolyte S01E02",
    "Dark Matter 2024 S01E06",
    "Frieren S01E28",
    "Slow Horses S03",
]
MOVIE_Q = [
    "Dune Part Two 2024",
    "Civil War 2024",
    "Furiosa A Mad Max Saga 2024",
    "The Fall Guy 2024",
    "Challengers 2024",
    "Monkey Man 2024",
    "Kingdom of the Planet of the Apes 2024",
    "Godzilla x Kong The New Empire 2024",
    "Late Night with the Devil 2023",
    "Abigail 2024",
    "Problemista 2023",
    "The Zone of Interest 2023",
    "Perfect Days 2023",
    "Evil Does Not Exist 2023",
    "Hundreds of Beavers 2022",
    "Robot Dreams 2023",
    "The Beekeeper 2024",
    "Love Lies Bleeding 2024",
]
JK_FRAMES = {
    "flaresolverr": [
        " ---> FlareSolverrSharp.Exceptions.FlareSolverrException: Error connecting to FlareSolverr server: System.Net.Http.HttpRequestException: Connection refused (flaresolverr:8191)",
        " ---> System.Net.Sockets.SocketException (111): Connection refused",
        "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
        "   --- End of inner exception stack trace ---",
        "   at FlareSolverrSharp.Solvers.FlareSolverr.SendFlareSolverrRequest(HttpContent flareSolverrRequest)",
        "   at FlareSolverrSharp.Solvers.FlareSolverr.Solve(HttpRequestMessage request, String sessionId)",
        "   at FlareSolverrSharp.ClearanceHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)",
        "   at Jackett.Common.Utils.Clients.HttpWebClient2NetCore.Run(WebRequest webRequest) in ./Jackett.Common/Utils/Clients/HttpWebClient2NetCore.cs:line 178",
        "   at Jackett.Common.Utils.Clients.WebClient.GetResultAsync(WebRequest request) in ./Jackett.Common/Utils/Clients/WebClient.cs:line 186",
        "   at Jackett.Common.Indexers.BaseWebIndexer.RequestWithCookiesAsync(String url, String cookieOverride, RequestType method, String referer, IEnumerable`1 data, Dictionary`2 headers, String rawbody, Nullable`1 emulateBrowser) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 603",
        "   at Jackett.Common.Indexers.CardigannIndexer.PerformQuery(TorznabQuery query) in ./Jackett.Common/Indexers/CardigannIndexer.cs:line 1557",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 385",
        "   --- End of inner exception stack trace ---",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 406",
        "   at Jackett.Server.Controllers.ResultsController.Torznab(TorznabRequest request) in ./Jackett.Server/Controllers/ResultsController.cs:line 412",
    ],
    "down": [
        " ---> System.Exception: Request to {url} failed (Error ServiceUnavailable) - The tracker seems to be down.",
        "   at Jackett.Common.Indexers.BaseWebIndexer.CheckSiteDown(WebResult response) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 754",
        "   at Jackett.Common.Indexers.BaseWebIndexer.RequestWithCookiesAsync(String url, String cookieOverride, RequestType method, String referer, IEnumerable`1 data, Dictionary`2 headers, String rawbody, Nullable`1 emulateBrowser) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 607",
        "   at Jackett.Common.Indexers.CardigannIndexer.PerformQuery(TorznabQuery query) in ./Jackett.Common/Indexers/CardigannIndexer.cs:line 1557",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 385",
        "   --- End of inner exception stack trace ---",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 406",
        "   at Jackett.Server.Controllers.ResultsController.Torznab(TorznabRequest request) in ./Jackett.Server/Controllers/ResultsController.cs:line 412",
    ],
    "timeout": [
        " ---> System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
        " ---> System.TimeoutException: The operation was canceled.",
        " ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
        " ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.",
        " ---> System.Net.Sockets.SocketException (125): Operation canceled",
        "   --- End of inner exception stack trace ---",
        "   at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)",
        "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
        "   at Jackett.Common.Utils.Clients.HttpWebClient2NetCore.Run(WebRequest webRequest) in ./Jackett.Common/Utils/Clients/HttpWebClient2NetCore.cs:line 178",
        "   at Jackett.Common.Utils.Clients.WebClient.GetResultAsync(WebRequest request) in ./Jackett.Common/Utils/Clients/WebClient.cs:line 186",
        "   at Jackett.Common.Indexers.CardigannIndexer.PerformQuery(TorznabQuery query) in ./Jackett.Common/Indexers/CardigannIndexer.cs:line 1557",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 385",
        "   --- End of inner exception stack trace ---",
        "   at Jackett.Common.Indexers.BaseIndexer.ResultsForQuery(TorznabQuery query, Boolean isMetaIndexer) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 406",
        "   at Jackett.Server.Controllers.ResultsController.Torznab(TorznabRequest request) in ./Jackett.Server/Controllers/ResultsController.cs:line 412",
    ],
}
JK_ERRORS = {
    "flaresolverr": (
        "Jackett.Common.IndexerException: Exception (%s): Error connecting to FlareSolverr server: System.Net.Http.HttpRequestException: Connection refused (%s)",
        "Jackett.Common.IndexerException: Exception ({id}): Error connecting to FlareSolverr server: System.Net.Http.HttpRequestException: Connection refused (flaresolverr:8191)",
    ),
    "down": (
        "Jackett.Common.IndexerException: Exception (%s): Request to %s failed (Error %s) - The tracker seems to be down.",
        "Jackett.Common.IndexerException: Exception ({id}): Request to {url} failed (Error ServiceUnavailable) - The tracker seems to be down.",
    ),
    "timeout": (
        "Jackett.Common.IndexerException: Exception (%s): The request was canceled due to the configured HttpClient.Timeout of %s seconds elapsing.",
        "Jackett.Common.IndexerException: Exception ({id}): The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
    ),
}


def jackett(r: random.Random) -> list[Log]:
    """Jackett in Docker (linuxserver image), ten configured indexers polled by Sonarr, Radarr,
    Lidarr and Readarr, 06:00 to 12:00: started at 06:00 after a host reboot, updated at 07:00
    (the first update check, an hour after start), a Radarr search of 140 missing movies from
    07:30, FlareSolverr down 08:10-08:40 (1337x and EZTV, behind Cloudflare, fail), TorrentGalaxy
    answering 503 09:00-09:40, 1337x timing out 10:20-10:35, and a restart from the UI at
    11:20."""
    fs = Files()
    ver = [JK_OLD]

    def J(t: datetime, level: str, label: str, msg: str, exc: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d} {level} {msg}"
            if not exc:
                return [head + " "]
            # logger.Error(ex): the message is the exception's ToString(), then the layout's
            # `${onexception:inner=${newline}${newline}[v...] ${exception:format=ToString}${newline}}`
            return [
                head,
                *exc[:-1],
                exc[-1] + " ",
                "",
                f"[v{ver[0]}.0] {msg}",
                *exc,
                "",
            ]

        return fs.add("log.txt", t, label, text, "jackett", 100)

    def startup(t: datetime) -> datetime:
        steps: list[tuple[str, str]] = [
            ("Starting Jackett v%s", f"Starting Jackett v{ver[0]}"),
            ("Environment version: %s (%s)", "Environment version: 8.0.6 (/app/Jackett/)"),
            (
                "OS version: %s (64bit OS) (64bit process)",
                "OS version: Unix 6.1.0.21 (64bit OS) (64bit process)",
            ),
            ("Jackett variant: %s", "Jackett variant: CoreLinuxMuslAmdx64"),
            ("File %s: %s", "File /etc/issue: Welcome to Alpine Linux 3.20"),
            (
                "Running in Docker: Yes (image build: %s)",
                f"Running in Docker: Yes (image build: v{ver[0]}-ls{'431' if ver[0] == JK_OLD else '432'})",
            ),
            (
                "ThreadPool MaxThreads: %s workerThreads, %s completionPortThreads",
                "ThreadPool MaxThreads: 32767 workerThreads, 1000 completionPortThreads",
            ),
            ("App config/log directory: %s", "App config/log directory: /config/Jackett"),
            ("Using proxy: %s", "Using proxy: Disabled"),
            ("Using FlareSolverr: %s", "Using FlareSolverr: http://flaresolverr:8191"),
            ("Using HTTP Client: %s", "Using HTTP Client: HttpWebClient2NetCore"),
            ("Loading Native indexers ...", "Loading Native indexers ..."),
            (
                "Loaded %s Native indexers: %s",
                f"Loaded {len(JK_NATIVE)} Native indexers: {', '.join(JK_NATIVE)}",
            ),
            (
                "Loading Cardigann indexers from: %s",
                "Loading Cardigann indexers from: /config/cardigann/definitions/, /app/Jackett/Definitions",
            ),
            (
                "Loaded %s Cardigann indexers: %s",
                f"Loaded {len(JK_CARDIGANN)} Cardigann indexers: {', '.join(JK_CARDIGANN)}",
            ),
            (
                "Loaded %s indexers in total",
                f"Loaded {len(JK_NATIVE) + len(JK_CARDIGANN)} indexers in total",
            ),
            (
                "Adding aggregate indexer ('all' indexer) ...",
                "Adding aggregate indexer ('all' indexer) ...",
            ),
        ]
        for kind in ["public", "private", "semi-private"]:
            steps.append(
                (
                    "Adding filter indexer ('%s' indexer) ...",
                    f"Adding filter indexer ('type:{kind}' indexer) ...",
                )
            )
        for label, msg in steps:
            t = J(t + sec(r.uniform(0.002, 0.09)), "Info", label, msg)
        return J(
            t + sec(r.uniform(0.8, 1.6)),
            "Info",
            "Jackett startup finished in %s s",
            f"Jackett startup finished in {r.uniform(2.4, 3.9):.3f} s",
        )

    start1 = at(6, 0, 48.12)
    startup(start1)
    upd = start1 + sec(3600 + r.uniform(1, 3))
    t = J(
        upd,
        "Info",
        "Checking for updates... Jackett variant: %s",
        "Checking for updates... Jackett variant: CoreLinuxMuslAmdx64",
    )
    J(
        t + sec(0.6),
        "Info",
        "New release found. Current version: %s New version: %s",
        f"New release found. Current version: v{JK_OLD} New version: v{JK_NEW}",
    )
    up_end = upd + sec(r.uniform(8, 12))
    J(up_end, "Info", "Jackett stopped", "Jackett stopped")
    ver[0] = JK_NEW
    restart2 = at(11, 20, 31.4)
    down = [(upd, up_end + sec(6)), (restart2, restart2 + sec(7))]
    startup(up_end + sec(2.1))

    def torznab(t: datetime, idx: str, query: str, slow: float = 1.0) -> None:
        name = JK_INDEXERS[idx][0]
        if in_any(t, down):
            return
        fails = None
        if idx in ("1337x", "eztv") and at(8, 10) <= t < at(8, 40, 30):
            fails = "flaresolverr"
        elif idx == "torrentgalaxy" and at(9, 0) <= t < at(9, 40):
            fails = "down"
        elif idx == "1337x" and at(10, 20) <= t < at(10, 35):
            fails = "timeout"
        if fails:
            label, msg = JK_ERRORS[fails]
            url = (
                f"https://torrentgalaxy.to/torrents.php?search={query.replace(' ', '+')}&sort=id&order=desc"
                if query
                else "https://torrentgalaxy.to/torrents.php?sort=id&order=desc"
            )
            msg = msg.format(id=idx, url=url)
            frames = [f.format(url=url) for f in JK_FRAMES[fails]]
            delay = {
                "flaresolverr": r.uniform(0.02, 0.2),
                "down": r.uniform(0.3, 1.2),
                "timeout": 100 + r.uniform(0, 0.2),
            }[fails]
            J(t + sec(delay), "Error", label, msg, frames)
            return
        n = (
            r.choice([0, 1, 2, 4, 7, 12, 20, 33, 50, 75, 100])
            if query
            else r.choice([25, 50, 75, 100, 100, 100])
        )
        cached = not query and r.random() < 0.35
        ms = r.randint(0, 3) if cached else int(r.uniform(180, 2400) * slow)
        if query:
            if cached:
                label = "Torznab search in %s for %s => Found %s releases (from cache) [%sms]"
                msg = f"Torznab search in {name} for {query} => Found {n} releases (from cache) [{ms}ms]"
            else:
                label = "Torznab search in %s for %s => Found %s releases [%sms]"
                msg = f"Torznab search in {name} for {query} => Found {n} releases [{ms}ms]"
        elif cached:
            label = "Torznab search in %s => Found %s releases (from cache) [%sms]"
            msg = f"Torznab search in {name} => Found {n} releases (from cache) [{ms}ms]"
        else:
            label = "Torznab search in %s => Found %s releases [%sms]"
            msg = f"Torznab search in {name} => Found {n} releases [{ms}ms]"
        J(t + sec(ms / 1000), "Info", label, msg)

    # RSS polls: every app polls its indexers every 15 minutes
    offsets = {"sonarr": 2.0, "radarr": 5.5, "lidarr": 9.0, "readarr": 12.5}
    for idx, (_n, _k, apps) in JK_INDEXERS.items():
        for app in apps:
            for t in every(at(6, 0, offsets[app] * 60 + r.uniform(0, 40)), 900):
                torznab(t + sec(r.uniform(0, 25)), idx, "")
    # Sonarr's searches for aired episodes, Radarr's missing search from 07:30
    for t in poisson(r, T0, T_END, 95):
        q = r.choice(SHOW_Q)
        for idx, (_n, _k, apps) in JK_INDEXERS.items():
            if "sonarr" in apps and r.random() < 0.8:
                torznab(t + sec(r.uniform(0, 0.3)), idx, q)
    t = at(7, 30, 14.2)
    for _ in range(140):
        q = r.choice(MOVIE_Q)
        t += sec(r.uniform(6, 16))
        for idx, (_n, _k, apps) in JK_INDEXERS.items():
            if "radarr" in apps and r.random() < 0.85:
                torznab(t + sec(r.uniform(0, 0.4)), idx, q, 1.4)
    # a manual search from the dashboard
    for t, q in [(at(9, 12, 3.3), "Tiny Desk Concerts"), (at(10, 48, 40.1), "Bluey S03")]:
        names = ", ".join(sorted((v[0] for v in JK_INDEXERS.values()), key=str.lower))
        J(
            t,
            "Info",
            "Manual search in %s for %s => Found %s releases [%sms]",
            f"Manual search in {names} for {q} => Found {r.randint(20, 90)} releases [{r.randint(3000, 9000)}ms]",
        )
    # a restart from the UI at 11:20
    J(restart2, "Info", "Jackett stopped", "Jackett stopped")
    startup(restart2 + sec(4.3))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- ombi

OM_MOVIES = [
    "Dune: Part Two",
    "Oppenheimer",
    "Poor Things",
    "The Holdovers",
    "Anatomy of a Fall",
    "Past Lives",
    "Godzilla Minus One",
    "The Iron Claw",
    "Wonka",
    "Wish",
    "Migration",
    "Mean Girls",
    "Argylle",
    "Lisa Frankenstein",
    "Drive-Away Dolls",
    "Kung Fu Panda 4",
    "Ghostbusters: Frozen Empire",
    "Road House",
    "Late Night with the Devil",
    "Civil War",
    "Monkey Man",
    "Abigail",
    "Challengers",
    "The Fall Guy",
    "Kingdom of the Planet of the Apes",
    "IF",
    "Furiosa: A Mad Max Saga",
    "The Garfield Movie",
    "Bad Boys: Ride or Die",
    "Inside Out 2",
    "Perfect Days",
    "The Zone of Interest",
    "American Fiction",
    "Society of the Snow",
    "Saltburn",
    "Napoleon",
    "The Killer",
    "Killers of the Flower Moon",
    "Barbie",
    "Spider-Man: Across the Spider-Verse",
    "Asteroid City",
    "Talk to Me",
    "Nimona",
    "The Boy and the Heron",
    "May December",
    "Priscilla",
    "Ferrari",
    "The Color Purple",
    "Aquaman and the Lost Kingdom",
    "Rebel Moon - Part One: A Child of Fire",
    "Leave the World Behind",
    "Fallen Leaves",
    "Robot Dreams",
    "The Teachers' Lounge",
    "Io Capitano",
    "Evil Does Not Exist",
    "Hundreds of Beavers",
    "Love Lies Bleeding",
    "Arcadian",
    "Sasquatch Sunset",
    "Hit Man",
    "Atlas",
    "Tarot",
    "Unfrosted",
    "The Idea of You",
    "Boy Kills World",
    "Stress Positions",
]
OM_SHOWS = [
    "Shōgun",
    "Fallout",
    "The Bear",
    "Hacks",
    "Bluey",
    "Doctor Who",
    "The Boys",
    "Baby Reindeer",
]
OM_USERS = ["maria.k", "tomasz", "lea_w", "jonas", "nadia", "grandpa-joe"]
OM_FRAMES_RADARR = [
    "System.Net.Http.HttpRequestException: Connection refused (radarr:7878)",
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|277_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)",
    "   at System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.HttpConnectionWaiter`1.WaitForConnectionAsync(Boolean async, CancellationToken requestCancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)",
    "   at System.Net.Http.RedirectHandler.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at Polly.Retry.AsyncRetryEngine.ImplementationAsync[TResult](Func`3 action, Context context, CancellationToken cancellationToken, ExceptionPredicates shouldRetryExceptionPredicates, ResultPredicates`1 shouldRetryResultPredicates, Func`5 onRetryAsync, Int32 permittedRetryCount, IEnumerable`1 sleepDurationsEnumerable, Func`4 sleepDurationProvider, Boolean continueOnCapturedContext)",
    "   at Ombi.Api.Api.Request[T](Request request, CancellationToken cancellationToken) in /home/runner/work/Ombi/Ombi/src/Ombi.Api/Api.cs:line 41",
    "   at Ombi.Api.Radarr.RadarrV3Api.GetMovies(String apiKey, String baseUrl) in /home/runner/work/Ombi/Ombi/src/Ombi.Api.Radarr/RadarrV3Api.cs:line 56",
    "   at Ombi.Schedule.Jobs.Radarr.RadarrSync.Execute(IJobExecutionContext job) in /home/runner/work/Ombi/Ombi/src/Ombi.Schedule/Jobs/Radarr/RadarrSync.cs:line 47",
]
OM_FRAMES_PLEX = [
    "Newtonsoft.Json.JsonReaderException: Unexpected character encountered while parsing value: <. Path '', line 0, position 0.",
    "   at Newtonsoft.Json.JsonTextReader.ParseValue()",
    "   at Newtonsoft.Json.JsonReader.ReadForType(JsonContract contract, Boolean hasConverter)",
    "   at Newtonsoft.Json.Serialization.JsonSerializerInternalReader.Deserialize(JsonReader reader, Type objectType, Boolean checkAdditionalContent)",
    "   at Newtonsoft.Json.JsonSerializer.DeserializeInternal(JsonReader reader, Type objectType)",
    "   at Newtonsoft.Json.JsonConvert.DeserializeObject(String value, Type type, JsonSerializerSettings settings)",
    "   at Ombi.Api.Api.Request[T](Request request, CancellationToken cancellationToken) in /home/runner/work/Ombi/Ombi/src/Ombi.Api/Api.cs:line 64",
    "   at Ombi.Api.Plex.PlexApi.RecentlyAddedContent(String authToken, String uri, String sectionId) in /home/runner/work/Ombi/Ombi/src/Ombi.Api.Plex/PlexApi.cs:line 268",
    "   at Ombi.Schedule.Jobs.Plex.PlexContentSync.GetAllContent(PlexServers plexSettings, Boolean recentlyAddedSearch) in /home/runner/work/Ombi/Ombi/src/Ombi.Schedule/Jobs/Plex/PlexContentSync.cs:line 566",
    "   at Ombi.Schedule.Jobs.Plex.PlexContentSync.ProcessServer(PlexServers servers, Boolean recentlyAddedSearch) in /home/runner/work/Ombi/Ombi/src/Ombi.Schedule/Jobs/Plex/PlexContentSync.cs:line 166",
    "   at Ombi.Schedule.Jobs.Plex.PlexContentSync.StartTheCache(PlexSettings plexSettings, Boolean recentlyAddedSearch) in /home/runner/work/Ombi/Ombi/src/Ombi.Schedule/Jobs/Plex/PlexContentSync.cs:line 131",
]
OM_JOBS = [
    # Quartz job key, period (s), first run offset (s)
    ("Plex.IPlexContentSync", 1200, 300),
    ("DVR.ISonarrSync", 600, 120),
    ("DVR.IRadarrSync", 600, 180),
    ("Plex.IPlexWatchlistImport", 3600, 1500),
    ("System.IIssuesPurge", 3600, 2400),
    ("System.IResendFailedRequests", 1800, 900),
    ("Plex.IPlexUserImporter", 7200, 3300),
]


def ombi(r: random.Random) -> list[Log]:
    """Ombi 4.43 in Docker, Serilog's file sink at Debug (Microsoft and System at Warning),
    06:00 to 12:00: Quartz's scheduler thread acquiring triggers every 30 seconds, the Plex
    recently-added scan every 20 minutes (debug lines per movie already known), Sonarr and Radarr
    syncs every 10 minutes triggering the availability checker, Radarr down 08:00-08:30, Plex
    restarting for an update at 09:45 (an HTML page where JSON was expected), watchlist imports
    hourly, and Ombi restarted for its own update at 11:00."""
    fs = Files()

    def W(t: datetime, lvl: str, label: str, msg: str, exc: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} +00:00 [{lvl}] {msg}"
            return [head, *(exc or [])]

        return fs.add("log20240607.txt", t, label, text, "ombi", 1000)

    restart = at(11, 0, 21.6)
    back = restart + sec(38.4)

    def quartz_start(t: datetime) -> datetime:
        for label, msg in [
            (
                "Initialized Scheduler Signaller of type: %s",
                "Initialized Scheduler Signaller of type: Quartz.Core.SchedulerSignalerImpl",
            ),
            ("Quartz Scheduler v.%s created.", "Quartz Scheduler v.3.8.1.0 created."),
            ("RAMJobStore initialized.", "RAMJobStore initialized."),
        ]:
            t = W(t + sec(r.uniform(0.001, 0.01)), "INF", label, msg)
        t = W(
            t + sec(0.002),
            "INF",
            "Scheduler meta-data: Quartz Scheduler (v%s) '%s' with instanceId '%s'",
            "Scheduler meta-data: Quartz Scheduler (v3.8.1.0) 'QuartzScheduler' with instanceId 'NON_CLUSTERED'",
            [
                "  Scheduler class: 'Quartz.Core.QuartzScheduler' - running locally.",
                "  NOT STARTED.",
                "  Currently in standby mode.",
                "  Number of jobs executed: 0",
                "  Using thread pool 'Quartz.Simpl.DefaultThreadPool' - with 10 threads.",
                "  Using job-store 'Quartz.Simpl.RAMJobStore' - which does not support persistence. and is not clustered.",
            ],
        )
        t = W(
            t + sec(0.001),
            "INF",
            "Quartz scheduler '%s' initialized",
            "Quartz scheduler 'QuartzScheduler' initialized",
        )
        return W(
            t + sec(r.uniform(0.05, 0.3)),
            "INF",
            "Scheduler %s started.",
            "Scheduler QuartzScheduler_$_NON_CLUSTERED started.",
        )

    # the shutdown for the update at 11:00, and the start after it
    t = W(
        restart,
        "INF",
        "Scheduler %s shutting down.",
        "Scheduler QuartzScheduler_$_NON_CLUSTERED shutting down.",
    )
    t = W(
        t + sec(0.001),
        "INF",
        "Scheduler %s paused.",
        "Scheduler QuartzScheduler_$_NON_CLUSTERED paused.",
    )
    W(
        t + sec(0.02),
        "INF",
        "Scheduler %s Shutdown complete.",
        "Scheduler QuartzScheduler_$_NON_CLUSTERED Shutdown complete.",
    )
    quartz_start(back)

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < back + sec(2))

    fires: list[tuple[datetime, str]] = []
    for key, period, off in OM_JOBS:
        for t in every(T0 + sec(off), period):
            if up(t):
                fires.append((t + sec(r.uniform(0.001, 0.02)), key))
    fires.sort()
    # the scheduler thread: an acquisition before each fire, and every 30 s when idle
    acq: list[tuple[datetime, int]] = []
    i = 0
    t = T0 + sec(r.uniform(0, 30))
    while t < T_END:
        nxt = fires[i][0] if i < len(fires) else T_END
        if nxt <= t + sec(30):
            k = 0
            while i < len(fires) and fires[i][0] <= nxt + sec(0.5):
                k += 1
                i += 1
            acq.append((nxt - sec(r.uniform(0.001, 0.01)), k))
            t = nxt + sec(0.01)
        else:
            t += sec(30)
            acq.append((t, 0))
    for ta, k in acq:
        if up(ta):
            W(ta, "DBG", "Batch acquisition of %s triggers", f"Batch acquisition of {k} triggers")

    known = list(OM_MOVIES)
    r.shuffle(known)
    added: list[str] = []
    radarr_down = (at(8, 0, 10), at(8, 30, 40))
    plex_down = (at(9, 44, 30), at(9, 51, 0))
    pending = {
        "Civil War - 41": at(7, 5),
        "Furiosa: A Mad Max Saga - 57": at(8, 45),
        "Inside Out 2 - 63": at(10, 25),
    }

    def run(key: str, t: datetime) -> datetime:
        """Quartz's JobRunShell around one job, and the job's own lines."""
        t = W(t, "DBG", "Calling Execute on job %s", f"Calling Execute on job {key}")
        if key == "Plex.IPlexContentSync":
            t = W(
                t + sec(0.01),
                "INF",
                "Starting Plex Content Cacher Recently Added Scan",
                "Starting Plex Content Cacher Recently Added Scan",
            )
            t = W(
                t + sec(0.005),
                "INF",
                "Starting to cache the content on server %s",
                "Starting to cache the content on server Plex Media Server",
            )
            t = W(
                t + sec(0.002),
                "DBG",
                "Getting all content from server %s",
                "Getting all content from server Plex Media Server",
            )
            if plex_down[0] <= t < plex_down[1]:
                t = W(
                    t + sec(r.uniform(0.05, 0.2)),
                    "ERR",
                    "StatusCode: %s, Reason: %s, RequestUri: %s",
                    "StatusCode: ServiceUnavailable, Reason: Service Unavailable, RequestUri: http://plex:32400/library/sections/1/recentlyAdded?X-Plex-Container-Start=0&X-Plex-Container-Size=50",
                )
                t = W(
                    t + sec(0.01),
                    "WRN",
                    "Exception thrown when attempting to cache the Plex Content in server %s",
                    "Exception thrown when attempting to cache the Plex Content in server Plex Media Server",
                    OM_FRAMES_PLEX,
                )
                t = W(
                    t + sec(0.01),
                    "INF",
                    "Finished Plex Content Cacher, with processed content: %s, episodes: %s. Recently Added Scan: %s",
                    "Finished Plex Content Cacher, with processed content: 0, episodes: 0. Recently Added Scan: True",
                )
            else:
                new = []
                if r.random() < 0.3 and len(known) > 50:
                    new = [known.pop()]
                    added.append(new[0])
                shown = known[: r.randint(38, 50)] + new
                t = W(
                    t + sec(r.uniform(0.2, 0.6)),
                    "DBG",
                    "We found %s items",
                    f"We found {len(OM_SHOWS) + 1} items",
                )
                t = W(
                    t + sec(0.002), "DBG", "Got type '%s' to process", "Got type 'movie' to process"
                )
                t = W(t + sec(0.001), "DBG", "Processing Movies", "Processing Movies")
                for m in shown:
                    if m in new:
                        t = W(
                            t + sec(r.uniform(0.005, 0.03)),
                            "DBG",
                            "Adding movie %s",
                            f"Adding movie {m}",
                        )
                    else:
                        t = W(
                            t + sec(r.uniform(0.002, 0.02)),
                            "DBG",
                            "We already have movie %s",
                            f"We already have movie {m}",
                        )
                t = W(
                    t + sec(0.01),
                    "DBG",
                    "Got type '%s' to process",
                    "Got type 'episode' to process",
                )
                t = W(
                    t + sec(0.001),
                    "DBG",
                    "Found some episodes, this must be a recently added sync",
                    "Found some episodes, this must be a recently added sync",
                )
                eps = r.choice([0, 0, 1, 2, 3])
                t += sec(r.uniform(0.5, 2.5))
                if new or eps:
                    t = W(
                        t,
                        "INF",
                        "Kicking off Plex Availability Checker",
                        "Kicking off Plex Availability Checker",
                    )
                    fires_extra.append(
                        (t + sec(r.uniform(0.01, 0.05)), "Plex.IPlexAvailabilityChecker")
                    )
                t = W(
                    t + sec(0.01),
                    "INF",
                    "Finished Plex Content Cacher, with processed content: %s, episodes: %s. Recently Added Scan: %s",
                    f"Finished Plex Content Cacher, with processed content: {len(new)}, episodes: {eps}. Recently Added Scan: True",
                )
        elif key == "Plex.IPlexAvailabilityChecker":
            for req, when in list(pending.items()):
                if when <= t:
                    t = W(
                        t + sec(r.uniform(0.05, 0.3)),
                        "INF",
                        "[PAC] - Movie request %s is now available, sending notification",
                        f"[PAC] - Movie request {req} is now available, sending notification",
                    )
                    del pending[req]
            if r.random() < 0.3:
                t = W(
                    t + sec(r.uniform(0.05, 0.3)),
                    "INF",
                    "[PAC] - Child request %s is now available, sending notification",
                    f"[PAC] - Child request {r.choice(OM_SHOWS)} - {r.randint(12, 48)} is now available, sending notification",
                )
        elif key == "DVR.IRadarrSync":
            if radarr_down[0] <= t < radarr_down[1]:
                t = W(
                    t + sec(r.uniform(0.01, 0.04)),
                    "ERR",
                    "Failed caching queued items from Radarr",
                    "Failed caching queued items from Radarr",
                    OM_FRAMES_RADARR,
                )
            else:
                fires_extra.append((t + sec(r.uniform(0.5, 1.5)), "DVR.IArrAvailabilityChecker"))
        elif key == "DVR.ISonarrSync":
            fires_extra.append((t + sec(r.uniform(1.5, 3.5)), "DVR.IArrAvailabilityChecker"))
        elif key == "Plex.IPlexWatchlistImport":
            for u in r.sample(OM_USERS, r.choice([0, 1, 1, 2])):
                m = r.choice(OM_MOVIES)
                if r.random() < 0.3:
                    t = W(
                        t + sec(r.uniform(0.3, 1.2)),
                        "INF",
                        "Error adding title from PlexWatchlist for user '%s'. Message: 'You have exceeded your Movie request quota!'",
                        f"Error adding title from PlexWatchlist for user '{u}'. Message: 'You have exceeded your Movie request quota!'",
                    )
                else:
                    t = W(
                        t + sec(r.uniform(0.3, 1.2)),
                        "INF",
                        "Added title from PlexWatchlist for user '%s'. %s has been successfully added!",
                        f"Added title from PlexWatchlist for user '{u}'. {m} has been successfully added!",
                    )
        return W(
            t + sec(r.uniform(0.001, 0.01)),
            "DBG",
            "Trigger instruction : %s",
            "Trigger instruction : NoInstruction",
        )

    fires_extra: list[tuple[datetime, str]] = []
    for tf, key in fires:
        run(key, tf)
    for tf, key in sorted(fires_extra):
        if up(tf):
            # a job triggered now wakes the scheduler thread, which acquires its trigger
            W(
                tf - sec(0.004),
                "DBG",
                "Batch acquisition of %s triggers",
                "Batch acquisition of 1 triggers",
            )
            run(key, tf)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- photoprism


def go_dur(s: float, r: random.Random) -> str:
    """Go's time.Duration.String() of a measured duration (nanosecond digits)."""
    ns = int(s * 1e9) + r.randint(0, 999)
    if ns < 1_000_000:
        return f"{ns / 1000:.3f}".rstrip("0").rstrip(".") + "µs"
    if ns < 1_000_000_000:
        return f"{ns / 1e6:.6f}".rstrip("0").rstrip(".") + "ms"
    m, rest = divmod(ns, 60_000_000_000)
    v = f"{rest / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
    return f"{m}m{v}" if m else v


def pp_log(s: str) -> str:
    """PhotoPrism's clean.Log: a name with blanks in single quotes."""
    return f"'{s}'" if " " in s else s


def logfmt_msg(s: str) -> str:
    """logrus's TextFormatter quoting of the msg value."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


PP_PHONES = [
    # folder under originals, kind, first number
    ("PhotoSync/iPhone Anna", "iphone", 4411),
    ("PhotoSync/Pixel-Ben", "pixel", 0),
    ("PhotoSync/iPad Kids", "iphone", 1203),
]


def photoprism(r: random.Random) -> list[Log]:
    """PhotoPrism (240420, then 240531) in Docker with MariaDB, `docker logs` at the default info
    level, 06:00 to 12:00: three phones uploading over WebDAV through the morning (PhotoSync),
    each burst auto-indexed five minutes later; a camera card of RAW+JPEG pairs indexed from the
    UI at 06:52, the container killed for memory at 07:31 and the index run again at 07:40; the
    metadata worker every 15 minutes; Watchtower updating the image at 09:15 (two migrations);
    the places service unresolvable 10:10-10:22; the originals volume full 11:05-11:12."""
    fs = Files()

    def P(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "photoprism.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={logfmt_msg(msg)}'],
            "photoprism",
            1_000_000,
        )

    def startup(t: datetime, migrations: list[str]) -> datetime:
        t = P(
            t,
            "info",
            "config: successfully initialized [%s]",
            f"config: successfully initialized [{go_dur(r.uniform(0.02, 0.09), r)}]",
        )
        for m in migrations:
            t = P(
                t + sec(1),
                "info",
                "migrate: %s successful [%s]",
                f"migrate: {m} successful [{go_dur(r.uniform(0.02, 0.9), r)}]",
            )
        for share in ["/originals/", "/import/"]:
            t = P(
                t + sec(r.uniform(0.5, 2)), "info", "webdav: shared %s", f"webdav: shared {share}"
            )
        t = P(t, "info", "server: disabled tls", "server: disabled tls")
        return P(
            t,
            "info",
            "server: listening on %s [%s]",
            f"server: listening on 0.0.0.0:2342 [{go_dur(r.uniform(0.001, 0.004), r)}]",
        )

    oom = at(7, 31, 12)
    upd = at(9, 15, 40)
    down = [(oom, oom + sec(24)), (upd, upd + sec(41))]

    def up(t: datetime) -> bool:
        return not in_any(t, down)

    startup(oom + sec(14), [])
    P(upd, "info", "shutting down...", "shutting down...")
    startup(upd + sec(33), ["20240509-000001", "20240529-000001"])

    full = (at(11, 5, 10), at(11, 12, 40))
    places_out = (at(10, 10, 0), at(10, 22, 30))
    counter = {f: n for f, _k, n in PP_PHONES}
    index_runs: list[datetime] = []

    def index_uploads(t: datetime, items: list[tuple[str, str, bool]]) -> None:
        start = t
        done = 0
        for folder, name, live in items:
            t += sec(r.uniform(0.6, 2.8))
            kind = name.rsplit(".", 1)[1].lower()
            ftype = {"heic": "heic", "jpg": "jpg", "mov": "mov", "mp4": "mp4"}[kind]
            t = P(
                t,
                "info",
                "index: %s main %s file %s",
                f"index: added main {ftype} file {pp_log(folder + '/' + name)}",
            )
            if ftype == "heic" and r.random() < 0.5:
                t = P(
                    t,
                    "info",
                    "convert: %s created in %s (%s)",
                    f"convert: {name.rsplit('.', 1)[0]}.jpg created in {go_dur(r.uniform(0.3, 1.6), r)} (heif-convert)",
                )
            done += 1
            if live:
                mov = name.rsplit(".", 1)[0] + ".MOV"
                t = P(
                    t + sec(0.3),
                    "info",
                    "index: %s related %s file %s",
                    f"index: added related mov file {pp_log(folder + '/' + mov)}",
                )
                done += 1
            if in_any(t, [places_out]) and r.random() < 0.7:
                cell = "s2:" + hexid(r, 12)
                t = P(
                    t,
                    "error",
                    "places: Get %q: dial tcp: lookup %s on %s: server misbehaving (http request)",
                    f'places: Get "https://places.photoprism.app/v1/location/{cell}": dial tcp: lookup places.photoprism.app on 127.0.0.11:53: server misbehaving (http request)',
                )
        P(
            t + sec(0.5),
            "info",
            "index: updated %s [%s]",
            f"index: updated {done} file{'s' if done != 1 else ''} [{go_dur((t - start).total_seconds() + r.uniform(0.1, 0.9), r)}]",
        )

    # phone uploads in bursts (PhotoSync's auto-transfer on the home Wi-Fi)
    bursts = sorted([r.uniform(0, 6 * 3600 - 900) for _ in range(36)] + [5 * 3600 + 6 * 60 + 2.0])
    for b in bursts:
        t = T0 + sec(b)
        if not up(t) or not up(t + sec(120)):
            continue
        folder, kind, _n = r.choice(PP_PHONES)
        n = r.choice([1, 2, 3, 4, 6, 8, 12, 15, 22])
        items = []
        if r.random() < 0.1:
            t = P(
                t,
                "info",
                "webdav: MKCOL %s",
                f"webdav: MKCOL /originals/{folder.replace(' ', '%20')}/",
            )
        for _ in range(n):
            counter[folder] += r.randint(1, 3)
            if kind == "iphone":
                name = f"IMG_{counter[folder]:04d}." + ("MOV" if r.random() < 0.08 else "HEIC")
            else:
                ts = t + sec(r.uniform(-3600, 0))
                name = f"PXL_{ts:%Y%m%d_%H%M%S}{r.randint(100, 999)}." + (
                    "mp4" if r.random() < 0.08 else "jpg"
                )
            live = kind == "iphone" and name.endswith("HEIC") and r.random() < 0.45
            files = [name] + ([name.rsplit(".", 1)[0] + ".MOV"] if live else [])
            ok = True
            for f in files:
                t += sec(r.uniform(1.2, 6))
                url = f"/originals/{folder.replace(' ', '%20')}/{f}"
                if full[0] <= t < full[1]:
                    t = P(
                        t,
                        "error",
                        "webdav: write %s: no space left on device in PUT %s",
                        f"webdav: write /photoprism/originals/{folder}/{f}: no space left on device in PUT {url}",
                    )
                    ok = False
                else:
                    t = P(t, "info", "webdav: PUT %s", f"webdav: PUT {url}")
            if ok:
                items.append((folder, name, live))
        if items:
            ti = t + sec(300 + r.uniform(0, 10))
            if not any(t <= a < ti + sec(180) for a, _b in down):
                index_runs.append(ti)
                index_uploads(ti, items)

    # the camera card: RAW+JPEG pairs indexed from the UI
    card = [f"DSC_{4100 + i:04d}" for i in range(0, 760) if r.random() < 0.78]
    broken = set(r.sample(card, 3))
    t = at(6, 52, 31)
    i = 0
    while i < len(card) and t < oom:
        name = card[i]
        t += sec(r.uniform(2.2, 4.8))
        if t >= oom:
            break
        path = f"2024/Lisbon Trip/{name}.JPG"
        if name in broken:
            t = P(
                t,
                "error",
                "index: %s to add main %s file %s",
                f"index: failed to add main jpg file {pp_log(path)}",
            )
        else:
            t = P(
                t, "info", "index: %s main %s file %s", f"index: added main jpg file {pp_log(path)}"
            )
            t = P(
                t + sec(0.4),
                "info",
                "index: %s related %s file %s",
                f"index: added related raw file {pp_log(f'2024/Lisbon Trip/{name}.NEF')}",
            )
        i += 1
    t = at(7, 40, 7)
    start2 = t
    done2 = 0
    # the last pairs before the kill are indexed again (their index entries were never saved)
    for name in card[max(0, i - 6) :]:
        t += sec(r.uniform(2.2, 4.8))
        path = f"2024/Lisbon Trip/{name}.JPG"
        if name in broken:
            t = P(
                t,
                "error",
                "index: %s to add main %s file %s",
                f"index: failed to add main jpg file {pp_log(path)}",
            )
            continue
        status = "updated" if card.index(name) < i else "added"
        t = P(
            t, "info", "index: %s main %s file %s", f"index: {status} main jpg file {pp_log(path)}"
        )
        t = P(
            t + sec(0.4),
            "info",
            "index: %s related %s file %s",
            f"index: {status} related raw file {pp_log(f'2024/Lisbon Trip/{name}.NEF')}",
        )
        done2 += 2
    t = P(
        t + sec(1),
        "info",
        "index: updated %s [%s]",
        f"index: updated {done2} files [{go_dur((t - start2).total_seconds() + 0.7, r)}]",
    )
    t = P(t + sec(2), "info", "purge: removed %s and %s", "purge: removed 6 files and 3 photos")
    index_runs.append(start2)

    # the metadata worker every 15 minutes
    for tw in every(at(6, 4, 18), 900):
        if not up(tw) or not up(tw + sec(30)):
            continue
        recent = [x for x in index_runs if tw - sec(900) <= x < tw]
        if not recent and r.random() < 0.8:
            continue
        n = r.randint(3, 40) if recent else r.randint(1, 4)
        t = P(
            tw + sec(r.uniform(5, 40)),
            "info",
            "index: updated %s [%s]",
            f"index: updated {n} photo{'s' if n != 1 else ''} [{go_dur(r.uniform(0.5, 9), r)}]",
        )
        if recent and r.random() < 0.25:
            t = P(
                t + sec(1),
                "info",
                "index: merged %s",
                f"index: merged p{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))}",
            )
        if recent:
            P(
                t + sec(r.uniform(2, 8)),
                "info",
                "faces: found %s",
                f"faces: found {r.randint(2, 30)} unmatched markers",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ calibre-web

CW_KOBOS = {
    # device: (client address, token)
    "libra2-maria": ("192.168.1.61", "4c1f0b9d2e7a4e21b8f3c6d5a9e08b17"),
    "clara-tomasz": ("192.168.1.64", "9e2d7f1a3b5c4d6e8f0a1b2c3d4e5f60"),
    "sage-lea": ("192.168.1.72", "07b3e9a1c5d24f6881a9e2b4c6d8f0a2"),
}
CW_PROXY = "172.19.0.3"
CW_SCANNER = "45.148.10.174"


def calibre_web(r: random.Random) -> list[Log]:
    """Calibre-Web 0.6.21 (linuxserver image, Gevent, INFO, access log on), 06:00 to 12:00:
    started at 06:00 after the container was recreated (no IPv6 in the container: the listener
    falls back to IPv4), three Kobo readers syncing through the morning (a 150-book shelf added to
    the sync at 07:10, streamed on the next syncs), KOReader on two phones browsing OPDS through
    the reverse proxy, readers in the web UI, a password-guessing run on /login 08:40-08:58, a
    restart from the admin page at 09:30, and the mail relay refusing 10:00-10:25 while books are
    sent to e-readers."""
    fs = Files()

    def C(t: datetime, level: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "calibre-web.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] {level:>5} {{{where}}} {msg}"
            ],
            "cw",
            1000,
        )

    def A(
        t: datetime, client: str, method: str, route: str, path: str, status: int, size: int
    ) -> datetime:
        label = f'%s - - [%s] "{method} {route} HTTP/1.1" {status} %s %s'
        return fs.add(
            "access.log",
            t,
            label,
            lambda x: [
                f'{client} - - [{x:%Y-%m-%d %H:%M:%S}] "{method} {path} HTTP/1.1" {status} {size} {r.uniform(0.002, 0.4):.6f}'
            ],
            "cw-access",
            1_000_000,
        )

    restart = at(9, 30, 44.3)
    back = restart + sec(6.2)
    down = [(restart - sec(1), back + sec(3))]

    def up(t: datetime) -> bool:
        return not in_any(t, down)

    def startup(t: datetime) -> datetime:
        t = C(t, "INFO", "cps:185", "Starting Calibre Web...", "Starting Calibre Web...")
        t = C(
            t + sec(r.uniform(0.3, 0.9)),
            "ERROR",
            "cps.server:205",
            "[Errno %d] Address family not supported by protocol",
            "[Errno 97] Address family not supported by protocol",
        )
        t = C(
            t + sec(0.001),
            "WARN",
            "cps.server:206",
            'Unable to listen on "", trying on IPv4 only...',
            'Unable to listen on "", trying on IPv4 only...',
        )
        return C(
            t + sec(0.002),
            "INFO",
            "cps.server:231",
            "Starting Gevent server on %s",
            "Starting Gevent server on :8083",
        )

    startup(at(6, 0, 3.4))
    t = C(
        restart,
        "INFO",
        "cps.server:297",
        "webserver stop (restart=%s)",
        "webserver stop (restart=True)",
    )
    C(
        t + sec(0.4),
        "INFO",
        "cps.server:277",
        "Performing restart of Calibre-Web",
        "Performing restart of Calibre-Web",
    )
    startup(back)

    books = list(range(12, 1840))
    uuids: dict[int, str] = {}

    def uid(b: int) -> str:
        if b not in uuids:
            uuids[b] = uuid4(r)
        return uuids[b]

    # Kobo syncs
    shelf = r.sample(books, 150)
    pending = {k: [] for k in CW_KOBOS}
    shelf_added = at(7, 10, 12)
    for dev, (ip, tok) in CW_KOBOS.items():
        for ts in sorted(r.uniform(0, 6 * 3600) for _ in range(r.randint(20, 28))):
            t = T0 + sec(ts)
            if not up(t):
                continue
            if dev == "libra2-maria" and shelf and t >= shelf_added:
                pending[dev], shelf = shelf[:60], shelf[60:]
            elif not pending[dev] and r.random() < 0.15:
                pending[dev] = [r.choice(books)]
            t = A(
                t,
                ip,
                "GET",
                "/kobo/%s/v1/initialization",
                f"/kobo/{tok}/v1/initialization",
                200,
                r.randint(8900, 9100),
            )
            t = A(
                t + sec(r.uniform(0.5, 2)),
                ip,
                "GET",
                "/kobo/%s/v1/library/sync",
                f"/kobo/{tok}/v1/library/sync",
                200,
                r.randint(40, 90000),
            )
            C(
                t,
                "INFO",
                "cps.kobo:147",
                "Kobo library sync request received.",
                "Kobo library sync request received.",
            )
            batch, pending[dev] = pending[dev][:100], pending[dev][100:]
            for b in batch:
                u = uid(b)
                t = A(
                    t + sec(r.uniform(0.8, 2.5)),
                    ip,
                    "GET",
                    "/kobo/%s/v1/library/%s/metadata",
                    f"/kobo/{tok}/v1/library/{u}/metadata",
                    200,
                    r.randint(1800, 5200),
                )
                C(
                    t,
                    "INFO",
                    "cps.kobo:445",
                    "Kobo library metadata request received for book %s",
                    f"Kobo library metadata request received for book {u}",
                )
                t = A(
                    t + sec(r.uniform(0.8, 2)),
                    ip,
                    "GET",
                    "/kobo/%s/download/%s/kepub",
                    f"/kobo/{tok}/download/{b}/kepub",
                    200,
                    r.randint(300_000, 4_000_000),
                )
                t = A(
                    t + sec(r.uniform(0.8, 2)),
                    ip,
                    "GET",
                    "/kobo/%s/%s/%s/%s/%s/image.jpg",
                    f"/kobo/{tok}/{u}/{r.choice([149, 355])}/{r.choice([223, 530])}/false/image.jpg",
                    200,
                    r.randint(9000, 60000),
                )
            if r.random() < 0.12:
                gone = uuid4(r)
                t = A(
                    t + sec(1),
                    ip,
                    "GET",
                    "/kobo/%s/v1/library/%s/metadata",
                    f"/kobo/{tok}/v1/library/{gone}/metadata",
                    200,
                    2,
                )
                C(
                    t,
                    "INFO",
                    "cps.kobo:445",
                    "Kobo library metadata request received for book %s",
                    f"Kobo library metadata request received for book {gone}",
                )
                C(
                    t + sec(0.004),
                    "INFO",
                    "cps.kobo:448",
                    "Book %s not found in database",
                    f"Book {gone} not found in database",
                )
            for _ in range(r.choice([0, 1, 1, 2])):
                u = uid(r.choice(books[:200]))
                t = A(
                    t + sec(r.uniform(1, 4)),
                    ip,
                    "PUT",
                    "/kobo/%s/v1/library/%s/state",
                    f"/kobo/{tok}/v1/library/{u}/state",
                    200,
                    r.randint(180, 260),
                )

    # KOReader over OPDS through the reverse proxy
    terms = [
        "pratchett",
        "le guin",
        "dune",
        "murderbot",
        "piranesi",
        "discworld",
        "hobb",
        "sanderson",
        "tolkien",
        "chambers",
    ]
    for ts in sorted(r.uniform(0, 6 * 3600) for _ in range(40)):
        t = T0 + sec(ts)
        if not up(t):
            continue
        t = A(t, CW_PROXY, "GET", "/opds", "/opds", 401, 19)
        t = A(t + sec(1), CW_PROXY, "GET", "/opds", "/opds", 200, r.randint(2900, 3200))
        for _ in range(r.randint(1, 4)):
            q = r.choice(terms).replace(" ", "%20")
            t = A(
                t + sec(r.uniform(4, 30)),
                CW_PROXY,
                "GET",
                "/opds/search/%s",
                f"/opds/search/{q}",
                200,
                r.randint(2000, 40000),
            )
        if r.random() < 0.7:
            b = r.choice(books)
            t = A(
                t + sec(r.uniform(5, 40)),
                CW_PROXY,
                "GET",
                "/opds/download/%s/epub/",
                f"/opds/download/{b}/epub/",
                200,
                r.randint(200_000, 3_000_000),
            )

    # the web UI: readers, sending books to e-readers (the task page polling /ajax/emailstat)
    mail_down = (at(10, 0, 5), at(10, 25, 30))
    for ts in sorted(r.uniform(0, 6 * 3600) for _ in range(34)):
        t = T0 + sec(ts)
        if not up(t) or not up(t + sec(400)):
            continue
        client = r.choice(["192.168.1.23", "192.168.1.41", CW_PROXY])
        t = A(t, client, "POST", "/login", "/login", 302, 209)
        for _ in range(r.randint(2, 9)):
            b = r.choice(books)
            t = A(
                t + sec(r.uniform(3, 40)),
                client,
                "GET",
                "/book/%s",
                f"/book/{b}",
                200,
                r.randint(16000, 30000),
            )
        if r.random() < 0.55:
            b = r.choice(books)
            convert = r.random() < 0.25
            path = f"/send/{b}/azw3/1" if convert else f"/send/{b}/epub/0"
            t = A(t + sec(r.uniform(2, 10)), client, "POST", "/send/%s/%s/%s", path, 302, 231)
            if convert:
                C(
                    t + sec(0.3),
                    "INFO",
                    "cps.tasks.convert:82",
                    "Book id %d - target format of %s does not exist. Moving forward with convert.",
                    f"Book id {b} - target format of .epub does not exist. Moving forward with convert.",
                )
            if in_any(t, [mail_down]):
                C(
                    t + sec(r.uniform(1, 3)),
                    "ERROR",
                    "cps.tasks.mail:233",
                    "[Errno %d] Connection refused",
                    "[Errno 111] Connection refused",
                )
            for _ in range(r.randint(6, 40)):
                t = A(
                    t + sec(r.uniform(4.5, 5.5)),
                    client,
                    "GET",
                    "/ajax/emailstat",
                    "/ajax/emailstat",
                    200,
                    r.randint(180, 900),
                )

    # password guessing 08:40-08:58 (through the proxy: the access log shows the proxy)
    t = at(8, 40, 2)
    for path in ["/wp-login.php", "/.env"]:
        t = A(t + sec(r.uniform(0.5, 2)), CW_PROXY, "GET", path, path, 404, 232)
    users = ["admin", "admin", "admin", "administrator", "calibre", "root", "test", "user", "guest"]
    while t < at(8, 58, 20):
        t = A(
            t + sec(r.uniform(8, 22)),
            CW_PROXY,
            "POST",
            "/login",
            "/login",
            200,
            r.randint(7400, 7600),
        )
        C(
            t,
            "WARN",
            "cps.web:1346",
            'Login failed for user "%s" IP-address: %s',
            f'Login failed for user "{r.choice(users)}" IP-address: {CW_SCANNER}',
        )
    return fs.logs(T0)


SYSTEMS = {
    "readarr": readarr,
    "jackett": jackett,
    "ombi": ombi,
    "photoprism": photoprism,
    "calibre-web": calibre_web,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
