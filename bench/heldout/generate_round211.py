#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 211 (nzbhydra2, lazylibrarian, sickchill, autobrr,
headphones) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five media-automation programs
(the *arr neighbours), 06:00 to 12:00 on 2024-06-07:

- NZBHydra2 7.2 (`nzbhydra2.log`, logback's Spring Boot layout `2024-06-07 06:00:01.123  INFO
  --- [http-nio-5076-exec-3] org.nzbhydra.searching.Searcher          : ...`): start-up (Spring,
  Flyway, `Initialized indexer %s`), every API search from Sonarr, Radarr and Lidarr (`New search
  request %s of type %s from %s%s`, `Picking %d indexers out of %d`, per indexer `%s:
  Successfully executed search call in %dms with %d results`, duplicate detection, `API search
  took %dms. Returning %d results`), NZB downloads, NZBgeek timing out 07:40-08:10 (the
  download's SocketTimeoutException with its stack), DrunkenSlug's API limit at 09:12 (`Not
  using %s because it's disabled until %s` after it), a config edit at 10:05 breaking altHUB's
  API key (error code 100), the hourly result cleanup and a restart at 10:30.
- LazyLibrarian (`lazylibrarian.log`, `07-Jun-2024 06:00:01 - INFO    :: SEARCHALLBOOKS :
  searchbook.py:search_book:121 : ...`): the wanted-book search every 6 min over two newznab
  and two Jackett torznab providers (`Found %i result%s from %s for %s`), Jackett refused
  07:30-08:00 (urllib3's error text), snatches to SABnzbd and, after its API key changed at
  09:40, `Unexpected response from SABnzbd: %s` with a traceback, post-processing every 5 min,
  the hourly author refresh (Goodreads 503 at 08:20), a restart at 11:10.
- SickChill 2024.3 (`sickchill.log`, `2024-06-07 06:00:01 INFO     DAILYSEARCHER :: [b9c1e4d]
  ...`, the git hash in brackets, providers as `[%s] :: `): the daily search every 4 min
  updating four providers' caches, TorrentLeech's RSS failing 08:20-08:50, snatches, the post
  processor every 4 min, the show updater at 07:00 (hundreds of episode loads), a `database is
  locked` traceback at 09:31, and the auto-update restarting it at 10:45 (the hash changes).
- autobrr 1.43 (`autobrr.log`, zerolog's console writer without colours, `2024-06-07T06:00:01Z
  DBG announce: ... channel=#tlannounces module=irc network=irc.torrentleech.org`): three IRC
  announce channels, each release checked against four filters (`filter.Service.CheckFilter:
  (%s) for release: %v rejections: (%s)` at debug), matches sent to qBittorrent, TorrentLeech's
  IRC connection reset at 07:50 (reconnects), qBittorrent down 09:00-09:15 (`could not run
  action: %s` with the error field), a restart at 11:30.
- Headphones 0.6 (`headphones.log`, `07-Jun-2024 06:00:01 - INFO    :: Thread-6 : ...`): the
  wanted-album search every 5 min with HTML links in its messages (`Parsing results from <a
  href="%s">%s</a>`), snatches, the download-folder check every 5 min, post-processing, the
  library scan at 08:00, MusicBrainz answering 503 during the 09:00 artist update, a restart at
  11:00.

Label notes. The heads are context: dates, levels, logback's thread and logger, LazyLibrarian's
thread and `file:function:line`, SickChill's thread and git hash, Headphones' thread. SickChill's
`[%s] :: ` provider prefix is written by the call (the provider's name in the message), so it is
in the template. zerolog's `key=value` fields are attributes; an error field is not the message.
An error inside a message contributes its text (`Read timed out`, `API Key Incorrect`, `database
is locked`); Python tracebacks and Java stacks continue their event.

Least sure (written from the helper's knowledge, not checked against sources): NZBHydra2's
exact wordings of the search, duplicate and cleanup lines and the disabled-indexer line;
LazyLibrarian's log layout (padded level, `file:function:line` column) and most of its
wordings; SickChill's thread names and the `[hash]` column; autobrr's `Released %s to %s`,
`Release rejected: %s` and restart lines; Headphones' `No results found for %s: %s` and the
download-folder check wording.
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


def at(h: int, m: int, s: int = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, s, tzinfo=UTC)


T0, T1 = at(6, 0), at(12, 0)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pytb(frames: list[tuple[str, int, str, str]], last: str) -> list[str]:
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out += [f'  File "{f}", line {n}, in {fn}', f"    {src}"]
    return [*out, last]


# ------------------------------------------------------------------------------- nzbhydra2

NH_INDEXERS = ["NZBgeek", "DrunkenSlug", "NZBFinder", "nzb.su", "Tabula Rasa", "altHUB"]
NH_HOSTS = {
    "NZBgeek": "api.nzbgeek.info",
    "DrunkenSlug": "api.drunkenslug.com",
    "NZBFinder": "nzbfinder.ws",
    "nzb.su": "api.nzb.su",
    "Tabula Rasa": "www.tabula-rasa.pw",
    "altHUB": "api.althub.co.za",
}
NH_CLIENTS = [("Sonarr", "10.0.20.11"), ("Radarr", "10.0.20.12"), ("Lidarr", "10.0.20.13")]
NH_SHOWS = [
    ("tvsearch", "The Bear", "S03E04"),
    ("tvsearch", "House of the Dragon", "S02E01"),
    ("tvsearch", "Shogun", "S01E10"),
    ("tvsearch", "Slow Horses", "S03E06"),
    ("movie", "Dune Part Two", "2024"),
    ("movie", "Civil War", "2024"),
    ("movie", "Furiosa", "2024"),
    ("search", "Kings of Leon Can We Please Have Fun", ""),
]


def nzbhydra2(r: random.Random) -> list[Log]:
    """NZBHydra2 7.2 on one host, Sonarr, Radarr and Lidarr polling it: RSS syncs and searches,
    searches fanned out to six indexers, NZBgeek timing out 07:40-08:10, DrunkenSlug's API limit
    reached at 09:12 and the indexer disabled until midnight, a bad API key on altHUB after a
    config edit at 10:05, and a restart at 10:30."""
    fs = Files()
    thr_n = [0]

    def L(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "nzbhydra2.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:>5} --- [{thread[-15:]:>15}] {logger:<40} : {msg}",
                *(cont or []),
            ],
            "hydra",
            1000,
        )

    def http() -> str:
        thr_n[0] = thr_n[0] % 10 + 1
        return f"http-nio-5076-exec-{thr_n[0]}"

    def boot(t: datetime) -> None:
        t = L(
            t,
            "INFO",
            "main",
            "org.nzbhydra.NzbHydra",
            "Starting NzbHydra on %s with PID %s (%s started by %s in %s)",
            "Starting NzbHydra on mediabox with PID 1187 (/app/lib/core-7.2.3-exec.jar started by hydra in /app)",
        )
        t = L(
            t + sec(0.3),
            "INFO",
            "main",
            "org.nzbhydra.NzbHydra",
            "No active profile set, falling back to %s default profile: %s",
            'No active profile set, falling back to 1 default profile: "default"',
        )
        t = L(
            t + sec(2.1),
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %s",
            "Tomcat initialized with port(s): 5076 (http)",
        )
        t = L(
            t + sec(1.4),
            "INFO",
            "main",
            "org.nzbhydra.config.ConfigReaderWriter",
            "Loading config from %s",
            "Loading config from /data/nzbhydra.yml",
        )
        t = L(
            t + sec(0.8),
            "INFO",
            "main",
            "org.flywaydb.core.internal.command.DbMigrate",
            "Current version of schema %s: %s",
            'Current version of schema "PUBLIC": 1.40',
        )
        t = L(
            t + sec(0.1),
            "INFO",
            "main",
            "org.flywaydb.core.internal.command.DbMigrate",
            "Schema %s is up to date. No migration necessary.",
            'Schema "PUBLIC" is up to date. No migration necessary.',
        )
        for ix in NH_INDEXERS:
            t = L(
                t + sec(0.05),
                "INFO",
                "main",
                "org.nzbhydra.indexers.IndexerHandler",
                "Initialized indexer %s",
                f"Initialized indexer {ix}",
            )
        t = L(
            t + sec(3.2),
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            "Tomcat started on port(s): 5076 (http) with context path ''",
        )
        up = r.uniform(14, 19)
        t = L(
            t + sec(0.2),
            "INFO",
            "main",
            "org.nzbhydra.NzbHydra",
            "Started NzbHydra in %s seconds (process running for %s)",
            f"Started NzbHydra in {up:.3f} seconds (process running for {up + 0.6:.3f})",
        )
        L(
            t + sec(0.1),
            "INFO",
            "main",
            "org.nzbhydra.NzbHydra",
            "You can access NZBHydra 2 in your browser via %s",
            "You can access NZBHydra 2 in your browser via http://127.0.0.1:5076/",
        )

    def down(ix: str, t: datetime) -> str | None:
        if ix == "NZBgeek" and at(7, 40) <= t < at(8, 10):
            return "timeout"
        if ix == "DrunkenSlug" and t >= at(9, 12):
            return "limit"
        if ix == "altHUB" and at(10, 5) <= t:
            return "apikey"
        return None

    def search(t: datetime, rss: bool) -> None:
        client, cip = r.choice(NH_CLIENTS)
        kind, title, ep = r.choice(NH_SHOWS)
        if client == "Lidarr":
            kind, title, ep = (
                "music",
                r.choice(
                    [
                        "Billie Eilish Hit Me Hard and Soft",
                        "Dua Lipa Radical Optimism",
                        "Taylor Swift The Tortured Poets Department",
                    ]
                ),
                "",
            )
        th = http()
        sid = r.randint(10**17, 10**18 - 1)
        q = "" if rss else f" query: {title}" + (f" {ep}" if ep and kind == "tvsearch" else "")
        t = L(
            t,
            "INFO",
            th,
            "org.nzbhydra.searching.Searcher",
            "New search request %s of type %s from %s%s",
            f"New search request {sid} of type {kind.upper()} from {client} ({cip}){q}",
        )
        picked = []
        for ix in NH_INDEXERS:
            st = down(ix, t)
            if st == "limit":
                L(
                    t + sec(0.001),
                    "INFO",
                    th,
                    "o.n.indexers.IndexerForSearchSelector",
                    "Not using %s because it's disabled until %s",
                    f"Not using {ix} because it's disabled until 2024-06-08T00:00:00Z",
                )
                continue
            if kind == "music" and ix in ("Tabula Rasa",):
                continue
            picked.append(ix)
        t = L(
            t + sec(0.004),
            "INFO",
            th,
            "o.n.indexers.IndexerForSearchSelector",
            "Picking %d indexers out of %d",
            f"Picking {len(picked)} indexers out of {len(NH_INDEXERS)}",
        )
        total = 0
        for ix in picked:
            st = down(ix, t)
            dt = r.uniform(0.3, 2.5)
            if st == "timeout":
                L(
                    t + sec(10.0 + r.uniform(0, 0.05)),
                    "ERROR",
                    f"{ix}-search",
                    "org.nzbhydra.indexers.Newznab",
                    "%s: Error while contacting indexer: %s",
                    f"{ix}: Error while contacting indexer: Connection to https://{NH_HOSTS[ix]}/api timed out after 10000ms",
                )
                continue
            if st == "apikey":
                L(
                    t + sec(dt),
                    "ERROR",
                    f"{ix}-search",
                    "org.nzbhydra.indexers.Newznab",
                    "%s: Indexer returned error code %s and description %s",
                    f"{ix}: Indexer returned error code 100 and description Incorrect user credentials",
                )
                continue
            n = r.randint(0, 100) if rss else r.choice([0, 0, 1, 3, 7, 12, 25, 48])
            total += n
            L(
                t + sec(dt),
                "INFO",
                f"{ix}-search",
                "org.nzbhydra.indexers.Newznab",
                "%s: Successfully executed search call in %dms with %d results",
                f"{ix}: Successfully executed search call in {int(dt * 1000)}ms with {n} results",
            )
        if rss and r.random() < 0.02 and t < at(9, 12):
            L(
                t + sec(3.1),
                "WARN",
                "DrunkenSlug-search",
                "org.nzbhydra.indexers.Newznab",
                "%s: Indexer returned error code %s and description %s",
                "DrunkenSlug: Indexer returned error code 429 and description Request limit reached",
            )
        dup = r.randint(0, total // 3) if total else 0
        t2 = t + sec(r.uniform(2.6, 3.0) if not (at(7, 40) <= t < at(8, 10)) else 10.2)
        if total:
            t2 = L(
                t2,
                "INFO",
                th,
                "org.nzbhydra.searching.DuplicateDetector",
                "Duplicate detection for %d search results took %dms",
                f"Duplicate detection for {total} search results took {r.randint(1, 40)}ms",
            )
        L(
            t2,
            "INFO",
            th,
            "org.nzbhydra.api.ExternalApi",
            "API search took %dms. Returning %d results",
            f"API search took {int((t2 - t).total_seconds() * 1000) + 4}ms. Returning {total - dup} results",
        )

    boot(T0 + sec(1.2))
    for t in poisson(r, T0 + sec(40), at(10, 30), 100):
        search(t, r.random() < 0.7)
    # grabs
    for t in poisson(r, T0 + sec(60), at(10, 30), 240):
        ix = r.choice(NH_INDEXERS[:4])
        th = http()
        guid = r.randint(10**18, 10**19 - 1)
        t = L(
            t,
            "INFO",
            th,
            "org.nzbhydra.downloading.FileHandler",
            "API download request for %s from %s",
            f"API download request for result with GUID {guid} from 10.0.20.{r.choice([11, 12])}",
        )
        if down(ix, t) == "timeout":
            L(
                t + sec(10),
                "ERROR",
                th,
                "org.nzbhydra.downloading.FileHandler",
                "Error while downloading NZB from %s: %s",
                f"Error while downloading NZB from {ix}: Read timed out",
                [
                    "java.net.SocketTimeoutException: Read timed out",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(Unknown Source)",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(Unknown Source)",
                    "\tat java.base/java.net.Socket$SocketInputStream.read(Unknown Source)",
                    "\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:180)",
                    "\tat org.nzbhydra.downloading.FileHandler.downloadNzb(FileHandler.java:203)",
                    "\tat org.nzbhydra.downloading.FileHandler.getFileByResult(FileHandler.java:148)",
                    "\t... 87 common frames omitted",
                ],
            )
        else:
            L(
                t + sec(r.uniform(0.4, 1.6)),
                "INFO",
                th,
                "org.nzbhydra.downloading.FileHandler",
                "NZB download from %s took %dms",
                f"NZB download from {ix} took {r.randint(350, 1600)}ms",
            )
    L(
        at(9, 12, 7),
        "WARN",
        "DrunkenSlug-search",
        "org.nzbhydra.indexers.Newznab",
        "%s: API limit of %d reached. Disabling indexer until %s",
        "DrunkenSlug: API limit of 1000 reached. Disabling indexer until 2024-06-08T00:00:00Z",
    )
    # config edit at 10:05
    th = http()
    t = L(
        at(10, 4, 51),
        "INFO",
        th,
        "org.nzbhydra.config.ConfigWeb",
        "Received new config",
        "Received new config",
    )
    L(
        t + sec(0.2),
        "WARN",
        th,
        "o.n.config.validation.BaseConfigValidator",
        "Config validation warning: %s",
        "Config validation warning: Indexer altHUB: API key changed, the indexer will be checked on next search",
    )
    # restart 10:30
    t = L(
        at(10, 30, 2), "INFO", "Thread-3", "org.nzbhydra.NzbHydra", "Shutting down", "Shutting down"
    )
    L(
        t + sec(0.4),
        "INFO",
        "SpringApplicationShutdownHook",
        "o.s.b.w.e.tomcat.GracefulShutdown",
        "Commencing graceful shutdown. Waiting for active requests to complete",
        "Commencing graceful shutdown. Waiting for active requests to complete",
    )
    boot(at(10, 30, 14))
    for t in poisson(r, at(10, 30, 50), T1, 100):
        search(t, r.random() < 0.7)
    for t in poisson(r, at(10, 31), T1, 240):
        th = http()
        ix = r.choice(NH_INDEXERS[:3])
        t = L(
            t,
            "INFO",
            th,
            "org.nzbhydra.downloading.FileHandler",
            "API download request for %s from %s",
            f"API download request for result with GUID {r.randint(10**18, 10**19 - 1)} from 10.0.20.{r.choice([11, 12])}",
        )
        L(
            t + sec(r.uniform(0.4, 1.6)),
            "INFO",
            th,
            "org.nzbhydra.downloading.FileHandler",
            "NZB download from %s took %dms",
            f"NZB download from {ix} took {r.randint(350, 1600)}ms",
        )
    # housekeeping
    for t in [at(h, 0, 5) for h in range(7, 12)]:
        L(
            t,
            "INFO",
            "HydraTask",
            "org.nzbhydra.searching.cleanup.OldResultsCleanup",
            "Deleted %d search results from database that were older than %d days",
            f"Deleted {r.randint(800, 5000)} search results from database that were older than 14 days",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- lazylibrarian

LL_BOOKS = [
    ("Project Hail Mary", "Andy Weir"),
    ("The Ministry of Time", "Kaliane Bradley"),
    ("Intermezzo", "Sally Rooney"),
    ("James", "Percival Everett"),
    ("Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin"),
    ("The Women", "Kristin Hannah"),
    ("Fourth Wing", "Rebecca Yarros"),
    ("Demon Copperhead", "Barbara Kingsolver"),
    ("Children of Time", "Adrian Tchaikovsky"),
    ("The Covenant of Water", "Abraham Verghese"),
]
LL_PROVIDERS = ["NZBgeek", "DrunkenSlug", "Jackett_MyAnonamouse", "Jackett_IPTorrents"]


def lazylibrarian(r: random.Random) -> list[Log]:
    """LazyLibrarian (2024 master) on one host: the wanted-book search every 6 min over four
    providers, the snatch sent to SABnzbd, post-processing of the download folder every 5 min,
    the Goodreads/OpenLibrary author refreshes, Jackett down 07:30-08:00, SABnzbd's API key
    wrong after 09:40 (a traceback for the unexpected reply), and a restart at 11:10."""
    fs = Files()

    def L(
        t: datetime,
        level: str,
        thread: str,
        where: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "lazylibrarian.log",
            t,
            label,
            lambda x: [
                f"{x:%d-%b-%Y %H:%M:%S} - {level:<7} :: {thread} : {where} : {msg}",
                *(cont or []),
            ],
            "ll",
            1_000_000,
        )

    def boot(t: datetime) -> None:
        t = L(
            t,
            "INFO",
            "MAIN",
            "LazyLibrarian.py:main:212",
            "Starting LazyLibrarian on %s",
            "Starting LazyLibrarian on python 3.11.9, version 6ad3f1e",
        )
        t = L(
            t + sec(1),
            "INFO",
            "MAIN",
            "__init__.py:initialize:344",
            "Config file loaded: %s",
            "Config file loaded: /config/config.ini",
        )
        t = L(
            t + sec(1),
            "INFO",
            "MAIN",
            "webStart.py:initialize:126",
            "Starting LazyLibrarian web server on %s:%s",
            "Starting LazyLibrarian web server on 0.0.0.0:5299",
        )
        for job, mins in [
            ("search_book", 360 // 36),
            ("search_magazines", 360),
            ("PostProcessor", 5),
            ("author_update", 60),
            ("check_for_updates", 1440),
        ]:
            t = L(
                t + sec(1),
                "INFO",
                "MAIN",
                "common.py:schedule_job:412",
                "Starting %s job in %s minute%s",
                f"Starting {job} job in {mins} minute{'s' if mins != 1 else ''}",
            )

    boot(T0 + sec(3))
    sab_bad = at(9, 40)
    for tm in [T0 + sec(360 * i + 31) for i in range(60)]:
        if at(11, 9) <= tm < at(11, 12):
            continue
        wanted = r.sample(LL_BOOKS, r.randint(4, 8))
        t = L(
            tm,
            "INFO",
            "SEARCHALLBOOKS",
            "searchbook.py:search_book:121",
            "Searching for %i book%s",
            f"Searching for {len(wanted)} books",
        )
        for title, author in wanted:
            for prov in LL_PROVIDERS:
                t += sec(r.uniform(0.5, 3))
                if prov.startswith("Jackett") and at(7, 30) <= t < at(8, 0):
                    L(
                        t,
                        "WARNING",
                        "SEARCHALLBOOKS",
                        "torrentproviders.py:torznab_plus:601",
                        "Error fetching data from %s: %s",
                        f"Error fetching data from {prov}: HTTPConnectionPool(host='jackett', port=9117): Max retries exceeded with url: /api/v2.0/indexers/{prov[8:].lower()}/results/torznab/api (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c{hexid(r, 6)}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
                    )
                    continue
                n = r.choice([0, 0, 0, 1, 2, 4, 9])
                t = L(
                    t,
                    "DEBUG",
                    "SEARCHALLBOOKS",
                    "providers.py:iterate_over_znab_sites:870"
                    if not prov.startswith("Jackett")
                    else "providers.py:iterate_over_torrent_sites:911",
                    "Found %i result%s from %s for %s",
                    f"Found {n} result{'s' if n != 1 else ''} from {prov} for {title} {author}",
                )
            if r.random() < 0.12:
                score = r.randint(82, 100)
                size = r.randint(1, 900)
                t = L(
                    t + sec(0.2),
                    "INFO",
                    "SEARCHALLBOOKS",
                    "searchbook.py:find_best_result:356",
                    "Best %s match (%s%%): %s using %s search",
                    f"Best NZB match ({score}%): {author} - {title} [{size}MB] using book search",
                )
                if t >= sab_bad:
                    L(
                        t + sec(0.3),
                        "ERROR",
                        "SEARCHALLBOOKS",
                        "sabnzbd.py:sab_nzbd:221",
                        "Unexpected response from SABnzbd: %s",
                        "Unexpected response from SABnzbd: API Key Incorrect",
                        pytb(
                            [
                                (
                                    "/app/lazylibrarian/lazylibrarian/searchbook.py",
                                    362,
                                    "find_best_result",
                                    "snatch, res = nzb_snatch(bookid, title, source, url, library)",
                                ),
                                (
                                    "/app/lazylibrarian/lazylibrarian/postprocess.py",
                                    1210,
                                    "nzb_snatch",
                                    "downloadid = sabnzbd.sab_nzbd(title, 'addurl', url)",
                                ),
                                (
                                    "/app/lazylibrarian/lazylibrarian/sabnzbd.py",
                                    219,
                                    "sab_nzbd",
                                    "return result['nzo_ids'][0], ''",
                                ),
                            ],
                            "KeyError: 'nzo_ids'",
                        ),
                    )
                    L(
                        t + sec(1.3),
                        "WARNING",
                        "SEARCHALLBOOKS",
                        "postprocess.py:nzb_snatch:1228",
                        "Failed to send %s to %s: %s",
                        f"Failed to send {title} to SABnzbd: API Key Incorrect",
                    )
                else:
                    L(
                        t + sec(0.5),
                        "INFO",
                        "SEARCHALLBOOKS",
                        "postprocess.py:nzb_snatch:1231",
                        "Downloading %s %s from %s",
                        f"Downloading eBook {title} from {r.choice(LL_PROVIDERS[:2])}",
                    )
            else:
                t = L(
                    t + sec(0.1),
                    "DEBUG",
                    "SEARCHALLBOOKS",
                    "searchbook.py:search_book:298",
                    "No %s found for [%s] using searchtype %s",
                    f"No match found for [{title}] using searchtype book",
                )
        L(
            t + sec(1),
            "INFO",
            "SEARCHALLBOOKS",
            "searchbook.py:search_book:331",
            "Search for Wanted items complete, found %s book%s",
            f"Search for Wanted items complete, found {r.randint(0, 2)} books",
        )
    for tm in [T0 + sec(300 * i + 7) for i in range(72)]:
        if at(11, 9) <= tm < at(11, 12):
            continue
        t = L(
            tm,
            "DEBUG",
            "POSTPROCESS",
            "postprocess.py:process_dir:481",
            "Looking for %s in %s",
            "Looking for downloads in /downloads/complete/books",
        )
        if r.random() < 0.15:
            title, author = r.choice(LL_BOOKS)
            t = L(
                t + sec(2),
                "INFO",
                "POSTPROCESS",
                "postprocess.py:process_book:1043",
                "Found match (%s%%): %s for %s %s",
                f"Found match ({r.randint(90, 100)}%): {author} - {title} for eBook {title}",
            )
            L(
                t + sec(3),
                "INFO",
                "POSTPROCESS",
                "postprocess.py:process_book:1098",
                "Successfully processed: %s",
                f"Successfully processed: {author} - {title}",
            )
        else:
            L(
                t + sec(1),
                "DEBUG",
                "POSTPROCESS",
                "postprocess.py:process_dir:512",
                "Nothing to process in %s",
                "Nothing to process in /downloads/complete/books",
            )
    authors = sorted({a for _, a in LL_BOOKS})
    for tm in [at(h, 20) for h in range(6, 12)]:
        t = tm
        for a in r.sample(authors, 4):
            t = L(
                t + sec(1),
                "INFO",
                "AUTHORUPDATE",
                "importer.py:add_author_to_db:195",
                "[%s] Refreshing author %s",
                f"[{a}] Refreshing author {a}",
            )
            if tm.hour == 8 and r.random() < 0.5:
                L(
                    t + sec(10),
                    "WARNING",
                    "AUTHORUPDATE",
                    "gr.py:get_author_books:410",
                    "Error getting goodreads data: %s",
                    "Error getting goodreads data: 503 Service Unavailable",
                )
                continue
            t = L(
                t + sec(r.uniform(3, 20)),
                "INFO",
                "AUTHORUPDATE",
                "importer.py:add_author_to_db:391",
                "[%s] Author update complete, %s books processed",
                f"[{a}] Author update complete, {r.randint(8, 60)} books processed",
            )
    t = L(
        at(11, 9, 30),
        "INFO",
        "WEBSERVER",
        "webServe.py:shutdown:2010",
        "LazyLibrarian is %s",
        "LazyLibrarian is restarting",
    )
    boot(at(11, 10, 20))
    return fs.logs(T0)


# ------------------------------------------------------------------------------- sickchill

SC_SHOWS = [
    "The Bear",
    "Shogun",
    "House of the Dragon",
    "Slow Horses",
    "The Boys",
    "Bluey",
    "Severance",
    "Hacks",
    "Doctor Who (2023)",
    "Star Wars: The Acolyte",
]
SC_PROVIDERS = ["NZBgeek", "DrunkenSlug", "TorrentLeech", "IPTorrents"]


def sickchill(r: random.Random) -> list[Log]:
    """SickChill 2024.3 on one host: the daily search every 4 min updating each provider's RSS
    cache, backlog and manual searches, snatches to SABnzbd, post-processing every 4 min, the
    show updater at 07:00, TorrentLeech's cache failing with a Cloudflare 503 08:20-08:50, the
    database locked once under load (a traceback), and a restart for an update at 10:45."""
    fs = Files()

    def L(
        t: datetime, level: str, thread: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "sickchill.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} {level:<8} {thread} :: [{'b9c1e4d' if x < at(10, 45) else 'f02a6c3'}] {msg}",
                *(cont or []),
            ],
            "sc",
            1_000_000,
        )

    def boot(t: datetime, ver: str) -> None:
        t = L(
            t,
            "INFO",
            "MAIN",
            "Starting SickChill [%s] using '%s'",
            f"Starting SickChill [{ver}] using '/config/config.ini'",
        )
        t = L(
            t + sec(2),
            "INFO",
            "TORNADO",
            "Starting SickChill on %s",
            "Starting SickChill on http://0.0.0.0:8081/",
        )
        L(t + sec(1), "INFO", "MAIN", "Loading initial show list", "Loading initial show list")

    boot(T0 + sec(2), "2024.3.1")
    for tm in [T0 + sec(240 * i + 40) for i in range(90)]:
        if at(10, 44) <= tm < at(10, 47):
            continue
        t = L(
            tm,
            "INFO",
            "DAILYSEARCHER",
            "Searching for new released episodes ...",
            "Searching for new released episodes ...",
        )
        for p in SC_PROVIDERS:
            t += sec(r.uniform(1, 4))
            if p == "TorrentLeech" and at(8, 20) <= t < at(8, 50):
                L(
                    t,
                    "WARNING",
                    "SEARCHQUEUE-DAILY-SEARCH",
                    "[%s] :: Error loading %s URL: %s",
                    f"[{p}] :: Error loading {p} URL: https://rss.torrentleech.org/{hexid(r, 20)} - 503 Server Error: Service Temporarily Unavailable for url: https://rss.torrentleech.org/",
                )
                continue
            t = L(
                t,
                "INFO",
                "SEARCHQUEUE-DAILY-SEARCH",
                "[%s] :: Updating cache for %s",
                f"[{p}] :: Updating cache for {p}",
            )
            for _ in range(r.choice([0, 0, 1, 2, 3])):
                s = r.choice(SC_SHOWS)
                L(
                    t + sec(r.uniform(0.1, 1)),
                    "DEBUG",
                    "SEARCHQUEUE-DAILY-SEARCH",
                    "[%s] :: Added RSS item: [%s] to cache: [%s]",
                    f"[{p}] :: Added RSS item: [{s.replace(' ', '.')}.S01E0{r.randint(1, 9)}.1080p.WEB.h264-{r.choice(['ETHEL', 'NHTFS', 'SuccessfulCrab'])}] to cache: [{p.lower()}]",
                )
        if r.random() < 0.25:
            s = r.choice(SC_SHOWS)
            ep = f"S{r.randint(1, 3):02d}E{r.randint(1, 10):02d}"
            rel = f"{s.replace(' ', '.').replace(':', '')}.{ep}.1080p.WEB.h264-ETHEL"
            t = L(
                t + sec(1),
                "INFO",
                "SEARCHQUEUE-DAILY-SEARCH",
                "Found result %s at %s",
                f"Found result {rel} at {r.choice(SC_PROVIDERS[:2])}",
            )
            t = L(
                t + sec(1),
                "INFO",
                "SEARCHQUEUE-DAILY-SEARCH",
                "Downloading %s from %s",
                f"Downloading {rel} from {r.choice(SC_PROVIDERS[:2])}",
            )
            L(
                t + sec(1),
                "INFO",
                "SEARCHQUEUE-DAILY-SEARCH",
                "Sending NZB to SABnzbd",
                "Sending NZB to SABnzbd",
            )
        else:
            L(
                t + sec(1),
                "INFO",
                "SEARCHQUEUE-DAILY-SEARCH",
                "No needed episodes found",
                "No needed episodes found",
            )
    for tm in [T0 + sec(240 * i + 150) for i in range(90)]:
        if at(10, 44) <= tm < at(10, 47):
            continue
        t = L(
            tm,
            "INFO",
            "POSTPROCESSOR",
            "Processing folder %s",
            "Processing folder /downloads/complete/tv",
        )
        if r.random() < 0.2:
            s = r.choice(SC_SHOWS)
            ep = f"S{r.randint(1, 3):02d}E{r.randint(1, 10):02d}"
            f = f"{s.replace(' ', '.').replace(':', '')}.{ep}.1080p.WEB.h264-ETHEL.mkv"
            t = L(
                t + sec(1),
                "INFO",
                "POSTPROCESSOR",
                "Processing %s",
                f"Processing /downloads/complete/tv/{f[:-4]}/{f}",
            )
            t = L(
                t + sec(2),
                "INFO",
                "POSTPROCESSOR",
                "Moving file from %s to %s",
                f"Moving file from /downloads/complete/tv/{f[:-4]}/{f} to /tv/{s}/Season {int(ep[1:3])}/{s} - {ep} - Episode {int(ep[4:])}.mkv",
            )
            L(
                t + sec(1),
                "INFO",
                "POSTPROCESSOR",
                "Processing succeeded for %s",
                f"Processing succeeded for /downloads/complete/tv/{f[:-4]}/{f}",
            )
        else:
            L(
                t + sec(1),
                "DEBUG",
                "POSTPROCESSOR",
                "Nothing to process in %s",
                "Nothing to process in /downloads/complete/tv",
            )
    t = at(7, 0, 3)
    t = L(
        t, "INFO", "SHOWUPDATER", "Beginning update of all shows", "Beginning update of all shows"
    )
    for s in SC_SHOWS:
        t = L(
            t + sec(r.uniform(1, 6)),
            "INFO",
            "SHOWQUEUE-UPDATE",
            "Updating show %s",
            f"Updating show {s}",
        )
        t = L(
            t + sec(r.uniform(3, 15)),
            "INFO",
            "SHOWQUEUE-REFRESH",
            "Performing refresh on %s",
            f"Performing refresh on {s}",
        )
        for _ in range(r.randint(50, 100)):
            t = L(
                t + sec(r.uniform(0.1, 2)),
                "DEBUG",
                "SHOWQUEUE-REFRESH",
                "%s: Loading info from %s for episode %s",
                f"{r.randint(70000, 450000)}: Loading info from theTVDB for episode S{r.randint(1, 5):02d}E{r.randint(1, 12):02d}",
            )
    L(
        at(9, 31, 12),
        "ERROR",
        "WEBSERVER",
        "DB error: %s",
        "DB error: database is locked",
        pytb(
            [
                (
                    "/app/sickchill/sickchill/oldbeard/db.py",
                    214,
                    "action",
                    "sql_results = self._execute(query, args)",
                ),
                (
                    "/app/sickchill/sickchill/oldbeard/db.py",
                    147,
                    "_execute",
                    "self.connection.execute(query, args)",
                ),
            ],
            "sqlite3.OperationalError: database is locked",
        ),
    )
    t = L(
        at(10, 44, 5),
        "INFO",
        "CHECKVERSION",
        "New update found for SickChill, starting auto-updater ...",
        "New update found for SickChill, starting auto-updater ...",
    )
    t = L(t + sec(20), "INFO", "CHECKVERSION", "Update was successful!", "Update was successful!")
    L(t + sec(2), "INFO", "EVENT-QUEUE", "Aborting all threads", "Aborting all threads")
    boot(at(10, 46, 10), "2024.3.2")
    return fs.logs(T0)


# --------------------------------------------------------------------------------- autobrr

AB_NETS = [
    ("irc.torrentleech.org", "#tlannounces", "TorrentLeech"),
    ("irc.p2p-network.net", "#BTN-Announce", "BroadcasTheNet"),
    ("irc.orpheus.network", "#announce", "Orpheus"),
]
AB_FILTERS = ["tv-1080p-web", "movies-2160p", "music-flac-24bit", "tv-daily-shows"]


def autobrr(r: random.Random) -> list[Log]:
    """autobrr 1.43 (zerolog's console writer, `2024-06-07T06:00:01Z INF msg key=value`):
    three IRC announce channels, every release checked against four filters (most rejected at
    debug), matches pushed to qBittorrent, TorrentLeech's IRC server dropping the connection at
    07:50 (reconnects), qBittorrent unreachable 09:00-09:15, and a restart at 11:30."""
    fs = Files()

    def L(t: datetime, level: str, label: str, msg: str, fields: str = "") -> datetime:
        return fs.add(
            "autobrr.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%SZ} {level} {msg}" + (f" {fields}" if fields else "")],
            "ab",
            1_000_000,
        )

    def boot(t: datetime) -> None:
        t = L(t, "INF", "Starting autobrr", "Starting autobrr")
        t = L(t, "INF", "Version: %s", "Version: v1.43.0")
        t = L(t, "INF", "Commit: %s", f"Commit: {hexid(r, 7)}")
        t = L(t, "INF", "Log-level: %s", "Log-level: DEBUG")
        t = L(t, "INF", "Using database: %s", "Using database: sqlite")
        t = L(
            t + sec(1),
            "INF",
            "Starting server. Listening on %s:%d",
            "Starting server. Listening on 0.0.0.0:7474",
        )
        for net, chan, _ in AB_NETS:
            t = L(
                t + sec(1),
                "DBG",
                "Connecting to network: %s",
                f"Connecting to network: {net}",
                f"module=irc network={net}",
            )
            t = L(
                t + sec(1),
                "INF",
                "Connected to: %s",
                f"Connected to: {net}",
                f"module=irc network={net}",
            )
            t = L(
                t + sec(1),
                "DBG",
                "Joining channel: %s",
                f"Joining channel: {chan}",
                f"module=irc network={net}",
            )

    boot(T0 + sec(1))
    for t in poisson(r, T0 + sec(20), T1, 50):
        if at(11, 30) <= t < at(11, 31):
            continue
        net, chan, ix = r.choice(AB_NETS)
        if ix == "TorrentLeech" and at(7, 50) <= t < at(7, 53):
            continue
        name = r.choice(
            [
                "Shogun.2024",
                "The.Bear",
                "Hacks",
                "Dune.Part.Two.2024",
                "Bluey",
                "Civil.War.2024",
                "Billie.Eilish-Hit.Me.Hard.and.Soft-WEB-2024",
            ]
        )
        rel = f"{name}.S0{r.randint(1, 3)}E0{r.randint(1, 9)}.1080p.WEB.H264-{r.choice(['NHTFS', 'ETHEL', 'SuccessfulCrab', 'FLUX'])}"
        t = L(
            t,
            "DBG",
            "announce: %s",
            f"announce: New Torrent: {rel} Category: TV :: Episodes HD Size: {r.randint(500, 9000)} MB",
            f"channel={chan} module=irc network={net}",
        )
        matched = False
        for flt in AB_FILTERS:
            if r.random() < 0.04:
                matched = True
                t = L(
                    t + sec(0.001),
                    "INF",
                    "Matched '%s' (%s) for %s",
                    f"Matched '{rel}' ({flt}) for {ix.lower()}",
                    "module=release",
                )
                if at(9, 0) <= t < at(9, 15):
                    L(
                        t + sec(0.1),
                        "ERR",
                        "could not run action: %s",
                        "could not run action: qbit-default",
                        'error="could not log in to qbittorrent: Post \\"http://10.0.20.30:8080/api/v2/auth/login\\": dial tcp 10.0.20.30:8080: connect: connection refused" module=action',
                    )
                else:
                    L(
                        t + sec(0.4),
                        "INF",
                        "Released %s to %s",
                        f"Released {rel} to qBittorrent (qbit-default)",
                        "module=action",
                    )
                break
            why_f, why = r.choice(
                [
                    (
                        "resolution not matching. got: %v want: %v",
                        "resolution not matching. got: 1080p want: [2160p]",
                    ),
                    ("category not matching", "category not matching"),
                    ("shows not matching", "shows not matching"),
                    ("size: got %v want %v", "size: got 512 MB want 1GB-12GB"),
                ]
            )
            L(
                t + sec(0.001),
                "DBG",
                f"filter.Service.CheckFilter: (%s) for release: %v rejections: ({why_f})",
                f"filter.Service.CheckFilter: ({flt}) for release: {rel} rejections: ({why})",
                "module=filter",
            )
        if not matched:
            L(
                t + sec(0.002),
                "DBG",
                "Release rejected: %s",
                f"Release rejected: {rel}",
                "module=release",
            )
    net = AB_NETS[0][0]
    t = L(
        at(7, 50, 11),
        "ERR",
        "Error connecting to network %s",
        f"Error connecting to network {net}",
        f'error="read tcp 10.0.20.14:51822->{net}:7011: read: connection reset by peer" module=irc network={net}',
    )
    for i in range(3):
        t = L(
            t + sec(15 * (i + 1)),
            "INF",
            "Reconnecting to network %s",
            f"Reconnecting to network {net}",
            f"module=irc network={net}",
        )
    L(t + sec(1), "INF", "Connected to: %s", f"Connected to: {net}", f"module=irc network={net}")
    t = L(
        at(11, 30, 2),
        "INF",
        "Received signal: %s, shutting down server.",
        "Received signal: terminated, shutting down server.",
    )
    boot(at(11, 30, 20))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ headphones

HP_ALBUMS = [
    ("Billie Eilish", "HIT ME HARD AND SOFT"),
    ("Dua Lipa", "Radical Optimism"),
    ("Taylor Swift", "THE TORTURED POETS DEPARTMENT"),
    ("Vampire Weekend", "Only God Was Above Us"),
    ("Khruangbin", "A LA SALA"),
    ("Beth Gibbons", "Lives Outgrown"),
    ("Fontaines D.C.", "Romance"),
    ("Kacey Musgraves", "Deeper Well"),
]


def headphones(r: random.Random) -> list[Log]:
    """Headphones 0.6 (`%(asctime)s - %(levelname)-7s :: %(threadName)s : %(message)s`): the
    wanted-album search every 5 min (newznab and torznab providers, HTML links in the messages),
    snatches to SABnzbd, the download scanner every 5 min, the library scan at 08:00, MusicBrainz
    refusing with 503 during the artist update 09:00-09:30, and a restart at 11:00."""
    fs = Files()

    def L(
        t: datetime, level: str, thread: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "headphones.log",
            t,
            label,
            lambda x: [f"{x:%d-%b-%Y %H:%M:%S} - {level:<7} :: {thread} : {msg}", *(cont or [])],
            "hp",
            1_000_000,
        )

    def boot(t: datetime) -> None:
        t = L(t, "INFO", "MainThread", "Starting Headphones %s", "Starting Headphones 0.6.2")
        t = L(
            t + sec(1),
            "INFO",
            "MainThread",
            "Checking if the database upgrades are required...",
            "Checking if the database upgrades are required...",
        )
        t = L(
            t + sec(1),
            "INFO",
            "MainThread",
            "Starting Headphones on %s",
            "Starting Headphones on http://0.0.0.0:8181/",
        )
        L(
            t + sec(1),
            "INFO",
            "MainThread",
            "Scheduled background task: %s",
            "Scheduled background task: Search for Wanted",
        )

    boot(T0 + sec(2))
    for tm in [T0 + sec(300 * i + 17) for i in range(72)]:
        if at(10, 59) <= tm < at(11, 2):
            continue
        t = L(
            tm,
            "DEBUG",
            "Thread-5",
            "Checking download folder for completed downloads (only snatched ones).",
            "Checking download folder for completed downloads (only snatched ones).",
        )
        wanted = r.sample(HP_ALBUMS, r.randint(3, 6))
        t = L(
            t + sec(1),
            "INFO",
            "Thread-6",
            "Using search provider order: %s",
            "Using search provider order: newznab, torznab",
        )
        for artist, album in wanted:
            t = L(
                t + sec(r.uniform(0.2, 1)),
                "INFO",
                "Thread-6",
                'Searching for "%s - %s" since it is marked as wanted',
                f'Searching for "{artist} - {album}" since it is marked as wanted',
            )
            for name, url in [
                ("NZBgeek", "https://api.nzbgeek.info"),
                ("DrunkenSlug", "https://api.drunkenslug.com"),
                ("Jackett", "http://jackett:9117"),
            ]:
                t = L(
                    t + sec(r.uniform(0.5, 3)),
                    "INFO",
                    "Thread-6",
                    'Parsing results from <a href="%s">%s</a>',
                    f'Parsing results from <a href="{url}">{name}</a>',
                )
                n = r.choice([0, 0, 1, 2, 5])
                if n:
                    t = L(
                        t + sec(0.2),
                        "INFO",
                        "Thread-6",
                        "Found %d result(s) from %s",
                        f"Found {n} result(s) from {name}",
                    )
            if r.random() < 0.15:
                t = L(
                    t + sec(0.5),
                    "INFO",
                    "Thread-6",
                    'Found best result from %s: <a href="%s">%s</a> - %s',
                    f'Found best result from NZBgeek: <a href="https://api.nzbgeek.info/api?t=get&id={hexid(r, 32)}">{artist} - {album} (2024) [FLAC]</a> - {r.randint(200, 900)}.{r.randint(0, 9)} MiB',
                )
                L(
                    t + sec(0.5),
                    "INFO",
                    "Thread-6",
                    "Sending Download to SABnzbd",
                    "Sending Download to SABnzbd",
                )
            else:
                t = L(
                    t + sec(0.3),
                    "INFO",
                    "Thread-6",
                    "No results found for %s: %s",
                    f"No results found for {artist}: {album}",
                )
    for artist, album in r.sample(HP_ALBUMS, 4):
        t = at(r.randint(6, 10), r.randint(0, 59), r.randint(0, 59))
        t = L(
            t,
            "INFO",
            "Thread-5",
            "Starting post-processing for: %s - %s",
            f"Starting post-processing for: {artist} - {album}",
        )
        t = L(
            t + sec(4),
            "INFO",
            "Thread-5",
            "Writing metadata for %s - %s",
            f"Writing metadata for {artist} - {album}",
        )
        L(
            t + sec(9),
            "INFO",
            "Thread-5",
            "Post-processing for %s - %s complete",
            f"Post-processing for {artist} - {album} complete",
        )
    t = L(
        at(8, 0, 4),
        "INFO",
        "Thread-8",
        "Scanning music directory: %s",
        "Scanning music directory: /music",
    )
    for a, _ in HP_ALBUMS * 6:
        t = L(
            t + sec(r.uniform(0.5, 3)),
            "DEBUG",
            "Thread-8",
            "Now scanning %s",
            f"Now scanning /music/{a}/{r.choice(['2019', '2021', '2024'])} - {hexid(r, 4)}",
        )
    L(
        t + sec(2),
        "INFO",
        "Thread-8",
        "Completed scanning directory: %s",
        "Completed scanning directory: /music",
    )
    t = at(9, 0, 5)
    for a, _ in HP_ALBUMS * 3:
        t = L(
            t + sec(r.uniform(2, 40)),
            "INFO",
            "Thread-9",
            "Now adding/updating: %s",
            f"Now adding/updating: {a}",
        )
        if t < at(9, 30) and r.random() < 0.6:
            L(
                t + sec(1),
                "WARNING",
                "Thread-9",
                "Attempt to query MusicBrainz for %s failed (%s)",
                f"Attempt to query MusicBrainz for {a} failed (caused by: HTTP Error 503: Service Unavailable)",
            )
            continue
        L(
            t + sec(r.uniform(3, 9)),
            "INFO",
            "Thread-9",
            "Updating complete for: %s",
            f"Updating complete for: {a}",
        )
    L(
        at(10, 59, 40),
        "INFO",
        "Thread-12",
        "Headphones is restarting...",
        "Headphones is restarting...",
    )
    boot(at(11, 0, 30))
    return fs.logs(T0)


SYSTEMS = {
    "nzbhydra2": nzbhydra2,
    "lazylibrarian": lazylibrarian,
    "sickchill": sickchill,
    "autobrr": autobrr,
    "headphones": headphones,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
