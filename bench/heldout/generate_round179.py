#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 179 (peertube, misskey, akkoma, gotosocial, trac) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted community servers, 06:00 to 12:00 on
2024-06-07. The brief's fifth system, Kanboard, writes next to nothing at its default level (its
`Logger` is called at `info` and above only for a failed HTTP request and a few LDAP and mail
errors) and with `DEBUG` on every request writes PicoDb's `SQL: %s`, `SQL: query_duration=%s` and
`SQL: total_execution_time=%s` for each query and five `APP: ...` lines after it: not a six-hour
run of 15-30 messages. Trac, another self-hosted project tracker, takes its place.

- PeerTube 6.1 (`peertube.log`: `docker logs` of the peertube container, winston's console
  transport without colours, `[tube.example.org:443] 2024-06-07 06:00:01.123 info: ...` with
  the call's metadata as two-space indented JSON after the message, its lines continuing the
  event): morgan's combined line for every HTTP request (`%s - %s [%s] "%s %s HTTP/%s" %s %s "%s"
  "%s"`), `Receiving inbox requests for %d activities by %s.`, the job queue's `Processing
  ActivityPub broadcast in job %s.` / `parallel broadcast` / `unicast` / `fetcher`, the views
  buffer every 30 minutes (`Processing local video %s views buffer.`), the hourly actor follow
  scores; two uploads transcoded to HLS (`Processing transcoding job %s.`, `Handling optimize
  transcoding job for %s.` and `Handling HLS transcoding job for %s.` with their payload, `...
  ended.`, `Removing Web Video files of %s now we have a HLS version of it.`); a followed
  instance gone from DNS at 07:40 (`Cannot execute job %s in queue %s.` with the payload and
  got's RequestError); the 6.1.0 upgrade at 09:30 (`Database %s is ready.`, `HTTP server
  listening on %s:%d`, `Web server: %s`); PostgreSQL restarted 10:30:00-10:31:10 (`Error in
  controller.` with Sequelize's ConnectionRefusedError and the URL, 500s, `Cannot process local
  video views buffer of video %d.`).
- Misskey 2024.5 (`misskey-web.log`: `docker logs -t` of misskey-web-1, Misskey's Logger without
  colours, `INFO 1\t[remote ap]\tCreating the Note: ...`, a worker's id or `*` for the primary,
  `ERR ` padded to four; an error's data object printed by console.log on the lines after it):
  start-up at 06:00 and at the 09:45 upgrade (`Loaded`, the logo, `Welcome to Misskey!`, `Misskey
  v%s`, `NODE_ENV: %s`, `Version %s detected.`, `Misskey initialized`, `Starting %s workers...`,
  `All workers started`, `Now listening on port %s on %s`); incoming notes (`Creating the Note:
  %s`), persons created, updated and resolved (`return existing remote user: %s`, `WebFinger for
  %s`, `return new remote user: %s`, `Failed to WebFinger for %s: ...` for a defunct instance),
  the system queue (`Checking expired mutings...`, `Tick charts...` and their `All ... ` lines),
  the deliver queue's `failed(%s) id=%s attempts=%s/%s age=%s to=%s` with the error's own text
  (the defunct instance's DNS, 410 Gone, a remote answering 502 07:40-08:20);
  Redis restarted at 08:50 (`[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s`
  with its stack, the queue workers' `error Error: connect ECONNREFUSED %s` with their data
  object, the API's `Internal error occurred in %s: %s`).
- Akkoma 3.13 (`akkoma.log`: `docker logs` of the akkoma container, Elixir's Logger console
  backend with Akkoma's `"\\n$time $metadata[$level] $message\\n"`: an empty line before every
  record, the time of day only, `request_id=...` on a request's records): the fetcher's `Could
  not decode user at fetch %s, %s`, `Rejected user %s: %s`, `Object rejected while fetching %s
  %s`, `Follower/Following counter update for %s failed.\\n%s`, `Could not decode featured
  collection at fetch %s, %s`; an instance refusing connections 07:20-08:50; PostgreSQL
  restarted at 08:31 (DBConnection's `disconnected` and `failed to connect`, Cowboy's crash
  reports, `GenServer Pleroma.Stats terminating`); the 3.13.2 upgrade at 09:40 (Ecto's `== Running
  %s %s.change/0 forward`, the migration's commands, `== Migrated %s in %ss`, `Migrations already
  up`, Phoenix's `Running %s with %s %s at %s (%s)` and `Access %s at %s`); mastodon.social
  rate-limiting the fetcher 10:15-10:45 (`Rate limited on %s! Backing off...`); the BEAM's memory
  alarm 10:55-11:20 (`:alarm_handler: {:set, ...}`, `{:clear, ...}`).
- GoToSocial 0.16 (`gotosocial.log`: `docker logs` of the gotosocial container: `timestamp="07/06/2024
  06:00:01.123" func=middleware.Logger.func1.1 level=INFO latency="1.9ms" userAgent="..."
  method=GET statusCode=200 path=/api/v1/timelines/home clientIP=... requestID=... msg="OK: wrote
  3.28kiB"`): the request log (`%s: wrote %s`, ERROR with `error=` for a 5xx), the HTTP client's
  `performing request` for every outgoing request, its `backing off for %s after http request
  error: ...` with Go's error texts (a follower's instance refusing connections 07:10-08:00, a
  remote returning 502 09:10-09:30, timeouts); a restart for the 0.16.0 upgrade at 09:00
  (`received signal %s, shutting down`, `done! exiting...`, `connected to POSTGRES database`,
  `MIGRATED DATABASE TO %s`, `started %d delivery workers` and four more pools, `listening on
  %s`); PostgreSQL restarted 11:05:20-11:06:05 (500s with the gin error in `error=`).
- Trac 1.6 (`app-trac.log`, `infra-trac.log`: two environments' `[logging] log_type = file`,
  `log_level = INFO` under Apache mod_wsgi, Python logging's `%(asctime)s Trac[%(module)s]
  %(levelname)s: %(message)s`): `Synchronized '%s' repository in %0.2f seconds` on every request
  (sync_per_request), `[%s] %s, %r, referrer %r` for every HTTP error with the exception's own
  text (crawlers following dead links: `No handler matched request to %s`, `No changeset %s in
  the repository`, `No node %s at revision %s`, `Ticket %s does not exist.`; spam bots without a
  form token; anonymous users without TICKET_CREATE), notifications (`Sending notification
  through SMTP at %s:%d to %s`, and with the relay down 08:05-08:40 `Failure sending
  notification on change to ticket #%s: %s`); Apache reloaded at 09:15 (`environment startup
  [Trac %s]` per process); trac.ini edited (`Reloading environment due to configuration
  change`); PostgreSQL restarted at 10:20 (`[%s] Internal Server Error: %r, referrer %r%s` with
  the traceback, `Failed to sync with repository "%s"; ...`).

Label notes. The heads are context: winston's `[host:port] date level:`, Docker's time and
Misskey's `LEVEL worker\\t[context]\\t`, Elixir's time, `request_id=` and `[level]`, GoToSocial's
`timestamp=`, `func=`, `level=` and every `key=value` field but `msg`, Python logging's time,
`Trac[module]` and level. A call's metadata (PeerTube's JSON, Misskey's data object) continues
its event and is not in the label. morgan's tokens, Go's and Node's error texts inside a message
contribute their formats (`getaddrinfo ENOTFOUND %s`, `connect ECONNREFUSED %s`, `dial tcp %s:
connect: connection refused`, `http response: %s`); Elixir's `inspect/1` of a term and Python's
`repr` are values. An HTTP status's text (`OK`, `Accepted`, `Not Found`) is the runtime's
http.StatusText: a value. Misskey's logo (five `console.log` calls drawing one picture) is one
event, labelled by its first line; its other banner lines are events of their own, an empty
`console.log('')` none. Akkoma's empty line before each record belongs to no event. Trac's
exception texts (HTTPNotFound's `404 Not Found (%s)` with TracError messages, Request's repr
`<%s "%s %r">`) contribute their formats.

Least sure (written from the helper's knowledge; PeerTube's logger, server.ts, job queue, job
handlers and schedulers, Misskey's Logger, boot, queue processor, deliver processor,
resolve-user and metadata services, Akkoma's config, fetchers and publisher, GoToSocial's log
package and request logger, Trac's dispatcher and repository manager were read in copies of
their sources, not necessarily of the exact release): PeerTube's `Database %s is ready.` in 6.1
and got's error properties in the JSON; Misskey 2024.5's banner wording and `Tick charts...` /
`Checking expired mutings...` wordings; Akkoma 3.13's `Rate limited on %s! Backing off...` and
which fetch errors it logs; GoToSocial 0.16's start-up wordings (`started %d ... workers`,
`MIGRATED DATABASE TO %s`), whether `performing request` is still logged at INFO, the
`latency=` quoting and the `error=` rendering; Trac's `Sending notification through SMTP at %s:%d to
%s` and the PermissionError wording.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted
from generate_round175 import dkr

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(r: random.Random, n: int) -> str:
    return "".join(r.choice(B62) for _ in range(n))


def clf(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


_PT_ID = re.compile(
    r"\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-Za-z]{22}"
)


def route_of(uri: str) -> str:
    """A request's route as the set labels one: its path with numbers, uuids and PeerTube's
    22-character short ids as variables (an account's or a channel's name kept), and its
    query's keys with their values as variables (`/api/v1/videos?start=<*>&count=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join("<*>" if _PT_ID.fullmatch(part) else part for part in path.split("/"))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
]
BOTS = [
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
]
CLIENT_IPS = [
    "203.0.113.14",
    "203.0.113.77",
    "198.51.100.23",
    "198.51.100.140",
    "192.0.2.61",
    "192.0.2.188",
    "185.220.14.9",
    "81.2.69.142",
    "91.198.174.192",
    "77.109.131.7",
    "2a01:4f8:c17:3b1a::1",
    "2001:db8:85a3::8a2e:370:7334",
]

# ------------------------------------------------------------------------------ peertube

PT_HOST = "tube.example.org"
PT_PEERS = [
    ("framatube.org", "37.187.169.41", "PeerTube/6.1.0 (+https://framatube.org)"),
    ("peertube.tv", "51.15.223.8", "PeerTube/6.0.4 (+https://peertube.tv)"),
    ("video.blender.org", "82.94.226.147", "PeerTube/6.1.0 (+https://video.blender.org)"),
    ("tilvids.com", "143.198.60.17", "PeerTube/6.0.3 (+https://tilvids.com)"),
    (
        "mastodon.social",
        "199.232.57.140",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://mastodon.social/)",
    ),
    ("fosstodon.org", "23.88.34.232", "http.rb/5.1.1 (Mastodon/4.2.9; +https://fosstodon.org/)"),
    ("videos.dead.example", "45.79.112.203", "PeerTube/5.2.1 (+https://videos.dead.example)"),
]
PT_ACCOUNTS = ["root", "nico", "lea", "devconf", "olaf", "marta"]
PT_CHANNELS = ["nico_channel", "lea_videos", "devconf_talks", "olaf_tutorials"]


def peertube(r: random.Random) -> list[Log]:
    """One PeerTube instance (docker compose: peertube, postgres, redis, nginx in front), 06:00 to
    12:00: federation traffic and viewers all morning, a followed instance gone from DNS at 07:40
    (its fetcher jobs failing), two uploads transcoded to HLS at 07:05 and 10:12, the 6.1.0
    upgrade at 09:30, PostgreSQL restarted 10:30:00-10:31:10."""
    fs = Files()
    videos = [uuid4(r) for _ in range(40)]
    short = {v: b62(r, 22) for v in videos}
    local = videos[:14]
    dead_videos = [uuid4(r) for _ in range(6)]
    restart = at(9, 30, 12)
    up = restart + sec(19.4)
    db_down = (at(10, 30, 0), at(10, 31, 10))

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"

    def P(t: datetime, level: str, label: str, msg: str, meta: object = None) -> datetime:
        extra: list[str] = []
        first = msg
        if meta is not None:
            lines = json.dumps(meta, indent=2, ensure_ascii=False).split("\n")
            first = msg + " " + lines[0]
            extra = lines[1:]
        return fs.add(
            "peertube.log",
            t,
            label,
            lambda x: [f"[{PT_HOST}:443] {ts(x)} {level}: {first}", *extra],
            "peertube",
            1000,
        )

    def access(
        t: datetime, ip: str, method: str, url: str, status: int, size: str, ref: str, ua: str
    ) -> datetime:
        # morgan's combined line, labelled by method, route and status as the set's access
        # records are (round 54's rule: ids in the route and a query's values are variables).
        return fs.add(
            "peertube.log",
            t,
            f'%s - %s [%s] "{method} {route_of(url)} HTTP/%s" {status} %s "%s" "%s"',
            lambda x: [
                f'[{PT_HOST}:443] {ts(x)} info: {ip} - - [{clf(x)}] "{method} {url} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
            ],
            "peertube",
            1000,
        )

    def down(t: datetime) -> bool:
        return restart <= t < up

    # BullMQ numbers each queue's jobs on its own
    JOB_BASE = {
        "broadcast": 412077,
        "parallel": 96130,
        "unicast": 1843221,
        "fetcher": 230415,
        "transcoding": 5120,
    }
    JOB_RATE = {
        "broadcast": 1 / 90,
        "parallel": 1 / 600,
        "unicast": 1 / 40,
        "fetcher": 1 / 120,
        "transcoding": 1 / 2400,
    }

    def job(q: str, t: datetime) -> str:
        n = JOB_BASE[q] + int((t - T0).total_seconds() * JOB_RATE[q]) + r.randint(0, 2)
        return str(n)

    def stack(head: str, frames: list[str]) -> str:
        return head + "".join("\n    at " + f for f in frames)

    GOT_FRAMES = [
        "ClientRequest.<anonymous> (file:///app/node_modules/got/dist/source/core/index.js:790:107)",
        "Object.onceWrapper (node:events:634:26)",
        "ClientRequest.emit (node:events:531:35)",
        "TLSSocket.socketErrorListener (node:_http_client:500:9)",
        "TLSSocket.emit (node:events:519:28)",
        "emitErrorNT (node:internal/streams/destroy:169:8)",
        "emitErrorCloseNT (node:internal/streams/destroy:128:3)",
        "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
        "GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:109:26)",
    ]
    SEQ_FRAMES = [
        "Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:133:24)",
        "Client._handleErrorWhileConnected (/app/node_modules/pg/lib/client.js:327:19)",
        "Client._handleErrorEvent (/app/node_modules/pg/lib/client.js:337:19)",
        "Connection.emit (node:events:519:28)",
        "Socket.reportStreamError (/app/node_modules/pg/lib/connection.js:58:12)",
        "Socket.emit (node:events:519:28)",
        "emitErrorNT (node:internal/streams/destroy:169:8)",
        "emitErrorCloseNT (node:internal/streams/destroy:128:3)",
        "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
    ]

    def seq_err() -> dict:
        msg = "connect ECONNREFUSED 172.18.0.3:5432"
        return {
            "stack": stack("SequelizeConnectionRefusedError: " + msg, SEQ_FRAMES),
            "message": msg,
            "name": "SequelizeConnectionRefusedError",
            "parent": {
                "stack": stack(
                    "Error: " + msg,
                    ["TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)"],
                ),
                "message": msg,
                "errno": -111,
                "code": "ECONNREFUSED",
                "syscall": "connect",
                "address": "172.18.0.3",
                "port": 5432,
            },
        }

    def browser(t: datetime) -> None:
        ip = r.choice(CLIENT_IPS)
        ua = r.choice(UAS)
        v = r.choice(videos)
        ref = f"https://{PT_HOST}/w/{short[v]}"
        db_fail = in_any(t, [db_down])
        kind = weighted(
            r,
            [
                (5, "video"),
                (3, "list"),
                (3, "views"),
                (2, "config"),
                (1.5, "page"),
                (1, "comments"),
                (0.8, "feed"),
                (0.6, "search"),
                (0.5, "captions"),
                (0.4, "static"),
            ],
        )
        if kind == "video":
            url, status, size = f"/api/v1/videos/{short[v]}", 200, str(r.randint(5200, 9800))
        elif kind == "list":
            url = r.choice(
                [
                    "/api/v1/videos?start=0&count=25&sort=-publishedAt&skipCount=true&nsfw=false",
                    "/api/v1/videos?start=0&count=25&sort=-trending&skipCount=true",
                    "/api/v1/videos?start=25&count=25&sort=-publishedAt&skipCount=true&isLocal=true",
                    "/api/v1/overviews/videos?page=1",
                ]
            )
            status, size = 200, str(r.randint(18000, 64000))
            ref = f"https://{PT_HOST}/videos/" + r.choice(["browse", "local", "trending"])
        elif kind == "views":
            url, status, size = f"/api/v1/videos/{v}/views", 204, "-"
        elif kind == "config":
            url, status, size = "/api/v1/config", 200, str(r.randint(8100, 8300))
        elif kind == "page":
            url = r.choice(
                [
                    f"/w/{short[v]}",
                    "/videos/browse",
                    f"/a/{r.choice(PT_ACCOUNTS)}/videos",
                    f"/c/{r.choice(PT_CHANNELS)}/videos",
                ]
            )
            status, size = 200, str(r.randint(4800, 5400))
            ref = "-"
        elif kind == "comments":
            url = f"/api/v1/videos/{v}/comment-threads?start=0&count=10&sort=-createdAt"
            status, size = 200, str(r.randint(300, 6000))
        elif kind == "feed":
            url = r.choice(
                [
                    "/feeds/videos.xml?sort=-publishedAt",
                    f"/feeds/videos.xml?videoChannelId={r.randint(2, 9)}",
                ]
            )
            status, size, ua, ref = (
                200,
                str(r.randint(9000, 40000)),
                r.choice(
                    [
                        "Tiny Tiny RSS/24.05 (Unsupported) (https://tt-rss.org/)",
                        "FreshRSS/1.24.0 (Linux; https://freshrss.org)",
                        "NetNewsWire (RSS Reader; https://netnewswire.com/)",
                    ]
                ),
                "-",
            )
        elif kind == "search":
            url = (
                "/api/v1/search/videos?start=0&count=10&search="
                + r.choice(["blender", "linux", "conference", "tutorial+gimp", "krita"])
                + "&searchTarget=local"
            )
            status, size = 200, str(r.randint(2000, 20000))
        elif kind == "captions":
            url, status, size = f"/api/v1/videos/{v}/captions", 200, str(r.choice([25, 312, 590]))
        else:
            url, status, size, ua = (
                r.choice(["/robots.txt", "/sitemap.xml", "/.well-known/nodeinfo"]),
                200,
                str(r.randint(200, 3000)),
                r.choice(BOTS),
            )
            ref = "-"
        if r.random() < 0.04 and kind in ("video", "comments", "captions"):
            gone = uuid4(r)
            url, status, size = url.replace(v, gone).replace(short[v], b62(r, 22)), 404, "136"
        if db_fail and url.startswith("/api/"):
            te = P(
                t,
                "error",
                "Error in controller.",
                "Error in controller.",
                {"err": seq_err(), "url": url},
            )
            access(
                te + sec(0.002), ip, "POST" if kind == "views" else "GET", url, 500, "123", ref, ua
            )
            return
        access(t, ip, "POST" if kind == "views" else "GET", url, status, size, ref, ua)

    def inbox(t: datetime) -> None:
        host, ip, ua = r.choice(PT_PEERS[:6])
        n = weighted(r, [(20, 1), (1, 2), (0.4, 5)])
        who = f"https://{host}/" + (
            f"accounts/{r.choice(['alice', 'bob', 'kai', 'tomas', 'inge', 'peertube'])}"
            if host not in ("mastodon.social", "fosstodon.org")
            else f"users/{r.choice(['alice', 'bob', 'kai', 'tomas', 'inge', 'rene'])}"
        )
        path = r.choice(
            [
                "/inbox",
                "/inbox",
                "/accounts/peertube/inbox",
                f"/video-channels/{r.choice(PT_CHANNELS)}/inbox",
            ]
        )
        t = P(
            t,
            "info",
            "Receiving inbox requests for %d activities by %s.",
            f"Receiving inbox requests for {n} activities by {who}.",
        )
        access(t + sec(r.uniform(0.001, 0.004)), ip, "POST", path, 204, "-", "-", ua)

    def ap_fetch(t: datetime) -> None:
        _host, ip, ua = r.choice(PT_PEERS[:6])
        v = r.choice(local)
        url = r.choice(
            [
                f"/videos/watch/{v}",
                f"/videos/watch/{v}/comments",
                f"/accounts/{r.choice(PT_ACCOUNTS)}",
                f"/video-channels/{r.choice(PT_CHANNELS)}",
                f"/videos/watch/{v}/likes",
                "/accounts/peertube",
            ]
        )
        access(t, ip, "GET", url, 200, str(r.randint(900, 14000)), "-", ua)

    # traffic
    for t in poisson(r, T0, T_END, 24.0) + poisson(r, *db_down, 3.5):
        if not down(t):
            browser(t)
    for t in poisson(r, T0, T_END, 64.0):
        if not down(t):
            inbox(t)
    for t in poisson(r, T0, T_END, 150.0):
        if not down(t):
            ap_fetch(t)
    # jobs
    for t in poisson(r, T0, T_END, 260.0):
        if not down(t):
            P(
                t,
                "info",
                "Processing ActivityPub broadcast in job %s.",
                f"Processing ActivityPub broadcast in job {job('broadcast', t)}.",
            )
    for t in poisson(r, T0, T_END, 170.0):
        if not down(t):
            P(
                t,
                "info",
                "Processing ActivityPub unicast in job %s.",
                f"Processing ActivityPub unicast in job {job('unicast', t)}.",
            )
    for t in poisson(r, T0, T_END, 480.0):
        if not down(t):
            P(
                t,
                "info",
                "Processing ActivityPub fetcher in job %s.",
                f"Processing ActivityPub fetcher in job {job('fetcher', t)}.",
            )
    # the dead instance's videos: fetcher jobs crawling their comments and shares fail
    for t in poisson(r, at(7, 40), T_END, 900.0):
        if down(t):
            continue
        v = r.choice(dead_videos)
        kind = r.choice(["video-comments", "video-shares", "video-likes"])
        jid = job("fetcher", t)
        vid = r.randint(300, 420)
        for attempt in range(3):
            ta = t + sec(60 * (2**attempt - 1) + r.uniform(0, 4))
            if down(ta) or ta >= T_END:
                break
            ta = P(
                ta,
                "info",
                "Processing ActivityPub fetcher in job %s.",
                f"Processing ActivityPub fetcher in job {jid}.",
            )
            msg = "getaddrinfo ENOTFOUND videos.dead.example"
            P(
                ta + sec(r.uniform(0.01, 0.05)),
                "error",
                "Cannot execute job %s in queue %s.",
                f"Cannot execute job {jid} in queue activitypub-http-fetcher.",
                {
                    "payload": {
                        "uri": f"https://videos.dead.example/videos/watch/{v}/{kind.split('-')[1]}",
                        "type": kind,
                        "videoId": vid,
                    },
                    "err": {
                        "stack": stack("RequestError: " + msg, GOT_FRAMES),
                        "message": msg,
                        "name": "RequestError",
                        "code": "ENOTFOUND",
                    },
                },
            )
    # views buffer every 30 minutes, actor follow scores hourly (schedulers restart with the process)
    for base in (T0 - sec(1397.3), up):
        t = base
        end = restart if base < restart else T_END
        while True:
            t += sec(1800)
            if t >= end:
                break
            if t < T0:
                continue
            for v in r.sample(local, r.randint(2, 5)):
                if in_any(t, [db_down]):
                    P(
                        t + sec(0.01),
                        "error",
                        "Cannot process local video views buffer of video %d.",
                        f"Cannot process local video views buffer of video {local.index(v) + 212}.",
                        {"err": seq_err()},
                    )
                    continue
                tv = P(
                    t + sec(r.uniform(0.005, 0.03)),
                    "info",
                    "Processing local video %s views buffer.",
                    f"Processing local video {v} views buffer.",
                )
                P(
                    tv + sec(r.uniform(0.05, 0.4)),
                    "info",
                    "Processing ActivityPub parallel broadcast in job %s.",
                    f"Processing ActivityPub parallel broadcast in job {job('parallel', tv)}.",
                )
        t = base + sec(r.uniform(100, 900))
        while t < end:
            if t >= T0:
                t1 = P(
                    t,
                    "info",
                    "Processing pending actor follow scores.",
                    "Processing pending actor follow scores.",
                )
                P(
                    t1 + sec(0.02),
                    "info",
                    "Removing bad actor follows (scheduler).",
                    "Removing bad actor follows (scheduler).",
                )
            t += sec(3600)
    # uploads and transcoding
    for t_up, v in ((at(7, 5, 31), local[0]), (at(10, 12, 8), local[1])):
        ip, ua = r.choice(CLIENT_IPS[:6]), UAS[0]
        upid = f"{hexid(r, 32)}-{r.randint(1000000, 9000000)}"
        t = access(
            t_up,
            ip,
            "POST",
            "/api/v1/videos/upload-resumable?upload_type=resumable",
            201,
            "-",
            f"https://{PT_HOST}/videos/upload",
            ua,
        )
        chunks = r.randint(14, 22)
        for i in range(chunks):
            t += sec(r.uniform(3.5, 6.0))
            last = i == chunks - 1
            t = access(
                t,
                ip,
                "PUT",
                f"/api/v1/videos/upload-resumable?upload_type=resumable&upload_id={upid}",
                200 if last else 308,
                str(r.randint(900, 1400)) if last else "-",
                f"https://{PT_HOST}/videos/upload",
                ua,
            )
        t += sec(r.uniform(0.5, 2))
        jid = job("transcoding", t)
        t = P(t, "info", "Processing transcoding job %s.", f"Processing transcoding job {jid}.")
        pay = {
            "type": "optimize-to-web-video",
            "videoUUID": v,
            "isNewVideo": True,
            "canMoveVideoState": True,
        }
        t = P(
            t + sec(0.02),
            "info",
            "Handling optimize transcoding job for %s.",
            f"Handling optimize transcoding job for {v}.",
            {"payload": pay},
        )
        t = P(
            t + sec(r.uniform(90, 240)),
            "info",
            "Optimize transcoding job for %s ended.",
            f"Optimize transcoding job for {v} ended.",
            {"payload": pay},
        )
        for res in (1080, 720, 480, 360, 240):
            jid = str(int(jid) + 1)
            t = P(
                t + sec(r.uniform(0.5, 3)),
                "info",
                "Processing transcoding job %s.",
                f"Processing transcoding job {jid}.",
            )
            pay = {
                "type": "new-resolution-to-hls",
                "videoUUID": v,
                "resolution": res,
                "fps": 30,
                "copyCodecs": res == 1080,
                "isNewVideo": True,
                "isMaxQuality": res == 1080,
                "deleteWebVideoFiles": res == 240,
                "canMoveVideoState": res == 240,
            }
            t = P(
                t + sec(0.02),
                "info",
                "Handling HLS transcoding job for %s.",
                f"Handling HLS transcoding job for {v}.",
                {"payload": pay},
            )
            t = P(
                t + sec(r.uniform(20, 160) * res / 720),
                "info",
                "HLS transcoding job for %s ended.",
                f"HLS transcoding job for {v} ended.",
                {"payload": pay},
            )
        P(
            t + sec(0.05),
            "info",
            "Removing Web Video files of %s now we have a HLS version of it.",
            f"Removing Web Video files of {v} now we have a HLS version of it.",
            {"resolutionExceptions": []},
        )
    # the 6.1.0 upgrade
    t = P(up - sec(4.1), "info", "Database %s is ready.", "Database peertube_prod is ready.")
    t = P(up, "info", "HTTP server listening on %s:%d", "HTTP server listening on 0.0.0.0:9000")
    P(t + sec(0.001), "info", "Web server: %s", f"Web server: https://{PT_HOST}")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- misskey

MK_URL = "https://mk.example.social"
MK_PEERS = [
    ("misskey.io", "notes", 9),
    ("mastodon.social", "users", 7),
    ("fedibird.com", "users", 3),
    ("misskey.design", "notes", 2),
    ("mstdn.jp", "users", 3),
    ("pawoo.net", "users", 1.5),
    ("sushi.ski", "notes", 1.5),
    ("fosstodon.org", "users", 1),
    ("nijimiss.moe", "notes", 1.5),
    ("akko.example.net", "objects", 0.6),
]
MK_USERS = [
    "syuilo",
    "tamaina",
    "kakkokari",
    "aqz",
    "rinsuki",
    "ai",
    "mei23",
    "nekomimi",
    "hinata",
    "kurumi",
    "yuki_1209",
    "sasa",
    "momo",
    "tanuki_san",
    "mizuki",
]
AID = "0123456789abcdefghijklmnopqrstuvwxyz"


def aid(r: random.Random, t: datetime) -> str:
    """Misskey's aidx-like id: base36 time, then random."""
    ms = int(t.timestamp() * 1000) - 946684800000
    s = ""
    while ms:
        ms, d = divmod(ms, 36)
        s = AID[d] + s
    return s.rjust(8, "0") + "".join(r.choice(AID) for _ in range(8))


def misskey(r: random.Random) -> list[Log]:
    """One Misskey server (docker compose: web with the primary and two cluster workers, db,
    redis), 06:00 to 12:00: started at 06:00:04 after the host's reboot, incoming notes and
    persons all morning, a defunct instance's DNS gone (every delivery to it failing), a remote
    returning 502 07:40-08:20, Redis restarted at 08:50 (40 s), the 2024.5.0 upgrade at 09:45."""
    fs = Files()
    F = "misskey-web.log"

    def M(
        t: datetime,
        lvl: str,
        worker: str,
        ctx: str,
        label: str | None,
        msg: str,
        data: list[str] | None = None,
    ) -> datetime:
        ns = r.randint(0, 999)

        def text(x: datetime) -> list[str]:
            stamp = dkr(x, ns)
            first = f"{stamp} {lvl} {worker}\t[{ctx}]\t{msg}"
            if not data:
                return [first]
            return [first + " " + data[0], *(f"{stamp} {d}" for d in data[1:])]

        return fs.add(F, t, label, text, "web-" + worker, 1)

    def raw(t: datetime, label: str | None, lines: list[str], proc: str = "web-*") -> datetime:
        ns = r.randint(0, 999)
        return fs.add(F, t, label, lambda x: [f"{dkr(x, ns)} {ln}" for ln in lines], proc, 1)

    def boot(t: datetime, version: str) -> datetime:
        t = M(t, "DONE", "*", "core boot config", "Loaded", "Loaded")
        v = f"v{version}"
        t = raw(
            t + sec(0.004),
            "  _____ _         _           ",
            [
                "  _____ _         _           ",
                " |     |_|___ ___| |_ ___ _ _ ",
                " | | | | |_ -|_ -| '_| -_| | |",
                " |_|_|_|_|___|___|_,_|___|_  |",
                " " + v + "                        |___|\n"[len(v) :].rstrip("\n"),
                "",
            ],
        )
        t = raw(
            t + sec(0.0002),
            " If you like Misskey, please donate to support development. https://www.patreon.com/syuilo",
            [
                " If you like Misskey, please donate to support development. https://www.patreon.com/syuilo"
            ],
        )
        t = raw(t + sec(0.0002), None, [""])
        t = raw(t + sec(0.0004), "--- %s (PID: %s) ---", ["--- 3f9c1d0e7a2b (PID: 1) ---"])
        t = M(
            t + sec(0.001), "INFO", "*", "core boot", "Welcome to Misskey!", "Welcome to Misskey!"
        )
        t = M(t + sec(0.0002), "INFO", "*", "core boot", "Misskey v%s", f"Misskey v{version}")
        t = M(t + sec(0.0003), "INFO", "*", "core boot env", "NODE_ENV: %s", "NODE_ENV: production")
        t = M(
            t + sec(0.011),
            "INFO",
            "*",
            "core boot nodejs",
            "Version %s detected.",
            "Version v20.12.2 detected.",
        )
        t = M(
            t + sec(0.002), "DONE", "*", "core boot", "Misskey initialized", "Misskey initialized"
        )
        t = M(
            t + sec(r.uniform(2.5, 4.0)),
            "INFO",
            "*",
            "core boot",
            "Starting %s workers...",
            "Starting 2 workers...",
        )
        t = M(
            t + sec(r.uniform(6, 9)),
            "DONE",
            "*",
            "core boot",
            "All workers started",
            "All workers started",
        )
        return M(
            t + sec(0.001),
            "DONE",
            "*",
            "core boot",
            "Now listening on port %s on %s",
            f"Now listening on port 3000 on {MK_URL}",
        )

    start1 = at(6, 0, 4)
    restart = at(9, 45, 20)
    ready = [boot(start1, "2024.3.1")]
    ready.append(boot(restart + sec(14.2), "2024.5.0"))
    downs = [(T0, ready[0] + sec(1)), (restart, ready[1] + sec(1))]
    redis_down = (at(8, 50, 11), at(8, 50, 52))

    def ok(t: datetime) -> bool:
        return not in_any(t, downs) and not in_any(t, [redis_down])

    def w() -> str:
        return r.choice("12")

    def peer() -> tuple[str, str]:
        host, kind, _ = weighted(r, [(wt, (h, k, wt)) for h, k, wt in MK_PEERS])  # type: ignore[misc]
        return host, kind

    def note_uri(t: datetime) -> str:
        host, kind = peer()
        if kind == "notes":
            return f"https://{host}/notes/{aid(r, t)}"
        if kind == "objects":
            return f"https://{host}/objects/{uuid4(r)}"
        return f"https://{host}/users/{r.choice(MK_USERS)}/statuses/{r.randint(112570000000000000, 112590000000000000)}"

    def person_uri() -> str:
        host, kind = peer()
        if kind == "notes":
            return f"https://{host}/users/{aid(r, T0 - timedelta(days=r.randint(30, 900)))[:10]}"
        return f"https://{host}/users/{r.choice(MK_USERS)}"

    def acct() -> str:
        host, _ = peer()
        return f"{r.choice(MK_USERS)}@{host}"

    # incoming notes
    for t in poisson(r, T0, T_END, 24.0):
        if ok(t):
            M(
                t,
                "INFO",
                w(),
                "remote ap",
                "Creating the Note: %s",
                f"Creating the Note: {note_uri(t)}",
            )
    for t in poisson(r, T0, T_END, 240.0):
        if ok(t):
            M(
                t,
                "INFO",
                w(),
                "remote ap",
                "Updating the Person: %s",
                f"Updating the Person: {person_uri()}",
            )
    for t in poisson(r, T0, T_END, 420.0):
        if not ok(t):
            continue
        a = acct()
        wk = w()
        if r.random() < 0.5:
            t = M(t, "INFO", wk, "remote resolve-user", "WebFinger for %s", f"WebFinger for {a}")
            t = M(
                t + sec(r.uniform(0.2, 0.9)),
                "DONE",
                wk,
                "remote resolve-user",
                "return new remote user: %s",
                f"return new remote user: {a}",
            )
        u, h = a.split("@")
        M(
            t + sec(r.uniform(0.1, 0.6)),
            "INFO",
            wk,
            "remote ap",
            "Creating the Person: %s",
            f"Creating the Person: https://{h}/users/{u}",
        )
    for t in poisson(r, T0, T_END, 150.0):
        if not ok(t):
            continue
        M(
            t,
            "INFO",
            w(),
            "remote resolve-user",
            "return existing remote user: %s",
            f"return existing remote user: {acct()}",
        )
    # mentions of accounts on the defunct instance and on a moved one
    for t in poisson(r, T0, T_END, 1200.0):
        if not ok(t):
            continue
        wk = w()
        a = f"{r.choice(MK_USERS)}@mstdn.defunct.example"
        t = M(t, "INFO", wk, "remote resolve-user", "WebFinger for %s", f"WebFinger for {a}")
        u = a.split("@")[0]
        M(
            t + sec(r.uniform(0.01, 0.05)),
            "ERR ",
            wk,
            "remote resolve-user",
            "Failed to WebFinger for %s: request to %s failed, reason: getaddrinfo ENOTFOUND %s",
            f"Failed to WebFinger for {a}: request to https://mstdn.defunct.example/.well-known/webfinger?resource=acct%3A{u}%40mstdn.defunct.example failed, reason: getaddrinfo ENOTFOUND mstdn.defunct.example",
        )
    # system queue: expired mutings every 5 minutes, charts at :55
    t = at(6, 5)
    while t < T_END:
        ts = t + sec(r.uniform(0.002, 0.05))
        if ok(ts):
            wk = w()
            ts = M(
                ts,
                "INFO",
                wk,
                "queue check-expired-mutings",
                "Checking expired mutings...",
                "Checking expired mutings...",
            )
            M(
                ts + sec(r.uniform(0.005, 0.04)),
                "DONE",
                wk,
                "queue check-expired-mutings",
                "All expired mutings checked.",
                "All expired mutings checked.",
            )
        if t.minute == 55:
            wk = w()
            tc = M(
                t + sec(r.uniform(0.1, 0.3)),
                "INFO",
                wk,
                "queue tick-charts",
                "Tick charts...",
                "Tick charts...",
            )
            M(
                tc + sec(r.uniform(0.4, 2.5)),
                "DONE",
                wk,
                "queue tick-charts",
                "All charts successfully ticked.",
                "All charts successfully ticked.",
            )
        t += sec(300)

    # deliveries that fail
    def jobid(t0: datetime) -> int:
        # BullMQ's counter of the deliver queue, about five jobs a second
        return 2411870 + int((t0 - T0).total_seconds() * 5.1) + r.randint(0, 4)

    def failed(
        t: datetime, err: tuple[str, str], to: str, attempt: int, age: float, jid: int = 0
    ) -> None:
        jid = jid or jobid(t - sec(age))
        if age > 60:
            a = f"{int(age // 60)}m"
        elif age > 10:
            a = f"{int(age)}s"
        else:
            a = f"{int(age * 1000)}ms"
        label, text = err
        M(
            t,
            "WARN",
            w(),
            "queue deliver",
            f"failed({label}) id=%s attempts=%s/%s age=%s to=%s",
            f"failed({text}) id={jid} attempts={attempt}/12 age={a} to={to}",
        )

    def backoff(n: int) -> float:
        return min((2**n - 1) * 60, 8 * 3600) * (1 + r.random() * 0.2)

    def deliver_series(t0: datetime, to: str, err: tuple[str, str], tries: int) -> None:
        age = r.uniform(0.05, 0.6)
        jid = jobid(t0)
        for n in range(1, tries + 1):
            t = t0 + sec(age)
            if t >= T_END:
                return
            if ok(t):
                failed(t, err, to, n, age, jid)
            age += backoff(n) + r.uniform(0.1, 1.0)

    dead_users = ["kenji", "mari", "toshi", "haru", "rin"]
    for t in poisson(r, T0, T_END, 95.0):
        u = r.choice(dead_users)
        host = "mstdn.defunct.example"
        deliver_series(
            t,
            f"https://{host}/inbox",
            (
                "FetchError: request to %s failed, reason: getaddrinfo ENOTFOUND %s",
                f"FetchError: request to https://{host}/inbox failed, reason: getaddrinfo ENOTFOUND {host}",
            )
            if r.random() < 0.92
            else (
                "FetchError: request to %s failed, reason: getaddrinfo ENOTFOUND %s",
                f"FetchError: request to https://{host}/users/{u}/inbox failed, reason: getaddrinfo ENOTFOUND {host}",
            ),
            r.choice([1, 2, 3]),
        )
    for t in poisson(r, at(7, 40), at(8, 20), 22.0):
        deliver_series(
            t, "https://fedibird.com/inbox", ("Error: %s %s", "Error: 502 Bad Gateway"), 3
        )
    for t in poisson(r, T0, T_END, 420.0):
        host = r.choice(["mastodon.social", "mstdn.jp", "fosstodon.org", "pawoo.net"])
        u = r.choice(MK_USERS)
        failed(
            t,
            ("UnrecoverableError: %s %s", "UnrecoverableError: 410 Gone"),
            f"https://{host}/users/{u}/inbox",
            1,
            r.uniform(0.1, 0.9),
        )
    # Redis restarted at 08:50
    REDIS = "172.20.0.4:6379"
    IO_STACK = "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)"
    tr = redis_down[0]
    while tr < redis_down[1]:
        for proc in ("*", "1", "2"):
            for _ in range(r.choice([1, 2])):
                raw(
                    tr + sec(r.uniform(0, 0.4)),
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s",
                    [
                        f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED {REDIS}",
                        IO_STACK,
                    ],
                    "web-" + proc,
                )
        for q in ("deliver", "inbox", "system", "db", "relationship"):
            wk = w()
            M(
                tr + sec(r.uniform(0.05, 0.5)),
                "ERR ",
                wk,
                f"queue {q}",
                "error Error: connect ECONNREFUSED %s",
                f"error Error: connect ECONNREFUSED {REDIS}",
                [
                    "{",
                    "  e: {",
                    f"    stack: 'Error: connect ECONNREFUSED {REDIS}\\n' +",
                    "      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)',",
                    f"    message: 'connect ECONNREFUSED {REDIS}',",
                    "    name: 'Error'",
                    "  }",
                    "}",
                ],
            )
        tr += sec(r.uniform(6, 11))
    for t in poisson(r, *redis_down, 4.0):
        ep = r.choice(
            [
                "notes/timeline",
                "notes/hybrid-timeline",
                "i/notifications",
                "notes/create",
                "antennas/notes",
            ]
        )
        eid = uuid4(r)
        M(
            t,
            "ERR ",
            r.choice("*12"),
            "api",
            "Internal error occurred in %s: %s",
            f"Internal error occurred in {ep}: connect ECONNREFUSED {REDIS}",
            [
                "{",
                f"  ep: '{ep}',",
                "  ps: { limit: 10, allowPartial: true, withRenotes: true },"
                if "timeline" in ep
                else (
                    "  ps: { limit: 10, unreadOnly: false },"
                    if "notif" in ep
                    else "  ps: { limit: 10 },"
                ),
                "  e: {",
                f"    message: 'connect ECONNREFUSED {REDIS}',",
                "    code: 'Error',",
                f"    stack: 'Error: connect ECONNREFUSED {REDIS}\\n' +",
                "      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)',",
                f"    id: '{eid}'",
                "  }",
                "}",
            ],
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- akkoma

AK_HOST = "social.example.net"
AK_PEERS = [
    "mastodon.social",
    "fosstodon.org",
    "hachyderm.io",
    "misskey.io",
    "blob.cat",
    "akko.wtf",
    "mstdn.social",
    "infosec.exchange",
    "chaos.social",
    "kolektiva.social",
]
AK_NAMES = [
    "alice",
    "bob",
    "cyb3rpunk",
    "foxgirl",
    "hanna",
    "jkrz",
    "lucy",
    "marek",
    "nina_k",
    "oskar",
    "pixel",
    "quinn",
    "rust_dev",
    "sol",
    "tobi",
    "vera",
    "wren",
    "yuki",
    "zed",
]
AK_DEAD = ["pleroma.gone.example", "masto.old-host.example", "social.expired.example"]
AK_REJECTED = ["spam.example.com", "freespeech.example.org", "noagenda.example"]
URL64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
DBC_QUEUE = "connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:"
DBC_ADVICE = [
    "",
    "  1. Ensuring your database is available and that you can connect to it",
    "  2. Tracking down slow queries and making sure they are running fast enough",
    "  3. Increasing the pool_size (although this increases resource consumption)",
    "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval",
    "",
    "See DBConnection.start_link/2 for more information",
    "",
]


def akkoma(r: random.Random) -> list[Log]:
    """One Akkoma instance (docker compose: akkoma, postgres, nginx), 06:00 to 12:00: started at
    06:00:06 after the host's reboot, remote users and objects fetched all morning (dead hosts,
    MRF-rejected hosts, HTML answers), mastodon.kitchen refusing connections 07:20-08:50,
    PostgreSQL restarted at 08:31, the 3.13.2 upgrade at 09:40 with a migration,
    mastodon.social rate-limiting the fetcher 10:15-10:45, the BEAM over its memory watermark
    10:55-11:20."""
    fs = Files()
    F = "akkoma.log"
    nxt = {"pid": 4000}

    def pid() -> str:
        nxt["pid"] += r.randint(3, 400)
        return f"#PID<0.{nxt['pid']}.0>"

    def rid() -> str:
        return "F9" + "".join(r.choice(URL64) for _ in range(18))

    def E(
        t: datetime, level: str, label: str, lines: list[str], req: bool = False, proc: str = "beam"
    ) -> datetime:
        meta = f"request_id={rid()} " if req else ""
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} {meta}[{level}] {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def user(host: str) -> str:
        return f"https://{host}/users/{r.choice(AK_NAMES)}"

    def obj(host: str) -> str:
        return r.choice(
            [
                f"https://{host}/objects/{uuid4(r)}",
                f"https://{host}/users/{r.choice(AK_NAMES)}/statuses/{r.randint(112500000000000000, 112590000000000000)}",
                f"https://{host}/notes/{hexid(r, 10)}",
            ]
        )

    start1 = at(6, 0, 6)
    stop2 = at(9, 40, 3)
    start2 = at(9, 41, 12)
    db_down = (at(8, 31, 2), at(8, 31, 48))

    def up(t: datetime) -> bool:
        return not in_any(t, downs)

    def boot(t: datetime, migrate: bool) -> datetime:
        if migrate:
            for ver, mod, cmds in (
                (
                    "20240419120000",
                    "Pleroma.Repo.Migrations.AddLastActiveAtToUsers",
                    [
                        ("alter table %s", "alter table users"),
                        (
                            "create index if not exists %s",
                            "create index if not exists users_last_active_at_index",
                        ),
                    ],
                ),
                (
                    "20240514151000",
                    "Pleroma.Repo.Migrations.AddActivitiesPublishedIndex",
                    [
                        (
                            "create index if not exists %s",
                            "create index if not exists activities_published_index",
                        )
                    ],
                ),
            ):
                t = E(
                    t,
                    "info",
                    "== Running %s %s.%s/0 %s",
                    [f"== Running {ver} {mod}.change/0 forward"],
                    proc="migrate",
                )
                for label, text in cmds:
                    t = E(t + sec(0.004), "info", label, [text], proc="migrate")
                took = r.uniform(0.3, 9.5)
                t = E(
                    t + sec(took),
                    "info",
                    "== Migrated %s in %ss",
                    [f"== Migrated {ver} in {took:.1f}s"],
                    proc="migrate",
                )
        else:
            t = E(t, "info", "Migrations already up", ["Migrations already up"], proc="migrate")
        t += sec(r.uniform(5.5, 7.5))
        t = E(
            t,
            "info",
            "Running %s with %s %s at %s (%s)",
            ["Running Pleroma.Web.Endpoint with cowboy 2.12.0 at 127.0.0.1:4000 (http)"],
        )
        return E(
            t + sec(0.002),
            "info",
            "Access %s at %s",
            [f"Access Pleroma.Web.Endpoint at https://{AK_HOST}"],
        )

    downs = [(T0, boot(start1, False)), (stop2, boot(start2, True))]

    def decode(t: datetime, host: str, err: str) -> None:
        E(
            t,
            "error",
            "Could not decode user at fetch %s, %s",
            [f"Could not decode user at fetch {user(host)}, {err}"],
            req=r.random() < 0.6,
        )

    for t in poisson(r, T0, T_END, 31.0):
        if not up(t) or in_any(t, [db_down]):
            continue
        kind = weighted(r, [(5, "nx"), (2, "to"), (1.5, "html"), (0.8, "denied")])
        if kind == "nx":
            decode(t, r.choice(AK_DEAD), "%Mint.TransportError{reason: :nxdomain}")
        elif kind == "to":
            decode(t, r.choice(AK_PEERS), "%Mint.TransportError{reason: :timeout}")
        elif kind == "html":
            decode(
                t,
                r.choice(["blog.example.dev", "wp.example.org", r.choice(AK_PEERS)]),
                '{:content_type, "text/html; charset=utf-8"}',
            )
        else:
            decode(
                t, r.choice(["infosec.exchange", "hachyderm.io"]), '"Object fetch has been denied"'
            )
    for t in poisson(r, at(7, 20), at(8, 50), 11.0):
        if up(t) and not in_any(t, [db_down]):
            decode(t, "mastodon.kitchen", "%Mint.TransportError{reason: :econnrefused}")
    for t in poisson(r, T0, T_END, 90.0):
        if up(t) and not in_any(t, [db_down]):
            E(
                t,
                "info",
                "Rejected user %s: %s",
                [
                    f'Rejected user {user(r.choice(AK_REJECTED))}: "[SimplePolicy] host in reject list"'
                ],
                req=r.random() < 0.5,
            )
    for t in poisson(r, T0, T_END, 62.0):
        if not up(t) or in_any(t, [db_down]):
            continue
        e = weighted(
            r,
            [
                (4, "{:containment, :error}"),
                (2, "{:allowed_depth, false}"),
                (2, '{:transmogrifier, {:error, "Object has been deleted"}}'),
                (1, "{:normalize, :error}"),
            ],
        )
        E(
            t,
            "error",
            "Object rejected while fetching %s %s",
            [f"Object rejected while fetching {obj(r.choice(AK_PEERS))} {e}"],
        )
    for t in poisson(r, T0, T_END, 160.0):
        if not up(t) or in_any(t, [db_down]):
            continue
        e = weighted(
            r,
            [
                (3, '{:error, "Object fetch has been denied"}'),
                (2, "{:error, {:content_type, nil}}"),
                (1, "{:error, %Mint.TransportError{reason: :timeout}}"),
            ],
        )
        E(
            t,
            "error",
            "Follower/Following counter update for %s failed.\\n%s",
            [f"Follower/Following counter update for {user(r.choice(AK_PEERS))} failed.", e],
        )
    for t in poisson(r, T0, T_END, 420.0):
        if not up(t) or in_any(t, [db_down]):
            continue
        host = r.choice(AK_PEERS)
        E(
            t,
            "error",
            "Could not decode featured collection at fetch %s, %s",
            [
                f"Could not decode featured collection at fetch {user(host)}/collections/featured, "
                + r.choice(['{:error, "Object fetch has been denied"}', "{:error, :not_found}"])
            ],
        )
    for t in poisson(r, at(10, 15), at(10, 45), 24.0):
        E(
            t,
            "error",
            "Rate limited on %s! Backing off...",
            ["Rate limited on mastodon.social! Backing off..."],
        )
    # PostgreSQL restarted at 08:31
    conns = [pid() for _ in range(10)]
    for c in conns:
        E(
            db_down[0] + sec(r.uniform(0, 0.03)),
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed",
            [
                f"Postgrex.Protocol ({c}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed"
            ],
            proc=c,
        )
        t = db_down[0] + sec(r.uniform(0.01, 0.2))
        back = 1.0
        while t < db_down[1]:
            E(
                t,
                "error",
                "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): connection refused - :econnrefused",
                [
                    f"Postgrex.Protocol ({c}) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused"
                ],
                proc=c,
            )
            t += sec(back * r.uniform(0.5, 1.5))
            back = min(back * 2, 30)
    STACK_REQ = [
        "        (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
        "        (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
        "        (ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
        "        (ecto 3.11.2) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
    ]
    REQS = [
        (
            "GET",
            "/api/v1/timelines/home?limit=20",
            "(pleroma 3.13.1) lib/pleroma/web/mastodon_api/controllers/timeline_controller.ex:56: Pleroma.Web.MastodonAPI.TimelineController.home/2",
        ),
        (
            "GET",
            "/api/v1/notifications?limit=20",
            "(pleroma 3.13.1) lib/pleroma/web/mastodon_api/controllers/notification_controller.ex:55: Pleroma.Web.MastodonAPI.NotificationController.index/2",
        ),
        (
            "GET",
            "/api/v1/timelines/public?local=true&limit=20",
            "(pleroma 3.13.1) lib/pleroma/web/mastodon_api/controllers/timeline_controller.ex:143: Pleroma.Web.MastodonAPI.TimelineController.public/2",
        ),
        (
            "POST",
            "/inbox",
            "(pleroma 3.13.1) lib/pleroma/web/plugs/mapped_signature_to_identity_plug.ex:63: Pleroma.Web.Plugs.MappedSignatureToIdentityPlug.call/2",
        ),
        (
            "GET",
            "/users/lena",
            "(pleroma 3.13.1) lib/pleroma/web/activity_pub/activity_pub_controller.ex:68: Pleroma.Web.ActivityPub.ActivityPubController.user/2",
        ),
    ]
    for t in poisson(r, db_down[0] + sec(2), db_down[1], 2.6):
        method, path, frame = r.choice(REQS)
        E(
            t,
            "error",
            "%s running %s (connection %s, stream id %s) terminated",
            [
                f"{pid()} running Pleroma.Web.Endpoint (connection {pid()}, stream id {r.randint(1, 9)}) terminated",
                f"Server: {AK_HOST}:80 (http)",
                f"Request: {method} {path}",
                "** (exit) an exception was raised:",
                "    ** (DBConnection.ConnectionError) " + DBC_QUEUE % r.randint(1900, 3100),
                *["    " + a if a else "" for a in DBC_ADVICE],
                *STACK_REQ,
                "        " + frame,
                "        (pleroma 3.13.1) lib/pleroma/web/router.ex:1: Pleroma.Web.Router.__pipe_through0__/1",
                "        (phoenix 1.7.12) lib/phoenix/router.ex:475: Phoenix.Router.__call__/5",
            ],
            proc=pid(),
        )
    E(
        at(8, 31, 31),
        "error",
        "GenServer %s terminating",
        [
            "GenServer Pleroma.Stats terminating",
            "** (DBConnection.ConnectionError) " + DBC_QUEUE % 2214,
            *DBC_ADVICE,
            "    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
            "    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
            "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
            "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
            "    (pleroma 3.13.1) lib/pleroma/stats.ex:102: Pleroma.Stats.calculate_stat_data/0",
            "    (pleroma 3.13.1) lib/pleroma/stats.ex:137: Pleroma.Stats.handle_info/2",
            "    (stdlib 5.2.1) gen_server.erl:1095: :gen_server.try_handle_info/3",
            "    (stdlib 5.2.1) gen_server.erl:1183: :gen_server.handle_msg/6",
            "Last message: :run_update",
            'State: %{stats: %{domain_count: 4187, status_count: 28411, user_count: 64}, peers: ["mastodon.social", "fosstodon.org", "hachyderm.io", "misskey.io", ...], status_visibility: %{"direct" => 412, "list" => 0, "local" => 37, "private" => 1903, "public" => 19077, "unlisted" => 6982}}',
        ],
        proc="Pleroma.Stats",
    )
    E(
        at(10, 55, 12),
        "notice",
        ":alarm_handler: {:set, {%s, []}}",
        [":alarm_handler: {:set, {:system_memory_high_watermark, []}}"],
        proc="alarm",
    )
    E(
        at(11, 20, 41),
        "notice",
        ":alarm_handler: {:clear, %s}",
        [":alarm_handler: {:clear, :system_memory_high_watermark}"],
        proc="alarm",
    )
    logs = fs.logs(T0)
    for log in logs:
        # `"\n$time ..."`: an empty line opens every record
        lines: list[tuple[str, str | None]] = []
        for text, tid in log.lines:
            if tid is not None:
                lines.append(("", None))
            lines.append((text, tid))
        log.lines = lines
    return logs


# ---------------------------------------------------------------------------- gotosocial

GTS_HOST = "gts.example.eu"
GTS_PEERS = [
    (
        "mastodon.social",
        "199.232.57.140",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://mastodon.social/)",
        "users",
        6,
    ),
    (
        "fosstodon.org",
        "23.88.34.232",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://fosstodon.org/)",
        "users",
        3,
    ),
    (
        "hachyderm.io",
        "104.21.55.18",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://hachyderm.io/)",
        "users",
        3,
    ),
    (
        "chaos.social",
        "185.71.209.11",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://chaos.social/)",
        "users",
        2,
    ),
    (
        "mastodon.online",
        "199.232.57.141",
        "http.rb/5.1.1 (Mastodon/4.2.9; +https://mastodon.online/)",
        "users",
        2,
    ),
    (
        "gts.amazing.example",
        "198.51.100.91",
        "gotosocial (+https://gts.amazing.example) gotosocial/0.15.0",
        "users",
        1,
    ),
    ("misskey.io", "172.67.74.224", "Misskey/2024.5.0 (https://misskey.io)", "users", 2),
    (
        "social.down.example",
        "198.51.100.7",
        "http.rb/5.1.1 (Mastodon/4.2.8; +https://social.down.example/)",
        "users",
        1,
    ),
]
GTS_NAMES = [
    "alice",
    "bob",
    "kai",
    "mina",
    "ola",
    "petra",
    "rhys",
    "sam",
    "tove",
    "uli",
    "vik",
    "zoe",
]
B32H = "0123456789abcdefghijklmnopqrstuv"
ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def gts_size(n: int) -> str:
    """gruf's go-bytesize: IEC units above a kibibyte."""
    if n < 1024:
        return f"{n}B"
    if n < 1024 * 1024:
        return f"{n / 1024:.2f}kiB"
    return f"{n / 1024 / 1024:.2f}MiB"


def gts_latency(s: float) -> str:
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    return f"{s:.9f}".rstrip("0").rstrip(".") + "s"


def gotosocial(r: random.Random) -> list[Log]:
    """A single-user GoToSocial instance (docker compose: gotosocial, postgres; nginx in front),
    06:00 to 12:00: federation in and out all morning, social.down.example refusing connections
    07:10-08:00, the 0.16.0 upgrade at 09:00, mastodon.online answering 502 09:10-09:30,
    PostgreSQL restarted 11:05:20-11:06:05."""
    fs = Files()
    F = "gotosocial.log"
    restart = at(9, 0, 14)
    back = restart + sec(6.8)
    refused = (at(7, 10), at(8, 0))
    bad_gw = (at(9, 10), at(9, 30))
    db_down = (at(11, 5, 20), at(11, 6, 5))

    def G(t: datetime, func: str, level: str, label: str, msg: str, fields: str = "") -> datetime:
        def text(x: datetime) -> list[str]:
            m = (
                json.dumps(msg, ensure_ascii=False)
                if (" " in msg or '"' in msg or "=" in msg)
                else msg
            )
            return [
                f'timestamp="{x:%d/%m/%Y %H:%M:%S}.{x.microsecond // 1000:03d}" func={func} level={level} {fields}{"" if not fields else " "}msg={m}'.replace(
                    "  msg=", " msg="
                )
            ]

        return fs.add(F, t, label, text, "gts", 1000)

    counter = [r.getrandbits(24)]

    def reqid(t: datetime) -> str:
        # an xid: seconds, machine, pid and a counter in twelve bytes, base32hex
        counter[0] = (counter[0] + 1) % (1 << 24)
        n = ((int(t.timestamp()) << 64) | (0x3A91C4 << 40) | (1 << 24) | counter[0]) << 4
        out = ""
        for _ in range(20):
            n, d = divmod(n, 32)
            out = B32H[d] + out
        return out

    def ulid(t: datetime) -> str:
        ms = int(t.timestamp() * 1000)
        out = ""
        for _ in range(10):
            ms, d = divmod(ms, 32)
            out = ULID[d] + out
        return out + "".join(r.choice(ULID) for _ in range(16))

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < back + sec(1))

    def request(
        t: datetime,
        ip: str,
        ua: str,
        method: str,
        path: str,
        code: int,
        size: int,
        lat: float,
        err: str = "",
    ) -> None:
        status = {
            200: "OK",
            202: "Accepted",
            101: "Switching Protocols",
            401: "Unauthorized",
            403: "Forbidden",
            404: "Not Found",
            500: "Internal Server Error",
            410: "Gone",
        }[code]
        fields = f'latency="{gts_latency(lat)}" userAgent={json.dumps(ua)} method={method} statusCode={code} path={path} clientIP={ip} requestID={reqid(t)}'
        if err:
            fields += " error=" + json.dumps(err)
        G(
            t,
            "middleware.Logger.func1.1",
            "ERROR" if code >= 500 else "INFO",
            "%s: wrote %s",
            f"{status}: wrote {gts_size(size)}",
            fields,
        )

    def peer() -> tuple[str, str, str, str]:
        h, ip, ua, kind, _ = weighted(r, [(p[4], p) for p in GTS_PEERS])  # type: ignore[misc]
        return h, ip, ua, kind

    # incoming federation
    for t in poisson(r, T0, T_END, 37.0) + poisson(r, at(9, 2), at(9, 6), 4.0):
        if not up(t):
            continue
        h, ip, ua, _ = peer()
        if h == "social.down.example" and in_any(t, [refused]):
            continue
        if in_any(t, [db_down]):
            request(
                t,
                ip,
                ua,
                "POST",
                "/users/jan/inbox",
                500,
                40,
                r.uniform(0.001, 0.01),
                "Error #01: PostInboxRequestBodyHook: error getting requesting account: db error: failed to connect to `host=db user=gotosocial database=gotosocial`: dial error (dial tcp 172.19.0.2:5432: connect: connection refused)\n",
            )
            continue
        code = 202 if r.random() > 0.03 else 401
        request(
            t,
            ip,
            ua,
            "POST",
            "/users/jan/inbox",
            code,
            0 if code == 202 else 23,
            r.uniform(0.0015, 0.09),
        )
    for t in poisson(r, T0, T_END, 110.0):
        if not up(t):
            continue
        h, ip, ua, _ = peer()
        path, size = weighted(
            r,
            [
                (3, ("/users/jan", 2240)),
                (2, ("/users/jan/main-key", 846)),
                (
                    2,
                    (
                        f"/users/jan/statuses/{ulid(t - timedelta(days=r.randint(0, 40)))}",
                        r.randint(1200, 2600),
                    ),
                ),
                (1, ("/.well-known/webfinger", 453)),
                (0.6, ("/nodeinfo/2.0", 612)),
                (0.5, ("/users/jan/collections/featured", 318)),
            ],
        )  # type: ignore[misc]
        if in_any(t, [db_down]):
            request(
                t,
                ip,
                ua,
                "GET",
                path,
                500,
                40,
                r.uniform(0.001, 0.01),
                "Error #01: GetAccountByUsernameDomain: db error: failed to connect to `host=db user=gotosocial database=gotosocial`: dial error (dial tcp 172.19.0.2:5432: connect: connection refused)\n",
            )
            continue
        request(t, ip, ua, "GET", path, 200, size, r.uniform(0.0008, 0.03))
    # the owner's clients (web and a phone app)
    apps = [
        ("Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0", "192.0.2.45"),
        ("Tusky/25.2 Android/14", "198.51.100.213"),
        ("Phanpy/2024.05.21 (+https://phanpy.social)", "192.0.2.45"),
    ]
    for t in poisson(r, at(6, 40), at(8, 10), 26.0) + poisson(r, at(9, 20), at(11, 50), 32.0):
        if not up(t):
            continue
        ua, ip = r.choice(apps)
        path, size, code = weighted(
            r,
            [
                (5, ("/api/v1/timelines/home", r.randint(14000, 52000), 200)),
                (3, ("/api/v1/notifications", r.randint(3000, 21000), 200)),
                (1.2, ("/api/v1/markers", 212, 200)),
                (1, ("/api/v1/streaming", 0, 101)),
                (1, ("/api/v1/instance", 4120, 200)),
                (1, ("/api/v1/accounts/verify_credentials", 2311, 200)),
                (
                    0.8,
                    (
                        f"/fileserver/01HK7Q2D9N3V8XWJ6R5Z0M4T1B/attachment/small/{ulid(t)}.webp",
                        r.randint(30000, 160000),
                        200,
                    ),
                ),
                (0.5, ("/api/v1/statuses", r.randint(1800, 3000), 200)),
                (
                    0.3,
                    (
                        f"/api/v1/statuses/{ulid(t - timedelta(hours=r.randint(1, 30)))}/favourite",
                        r.randint(1800, 3000),
                        200,
                    ),
                ),
            ],
        )  # type: ignore[misc]
        if in_any(t, [db_down]):
            request(
                t,
                ip,
                ua,
                "GET",
                path,
                500,
                40,
                r.uniform(0.001, 0.01),
                "Error #01: db error: failed to connect to `host=db user=gotosocial database=gotosocial`: dial error (dial tcp 172.19.0.2:5432: connect: connection refused)\n",
            )
            continue
        request(
            t,
            ip,
            ua,
            "POST" if path.endswith(("statuses", "favourite")) else "GET",
            path,
            code,
            size,
            r.uniform(0.002, 0.25),
        )
    for t in poisson(r, at(7, 30), T_END, 900.0):
        if up(t):
            path = r.choice(
                ["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/config.php", "/.git/config"]
            )
            request(
                t,
                r.choice(["45.148.10.77", "193.35.18.105", "80.94.95.226"]),
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36",
                "GET",
                path,
                404,
                21,
                r.uniform(0.0001, 0.0006),
            )
    # outgoing: deliveries of jan's posts, boosts and favourites; dereferences of unknown accounts and threads
    for t in poisson(r, T0, T_END, 240.0):
        if not up(t):
            continue
        n = r.randint(3, 9)
        inboxes = r.sample([p for p in GTS_PEERS], min(n, len(GTS_PEERS)))
        for h, _ip, _ua, _kind, _w in inboxes:
            td = t + sec(r.uniform(0.01, 1.5))
            G(
                td,
                "httpclient.(*Client).DoOnce",
                "INFO",
                "performing request",
                "performing request",
                f"method=POST url=https://{h}/inbox",
            )
    for t in poisson(r, T0, T_END, 100.0) + poisson(r, *refused, 90.0) + poisson(r, *bad_gw, 45.0):
        if not up(t):
            continue
        h, ip, _ua, kind = peer()
        if in_any(t, [refused]) and r.random() < 0.5:
            h = "social.down.example"
        if in_any(t, [bad_gw]) and r.random() < 0.6:
            h = "mastodon.online"
        url = r.choice(
            [
                f"https://{h}/users/{r.choice(GTS_NAMES)}",
                f"https://{h}/users/{r.choice(GTS_NAMES)}/statuses/{r.randint(112500000000000000, 112590000000000000)}",
                f"https://{h}/users/{r.choice(GTS_NAMES)}/collections/featured",
                f"https://{h}/.well-known/webfinger?resource=acct:{r.choice(GTS_NAMES)}@{h}",
            ]
        )
        rid = reqid(t)
        fields = (
            f"requestID={rid} method=GET url={url}" if r.random() < 0.4 else f"method=GET url={url}"
        )
        G(t, "httpclient.(*Client).Do", "INFO", "performing request", "performing request", fields)
        fail = None
        if h == "social.down.example" and in_any(t, [refused]):
            fail = (
                "backing off for %s after http request error: %s %q: dial tcp %s: connect: connection refused",
                f'Get "{url}": dial tcp 198.51.100.7:443: connect: connection refused',
            )
        elif h == "mastodon.online" and in_any(t, [bad_gw]):
            fail = (
                "backing off for %s after http request error: http response: %s",
                "http response: 502 Bad Gateway",
            )
        elif r.random() < 0.012:
            fail = (
                "backing off for %s after http request error: %s %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                f'Get "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            )
        if fail:
            tb = t
            for i in range(5 if "refused" in fail[0] else 3):
                wait = 2 * (1 << (i + 1))
                tb = G(
                    tb
                    + sec(
                        r.uniform(0.02, 0.4)
                        if "refused" in fail[0]
                        else r.uniform(0.1, 0.9)
                        if "502" in fail[1]
                        else 30
                    ),
                    "httpclient.(*Client).Do",
                    "ERROR",
                    fail[0],
                    f"backing off for {wait}s after http request error: {fail[1]}",
                    fields,
                )
                tb += sec(wait)
                if tb >= T_END:
                    break
                G(
                    tb,
                    "httpclient.(*Client).Do",
                    "INFO",
                    "performing request",
                    "performing request",
                    fields,
                )
    # the 0.16.0 upgrade
    t = G(
        restart,
        "server.init.func1.1",
        "INFO",
        "received signal %s, shutting down",
        "received signal terminated, shutting down",
    )
    G(t + sec(1.9), "server.init.func1.1", "INFO", "done! exiting...", "done! exiting...")
    t = G(
        back,
        "bundb.pgConn",
        "INFO",
        "connected to POSTGRES database",
        "connected to POSTGRES database",
    )
    t = G(
        t + sec(1.3),
        "bundb.doMigration",
        "INFO",
        "MIGRATED DATABASE TO %s",
        "MIGRATED DATABASE TO group #63 (20240426122821, 20240518154005, 20240521073600)",
    )
    for kind, n in (
        ("delivery", 8),
        ("dereference", 8),
        ("client", 8),
        ("federator", 8),
        ("media", 16),
    ):
        t = G(
            t + sec(0.0004),
            "workers.(*Workers).Start",
            "INFO",
            f"started %d {kind} workers",
            f"started {n} {kind} workers",
        )
    G(
        t + sec(0.12),
        "router.(*Router).Start.func1",
        "INFO",
        "listening on %s",
        "listening on 0.0.0.0:8080",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- trac

TRAC_CRAWLERS = [
    ("66.249.66.1", "Googlebot"),
    ("66.249.66.37", "Googlebot"),
    ("40.77.167.112", "bingbot"),
    ("157.55.39.205", "bingbot"),
    ("54.36.148.91", "AhrefsBot"),
    ("185.191.171.10", "SemrushBot"),
    ("5.255.231.140", "YandexBot"),
]
TRAC_USERS = ["anna", "bjoern", "carla", "dmitri", "emil", "fatima", "goran", "heike"]
TRAC_SCANS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/admin/",
    "/phpmyadmin/",
    "/.git/config",
    "/cgi-bin/luci",
    "/owa/auth/logon.aspx",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
]
NOT_FOUND = '[%s] HTTPNotFound: 404 Not Found ({}), <%s "%s %r">, referrer %r'
PG_CLOSED = "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request."
PG_REFUSED = 'connection to server at "db.internal" (10.20.0.15), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'


def trac(r: random.Random) -> list[Log]:
    """Two Trac 1.6 environments (app: a product's public tracker on Subversion, infra: the
    operations team's tracker on two git repositories, login required) under Apache and
    mod_wsgi (three daemon processes), 06:00 to 12:00: crawlers and scanners all morning, the
    mail relay down 08:05-08:40, Apache reloaded at 09:15, infra's trac.ini edited at 10:02,
    PostgreSQL restarted 10:20:10-10:21:00."""
    fs = Files()
    pids = {"app": [21877, 21878, 21879], "infra": [21880, 21881, 21882]}
    mail_down = (at(8, 5), at(8, 40))
    reload_at = at(9, 15, 3)
    db_down = (at(10, 20, 10), at(10, 21, 0))
    repos = {"app": ["(default)"], "infra": ["ansible", "terraform"]}
    rev = {"n": 48211}

    def T(
        env: str, proc: int, t: datetime, module: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{env}-trac.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} Trac[{module}] {level}: {lines[0]}",
                *lines[1:],
            ],
            (env, proc),
            1000,
        )

    def req_repr(method: str, path: str) -> str:
        return f'<RequestWithSession "{method} {path!r}">'

    def tb(frames: list[tuple[str, int, str, str]], exc: str) -> list[str]:
        out = ["Traceback (most recent call last):"]
        for f, n, fn, src in frames:
            out.append(f'  File "{f}", line {n}, in {fn}')
            out.append(f"    {src}")
        return out + exc.split("\n")

    SITE = "/usr/local/lib/python3.11/dist-packages"

    def sync(env: str, proc: int, t: datetime) -> datetime:
        for repo in repos[env]:
            if env == "app" and in_any(t, [db_down]):
                t = T(
                    env,
                    proc,
                    t,
                    "api",
                    "ERROR",
                    'Failed to sync with repository "%s"; You may be able to reduce the impact of this issue by configuring the sync_per_request option; see http://trac.edgewall.org/wiki/TracRepositoryAdmin#ExplicitSync for more detail: %s',
                    [
                        f'Failed to sync with repository "{repo}"; You may be able to reduce the impact of this issue by configuring the sync_per_request option; see http://trac.edgewall.org/wiki/TracRepositoryAdmin#ExplicitSync for more detail: ',
                        *tb(
                            [
                                (
                                    f"{SITE}/trac/versioncontrol/api.py",
                                    620,
                                    "pre_process_request",
                                    "repo.sync()",
                                ),
                                (
                                    f"{SITE}/trac/versioncontrol/cache.py",
                                    236,
                                    "sync",
                                    "with self.env.db_transaction as db:",
                                ),
                                (
                                    f"{SITE}/trac/db/api.py",
                                    180,
                                    "__enter__",
                                    "db = self.dbmgr.get_connection()",
                                ),
                                (
                                    f"{SITE}/trac/db/api.py",
                                    310,
                                    "get_connection",
                                    "db = self._cnx_pool.get_cnx(self.timeout or None)",
                                ),
                                (
                                    f"{SITE}/trac/db/pool.py",
                                    233,
                                    "get_cnx",
                                    "return _backend.get_cnx(self._connector, self._kwargs, timeout)",
                                ),
                                (
                                    f"{SITE}/trac/db/pool.py",
                                    161,
                                    "get_cnx",
                                    "raise TimeoutError(errmsg) from err",
                                ),
                            ],
                            "TimeoutError: Unable to get database connection within 0 seconds. (OperationalError: "
                            + PG_REFUSED
                            + ")",
                        ),
                    ],
                )
            took = r.uniform(0.0, 0.06) if env == "app" else r.uniform(0.0, 0.02)
            t = T(
                env,
                proc,
                t + sec(took),
                "api",
                "INFO",
                "Synchronized '%s' repository in %0.2f seconds",
                [f"Synchronized '{repo}' repository in {took:.2f} seconds"],
            )
        return t

    def warn(
        env: str,
        proc: int,
        t: datetime,
        ip: str,
        label: str,
        exc: str,
        method: str,
        path: str,
        ref: str | None,
    ) -> None:
        T(
            env,
            proc,
            t,
            "main",
            "WARNING",
            label,
            [f"[{ip}] {exc}, {req_repr(method, path)}, referrer {ref!r}"],
        )

    def alive(t: datetime) -> bool:
        return not (reload_at - sec(0.5) <= t < reload_at + sec(2.5))

    # app: the public tracker
    tickets = list(range(3100, 4420))
    for t in poisson(r, T0, T_END, 19.0) + poisson(r, *db_down, 4.5):
        if not alive(t):
            continue
        proc = r.choice(pids["app"])
        kind = weighted(
            r, [(6, "browse"), (3, "crawl"), (1.2, "scan"), (0.5, "anon_new"), (0.35, "spam")]
        )
        if kind == "scan":
            ip = r.choice(["45.148.10.77", "193.35.18.105", "80.94.95.226", "103.149.28.14"])
            path = r.choice(TRAC_SCANS)
            warn(
                "app",
                proc,
                t,
                ip,
                NOT_FOUND.format("No handler matched request to %s"),
                f"HTTPNotFound: 404 Not Found (No handler matched request to {path})",
                "GET",
                path,
                None,
            )
            continue
        t = sync("app", proc, t)
        if in_any(t, [db_down]):
            ip = r.choice(CLIENT_IPS[:8])
            path = r.choice(
                [
                    "/timeline",
                    f"/ticket/{r.choice(tickets)}",
                    "/report/1",
                    "/roadmap",
                    "/wiki/WikiStart",
                ]
            )
            T(
                "app",
                proc,
                t + sec(r.uniform(0.01, 0.1)),
                "main",
                "ERROR",
                '[%s] Internal Server Error: <%s "%s %r">, referrer %r%s',
                [
                    f"[{ip}] Internal Server Error: {req_repr('GET', path)}, referrer {'https://trac.example.org/app/wiki/WikiStart'!r}",
                    *tb(
                        [
                            (
                                f"{SITE}/trac/web/main.py",
                                609,
                                "dispatch_request",
                                "dispatcher.dispatch(req)",
                            ),
                            (
                                f"{SITE}/trac/web/main.py",
                                246,
                                "dispatch",
                                "resp = chosen_handler.process_request(req)",
                            ),
                            (
                                f"{SITE}/trac/timeline/web_ui.py",
                                176,
                                "process_request",
                                "for event in provider.get_timeline_events(req, start, stop, filters):",
                            )
                            if path == "/timeline"
                            else (
                                f"{SITE}/trac/ticket/web_ui.py",
                                186,
                                "process_request",
                                "return self._process_ticket_request(req)",
                            ),
                            (
                                f"{SITE}/trac/db/util.py",
                                87,
                                "execute",
                                "return self.cursor.execute(sql_escape_percent(sql), args)",
                            ),
                        ],
                        "OperationalError: " + PG_CLOSED,
                    ),
                ],
            )
            continue
        if kind == "browse":
            continue
        if kind == "crawl":
            ip, _bot = r.choice(TRAC_CRAWLERS)
            what = weighted(r, [(3, "changeset"), (2, "node"), (1.5, "ticket")])
            if what == "changeset":
                rv = r.choice([str(r.randint(100, 9000)), hexid(r, 7), hexid(r, 12)])
                path = f"/changeset/{rv}"
                exc = f"HTTPNotFound: 404 Not Found (No changeset {rv} in the repository)"
                label = NOT_FOUND.format("No changeset %s in the repository")
            elif what == "node":
                old = r.choice(
                    [
                        "branches/1.4-stable/src/core/scheduler.c",
                        "trunk/doc/INSTALL.old",
                        "tags/v2.0.3/contrib/win32/build.bat",
                        "trunk/src/net/legacy_proto.c",
                    ]
                )
                rv = r.randint(9000, 31000)
                path = f"/browser/{old}?rev={rv}"
                exc = f"HTTPNotFound: 404 Not Found (No node /{old} at revision {rv})"
                label = NOT_FOUND.format("No node %s at revision %s")
            else:
                n = r.randint(4420, 9999)
                path = f"/ticket/{n}"
                exc = f"HTTPNotFound: 404 Not Found (Ticket {n} does not exist.)"
                label = NOT_FOUND.format("Ticket %s does not exist.")
            warn("app", proc, t + sec(r.uniform(0.005, 0.05)), ip, label, exc, "GET", path, None)
        elif kind == "anon_new":
            ip = r.choice(CLIENT_IPS)
            warn(
                "app",
                proc,
                t + sec(r.uniform(0.005, 0.03)),
                ip,
                '[%s] HTTPForbidden: 403 Forbidden (%s privileges are required to perform this operation. You don\'t have the required permissions.), <%s "%s %r">, referrer %r',
                "HTTPForbidden: 403 Forbidden (TICKET_CREATE privileges are required to perform this operation. You don't have the required permissions.)",
                "GET",
                "/newticket",
                "https://trac.example.org/app/wiki/WikiStart",
            )
        else:
            ip = r.choice(["185.220.101.45", "91.92.251.103", "194.165.16.72"])
            path = r.choice(["/newticket", "/register", f"/ticket/{r.choice(tickets)}"])
            warn(
                "app",
                proc,
                t + sec(r.uniform(0.002, 0.01)),
                ip,
                '[%s] HTTPBadRequest: 400 Bad Request (Missing or invalid form token. Do you have cookies enabled?), <%s "%s %r">, referrer %r',
                "HTTPBadRequest: 400 Bad Request (Missing or invalid form token. Do you have cookies enabled?)",
                "POST",
                path,
                None,
            )
    # ticket changes by the team: notifications
    for t in poisson(r, at(6, 30), T_END, 330.0):
        if not alive(t) or in_any(t, [db_down]):
            continue
        env = "app" if r.random() < 0.75 else "infra"
        proc = r.choice(pids[env])
        t = sync(env, proc, t)
        n = r.choice(tickets) if env == "app" else r.randint(610, 790)
        created = r.random() < 0.2
        if created:
            n = (
                4420 + int((t - T0).total_seconds() // 900)
                if env == "app"
                else 791 + int((t - T0).total_seconds() // 3000)
            )
        if in_any(t, [mail_down]):
            what = "creation of" if created else "change to"
            T(
                env,
                proc,
                t + sec(r.uniform(0.05, 0.3)),
                "web_ui",
                "ERROR",
                f"Failure sending notification on {what} ticket #%s: ConnectionRefusedError: [Errno %d] Connection refused",
                [
                    f"Failure sending notification on {what} ticket #{n}: ConnectionRefusedError: [Errno 111] Connection refused"
                ],
            )
            continue
        rcpt = sorted(r.sample([f"{u}@example.org" for u in TRAC_USERS], r.randint(1, 4)))
        T(
            env,
            proc,
            t + sec(r.uniform(0.05, 0.3)),
            "mail",
            "INFO",
            "Sending notification through SMTP at %s:%d to %s",
            [f"Sending notification through SMTP at mail.example.org:25 to {rcpt!r}"],
        )
    # infra: the team's tracker, few requests, two repositories synced on each
    for t in poisson(r, at(6, 50), T_END, 110.0):
        if not alive(t):
            continue
        proc = r.choice(pids["infra"])
        if r.random() < 0.12:
            warn(
                "infra",
                proc,
                sync("infra", proc, t) + sec(0.01),
                r.choice(CLIENT_IPS[:6]),
                '[%s] HTTPForbidden: 403 Forbidden (%s privileges are required to perform this operation. You don\'t have the required permissions.), <%s "%s %r">, referrer %r',
                "HTTPForbidden: 403 Forbidden (TICKET_VIEW privileges are required to perform this operation. You don't have the required permissions.)",
                "GET",
                r.choice(["/report/3", "/query?status=!closed&owner=$USER", "/ticket/702"]),
                None,
            )
            continue
        sync("infra", proc, t)
    # commits to the app's Subversion repository: the cache catches up on the next request
    for t in poisson(r, at(7, 0), T_END, 1500.0):
        if not alive(t) or in_any(t, [db_down]):
            continue
        proc = r.choice(pids["app"])
        old = rev["n"]
        rev["n"] += r.choice([1, 1, 1, 2])
        t = T(
            "app",
            proc,
            t,
            "cache",
            "INFO",
            "repos rev [%s] != cached rev [%s]",
            [f"repos rev [{rev['n']}] != cached rev [{old}]"],
        )
        for v in range(old + 1, rev["n"] + 1):
            t = T(
                "app",
                proc,
                t + sec(0.002),
                "cache",
                "INFO",
                "Trying to sync revision [%s]",
                [f"Trying to sync revision [{v}]"],
            )
        T(
            "app",
            proc,
            t + sec(r.uniform(0.02, 0.2)),
            "api",
            "INFO",
            "Synchronized '%s' repository in %0.2f seconds",
            [f"Synchronized '(default)' repository in {r.uniform(0.05, 0.4):.2f} seconds"],
        )
    # Apache reloaded: new daemon processes open the environments on their first request
    for env in ("app", "infra"):
        new = [p + 40 for p in pids[env]]
        pids[env] = new
        for i, p in enumerate(new):
            T(
                env,
                p,
                reload_at
                + sec(3 + i * r.uniform(0.4, 6) + (0 if env == "app" else r.uniform(10, 90))),
                "env",
                "INFO",
                "-------------------------------- environment startup [Trac %s] --------------------------------",
                [
                    "-------------------------------- environment startup [Trac 1.6] --------------------------------"
                ],
            )
    for p in pids["infra"]:
        T(
            "infra",
            p,
            at(10, 2, 41) + sec(r.uniform(0.5, 150)),
            "env",
            "INFO",
            "Reloading environment due to configuration change",
            ["Reloading environment due to configuration change"],
        )
    return fs.logs(T0)


SYSTEMS = {
    "peertube": peertube,
    "misskey": misskey,
    "akkoma": akkoma,
    "gotosocial": gotosocial,
    "trac": trac,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
