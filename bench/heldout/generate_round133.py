#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 133 (conduit, garage, quickwit, databend, greptimedb) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Rust servers, 06:00 to 12:00 on 2024-06-06, each
logging through `tracing` or `log` in a layout of its own.

- Conduit 0.7 (`conduit.log`: `docker compose logs --no-color conduit`, compose's `conduit-1  | `
  before every line, continuation lines included, then tracing-subscriber's default format with
  its ANSI colours: `\\x1b[2m2024-06-06T06:00:34.499555Z\\x1b[0m \\x1b[32m INFO\\x1b[0m
  \\x1b[1mhttp_request\\x1b[0m\\x1b[1m{\\x1b[0m\\x1b[3mpath\\x1b[0m\\x1b[2m=\\x1b[0m/_matrix/...`, the span
  chain `http_request{path=...}:handle_incoming_pdu{origin="matrix.org" event_id="$..."
  room_id="!...:matrix.org"}:upgrade_outlier_to_timeline_pdu{...}:` before the target;
  CONDUIT_LOG=info): federation from ten servers (`Upgrading %s to timeline pdu` per incoming
  event, missing prev events `Fetching %s over federation.` / `Got %s over federation` / `Failed
  to fetch event: %s`, `Backing off from %s` for the ones that failed, auth failures), three dead
  servers still in rooms (`Could not send request to %s at %s: error sending request for url
  (%s): ...` with reqwest's refused, DNS and timeout texts), remote lookups answered with errors
  (`%s %s: %s`: the URL, the status and the body, JSON errors or nginx's 502 page joined onto one
  line), Element X clients asking for sliding sync (`Not found: %s`, `Returning an error: 404 Not
  Found: M_UNRECOGNIZED: Unrecognized request`), an old phone with a revoked token, the reverse
  proxy reconfigured without `nocanon` 09:10-09:40 (`Failed to verify json request from %s: %s`
  with the request map's Debug on a second line, the `@` hint, the 403), a restart at 10:30.
- Garage 1.0 (`garage1-syslog`, `garage2-syslog`, `garage3-syslog`: Debian 12's rsyslog with RFC
  3339 timestamps; Garage started with GARAGE_LOG_TO_SYSLOG=1, which formats with tracing's
  compact layout without time or level, so the level is only in the syslog priority:
  `2024-06-06T06:03:06.081416+00:00 garage3 garage[1043]: garage_api::generic_server: 10.0.4.31
  (via [::ffff:127.0.0.1]:52444) GET /mastodon-media/...`), three nodes behind local nginxes:
  Mastodon's media reads and writes, Nextcloud's object store, restic's backup 07:00-07:45 (404s
  on HEAD), garage3 cut off from the RPC network 08:21-08:33 (garage_net's `Error pinging %s: Ping
  timeout`, `Too many failed pings from %s, closing connection.`, `Connection to %s closed`,
  `Retrying connection to %s at %s (%s)`, `Could not connect to peer %s (%s addresses tried)`,
  its own requests answered `Response: error 503 Service Unavailable, Internal error: Could not
  reach quorum of 2 ...`; when back the handshakes, `(%s) Sending %s items to %s` from the table
  syncers and garage3's block resync `Resync block %s: fetching absent but needed block (refcount
  > 0)`), an old Loki with a deleted key 09:30-10:10 (`Forbidden: No such key: %s`), a Nextcloud
  redeploy with a mistyped bucket 10:40-11:00 (`Bucket not found: %s`).
- Quickwit 0.8 (`quickwit-indexer-0.log`, `quickwit-indexer-1.log`, `quickwit-janitor.log`:
  `kubectl logs` of the Helm chart's pods, tracing's full format with Quickwit's millisecond UTC
  timer, no colours: `2024-06-06T06:00:54.330Z  INFO index-doc-batches{index_id=app-logs ...
  workbench_id=...}:uploader: quickwit_indexing::actors::uploader: start-stage-and-store-splits
  split_ids=["01HZ..."]`): three indexes committing a split per commit timeout (`new-split`,
  `start-stage-and-store-splits`, `publish-new-splits` with the checkpoint delta `∆(0:(...]
  ...)`), merges (`download-merge-splits`, the merged split published), the janitor every minute
  (`garbage-collect-operation`, `Garbage collecting indexes.`, `gc-delete`) and the hourly
  retention of nginx-access; the metastore's PostgreSQL failing over 08:31-08:37 (each
  pipeline's publisher `actor-failure` with anyhow's `Caused by:` chain after a blank line, the
  other actors' `actor-exit`, the pipelines spawned again, `Failed to list indexes from the
  metastore.`), indexer-1 OOM-killed at 10:12 and started again.
- Databend 1.2 (`databend-query-default.2024-06-05-22` to `databend-query-default.2024-06-06-03`:
  the file logger's hourly files, named by the UTC hour while the node runs in Asia/Shanghai, so
  the lines are stamped `+08:00` and the local 06:00-12:00 spans six files; the text layout
  `{time} {level:>5} {module}: {file}:{line} {message}`, a line written while a query runs
  prefixed by the query's id): Grafana's dashboard every five minutes, Metabase's ad-hoc queries
  over JDBC, bendsql's hourly ETL, each query's `http query new request(from %s)%s: %s` (the
  request's Debug), `http query %s, change state to Running`, `http query initial response to
  http query_id=%s, state=%s, rows=%s, next_page=%s, sql='%s'` and `http query %s: change state
  to Stopped, reason Ok(())`; mistyped tables (`http query fail to start sql, error:
  UnknownTable. Code: 1025, Text = error:` with the SQL and its carets under it, a blank line and
  the backtrace note), a Grafana data source pointed at database `analytic` 07:15-07:31, result
  sets left to expire (`http query %s timeout after %s s`), MinIO throttling 08:40-09:04 (queries
  stopped with opendal's S3 error, `slow http query request on %s %s, elapsed: %ss`), an upgrade
  restart at 09:40 (a running query aborted, `Shutdown server.`, the start-up's config dump and
  `Listening for ...` lines, the ClickHouse handler's usage over two lines).
- GreptimeDB 0.8 (`greptimedb-frontend.log`, `greptimedb-datanode-0.log`,
  `greptimedb-datanode-1.log`: `docker logs` of a Compose cluster, tracing's full format with
  microseconds, no colours): the datanodes' memtable flushes (`Successfully flush memtables,
  region: %s, reason: %s, files: %s, cost: %ss`, `Periodically` or `EngineFull`) and TWCS
  compactions (`Compacted SST files, input: [FileMeta { ... }], output: ..., window: %s`), the
  metasrv restarted at 07:40 (`Error while reading heartbeat response`, `Heartbeat handling loop
  exit.`, `Failed to send heartbeat to metasrv`, `Failed to reconnect to metasrv!` with the
  error's numbered stack in `err=` over two lines, `Reconnected to metasrv`), datanode-1
  OOM-killed at 09:20 (`Datanode start command: %s` and `Datanode options: %s` printed with
  `{:#?}` over 24 and 138 lines, the WAL replayed and the regions opened and registered; the
  frontend's Prometheus remote writes failing meanwhile: `Failed to handle HTTP request ` at
  ERROR with a three- or four-layer stack), a Telegraf deploy sending a field with the wrong
  type 10:30-10:50 (the same line at WARN, its stack naming the region).

Label notes. The log heads are context: tracing's time, level, span chain and target,
compose's `conduit-1  | `, the syslog head, Databend's time, level, module, `file:line` and
the query id before a line. Fields tracing writes after the message (`split_id=`,
`index_id=`, GreptimeDB's `err=` with the error's stack) are attributes and the message alone
is the label, as logrus's and zap's fields in earlier rounds; a value formatted into the
message with `{}` or `{:?}` is a variable, an enum's name included (Conduit's `404 Not Found` and
`M_UNRECOGNIZED`, GreptimeDB's flush reason, Databend's `Succeeded` / `Running` and an
ErrorCode's name and code), and a value that is an error's message contributes its format:
reqwest's three connection failures, the remote's JSON error bodies and nginx's page (the
errcode and status text variables), Databend's `Unknown database '%s'` and opendal's S3 error,
Quickwit's anyhow chain under `actor-failure` belongs to that event. Databend's `http query new
request{}{}: {}` glues two values to the word (the agent in parentheses and, from newer
drivers, `(client_session_id=...)`). A Debug value over several lines (Conduit's request map,
GreptimeDB's `{:#?}` options and error stacks, Databend's SQL carets and backtrace note,
Quickwit's `Caused by:` chain, the ClickHouse usage line) continues its event: no label.
Garage's request line `%s (via %s) %s %s` has the forwarded client, the proxy's address, the
method and the URI as values; its `Response: error %s, %s` takes the S3 error's text as format
(`Key not found`, `Forbidden: No such key: %s`, `Bucket not found: %s`, the quorum error with
its list of the other nodes' errors as a value).

Least sure (written from the helper's knowledge; Conduit's main.rs, server_server.rs,
event_handler, ruma_wrapper and error.rs, Garage's generic_server, netapp, peering, resync,
sync, error and logging set-up, Quickwit's logger, uploader, publisher, merge downloader,
garbage collector and retention code, Databend's tracing formatter, http_query_handlers,
execute_state, http_query_manager and entry.rs, and GreptimeDB's logging, error macros,
heartbeat, flush, compaction, opener and `cmd` were checked against copies of their sources,
of several versions): Conduit 0.7's `Loaded rocksdb database with version 13` at start-up
(older versions set the subscriber after loading the database), the ruma signature error's
wording, compose's padding before `|`; Garage's `Network error: Not connected: %s` inside the
quorum error and whether 1.0 keeps `Node ID of this node`; Quickwit 0.8's level for
`new-split` and `start-stage-and-store-splits` (info in 0.7-0.8, debug later), the publisher's
and merge's span fields, `starting REST/gRPC server listening on %s`, the actor names and the
metastore error's Debug; Databend mid-2024's exact `http query new request` shape (the
client-session part came in later in 2024), the ResponseState Debug, the ErrorCode Debug's
punctuation and the file:line numbers; GreptimeDB 0.8's compaction line (later versions add
`region_id` and `merge_time`), the `err=` Debug layout of its error stacks and the source
locations in them, the StartCommand and DatanodeOptions fields. Run it only to change the data
on purpose: `python bench/heldout/generate_round133.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-06 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 6, h, m, 0, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def ulid(r: random.Random, t: datetime) -> str:
    """A ULID minted at `t`: 48 bits of milliseconds and 80 random bits, Crockford base32."""
    ms = int(t.timestamp() * 1000)
    head = "".join(CROCKFORD[(ms >> (5 * i)) & 31] for i in range(9, -1, -1))
    return head + "".join(r.choice(CROCKFORD) for _ in range(16))


def us6(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def ms3z(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def pick_w(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ----------------------------------------------------------------------------------- conduit

CD_SERVER = "chat.example.org"
CD_PREFIX = "conduit-1  | "
CD_LEVEL = {
    "INFO": "\x1b[32m INFO\x1b[0m",
    "WARN": "\x1b[33m WARN\x1b[0m",
    "ERROR": "\x1b[31mERROR\x1b[0m",
}
# Remote servers of the rooms the local users are in: (name, weight of incoming PDUs)
CD_REMOTES = [
    ("matrix.org", 40),
    ("mozilla.org", 8),
    ("kde.org", 7),
    ("tchncs.de", 6),
    ("envs.net", 5),
    ("nixos.org", 6),
    ("fedora.im", 4),
    ("gnome.org", 4),
    ("element.io", 3),
    ("beeper.com", 3),
]
CD_DEAD = {
    # server: (actual destination, failure)
    "matrix.oldfriends.net": ("https://matrix.oldfriends.net:8448", "refused"),
    "chat.defunct-club.org": ("https://chat.defunct-club.org:8448", "dns"),
    "synapse.slowlab.io": ("https://synapse.slowlab.io:443", "timeout"),
}
CD_ERR = {
    "refused": "error trying to connect: tcp connect error: Connection refused (os error 111)",
    "dns": "error trying to connect: dns error: failed to lookup address information: Name or service not known",
    "timeout": "operation timed out",
}
CD_ERR_LABEL = {
    k: f"Could not send request to %s at %s: error sending request for url (%s): {v}"
    for k, v in CD_ERR.items()
}
NGINX_502 = "<html> <head><title>502 Bad Gateway</title></head> <body> <center><h1>502 Bad Gateway</h1></center> <hr><center>nginx</center> </body> </html>"


def cd_fields(fields: list[tuple[str, str]]) -> str:
    return " ".join(f"\x1b[3m{k}\x1b[0m\x1b[2m=\x1b[0m{v}" for k, v in fields)


def cd_spans(spans: list[tuple[str, list[tuple[str, str]]]]) -> str:
    out = ""
    for name, fields in spans:
        out += f"\x1b[1m{name}\x1b[0m"
        if fields:
            out += f"\x1b[1m{{\x1b[0m{cd_fields(fields)}\x1b[1m}}\x1b[0m"
        out += "\x1b[2m:\x1b[0m"
    return out + " " if spans else ""


def conduit(r: random.Random) -> list[Log]:
    """Conduit 0.7 (`docker compose logs --no-color conduit`, tracing-subscriber's default
    format with its ANSI colours under compose's `conduit-1  | ` prefix, `CONDUIT_LOG=info,
    state_res=warn,_=off`), 06:00 to 12:00: federation traffic from ten servers (`Upgrading %s
    to timeline pdu` for each incoming event, missing prev events fetched over federation and
    backed off from), three dead servers still in rooms (refused, no DNS, timing out), remote
    profile and room lookups answered with errors or nginx's 502 page, Element X clients asking
    for sliding sync, an old device with a revoked token, the reverse proxy reconfigured
    without `nocanon` 09:10-09:40 (every federation request with an `@` in its URI fails its
    X-Matrix signature), a restart at 10:30."""
    fs = Files()
    restart = at(10, 30, 4.2)
    back = restart + sec(7.9)

    def L(
        t: datetime,
        level: str,
        target: str,
        label: str,
        lines: list[str],
        spans: list[tuple[str, list[tuple[str, str]]]] | None = None,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        sp = cd_spans(spans or [])
        fl = " " + cd_fields(fields) if fields else ""

        def text(x: datetime) -> list[str]:
            head = f"\x1b[2m{us6(x)}\x1b[0m {CD_LEVEL[level]} {sp}\x1b[2m{target}\x1b[0m\x1b[2m:\x1b[0m {lines[0]}{fl}"
            return [CD_PREFIX + head, *(CD_PREFIX + x for x in lines[1:])]

        return fs.add("conduit.log", t, label, text, "conduit", 1)

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < back + sec(2))

    def ev_id() -> str:
        return "$" + "".join(r.choice(B64URL) for _ in range(43))

    rooms: dict[str, list[str]] = {}
    for name, _w in CD_REMOTES:
        n = 4 if name == "matrix.org" else r.randint(1, 3)
        rooms[name] = [
            "!"
            + "".join(
                r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(18)
            )
            + ":"
            + name
            for _ in range(n)
        ]
    EH = "conduit::service::rooms::event_handler"
    SS = "conduit::api::server_server"
    ERRT = "conduit::utils::error"
    send_span = ("http_request", [("path", "/_matrix/federation/v1/send/:txn_id")])
    bad_events: dict[str, list[str]] = {}

    def pdu_spans(origin: str, eid: str, room: str) -> list:
        return [
            send_span,
            (
                "handle_incoming_pdu",
                [("origin", f'"{origin}"'), ("event_id", f'"{eid}"'), ("room_id", f'"{room}"')],
            ),
        ]

    # incoming PDUs
    rate = [(w, n) for n, w in CD_REMOTES]
    for t in poisson(r, T0, T_END, 23.0):
        if not up(t):
            continue
        # day curve: busier towards noon
        if r.random() < 0.35 * (1 - (t - T0).total_seconds() / 21600):
            continue
        origin = pick_w(r, rate)
        room = r.choice(rooms[origin])
        eid = ev_id()
        spans = pdu_spans(origin, eid, room)
        t2 = t
        if r.random() < 0.17:
            # missing prev events fetched over federation first
            fspans = [*spans, ("fetch_and_handle_outliers", [])]
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                pid = ev_id()
                t2 = L(
                    t2 + sec(r.uniform(0.001, 0.01)),
                    "INFO",
                    EH,
                    "Fetching %s over federation.",
                    [f"Fetching {pid} over federation."],
                    fspans,
                )
                if r.random() < 0.9:
                    t2 = L(
                        t2 + sec(r.uniform(0.05, 0.9)),
                        "INFO",
                        EH,
                        "Got %s over federation",
                        [f"Got {pid} over federation"],
                        fspans,
                    )
                    if r.random() < 0.06:
                        t2 = L(
                            t2 + sec(r.uniform(0.002, 0.02)),
                            "WARN",
                            EH,
                            'Authentication of event %s failed: BadRequest(%s, "Auth check failed")',
                            [
                                f'Authentication of event {pid} failed: BadRequest(InvalidParam, "Auth check failed")'
                            ],
                            fspans,
                        )
                        bad_events.setdefault(room, []).append(pid)
                else:
                    t2 = L(
                        t2 + sec(r.uniform(2, 20)),
                        "WARN",
                        EH,
                        "Failed to fetch event: %s",
                        [f"Failed to fetch event: {pid}"],
                        fspans,
                    )
                    bad_events.setdefault(room, []).append(pid)
        stale = bad_events.get(room, [])
        if stale and r.random() < 0.35:
            for bid in r.sample(stale, min(len(stale), r.choice([1, 1, 2]))):
                t2 = L(
                    t2 + sec(r.uniform(0.001, 0.01)),
                    "INFO",
                    EH,
                    "Backing off from %s",
                    [f"Backing off from {bid}"],
                    [*spans, ("fetch_and_handle_outliers", [])],
                )
        if r.random() < 0.012:
            t2 = L(
                t2 + sec(r.uniform(0.001, 0.01)),
                "WARN",
                EH,
                "Prev event %s failed: Event has failed auth check with state at the event.",
                [
                    f"Prev event {ev_id()} failed: Event has failed auth check with state at the event."
                ],
                spans,
            )
        if r.random() < 0.006:
            t2 = L(
                t2 + sec(r.uniform(0.001, 0.01)),
                "WARN",
                EH,
                "Calculated hash does not match: %s",
                [f"Calculated hash does not match: {eid}"],
                [
                    *spans,
                    (
                        "handle_outlier_pdu",
                        [
                            ("origin", f'"{origin}"'),
                            ("event_id", f'"{eid}"'),
                            ("room_id", f'"{room}"'),
                        ],
                    ),
                ],
            )
        L(
            t2 + sec(r.uniform(0.002, 0.04)),
            "INFO",
            EH,
            "Upgrading %s to timeline pdu",
            [f"Upgrading {eid} to timeline pdu"],
            [
                *spans,
                (
                    "upgrade_outlier_to_timeline_pdu",
                    [("origin", f'"{origin}"'), ("room_id", f'"{room}"')],
                ),
            ],
        )

    # outgoing transactions to dead servers: retried with the sender's backoff
    for dest, (actual, kind) in CD_DEAD.items():
        t = T0 + sec(r.uniform(20, 300))
        while t < T_END:
            if up(t):
                txn = f"{int(t.timestamp() * 1000)}"
                url = f"{actual}/_matrix/federation/v1/send/{txn}"
                dur = {"refused": 0.004, "dns": 0.02, "timeout": 60.0}[kind]
                L(
                    t + sec(dur * r.uniform(0.8, 1.2)),
                    "WARN",
                    SS,
                    CD_ERR_LABEL[kind],
                    [
                        f"Could not send request to {dest} at {actual}: error sending request for url ({url}): {CD_ERR[kind]}"
                    ],
                    [("send_request", [("destination", f'"{dest}"')])],
                )
                # key queries and backfill from the dead server's room, now and then
                if r.random() < 0.25:
                    kurl = f"{actual}/_matrix/key/v2/server"
                    L(
                        t + sec(r.uniform(1, 30)),
                        "WARN",
                        SS,
                        CD_ERR_LABEL[kind],
                        [
                            f"Could not send request to {dest} at {actual}: error sending request for url ({kurl}): {CD_ERR[kind]}"
                        ],
                        [("send_request", [("destination", f'"{dest}"')])],
                    )
            t += sec(r.uniform(90, 260))

    # remote lookups answered with errors
    for t in poisson(r, T0, T_END, 190.0):
        if not up(t):
            continue
        kind = pick_w(r, [(6, "profile"), (3, "host"), (4, "502")])
        if kind == "profile":
            origin = r.choice(["matrix.org", "tchncs.de", "envs.net", "mozilla.org"])
            user = f"@{r.choice(['alice', 'bob', 'jdoe', 'marek', 'zoe', 'keiko', 'ptr', 'liv'])}{r.randint(1, 99)}:{origin}"
            url = f"https://{'matrix-federation.matrix.org' if origin == 'matrix.org' else origin}:443/_matrix/federation/v1/query/profile?user_id={user.replace('@', '%40').replace(':', '%3A')}&field=displayname"
            L(
                t,
                "WARN",
                SS,
                '%s %s: {"errcode":"%s","error":"Profile was not found"}',
                [
                    f'{url} 404 Not Found: {{"errcode":"M_NOT_FOUND","error":"Profile was not found"}}'
                ],
                [("send_request", [("destination", f'"{origin}"')])],
            )
        elif kind == "host":
            origin = r.choice(["kde.org", "gnome.org", "fedora.im"])
            room = r.choice(rooms[origin])
            url = f"https://{origin}:443/_matrix/federation/v1/state_ids/{room.replace('!', '%21').replace(':', '%3A')}?event_id={ev_id().replace('$', '%24')}"
            L(
                t,
                "WARN",
                SS,
                '%s %s: {"errcode":"%s","error":"Host not in room."}',
                [f'{url} 403 Forbidden: {{"errcode":"M_FORBIDDEN","error":"Host not in room."}}'],
                [("send_request", [("destination", f'"{origin}"')])],
            )
        else:
            origin = r.choice(["envs.net", "beeper.com", "nixos.org"])
            url = f"https://{origin}:443/_matrix/federation/v1/send/{int(t.timestamp() * 1000)}"
            L(
                t,
                "WARN",
                SS,
                "%s %s: <html> <head><title>%s</title></head> <body> <center><h1>%s</h1></center> <hr><center>nginx</center> </body> </html>",
                [f"{url} 502 Bad Gateway: {NGINX_502}"],
                [("send_request", [("destination", f'"{origin}"')])],
            )

    # Element X clients asking for sliding sync (not implemented): every ~100 s, two users
    for t in poisson(r, T0, T_END, 108.0):
        if not up(t):
            continue
        q = (
            f"?pos={int(t.timestamp()) - r.randint(30, 900)}-{r.randint(1, 40)}&timeout=30000"
            if r.random() < 0.8
            else ""
        )
        path = "/_matrix/client/unstable/org.matrix.msc3575/sync"
        sp = [("http_request", [("path", path)])]
        t2 = L(t, "WARN", "conduit", "Not found: %s", [f"Not found: {path}{q}"], sp)
        L(
            t2 + sec(r.uniform(0.00002, 0.0002)),
            "INFO",
            ERRT,
            "Returning an error: %s: %s: Unrecognized request",
            ["Returning an error: 404 Not Found: M_UNRECOGNIZED: Unrecognized request"],
            sp,
        )
    # an old phone with a revoked token, retrying /sync
    t = at(7, 12, 3)
    while t < at(8, 55):
        if up(t):
            L(
                t,
                "INFO",
                ERRT,
                "Returning an error: %s: %s: Unknown access token.",
                ["Returning an error: 401 Unauthorized: M_UNKNOWN_TOKEN: Unknown access token."],
                [("http_request", [("path", "/_matrix/client/v3/sync")])],
            )
        t += sec(r.uniform(100, 160))

    # 09:10-09:40: the proxy hands Conduit decoded URIs, so X-Matrix signatures over an `@` fail
    for t in poisson(r, at(9, 10, 12), at(9, 40, 30), 44.0):
        origin = pick_w(r, [(w, n) for n, w in CD_REMOTES])
        user = f"@{r.choice(['alice', 'bob', 'jdoe', 'marek', 'zoe', 'keiko', 'ptr', 'liv', 'sam', 'ana'])}:{CD_SERVER}"
        kind = r.choice(["profile", "devices", "make_join"])
        if kind == "profile":
            mpath = "/_matrix/federation/v1/query/profile"
            uri = f"{mpath}?user_id={user}&field=displayname"
            method = "GET"
        elif kind == "devices":
            mpath = "/_matrix/federation/v1/user/devices/:user_id"
            uri = f"/_matrix/federation/v1/user/devices/{user}"
            method = "GET"
        else:
            mpath = "/_matrix/federation/v1/make_join/:room_id/:user_id"
            ruser = f"@{r.choice(['k', 'lu', 'mx', 'nn'])}{r.randint(10, 99)}:{origin}"
            uri = f"/_matrix/federation/v1/make_join/!{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJ') for _ in range(18))}:{CD_SERVER}/{ruser}?ver=10&ver=11"
            method = "GET"
        key = f"ed25519:{r.choice(['a_RXGa', 'auto', 'a_HgkX'])}"
        sig = "".join(r.choice(B64URL[:62] + "+/") for _ in range(86))
        rmap = f'{{"destination": String("{CD_SERVER}"), "method": String("{method}"), "origin": String("{origin}"), "signatures": Object({{"{origin}": Object({{"{key}": String("{sig}")}})}}), "uri": String("{uri}")}}'
        sp = [("http_request", [("path", mpath)])]
        t2 = L(
            t,
            "WARN",
            "conduit::api::ruma_wrapper::axum",
            "Failed to verify json request from %s: Could not verify signature: signature error: Verification equation was not satisfied",
            [
                f"Failed to verify json request from {origin}: Could not verify signature: signature error: Verification equation was not satisfied",
                rmap,
            ],
            sp,
        )
        t2 = L(
            t2 + sec(r.uniform(0.00002, 0.0001)),
            "WARN",
            "conduit::api::ruma_wrapper::axum",
            "Request uri contained '@' character. Make sure your reverse proxy gives Conduit the raw uri (apache: use nocanon)",
            [
                "Request uri contained '@' character. Make sure your reverse proxy gives Conduit the raw uri (apache: use nocanon)"
            ],
            sp,
        )
        L(
            t2 + sec(r.uniform(0.00002, 0.0002)),
            "INFO",
            ERRT,
            "Returning an error: %s: %s: Failed to verify X-Matrix signatures.",
            [
                "Returning an error: 403 Forbidden: M_FORBIDDEN: Failed to verify X-Matrix signatures."
            ],
            sp,
        )

    # the restart
    t = L(
        restart,
        "WARN",
        "conduit",
        "Received %s, shutting down...",
        ["Received SIGTERM, shutting down..."],
    )
    L(
        t + sec(r.uniform(0.4, 1.6)),
        "INFO",
        "shutdown-sync",
        "Received shutdown notification, notifying sync helpers...",
        ["Received shutdown notification, notifying sync helpers..."],
    )
    L(
        back,
        "INFO",
        "conduit::database",
        "Loaded %s database with version %s",
        ["Loaded rocksdb database with version 13"],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ garage

GA_NODES = {
    # host: (pid, RPC address, node id)
    "garage1": (812, "10.0.5.11:3901"),
    "garage2": (797, "10.0.5.12:3901"),
    "garage3": (1043, "10.0.5.13:3901"),
}
GA_CLIENTS = {
    "backup": "10.0.4.21",
    "mastodon": "10.0.4.31",
    "mastodon-sidekiq": "10.0.4.32",
    "nextcloud": "10.0.4.41",
    "loki-old": "10.0.4.55",
}


def garage(r: random.Random) -> list[Log]:
    """Three Garage 1.0 nodes (`garage1-syslog`, `garage2-syslog`, `garage3-syslog`: Debian
    12's rsyslog with RFC 3339 timestamps, Garage started with GARAGE_LOG_TO_SYSLOG=1, so
    tracing's compact format without time or level: `garage[812]: garage_api::generic_server:
    10.0.4.31 (via [::ffff:127.0.0.1]:51234) GET /mastodon-media/...`), replication factor 3,
    each behind a local nginx, 06:00 to 12:00: Mastodon's media reads all day, restic's backup
    07:00-07:45, Nextcloud's object store, garage3 cut off from the RPC network 08:21-08:33
    (pings timing out, connections closed, retries, its own requests failing for want of a
    quorum, then the table sync and the block resync when it is back), an old Loki with a
    deleted access key 09:30-10:10 (403), a Nextcloud redeploy with a mistyped bucket
    10:40-11:00 (404)."""
    fs = Files()
    ids = {h: hexid(r, 64) for h in GA_NODES}
    short = {h: ids[h][:16] for h in GA_NODES}
    part = (at(8, 21, 31.5), at(8, 33, 12.0))

    def S(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = GA_NODES[h][0]
        return fs.add(
            f"{h}-syslog",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 {h} garage[{pid}]: {msg}"],
            h,
            1,
        )

    API = "garage_api::generic_server: "

    def request(
        h: str,
        t: datetime,
        client: str,
        method: str,
        uri: str,
        err: tuple[str, str] | None = None,
        warn: bool = False,
    ) -> None:
        port = r.randint(32768, 60999)
        t = S(
            h,
            t,
            "%s (via %s) %s %s",
            f"{API}{client} (via [::ffff:127.0.0.1]:{port}) {method} {uri}",
        )
        if err:
            S(
                h,
                t + sec(r.uniform(0.0008, 0.02) if not warn else r.uniform(10.0, 10.05)),
                err[0],
                API + err[1],
            )

    def node_for(t: datetime) -> str:
        return r.choice(["garage1", "garage2", "garage3"])

    def isolated(t: datetime) -> bool:
        return part[0] <= t < part[1]

    def quorum_err(h: str) -> tuple[str, str]:
        others = [o for o in GA_NODES if o != h]
        errs = ", ".join(f'"Network error: Not connected: {short[o]}"' for o in others)
        return (
            "Response: error %s, Internal error: Could not reach quorum of %s (sets=%s). %s of %s request succeeded, others returned errors: %s",
            f"Response: error 503 Service Unavailable, Internal error: Could not reach quorum of 2 (sets=Some(1)). 1 of 3 request succeeded, others returned errors: [{errs}]",
        )

    KEY_NF = ("Response: error %s, Key not found", "Response: error 404 Not Found, Key not found")

    def media_path() -> str:
        a = "/".join(f"{r.randint(0, 999):03d}" for _ in range(6))
        kind = r.choice(["original", "original", "small"])
        ext = r.choice(["jpg", "png", "webp", "mp4", "jpeg"])
        return f"/mastodon-media/media_attachments/files/{a}/{kind}/{hexid(r, 16)}.{ext}"

    # Mastodon media: reads all day (the CDN's misses), writes from sidekiq
    for t in poisson(r, T0, T_END, 26.0):
        h = node_for(t)
        if r.random() < 0.82:
            p = (
                media_path()
                if r.random() < 0.8
                else f"/mastodon-media/cache/accounts/avatars/{'/'.join(f'{r.randint(0, 999):03d}' for _ in range(6))}/original/{hexid(r, 16)}.png"
            )
            err = None
            if r.random() < 0.09:
                err = KEY_NF
            elif isolated(t) and h == "garage3":
                err = quorum_err(h)
            request(
                h, t, GA_CLIENTS["mastodon"], "GET", p, err, warn=bool(err and err is not KEY_NF)
            )
        else:
            p = media_path()
            err = quorum_err(h) if isolated(t) and h == "garage3" else None
            request(h, t, GA_CLIENTS["mastodon-sidekiq"], "PUT", p, err, warn=bool(err))
    # Nextcloud primary storage: urn:oid objects
    for t in poisson(r, T0, T_END, 48.0):
        h = node_for(t)
        method = pick_w(r, [(6, "GET"), (2, "PUT"), (1, "HEAD"), (0.5, "DELETE")])
        err = None
        if isolated(t) and h == "garage3":
            err = quorum_err(h)
        request(
            h,
            t,
            GA_CLIENTS["nextcloud"],
            method,
            f"/nextcloud/urn:oid:{r.randint(1000, 98000)}",
            err,
            warn=bool(err),
        )
    # restic's nightly-at-7 backup: lock, config, index, many data packs, snapshot
    t = at(7, 0, 3.2)
    h = "garage1"
    for p in ["/restic-backups/config", "/restic-backups/keys/" + hexid(r, 64)]:
        request(h, t, GA_CLIENTS["backup"], "GET", p)
        t += sec(r.uniform(0.05, 0.3))
    request(h, t, GA_CLIENTS["backup"], "PUT", "/restic-backups/locks/" + hexid(r, 64))
    t += sec(0.4)
    request(h, t, GA_CLIENTS["backup"], "GET", "/restic-backups?list-type=2&prefix=locks%2F")
    t += sec(0.3)
    request(h, t, GA_CLIENTS["backup"], "GET", "/restic-backups?list-type=2&prefix=snapshots%2F")
    t += sec(0.2)
    request(h, t, GA_CLIENTS["backup"], "GET", "/restic-backups?list-type=2&prefix=index%2F")
    end = at(7, 44, 10)
    while t < end:
        t += sec(r.expovariate(1 / 6.5))
        pack = hexid(r, 64)
        if r.random() < 0.25:
            request(
                h,
                t,
                GA_CLIENTS["backup"],
                "HEAD",
                f"/restic-backups/data/{pack[:2]}/{pack}",
                KEY_NF,
            )
            t += sec(r.uniform(0.01, 0.05))
        request(h, t, GA_CLIENTS["backup"], "PUT", f"/restic-backups/data/{pack[:2]}/{pack}")
    for p in ["index/" + hexid(r, 64), "snapshots/" + hexid(r, 64)]:
        t += sec(r.uniform(0.5, 2))
        request(h, t, GA_CLIENTS["backup"], "PUT", "/restic-backups/" + p)
    request(
        h, t + sec(1.1), GA_CLIENTS["backup"], "DELETE", "/restic-backups/locks/" + hexid(r, 64)
    )
    # the old Loki with a deleted key: chunk flushes every ~30 s, each refused
    dead_key = "GK" + hexid(r, 24)
    for t in poisson(r, at(9, 30, 12), at(10, 10, 40), 31.0):
        h = node_for(t)
        request(
            h,
            t,
            GA_CLIENTS["loki-old"],
            "PUT",
            f"/loki-chunks/fake/{hexid(r, 16)}/{hexid(r, 11)}:{hexid(r, 11)}:{hexid(r, 8)}",
            (
                "Response: error %s, Forbidden: No such key: %s",
                f"Response: error 403 Forbidden, Forbidden: No such key: {dead_key}",
            ),
        )
    # Nextcloud redeployed with bucket "nextcloud-prod"
    for t in poisson(r, at(10, 40, 5), at(11, 0, 30), 34.0):
        h = node_for(t)
        request(
            h,
            t,
            GA_CLIENTS["nextcloud"],
            r.choice(["GET", "GET", "PUT", "HEAD"]),
            f"/nextcloud-prod/urn:oid:{r.randint(1000, 98000)}",
            (
                "Response: error %s, Bucket not found: %s",
                "Response: error 404 Not Found, Bucket not found: nextcloud-prod",
            ),
        )

    # the partition: pings from and to garage3 time out
    NA = "garage_net::netapp: "
    PE = "garage_net::peering: "

    def lose(a: str, b: str, t: datetime) -> datetime:
        """`a` loses `b`: five failed pings (every 15 s, 10 s timeout), then the connection."""
        for _ in range(5):
            t = S(
                a,
                t,
                "Error pinging %s: Ping timeout",
                f"{PE}Error pinging {short[b]}: Ping timeout",
            )
            t += sec(15.0 + r.uniform(0, 0.05))
        t = S(
            a,
            t - sec(15.0) + sec(0.0003),
            "Too many failed pings from %s, closing connection.",
            f"{PE}Too many failed pings from {short[b]}, closing connection.",
        )
        t = S(a, t + sec(0.0004), "Connection to %s closed", f"{NA}Connection to {short[b]} closed")
        S(
            a,
            t + sec(r.uniform(0.001, 0.02)),
            "Connection from %s closed",
            f"{NA}Connection from {short[b]} closed",
        )
        return t

    def retry(a: str, b: str, t: datetime, until: datetime) -> None:
        i = 1
        while True:
            t += sec(30.0 + r.uniform(0, 1.2))
            if t >= until:
                return
            S(
                a,
                t,
                "Retrying connection to %s at %s (%s)",
                f"{PE}Retrying connection to {short[b]} at {GA_NODES[b][1]} ({i})",
            )
            fail = t + sec(r.uniform(127.0, 131.0))
            if fail >= until:
                return
            S(
                a,
                fail,
                "Could not connect to peer %s (%s addresses tried)",
                f"{PE}Could not connect to peer {short[b]} (1 addresses tried)",
            )
            t = fail
            i += 1

    def reconnect(a: str, b: str, t: datetime) -> datetime:
        t = S(
            a,
            t,
            "Connected to %s, negotiating handshake...",
            f"{NA}Connected to {GA_NODES[b][1]}, negotiating handshake...",
        )
        t = S(
            a,
            t + sec(r.uniform(0.003, 0.02)),
            "Connection established to %s",
            f"{NA}Connection established to {short[b]}",
        )
        t = S(
            a,
            t + sec(0.0002),
            "Successfully connected to %s at %s",
            f"{PE}Successfully connected to {short[b]} at {GA_NODES[b][1]}",
        )
        port = r.randint(35000, 60000)
        ip = GA_NODES[a][1].split(":")[0]
        tb = S(
            b,
            t + sec(r.uniform(0.0005, 0.003)),
            "Incoming connection from %s, negotiating handshake...",
            f"{NA}Incoming connection from {ip}:{port}, negotiating handshake...",
        )
        S(
            b,
            tb + sec(r.uniform(0.003, 0.02)),
            "Accepted connection from %s at %s",
            f"{NA}Accepted connection from {short[a]} at {ip}:{port}",
        )
        return t

    first = part[0] + sec(r.uniform(0.5, 9))
    for a, b in [
        ("garage1", "garage3"),
        ("garage2", "garage3"),
        ("garage3", "garage1"),
        ("garage3", "garage2"),
    ]:
        tl = lose(a, b, first + sec(r.uniform(0, 14)))
        retry(a, b, tl, part[1])
    # back: the retries that follow succeed
    tb = part[1] + sec(r.uniform(1, 6))
    for a, b in [
        ("garage1", "garage3"),
        ("garage3", "garage1"),
        ("garage2", "garage3"),
        ("garage3", "garage2"),
    ]:
        tb = reconnect(a, b, tb + sec(r.uniform(0.2, 3)))
    # anti-entropy: the others send garage3 what it missed
    for a in ["garage1", "garage2"]:
        ts = tb + sec(r.uniform(20, 40))
        for table, lo, hi in [
            ("object", 40, 160),
            ("version", 40, 160),
            ("block_ref", 120, 480),
            ("object_counter", 2, 9),
            ("mpu", 0, 3),
        ]:
            n = r.randint(lo, hi)
            if not n:
                continue
            ts = S(
                a,
                ts + sec(r.uniform(0.5, 9)),
                "(%s) Sending %s items to %s",
                f"garage_table::sync: ({table}) Sending {n} items to {short['garage3']}…",
            )
    # garage3's resync fetches the blocks written without it
    tr = tb + sec(r.uniform(45, 60))
    missing = 0
    for _ in range(r.randint(150, 175)):
        tr += sec(r.expovariate(1 / 2.1))
        blk = hexid(r, 16)
        tr = S(
            "garage3",
            tr,
            "Resync block %s: fetching absent but needed block (refcount > 0)",
            f"garage_block::resync: Resync block {blk}…: fetching absent but needed block (refcount > 0)",
        )
        if r.random() < 0.04 and missing < 6:
            missing += 1
            tr = S(
                "garage3",
                tr + sec(r.uniform(0.02, 0.2)),
                "Could not fetch needed block %s, no node returned valid data. Checking that refcount is correct.",
                f"garage_block::resync: Could not fetch needed block {blk}…, no node returned valid data. Checking that refcount is correct.",
            )
            tr = S(
                "garage3",
                tr + sec(r.uniform(0.001, 0.01)),
                "Error when resyncing %s: Missing block %s: no node returned a valid block",
                f"garage_block::resync: Error when resyncing {blk}…: Missing block {blk}…: no node returned a valid block",
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- quickwit

QW_INDEXES = [
    # index, source, pod, commit timeout (s), docs per second, index uid suffix
    ("app-logs", "kafka-app-logs", "quickwit-indexer-0", 90, 410, "01HX3F8K2M9QZ4T6W1B7C5D0EA"),
    (
        "otel-logs-v0_7",
        "_ingest-api-source",
        "quickwit-indexer-1",
        120,
        260,
        "01HW9R2N6P3XK8V0M4J7T2Q5SB",
    ),
    ("nginx-access", "kafka-nginx", "quickwit-indexer-1", 300, 95, "01HWA4C7D9F2G5H8J1K3M6N0PQ"),
]
QW_MERGE_POLICY = "StableLogMergePolicy { config: StableLogMergePolicyConfig { min_level_num_docs: 100000, merge_factor: 10, max_merge_factor: 12, maturation_period: 172800s }, split_num_docs_target: 10000000 }"
QW_ACTORS = [
    "SourceActor",
    "DocProcessor",
    "Indexer",
    "IndexSerializer",
    "Packager",
    "Uploader",
    "Sequencer",
]
QW_WORDS = [
    "silent",
    "frosty",
    "old",
    "wild",
    "sparkling",
    "little",
    "bold",
    "misty",
    "ancient",
    "broken",
    "quiet",
    "hidden",
]
QW_NOUNS = [
    "forest",
    "glade",
    "river",
    "meadow",
    "cherry",
    "pond",
    "dust",
    "brook",
    "field",
    "leaf",
    "snow",
    "moon",
]


def quickwit(r: random.Random) -> list[Log]:
    """A Quickwit 0.8 cluster on Kubernetes (`kubectl logs` of two indexers and the janitor:
    `quickwit-indexer-0.log`, `quickwit-indexer-1.log`, `quickwit-janitor.log`; tracing's full
    format with Quickwit's millisecond UTC timer, NO_COLOR set by the chart), 06:00 to 12:00:
    three indexes (`app-logs` from Kafka on indexer-0, `otel-logs-v0_7` from the ingest API
    and `nginx-access` from Kafka on indexer-1) committing a split per commit timeout
    (`new-split`, `start-stage-and-store-splits`, `publish-new-splits` with the checkpoint
    delta), merges (`download-merge-splits`, the merged split published), the janitor's
    garbage collection every minute (`garbage-collect-operation`, `Garbage collecting
    indexes.`, `gc-delete`) and hourly retention on nginx-access; the metastore's PostgreSQL
    failing over 08:31-08:37 (the publishers' `actor-failure` with anyhow's `Caused by:` chain,
    the pipelines' other actors exiting, the pipelines spawned again, the janitor unable to
    list indexes), indexer-1 OOM-killed at 10:12 and started again."""
    fs = Files()
    pg_down = (at(8, 31, 14.0), at(8, 37, 2.0))
    oom = at(10, 12, 7.3)
    back1 = oom + sec(41.6)

    def Q(
        pod: str,
        t: datetime,
        level: str,
        target: str,
        label: str,
        msg: str,
        spans: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{ms3z(x)} {level:>5} {spans}{target}: {msg}", *(more or [])],
            pod,
            1000,
        )

    def pipeline_uid(t: datetime) -> str:
        return ulid(r, t)

    state: dict[str, dict] = {}
    for idx, _src, _pod, _ct, _rate, uid in QW_INDEXES:
        state[idx] = {
            "uid": uid,
            "pipe": ulid(r, at(5, 12, r.uniform(0, 50))),
            "off": {p: r.randint(10_000_000, 90_000_000) for p in range(3)},
            "splits": [],
            "seq": r.randint(200000, 900000),
        }

    def root_dir(idx: str) -> str:
        st = state[idx]
        src = next(s for i, s, *_ in QW_INDEXES if i == idx)
        return f"/quickwit/qwdata/indexing/{idx}%{st['uid']}%{src}%{st['pipe']}"

    def spawn(pod: str, t: datetime, idx: str, src: str) -> datetime:
        st = state[idx]
        t = Q(
            pod,
            t,
            "INFO",
            "quickwit_indexing::actors::indexing_pipeline",
            "spawning indexing pipeline",
            f"spawning indexing pipeline index_id={idx} source_id={src} pipeline_uid={st['pipe']} root_dir={root_dir(idx)}",
        )
        return Q(
            pod,
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "quickwit_indexing::actors::merge_pipeline",
            "spawning merge pipeline",
            f"spawning merge pipeline index_id={idx} source_id={src} pipeline_uid={st['pipe']} root_dir={root_dir(idx)}/merge merge_policy={QW_MERGE_POLICY}",
        )

    def start_node(pod: str, t: datetime) -> datetime:
        t = Q(
            pod,
            t,
            "INFO",
            "quickwit_serve::grpc",
            "starting gRPC server listening on %s",
            "starting gRPC server listening on 0.0.0.0:7281",
        )
        t = Q(
            pod,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "quickwit_serve::rest",
            "starting REST server listening on %s",
            "starting REST server listening on 0.0.0.0:7280",
        )
        return t

    def batch_span(idx: str, src: str, wb: str) -> str:
        return f"index-doc-batches{{index_id={idx} source_id={src} pipeline_uid={state[idx]['pipe']} workbench_id={wb}}}:"

    def delta(idx: str, src: str, secs: float, rate: float) -> str:
        st = state[idx]
        if src == "_ingest-api-source":
            part = f"ingest_partition_{st['uid'][-8:].lower()}"
            a = st["seq"]
            st["seq"] += int(secs * rate * r.uniform(0.8, 1.2))
            return f'Some(IndexCheckpointDelta {{ source_id: "{src}", source_delta: ∆({part}:({a:020d}..{st["seq"]:020d}]) }})'
        parts = []
        for p in range(3):
            a = st["off"][p]
            st["off"][p] += int(secs * rate / 3 * r.uniform(0.7, 1.3))
            parts.append(f"{p}:({a:020d}..{st['off'][p]:020d}]")
        return f'Some(IndexCheckpointDelta {{ source_id: "{src}", source_delta: ∆({" ".join(parts)}) }})'

    def commit(pod: str, t: datetime, idx: str, src: str, ct: float, rate: float) -> datetime:
        st = state[idx]
        wb = ulid(r, t - sec(ct))
        sid = ulid(r, t - sec(ct) + sec(0.3))
        t = Q(
            pod,
            t,
            "INFO",
            "quickwit_indexing::actors::indexer",
            "new-split",
            f"new-split split_id={sid} partition_id=0",
        )
        t2 = Q(
            pod,
            t + sec(r.uniform(1.2, 4.5)),
            "INFO",
            "quickwit_indexing::actors::uploader",
            "start-stage-and-store-splits",
            f'start-stage-and-store-splits split_ids=["{sid}"]',
            batch_span(idx, src, wb) + "uploader: ",
        )
        if pg_down[0] <= t2 < pg_down[1]:
            return t2
        t3 = Q(
            pod,
            t2 + sec(r.uniform(0.3, 2.4)),
            "INFO",
            "quickwit_indexing::actors::publisher",
            "publish-new-splits",
            f'publish-new-splits new_splits=["{sid}"] checkpoint_delta={delta(idx, src, ct, rate)}',
            batch_span(idx, src, wb) + "publisher: ",
        )
        st["splits"].append(sid)
        return t3

    def merge(pod: str, t: datetime, idx: str) -> None:
        st = state[idx]
        if len(st["splits"]) < 10:
            return
        inputs = st["splits"][:10]
        st["splits"] = st["splits"][10:]
        t = Q(
            pod,
            t,
            "INFO",
            "quickwit_indexing::actors::merge_split_downloader",
            "download-merge-splits",
            f"download-merge-splits dir={root_dir(idx)}/merge/temp/merge-{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(6))}",
        )
        mid = ulid(r, t)
        Q(
            pod,
            t + sec(r.uniform(8, 40)),
            "INFO",
            "quickwit_indexing::actors::publisher",
            "publish-new-splits",
            f'publish-new-splits new_splits=["{mid}"] checkpoint_delta=None',
            f"merge{{merge_split_id={mid} split_ids={json.dumps(inputs, separators=(', ', ':'))} typ=Merge}}:publisher: ",
        )
        st.setdefault("gone", []).append((t + sec(160), inputs))

    def fail_pipeline(pod: str, t: datetime, idx: str, src: str) -> datetime:
        name = f"Publisher-{r.choice(QW_WORDS)}-{r.choice(QW_NOUNS)}-{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(4))}"
        t = Q(
            pod,
            t,
            "ERROR",
            "quickwit_actors::spawn_builder",
            "actor-failure",
            f"actor-failure actor_id={name} exit_status=failure(cause=failed to publish splits",
            more=[
                "",
                "Caused by:",
                "    0: internal error: `failed to connect to metastore`; cause: `pool timed out while waiting for an open connection`",
                "    1: pool timed out while waiting for an open connection)",
            ],
        )
        for a in QW_ACTORS:
            an = f"{a}-{r.choice(QW_WORDS)}-{r.choice(QW_NOUNS)}-{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(4))}"
            t = Q(
                pod,
                t + sec(r.uniform(0.001, 0.05)),
                "INFO",
                "quickwit_actors::spawn_builder",
                "actor-exit",
                f"actor-exit actor_id={an} exit_status=killed",
            )
        return t

    # every pipeline's commits, the metastore's failover and indexer-1's OOM kill
    for idx, src, pod, ct, rate, _uid in QW_INDEXES:
        t = T0 + sec(r.uniform(5, ct))
        failed = False
        k = 0
        while t < T_END:
            if pod == "quickwit-indexer-1" and oom - sec(1) <= t < back1 + sec(5):
                t = back1 + sec(ct + r.uniform(0, 5))
                continue
            if pg_down[0] <= t < pg_down[1]:
                if not failed:
                    failed = True
                    # staged splits cannot be published: the publisher fails at its next split
                    commit(pod, t, idx, src, ct, rate)
                    fail_pipeline(pod, t + sec(r.uniform(30.5, 31.5)), idx, src)
                t += sec(ct)
                continue
            if failed and t >= pg_down[1]:
                failed = False
                state[idx]["pipe"] = ulid(r, t)
                spawn(pod, t, idx, src)
                t += sec(ct)
                continue
            commit(pod, t + sec(r.uniform(0, 0.8)), idx, src, ct, rate * r.uniform(0.8, 1.2))
            k += 1
            if k % 9 == 0:
                merge(pod, t + sec(r.uniform(3, 20)), idx)
            t += sec(ct)
    # indexer-1 started again
    t = start_node("quickwit-indexer-1", back1)
    for idx, src, pod, *_ in QW_INDEXES:
        if pod == "quickwit-indexer-1":
            state[idx]["pipe"] = ulid(r, t)
            t = spawn(pod, t + sec(r.uniform(0.05, 0.4)), idx, src)

    # the janitor
    JA = "quickwit_janitor::actors::garbage_collector"
    ids = ", ".join(i for i, *_ in QW_INDEXES)
    t = T0 + sec(r.uniform(1, 50))
    while t < T_END:
        t1 = Q(
            "quickwit-janitor",
            t,
            "INFO",
            JA,
            "garbage-collect-operation",
            "garbage-collect-operation",
        )
        if pg_down[0] <= t1 < pg_down[1]:
            Q(
                "quickwit-janitor",
                t1 + sec(r.uniform(30, 30.2)),
                "ERROR",
                JA,
                "Failed to list indexes from the metastore.",
                'Failed to list indexes from the metastore. error=Connection { message: "pool timed out while waiting for an open connection" }',
            )
        else:
            t2 = Q(
                "quickwit-janitor",
                t1 + sec(r.uniform(0.004, 0.03)),
                "INFO",
                JA,
                "Garbage collecting indexes.",
                f"Garbage collecting indexes. index_ids={ids}",
            )
            for idx, *_ in QW_INDEXES:
                gone = state[idx].get("gone", [])
                if gone and gone[0][0] <= t1:
                    take = gone.pop(0)[1]
                    files = "{" + ", ".join(f'"{s}.split"' for s in take) + "}"
                    t2 = Q(
                        "quickwit-janitor",
                        t2 + sec(r.uniform(0.05, 0.6)),
                        "INFO",
                        JA,
                        "gc-delete",
                        f"gc-delete index_id={idx} deleted_files={files}",
                    )
        t += sec(60.0 + r.uniform(0.001, 0.12))
    # hourly retention on nginx-access (7 days)
    for h in range(6, 12):
        t = at(h, 17, r.uniform(0, 50))
        n = r.randint(2, 14)
        sample = ", ".join(
            f'"{ulid(r, t - timedelta(days=7, hours=r.uniform(0, 1)))}"' for _ in range(min(n, 5))
        )
        more = f", and {n - 5} more" if n > 5 else ""
        Q(
            "quickwit-janitor",
            t,
            "INFO",
            "quickwit_janitor::retention_policy_execution",
            "Marking %s splits for deletion based on retention policy.",
            f"Marking {n} splits for deletion based on retention policy. index_id=nginx-access split_ids=[{sample}{more}]",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- databend

DB_TZ = timedelta(hours=8)
DB_HANDLERS = "databend_query::servers::http::v1::http_query_handlers"
DB_EXEC = "databend_query::servers::http::v1::query::execute_state"
DB_MGR = "databend_query::servers::http::v1::query::http_query_manager"
DB_BACKTRACE = "<Backtrace disabled by default. Please use RUST_BACKTRACE=1 to enable> "
DB_DASH = [
    # Grafana panels (databend-go): sql, rows, scan rows
    (
        "SELECT toStartOfMinute(ts) AS t, count(*) AS requests FROM web.access_log WHERE ts >= now() - INTERVAL 6 HOUR GROUP BY t ORDER BY t",
        360,
        2_400_000,
    ),
    (
        "SELECT status, count(*) FROM web.access_log WHERE ts >= now() - INTERVAL 1 HOUR GROUP BY status",
        7,
        410_000,
    ),
    (
        "SELECT region, sum(amount) FROM sales.orders WHERE order_date = today() GROUP BY region",
        6,
        88_000,
    ),
]
DB_ADHOC = [
    (
        "SELECT * FROM sales.orders WHERE customer_id = {n} ORDER BY order_date DESC LIMIT 50",
        50,
        2_000_000,
    ),
    ("SELECT count(*) FROM sales.orders WHERE order_date >= '2024-06-01'", 1, 2_000_000),
    (
        "SELECT product_id, sum(quantity) AS q FROM sales.order_items GROUP BY product_id ORDER BY q DESC LIMIT 20",
        20,
        9_600_000,
    ),
    (
        "SELECT customer_id, count(*) FROM sales.orders GROUP BY customer_id HAVING count(*) > 10",
        812,
        2_000_000,
    ),
    ("SELECT * FROM web.sessions WHERE user_id = {n} LIMIT 100", 37, 740_000),
    ("DESC sales.orders", 14, 0),
    ("SHOW TABLES FROM sales", 9, 0),
]


def databend(r: random.Random) -> list[Log]:
    """One Databend 1.2 query node (`databend-query-default.2024-06-05-22` to `...-06-03`: the
    file logger's hourly files, named by the UTC hour, the node in Asia/Shanghai, so each line
    is stamped `+08:00` and the day's 06:00 to 12:00 local sits in six files), its text format
    `{time} {level:>5} {module}: {file}:{line} {message}`, a line logged while a query runs
    prefixed with the query's id: Grafana's dashboard every five minutes, Metabase users'
    ad-hoc queries over JDBC, bendsql's hourly ETL (`http query new request(from %s)...`,
    `change state to Running`, `initial response`, `change state to Stopped, reason Ok(())`),
    mistyped tables and a Grafana data source pointed at a missing database (`http query fail
    to start sql, error: ...` with the SQL's caret block and the backtrace note), abandoned
    result sets expiring, MinIO throttling 08:40-09:04 (queries stopped with the S3 error, slow
    page requests), an upgrade restart at 09:40 (running queries aborted, `Shutdown server.`,
    the start-up's `Listening for ...` lines, the ClickHouse handler's usage over two lines)."""
    fs = Files()
    restart = at(1, 40, 3.3)  # 09:40 local
    back = restart + sec(6.8)
    s3_slow = (at(0, 40, 11), at(1, 4, 40))  # 08:40-09:04 local

    def fname(t: datetime) -> str:
        return f"databend-query-default.{t:%Y-%m-%d-%H}"

    def D(
        t: datetime, level: str, module: str, loc: str, label: str, lines: list[str], qid: str = ""
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            lx = (x + DB_TZ).replace(tzinfo=None)
            stamp = f"{lx:%Y-%m-%dT%H:%M:%S}.{lx.microsecond:06d}+08:00"
            head = f"{qid} {stamp}" if qid else stamp
            return [f"{head} {level:>5} {module}: {loc} {lines[0]}", *lines[1:]]

        # the file is the hour the line is written in (UTC), decided by the instant itself
        return fs.add(fname(t), t, label, text, "databend-query", 1)

    def up(t: datetime) -> bool:
        return not (restart - sec(0.5) <= t < back + sec(3))

    def session_conf(db: str) -> str:
        return f'Some(HttpSessionConf {{ database: Some("{db}"), role: None, secondary_roles: None, keep_server_session_secs: None, settings: Some({{}}), txn_state: Some(AutoCommit), last_server_info: None, last_query_ids: [], internal: None }})'

    def progress(rows: int, scan: int) -> str:
        b = scan * r.randint(20, 60)
        return f"Progresses {{ scan_progress: ProgressValues {{ rows: {scan}, bytes: {b} }}, write_progress: ProgressValues {{ rows: 0, bytes: 0 }}, result_progress: ProgressValues {{ rows: {rows}, bytes: {rows * r.randint(16, 90)} }}, total_scan: ProgressValues {{ rows: {scan}, bytes: {b} }}, spill_progress: ProgressValues {{ rows: 0, bytes: 0 }} }}"

    def new_request(t: datetime, agent: str, sid: str, db: str, sql: str) -> datetime:
        cs = f"(client_session_id={sid})" if sid else ""
        req = f'HttpQueryRequest {{ session_id: None, session: {session_conf(db)}, sql: "{sql}", pagination: PaginationConf {{ wait_time_secs: 10, max_rows_in_buffer: 5000000, max_rows_per_page: 10000 }}, string_fields: true, stage_attachment: None }}'
        return D(
            t,
            "INFO",
            DB_HANDLERS,
            "http_query_handlers.rs:365",
            "http query new request%s%s: %s",
            [f"http query new request(from {agent}){cs}: {req}"],
        )

    def query(
        t: datetime,
        agent: str,
        sid: str,
        db: str,
        sql: str,
        rows: int,
        scan: int,
        dur: float,
        timeout: bool = False,
    ) -> None:
        if not up(t) or t + sec(dur + 1) >= T_END - DB_TZ:
            return
        qid = uuid4(r)
        t = new_request(t, agent, sid, db, sql)
        t = D(
            t + sec(r.uniform(0.0008, 0.004)),
            "INFO",
            DB_EXEC,
            "execute_state.rs:406",
            "http query %s, change state to Running",
            [f"http query {qid}, change state to Running"],
            qid,
        )
        slow = s3_slow[0] <= t < s3_slow[1] and scan > 100_000
        if slow:
            dur = r.uniform(11, 95)
        if restart - sec(60) < t < restart and dur > (restart - t).total_seconds():
            D(
                restart + sec(r.uniform(0.01, 0.2)),
                "INFO",
                DB_EXEC,
                "execute_state.rs:330",
                "http query %s: change state to Stopped, reason Err(%s. Code: %s, Text = Aborted query, because the server is shutting down or the query was killed.",
                [
                    f"http query {qid}: change state to Stopped, reason Err(AbortedQuery. Code: 1043, Text = Aborted query, because the server is shutting down or the query was killed.",
                    "",
                    DB_BACKTRACE + ")",
                ],
                qid,
            )
            return
        fails = slow and r.random() < 0.45
        first = min(dur, 10.0)
        done = dur <= 10.0 and not fails
        st = "Succeeded" if done else "Running"
        shown = rows if done else 0
        state = f"ResponseState {{ running_time_ms: {first * 1000:.3f}, progresses: {progress(shown, scan if done else int(scan * first / dur))}, state: {st}, affect: None, error: None, warnings: [] }}"
        nxt = "None" if done and rows <= 10000 else "Some(1)" if done else "Some(0)"
        t1 = t + sec(first)
        D(
            t1,
            "INFO",
            DB_HANDLERS,
            "http_query_handlers.rs:393",
            "http query initial response to http query_id=%s, state=%s, rows=%s, next_page=%s, sql='%s'",
            [
                f"http query initial response to http query_id={qid}, state={state}, rows={shown}, next_page={nxt}, sql='{sql}'"
            ],
        )
        tend = t + sec(dur) - sec(0.0004)
        if fails:
            tend = t + sec(r.uniform(15, 60))
            obj = f"1/{r.randint(20000, 29999)}/_b/{hexid(r, 32)}_v2.parquet"
            rid = hexid(r, 16).upper()
            D(
                tend,
                "INFO",
                DB_EXEC,
                "execute_state.rs:330",
                'http query %s: change state to Stopped, reason Err(%s. Code: %s, Text = Unexpected (temporary) at read, context: { uri: %s, response: Parts { status: %s, version: %s, headers: %s }, service: s3, path: %s, range: %s } => S3Error { code: "SlowDown", message: "Please reduce your request rate.", resource: "%s", request_id: "%s" }.',
                [
                    f'http query {qid}: change state to Stopped, reason Err(StorageOther. Code: 4000, Text = Unexpected (temporary) at read, context: {{ uri: http://minio.internal:9000/databend/{obj}, response: Parts {{ status: 503, version: HTTP/1.1, headers: {{"accept-ranges": "bytes", "content-length": "287", "content-type": "application/xml", "retry-after": "1", "server": "MinIO", "x-amz-request-id": "{rid}"}} }}, service: s3, path: {obj}, range: 0-{r.randint(1, 8) * 1048576 - 1} }} => S3Error {{ code: "SlowDown", message: "Please reduce your request rate.", resource: "/databend/{obj}", request_id: "{rid}" }}.',
                    "",
                    DB_BACKTRACE + ")",
                ],
                qid,
            )
        else:
            D(
                tend,
                "INFO",
                DB_EXEC,
                "execute_state.rs:330",
                "http query %s: change state to Stopped, reason Ok(())",
                [f"http query {qid}: change state to Stopped, reason Ok(())"],
                qid,
            )
        if slow and dur > 60 and not fails:
            D(
                tend + sec(r.uniform(0.001, 0.05)),
                "WARN",
                DB_HANDLERS,
                "http_query_handlers.rs:501",
                "slow http query request on %s %s, elapsed: %ss",
                [f"slow http query request on GET /v1/query/{qid}/page/0, elapsed: {dur:.2f}s"],
            )
        if timeout:
            D(
                t1 + sec(r.uniform(60.0, 61.0)),
                "WARN",
                DB_MGR,
                "http_query_manager.rs:142",
                "http query %s timeout after %s s",
                [f"http query {qid} timeout after 60 s"],
            )

    def fail_start(
        t: datetime, agent: str, sid: str, db: str, sql: str, kind: str, what: str
    ) -> None:
        if not up(t):
            return
        t = new_request(t, agent, sid, db, sql)
        if kind == "table":
            col = sql.index(what) + 1
            lines = [
                "http query fail to start sql, error: UnknownTable. Code: 1025, Text = error:",
                f"  --> SQL:1:{col}",
                "  |",
                f"1 | {sql}",
                "",
                "",
                DB_BACKTRACE,
            ]
            lines[4] = (
                f"  | {' ' * (col - 1)}{'^' * len(what)} Unknown table `{what.split('.')[0]}`.`{what.split('.')[1]}`."
            )
            label = "http query fail to start sql, error: %s. Code: %s, Text = error:"
        else:
            lines = [
                f"http query fail to start sql, error: UnknownDatabase. Code: 1003, Text = Unknown database '{db}'.",
                "",
                DB_BACKTRACE,
            ]
            label = (
                "http query fail to start sql, error: %s. Code: %s, Text = Unknown database '%s'."
            )
        D(
            t + sec(r.uniform(0.001, 0.006)),
            "ERROR",
            DB_HANDLERS,
            "http_query_handlers.rs:405",
            label,
            lines,
        )

    GRAFANA = "databend-go/0.6.2"
    JDBC = "databend-jdbc/0.2.8"
    BENDSQL = "bendsql/0.18.3-146b9c4"
    # Grafana, every five minutes, three panels
    t = T0 - DB_TZ + sec(r.uniform(1, 30))
    end = T_END - DB_TZ
    while t < end:
        for sql, rows, scan in DB_DASH:
            t2 = t + sec(r.uniform(0.01, 0.4))
            if at(23, 15, 20) - timedelta(days=1) <= t2 < at(23, 31, 0) - timedelta(days=1):
                # the misconfigured data source: database "analytic"
                fail_start(
                    t2,
                    GRAFANA,
                    "",
                    "analytic",
                    sql.replace("web.", "").replace("sales.", ""),
                    "db",
                    "",
                )
                continue
            query(
                t2,
                GRAFANA,
                "",
                "web" if "web." in sql else "sales",
                sql,
                rows,
                scan,
                r.uniform(0.05, 2.5) if rows < 100 else r.uniform(1.5, 7.5),
                timeout=r.random() < 0.12,
            )
        t += sec(300 + r.uniform(-2, 2))
    # Metabase users: bursts of ad-hoc queries during office hours (local 09:00-12:00 busier)
    for t in poisson(r, T0 - DB_TZ, end, 52.0):
        lt = t + DB_TZ
        if lt.hour < 8 and r.random() < 0.6:
            continue
        if r.random() < 0.05:
            bad = r.choice(["sales.order", "sales.orders_2024", "web.session", "sales.customer"])
            sql = f"SELECT * FROM {bad} LIMIT 100"
            fail_start(t, JDBC, uuid4(r) if r.random() < 0.3 else "", "sales", sql, "table", bad)
            continue
        sql, rows, scan = r.choice(DB_ADHOC)
        sql = sql.replace("{n}", str(r.randint(1000, 99999)))
        query(
            t,
            JDBC,
            uuid4(r) if r.random() < 0.3 else "",
            "sales",
            sql,
            rows,
            scan,
            r.uniform(0.02, 4.0),
            timeout=r.random() < 0.02,
        )
    # bendsql's hourly ETL
    for h in range(22, 28):
        base = at(h % 24, 5, r.uniform(0, 5)) - (timedelta(days=1) if h < 24 else timedelta(0))
        sid = uuid4(r)
        steps = [
            (
                "COPY INTO web.access_log FROM @minio_stage/access/ PATTERN = '.*[.]parquet' FILE_FORMAT = (TYPE = PARQUET) PURGE = TRUE",
                0,
                1_400_000,
                r.uniform(20, 55),
            ),
            (
                "INSERT INTO web.hourly_stats SELECT toStartOfHour(ts), path, count(*) FROM web.access_log WHERE ts >= now() - INTERVAL 1 HOUR GROUP BY 1, 2",
                0,
                2_400_000,
                r.uniform(3, 12),
            ),
            ("OPTIMIZE TABLE web.access_log COMPACT SEGMENT", 0, 0, r.uniform(1, 6)),
        ]
        tt = base
        for sql, rows, scan, dur in steps:
            query(tt, BENDSQL, sid, "web", sql, rows, scan, dur)
            tt += sec(dur + r.uniform(0.5, 2))

    # the upgrade restart at 09:40 local: a long Metabase query is running
    query(
        restart - sec(24.6),
        JDBC,
        "",
        "sales",
        "SELECT customer_id, count(*) FROM sales.orders GROUP BY customer_id HAVING count(*) > 10",
        812,
        2_000_000,
        41.0,
    )
    D(
        restart + sec(0.3),
        "INFO",
        "databend_query::entry",
        "entry.rs:354",
        "Shutdown server.",
        ["Shutdown server."],
    )
    t = back
    lim = 32 * 1024**3
    t = D(
        t,
        "INFO",
        "databend_query::entry",
        "entry.rs:88",
        "Set memory limit: %s",
        [f"Set memory limit: {lim}"],
    )
    cfg = (
        'InnerConfig { subcommand: None, config_file: "/etc/databend/databend-query.toml", query: QueryConfig { tenant_id: Tenant { tenant: "default" }, cluster_id: "default", '
        f'node_id: "{alnum_lower(r, 22)}", num_cpus: 16, mysql_handler_host: "0.0.0.0", mysql_handler_port: 3307, mysql_handler_tcp_keepalive_timeout_secs: 120, max_active_sessions: 256, '
        'max_running_queries: 8, max_server_memory_usage: 34359738368, max_memory_limit_enabled: true, clickhouse_http_handler_host: "0.0.0.0", clickhouse_http_handler_port: 8124, '
        'http_handler_host: "0.0.0.0", http_handler_port: 8000, http_handler_result_timeout_secs: 60, flight_api_address: "0.0.0.0:9091", admin_api_address: "0.0.0.0:8080", '
        'metric_api_address: "0.0.0.0:7070", .. }, log: Config { file: on=true, level=INFO, dir=/var/log/databend, format=text, limit=48, stderr: on=false, level=WARN, format=text, '
        'otlp: on=false, query: on=false, profile: on=false, structlog: on=false, tracing: on=false }, meta: MetaConfig { embedded_dir: "", endpoints: ["10.0.8.21:9191", "10.0.8.22:9191", '
        '"10.0.8.23:9191"], username: "root", password: "******", client_timeout_in_second: 10, auto_sync_interval: 60, unhealth_endpoint_evict_time: 120, rpc_tls_meta_server_root_ca_cert: "", '
        'rpc_tls_meta_service_domain_name: "localhost" }, storage: StorageConfig { num_cpus: 16, allow_insecure: true, params: s3 | bucket=databend,root=/,endpoint=http://minio.internal:9000 }, '
        "catalogs: {}, cache: CacheConfig { enable_table_meta_cache: true, data_cache_storage: Disk, .. }, background: BackgroundConfig { enable: false, .. } }"
    )
    t = D(
        t + sec(0.002),
        "INFO",
        "databend_query::entry",
        "entry.rs:125",
        "Databend Query start with config: %s",
        [f"Databend Query start with config: {cfg}"],
    )
    t = D(
        t + sec(0.02),
        "INFO",
        "databend_query::entry",
        "entry.rs:147",
        "Listening for MySQL compatibility protocol: %s, Usage: mysql -uroot -h%s -P%s",
        [
            "Listening for MySQL compatibility protocol: 0.0.0.0:3307, Usage: mysql -uroot -h0.0.0.0 -P3307"
        ],
    )
    t = D(
        t + sec(0.004),
        "INFO",
        "databend_query::entry",
        "entry.rs:163",
        "Listening for ClickHouse compatibility http protocol: %s, Usage: %s",
        [
            "Listening for ClickHouse compatibility http protocol: 0.0.0.0:8124, Usage:  echo 'create table test(foo string)' | curl -u${USER} -p${PASSWORD}: '0.0.0.0:8124' --data-binary  @-",
            "echo '{\"foo\": \"bar\"}' | curl -u${USER} -p${PASSWORD}: '0.0.0.0:8124/?query=INSERT%20INTO%20test%20FORMAT%20JSONEachRow' --data-binary @-",
        ],
    )
    t = D(
        t + sec(0.003),
        "INFO",
        "databend_query::entry",
        "entry.rs:178",
        "Listening for Databend HTTP API:  %s, Usage: %s",
        [
            "Listening for Databend HTTP API:  0.0.0.0:8000, Usage:  curl -u${USER} -p${PASSWORD}: --request POST '0.0.0.0:8000/v1/query/' --header 'Content-Type: application/json' --data-raw '{\"sql\": \"SELECT avg(number) FROM numbers(100000000)\"}'"
        ],
    )
    t = D(
        t + sec(0.002),
        "INFO",
        "databend_query::entry",
        "entry.rs:188",
        "Listening for Metric API: %s/metrics",
        ["Listening for Metric API: 0.0.0.0:7070/metrics"],
    )
    t = D(
        t + sec(0.002),
        "INFO",
        "databend_query::entry",
        "entry.rs:197",
        "Listening for Admin HTTP API: %s",
        ["Listening for Admin HTTP API: 0.0.0.0:8080"],
    )
    t = D(
        t + sec(0.01),
        "INFO",
        "databend_query::entry",
        "entry.rs:209",
        "Listening for FlightSQL API: %s",
        ["Listening for FlightSQL API: 0.0.0.0:8900"],
    )
    t = D(
        t + sec(0.003),
        "INFO",
        "databend_query::entry",
        "entry.rs:218",
        "Listening for RPC API (interserver): %s",
        ["Listening for RPC API (interserver): 0.0.0.0:9091"],
    )
    t = D(
        t + sec(r.uniform(0.05, 0.2)),
        "INFO",
        "databend_query::entry",
        "entry.rs:228",
        "Databend query has been registered:%s to metasrv:%s.",
        [
            'Databend query has been registered:"default" to metasrv:["10.0.8.21:9191", "10.0.8.22:9191", "10.0.8.23:9191"].'
        ],
    )
    D(
        t + sec(r.uniform(0.05, 0.2)),
        "INFO",
        "databend_query::entry",
        "entry.rs:337",
        "Ready for connections after %ss.",
        [f"Ready for connections after {r.uniform(0.9, 1.6):.7f}s."],
    )
    return fs.logs(T0)


def alnum_lower(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# -------------------------------------------------------------------------------- greptimedb

GT_TABLES = [
    # table id, name, regions, flush weight (higher: flushes more often)
    (1024, "cpu", 4, 5),
    (1025, "mem", 2, 3),
    (1026, "disk", 2, 2),
    (1027, "net", 2, 3),
    (1028, "http_requests_total", 4, 6),
    (1029, "http_request_duration_seconds_bucket", 6, 8),
    (1030, "node_load1", 1, 1),
    (1031, "process_resident_memory_bytes", 2, 2),
    (1032, "syslog", 2, 2),
]


def gt_region(tid: int, n: int) -> str:
    return f"{(tid << 32) | n}({tid}, {n})"


def gt_ts(ms: int) -> str:
    return f"{ms}::Millisecond"


def greptimedb(r: random.Random) -> list[Log]:
    """A GreptimeDB 0.8 cluster under Docker Compose (`docker logs` of each container:
    `greptimedb-frontend.log`, `greptimedb-datanode-0.log`, `greptimedb-datanode-1.log`;
    tracing's full format, no colours as stdout is not a terminal), Prometheus remote-writing
    node and application metrics and Telegraf writing line protocol, 06:00 to 12:00: the
    datanodes' memtable flushes (`Successfully flush memtables, region: %s, reason: %s, files:
    %s, cost: %ss`, periodic or because the engine's write buffer is full) and TWCS compactions
    (`Compacted SST files, input: [FileMeta { ... }], ...`), the metasrv restarted at 07:40 (the
    heartbeat's `Failed to send heartbeat to metasrv`, `Failed to reconnect to metasrv!` with
    the error's numbered stack under the line, `Reconnected to metasrv`), datanode-1 OOM-killed
    at 09:20 (its `Datanode start command: ...` and `Datanode options: ...` printed with `{:#?}`
    over dozens of lines, the WAL replay and the regions opened again; the frontend's remote
    writes failing meanwhile: `Failed to handle HTTP request ` at ERROR with the stack), a
    Telegraf deploy sending a field with the wrong type 10:30-10:50 (the same line at WARN)."""
    fs = Files()
    meta_down = (at(7, 40, 2.1), at(7, 41, 48.0))
    oom = at(9, 20, 11.4)
    back = oom + sec(19.3)
    ready = back + sec(9.0)
    tg_bad = (at(10, 30, 40), at(10, 50, 5))

    def G(f: str, t: datetime, level: str, target: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"greptimedb-{f}.log",
            t,
            label,
            lambda x: [f"{us6(x)} {level:>5} {target}: {lines[0]}", *lines[1:]],
            f,
            1,
        )

    # regions to datanodes
    regions: list[tuple[str, int, int, int]] = []
    k = 0
    for tid, _name, n, w in GT_TABLES:
        for i in range(n):
            regions.append((f"datanode-{k % 2}", tid, i, w))
            k += 1

    files: dict[tuple[int, int], list[tuple[str, int, int, int]]] = {}

    def file_meta(tid: int, n: int, fid: str, lo: int, hi: int, level: int, size: int) -> str:
        return f"FileMeta {{ region_id: {gt_region(tid, n)}, file_id: FileId({fid}), time_range: ({gt_ts(lo)}, {gt_ts(hi)}), level: {level}, file_size: {size}, available_indexes: [], index_file_size: 0 }}"

    def flush(dn: str, t: datetime, tid: int, n: int, reason: str, rows_w: int) -> datetime:
        fid = uuid4(r)
        hi = int(t.timestamp() * 1000) - r.randint(0, 5000)
        lo = hi - r.randint(400, 3600) * 1000
        size = rows_w * r.randint(3000, 9000)
        files.setdefault((tid, n), []).append((fid, lo, hi, size))
        cost = r.uniform(0.04, 0.6) * (2.5 if reason == "EngineFull" else 1)
        return G(
            dn,
            t,
            "INFO",
            "mito2::flush",
            "Successfully flush memtables, region: %s, reason: %s, files: %s, cost: %ss",
            [
                f"Successfully flush memtables, region: {gt_region(tid, n)}, reason: {reason}, files: [FileId({fid})], cost: {cost!r}s"
            ],
        )

    def compact(dn: str, t: datetime, tid: int, n: int) -> None:
        fl = files.get((tid, n), [])
        if len(fl) < 4:
            return
        take, files[(tid, n)] = fl[:4], fl[4:]
        lo = min(x[1] for x in take)
        hi = max(x[2] for x in take)
        out = uuid4(r)
        size = int(sum(x[3] for x in take) * r.uniform(0.55, 0.8))
        inp = ", ".join(file_meta(tid, n, f, a, b, 0, s) for f, a, b, s in take)
        G(
            dn,
            t,
            "INFO",
            "mito2::compaction::twcs",
            "Compacted SST files, input: %s, output: %s, window: %s",
            [
                f"Compacted SST files, input: [{inp}], output: [{file_meta(tid, n, out, lo, hi, 1, size)}], window: Some(3600)"
            ],
        )

    def dn_up(dn: str, t: datetime) -> bool:
        return not (dn == "datanode-1" and oom - sec(1) <= t < ready)

    # flushes: each region on its own rhythm; EngineFull in the busy hour
    for dn, tid, n, w in regions:
        t = T0 + sec(r.uniform(0, 900))
        j = 0
        while t < T_END:
            busy = at(9, 0) <= t < at(11, 0)
            gap = 1800 / (w * (1.6 if busy else 1.0)) * r.uniform(0.6, 1.4)
            if dn_up(dn, t):
                reason = (
                    "EngineFull"
                    if busy and r.random() < 0.6
                    else "Periodically"
                    if r.random() < 0.7
                    else "EngineFull"
                )
                tf = flush(dn, t, tid, n, reason, w)
                j += 1
                if j % 4 == 0:
                    compact(dn, tf + sec(r.uniform(0.5, 20)), tid, n)
            t += sec(gap)

    # the metasrv restart: both datanodes lose their heartbeat stream
    for dn in ["datanode-0", "datanode-1"]:
        t = meta_down[0] + sec(r.uniform(0.01, 0.3))
        t = G(
            dn,
            t,
            "ERROR",
            "datanode::heartbeat",
            "Error while reading heartbeat response",
            [
                'Error while reading heartbeat response err=status: Unavailable, message: "error reading a body from connection: broken pipe", details: [], metadata: MetadataMap { headers: {} }'
            ],
        )
        t = G(
            dn,
            t + sec(0.0003),
            "INFO",
            "datanode::heartbeat",
            "Heartbeat handling loop exit.",
            ["Heartbeat handling loop exit."],
        )
        t += sec(r.uniform(2.5, 3.1))
        t = G(
            dn,
            t,
            "ERROR",
            "datanode::heartbeat",
            "Failed to send heartbeat to metasrv",
            [
                "Failed to send heartbeat to metasrv err=0: Failed to send heartbeat: channel closed, at src/meta-client/src/client/heartbeat.rs:79:14"
            ],
        )
        while t + sec(3) < meta_down[1]:
            t = G(
                dn,
                t + sec(r.uniform(0.5, 2.5)),
                "ERROR",
                "datanode::heartbeat",
                "Failed to reconnect to metasrv!",
                [
                    "Failed to reconnect to metasrv! err=0: Failed to create heartbeat stream to Metasrv, at src/meta-client/src/client/heartbeat.rs:262:10",
                    "1: Failed to ask leader from all endpoints, at src/meta-client/src/client/ask_leader.rs:131:22",
                ],
            )
            t += sec(30.0)
        G(
            dn,
            meta_down[1] + sec(r.uniform(2, 9)),
            "INFO",
            "datanode::heartbeat",
            "Reconnected to metasrv",
            ["Reconnected to metasrv"],
        )

    # datanode-1 killed and started again
    opts_lines = [
        "Datanode options: DatanodeOptions {",
        "    mode: Distributed,",
        "    node_id: Some(",
        "        1,",
        "    ),",
        "    require_lease_before_startup: false,",
        "    init_regions_in_background: false,",
        "    init_regions_parallelism: 16,",
        '    rpc_addr: "0.0.0.0:3001",',
        "    rpc_hostname: Some(",
        '        "datanode-1",',
        "    ),",
        "    rpc_runtime_size: 8,",
        "    rpc_max_recv_message_size: ReadableSize(",
        "        536870912,",
        "    ),",
        "    rpc_max_send_message_size: ReadableSize(",
        "        536870912,",
        "    ),",
        "    heartbeat: HeartbeatOptions {",
        "        interval: 3s,",
        "        retry_interval: 3s,",
        "    },",
        "    http: HttpOptions {",
        '        addr: "0.0.0.0:4000",',
        "        timeout: 30s,",
        "        disable_dashboard: true,",
        "        body_limit: ReadableSize(",
        "            67108864,",
        "        ),",
        "    },",
        "    meta_client: Some(",
        "        MetaClientOptions {",
        "            metasrv_addrs: [",
        '                "metasrv:3002",',
        "            ],",
        "            timeout: 3s,",
        "            heartbeat_timeout: 500ms,",
        "            ddl_timeout: 10s,",
        "            connect_timeout: 1s,",
        "            tcp_nodelay: true,",
        "            metadata_cache_max_capacity: 100000,",
        "            metadata_cache_ttl: 600s,",
        "            metadata_cache_tti: 300s,",
        "        },",
        "    ),",
        "    wal: RaftEngine(",
        "        RaftEngineConfig {",
        "            dir: Some(",
        '                "/tmp/greptimedb/wal",',
        "            ),",
        "            file_size: ReadableSize(",
        "                268435456,",
        "            ),",
        "            purge_threshold: ReadableSize(",
        "                4294967296,",
        "            ),",
        "            purge_interval: 600s,",
        "            read_batch_size: 128,",
        "            sync_write: false,",
        "            enable_log_recycle: true,",
        "            prefill_log_files: false,",
        "            sync_period: None,",
        "        },",
        "    ),",
        "    storage: StorageConfig {",
        '        data_home: "/tmp/greptimedb",',
        "        store: S3(",
        "            S3Config {",
        '                bucket: "greptimedb",',
        '                root: "data",',
        '                access_key_id: "******",',
        '                secret_access_key: "******",',
        "                endpoint: Some(",
        '                    "http://minio:9000",',
        "                ),",
        "                region: None,",
        "                cache: ObjectStorageCacheConfig {",
        "                    cache_path: None,",
        "                    cache_capacity: Some(",
        "                        ReadableSize(",
        "                            10737418240,",
        "                        ),",
        "                    ),",
        "                },",
        "            },",
        "        ),",
        "        providers: [],",
        "    },",
        "    region_engine: [",
        "        Mito(",
        "            MitoConfig {",
        "                num_workers: 8,",
        "                worker_channel_size: 128,",
        "                worker_request_batch_size: 64,",
        "                manifest_checkpoint_distance: 10,",
        "                compress_manifest: false,",
        "                max_background_jobs: 4,",
        "                auto_flush_interval: 3600s,",
        "                global_write_buffer_size: ReadableSize(",
        "                    1073741824,",
        "                ),",
        "                global_write_buffer_reject_size: ReadableSize(",
        "                    2147483648,",
        "                ),",
        "                sst_meta_cache_size: ReadableSize(",
        "                    134217728,",
        "                ),",
        "                vector_cache_size: ReadableSize(",
        "                    536870912,",
        "                ),",
        "                page_cache_size: ReadableSize(",
        "                    536870912,",
        "                ),",
        "                ..",
        "            },",
        "        ),",
        "    ],",
        "    logging: LoggingOptions {",
        '        dir: "/tmp/greptimedb/logs",',
        "        level: None,",
        "        enable_otlp_tracing: false,",
        "        otlp_endpoint: None,",
        "        tracing_sample_ratio: None,",
        "        append_stdout: true,",
        "    },",
        "    enable_telemetry: true,",
        "    export_metrics: ExportMetricsOption {",
        "        enable: false,",
        "        write_interval: 30s,",
        "        self_import: None,",
        "        remote_write: None,",
        "    },",
        "}",
    ]
    cmd_lines = [
        "Datanode start command: StartCommand {",
        "    node_id: Some(",
        "        1,",
        "    ),",
        "    rpc_addr: Some(",
        '        "0.0.0.0:3001",',
        "    ),",
        "    rpc_hostname: Some(",
        '        "datanode-1",',
        "    ),",
        "    metasrv_addrs: Some(",
        "        [",
        '            "metasrv:3002",',
        "        ],",
        "    ),",
        "    config_file: Some(",
        '        "/etc/greptimedb/datanode.toml",',
        "    ),",
        "    data_home: None,",
        "    wal_dir: None,",
        "    http_addr: None,",
        "    http_timeout: None,",
        '    env_prefix: "GREPTIMEDB_DATANODE",',
        "}",
    ]
    t = G("datanode-1", back, "INFO", "cmd::datanode", "Datanode start command: %s", cmd_lines)
    t = G(
        "datanode-1", t + sec(0.0004), "INFO", "cmd::datanode", "Datanode options: %s", opts_lines
    )
    t = G(
        "datanode-1",
        t + sec(r.uniform(0.3, 0.6)),
        "INFO",
        "datanode::heartbeat",
        "Starting heartbeat to Metasrv with interval %s. My node id is %s, address is %s.",
        [
            "Starting heartbeat to Metasrv with interval 3000. My node id is 1, address is datanode-1:3001."
        ],
    )
    for dn, tid, n, _w in regions:
        if dn != "datanode-1":
            continue
        t = G(
            "datanode-1",
            t + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "mito2::region::opener",
            "Replay WAL for region: %s, rows recovered: %s, last entry id: %s",
            [
                f"Replay WAL for region: {gt_region(tid, n)}, rows recovered: {r.randint(2000, 90000)}, last entry id: {r.randint(100000, 900000)}"
            ],
        )
        t = G(
            "datanode-1",
            t + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "mito2::worker::handle_open",
            "Region %s is opened",
            [f"Region {gt_region(tid, n)} is opened"],
        )
        t = G(
            "datanode-1",
            t + sec(r.uniform(0.0002, 0.001)),
            "INFO",
            "datanode::region_server",
            "Region %s is registered to engine %s",
            [f"Region {gt_region(tid, n)} is registered to engine mito"],
        )
    t = G(
        "datanode-1",
        t + sec(0.001),
        "INFO",
        "datanode::datanode",
        "all regions are opened",
        ["all regions are opened"],
    )
    t = G(
        "datanode-1",
        t + sec(0.01),
        "INFO",
        "servers::grpc",
        "gRPC server is bound to %s",
        ["gRPC server is bound to 0.0.0.0:3001"],
    )
    G(
        "datanode-1",
        t + sec(0.004),
        "INFO",
        "servers::http",
        "HTTP server is bound to %s",
        ["HTTP server is bound to 0.0.0.0:4000"],
    )

    # the frontend: remote writes failing while datanode-1 is away
    for t in poisson(r, oom + sec(0.5), ready, 0.9):
        tid, n = r.choice([(tid, n) for dn, tid, n, _w in regions if dn == "datanode-1"])
        kind = r.random()
        if kind < 0.7:
            lines = [
                "Failed to handle HTTP request  err=0: Failed to write prometheus remote request, at src/frontend/src/instance/prom_store.rs:181:14",
                "1: Failed to insert data, at src/operator/src/insert.rs:119:14",
                '2: Failed to send request to datanode, peer: Peer { id: 1, addr: "datanode-1:3001" }, at src/operator/src/request.rs:142:22',
                '3: status: Unavailable, message: "error trying to connect: tcp connect error: Connection refused (os error 111)", details: [], metadata: MetadataMap { headers: {} }',
            ]
        else:
            lines = [
                "Failed to handle HTTP request  err=0: Failed to write prometheus remote request, at src/frontend/src/instance/prom_store.rs:181:14",
                "1: Failed to insert data, at src/operator/src/insert.rs:119:14",
                f"2: Region {gt_region(tid, n)} not found, at src/operator/src/insert.rs:301:22",
            ]
        G("frontend", t, "ERROR", "servers::error", "Failed to handle HTTP request ", lines)
    # Telegraf's bad field type: every flush interval (10 s) from the two hosts redeployed
    for t in poisson(r, tg_bad[0], tg_bad[1], 5.0):
        G(
            "frontend",
            t,
            "WARN",
            "servers::error",
            "Failed to handle HTTP request ",
            [
                "Failed to handle HTTP request  err=0: Failed to write InfluxDB line protocol, at src/frontend/src/instance/influxdb.rs:43:14",
                "1: Failed to insert data, at src/operator/src/insert.rs:119:14",
                f"2: Invalid request to region {gt_region(1032, r.randint(0, 1))}, reason: column severity_code expect type Int64(Int64Type), given: String(StringType), at src/mito2/src/request.rs:{r.choice([180, 180, 196])}:21",
            ],
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "conduit": conduit,
    "garage": garage,
    "quickwit": quickwit,
    "databend": databend,
    "greptimedb": greptimedb,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
