#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 49 (plex, couchbase, pulsar, bareos, rethinkdb) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Plex Media Server's "Plex Media Server.log" (`Jun 11,
2024 06:00:02.123 [0x7f3a9c1b2d40] DEBUG - msg`: a thread's address after the time, HTTP
`Request:` / `Completed:` pairs whose optional `GZIP` and `Signed-in Token (user)` tails are
separate statements, timeline reports with a state value, SQLite busy warnings, a crash and
its restart banner), Couchbase Server 7's ns_server logs (`[ns_server:info,ts,ns_1@ip:<0.N.0>:
module:function:line]msg`, with `user:` records, Erlang terms in messages, terms dumped over
several lines that continue their record; info.log and error.log of two nodes and the debug
log of one, where the same record is written to every file its level reaches), Apache Pulsar
3.2's broker log (log4j2's `ts [thread] LEVEL logger - msg`; SLF4J `{}`; the remote address in
brackets, producers and consumers printed by their toString with blanks and braces,
ManagedLedger rollovers, ZooKeeper session loss and recovery, stack traces with `Caused by:`),
Bareos 23's director log bareos.log (`04-Jun 06:00 bareos-dir JobId 123: msg` for the
director's, storage daemon's and clients' job messages, their `Error: ` / `Warning: ` / `Fatal
error: ` prefixes, which are the message type's and not part of the statement, as a level;
the job report, written by ONE Jmsg call whose format holds every `  Field:   value` line, so
its first line (`Bareos bareos-dir 23.0.3 (26Mar24):`) is labelled with the whole report's
format and its thirty-odd lines are continuation lines without a row; a backup's and a
restore's report are two formats whose first lines read the same; a failed job's report is
the same format as a good one's, written at M_ERROR so with `Error: ` before it; the storage
daemon's mount request continued over five lines) and RethinkDB 2.4's log_file (`ts uptime
level: msg`: the start-up block with its `cluster` / `driver` / `http` look-alikes, servers
connecting and disconnecting, heartbeat timeouts, a crash whose report is several error
records, the backtrace one record continued by its numbered frames).

Formats are written from the helper's knowledge of the programs' sources (Bareos's job
messages and report, RethinkDB's start-up and crash lines, Pulsar's ServerCnx and ZooKeeper
client, ns_server's rebalance, auto-failover and node-disco texts) and of their real logs
(Plex is closed source: its texts are from logs, and each optional tail of its request lines
is taken as a statement of its own); none was checked against a source here. A word the call site picks with a conditional
(Pulsar's `schema is absent` / `present`, Plex's `parent: yes` / `no`, Bareos's `Job` / `Jobs`)
is wording, as the label rules have it: two statements. Run it only to change the data on purpose: `python
bench/heldout/generate_round49.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, pick, uuid4

# printf's, SLF4J's {} and Erlang io_lib's ~p ~s ~b ~w
SPEC = re.compile(r"%%|%[-+ 0-9.#]*(?:ll|l|z)?[sdifuxXpc]|\{\}|~[psbw]")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign)."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        v = next(it)
        if re.fullmatch(r"%[-+ 0-9.#]*[dfiuxX]", spec) and not isinstance(v, str):
            return spec % v
        return str(v)

    out = SPEC.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def label(fmt: str) -> str:
    """The label of a format: the format itself, a newline in it written `\\n`."""
    return fmt.replace("\n", "\\n")


USERS = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hana", "ivan", "mei"]

# --------------------------------------------------------------------------------- plex

PLEX_VERSION = "1.40.2.8395-c67dce28e"
MOVIES = [
    ("Blade Runner 2049", 2017),
    ("Arrival", 2016),
    ("Spirited Away", 2001),
    ("The Grand Budapest Hotel", 2014),
    ("Mad Max: Fury Road", 2015),
    ("Parasite", 2019),
    ("Dune", 2021),
    ("Whiplash", 2014),
    ("Amélie", 2001),
    ("Heat", 1995),
    ("Alien", 1979),
    ("The Iron Giant", 1999),
]
SHOWS = ["Severance", "The Expanse", "Bluey", "Dark", "Breaking Bad", "Planet Earth II"]
SECTIONS = [
    (1, "Movies", "/data/media/movies"),
    (2, "TV Shows", "/data/media/tv"),
    (3, "Music", "/data/media/music"),
]
PLEX_CLIENTS = [
    ("10.0.0.23", "Subnet", "alice", "Chrome", "Plex Web"),
    ("10.0.0.41", "Subnet", "bob", "Android", "Plex for Android (TV)"),
    ("10.0.0.57", "Subnet", "carol", "Roku", "Plex for Roku"),
    ("10.0.0.31", "Subnet", "alice", "Windows", "Plex for Windows"),
    ("84.203.17.9", "WAN", "dmitri", "iOS", "Plex for iOS"),
    ("91.64.118.220", "WAN", "erin", "Firefox", "Plex Web"),
]
PLEX_PATHS = [
    ("GET", "/library/sections"),
    ("GET", "/library/sections/1/all?type=1&sort=addedAt:desc"),
    ("GET", "/library/sections/2/all?type=2"),
    ("GET", "/hubs/home/continueWatching"),
    ("GET", "/hubs/home/recentlyAdded?type=1&personal=1"),
    ("GET", "/library/metadata/{k}"),
    ("GET", "/library/metadata/{k}/children"),
    (
        "GET",
        "/photo/:/transcode?width=480&height=270&minSize=1&upscale=1&url=%2Flibrary%2Fmetadata%2F{k}%2Fthumb%2F1718000000",
    ),
    ("GET", "/status/sessions"),
    ("PUT", "/:/progress?key={k}&identifier=com.plexapp.plugins.library&time=120000&state=playing"),
    (
        "GET",
        "/:/timeline?ratingKey={k}&key=%2Flibrary%2Fmetadata%2F{k}&state=playing&time=512000&duration=7200000",
    ),
    (
        "POST",
        "/playQueues?type=video&uri=server%3A%2F%2F1a2b%2Fcom.plexapp.plugins.library%2Flibrary%2Fmetadata%2F{k}",
    ),
]
LOCAL_PATHS = ["/identity", "/servers", "/media/providers", "/:/prefs", "/library/sections"]
DECISIONS = [
    ("General=1000,Direct play OK.", "Direct play OK."),
    ("General=1001,Direct play not available; Conversion OK.", "Video stream is transcoding."),
    ("General=1000,Direct play OK.", "Direct stream of video, transcoding audio."),
]
SQL_SITES = [
    "../Library/MetadataItem.cpp:3117",
    "../Library/FeatureManager.cpp:412",
    "../Statistics/StatisticsManager.cpp:265",
    "../Library/MediaScanner.cpp:1088",
]


def plex_route(uri: str) -> str:
    """A request's route as the set labels one: a number in its path a variable (a section's,
    an item's key), its query's keys kept with their values as variables
    (`/library/sections/<*>/all?type=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join("<*>" if part.isdigit() else part for part in path.split("/"))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def plex(r: random.Random) -> list[Log]:
    """One Plex Media Server in a household over a day and a half: the start-up banner, web and
    app clients browsing (Request / Completed pairs, loopback requests from the local agents
    without GZIP or a token), playbacks (timeline reports in three states, play progress,
    statistics, the streaming decision, transcode sessions started and cleaned), library scans
    and the scanner activity, plex.tv calls, mapping state, SQLite busy warnings and long
    transactions during scans, request handler exceptions of two texts, a crash (ERRORs, the
    log stops) and the restart banner."""
    log = Log("Plex Media Server.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    threads = [f"0x7f3a{hexid(r, 8)}" for _ in range(14)]
    keys = {m: 14000 + i * 37 for i, m in enumerate(MOVIES)}
    live = [11]
    sessions: list[tuple[str, str, int, str]] = []  # transcode session, client id, key, title

    def emit(
        level: str,
        fmt: str,
        *vals,
        lo: float = 0.0,
        hi: float = 0.3,
        thread: str | None = None,
        lab: str | None = None,
    ) -> None:
        t = log.tick(r, lo, hi)
        th = thread or r.choice(threads)
        log.add(
            f"{t:%b} {t.day:02d}, {t.year} {t:%H:%M:%S}.{t.microsecond // 1000:03d} [{th}] {level} - {fill(fmt, *vals)}",
            label(fmt) if lab is None else lab,
        )

    def banner() -> None:
        emit(
            "INFO",
            "Plex Media Server v%s - %s %s - build: %s %s - GMT %s",
            PLEX_VERSION,
            "Docker",
            "Docker Container x86_64",
            "linux-x86_64",
            "debian",
            "00:00",
            lo=0,
            hi=0.01,
        )
        emit(
            "INFO",
            "Linux version: %s, language: %s",
            "5.15.0-107-generic (#117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024)",
            "en-US",
            lo=0,
            hi=0.01,
        )
        emit(
            "INFO",
            "Processor: %s",
            "8-core Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz",
            lo=0,
            hi=0.01,
        )
        emit("INFO", "%s", "/usr/lib/plexmediaserver/Plex Media Server", lo=0, hi=0.01)
        emit(
            "DEBUG",
            "Opening %d database sessions to library (%s), SQLite %s, threadsafe=%d",
            20,
            "com.plexapp.plugins.library",
            "3.39.4",
            1,
            lo=0.1,
            hi=0.3,
        )
        emit(
            "DEBUG",
            "Opening %d database sessions to library (%s), SQLite %s, threadsafe=%d",
            5,
            "com.plexapp.plugins.library.blobs",
            "3.39.4",
            1,
            lo=0,
            hi=0.1,
        )
        emit("INFO", "Running migrations. (EPG %d)", 0, lo=0, hi=0.2)
        emit("DEBUG", "[HttpServer] Listening on %s port %d", "IPv4", 32400, lo=0.1, hi=0.4)
        emit("DEBUG", "[HttpServer] Listening on %s port %d", "IPv6", 32400, lo=0, hi=0.05)
        emit(
            "DEBUG",
            "HTTP requesting %s %s",
            "GET",
            "https://plex.tv/api/v2/features?X-Plex-Product=Plex%20Media%20Server",
            lo=0.2,
            hi=0.8,
        )
        emit(
            "DEBUG",
            "HTTP %d response from %s %s",
            200,
            "GET",
            "https://plex.tv/api/v2/features?X-Plex-Product=Plex%20Media%20Server",
            lo=0.1,
            hi=0.6,
        )
        emit(
            "DEBUG",
            "PublicAddressManager: Got public IP from v4.plex.tv: %s",
            "81.17.204.66",
            lo=0.2,
            hi=1.0,
        )
        emit("DEBUG", "MyPlex: mapping state set to '%s'.", "Mapped - Publishing", lo=0.5, hi=2)
        emit("DEBUG", "MyPlex: Published Mapping State response was %d", 201, lo=0.2, hi=1)
        emit("DEBUG", "MyPlex: mapping state set to '%s'.", "Mapped", lo=0, hi=0.1)

    def request(local: bool = False, path: str | None = None, status: int = 200) -> None:
        if local:
            m, p = "GET", path or r.choice(LOCAL_PATHS)
            port = r.randrange(32768, 61000)
            emit(
                "DEBUG",
                "Request: [%s:%d (%s)] %s %s (%d live) Signed-in",
                "127.0.0.1",
                port,
                "Loopback",
                m,
                p,
                live[0],
                lo=0.5,
                hi=20,
            )
            emit(
                "DEBUG",
                "Completed: [%s:%d] %d %s %s (%d live) %dms %d bytes",
                "127.0.0.1",
                port,
                status,
                m,
                p,
                live[0],
                r.randrange(0, 9),
                r.randrange(200, 4000),
                lo=0,
                hi=0.05,
                # Labelled by method, route and status, as the set's access records are (round
                # 54's rule: a number in the route and a query's values are variables); the
                # `Request:` line before it has no status.
                lab=f"Completed: [%s:%d] {status} {m} {plex_route(p)} (%d live) %dms %d bytes",
            )
            return
        ip, net, user, device, product = r.choice(PLEX_CLIENTS)
        m, p = r.choice(PLEX_PATHS)
        p = p.replace("{k}", str(r.choice(list(keys.values()))))
        port = r.randrange(32768, 61000)
        live[0] = max(3, live[0] + r.choice([-1, 0, 0, 1]))
        emit(
            "DEBUG",
            "Request: [%s:%d (%s)] %s %s (%d live) GZIP Signed-in Token (%s)",
            ip,
            port,
            net,
            m,
            p,
            live[0],
            user,
            lo=0.1,
            hi=12,
        )
        if r.random() < 0.2:
            emit("DEBUG", "[Now] User is %s (ID: %d)", user, USERS.index(user) + 1, lo=0, hi=0.01)
            emit("DEBUG", "[Now] Device is %s (%s).", device, product, lo=0, hi=0.01)
            emit(
                "DEBUG",
                "[Now] Profile is %s",
                {
                    "Chrome": "Web",
                    "Firefox": "Web",
                    "Android": "Android",
                    "Roku": "Roku",
                    "iOS": "iOS",
                }.get(device, "Generic"),
                lo=0,
                hi=0.01,
            )
        ms = int(r.lognormvariate(2.5, 1))
        emit(
            "DEBUG",
            "Completed: [%s:%d] %d %s %s (%d live) GZIP %dms %d bytes (pipelined: %d)",
            ip,
            port,
            status,
            m,
            p,
            live[0],
            ms,
            r.randrange(300, 90000),
            r.randrange(1, 9),
            lo=ms / 1000,
            hi=ms / 1000 + 0.05,
            lab=f"Completed: [%s:%d] {status} {m} {plex_route(p)} (%d live) GZIP %dms %d bytes (pipelined: %d)",
        )

    def playback() -> None:
        title, year = r.choice(MOVIES)
        key = keys[(title, year)]
        client = hexid(r, 24)
        acct = r.randrange(1, 6)
        sid = hexid(r, 24)
        code, msg = r.choice(DECISIONS)
        request()
        emit(
            "DEBUG",
            "Streaming Resource: Reached Decision id=%d codes=(%s) media=(%s) directPlay=(%s) transcode=(%s)",
            r.randrange(100, 9000),
            code,
            msg,
            "Direct play OK." if "Direct play OK" in code else "Direct play not available",
            "Conversion OK." if "1001" in code else "No transcoding needed.",
            lo=0,
            hi=0.2,
        )
        if "1001" in code or "transcoding" in msg:
            emit(
                "DEBUG",
                "[Transcode] [Universal] Using local file path instead of URL: %s",
                f"/data/media/movies/{title} ({year})/{title} ({year}).mkv",
                lo=0,
                hi=0.1,
            )
            emit(
                "DEBUG",
                "[Transcode] Starting a transcode session %s at %f (state=%d)",
                sid,
                0.0,
                3,
                lo=0,
                hi=0.3,
            )
            sessions.append((sid, client, key, title))
        dur = r.randrange(5400000, 9000000)
        pos = 0
        for state in (
            ["playing"] * r.randrange(3, 9)
            + r.choice([["paused", "playing"], [], ["paused"]])
            + ["stopped"]
        ):
            pos = min(dur, pos + r.randrange(10000, 600000))
            emit(
                "DEBUG",
                "Client [%s] reporting timeline state %s, progress of %d/%dms for guid=, ratingKey=%d url=, key=/library/metadata/%d, containerKey=, metadataId=%d, source=",
                client,
                state,
                pos,
                dur,
                key,
                key,
                key,
                lo=5,
                hi=60,
            )
            if state == "playing" and r.random() < 0.5:
                emit(
                    "DEBUG",
                    "Play progress on %d '%s' - got played %d ms by account %d!",
                    key,
                    title,
                    r.randrange(5000, 60000),
                    acct,
                    lo=0,
                    hi=0.05,
                )
            if r.random() < 0.35:
                emit(
                    "DEBUG",
                    "Statistics: (%s) Reporting active playback in state %d of type %d (scrobble: %d) for account %d",
                    client,
                    {"playing": 0, "paused": 1, "stopped": 2}[state],
                    1,
                    int(pos > dur * 0.9),
                    acct,
                    lo=0,
                    hi=0.05,
                )
            if r.random() < 0.4:
                request()
        for s in [s for s in sessions if s[1] == client]:
            emit("DEBUG", "[Transcode] Killing job.", lo=0, hi=0.3)
            emit(
                "DEBUG",
                "[Transcode] Cleaning directory for session %s (%s)",
                s[0],
                f"/transcode/Transcode/Sessions/plex-transcode-{s[0]}-{uuid4(r)}",
                lo=0,
                hi=0.3,
            )
            sessions.remove(s)

    def scan() -> None:
        sec, name, root = r.choice(SECTIONS[:2])
        item = r.choice(MOVIES)[0] if sec == 1 else r.choice(SHOWS)
        aid = uuid4(r)
        emit(
            "DEBUG",
            'Library section %d (%s) will be updated because of a change in "%s"',
            sec,
            name,
            f"{root}/{item}",
            lo=1,
            hi=30,
        )
        emit(
            "DEBUG",
            'Activity: registered new activity %s - "%s"',
            aid,
            f"Scanning {name}",
            lo=0,
            hi=1,
        )
        emit("DEBUG", "Refreshing section %d of type: %d", sec, 1 if sec == 1 else 2, lo=0, hi=0.5)
        for _ in range(r.randrange(1, 5)):
            # `parent ? "yes" : "no"` at the call site: two statements, as Pulsar's `schema is`
            emit(
                "DEBUG",
                f"Scanner: Processing directory %s (parent: {r.choice(['yes', 'no'])})",
                f"{root}/{item}" if r.random() < 0.6 else root,
                lo=0,
                hi=0.5,
            )
        for _ in range(r.randrange(0, 4)):
            pick(
                r,
                [
                    (
                        5,
                        lambda: emit(
                            "WARN", "Sqlite3: Sleeping for 200ms to retry busy DB.", lo=0, hi=0.4
                        ),
                    ),
                    (
                        2,
                        lambda: emit(
                            "WARN",
                            "Held transaction for too long (%s): %f seconds",
                            r.choice(SQL_SITES),
                            r.uniform(1, 4),
                            lo=0,
                            hi=0.5,
                        ),
                    ),
                    (
                        1,
                        lambda: emit(
                            "WARN", "Waited one whole second for a busy database.", lo=0.2, hi=1
                        ),
                    ),
                ],
            )
        emit("DEBUG", "Activity: Ended activity %s.", aid, lo=1, hi=40)

    def plextv() -> None:
        url = r.choice(
            [
                "https://plex.tv/api/v2/user?X-Plex-Token=xxxxxxxxxxxxxxxxxxxx",
                "https://plex.tv/devices/1a2b3c4d5e6f/certificate/subject",
                "https://plex.tv/media/providers?X-Plex-Token=xxxxxxxxxxxxxxxxxxxx",
                "https://plex.tv/api/v2/release_channels",
            ]
        )
        emit("DEBUG", "HTTP requesting %s %s", "GET", url, lo=1, hi=30)
        code = r.choices([200, 200, 200, 200, 429, 503])[0]
        emit("DEBUG", "HTTP %d response from %s %s", code, "GET", url, lo=0.05, hi=0.9)
        if code != 200:
            emit(
                "WARN",
                "HTTP error requesting %s %s (%d, %s)",
                "GET",
                url,
                code,
                {429: "Too Many Requests", 503: "Service Unavailable"}[code],
                lo=0,
                hi=0.01,
            )

    def exc() -> None:
        pick(
            r,
            [
                (
                    3,
                    lambda: emit(
                        "ERROR",
                        "Got exception from request handler: Unable to find title for item of type %d",
                        r.choice([0, 18, 42]),
                        lo=0,
                        hi=2,
                    ),
                ),
                (
                    2,
                    lambda: emit(
                        "ERROR",
                        "Got exception from request handler: database is locked",
                        lo=0,
                        hi=2,
                    ),
                ),
                (
                    1,
                    lambda: emit(
                        "WARN",
                        "Transcoder: Unable to find media item with key %d",
                        r.randrange(13000, 16000),
                        lo=0,
                        hi=2,
                    ),
                ),
            ],
        )

    banner()
    end = datetime(2024, 6, 11, 23, 0, tzinfo=UTC)
    crashed = False
    while log.t < end:
        if not crashed and log.t > datetime(2024, 6, 11, 17, 40, tzinfo=UTC):
            crashed = True
            emit(
                "ERROR",
                "Exception inside transaction (inside=%d) (%s): %s",
                1,
                "../Library/MetadataItemClusterization.cpp:102",
                "sqlite3_statement_backend::loadOne: database disk image is malformed",
                lo=0,
                hi=3,
            )
            emit(
                "ERROR",
                "Exception inside transaction (inside=%d) (%s): %s",
                1,
                "../Library/MetadataItem.cpp:3117",
                "sqlite3_statement_backend::loadOne: database disk image is malformed",
                lo=0,
                hi=3,
            )
            emit(
                "ERROR",
                "Database corruption: %s",
                "sqlite3_statement_backend::prepare: database disk image is malformed for SQL: select * from metadata_items where id=?",
                lo=0,
                hi=1,
            )
            log.tick(r, 60, 120)
            sessions.clear()
            live[0] = 2
            banner()
            emit(
                "WARN",
                "Detected a previous unclean shutdown, checking database integrity",
                lo=0,
                hi=0.5,
            )
            continue
        pick(
            r,
            [
                (40, request),
                (12, lambda: request(local=True)),
                (2.5, playback),
                (2, scan),
                (3, plextv),
                (0.6, exc),
                (
                    0.5,
                    lambda: emit(
                        "DEBUG",
                        "Butler: starting task %s",
                        r.choice(
                            [
                                "BackupDatabase",
                                "CleanOldBundles",
                                "RefreshLocalMedia",
                                "OptimizeDatabase",
                                "DeepMediaAnalysis",
                            ]
                        ),
                        lo=60,
                        hi=600,
                    ),
                ),
                (
                    0.4,
                    lambda: emit(
                        "DEBUG",
                        "Butler: task %s completed",
                        r.choice(
                            [
                                "BackupDatabase",
                                "CleanOldBundles",
                                "RefreshLocalMedia",
                                "OptimizeDatabase",
                            ]
                        ),
                        lo=20,
                        hi=300,
                    ),
                ),
                (
                    0.8,
                    lambda: emit(
                        "WARN", "Sqlite3: Sleeping for 200ms to retry busy DB.", lo=1, hi=60
                    ),
                ),
            ],
        )
        if r.random() < 0.02:
            log.tick(r, 600, 3600)
    return [log]


# --------------------------------------------------------------------------------- couchbase

CB_NODES = {"cb1": "10.0.0.11", "cb2": "10.0.0.12", "cb3": "10.0.0.13"}
CB_BUCKETS = ["travel-sample", "orders", "sessions", "catalog"]


def couchbase(r: random.Random) -> list[Log]:
    """A three-node Couchbase Server 7.2 cluster seen from nodes cb1 and cb2 (cb3's logs not
    collected): the web start-up line and buckets loaded and warmed, config synchronisation and
    janitor skips at debug, compactions with their config term over several lines, nodes seen
    going down and coming up (the reason a term), memcached connections refused and retried
    while memcached restarts (`Service ... exited` with its messages continuing), auto-failover
    of cb3 and the rebalance that follows (one completed, one exited with a multi-line reason),
    a web request failing with its term dump, time jumps and stats grabs failing. Each record
    goes to debug.log (cb1 only), info.log and, at error, error.log: one event in each file."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC)
    files: dict[str, dict[str, Log]] = {}
    for n in ("cb1", "cb2"):
        files[n] = {"info": Log(f"{n}-info.log", t0), "error": Log(f"{n}-error.log", t0)}
    files["cb1"]["debug"] = Log("cb1-debug.log", t0)
    now = [t0]
    pids: dict[tuple[str, str], str] = {}

    def pid(node: str, mod: str) -> str:
        if (node, mod) not in pids or r.random() < 0.05:
            pids[(node, mod)] = f"<0.{r.randrange(300, 30000)}.0>"
        return pids[(node, mod)]

    def rec(
        node: str,
        cat: str,
        lvl: str,
        mod: str,
        fun: str,
        line: int,
        fmt: str,
        *vals,
        lo: float = 0,
        hi: float = 0.3,
    ) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))
        t = now[0]
        head = f"[{cat}:{lvl},{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z,ns_1@{CB_NODES[node]}:{pid(node, mod)}:{mod}:{fun}:{line}]"
        body = (head + fill(fmt, *vals)).split("\n")
        if node not in files:
            return
        targets = ["debug"]
        if lvl != "debug":
            targets.append("info")
        if lvl == "error":
            targets.append("error")
        for tg in targets:
            if tg in files[node]:
                lg = files[node][tg]
                lg.add(body[0], label(fmt))
                for b in body[1:]:
                    lg.add(b, None)

    def nodes_list(ns: list[str]) -> str:
        return "[" + ",".join(f"'ns_1@{CB_NODES[n]}'" for n in ns) + "]"

    def comp_cfg() -> str:
        f = r.choice([30, 40, 50])
        return (
            f"[{{database_fragmentation_threshold,{{{f},undefined}}}},\n"
            f" {{view_fragmentation_threshold,{{{f},undefined}}}},\n"
            " {magma_fragmentation_percentage,50},\n"
            " {parallel_db_and_view_compaction,false}]"
        )

    def startup(node: str) -> None:
        rec(
            node,
            "ns_server",
            "info",
            "ns_server_sup",
            "init",
            52,
            "Starting ns_server supervisor with chronicle backend",
            lo=0,
            hi=0.5,
        )
        rec(
            node,
            "user",
            "info",
            "menelaus_sup",
            "start_link",
            46,
            "Couchbase Server has started on web port ~p on node ~p. Version: ~p.",
            8091,
            f"'ns_1@{CB_NODES[node]}'",
            '"7.2.4-7070-enterprise"',
            lo=0.5,
            hi=2,
        )
        for b in CB_BUCKETS:
            rec(
                node,
                "user",
                "info",
                "ns_memcached",
                "handle_cast",
                680,
                "Bucket ~p loaded on node ~p in ~p seconds.",
                f'"{b}"',
                f"'ns_1@{CB_NODES[node]}'",
                r.randrange(0, 4),
                lo=0.2,
                hi=3,
            )
        for b in CB_BUCKETS:
            rec(
                node,
                "ns_server",
                "info",
                "ns_memcached",
                "handle_info",
                512,
                "Bucket ~p marked as warmed in ~p seconds",
                f'"{b}"',
                r.randrange(0, 30),
                lo=0.5,
                hi=8,
            )
            rec(
                node,
                "ns_server",
                "info",
                "ns_memcached",
                "do_handle_call",
                480,
                "Enabling traffic to bucket ~p",
                f'"{b}"',
                lo=0,
                hi=0.2,
            )

    def sync(node: str) -> None:
        other = r.choice([n for n in CB_NODES if n != node])
        rec(
            node,
            "ns_server",
            "debug",
            "ns_config_rep",
            "handle_call",
            148,
            "Got full synchronization request from ~p",
            f"'ns_1@{CB_NODES[other]}'",
            lo=1,
            hi=40,
        )
        rec(
            node,
            "ns_server",
            "debug",
            "ns_config_rep",
            "handle_call",
            154,
            "Fully synchronized config in ~p us",
            r.randrange(4, 2000),
            lo=0,
            hi=0.05,
        )

    def config_change(node: str) -> None:
        key = r.choice(
            [
                "buckets",
                "counters",
                "{node,'ns_1@10.0.0.11',memcached_config_mgr}",
                "auto_failover_cfg",
            ]
        )
        val = {
            "buckets": '[{configs,[{"orders",\n              [{uuid,<<"'
            + hexid(r, 32)
            + '">>},\n               {num_replicas,1},\n               {ram_quota,536870912}]}]}]',
            "counters": f"[{{rebalance_start,{r.randrange(1, 9)}}},{{failover_node,{r.randrange(0, 3)}}}]",
            "auto_failover_cfg": "[{enabled,true},\n {timeout,120},\n {count,0},\n {max_count,1}]",
        }.get(key, f'[{{pid,<<"{hexid(r, 12)}">>}}]')
        rec(
            node,
            "ns_server",
            "debug",
            "ns_config_log",
            "log_common",
            232,
            "config change:\n~p ->\n~p",
            key,
            val,
            lo=1,
            hi=60,
        )

    def doctor(node: str) -> None:
        body = ",\n ".join(
            f'{{\'ns_1@{ip}\',\n  [{{last_heard,{r.randrange(10**9, 2 * 10**9)}}},\n   {{active_buckets,["catalog","orders","sessions","travel-sample"]}},\n   {{memory_data,{{{r.randrange(8, 32) * 10**9},{r.randrange(2, 8) * 10**9},undefined}}}}]}}'
            for ip in CB_NODES.values()
        )
        rec(
            node,
            "ns_server",
            "debug",
            "ns_doctor",
            "update_status",
            301,
            "Current node statuses:\n~p",
            "[" + body + "]",
            lo=10,
            hi=120,
        )

    def compaction(node: str) -> None:
        b = r.choice(CB_BUCKETS)
        rec(
            node,
            "ns_server",
            "info",
            "compaction_daemon",
            "spawn_scheduled_kv_compactor",
            506,
            "Start compaction of vbuckets for bucket ~s with config: \n~p",
            b,
            comp_cfg(),
            lo=30,
            hi=600,
        )
        rec(
            node,
            "ns_server",
            "info",
            "compaction_daemon",
            "spawn_scheduled_kv_compactor",
            540,
            "Finished compaction of vbuckets for bucket ~s",
            b,
            lo=1,
            hi=90,
        )

    def janitor(node: str) -> None:
        rec(
            node,
            "ns_server",
            "debug",
            "ns_orchestrator",
            "handle_info",
            802,
            "Skipping janitor in state ~p",
            r.choice(["rebalancing", "janitor_running"]),
            lo=0.5,
            hi=20,
        )

    def unable(node: str) -> None:
        rec(
            node,
            "ns_server",
            "warn",
            "ns_memcached",
            "connect",
            1322,
            "Unable to connect: ~p, retrying.",
            "{error,{badmatch,{error,econnrefused}}}",
            lo=1,
            hi=1.1,
        )

    def long_call(node: str) -> None:
        call = r.choice(
            [
                "{stats,<<>>}",
                '{get_vbucket_details_stats,all,["state","high_seqno"]}',
                "topkeys",
                '{get_dcp_docs_estimate,<<"replication:ns_1@10.0.0.12->ns_1@10.0.0.11:orders">>}',
            ]
        )
        rec(
            node,
            "ns_server",
            "warn",
            "ns_memcached",
            "verify_report_long_call",
            344,
            "call ~p took too long: ~p us",
            call,
            r.randrange(500000, 4000000),
            lo=5,
            hi=300,
        )

    def alert(node: str) -> None:
        ip = CB_NODES[node]
        if r.random() < 0.5:
            rec(
                node,
                "user",
                "warn",
                "menelaus_web_alerts_srv",
                "global_alert",
                224,
                'Approaching full disk warning. Usage of disk "~s" on node "~s" is around ~p%.',
                "/opt/couchbase/var",
                ip,
                r.randrange(86, 97),
                lo=10,
                hi=600,
            )
        else:
            rec(
                node,
                "user",
                "warn",
                "menelaus_web_alerts_srv",
                "global_alert",
                224,
                'Metadata overhead warning. Over  ~p% of RAM allocated to bucket  "~s" on node "~s" is taken up by keys and metadata.',
                r.randrange(50, 80),
                r.choice(CB_BUCKETS),
                ip,
                lo=10,
                hi=600,
            )

    def time_jump(node: str) -> None:
        n = r.randrange(1, 5)
        rec(
            node,
            "ns_server",
            "warn",
            "ns_tick",
            "handle_info",
            120,
            "Detected time forward jump (or too large erlang scheduler latency).  Skipping ~w samples (or ~w milliseconds)",
            n,
            n * 1000 + r.randrange(10, 999),
            lo=10,
            hi=300,
        )

    def grab_fail(node: str) -> None:
        b = r.choice(CB_BUCKETS)
        rec(
            node,
            "ns_server",
            "error",
            "ns_heart",
            "grab_latest_stats",
            231,
            "Ignoring failure to grab ~p stats:\n~p",
            f'"{b}"',
            "{error,{exit,{timeout,{gen_server,call,\n                              [{'stats_reader-"
            + b
            + "',\n                                'ns_1@"
            + CB_NODES[node]
            + "'},\n                               {latest,minute}]}}}}",
            lo=1,
            hi=60,
        )

    def web_error(node: str) -> None:
        path = r.choice(
            ["/pools/default/buckets/orders/stats", "/pools/default", "/settings/autoFailover"]
        )
        term = (
            f'["web request failed",\n {{path,"{path}"}},\n {{method,\'GET\'}},\n {{type,exit}},\n {{what,{{timeout,{{gen_server,call,[ns_doctor,get_nodes]}}}}}},\n'
            ' {trace,[{gen_server,call,2,[{file,"gen_server.erl"},{line,370}]},\n'
            "         {menelaus_web_node,build_nodes_info_fun,2,\n"
            '                            [{file,"src/menelaus_web_node.erl"},{line,296}]},\n'
            '         {menelaus_web,loop_inner,4,[{file,"src/menelaus_web.erl"},{line,164}]}]}]'
        )
        rec(
            node,
            "ns_server",
            "error",
            "menelaus_web",
            "loop",
            142,
            "Server error during processing: ~p",
            term,
            lo=1,
            hi=30,
        )

    def memcached_crash(node: str) -> None:
        for b in CB_BUCKETS[:2]:
            rec(
                node,
                "ns_server",
                "info",
                "ns_memcached",
                "terminate",
                812,
                "Shutting down bucket ~p on ~p for ~p",
                f'"{b}"',
                f"'ns_1@{CB_NODES[node]}'",
                "{shutdown,{memcached_exited,134}}",
                lo=0,
                hi=0.2,
            )
        for _ in range(r.randrange(2, 6)):
            unable(node)
        msgs = (
            f"{datetime.strftime(now[0], '%Y-%m-%dT%H:%M:%S')}.{r.randrange(100000, 999999)}+00:00 CRITICAL Breakpad caught a crash (Couchbase version 7.2.4-7070). Writing crash dump to /opt/couchbase/var/lib/couchbase/crash/{uuid4(r)}.dmp before terminating.\n"
            "Stack backtrace of crashed thread:\n"
            "     /opt/couchbase/bin/memcached() [0x400000+0x1a2b3c]\n"
            "     /opt/couchbase/bin/memcached() [0x400000+0x1a2d10]\n"
            "     /lib/x86_64-linux-gnu/libpthread.so.0() [0x7f0000000000+0x12980]"
        )
        rec(
            node,
            "user",
            "info",
            "ns_log",
            "consume_log",
            79,
            "Service ~p exited with status ~p. Restarting. Messages:\n~s",
            "'memcached'",
            134,
            msgs,
            lo=0,
            hi=1,
        )
        for b in CB_BUCKETS:
            rec(
                node,
                "ns_server",
                "info",
                "ns_memcached",
                "handle_info",
                512,
                "Bucket ~p marked as warmed in ~p seconds",
                f'"{b}"',
                r.randrange(0, 30),
                lo=0.5,
                hi=5,
            )
            rec(
                node,
                "ns_server",
                "info",
                "ns_memcached",
                "do_handle_call",
                480,
                "Enabling traffic to bucket ~p",
                f'"{b}"',
                lo=0,
                hi=0.2,
            )

    def node_flap(node: str, other: str) -> None:
        rec(
            node,
            "user",
            "warn",
            "ns_node_disco",
            "handle_info",
            228,
            "Node ~p saw that node ~p went down. Details: ~p",
            f"'ns_1@{CB_NODES[node]}'",
            f"'ns_1@{CB_NODES[other]}'",
            r.choice(
                ["[{nodedown_reason,connection_closed}]", "[{nodedown_reason,net_tick_timeout}]"]
            ),
            lo=0,
            hi=2,
        )

    def node_up(node: str, other: str) -> None:
        rec(
            node,
            "user",
            "info",
            "ns_node_disco",
            "handle_info",
            222,
            "Node ~p saw that node ~p came up. Tags: ~p",
            f"'ns_1@{CB_NODES[node]}'",
            f"'ns_1@{CB_NODES[other]}'",
            "[]",
            lo=0,
            hi=2,
        )

    def rebalance(node: str, keep: list[str], eject: list[str], ok: bool) -> None:
        op = hexid(r, 32)
        rec(
            node,
            "user",
            "info",
            "ns_orchestrator",
            "idle",
            773,
            "Starting rebalance, KeepNodes = ~p, EjectNodes = ~p, Failed over and being ejected nodes = ~p; no delta recovery nodes; Operation Id = ~s",
            nodes_list(keep),
            nodes_list(eject),
            nodes_list(eject),
            op,
            lo=0,
            hi=3,
        )
        for b in CB_BUCKETS:
            rec(
                node,
                "user",
                "info",
                "ns_rebalancer",
                "rebalance_bucket",
                596,
                "Started rebalancing bucket ~s",
                b,
                lo=0.5,
                hi=5,
            )
            for _ in range(r.randrange(2, 6)):
                janitor(node)
            if not ok and b == "sessions":
                reason = "{buckets_shutdown_wait_failed,\n    [{'ns_1@10.0.0.13',\n      {'EXIT',\n       {old_buckets_shutdown_wait_failed,[\"sessions\"]}}}]}"
                rec(
                    node,
                    "user",
                    "error",
                    "ns_orchestrator",
                    "log_rebalance_completion",
                    1405,
                    "Rebalance exited with reason ~p.\nRebalance Operation Id = ~s",
                    reason,
                    op,
                    lo=5,
                    hi=60,
                )
                return
            for _ in range(r.randrange(3, 8)):
                vb = r.randrange(0, 1024)
                rec(
                    node,
                    "rebalance",
                    "info",
                    "ns_single_vbucket_mover",
                    "spawn_mover",
                    83,
                    "Moving vbucket ~p from ~p to ~p",
                    vb,
                    nodes_list([r.choice(["cb1", "cb2"])]),
                    nodes_list(["cb3"]),
                    lo=0.5,
                    hi=20,
                )
                if r.random() < 0.4:
                    rec(
                        node,
                        "rebalance",
                        "info",
                        "janitor_agent",
                        "bulk_set_vbucket_state",
                        332,
                        "Doing bulk vbucket ~p state change~n~p",
                        vb,
                        "[{'ns_1@10.0.0.13',replica,undefined,undefined}]",
                        lo=0,
                        hi=0.5,
                    )
            rec(
                node,
                "rebalance",
                "info",
                "ns_rebalancer",
                "rebalance_bucket",
                620,
                "Bucket ~p rebalance does not seem to be swap rebalance",
                f'"{b}"',
                lo=5,
                hi=40,
            )
        rec(
            node,
            "user",
            "info",
            "ns_orchestrator",
            "log_rebalance_completion",
            1401,
            "Rebalance completed successfully.\nRebalance Operation Id = ~s",
            op,
            lo=1,
            hi=20,
        )

    def failover(node: str, other: str) -> None:
        rec(
            node,
            "ns_server",
            "info",
            "auto_failover",
            "log_down_nodes_reason",
            431,
            "Node ~p is considered down. Reason:~p",
            f"'ns_1@{CB_NODES[other]}'",
            '"The data service did not respond."',
            lo=0,
            hi=1,
        )
        rec(
            node,
            "ns_server",
            "info",
            "ns_janitor",
            "cleanup_buckets",
            88,
            "Bucket ~p not yet ready on ~p",
            '"sessions"',
            nodes_list([other]),
            lo=0,
            hi=2,
        )
        rec(
            node,
            "user",
            "info",
            "failover",
            "start",
            90,
            "Starting failing over ~p",
            nodes_list([other]),
            lo=110,
            hi=125,
        )
        rec(
            node,
            "user",
            "info",
            "failover",
            "orchestrate",
            121,
            "Failed over ~p: ~p",
            nodes_list([other]),
            "ok",
            lo=1,
            hi=8,
        )
        rec(
            node,
            "user",
            "info",
            "auto_failover",
            "failover_nodes",
            580,
            "Node (~p) was automatically failed over. Reason: ~s",
            f"'ns_1@{CB_NODES[other]}'",
            "The data service did not respond.",
            lo=0,
            hi=0.5,
        )

    for n in ("cb1", "cb2", "cb3"):
        startup(n)
    rec(
        "cb1",
        "user",
        "info",
        "auto_failover",
        "handle_call",
        198,
        "Enabled auto-failover with timeout ~p and max count ~p",
        120,
        1,
        lo=20,
        hi=40,
    )
    end = t0 + timedelta(hours=30)
    events = [
        (t0 + timedelta(hours=5, minutes=12), "mc"),
        (t0 + timedelta(hours=11, minutes=3), "failover"),
        (t0 + timedelta(hours=19, minutes=47), "mc2"),
        (t0 + timedelta(hours=24, minutes=30), "web"),
    ]
    while now[0] < end:
        if events and now[0] >= events[0][0]:
            _, what = events.pop(0)
            if what == "mc":
                memcached_crash("cb2")
            elif what == "mc2":
                memcached_crash("cb1")
            elif what == "web":
                for _ in range(3):
                    web_error("cb1")
            else:
                for n in ("cb1", "cb2"):
                    node_flap(n, "cb3")
                failover("cb1", "cb3")
                for _ in range(4):
                    config_change("cb1")
                now[0] += timedelta(minutes=40)
                for n in ("cb1", "cb2"):
                    node_up(n, "cb3")
                rebalance("cb1", ["cb1", "cb2", "cb3"], [], ok=False)
                now[0] += timedelta(minutes=10)
                rebalance("cb1", ["cb1", "cb2", "cb3"], [], ok=True)
            continue
        node = r.choice(["cb1", "cb1", "cb2"])
        pick(
            r,
            [
                (20, lambda: sync(node)),
                (6, lambda: config_change(node)),
                (5, lambda: doctor(node)),
                (8, lambda: compaction(node)),
                (3, lambda: janitor(node)),
                (1.2, lambda: time_jump(node)),
                (0.7, lambda: grab_fail(node)),
                (0.5, lambda: (node_flap(node, "cb3"), node_up(node, "cb3"))),
                (1.5, lambda: long_call(node)),
                (0.4, lambda: alert(node)),
            ],
        )
    return [
        files["cb1"]["debug"],
        files["cb1"]["error"],
        files["cb1"]["info"],
        files["cb2"]["error"],
        files["cb2"]["info"],
    ]


# --------------------------------------------------------------------------------- pulsar

PULSAR_TOPICS = [
    "persistent://public/default/orders",
    "persistent://public/default/payments",
    "persistent://acme/events/clickstream",
    "persistent://acme/events/audit-log",
    "persistent://acme/iot/telemetry-partition-0",
    "persistent://acme/iot/telemetry-partition-1",
    "persistent://acme/iot/telemetry-partition-2",
    "non-persistent://acme/iot/heartbeats",
]
PULSAR_SUBS = [
    "orders-worker",
    "payments-ledger",
    "click-agg",
    "audit-archiver",
    "telemetry-sink",
    "flink-reader-3fa2c",
]
BOOKIES = [
    "bk-0.bookkeeper:3181",
    "bk-1.bookkeeper:3181",
    "bk-2.bookkeeper:3181",
    "bk-3.bookkeeper:3181",
]
ZK = [
    ("zk-0.zookeeper", "10.0.3.10"),
    ("zk-1.zookeeper", "10.0.3.11"),
    ("zk-2.zookeeper", "10.0.3.12"),
]
P = "org.apache.pulsar"
ML = "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl"


def ml_name(topic: str) -> str:
    """The managed ledger's name of a persistent topic: `tenant/namespace/persistent/topic`."""
    tenant, ns, local = topic.split("://", 1)[1].split("/", 2)
    return f"{tenant}/{ns}/persistent/{local}"


def pulsar(r: random.Random) -> list[Log]:
    """Two Pulsar 3.2 brokers over a working day: start-up (version, ZooKeeper sessions,
    bundles loaded with their topic counts, the ready line), client connections opening and
    closing, producers and consumers created and closed (printed by their toString), managed
    ledgers rolling over (a new ledger with its ensemble, old ledgers trimmed), the load
    manager's reports, cursor and dispatcher lines, a ZooKeeper session timeout with the
    metadata store's disconnect and reconnect, a bookie going away (BKException chains with
    stacks) and a broker restarted."""
    logs = [
        Log("pulsar-broker-broker-0.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)),
        Log("pulsar-broker-broker-1.log", datetime(2024, 6, 11, 6, 0, 3, tzinfo=UTC)),
    ]
    ips = ["10.0.2.20", "10.0.2.21"]
    clients = [ip4(r, "10.0.5") for _ in range(14)]
    conns: list[list[tuple[str, str]]] = [[], []]  # (remote addr, channel id)
    producers: list[list[tuple[str, str, int, str, tuple[str, str]]]] = [[], []]
    consumers: list[list[tuple[str, str, int, str, tuple[str, str]]]] = [[], []]
    ledgers: dict[str, int] = {}
    next_ledger = [40211]
    zk_sess = [f"0x{hexid(r, 15)}", f"0x{hexid(r, 15)}"]

    def emit(
        b: int,
        level: str,
        thread: str,
        logger: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
        lo: float = 0,
        hi: float = 0.5,
    ) -> None:
        log = logs[b]
        t = log.tick(r, lo, hi)
        off = t.microsecond // 1000
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%S},{off:03d}+0000 [{thread}] {level:<5} {logger} - {fill(fmt, *vals)}",
            label(fmt),
        )
        for s in stack or []:
            log.add(s, None)

    def io() -> str:
        return f"pulsar-io-{r.randrange(3, 6)}-{r.randrange(1, 9)}"

    def cnx_str(b: int, c: tuple[str, str]) -> str:
        return f"[id: 0x{c[1]}, L:/{ips[b]}:6650 - R:/{c[0]}] [SR:{c[0].split(':')[0]}, state:Connected]"

    def new_conn(b: int) -> tuple[str, str]:
        c = (f"{r.choice(clients)}:{r.randrange(32768, 61000)}", hexid(r, 8))
        conns[b].append(c)
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "New connection from {}",
            f"/{c[0]}",
            lo=0.5,
            hi=30,
        )
        return c

    def zk_connect(b: int, startup: bool) -> None:
        host, ip = r.choice(ZK)
        th = f"main-SendThread({host}:2181)"
        emit(
            b,
            "INFO",
            th,
            "org.apache.zookeeper.ClientCnxn",
            "Opening socket connection to server {}.",
            f"{host}/{ip}:2181",
            lo=0,
            hi=0.2,
        )
        emit(
            b,
            "INFO",
            th,
            "org.apache.zookeeper.ClientCnxn",
            "Socket connection established, initiating session, client: {}, server: {}",
            f"/{ips[b]}:{r.randrange(32768, 61000)}",
            f"{host}/{ip}:2181",
            lo=0,
            hi=0.05,
        )
        if startup:
            zk_sess[b] = f"0x{hexid(r, 15)}"
        emit(
            b,
            "INFO",
            th,
            "org.apache.zookeeper.ClientCnxn",
            "Session establishment complete on server {}, session id = {}, negotiated timeout = {}",
            f"{host}/{ip}:2181",
            zk_sess[b],
            30000,
            lo=0,
            hi=0.05,
        )

    def startup(b: int) -> None:
        emit(
            b,
            "INFO",
            "main",
            f"{P}.broker.PulsarService",
            "Starting Pulsar Broker service; version: '{}'",
            "3.2.2",
            lo=0,
            hi=0.5,
        )
        emit(
            b,
            "INFO",
            "main",
            f"{P}.broker.PulsarService",
            "Git Revision {}",
            "9bd8b42f1e8bbcb4c1a4a1a8f0c0b5d1a9e3b6c2",
            lo=0,
            hi=0.01,
        )
        emit(
            b,
            "INFO",
            "main",
            f"{P}.broker.PulsarService",
            "Built by {} on {} at {}",
            "root",
            "8e7a1c2b9f33",
            "2024-03-28T07:13:24+0000",
            lo=0,
            hi=0.01,
        )
        zk_connect(b, True)
        emit(
            b,
            "INFO",
            "main",
            f"{P}.metadata.impl.ZKSessionWatcher",
            "Started ZK session watcher with timeout {} ms",
            30000,
            lo=0,
            hi=0.2,
        )
        emit(
            b,
            "INFO",
            "main",
            f"{P}.broker.service.BrokerService",
            "Started Pulsar Broker service on {}",
            "/0.0.0.0:6650",
            lo=1,
            hi=3,
        )
        emit(
            b,
            "INFO",
            "main",
            "org.eclipse.jetty.server.AbstractConnector",
            "Started {}",
            f"ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
            lo=0.2,
            hi=1,
        )
        emit(
            b,
            "INFO",
            "main",
            "org.eclipse.jetty.server.Server",
            "Started {} @{}ms",
            f"Server@{hexid(r, 8)}{{STARTING}}[9.4.54.v20240208,sto=0]",
            r.randrange(6000, 25000),
            lo=0,
            hi=0.1,
        )
        for ns in ("public/default", "acme/events", "acme/iot"):
            bundle = f"{ns}/0x{r.choice(['00000000_0x40000000', '40000000_0x80000000', '80000000_0xc0000000'])}"
            emit(
                b,
                "INFO",
                "pulsar-ordered-OrderedExecutor-1-0",
                f"{P}.broker.namespace.OwnershipCache",
                "Loading all topics on bundle: {}",
                bundle,
                lo=0.2,
                hi=2,
            )
            n = r.randrange(1, 6)
            emit(
                b,
                "INFO",
                "pulsar-ordered-OrderedExecutor-1-0",
                f"{P}.broker.namespace.NamespaceService",
                "Loaded {} topics on {} -- time taken: {} seconds",
                n,
                bundle,
                f"{r.uniform(0.05, 2):.3f}",
                lo=0.5,
                hi=5,
            )
        emit(
            b,
            "INFO",
            "main",
            f"{P}.broker.PulsarService",
            "messaging service is ready, bootstrap_seconds={}, {}, cluster={}, configs={}",
            r.randrange(8, 30),
            f"{ips[b]}:8080",
            "pulsar-prod",
            "org.apache.pulsar.broker.ServiceConfiguration@" + hexid(r, 8),
            lo=0.5,
            hi=2,
        )

    def producer(b: int) -> None:
        c = r.choice(conns[b]) if conns[b] and r.random() < 0.6 else new_conn(b)
        topic = r.choice(PULSAR_TOPICS)
        pid = r.randrange(0, 40)
        name = f"pulsar-prod-{r.randrange(0, 30)}-{r.randrange(0, 900)}"
        # `schema == null ? "absent" : "present"`: the call site's literal words, two statements
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            f"[{{}}][{{}}] Creating producer. producerId={{}}, schema is {r.choice(['present', 'absent'])}",
            f"/{c[0]}",
            topic,
            pid,
            lo=0,
            hi=0.5,
        )
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Created new producer: {}",
            f"/{c[0]}",
            f"Producer{{topic=PersistentTopic{{topic={topic}}}, client={cnx_str(b, c)}, producerName={name}, producerId={pid}}}",
            lo=0,
            hi=0.1,
        )
        producers[b].append((c[0], topic, pid, name, c))

    def consumer(b: int) -> None:
        c = r.choice(conns[b]) if conns[b] and r.random() < 0.6 else new_conn(b)
        topic = r.choice(PULSAR_TOPICS)
        sub = r.choice(PULSAR_SUBS)
        cid = r.randrange(0, 40)
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Subscribing on topic {} / {}. consumerId: {}",
            f"/{c[0]}",
            topic,
            sub,
            cid,
            lo=0,
            hi=0.5,
        )
        if r.random() < 0.15:
            emit(
                b,
                "INFO",
                io(),
                f"{P}.broker.service.persistent.PersistentTopic",
                "[{}][{}] Creating non-durable subscription at msg id {} - {}",
                topic,
                sub,
                f"{r.randrange(30000, 50000)}:{r.randrange(0, 5000)}:-1",
                "{}",
                lo=0,
                hi=0.05,
            )
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Created subscription on topic {} / {}",
            f"/{c[0]}",
            topic,
            sub,
            lo=0,
            hi=0.1,
        )
        consumers[b].append((c[0], topic, cid, sub, c))
        if r.random() < 0.3:
            emit(
                b,
                "INFO",
                "broker-topic-workers-OrderedExecutor-2-0",
                f"{P}.broker.service.persistent.PersistentDispatcherMultipleConsumers",
                "[{}] Rewind from {} to {}",
                f"{topic} / {sub}",
                f"{r.randrange(30000, 50000)}:{r.randrange(0, 5000)}",
                f"{r.randrange(30000, 50000)}:{r.randrange(0, 5000)}",
                lo=0,
                hi=0.2,
            )

    def close_prod(b: int) -> None:
        if not producers[b]:
            return
        p = producers[b].pop(r.randrange(len(producers[b])))
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Closing producer on cnx {}. producerId={}",
            p[1],
            f"/{p[0]}",
            p[2],
            lo=1,
            hi=60,
        )
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Closed producer on cnx {}. producerId={}",
            p[1],
            f"/{p[0]}",
            p[2],
            lo=0,
            hi=0.05,
        )

    def close_cons(b: int) -> None:
        if not consumers[b]:
            return
        c = consumers[b].pop(r.randrange(len(consumers[b])))
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Closing consumer: consumerId={}",
            f"/{c[0]}",
            c[2],
            lo=1,
            hi=60,
        )
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.persistent.PersistentSubscription",
            "[{}][{}] Removed consumer {}",
            c[1],
            c[3],
            f"Consumer{{subscription=PersistentSubscription{{topic={c[1]}, name={c[3]}}}, consumerId={c[2]}, consumerName={hexid(r, 5)}, address={cnx_str(b, c[4])}}}",
            lo=0,
            hi=0.05,
        )
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Closed consumer, consumerId={}",
            f"/{c[0]}",
            c[2],
            lo=0,
            hi=0.05,
        )

    def close_conn(b: int) -> None:
        if not conns[b]:
            return
        c = conns[b].pop(r.randrange(len(conns[b])))
        for lst in (producers[b], consumers[b]):
            lst[:] = [x for x in lst if x[4] != c]
        emit(
            b,
            "INFO",
            io(),
            f"{P}.broker.service.ServerCnx",
            "Closed connection from {}",
            f"/{c[0]}",
            lo=1,
            hi=120,
        )

    def rollover(b: int) -> None:
        topic = r.choice([t for t in PULSAR_TOPICS if t.startswith("persistent")])
        name = ml_name(topic)
        old = ledgers.get(name)
        lid = next_ledger[0] = next_ledger[0] + r.randrange(1, 40)
        th = f"bookkeeper-ml-scheduler-OrderedScheduler-{r.randrange(0, 4)}-0"
        ens = r.sample(BOOKIES, 3)
        emit(
            b,
            "INFO",
            f"BookKeeperClientWorker-OrderedExecutor-{r.randrange(0, 8)}-0",
            "org.apache.bookkeeper.client.LedgerCreateOp",
            "Ensemble: {} for ledger: {}",
            "[" + ", ".join(ens) + "]",
            lid,
            lo=5,
            hi=240,
        )
        emit(b, "INFO", th, ML, "[{}] Created new ledger {}", name, lid, lo=0, hi=0.05)
        ledgers[name] = lid
        if old and r.random() < 0.5:
            emit(
                b,
                "INFO",
                th,
                ML,
                "[{}] End TrimConsumedLedgers. ledgers={} totalSize={}",
                name,
                r.randrange(1, 6),
                r.randrange(10**5, 10**9),
                lo=0.1,
                hi=10,
            )
            emit(
                b,
                "INFO",
                th,
                ML,
                "[{}] Removing ledger {} - size: {}",
                name,
                old,
                r.randrange(10**4, 10**8),
                lo=0,
                hi=0.05,
            )
        if r.random() < 0.3:
            emit(
                b,
                "INFO",
                th,
                "org.apache.bookkeeper.mledger.impl.ManagedCursorImpl",
                "[{}] Cursor {} recovered to position {}",
                name,
                r.choice(PULSAR_SUBS),
                f"{lid}:{r.randrange(0, 4000)}",
                lo=0,
                hi=0.5,
            )

    def load_report(b: int) -> None:
        emit(
            b,
            "INFO",
            "pulsar-load-manager-1-1",
            f"{P}.broker.loadbalance.impl.ModularLoadManagerImpl",
            "[{}] Writing local data to metadata store because maximum change {}% exceeded threshold {}%; time since last report written is {} seconds",
            f"{ips[b]}:8080",
            f"{r.uniform(10, 90):.8f}",
            10,
            f"{r.uniform(5, 900):.3f}",
            lo=30,
            hi=600,
        )

    def bk_failure(b: int) -> None:
        topic = r.choice(PULSAR_TOPICS[:5])
        name = ml_name(topic)
        bookie = BOOKIES[2]
        emit(
            b,
            "WARN",
            "BookKeeperClientWorker-OrderedExecutor-3-0",
            "org.apache.bookkeeper.client.PendingAddOp",
            "Failed to write entry ({}, {}) to bookie ({}, {}): {}",
            ledgers.get(name, 40211),
            r.randrange(0, 9000),
            r.randrange(0, 3),
            bookie,
            "Bookie handle is not available",
            lo=0.5,
            hi=5,
        )
        emit(
            b,
            "ERROR",
            "bookkeeper-ml-scheduler-OrderedScheduler-1-0",
            ML,
            "[{}] Error creating ledger rc={} {}",
            name,
            -6,
            "Not enough non-faulty bookies available",
            lo=0,
            hi=1,
        )
        emit(
            b,
            "WARN",
            io(),
            f"{P}.broker.service.persistent.PersistentTopic",
            "[{}] Failed to persist msg in store: {}",
            topic,
            "org.apache.bookkeeper.mledger.ManagedLedgerException: Not enough non-faulty bookies available",
            lo=0,
            hi=0.1,
        )
        c = r.choice(conns[b]) if conns[b] else (f"{r.choice(clients)}:51234", "0")
        emit(
            b,
            "ERROR",
            io(),
            f"{P}.broker.service.ServerCnx",
            "[{}] Failed to create topic {}, producerId={}",
            f"/{c[0]}",
            topic,
            r.randrange(0, 40),
            stack=[
                "java.util.concurrent.CompletionException: org.apache.pulsar.broker.service.BrokerServiceException$PersistenceException: org.apache.bookkeeper.mledger.ManagedLedgerException: Not enough non-faulty bookies available",
                "\tat java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:332) ~[?:?]",
                "\tat java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:347) ~[?:?]",
                "\tat java.util.concurrent.CompletableFuture$UniApply.tryFire(CompletableFuture.java:636) ~[?:?]",
                "\tat org.apache.pulsar.broker.service.BrokerService$2.openLedgerFailed(BrokerService.java:1733) ~[org.apache.pulsar-pulsar-broker-3.2.2.jar:3.2.2]",
                "\tat org.apache.bookkeeper.mledger.impl.ManagedLedgerFactoryImpl.lambda$asyncOpen$9(ManagedLedgerFactoryImpl.java:425) ~[org.apache.pulsar-managed-ledger-3.2.2.jar:3.2.2]",
                "\tat java.lang.Thread.run(Thread.java:840) ~[?:?]",
                "Caused by: org.apache.pulsar.broker.service.BrokerServiceException$PersistenceException: org.apache.bookkeeper.mledger.ManagedLedgerException: Not enough non-faulty bookies available",
                "\t... 12 more",
                "Caused by: org.apache.bookkeeper.mledger.ManagedLedgerException: Not enough non-faulty bookies available",
                "\tat org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl.createComplete(ManagedLedgerImpl.java:4166) ~[org.apache.pulsar-managed-ledger-3.2.2.jar:3.2.2]",
                "\t... 8 more",
            ],
            lo=0,
            hi=0.5,
        )

    def zk_timeout(b: int) -> None:
        host, ip = r.choice(ZK)
        th = f"main-SendThread({host}:2181)"
        emit(
            b,
            "WARN",
            th,
            "org.apache.zookeeper.ClientCnxn",
            "Client session timed out, have not heard from server in {}ms for session id {}",
            r.randrange(20001, 20500),
            zk_sess[b],
            lo=0,
            hi=1,
        )
        emit(
            b,
            "WARN",
            th,
            "org.apache.zookeeper.ClientCnxn",
            "Session {} for server {}, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
            zk_sess[b],
            f"{host}/{ip}:2181",
            lo=0,
            hi=0.01,
            stack=[
                "org.apache.zookeeper.ClientCnxn$SessionTimeoutException: Client session timed out, have not heard from server in 20004ms for session id "
                + zk_sess[b],
                "\tat org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1257) ~[org.apache.zookeeper-zookeeper-3.9.1.jar:3.9.1]",
            ],
        )
        emit(
            b,
            "INFO",
            "main-EventThread",
            f"{P}.metadata.impl.ZKSessionWatcher",
            "Got ZK session watch event: {}",
            "WatchedEvent state:Disconnected type:None path:null zxid: -1",
            lo=0,
            hi=0.05,
        )
        for left in (28, 26, 24):
            emit(
                b,
                "WARN",
                "metadata-store-zk-session-watcher-4-1",
                f"{P}.metadata.impl.ZKSessionWatcher",
                "ZooKeeper client is disconnected. Waiting to reconnect, time remaining = {} seconds",
                f"{left + r.random():.3f}",
                lo=1.9,
                hi=2.1,
            )
        zk_connect(b, False)
        emit(
            b,
            "INFO",
            "main-EventThread",
            f"{P}.metadata.impl.ZKSessionWatcher",
            "Got ZK session watch event: {}",
            "WatchedEvent state:SyncConnected type:None path:null zxid: -1",
            lo=0,
            hi=0.05,
        )
        emit(
            b,
            "INFO",
            "metadata-store-zk-session-watcher-4-1",
            f"{P}.metadata.impl.ZKSessionWatcher",
            "ZooKeeper client reconnection with server quorum. Current status: {}",
            "Connected",
            lo=0,
            hi=2,
        )

    def shutdown(b: int) -> None:
        emit(
            b,
            "INFO",
            "Thread-2",
            f"{P}.broker.PulsarService",
            "Closing PulsarService",
            lo=0,
            hi=0.5,
        )
        emit(
            b,
            "INFO",
            "Thread-2",
            f"{P}.broker.service.BrokerService",
            "Shutting down Pulsar Broker service",
            lo=0,
            hi=0.2,
        )
        n = len(conns[b])
        emit(
            b,
            "INFO",
            "Thread-2",
            f"{P}.broker.service.BrokerService",
            "Event loops shutting down gracefully...",
            lo=0,
            hi=0.5,
        )
        for c in list(conns[b]):
            emit(
                b,
                "INFO",
                io(),
                f"{P}.broker.service.ServerCnx",
                "Closed connection from {}",
                f"/{c[0]}",
                lo=0,
                hi=0.05,
            )
        conns[b].clear()
        producers[b].clear()
        consumers[b].clear()
        emit(
            b,
            "INFO",
            "Thread-2",
            f"{P}.broker.service.BrokerService",
            "Broker service completely shut down after {} ms; {} connections closed",
            r.randrange(800, 5000),
            n,
            lo=0.5,
            hi=3,
        )
        emit(b, "INFO", "Thread-2", f"{P}.broker.PulsarService", "Closed", lo=0, hi=0.5)

    for b in (0, 1):
        startup(b)
    end = datetime(2024, 6, 11, 15, 20, tzinfo=UTC)
    done: set[str] = set()
    while min(lg.t for lg in logs) < end:
        b = 0 if logs[0].t <= logs[1].t else 1
        t = logs[b].t
        if b == 0 and "zk" not in done and t > datetime(2024, 6, 11, 9, 14, tzinfo=UTC):
            done.add("zk")
            zk_timeout(0)
            continue
        if b == 1 and "bk" not in done and t > datetime(2024, 6, 11, 12, 2, tzinfo=UTC):
            done.add("bk")
            for _ in range(3):
                bk_failure(1)
            continue
        if b == 1 and "restart" not in done and t > datetime(2024, 6, 11, 14, 5, tzinfo=UTC):
            done.add("restart")
            shutdown(1)
            logs[1].tick(r, 20, 40)
            startup(1)
            continue
        pick(
            r,
            [
                (14, lambda: producer(b)),
                (16, lambda: consumer(b)),
                (12, lambda: close_prod(b)),
                (14, lambda: close_cons(b)),
                (9, lambda: close_conn(b)),
                (6, lambda: new_conn(b)),
                (10, lambda: rollover(b)),
                (4, lambda: load_report(b)),
            ],
        )
    return logs


# --------------------------------------------------------------------------------- bareos

BAREOS_VER = "23.0.3 (26Mar24)"
BAREOS_CLIENTS = [
    ("web1", "10.0.0.31"),
    ("web2", "10.0.0.32"),
    ("db1", "10.0.0.41"),
    ("db2", "10.0.0.42"),
    ("mail", "10.0.0.51"),
    ("files", "10.0.0.61"),
    ("ci-runner", "10.0.0.71"),
    ("ldap", "10.0.0.81"),
    ("monitor", "10.0.0.91"),
    ("laptop-hana", "10.0.8.23"),
]
BAREOS_FILESETS = {
    "web1": "LinuxAll",
    "web2": "LinuxAll",
    "db1": "Databases",
    "db2": "Databases",
    "mail": "MailSpool",
    "files": "FileShares",
    "ci-runner": "LinuxAll",
    "ldap": "LinuxAll",
    "monitor": "LinuxAll",
    "laptop-hana": "HomeDirs",
}
TLS = "TLS_CHACHA20_POLY1305_SHA256 TLSv1.3"
DEVICE = '"FileStorage" (/var/lib/bareos/storage)'
STAT_PATHS = [
    "/var/lib/docker/overlay2/{h}/merged/tmp/.X11-unix",
    "/home/{u}/.cache/mozilla/firefox/{h}.default/cache2/entries/{H}",
    "/var/spool/postfix/active/{H}",
    "/tmp/systemd-private-{h}-chrony.service-{s}",
    "/run/user/1000/gvfs",
]

BACKUP_REPORT = (
    "%s %s %s:\n"
    "  Build OS:               %s\n"
    "  JobId:                  %d\n"
    "  Job:                    %s\n"
    "  Backup Level:           %s%s\n"
    '  Client:                 "%s" %s\n'
    '  FileSet:                "%s" %s\n'
    '  Pool:                   "%s" (From %s)\n'
    '  Catalog:                "%s" (From %s)\n'
    '  Storage:                "%s" (From %s)\n'
    "  Scheduled time:         %s\n"
    "  Start time:             %s\n"
    "  End time:               %s\n"
    "  Elapsed time:           %s\n"
    "  Priority:               %d\n"
    "  Allow Mixed Priority:   %s\n"
    "  FD Files Written:       %s\n"
    "  SD Files Written:       %s\n"
    "  FD Bytes Written:       %s (%sB)\n"
    "  SD Bytes Written:       %s (%sB)\n"
    "  Rate:                   %.1f KB/s\n"
    "  Software Compression:   %s\n"
    "  VSS:                    %s\n"
    "  Encryption:             %s\n"
    "  Accurate:               %s\n"
    "  Volume name(s):         %s\n"
    "  Volume Session Id:      %d\n"
    "  Volume Session Time:    %d\n"
    "  Last Volume Bytes:      %s (%sB)\n"
    "  Non-fatal FD errors:    %d\n"
    "  SD Errors:              %d\n"
    "  FD termination status:  %s\n"
    "  SD termination status:  %s\n"
    "  Bareos binary info:     %s\n"
    "  Job triggered by:       %s\n"
    "  Termination:            %s\n"
)
RESTORE_REPORT = (
    "%s %s %s:\n"
    "  Build OS:               %s\n"
    "  JobId:                  %d\n"
    "  Job:                    %s\n"
    "  Restore Client:         %s\n"
    "  Start time:             %s\n"
    "  End time:               %s\n"
    "  Elapsed time:           %s\n"
    "  Files Expected:         %s\n"
    "  Files Restored:         %s\n"
    "  Bytes Restored:         %s\n"
    "  Rate:                   %.1f KB/s\n"
    "  FD Errors:              %d\n"
    "  FD termination status:  %s\n"
    "  SD termination status:  %s\n"
    "  Bareos binary info:     %s\n"
    "  Job triggered by:       %s\n"
    "  Termination:            %s\n"
)


def human(n: int) -> str:
    for unit, div in (("G", 10**9), ("M", 10**6), ("K", 10**3)):
        if n >= div:
            return f"{n / div:.2f} {unit}"
    return f"{n} "


def bareos(r: random.Random) -> list[Log]:
    """A Bareos 23 director with one file storage daemon backing up ten clients nightly for
    eight nights (incremental, a differential on Saturday, fulls on the first night and for
    clients with no prior full), its bareos.log: job starts, TLS connections to the storage
    daemon and client, volumes created, labelled, appended to, marked used and recycled by
    pruning (`Pruned Files` / `Pruned Jobs` look-alikes), the clients' stat warnings and
    `different filesystem` notes, attribute batch inserts, the job reports (one event each),
    a client down (connect warnings, then a fatal error and the job's report at M_ERROR), a
    network error mid-job, a pool out of volumes (the mount request continued over lines), a
    restore with its own report, and a director restart."""
    log = Log("bareos.log", datetime(2024, 6, 4, 5, 59, 40, tzinfo=UTC))
    jobid = [1180]
    vols: dict[str, list] = {"Full": [3, 0], "Incremental": [17, 0], "Differential": [5, 0]}
    session = [1]
    session_time = int(datetime(2024, 6, 3, 21, 0, tzinfo=UTC).timestamp())
    has_full = {c for c, _ in BAREOS_CLIENTS if c not in ("laptop-hana", "ci-runner")}

    def emit(
        daemon: str, jid: int, fmt: str, *vals, prefix: str = "", lo: float = 0, hi: float = 2
    ) -> None:
        t = log.tick(r, lo, hi)
        body = f"{t:%d-%b %H:%M} {daemon} JobId {jid}: {prefix}{fill(fmt, *vals)}".split("\n")
        log.add(body[0], label(fmt))
        for b in body[1:]:
            log.add(b, None)

    def tstamp(t: datetime) -> str:
        return f"{t:%d-%b-%Y %H:%M:%S}"

    def vol(pool: str) -> str:
        return f"{pool}-{vols[pool][0]:04d}"

    def elapsed(s: int) -> str:
        m, sec = divmod(s, 60)
        h, m = divmod(m, 60)
        out = []
        if h:
            out.append(f"{h} hour{'s' if h > 1 else ''}")
        if m:
            out.append(f"{m} min{'s' if m > 1 else ''}")
        out.append(f"{sec} sec{'s' if sec != 1 else ''}")
        return " ".join(out)

    def backup(client: str, ip: str, sched: datetime, level: str, fail: str = "") -> None:
        jobid[0] += 1
        jid = jobid[0]
        job = f"backup-{client}.{sched:%Y-%m-%d_%H.%M.%S}_{jid % 100:02d}"
        fd = f"{client}-fd"
        start = log.tick(r, 0, 3)
        if level != "Full" and client not in has_full:
            emit("bareos-dir", jid, "No prior Full backup Job record found.", lo=0, hi=0.5)
            emit(
                "bareos-dir",
                jid,
                "No prior or suitable Full backup found in catalog. Doing FULL backup.",
                lo=0,
                hi=0.1,
            )
            level = "Full"
        pool = level
        emit("bareos-dir", jid, "Start Backup JobId %d, Job=%s", jid, job, lo=0, hi=1)
        emit(
            "bareos-dir",
            jid,
            "Connected Storage daemon at %s:%d, encryption: %s",
            "bareos-sd.example.com",
            9103,
            TLS,
            lo=0,
            hi=0.5,
        )
        emit("bareos-dir", jid, "Using Device %s to write.", '"FileStorage"', lo=0, hi=0.2)
        emit(
            "bareos-dir",
            jid,
            "Probing client protocol... (result will be saved until config reload)",
            lo=0,
            hi=0.2,
        )
        if fail == "down":
            for _ in range(r.randrange(2, 4)):
                emit(
                    "bareos-dir",
                    jid,
                    "Could not connect to Client: %s on %s:%d. ERR=%s\nRetrying ...",
                    fd,
                    ip,
                    9102,
                    "Connection refused",
                    prefix="Warning: bsock_tcp.cc:134 ",
                    lo=60,
                    hi=70,
                )
            emit(
                "bareos-dir",
                jid,
                "Unable to connect to Client: %s on %s:%d. ERR=%s",
                fd,
                ip,
                9102,
                "Connection refused",
                prefix="Fatal error: bsock_tcp.cc:147 ",
                lo=60,
                hi=70,
            )
            emit(
                "bareos-dir",
                jid,
                "No Job status returned from FD.",
                prefix="Fatal error: ",
                lo=0,
                hi=0.2,
            )
            report(
                jid,
                job,
                client,
                level,
                pool,
                sched,
                start,
                0,
                0,
                "",
                "Error",
                "Waiting on FD",
                "*** Backup Error ***",
                error=True,
            )
            return
        emit(
            "bareos-dir",
            jid,
            "Connected Client: %s at %s:%d, encryption: %s",
            fd,
            ip,
            9102,
            TLS,
            lo=0,
            hi=0.5,
        )
        emit(
            fd,
            jid,
            "Connected Storage daemon at %s:%d, encryption: %s",
            "bareos-sd.example.com",
            9103,
            TLS,
            lo=0,
            hi=0.5,
        )
        if r.random() < 0.4:
            emit("bareos-dir", jid, "Sending Accurate information to the FD.", lo=0, hi=0.3)
        if fail == "novol":
            vols[pool][0] += 1
            vols[pool][1] = 0
            emit(
                "bareos-sd",
                jid,
                'Job %s is waiting. Cannot find any appendable volumes.\nPlease use the "label" command to create a new Volume for:\n    Storage:      %s\n    Pool:         %s\n    Media type:   %s',
                job,
                DEVICE,
                pool,
                "File",
                lo=0,
                hi=1,
            )
            emit(
                "bareos-dir", jid, 'Created new Volume "%s" in catalog.', vol(pool), lo=300, hi=400
            )
            emit(
                "bareos-sd",
                jid,
                'Labeled new Volume "%s" on device %s.',
                vol(pool),
                DEVICE,
                lo=0,
                hi=0.5,
            )
            vols[pool][1] = 1
        v = vol(pool)
        if vols[pool][1] == 0:
            if r.random() < 0.5:
                old = f"{pool}-{vols[pool][0] - r.randrange(4, 9):04d}"
                emit(
                    "bareos-dir",
                    jid,
                    'There are no more Jobs associated with Volume "%s". Marking it purged.',
                    old,
                    lo=0,
                    hi=0.5,
                )
                emit(
                    "bareos-dir",
                    jid,
                    'All records pruned from Volume "%s"; marking it "Purged"',
                    old,
                    lo=0,
                    hi=0.2,
                )
                emit("bareos-dir", jid, 'Recycled volume "%s"', old, lo=0, hi=0.2)
                emit(
                    "bareos-sd",
                    jid,
                    'Recycled volume "%s" on device %s, all previous data lost.',
                    old,
                    DEVICE,
                    lo=0,
                    hi=0.5,
                )
                v = old
            else:
                emit("bareos-dir", jid, 'Created new Volume "%s" in catalog.', v, lo=0, hi=0.5)
                emit(
                    "bareos-sd",
                    jid,
                    'Labeled new Volume "%s" on device %s.',
                    v,
                    DEVICE,
                    lo=0,
                    hi=0.5,
                )
                emit(
                    "bareos-sd",
                    jid,
                    'Wrote label to prelabeled Volume "%s" on device %s',
                    v,
                    DEVICE,
                    lo=0,
                    hi=0.1,
                )
        else:
            emit(
                "bareos-sd",
                jid,
                'Volume "%s" previously written, moving to end of data.',
                v,
                lo=0,
                hi=0.5,
            )
            emit(
                "bareos-sd",
                jid,
                'Ready to append to end of Volume "%s" size=%d',
                v,
                vols[pool][1],
                lo=0,
                hi=0.2,
            )
        if client in ("web1", "web2", "ci-runner", "monitor", "ldap"):
            for fs in r.sample(
                ["/proc", "/sys", "/dev", "/run", "/sys/fs/cgroup", "/dev/shm"], r.randrange(2, 5)
            ):
                emit(
                    fd,
                    jid,
                    "     %s is a different filesystem. Will not descend from %s into it.",
                    fs,
                    "/",
                    lo=0,
                    hi=1,
                )
        for _ in range(
            r.choice([0, 0, 0, 1, 2, 4]) if client != "laptop-hana" else r.randrange(3, 12)
        ):
            p = r.choice(STAT_PATHS).format(
                h=hexid(r, 12), H=hexid(r, 40).upper(), u=r.choice(USERS), s=alnum6(r)
            )
            if r.random() < 0.7:
                emit(
                    fd,
                    jid,
                    '     Could not stat "%s": ERR=%s',
                    p,
                    "No such file or directory",
                    lo=0,
                    hi=30,
                )
            else:
                emit(
                    fd,
                    jid,
                    '     Could not open directory "%s": ERR=%s',
                    p,
                    "Permission denied",
                    lo=0,
                    hi=30,
                )
        dur = r.randrange(20, 900) if level != "Full" else r.randrange(600, 5400)
        if fail == "net":
            emit(
                "bareos-dir",
                jid,
                "Network error with FD during %s: ERR=%s",
                "Backup",
                "Connection reset by peer",
                prefix="Fatal error: ",
                lo=dur / 3,
                hi=dur / 2,
            )
            emit(
                "bareos-sd",
                jid,
                "Director's connection to SD for this Job was lost.",
                prefix="Error: ",
                lo=0,
                hi=0.5,
            )
            emit(
                "bareos-dir",
                jid,
                "No Job status returned from FD.",
                prefix="Fatal error: ",
                lo=0,
                hi=0.3,
            )
            report(
                jid,
                job,
                client,
                level,
                pool,
                sched,
                start,
                r.randrange(10, 900),
                r.randrange(10**5, 10**8),
                v,
                "Error",
                "Error",
                "*** Backup Error ***",
                error=True,
            )
            return
        files = r.randrange(30, 6000) if level != "Full" else r.randrange(20000, 300000)
        nbytes = int(files * r.uniform(3000, 90000))
        log.tick(r, dur * 0.9, dur)
        if r.random() < 0.5:
            emit(
                "bareos-sd",
                jid,
                "Elapsed time=%s, Transfer rate=%s Bytes/second",
                f"{dur // 3600:02d}:{dur // 60 % 60:02d}:{dur % 60:02d}",
                human(nbytes // max(dur, 1)).strip(),
                lo=0,
                hi=0.5,
            )
        emit("bareos-sd", jid, "Releasing device %s.", DEVICE, lo=0, hi=1)
        emit(
            "bareos-dir",
            jid,
            "Insert of attributes batch table with %d entries start",
            files,
            lo=0,
            hi=1,
        )
        emit("bareos-dir", jid, "Insert of attributes batch table done", lo=0.1, hi=files / 3000)
        vols[pool][1] += nbytes
        if level == "Full":
            has_full.add(client)
        warn = client == "laptop-hana" or r.random() < 0.05
        report(
            jid,
            job,
            client,
            level,
            pool,
            sched,
            start,
            files,
            nbytes,
            v,
            "OK -- with warnings" if warn else "OK",
            "OK",
            "Backup OK -- with warnings" if warn else "Backup OK",
        )

    def alnum6(r: random.Random) -> str:
        return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))

    def report(
        jid, job, client, level, pool, sched, start, files, nbytes, v, fdst, sdst, term, error=False
    ) -> None:
        end_t = log.t + timedelta(seconds=r.uniform(0, 1))
        secs = max(1, int((end_t - start).total_seconds()))
        since = (
            f", since={(sched - timedelta(days=1)):%Y-%m-%d} 06:00:{r.randrange(2, 40):02d}"
            if level != "Full"
            else ""
        )
        sdb = int(nbytes * 1.001)
        session[0] += 1
        vals = (
            "Bareos",
            "bareos-dir",
            BAREOS_VER,
            "Debian GNU/Linux 12 (bookworm)",
            jid,
            job,
            level,
            since,
            f"{client}-fd",
            f"{BAREOS_VER} Debian GNU/Linux 12 (bookworm),debian",
            BAREOS_FILESETS[client],
            "2024-01-10 09:14:02",
            pool,
            {
                "Full": "Job FullPool override",
                "Incremental": "Job IncPool override",
                "Differential": "Job DiffPool override",
            }[level],
            "MyCatalog",
            "Client resource",
            "File",
            "Job resource",
            tstamp(sched),
            tstamp(start),
            tstamp(end_t),
            elapsed(secs),
            10,
            "no",
            f"{files:,}",
            f"{files:,}",
            f"{nbytes:,}",
            human(nbytes),
            f"{sdb:,}",
            human(sdb),
            nbytes / 1000 / secs,
            f"{r.uniform(30, 70):.1f} % (lz4)" if nbytes else "None",
            "no",
            "no",
            r.choice(["yes", "no"]),
            v,
            session[0],
            session_time,
            f"{vols[pool][1]:,}",
            human(vols[pool][1]),
            0,
            0,
            fdst,
            sdst,
            "Bareos community build (UNSUPPORTED): Get professional support from https://www.bareos.com",
            "Scheduler",
            term,
        )
        emit("bareos-dir", jid, BACKUP_REPORT, *vals, prefix="Error: " if error else "", lo=0, hi=1)

    def prune(client: str) -> None:
        jid = jobid[0]
        emit(
            "bareos-dir",
            jid,
            "Begin pruning Jobs older than %s.",
            r.choice(["6 months ", "1 month 10 days "]),
            lo=0,
            hi=1,
        )
        n = r.randrange(0, 5)
        if n:
            # `num == 1 ? _("Job") : _("Jobs")`: a word picked by branch, so two statements
            emit(
                "bareos-dir",
                jid,
                f"Pruned %d {'Job' if n == 1 else 'Jobs'} for client %s from catalog.",
                n,
                f"{client}-fd",
                lo=0,
                hi=0.5,
            )
        else:
            emit("bareos-dir", jid, "No Jobs found to prune.", lo=0, hi=0.5)
        emit("bareos-dir", jid, "Begin pruning Files.", lo=0, hi=0.5)
        m = r.randrange(0, 4)
        if m:
            emit(
                "bareos-dir",
                jid,
                "Pruned Files from %d Jobs for client %s from catalog.",
                m,
                f"{client}-fd",
                lo=0,
                hi=0.5,
            )
        else:
            emit("bareos-dir", jid, "No Files found to prune.", lo=0, hi=0.5)
        emit("bareos-dir", jid, "End auto prune.", lo=0, hi=0.2)

    def restore() -> None:
        jobid[0] += 1
        jid = jobid[0]
        job = f"RestoreFiles.{log.t:%Y-%m-%d_%H.%M.%S}_{jid % 100:02d}"
        client = "files-fd"
        start = log.t
        emit("bareos-dir", jid, "Start Restore Job %s", job, lo=0, hi=1)
        emit(
            "bareos-dir",
            jid,
            "Connected Storage daemon at %s:%d, encryption: %s",
            "bareos-sd.example.com",
            9103,
            TLS,
            lo=0,
            hi=0.5,
        )
        emit("bareos-dir", jid, "Using Device %s to read.", '"FileStorage"', lo=0, hi=0.2)
        emit(
            "bareos-dir",
            jid,
            "Connected Client: %s at %s:%d, encryption: %s",
            client,
            "10.0.0.61",
            9102,
            TLS,
            lo=0,
            hi=0.5,
        )
        emit(
            "files-fd",
            jid,
            "Connected Storage daemon at %s:%d, encryption: %s",
            "bareos-sd.example.com",
            9103,
            TLS,
            lo=0,
            hi=0.5,
        )
        v = f"Full-{vols['Full'][0] - 1:04d}"
        emit(
            "bareos-sd",
            jid,
            'Ready to read from volume "%s" on device %s.',
            v,
            DEVICE,
            lo=0,
            hi=0.5,
        )
        emit(
            "bareos-sd",
            jid,
            'Forward spacing Volume "%s" to file:block %d:%d.',
            v,
            0,
            r.randrange(200, 900000),
            lo=0,
            hi=0.5,
        )
        log.tick(r, 30, 300)
        emit(
            "bareos-sd",
            jid,
            'End of Volume at file %d on device %s, Volume "%s"',
            r.randrange(0, 3),
            DEVICE,
            v,
            lo=0,
            hi=0.5,
        )
        emit("bareos-sd", jid, "End of all volumes.", lo=0, hi=0.2)
        emit("bareos-sd", jid, "Releasing device %s.", DEVICE, lo=0, hi=0.5)
        secs = max(1, int((log.t - start).total_seconds()))
        n = r.randrange(3, 400)
        b = n * r.randrange(2000, 200000)
        emit(
            "bareos-dir",
            jid,
            RESTORE_REPORT,
            "Bareos",
            "bareos-dir",
            BAREOS_VER,
            "Debian GNU/Linux 12 (bookworm)",
            jid,
            job,
            client,
            tstamp(start),
            tstamp(log.t),
            elapsed(secs),
            f"{n:,}",
            f"{n:,}",
            f"{b:,}",
            b / 1000 / secs,
            0,
            "OK",
            "OK",
            "Bareos community build (UNSUPPORTED): Get professional support from https://www.bareos.com",
            "User",
            "Restore OK",
            lo=0,
            hi=1,
        )

    def restart() -> None:
        emit("bareos-dir", 0, "Shutting down Bareos service: %s ...", "bareos-dir", lo=0, hi=1)
        log.tick(r, 5, 20)
        emit(
            "bareos-dir",
            0,
            "Bareos %s %s daemon started (%s)",
            "bareos-dir",
            BAREOS_VER,
            "config file /etc/bareos/bareos-dir.d",
            lo=0,
            hi=2,
        )

    night = datetime(2024, 6, 4, 6, 0, tzinfo=UTC)
    for day in range(8):
        sched = night + timedelta(days=day)
        log.t = sched + timedelta(seconds=r.uniform(0, 4))
        level = "Full" if day == 0 else "Differential" if sched.weekday() == 5 else "Incremental"
        for pool in vols:
            if vols[pool][1] > 4 * 10**9 or (pool == level and r.random() < 0.3):
                vols[pool][0] += 1
                vols[pool][1] = 0
        for client, ip in BAREOS_CLIENTS:
            fail = ""
            if day in (2, 5) and client == "laptop-hana":
                fail = "down"
            if day == 6 and client == "db2":
                fail = "net"
            if day == 5 and client == "files":
                fail = "novol"
            backup(client, ip, sched, level, fail)
            if r.random() < 0.6:
                prune(client)
        if day in (1, 5):
            log.t = sched + timedelta(hours=4, minutes=r.randrange(0, 300))
            restore()
        if day == 3:
            log.t = sched + timedelta(hours=9)
            restart()
    return [log]


# --------------------------------------------------------------------------------- rethinkdb

RT_SERVERS = {"rethink1": "10.0.4.11", "rethink2": "10.0.4.12", "rethink3": "10.0.4.13"}
RT_TABLES = [
    "app.users",
    "app.sessions",
    "app.orders",
    "app.events",
    "analytics.pageviews",
    "analytics.daily_rollup",
    "rethinkdb.jobs",
]
RT_VERSION = "rethinkdb 2.4.4~0bookworm (CLANG 14.0.6 (1:14.0.6-12))"
RT_FRAMES = [
    "backtrace_t::backtrace_t() at 0x{a} (/usr/bin/rethinkdb)",
    "format_backtrace[abi:cxx11](bool) at 0x{a} (/usr/bin/rethinkdb)",
    "report_fatal_error(char const*, int, char const*, ...) at 0x{a} (/usr/bin/rethinkdb)",
    "rdb_protocol::btree_store_t::read(read_t const&, read_response_t*, superblock_t*, signal_t*) at 0x{a} (/usr/bin/rethinkdb)",
    "store_t::protocol_read(read_t const&, read_response_t*, real_superblock_t*, signal_t*) at 0x{a} (/usr/bin/rethinkdb)",
    "coro_t::run() at 0x{a} (/usr/bin/rethinkdb)",
]


def rethinkdb(r: random.Random) -> list[Log]:
    """A three-server RethinkDB 2.4 cluster over nine days: each server's start-up block (the
    version, the OS, the data directory, the cache size, three `Listening for ... connections
    on port` and three `Listening on ... addresses:` lines, `Server ready`), servers connecting
    and disconnecting as the network flaps, heartbeat timeouts, duplicate connections
    rejected, tables' backfills starting and finishing, cache-size warnings, clean shutdowns
    for upgrades (SIGTERM, client connections, the storage engine) and one crash of rethink2
    (the error records, the backtrace continued by its frames, `Exiting.`), then its restart."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)
    logs = {n: Log(f"{n}-log_file", t0) for n in RT_SERVERS}
    ids = {n: uuid4(r) for n in RT_SERVERS}
    up = {n: t0 for n in RT_SERVERS}
    running = {n: False for n in RT_SERVERS}
    links: set[frozenset[str]] = set()
    now = [t0]

    def emit(n: str, level: str, fmt: str, *vals, lo: float = 0, hi: float = 0.01) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))
        t = now[0]
        u = (t - up[n]).total_seconds()
        body = fill(fmt, *vals).split("\n")
        logs[n].add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(100, 999)} {u:.6f}s {level}: {body[0]}",
            label(fmt),
        )
        for b in body[1:]:
            logs[n].add(b, None)

    def start(n: str, first: bool = False) -> None:
        up[n] = now[0]
        running[n] = True
        emit(n, "notice", "Running %s...", RT_VERSION, lo=0.05, hi=0.1)
        emit(n, "notice", "Running on %s", "Linux 6.1.0-21-amd64 x86_64")
        if first:
            emit(
                n,
                "notice",
                "Initializing directory %s",
                "/var/lib/rethinkdb/instances.d/default/data",
            )
        emit(
            n,
            "notice",
            "Loading data from directory %s",
            "/var/lib/rethinkdb/instances.d/default/data",
        )
        if first and n == "rethink1":
            emit(n, "notice", "Migrating cluster metadata to v%s", "2.4")
        emit(
            n,
            "info",
            "Automatically using cache size of %d MB",
            r.choice([1536, 3072, 6144]),
            lo=0.05,
            hi=0.2,
        )
        if n == "rethink3":
            emit(
                n,
                "warn",
                "Cache size does not leave much memory for server and query overhead (available memory: %d MB).",
                r.randrange(300, 900),
            )
        emit(n, "notice", "Listening for intracluster connections on port %d", 29015)
        emit(n, "notice", "Listening for client driver connections on port %d", 28015)
        emit(n, "notice", "Listening for administrative HTTP connections on port %d", 8080)
        addrs = f"127.0.0.1, {RT_SERVERS[n]}, ::1, fe80::{hexid(r, 4)}:{hexid(r, 4)}:fe{hexid(r, 2)}:{hexid(r, 4)}%2"
        emit(n, "notice", "Listening on cluster addresses: %s", addrs)
        emit(n, "notice", "Listening on driver addresses: %s", addrs)
        emit(n, "notice", "Listening on http addresses: %s", addrs)
        emit(n, "notice", 'Server ready, "%s" %s', n, ids[n], lo=0.1, hi=0.5)
        for m in RT_SERVERS:
            if m != n and running[m]:
                connect(n, m)

    def connect(a: str, b: str) -> None:
        links.add(frozenset((a, b)))
        emit(a, "notice", 'Connected to server "%s" %s', b, ids[b], lo=0, hi=0.3)
        emit(b, "notice", 'Connected to server "%s" %s', a, ids[a], lo=0, hi=0.05)

    def disconnect(a: str, b: str, timeout: bool) -> None:
        links.discard(frozenset((a, b)))
        if timeout:
            emit(
                a,
                "warn",
                "Heartbeat timeout, killing connection to peer %s",
                f"{RT_SERVERS[b]}:29015",
                lo=0,
                hi=1,
            )
        emit(a, "notice", 'Disconnected from server "%s" %s', b, ids[b], lo=0, hi=0.05)
        if running[b]:
            if timeout:
                emit(
                    b,
                    "warn",
                    "Heartbeat timeout, killing connection to peer %s",
                    f"{RT_SERVERS[a]}:29015",
                    lo=0,
                    hi=1,
                )
            emit(b, "notice", 'Disconnected from server "%s" %s', a, ids[a], lo=0, hi=0.05)

    def backfill(n: str) -> None:
        tbl = r.choice(RT_TABLES[:6])
        src = r.choice([m for m in RT_SERVERS if m != n and running[m]] or [n])
        emit(
            n,
            "info",
            "Table %s: Starting backfill of range %s from server %s",
            tbl,
            r.choice(['["", +inf)', '["", "S8000000")', '["S8000000", +inf)']),
            src,
            lo=0.5,
            hi=10,
        )
        emit(
            n,
            "info",
            "Table %s: Finished backfill of %d keys from server %s in %.3fs",
            tbl,
            r.randrange(0, 200000),
            src,
            r.uniform(0.1, 90),
            lo=1,
            hi=120,
        )

    def shutdown(n: str, sig: str) -> None:
        emit(
            n,
            "notice",
            "Server got %s from pid %d, uid %d; shutting down...",
            sig,
            r.randrange(1, 40000),
            0,
            lo=0,
            hi=1,
        )
        emit(n, "notice", "Shutting down client connections...", lo=0, hi=0.05)
        emit(n, "notice", "All client connections closed.", lo=0, hi=0.5)
        emit(
            n,
            "notice",
            "Shutting down storage engine... (This may take a while if you had a lot of unflushed data in the writeback cache.)",
            lo=0,
            hi=0.05,
        )
        emit(n, "notice", "Storage engine shut down.", lo=0.1, hi=2)
        running[n] = False
        for m in RT_SERVERS:
            if m != n and frozenset((n, m)) in links:
                links.discard(frozenset((n, m)))
                emit(m, "notice", 'Disconnected from server "%s" %s', n, ids[n], lo=0, hi=0.05)

    def crash(n: str) -> None:
        addr = "0x" + hexid(r, 12)
        emit(
            n,
            "error",
            "Error in %s at line %d:",
            "src/arch/runtime/thread_pool.cc",
            359,
            lo=0,
            hi=1,
        )
        emit(n, "error", "Segmentation fault from reading the address %s.", addr, lo=0, hi=0.001)
        emit(n, "error", "Version: %s", RT_VERSION, lo=0, hi=0.001)
        emit(n, "error", "Backtrace:", lo=0, hi=0.001)
        frames = "\n".join(
            f"{i} [0x{hexid(r, 12)}]: " + f.format(a=hexid(r, 12))
            for i, f in enumerate(RT_FRAMES, 1)
        )
        emit(n, "error", "%s\n\n%s", f"{now[0]:%a %b %d %H:%M:%S %Y}", frames, lo=0.1, hi=0.2)
        emit(n, "error", "Exiting.", lo=0, hi=0.01)
        running[n] = False
        for m in RT_SERVERS:
            if m != n and frozenset((n, m)) in links:
                links.discard(frozenset((n, m)))
                emit(
                    m,
                    "warn",
                    "Heartbeat timeout, killing connection to peer %s",
                    f"{RT_SERVERS[n]}:29015",
                    lo=5,
                    hi=10,
                )
                emit(m, "notice", 'Disconnected from server "%s" %s', n, ids[n], lo=0, hi=0.05)

    for n in RT_SERVERS:
        start(n, first=True)
        now[0] += timedelta(seconds=r.uniform(1, 5))
    end = t0 + timedelta(days=9)
    crashed = False
    upgraded = False
    while now[0] < end:
        now[0] += timedelta(seconds=r.expovariate(1 / 900))
        alive = [n for n in RT_SERVERS if running[n]]
        if not crashed and now[0] > t0 + timedelta(days=4, hours=7):
            crashed = True
            crash("rethink2")
            now[0] += timedelta(seconds=r.uniform(30, 90))
            start("rethink2")
            continue
        if not upgraded and now[0] > t0 + timedelta(days=6, hours=22):
            upgraded = True
            for n in RT_SERVERS:
                shutdown(n, "SIGTERM")
                now[0] += timedelta(seconds=r.uniform(20, 60))
                start(n)
                for _ in range(r.randrange(2, 6)):
                    backfill(n)
            continue
        a, b = r.sample(alive, 2) if len(alive) >= 2 else (alive[0], alive[0])
        link = frozenset((a, b))

        def flap() -> None:
            if a == b:
                return
            if link in links:
                disconnect(a, b, timeout=r.random() < 0.6)
            else:
                connect(a, b)

        def rejected() -> None:
            if a != b and link in links:
                emit(
                    a,
                    "notice",
                    "Rejected a connection from server %s since one is open already.",
                    ids[b],
                    lo=0,
                    hi=1,
                )

        pick(
            r,
            [
                (10, flap),
                (4, lambda: backfill(a)),
                (1, rejected),
                (
                    0.5,
                    lambda: emit(
                        a,
                        "warn",
                        "Received invalid clustering header from %s, closing connection -- something might be connecting to the wrong port.",
                        f"{ip4(r, '10.0.9')}:{r.randrange(32768, 61000)}",
                        lo=0,
                        hi=1,
                    ),
                ),
            ],
        )
        for x in RT_SERVERS:
            for y in RT_SERVERS:
                if (
                    x < y
                    and running[x]
                    and running[y]
                    and frozenset((x, y)) not in links
                    and r.random() < 0.3
                ):
                    connect(x, y)
    return list(logs.values())


SYSTEMS = {
    "plex": plex,
    "couchbase": couchbase,
    "pulsar": pulsar,
    "bareos": bareos,
    "rethinkdb": rethinkdb,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
