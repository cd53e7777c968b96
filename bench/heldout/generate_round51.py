#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 51 (synapse, jitsi, phoenix, pihole, flink) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered:

- Matrix Synapse 1.108's homeserver.log with its default log config (`%(asctime)s - %(name)s -
  %(lineno)d - %(levelname)s - %(request)s - %(message)s`: the logger, the call site's line
  number and the logging context, a request's `GET-1234`, a background process's
  `federation_transaction_transmission_loop-12`, `main` and `sentinel`, a PDU's context with the
  event id appended): the access logger's `Processed request:` line with its timings, requester
  in braces, user agent and `[N dbevts]`; federation transactions sent and received, a dead
  destination's failures (`RequestSendFailed` wrapping twisted's DNS, refused-connection and
  timeout errors, the retry limiter's backoff), PDUs handled with missing events fetched and
  state resolved, background updates, gc and cache expiry, `SynapseError` replies, a failed
  login, `[TXN OPERROR]` whose psycopg2 message ends in a newline (so ` 0/5` continues it on the
  next line), and a request that fails with a Python traceback.
- Jitsi Videobridge 2.3's jvb.log (java.util.logging through jitsi-utils' JitsiLogFormatter:
  `date time LEVEL: [thread] [key=value ...] Class.method#line: msg`): the context bracket is
  the loggers' (conference, endpoint, ICE agent, stream, component), ice4j's connectivity checks
  (a candidate pair printed over three lines, the continuation lines opening with a tab),
  IceTransport's and ice4j's two state-change lines, DTLS and SCTP set-up, dominant speaker
  changes, conference expiry with its statistics, TCC feedback warnings, health checks every
  ten seconds and a websocket warning with a Java stack.
- an Elixir Phoenix 1.7 application's log (Logger's console format `$time $metadata[$level]
  $message` with `metadata: [:request_id]`, at debug): Phoenix's `GET /path` / `Sent 200 in
  7ms` pairs, the router's three-line `Processing with` record, Ecto's `QUERY OK source=...
  db=...` records with the SQL and parameters on the next line, LiveView's socket, mount and
  event records, Bandit 1.4's exception reports (`** (Ecto.NoResultsError) ...` with the query
  and the stack over the following lines, `NoRouteError` for scanners, a pool exhausted during a
  database failover), DBConnection's disconnects and a GenServer crash report.
- Pi-hole FTL v5.25's FTL.log (`[2024-06-04 06:00:02.123 1234M] msg`, threads `1234/T1240`,
  TCP forks `2201/F1234`): the start-up banner and the config file parsing lines (one statement
  per setting and branch), the long-term database import and its counters, shared memory
  resized in the main process and remapped in forks, real-time signals and gravity reloads,
  the dnsmasq core's warnings, rate-limited clients, load warnings, SQLite errors and `database
  is locked`, restarts (updates, power losses, by hand) with their shutdown lines.
- Apache Flink 1.18's JobManager log and two TaskManager logs (log4j2: `%d %-5p %-60c %x - %m`,
  the logger padded to 60 and `[]` the empty NDC): the start-up banners (one record per line of
  the environment dump), `Loading configuration property`, slot and job-leader registration,
  job submission, task state transitions (with the attempt id, and `on <location>` only when a
  failure caused them), deployments, checkpoints triggered, completed and expired, Kafka source
  splits and consumer messages (the client's `[Consumer clientId=..., groupId=...]` prefix is
  its LogContext's, not the statement's), task failures whose exception follows with `Caused
  by:` and `... N more`, region restarts and restores from a checkpoint.

Label notes. A word the call site picks with a conditional is wording (Phoenix's `Sent` /
`Chunked`, Ecto's `OK` / `ERROR`, FTL's config branches, Synapse's literal `got 200 response`
beside `got %d response`); the fields Ecto prints only when a value is set or not zero
(`source=`, `decode=`, `queue=`) are optional parts of one statement, labelled
`QUERY OK[ source=%s] db=%sms[ decode=%sms][ queue=%sms] idle=%sms`; a value that is a message
of its own contributes its format (Synapse's `RequestSendFailed` text and the twisted error inside it, an Elixir exception's
message, dnsmasq's warning inside FTL's `WARNING in dnsmasq core:`); an SQL statement a call
site passes literally is wording (FTL's `SQL query "END TRANSACTION" failed`), SQLite's error
string a value; Java's and Python's attached exceptions and their stacks belong to the event and
are not in its label, as in earlier rounds.

Sources. Checked against the programs' sources (public copies): Synapse's access line,
`SynapseError`, `Failed handle request via`, federation sender and transaction manager,
`Received txn`, `handling received PDU`, missing events, `Resolving state ... with groups`,
retry limiter, background updates, gc, cache expiry, `[TXN OPERROR]`, the root logger's start-up
lines and the log format; JitsiLogFormatter, `create_conf`, `ds_change`, `Expiring.`, health
checks, `Spent N seconds oversending`, `ICE connected`, `DTLS handshake complete`, the SCTP
lines, the TCC warning and ice4j's `Nomination confirmed`; Flink's task and job state
transitions, checkpoint completion, region failover and restart strategy lines; FTL's
`Resizing`, load warning, SQL failure, real-time signal, regex compile and import lines; and
Bandit's exception logging before 1.5. The rest is from the helper's knowledge of the programs'
sources and logs, not checked here (least sure: Jitsi's `Starting the Agent without remote
candidates.` level, `expire_conf,duration=...` and the websocket warning, ice4j's other texts,
Phoenix's `Processing with X.Elixir.X/2` for LiveView routes, FTL v5's config lines and
start-up counters, Flink's TaskManager start-up and Kafka client texts, Synapse's start-up
database lines, the Phoenix app's own statements). Run it only to change the data on purpose:
`python bench/heldout/generate_round51.py [SYSTEM ...]`.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, pick, uuid4

# printf's and Python's (%r too), SLF4J's {}
SPEC = re.compile(r"%%|%[-+ 0-9.#]*(?:ll|l|z)?[sdifuxXrc]|\{\}")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign)."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        v = next(it)
        if spec == "{}":
            return str(v)
        spec = re.sub(r"(ll|l|z)(?=[a-zA-Z]$)", "", spec)
        if spec[-1] in "diufxX" and isinstance(v, str):
            return v
        if spec[-1] == "u":
            spec = spec[:-1] + "d"
        return spec % (v,)

    out = SPEC.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def label(fmt: str) -> str:
    """The label of a format: the format itself, a newline in it written `\\n`."""
    return fmt.replace("\n", "\\n")


def b64id(r: random.Random, n: int) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(r.choice(chars) for _ in range(n))


def alnum(r: random.Random, n: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(r.choice(chars) for _ in range(n))


class Raw(str):
    """A value whose repr is its text (an object Python's %r prints without quotes)."""

    def __repr__(self) -> str:
        return str(self)


class Records:
    """Records of one log file collected out of order (each a time, its lines and the first
    line's label), written in time order: several simulated actors log into one file."""

    def __init__(self) -> None:
        self.items: list[tuple[datetime, int, list[str], str]] = []
        self.seq = itertools.count()

    def add(self, t: datetime, lines: list[str], tid: str) -> None:
        self.items.append((t, next(self.seq), lines, tid))

    def into(self, log: Log) -> Log:
        for _, _, lines, tid in sorted(self.items, key=lambda x: (x[0], x[1])):
            log.add(lines[0], tid)
            for cont in lines[1:]:
                log.add(cont, None)
        return log


def ms(t: datetime) -> int:
    return t.microsecond // 1000


# --------------------------------------------------------------------------------- synapse

SYN_SERVER = "chat.example.org"
SYN_VERSION = "1.108.0"
# (localpart, client IP, user agent, sync path prefix)
SYN_CLIENTS = [
    (
        "anna",
        "10.20.0.14",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
        "v3",
    ),
    (
        "anna",
        "100.71.3.9",
        "Element/1.6.16 (Google Pixel 7; Android 14; AP1A.240505.004; Flavour GooglePlay; MatrixAndroidSdk2 1.6.16)",
        "v3",
    ),
    (
        "bjorn",
        "10.20.0.31",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "v3",
    ),
    ("chiara", "100.86.17.240", "Element/1.11.10 (iPhone; iOS 17.5.1; Scale/3.00)", "v3"),
    (
        "dev",
        "10.20.0.57",
        "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
        "v3",
    ),
    ("emeka", "192.168.178.23", "FluffyChat/1.20.0 (Linux; Android 13)", "v3"),
    (
        "farid",
        "10.20.0.88",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.67 Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36",
        "v3",
    ),
    ("whatsappbot", "172.18.0.7", "mautrix-whatsapp/v0.10.7 mautrix-go/v0.19.0", "v3"),
]
SYN_REMOTES = [
    ("matrix.org", 40),
    ("mozilla.org", 8),
    ("kde.org", 6),
    ("fedora.im", 4),
    ("envs.net", 3),
    ("tchncs.de", 3),
    ("nitro.chat", 2),
    ("gitter.im", 2),
    ("t2bot.io", 2),
    ("converser.eu", 1),
    ("matrix.oldcorp.net", 1),
    ("synapse.homelab-kiel.de", 1),
    ("matrix.vereinsheim-ost.de", 1),
]
SYN_DEAD = {
    "matrix.oldcorp.net": "dns",
    "synapse.homelab-kiel.de": "refused",
    "matrix.vereinsheim-ost.de": "timeout",
}
SYN_EVENT_TYPES = [
    ("m.room.message", 30),
    ("m.room.encrypted", 40),
    ("m.reaction", 8),
    ("m.room.member", 4),
    ("m.room.redaction", 1),
]
SYN_BG_UPDATES = [
    "event_push_summary_unique_index2",
    "events_jump_to_date_index",
    "populate_event_auth_chain_state",
    "cleanup_device_federation_outbox",
]

SYN_ACCESS = '%s - %s - {%s} Processed request: %.3fsec/%.3fsec (%.3fsec, %.3fsec) (%.3fsec/%.3fsec/%d) %sB %s "%s %s %s" "%s" [%d dbevts]'

# A path segment that is an id: a number, a room, event or user id (`!`, `$`, `@`, or
# percent-encoded), a transaction id (`m1717480818540.13`, a federation transaction's number).
_SYN_ID = re.compile(r"\d+|m\d+\.\d+|[!$@].*|%(?:21|24|40).*")


def syn_route(uri: str) -> str:
    """A Matrix request's route as the set labels one: ids in its path (rooms, events, users,
    transactions, a media item's server and id) and its query's values variables, its query's
    keys kept (`/_matrix/client/v3/sync?filter=<*>&timeout=<*>&since=<*>`)."""
    path, _, query = uri.partition("?")
    parts = path.split("/")
    path = "/".join(
        "<*>"
        if _SYN_ID.fullmatch(part)
        or (i >= 1 and parts[i - 1] in ("thumbnail", "download"))
        or (i >= 2 and parts[i - 2] in ("thumbnail", "download"))
        else part
        for i, part in enumerate(parts)
    )
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


# (inner exception type, its message's label, its repr's label, its repr)
SYN_INNER = {
    "dns": (
        "DNSLookupError",
        "DNS lookup failed: no results for hostname lookup: %s.",
        "%s('no results for hostname lookup: %s')",
        lambda host: f"DNSLookupError('no results for hostname lookup: {host}')",
    ),
    "refused": (
        "ConnectionRefusedError",
        "Connection was refused by other side: %s: %s.",
        "%s('%s')",
        lambda host: "ConnectionRefusedError('Connection refused')",
    ),
    "timeout": (
        "TCPTimedOutError",
        "TCP connection timed out: %s: %s.",
        "%s('%s')",
        lambda host: "TCPTimedOutError('Connection timed out')",
    ),
}

SYN_TRACEBACK = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/http/server.py", line 332, in _async_render_wrapper',
    "    callback_return = await self._async_render(request)",
    "                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/http/server.py", line 544, in _async_render',
    "    callback_return = await raw_callback_return",
    "                      ^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/rest/client/room.py", line 776, in on_GET',
    "    msgs = await self.pagination_handler.get_messages(",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/handlers/pagination.py", line 575, in get_messages',
    "    ) = await self.store.paginate_room_events(",
    "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/storage/databases/main/stream.py", line 1764, in paginate_room_events',
    "    rows, token = await self.db_pool.runInteraction(",
    "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/storage/database.py", line 998, in runInteraction',
    "    return await delay_cancellation(_runInteraction())",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/twisted/internet/defer.py", line 1999, in _inlineCallbacks',
    "    result = context.run(gen.send, result)",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/storage/database.py", line 964, in _runInteraction',
    "    result = await self.runWithConnection(",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/storage/database.py", line 779, in new_transaction',
    "    r = func(cursor, *args, **kwargs)",
    "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/synapse/storage/database.py", line 418, in _do_execute',
    "    return func(sql, *args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout",
]


def synapse(r: random.Random) -> list[Log]:
    """A small Synapse homeserver over an hour: eight clients (web, mobile, desktop and a
    bridge) long-polling /sync and calling the client API, messages sent into rooms shared with
    a dozen remote servers (transactions sent, two dead destinations failing with backoff, one
    of them catching up), transactions received with their PDUs handled, some with missing
    events fetched and state resolved, a restart with its start-up lines and background updates,
    gc and cache expiry, failed logins, rate limits and unknown tokens, a serialization failure
    retried and a request failing with a traceback."""
    recs = Records()
    clock = [datetime(2024, 6, 4, 6, 0, 2, 118000, tzinfo=UTC)]
    req_no = [4211]
    bg_no: dict[str, int] = {}
    txn_id = [1717480000123]
    out_id = [812]
    pdu_ctx = [88120]

    def now() -> datetime:
        return clock[0]

    def adv(lo: float, hi: float) -> datetime:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))
        return clock[0]

    def emit(
        logger: str,
        line: int,
        level: str,
        ctx: str,
        fmt: str,
        *vals,
        t: datetime | None = None,
        cont: list[str] | None = None,
        lab: str | None = None,
    ) -> None:
        t = t or now()
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        recs.add(
            t,
            [f"{t:%Y-%m-%d %H:%M:%S},{ms(t):03d} - {logger} - {line} - {level} - {ctx} - {first}"]
            + more
            + (cont or []),
            label(fmt) if lab is None else lab,
        )

    def bg(name: str) -> str:
        bg_no[name] = bg_no.get(name, r.randrange(0, 40)) + 1
        return f"{name}-{bg_no[name]}"

    def new_req(method: str) -> str:
        req_no[0] += r.randrange(1, 4)
        return f"{method}-{req_no[0]}"

    def room_id(server: str) -> str:
        return f"!{alnum(r, 18)}:{server}"

    def event_id() -> str:
        return "$" + b64id(r, 43)

    rooms = []  # (room id, servers in it)
    for _ in range(9):
        home = (
            SYN_SERVER if r.random() < 0.6 else r.choice(["matrix.org", "mozilla.org", "kde.org"])
        )
        servers = {SYN_SERVER, home}
        for _ in range(r.randrange(0, 7)):
            servers.add(r.choices([s for s, _ in SYN_REMOTES], [w for _, w in SYN_REMOTES])[0])
        rooms.append((room_id(home), sorted(servers)))
    rooms.append((room_id(SYN_SERVER), [SYN_SERVER]))
    rooms.append((room_id(SYN_SERVER), [SYN_SERVER]))
    for k, dead in enumerate(SYN_DEAD):
        rid, servers = rooms[k]
        rooms[k] = (rid, sorted({*servers, dead}))
    # destinations that fail: backoff until (time), the current interval in ms
    backoff: dict[str, tuple[datetime, int]] = {}
    since = {
        i: [r.randrange(480000, 490000), r.randrange(3300000, 3400000), r.randrange(500000, 520000)]
        for i in range(len(SYN_CLIENTS))
    }
    pending_catchup: set[str] = set()

    def user(i: int) -> str:
        return f"@{SYN_CLIENTS[i][0]}:{SYN_SERVER}"

    def access(
        ctx: str,
        ip: str,
        requester: str,
        method: str,
        uri: str,
        code: str,
        ua: str,
        ptime: float,
        size: int,
        txns: int | None = None,
        t: datetime | None = None,
    ) -> None:
        n = txns if txns is not None else r.randrange(0, 8)
        emit(
            "synapse.access.http.8008",
            465,
            "INFO",
            ctx,
            SYN_ACCESS,
            ip,
            "8008",
            requester,
            ptime,
            r.choice([0.0, 0.0, 0.001, 0.002]),
            r.uniform(0, min(ptime, 1.0) * 0.08 + 0.004),
            r.uniform(0, 0.003),
            r.uniform(0, 0.002) if n else 0.0,
            r.uniform(0.0005, 0.02) * n,
            n,
            size,
            code,
            method,
            uri,
            "HTTP/1.1",
            ua,
            r.choice([0, 0, 0, 1, 2, 5, 12]) if n else 0,
            t=t,
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: ids in the route and a query's values are variables).
            lab=SYN_ACCESS.replace('%s "%s %s %s"', f'{code} "{method} {syn_route(uri)} %s"', 1),
        )

    def request_repr(ctx: str, uri: str) -> str:
        return Raw(
            f"<XForwardedForRequest at 0x7f{hexid(r, 10)} method='{ctx.split('-')[0]}' uri='{uri}' clientproto='HTTP/1.1' site='8008'>"
        )

    def sync(i: int) -> None:
        _, ip, ua, _ = SYN_CLIENTS[i]
        s = since[i]
        s[0] += r.randrange(0, 30)
        s[1] += r.randrange(0, 4)
        flt = {0: "0", 1: "4", 2: "0", 3: "1", 4: "0", 5: "2", 6: "0", 7: "3"}[i]
        extra = "&set_presence=online" if i in (1, 3) else ""
        uri = f"/_matrix/client/v3/sync?filter={flt}&timeout=30000{extra}&since=s{s[0]}_{s[1]}_4_{s[2]}_1013321_132_44201_118872_0_21"
        idle = r.random() < 0.7
        ptime = r.uniform(29.8, 30.2) if idle else r.uniform(0.005, 12)
        ctx = new_req("GET")
        access(
            ctx,
            ip,
            user(i),
            "GET",
            uri,
            "200",
            ua,
            ptime,
            r.randrange(180, 260) if idle else r.randrange(600, 24000),
            txns=r.randrange(2, 6) if idle else r.randrange(4, 20),
        )

    def client_misc() -> None:
        i = r.randrange(len(SYN_CLIENTS) - 1)
        _, ip, ua, _ = SYN_CLIENTS[i]
        room = r.choice(rooms)[0]
        u = user(i)
        calls = [
            ("GET", "/_matrix/client/v3/pushrules/", 3400),
            ("POST", "/_matrix/client/v3/keys/query", 1800),
            ("PUT", f"/_matrix/client/v3/rooms/{room}/typing/{u}", 2),
            ("POST", f"/_matrix/client/v3/rooms/{room}/read_markers", 2),
            (
                "GET",
                f"/_matrix/client/v3/rooms/{room}/messages?dir=b&from=t{r.randrange(4000, 5000)}-{r.randrange(480000, 490000)}_{r.randrange(3300000, 3400000)}_4&limit=30&filter=%7B%22lazy_load_members%22%3Atrue%7D",
                14000,
            ),
            ("GET", f"/_matrix/client/v3/profile/{u}", 70),
            ("PUT", f"/_matrix/client/v3/presence/{u}/status", 2),
            (
                "GET",
                f"/_matrix/client/v1/media/thumbnail/{r.choice(['matrix.org', SYN_SERVER, 'mozilla.org'])}/{alnum(r, 24)}?width=96&height=96&method=crop",
                5400,
            ),
            ("GET", "/_matrix/client/versions", 1400),
            ("GET", "/_matrix/client/v3/capabilities", 410),
            ("GET", f"/_matrix/client/v3/user/{u}/account_data/im.vector.setting.breadcrumbs", 300),
        ]
        m, uri, size = r.choice(calls)
        ctx = new_req(m)
        requester = "None" if uri.endswith("/versions") else u
        access(
            ctx,
            ip,
            requester,
            m,
            uri,
            "200",
            ua,
            r.uniform(0.002, 0.09),
            int(size * r.uniform(0.7, 1.4)),
        )

    def send_tx(dest: str, pdus: list[str], edus: int) -> None:
        ctx = bg("federation_transaction_transmission_loop")
        until = backoff.get(dest)
        t0 = adv(0.01, 0.2)
        if until and now() < until[0]:
            return  # not ready for retry: logged at debug only
        kind = SYN_DEAD.get(dest)
        if kind and (dest not in pending_catchup or r.random() < 0.85):
            tid = str(txn_id[0])
            txn_id[0] += 1
            tname, inner_label, repr_label, repr_val = SYN_INNER[kind]
            emit(
                "synapse.federation.sender.transaction_manager",
                127,
                "INFO",
                ctx,
                "TX [%s] {%s} Sending transaction [%s], (PDUs: %d, EDUs: %d)",
                dest,
                tid,
                tid,
                len(pdus),
                edus,
                t=t0,
            )
            for _ in range(r.randrange(1, 4)):
                out_id[0] += 1
                emit(
                    "synapse.http.matrixfederationclient",
                    732,
                    "INFO",
                    ctx,
                    "{%s} [%s] Request failed: %s %s: " + repr_label,
                    f"PUT-O-{out_id[0]}",
                    dest,
                    "PUT",
                    f"matrix-federation://{dest}/_matrix/federation/v1/send/{tid}",
                    *([tname, dest] if kind == "dns" else [tname, repr_val(dest).split("'")[1]]),
                    t=adv(0.5, 4),
                )
            send_failed = "Failed to send request: %s: " + inner_label
            if kind == "dns":
                vals = [tname, dest]
            else:
                vals = [
                    tname,
                    "111" if kind == "refused" else "110",
                    "Connection refused" if kind == "refused" else "Connection timed out",
                ]
            interval = (
                (backoff.get(dest, (now(), 300000))[1] * r.choice([2, 3, 4, 5]))
                if dest in backoff
                else 600000
            )
            interval = min(interval, 86400000)
            emit(
                "synapse.util.retryutils",
                264,
                "INFO",
                ctx,
                "Connection to %s was unsuccessful (%s(" + send_failed + ")); backoff now %i",
                dest,
                "<class 'synapse.api.errors.RequestSendFailed'>",
                *vals,
                interval,
                t=adv(0, 0.01),
            )
            emit(
                "synapse.federation.sender.per_destination_queue",
                376,
                "WARNING",
                ctx,
                "TX [%s] Failed to send transaction: " + send_failed,
                dest,
                *vals,
                t=adv(0, 0.01),
            )
            for p in pdus:
                emit(
                    "synapse.federation.sender.per_destination_queue",
                    381,
                    "INFO",
                    ctx,
                    "Failed to send event %s to %s",
                    p,
                    dest,
                    t=adv(0, 0.003),
                )
            backoff[dest] = (now() + timedelta(milliseconds=interval), interval)
            pending_catchup.add(dest)
            return
        if dest in pending_catchup:
            pending_catchup.discard(dest)
            backoff.pop(dest, None)
            n = r.randrange(2, 9)
            emit(
                "synapse.federation.sender.per_destination_queue",
                535,
                "INFO",
                ctx,
                "Catching up destination %s with %d PDUs",
                dest,
                n,
                t=t0,
            )
            for _ in range(min(n, 3)):
                emit(
                    "synapse.federation.sender.per_destination_queue",
                    604,
                    "INFO",
                    ctx,
                    "Catching up rooms to %s: %r",
                    dest,
                    r.choice(rooms)[0],
                    t=adv(0.01, 0.3),
                )
                one_tx(ctx, dest, [event_id()], 0)
            return
        one_tx(ctx, dest, pdus, edus, t0)

    def one_tx(ctx: str, dest: str, pdus: list[str], edus: int, t0: datetime | None = None) -> None:
        tid = str(txn_id[0])
        txn_id[0] += 1
        emit(
            "synapse.federation.sender.transaction_manager",
            127,
            "INFO",
            ctx,
            "TX [%s] {%s} Sending transaction [%s], (PDUs: %d, EDUs: %d)",
            dest,
            tid,
            tid,
            len(pdus),
            edus,
            t=t0 or adv(0.01, 0.1),
        )
        code = 200 if r.random() > 0.01 else r.choice([502, 504])
        t1 = adv(0.05, 2.5 if dest == "matrix.org" else 0.8)
        if code == 200:
            emit(
                "synapse.federation.sender.transaction_manager",
                164,
                "INFO",
                ctx,
                "TX [%s] {%s} got 200 response",
                dest,
                tid,
                t=t1,
            )
        else:
            emit(
                "synapse.federation.sender.transaction_manager",
                160,
                "INFO",
                ctx,
                "TX [%s] {%s} got %d response",
                dest,
                tid,
                code,
                t=t1,
            )
            phrase = {502: "Bad Gateway", 504: "Gateway Timeout"}[code]
            emit(
                "synapse.federation.sender.per_destination_queue",
                370,
                "WARNING",
                ctx,
                "TX [%s] Received %d response to transaction: %d: %s",
                dest,
                code,
                code,
                phrase,
                t=adv(0, 0.01),
            )

    def send_message() -> None:
        i = r.randrange(len(SYN_CLIENTS))
        _, ip, ua, _ = SYN_CLIENTS[i]
        room, servers = r.choice(rooms)
        etype = "m.room.encrypted" if r.random() < 0.6 else "m.room.message"
        ctx = new_req("PUT")
        access(
            ctx,
            ip,
            user(i),
            "PUT",
            f"/_matrix/client/v3/rooms/{room}/send/{etype}/m{int(now().timestamp() * 1000)}.{r.randrange(0, 40)}",
            "200",
            ua,
            r.uniform(0.02, 0.35),
            59,
            txns=r.randrange(6, 18),
        )
        ev = event_id()
        for dest in servers:
            if dest == SYN_SERVER:
                continue
            send_tx(dest, [ev], r.choice([0, 0, 1, 2]))

    def inbound() -> None:
        origin = r.choices(
            [s for s, _ in SYN_REMOTES if s not in SYN_DEAD],
            [w for s, w in SYN_REMOTES if s not in SYN_DEAD],
        )[0]
        npdu = r.choices([0, 1, 2, 3, 5], [30, 50, 10, 6, 4])[0]
        nedu = r.choices([0, 1, 2, 4], [20, 50, 20, 10])[0] if npdu else r.randrange(1, 5)
        ctx = new_req("PUT")
        tid = str(int(now().timestamp() * 1000) - r.randrange(0, 90000))
        emit(
            "synapse.federation.transport.server.federation",
            109,
            "INFO",
            ctx,
            "Received txn %s from %s. (PDUs: %d, EDUs: %d)",
            tid,
            origin,
            npdu,
            nedu,
            t=adv(0.05, 2),
        )
        cands = [rm for rm in rooms if origin in rm[1]] or rooms
        for _ in range(npdu):
            room = r.choice(cands)[0]
            etype = r.choices([e for e, _ in SYN_EVENT_TYPES], [w for _, w in SYN_EVENT_TYPES])[0]
            ev = event_id()
            sk = (
                f"@{r.choice(['tom', 'lena', 'kai', 'noor', 'ivan', 'sam'])}{r.randrange(1, 99)}:{origin}"
                if etype == "m.room.member"
                else "None"
            )
            pdu_ctx[0] += 1
            pctx = f"_process_incoming_pdus_in_room_inner-{pdu_ctx[0]}"
            emit(
                "synapse.federation.federation_server",
                1229,
                "INFO",
                pctx,
                "handling received PDU in room %s: %s",
                room,
                f"<FrozenEventV3 event_id={ev}, type={etype}, state_key={sk}, outlier=False>",
                t=adv(0.001, 0.05),
            )
            if r.random() < 0.06:
                ectx = f"{pctx}-{ev}"
                prev = [event_id() for _ in range(r.randrange(1, 3))]
                emit(
                    "synapse.handlers.federation_event",
                    805,
                    "INFO",
                    ectx,
                    "Requesting missing events between %s and %s",
                    "[" + ", ".join(repr(p) for p in prev) + "]",
                    ev,
                    t=adv(0.001, 0.02),
                )
                emit(
                    "synapse.handlers.federation_event",
                    836,
                    "INFO",
                    ectx,
                    "Got %d prev_events",
                    r.randrange(1, 11),
                    t=adv(0.2, 2),
                )
                if r.random() < 0.7:
                    g = r.randrange(4120000, 4130000)
                    groups = [g + r.randrange(1, 900) for _ in range(r.randrange(2, 4))]
                    emit(
                        "synapse.state",
                        707,
                        "INFO",
                        ectx,
                        "Resolving state for %s with groups %s",
                        room,
                        str(groups),
                        t=adv(0.01, 0.3),
                    )
        access(
            ctx,
            ip4(r, r.choice(["185.216", "88.99", "116.203", "95.217"])),
            origin,
            "PUT",
            f"/_matrix/federation/v1/send/{tid}",
            "200",
            f"Synapse/{r.choice(['1.108.0', '1.107.0', '1.109.0rc1', '1.98.0'])}",
            r.uniform(0.01, 0.4),
            20 + 40 * npdu,
            txns=r.randrange(1, 12),
        )

    def federation_get() -> None:
        origin = r.choices(
            [s for s, _ in SYN_REMOTES if s not in SYN_DEAD],
            [w for s, w in SYN_REMOTES if s not in SYN_DEAD],
        )[0]
        calls = [
            (
                "GET",
                f"/_matrix/federation/v1/query/profile?user_id=%40{SYN_CLIENTS[r.randrange(7)][0]}%3A{SYN_SERVER}&field=displayname",
                24,
                origin,
            ),
            ("GET", "/_matrix/key/v2/server", 1230, "None"),
            ("GET", "/_matrix/federation/v1/version", 52, "None"),
            ("POST", "/_matrix/federation/v1/user/keys/query", 2200, origin),
            (
                "GET",
                f"/_matrix/federation/v1/state_ids/{r.choice(rooms)[0]}?event_id={event_id()}",
                41000,
                origin,
            ),
        ]
        m, uri, size, req = r.choice(calls)
        ctx = new_req(m)
        access(
            ctx,
            ip4(r, r.choice(["185.216", "88.99", "116.203"])),
            req,
            m,
            uri,
            "200",
            f"Synapse/{r.choice(['1.108.0', '1.107.0', '1.98.0'])}",
            r.uniform(0.002, 0.6),
            int(size * r.uniform(0.8, 1.3)),
            t=adv(0.05, 1),
        )

    def login_fail() -> None:
        i = r.randrange(len(SYN_CLIENTS) - 1)
        _, ip, ua, _ = SYN_CLIENTS[i]
        if r.random() < 0.4:
            ip = ip4(r, r.choice(["45.155", "193.32", "141.98"]))
            who = f"@{r.choice(['admin', 'root', 'test', 'matrix', 'support'])}:{SYN_SERVER}"
        else:
            who = user(i)
        ctx = new_req("POST")
        uri = "/_matrix/client/v3/login"
        emit(
            "synapse.handlers.auth",
            1702,
            "WARNING",
            ctx,
            "Failed password login for user %s",
            who,
            t=adv(0.1, 1),
        )
        emit(
            "synapse.http.server",
            134,
            "INFO",
            ctx,
            "%s SynapseError: %s - Invalid username or password",
            request_repr(ctx, uri),
            403,
            t=adv(0.2, 0.6),
        )
        access(ctx, ip, "None", "POST", uri, "403", ua, r.uniform(0.2, 0.6), 68, t=adv(0, 0.01))

    def synapse_error() -> None:
        i = r.randrange(len(SYN_CLIENTS))
        _, ip, ua, _ = SYN_CLIENTS[i]
        room = r.choice(rooms)[0]
        kind = r.choices(["ratelimit", "token", "missing", "invite"], [4, 3, 2, 1])[0]
        if kind == "ratelimit":
            m, uri, code, msg = (
                "PUT",
                f"/_matrix/client/v3/rooms/{room}/send/m.reaction/m{int(now().timestamp() * 1000)}.{r.randrange(0, 40)}",
                429,
                "Too Many Requests",
            )
            requester = user(i)
        elif kind == "token":
            m, uri, code, msg = (
                "GET",
                f"/_matrix/client/v3/sync?filter=0&timeout=0&since=s{since[i][0]}_{since[i][1]}_4_{since[i][2]}_1013321_132_44201_118872_0_21",
                401,
                "Invalid access token passed.",
            )
            requester = "None"
        elif kind == "missing":
            m, uri, code, msg = (
                "GET",
                "/_matrix/client/v3/account/whoami",
                401,
                "Missing access token",
            )
            requester = "None"
        else:
            m, uri, code, msg = (
                "POST",
                f"/_matrix/client/v3/join/{room}",
                403,
                "You are not invited to this room.",
            )
            requester = user(i)
        ctx = new_req(m)
        emit(
            "synapse.http.server",
            134,
            "INFO",
            ctx,
            "%s SynapseError: %s - " + msg,
            request_repr(ctx, uri),
            code,
            t=adv(0.05, 2),
        )
        access(
            ctx,
            ip,
            requester,
            m,
            uri,
            str(code),
            ua,
            r.uniform(0.001, 0.05),
            60 + len(msg),
            t=adv(0, 0.005),
        )

    def traceback_500() -> None:
        i = r.randrange(len(SYN_CLIENTS) - 1)
        _, ip, ua, _ = SYN_CLIENTS[i]
        room = r.choice(rooms)[0]
        uri = f"/_matrix/client/v3/rooms/{room}/messages?dir=b&from=t{r.randrange(4000, 5000)}-{r.randrange(380000, 390000)}_0_0&limit=50"
        ctx = new_req("GET")
        emit(
            "synapse.http.server",
            124,
            "ERROR",
            ctx,
            "Failed handle request via %r: %r",
            "RoomMessageListRestServlet",
            request_repr(ctx, uri),
            t=adv(30, 31),
            cont=SYN_TRACEBACK,
        )
        access(
            ctx,
            ip,
            user(i),
            "GET",
            uri,
            "500",
            ua,
            r.uniform(30.0, 30.2),
            55,
            txns=3,
            t=adv(0, 0.01),
        )

    def txn_operror() -> None:
        name = r.choice(
            [
                "_update_client_ips_batch",
                "update_presence",
                "persist_events",
                "_set_push_actions_for_event_and_users_txn",
            ]
        )
        ctx = bg(name if name != "persist_events" else "persist_events")
        tname = f"{name}-{hexid(r, 3)}"
        for k in range(r.randrange(1, 3)):
            emit(
                "synapse.storage.txn",
                512,
                "WARNING",
                ctx,
                "[TXN OPERROR] {%s} could not serialize access due to concurrent update\n %d/%d",
                tname,
                k,
                5,
                t=adv(0.01, 0.3),
            )

    def txn_deadlock() -> None:
        name = r.choice(["persist_events", "_update_client_ips_batch"])
        ctx = bg(name)
        emit(
            "synapse.storage.txn",
            548,
            "WARNING",
            ctx,
            "[TXN DEADLOCK] {%s} %d/%d",
            f"{name}-{hexid(r, 3)}",
            0,
            5,
            t=adv(0.01, 0.3),
        )

    def startup() -> None:
        emit("root", 349, "WARNING", "main", "***** STARTING SERVER *****", t=adv(0.1, 0.2))
        emit(
            "root",
            350,
            "WARNING",
            "main",
            "Server %s version %s",
            "/usr/local/lib/python3.11/site-packages/synapse/app/homeserver.py",
            SYN_VERSION,
            t=adv(0, 0.01),
        )
        emit("root", 355, "INFO", "main", "Server hostname: %s", SYN_SERVER, t=adv(0, 0.01))
        emit("root", 356, "INFO", "main", "Instance name: %s", "master", t=adv(0, 0.01))
        emit("root", 357, "INFO", "main", "Twisted reactor: %s", "EPollReactor", t=adv(0, 0.01))
        emit("synapse.app.homeserver", 370, "INFO", "main", "Setting up server", t=adv(0.1, 0.3))
        emit("synapse.server", 339, "INFO", "main", "Setting up.", t=adv(0, 0.05))
        emit(
            "synapse.storage.databases",
            66,
            "INFO",
            "main",
            "[database config %r]: Checking database server",
            "master",
            t=adv(0, 0.05),
        )
        emit(
            "synapse.storage.databases",
            69,
            "INFO",
            "main",
            "[database config %r]: Preparing for databases %r",
            "master",
            ["main", "state"],
            t=adv(0, 0.05),
        )
        emit(
            "synapse.storage.prepare_database",
            129,
            "INFO",
            "main",
            "%r: Checking existing schema version",
            ["main", "state"],
            t=adv(0, 0.1),
        )
        emit(
            "synapse.storage.prepare_database",
            434,
            "INFO",
            "main",
            "%r: Checking schema deltas...",
            ["main", "state"],
            t=adv(0, 0.2),
        )
        for db in ("main", "state"):
            emit(
                "synapse.storage.databases",
                78,
                "INFO",
                "main",
                "[database config %r]: Starting %r database",
                "master",
                db,
                t=adv(0.05, 1.5),
            )
        emit("synapse.server", 350, "INFO", "main", "Finished setting up.", t=adv(0.1, 0.5))
        for port in (8008, 9000):
            emit(
                "synapse.app._base",
                391,
                "INFO",
                "sentinel",
                "Synapse now listening on TCP port %d",
                port,
                t=adv(0.01, 0.2),
            )
        emit(
            "synapse.storage.background_updates",
            409,
            "INFO",
            "background_updates-0",
            "Starting background schema updates",
            t=adv(0.5, 2),
        )

    def bg_updates() -> None:
        for name in SYN_BG_UPDATES[: r.randrange(1, len(SYN_BG_UPDATES) + 1)]:
            total = 0
            batch = 100
            for _ in range(r.randrange(1, 6)):
                items = r.randrange(20, batch + 1)
                total += items
                dur = r.randrange(15, 900)
                emit(
                    "synapse.storage.background_updates",
                    525,
                    "INFO",
                    "background_updates-0",
                    "Running background update %r. Processed %r items in %rms. (total_rate=%r/ms, current_rate=%r/ms, total_updated=%r, batch_size=%r)",
                    name,
                    items,
                    dur,
                    round(total / (dur * 1.0 + r.randrange(0, 50)), 16),
                    round(items / dur, 16),
                    total,
                    batch,
                    t=adv(0.2, 3),
                )
                batch = r.choice([100, 250, 500, 1000])
        emit(
            "synapse.storage.background_updates",
            421,
            "INFO",
            "background_updates-0",
            "No more background updates to do. Unscheduling background update task.",
            t=adv(0.2, 3),
        )

    startup()
    bg_updates()
    end = datetime(2024, 6, 4, 7, 0, tzinfo=UTC)
    restart_at = datetime(2024, 6, 4, 6, 36, tzinfo=UTC)
    restarted = False
    next_lru = now() + timedelta(seconds=30)
    next_gc = now() + timedelta(seconds=r.uniform(40, 200))
    while now() < end:
        if not restarted and now() > restart_at:
            restarted = True
            adv(25, 40)
            startup()
            if r.random() < 0.9:
                emit(
                    "synapse.storage.background_updates",
                    421,
                    "INFO",
                    "background_updates-0",
                    "No more background updates to do. Unscheduling background update task.",
                    t=adv(0.2, 3),
                )
            next_lru = now() + timedelta(seconds=30)
        while next_lru <= now():
            emit(
                "synapse.util.caches.lrucache",
                154,
                "INFO",
                bg("LruCache._expire_old_entries"),
                "Dropped %d items from caches",
                r.choices([0, r.randrange(1, 40), r.randrange(40, 2400)], [2, 6, 2])[0],
                t=next_lru,
            )
            next_lru += timedelta(seconds=30, milliseconds=r.randrange(0, 40))
        if next_gc <= now():
            emit(
                "synapse.metrics._gc",
                120,
                "INFO",
                "sentinel",
                "Collecting gc %d",
                2 if r.random() < 0.12 else 1,
                t=next_gc,
            )
            next_gc = now() + timedelta(seconds=r.uniform(30, 260))
        adv(0.2, 3.8)
        pick(
            r,
            [
                (34, lambda: sync(r.randrange(len(SYN_CLIENTS)))),
                (14, client_misc),
                (7, send_message),
                (14, inbound),
                (4, federation_get),
                (0.35, login_fail),
                (0.6, synapse_error),
                (0.05, traceback_500),
                (0.7, txn_operror),
                (0.2, txn_deadlock),
            ],
        )
    return [recs.into(Log("homeserver.log", datetime(2024, 6, 4, 6, 0, tzinfo=UTC)))]


# --------------------------------------------------------------------------------- jitsi

JVB_ROOMS = [
    "standup",
    "team-sync",
    "sales-weekly",
    "support-escalation",
    "onboarding-lena",
    "board",
    "design-review",
    "gorgeousplanscollideheavily",
    "proudbirdswavegently",
    "quietriversjumpsoftly",
    "elternabend-3b",
    "interview-backend-2",
    "hausverwaltung",
    "ops-incident",
    "yoga-dienstag",
]
JVB_NAMES = [
    "Karen",
    "Brandon",
    "Lucia",
    "Mehmet",
    "Ines",
    "Tobias",
    "Priya",
    "Olga",
    "Sven",
    "Amara",
    "Jonas",
    "Fatima",
    "Hugo",
    "Mia",
]
JVB_LOCAL = "10.0.0.12"
JVB_PUBLIC = "203.0.113.10"
JVB_WS_STACK = [
    "org.eclipse.jetty.websocket.core.exception.WebSocketTimeoutException: Connection Idle Timeout",
    "\tat org.eclipse.jetty.websocket.core.internal.WebSocketConnection.onIdleExpired(WebSocketConnection.java:244)",
    "\tat org.eclipse.jetty.io.AbstractEndPoint.onIdleExpired(AbstractEndPoint.java:407)",
    "\tat org.eclipse.jetty.io.IdleTimeout.checkIdleTimeout(IdleTimeout.java:170)",
    "\tat org.eclipse.jetty.io.IdleTimeout.idleCheck(IdleTimeout.java:112)",
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.util.concurrent.TimeoutException: Idle timeout expired: 300000/300000 ms",
    "\t... 8 more",
]


def jitsi(r: random.Random) -> list[Log]:
    """One Jitsi Videobridge over two hours: conferences of two to nine participants created,
    their endpoints' ICE agents started, checked and nominated (host and NAT-mapped local
    candidates, peer-reflexive remote ones), DTLS and SCTP set up (web socket bridge channels
    for some), dominant speakers changing, a few endpoints whose ICE fails, TCC feedback for
    packets the bridge no longer knows, endpoints leaving with their oversending time and ICE
    agents terminated, conferences expiring with their statistics, a bridge channel web socket
    timing out, and the health checker every ten seconds."""
    recs = Records()
    start = datetime(2024, 6, 4, 6, 0, 1, 412000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 8, 0, tzinfo=UTC)

    def emit(
        t: datetime,
        level: str,
        thread: int,
        ctx: str,
        where: str,
        fmt: str,
        *vals,
        cont: list[str] | None = None,
    ) -> None:
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        head = f"{t:%Y-%m-%d %H:%M:%S}.{ms(t):03d} {level}: [{thread}] "
        if ctx:
            head += f"[{ctx}] "
        recs.add(t, [head + where + ": " + first] + more + (cont or []), label(fmt))

    t = start
    while t < end:
        d = r.choices(
            [
                "PT0S",
                "PT0.001S",
                "PT0.002S",
                f"PT0.00{r.randrange(3, 9)}S",
                f"PT0.0{r.randrange(10, 40)}S",
            ],
            [80, 10, 4, 4, 2],
        )[0]
        emit(
            t,
            "INFO",
            28,
            "",
            "HealthChecker.run#171",
            "Performed a successful health check in %s. Sticky failure: %s",
            d,
            "false",
        )
        t += timedelta(seconds=10, milliseconds=r.randrange(0, 6))

    def conference(t0: datetime) -> None:
        cid = hexid(r, 16)
        room = r.choice(JVB_ROOMS)
        mid = uuid4(r)
        conf = f"confId={cid} conf_name={room}@conference.meet.example.com meeting_id={mid[:8]}"
        xmpp = r.randrange(40, 58)
        emit(
            t0,
            "INFO",
            xmpp,
            "",
            "Videobridge.createConference#247",
            "create_conf, id=%s meeting_id=%s",
            cid,
            mid,
        )
        n = r.choices(range(2, 10), [30, 20, 14, 10, 8, 6, 4, 3])[0]
        dur = r.uniform(300, 3600)
        joins = sorted(
            t0 + timedelta(seconds=r.uniform(0.5, 30 if i < 2 else dur * 0.6)) for i in range(n)
        )
        present: list[tuple[str, datetime, datetime]] = []
        last_leave = t0
        for tj in joins:
            ep = hexid(r, 8)
            leave = min(
                t0 + timedelta(seconds=dur + r.uniform(-60, 30)),
                tj + timedelta(seconds=r.uniform(60, dur * 1.2)),
            )
            if leave <= tj:
                leave = tj + timedelta(seconds=r.uniform(20, 90))
            endpoint(conf, ep, tj, leave)
            present.append((ep, tj, leave))
            last_leave = max(last_leave, leave)
        # dominant speaker changes
        ts = joins[1] + timedelta(seconds=r.uniform(2, 20)) if n > 1 else joins[0]
        while ts < last_leave:
            here = [ep for ep, a, b in present if a <= ts < b]
            if len(here) > 1:
                emit(
                    ts,
                    "INFO",
                    r.randrange(60, 95),
                    conf,
                    "Conference.dominantSpeakerChanged#488",
                    "ds_change ds_id=%s",
                    r.choice(here),
                )
            ts += timedelta(seconds=r.expovariate(1 / 45))
        te = last_leave + timedelta(seconds=r.uniform(20, 70))
        emit(te, "INFO", r.randrange(20, 27), conf, "Conference.expire#597", "Expiring.")
        emit(
            te + timedelta(milliseconds=r.randrange(1, 15)),
            "INFO",
            r.randrange(20, 27),
            conf,
            "Conference.updateStatisticsOnExpire#637",
            "expire_conf,duration=%d,has_failed=%s,has_partially_failed=%s",
            int((te - t0).total_seconds()),
            "false",
            "true" if fails[0] else "false",
        )
        fails[0] = False

    fails = [False]

    def endpoint(conf: str, ep: str, tj: datetime, leave: datetime) -> None:
        sid = f"{r.choice(JVB_NAMES)}-{alnum(r, 3).lower()}"
        epc = f"{conf} epId={ep} stats_id={sid}"
        ufrag = f"{r.choice('0123456789abcdefghijklmnopqrstuvwxyz')}{alnum(r, 12).lower()}"
        icec = f"{epc} local_ufrag={ufrag}"
        agc = f"{icec} ufrag={ufrag}"
        stc = f"{agc} name=stream-{ep}"
        io = r.randrange(60, 95)
        ice = r.randrange(100, 400)
        t = tj + timedelta(milliseconds=r.randrange(5, 200))

        def step(lo: int, hi: int) -> datetime:
            nonlocal t
            t += timedelta(milliseconds=r.randrange(lo, hi))
            return t

        emit(
            t,
            "INFO",
            r.randrange(40, 58),
            icec,
            "IceTransport.startConnectivityEstablishment#229",
            "Starting the Agent without remote candidates.",
        )
        emit(
            step(0, 3),
            "INFO",
            r.randrange(40, 58),
            agc,
            "Agent.startConnectivityEstablishment#781",
            "Start ICE connectivity establishment.",
        )
        emit(
            step(0, 2),
            "INFO",
            r.randrange(40, 58),
            agc,
            "Agent.initCheckLists#1001",
            "Init checklist for stream %s",
            f"stream-{ep}",
        )
        emit(
            step(0, 2),
            "INFO",
            r.randrange(40, 58),
            agc,
            "Agent.setState#923",
            "ICE state changed from %s to %s.",
            "Waiting",
            "Running",
        )
        emit(
            step(0, 2),
            "INFO",
            r.randrange(40, 58),
            icec,
            "IceTransport.iceStateChanged#325",
            "ICE state changed old=%s new=%s",
            "Waiting",
            "Running",
        )
        emit(
            step(0, 3),
            "INFO",
            r.randrange(40, 58),
            agc,
            "ConnectivityCheckClient.startChecks#152",
            "Start connectivity checks.",
        )
        if r.random() < 0.06:
            tf = step(15000, 20000)
            emit(
                tf,
                "INFO",
                ice,
                agc,
                "Agent.setState#923",
                "ICE state changed from %s to %s.",
                "Running",
                "Failed",
            )
            emit(
                step(0, 3),
                "INFO",
                ice,
                icec,
                "IceTransport.iceStateChanged#325",
                "ICE state changed old=%s new=%s",
                "Running",
                "Failed",
            )
            fails[0] = True
            te = step(2000, 9000)
            emit(
                te,
                "INFO",
                r.randrange(20, 27),
                epc,
                "Endpoint.expire#1058",
                "Spent %d seconds oversending",
                0,
            )
            emit(
                step(0, 3),
                "INFO",
                r.randrange(20, 27),
                agc,
                "Agent.setState#923",
                "ICE state changed from %s to %s.",
                "Failed",
                "Terminated",
            )
            emit(
                step(0, 2),
                "INFO",
                r.randrange(20, 27),
                icec,
                "IceTransport.iceStateChanged#325",
                "ICE state changed old=%s new=%s",
                "Failed",
                "Terminated",
            )
            return
        remote = ip4(r, r.choice(["84", "91", "178", "2", "77", "188", "31"]))
        rport = r.randrange(49152, 65535)
        nat = r.random() < 0.35
        local = f"{JVB_PUBLIC}:10000/udp/srflx" if nat else f"{JVB_LOCAL}:10000/udp/host"
        pair = f"{local} -> {remote}:{rport}/udp/prflx (stream-{ep}.RTP)"
        lc = (
            f"candidate:2 1 udp 1694498815 {JVB_PUBLIC} 10000 typ srflx raddr {JVB_LOCAL} rport 10000"
            if nat
            else f"candidate:1 1 udp 2130706431 {JVB_LOCAL} 10000 typ host"
        )
        prio = r.randrange(6 * 10**18, 8 * 10**18)
        emit(
            step(20, 900),
            "INFO",
            ice,
            agc,
            "Agent.triggerCheck#1724",
            "Add peer CandidatePair with new reflexive address to checkList: %s",
            f"CandidatePair (State=Frozen Priority={prio}):\n\tLocalCandidate={lc}\n\tRemoteCandidate=candidate:10000 1 udp {r.randrange(1600000000, 1900000000)} {remote} {rport} typ prflx",
        )
        emit(
            step(1, 60),
            "INFO",
            ice,
            agc,
            "ConnectivityCheckClient.processSuccessResponse#630",
            "Pair succeeded: %s.",
            pair,
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "ConnectivityCheckClient.processSuccessResponse#639",
            "Pair validated: %s.",
            pair,
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "DefaultNominator.strategyNominateFirstValid#123",
            "Nominate (first valid): %s.",
            pair,
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "Agent.nominate#1810",
            "verify if nominated pair answer again",
        )
        emit(
            step(1, 80),
            "INFO",
            ice,
            agc,
            "ConnectivityCheckClient.processSuccessResponse#661",
            "Nomination confirmed for pair: %s.",
            pair,
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            stc,
            "CheckList.handleNominationConfirmed#1108",
            "Selected pair for stream %s: %s",
            f"stream-{ep}.RTP",
            pair,
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "Agent.checkListStatesUpdated#1890",
            "CheckList of stream %s is COMPLETED",
            f"stream-{ep}",
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "Agent.setState#923",
            "ICE state changed from %s to %s.",
            "Running",
            "Completed",
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            icec,
            "IceTransport.iceStateChanged#325",
            "ICE state changed old=%s new=%s",
            "Running",
            "Completed",
        )
        emit(
            step(0, 2),
            "INFO",
            ice,
            agc,
            "Agent.logCandTypes#1979",
            "Harvester used for selected pair for %s: %s",
            f"stream-{ep}.RTP",
            "srflx" if nat else "host",
        )
        emit(
            step(0, 3),
            "INFO",
            ice,
            epc,
            "Endpoint$setupIceTransport$2.connected#349",
            "ICE connected",
        )
        emit(
            step(0, 5),
            "INFO",
            io,
            epc,
            "DtlsTransport.startDtlsHandshake#113",
            "Starting DTLS handshake, role=%s",
            f"org.jitsi.nlj.dtls.DtlsServer@{hexid(r, 7)}",
        )
        emit(
            step(20, 400),
            "INFO",
            io,
            epc,
            "TlsServerImpl.notifyClientVersion#206",
            "Negotiated DTLS version %s",
            "DTLS 1.2",
        )
        emit(
            step(5, 120),
            "INFO",
            io,
            epc,
            "Endpoint$setupDtlsTransport$3.handshakeComplete#376",
            "DTLS handshake complete",
        )
        ws = r.random() < 0.3
        if not ws:
            emit(
                step(30, 400),
                "INFO",
                io,
                epc,
                "Endpoint$createSctpConnection$1.onReady#1149",
                "SCTP connection is ready, creating the Data channel stack",
            )
            emit(
                step(10, 300),
                "INFO",
                io,
                epc,
                "Endpoint$createSctpConnection$1$onReady$1.invoke#1159",
                "Remote side opened a data channel.",
            )
        # TCC feedback the bridge no longer has the details of
        tt = t + timedelta(seconds=r.uniform(30, 600))
        while tt < leave and r.random() < 0.5:
            a = r.randrange(1000, 60000)
            b = a + r.randrange(0, 600)
            rng = f"{a}-{b}" if b > a else str(a)
            emit(
                tt,
                "WARNING",
                r.randrange(100, 130),
                epc,
                "TransportCcEngine.tccReceived#150",
                "TCC packet contained received sequence numbers: %s. Couldn't find packet detail for the seq nums: %s. Latest seqNum was %d, size is %d. Latest RTT is %s ms.",
                rng,
                rng,
                b + r.randrange(1000, 6000),
                1000,
                f"{r.uniform(8, 4500):.6f}",
            )
            tt += timedelta(seconds=r.uniform(5, 400))
        if ws and r.random() < 0.3 and leave - t > timedelta(seconds=330):
            emit(
                t + timedelta(seconds=r.uniform(310, 330)),
                "WARNING",
                r.randrange(2000, 2600),
                epc,
                "ColibriWebSocket.onWebSocketError#109",
                "Websocket error",
                cont=JVB_WS_STACK,
            )
        t = leave
        emit(
            t,
            "INFO",
            r.randrange(20, 27),
            epc,
            "Endpoint.expire#1058",
            "Spent %d seconds oversending",
            r.choices([0, r.randrange(1, 30), r.randrange(30, 400)], [70, 20, 10])[0],
        )
        emit(
            step(0, 4),
            "INFO",
            r.randrange(20, 27),
            agc,
            "Agent.setState#923",
            "ICE state changed from %s to %s.",
            "Completed",
            "Terminated",
        )
        emit(
            step(0, 3),
            "INFO",
            r.randrange(20, 27),
            icec,
            "IceTransport.iceStateChanged#325",
            "ICE state changed old=%s new=%s",
            "Completed",
            "Terminated",
        )

    tc = start + timedelta(seconds=r.uniform(20, 120))
    while tc < end - timedelta(minutes=20):
        conference(tc)
        tc += timedelta(seconds=r.expovariate(1 / 480))
    return [recs.into(Log("jvb.log", start))]


# --------------------------------------------------------------------------------- phoenix

PHX_PRODUCTS = [
    "red-sneakers",
    "merino-hoodie",
    "canvas-tote",
    "trail-runner-2",
    "wool-socks-3pack",
    "rain-jacket",
    "linen-shirt",
    "leather-belt",
    "sun-hat",
    "yoga-mat",
    "espresso-cups",
    "desk-lamp",
]
PHX_SCANS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/phpmyadmin/index.php",
    "/.git/config",
    "/wp-admin/setup-config.php",
    "/admin/.env",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/cgi-bin/luci/;stok=/locale",
    "/actuator/env",
]
PHX_STACK_TAIL = [
    "    (my_app 0.1.0) lib/my_app_web/endpoint.ex:1: MyAppWeb.Endpoint.plug_builder_call/2",
    "    (my_app 0.1.0) deps/plug/lib/plug/error_handler.ex:80: MyAppWeb.Endpoint.call/2",
    "    (bandit 1.4.2) lib/bandit/pipeline.ex:124: Bandit.Pipeline.call_plug!/2",
    "    (bandit 1.4.2) lib/bandit/pipeline.ex:36: Bandit.Pipeline.run/4",
    "    (bandit 1.4.2) lib/bandit/http1/handler.ex:12: Bandit.HTTP1.Handler.handle_data/3",
    "    (bandit 1.4.2) lib/bandit/delegating_handler.ex:18: Bandit.DelegatingHandler.handle_data/3",
    "    (thousand_island 1.3.5) lib/thousand_island/handler.ex:411: Bandit.DelegatingHandler.handle_continue/2",
    "    (stdlib 5.2.3) gen_server.erl:1085: :gen_server.try_handle_continue/3",
]
PHX_POOL_MSG = [
    "",
    "  1. Ensuring your database is available and that you can connect to it",
    "  2. Tracking down slow queries and making sure they are running fast enough",
    "  3. Increasing the pool_size (although this increases resource consumption)",
    "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval",
    "",
    "See DBConnection.start_link/2 for more information",
    "",
]


def phoenix(r: random.Random) -> list[Log]:
    """An Elixir Phoenix 1.7 shop in production at debug over an hour: API and browser
    requests (the request line, the router's `Processing with` record, Ecto queries with their
    SQL, the response line), orders placed in transactions, LiveView pages mounted over the web
    socket and their events, scanners hitting routes that do not exist, products and users not
    found (Bandit 1.4 logs each raised exception with its stack), a database failover (pool
    connections disconnected, reconnects refused, requests dropped from the queue, queries in
    error), a price sync GenServer crashing twice, a webhook warning and a restart."""
    log = Log("my_app.log", datetime(2024, 6, 4, 6, 0, 1, tzinfo=UTC))
    clock = [datetime(2024, 6, 4, 6, 0, 1, 204000, tzinfo=UTC)]
    user_ids = [r.randrange(1, 9000) for _ in range(40)]
    order_no = [10231]
    db_down = [None, None]  # window of the failover

    def adv(lo: float, hi: float) -> datetime:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))
        return clock[0]

    def emit(
        level: str,
        fmt: str,
        *vals,
        rid: str | None = None,
        cont: list[str] | None = None,
        lo: float = 0.0,
        hi: float = 0.002,
        tid: str | None = None,
    ) -> None:
        t = adv(lo, hi)
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        meta = f"request_id={rid} " if rid else ""
        log.add(f"{t:%H:%M:%S}.{ms(t):03d} {meta}[{level}] {first}", tid or label(fmt))
        for line in more + (cont or []):
            log.add(line, None)

    def rid() -> str:
        return "F9" + b64id(r, 18)

    def dur() -> str:
        us = int(r.lognormvariate(7.5, 1.0))
        return f"{us}µs" if us < 1000 else f"{us // 1000}ms"

    def ecto(
        source: str | None,
        sql: str,
        params: str,
        rq: str | None,
        ok: bool = True,
        queue: float | None = None,
    ) -> None:
        parts = ["QUERY OK" if ok else "QUERY ERROR"]
        vals: list[object] = []
        if source:
            parts.append(" source=%s")
            vals.append(f'"{source}"')
        parts.append(" db=%sms")
        vals.append(f"{r.lognormvariate(0.2, 0.8):.1f}" if ok else "0.0")
        if ok and r.random() < 0.25:
            parts.append(" decode=%sms")
            vals.append(f"{r.uniform(0.1, 2.5):.1f}")
        if queue is not None or r.random() < 0.35:
            parts.append(" queue=%sms")
            vals.append(f"{queue if queue is not None else r.uniform(0.1, 3):.1f}")
        parts.append(" idle=%sms")
        vals.append(f"{r.uniform(0.5, 1900):.1f}")
        fmt = "".join(parts) + "\n%s %s"
        # one statement: the fields Ecto prints only when set or non-zero are optional parts
        whole = (
            "QUERY OK" if ok else "QUERY ERROR"
        ) + "[ source=%s] db=%sms[ decode=%sms][ queue=%sms] idle=%sms\n%s %s"
        emit("debug", fmt, *vals, sql, params, rid=rq, lo=0.0005, hi=0.004, tid=label(whole))

    def token_param() -> str:
        return "[<<" + ", ".join(str(r.randrange(256)) for _ in range(32)) + ">>]"

    def request(
        method: str,
        path: str,
        plug: str,
        params: str,
        pipes: str,
        queries: list[tuple[str | None, str, str]],
        status: int = 200,
        after=None,
    ) -> str:
        rq = rid()
        emit("info", "%s %s", method, path, rid=rq, lo=0.2, hi=9)
        emit(
            "debug",
            "Processing with %s\n  Parameters: %s\n  Pipelines: %s",
            plug,
            params,
            pipes,
            rid=rq,
        )
        failing = db_down[0] is not None and db_down[0] <= clock[0] < db_down[1]
        for src, sql, prm in queries:
            if failing and r.random() < 0.6:
                wait = r.randrange(2000, 3100)
                ecto(src, sql, prm, rq, ok=False, queue=float(wait) + r.random())
                emit(
                    "error",
                    "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:",
                    wait,
                    rid=rq,
                    cont=[
                        *PHX_POOL_MSG,
                        "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
                        "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
                        "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
                        "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
                        f"    (my_app 0.1.0) {plug_file(plug)}: {plug.split('.Elixir.')[0]}/2",
                        *PHX_STACK_TAIL,
                    ],
                    lo=0.001,
                    hi=0.01,
                )
                return rq
            ecto(src, sql, prm, rq)
        if after:
            after(rq)
        conn_type = "Chunked" if status == 200 and path.endswith("/export.csv") else "Sent"
        emit("info", conn_type + " %d in %s", status, dur(), rid=rq, lo=0.0005, hi=0.01)
        return rq

    def plug_file(plug: str) -> str:
        name = (
            plug.split(".Elixir.")[0].split(".")[-2]
            if ".Elixir." not in plug
            else plug.split(".Elixir.")[0].split(".")[-1]
        )
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        return f"lib/my_app_web/controllers/{snake}.ex:{r.randrange(12, 90)}"

    def product_index() -> None:
        page = r.randrange(1, 8)
        request(
            "GET",
            f"/api/products?page={page}",
            "MyAppWeb.ProductController.index/2",
            f'%{{"page" => "{page}"}}',
            "[:api]",
            [
                (
                    "products",
                    'SELECT count(*) FROM "products" AS p0 WHERE (p0."published" = TRUE)',
                    "[]",
                ),
                (
                    "products",
                    'SELECT p0."id", p0."slug", p0."name", p0."price", p0."currency", p0."stock", p0."published", p0."inserted_at", p0."updated_at" FROM "products" AS p0 WHERE (p0."published" = TRUE) ORDER BY p0."inserted_at" DESC LIMIT $1 OFFSET $2',
                    f"[24, {(page - 1) * 24}]",
                ),
            ],
        )

    def product_show() -> None:
        pid = r.randrange(1, 480)
        missing = r.random() < 0.04
        if missing:
            pid = r.randrange(900, 99999)
        rq = request(
            "GET",
            f"/api/products/{pid}",
            "MyAppWeb.ProductController.show/2",
            f'%{{"id" => "{pid}"}}',
            "[:api]",
            [
                (
                    "products",
                    'SELECT p0."id", p0."slug", p0."name", p0."price", p0."currency", p0."stock", p0."published", p0."inserted_at", p0."updated_at" FROM "products" AS p0 WHERE (p0."id" = $1)',
                    f"[{pid}]",
                )
            ],
            status=404 if missing else 200,
        )
        if missing:
            not_found(
                rq,
                "Ecto.NoResultsError",
                ["from p0 in MyApp.Catalog.Product,", f"  where: p0.id == ^{pid}"],
                "lib/my_app/catalog.ex:41: MyApp.Catalog.get_product!/1",
                "lib/my_app_web/controllers/product_controller.ex:19: MyAppWeb.ProductController.show/2",
            )

    def not_found(rq: str, exc: str, query: list[str], ctx_frame: str, ctrl_frame: str) -> None:
        emit(
            "debug",
            "Converted %s %s to %d response",
            "error",
            exc,
            404,
            rid=rq,
            lo=0.0002,
            hi=0.002,
        )
        emit(
            "error",
            "** (Ecto.NoResultsError) expected at least one result but got none in query:\n\n%s",
            "\n".join(query) + "\n",
            rid=rq,
            cont=[
                "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3",
                f"    (my_app 0.1.0) {ctx_frame}",
                f"    (my_app 0.1.0) {ctrl_frame}",
                "    (my_app 0.1.0) lib/my_app_web/controllers/product_controller.ex:1: MyAppWeb.ProductController.action/2"
                if "Product" in ctrl_frame
                else "    (my_app 0.1.0) lib/my_app_web/controllers/user_controller.ex:1: MyAppWeb.UserController.action/2",
                "    (my_app 0.1.0) lib/my_app_web/controllers/product_controller.ex:1: MyAppWeb.ProductController.phoenix_controller_pipeline/2"
                if "Product" in ctrl_frame
                else "    (my_app 0.1.0) lib/my_app_web/controllers/user_controller.ex:1: MyAppWeb.UserController.phoenix_controller_pipeline/2",
                "    (phoenix 1.7.12) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5",
                *PHX_STACK_TAIL,
            ],
            lo=0.0005,
            hi=0.003,
        )

    def user_show() -> None:
        uid = r.choice(user_ids)
        missing = r.random() < 0.05
        if missing:
            uid = r.randrange(9000, 99999)
        rq = request(
            "GET",
            f"/api/users/{uid}",
            "MyAppWeb.UserController.show/2",
            f'%{{"id" => "{uid}"}}',
            "[:api, :require_token]",
            [
                (
                    "api_tokens",
                    'SELECT a0."id", a0."user_id", a0."token_hash", a0."scopes", a0."last_used_at", a0."inserted_at" FROM "api_tokens" AS a0 WHERE (a0."token_hash" = $1)',
                    token_param(),
                ),
                (
                    "users",
                    'SELECT u0."id", u0."email", u0."name", u0."confirmed_at", u0."inserted_at", u0."updated_at" FROM "users" AS u0 WHERE (u0."id" = $1)',
                    f"[{uid}]",
                ),
            ],
            status=404 if missing else 200,
        )
        if missing:
            not_found(
                rq,
                "Ecto.NoResultsError",
                ["from u0 in MyApp.Accounts.User,", f"  where: u0.id == ^{uid}"],
                "lib/my_app/accounts.ex:58: MyApp.Accounts.get_user!/1",
                "lib/my_app_web/controllers/user_controller.ex:14: MyAppWeb.UserController.show/2",
            )

    def order_create() -> None:
        uid = r.choice(user_ids)
        n = r.randrange(1, 6)
        items = ", ".join(
            f'%{{"product_id" => {r.randrange(1, 480)}, "quantity" => {r.randrange(1, 4)}}}'
            for _ in range(n)
        )
        total = f"{r.uniform(9, 400):.2f}"

        def after(rq: str) -> None:
            emit(
                "info",
                "Order %d placed by user %d (%d items, total %s EUR)",
                order_no[0],
                uid,
                n,
                total,
                rid=rq,
                lo=0.0005,
                hi=0.003,
            )
            order_no[0] += r.randrange(1, 3)

        request(
            "POST",
            "/api/orders",
            "MyAppWeb.OrderController.create/2",
            f'%{{"order" => %{{"items" => [{items}], "payment_method" => "[FILTERED]", "shipping_address_id" => "{r.randrange(1000, 30000)}"}}}}',
            "[:api, :require_token]",
            [
                (
                    "api_tokens",
                    'SELECT a0."id", a0."user_id", a0."token_hash", a0."scopes", a0."last_used_at", a0."inserted_at" FROM "api_tokens" AS a0 WHERE (a0."token_hash" = $1)',
                    token_param(),
                ),
                (None, "begin", "[]"),
                (
                    "orders",
                    'INSERT INTO "orders" ("status","user_id","total","currency","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id"',
                    f'["pending", {uid}, Decimal.new("{total}"), "EUR", ~U[{clock[0]:%Y-%m-%d %H:%M:%S}Z], ~U[{clock[0]:%Y-%m-%d %H:%M:%S}Z]]',
                ),
                (
                    "order_items",
                    'INSERT INTO "order_items" ("order_id","product_id","quantity","unit_price","inserted_at","updated_at") VALUES '
                    + ",".join(
                        f"(${6 * k + 1},${6 * k + 2},${6 * k + 3},${6 * k + 4},${6 * k + 5},${6 * k + 6})"
                        for k in range(n)
                    ),
                    f"[{order_no[0]}, {r.randrange(1, 480)}, 1, ...]",
                ),
                (None, "commit", "[]"),
            ],
            status=201,
            after=after,
        )

    def export() -> None:
        request(
            "GET",
            "/admin/orders/export.csv",
            "MyAppWeb.Admin.OrderExportController.index/2",
            f'%{{"from" => "2024-0{r.randrange(4, 6)}-01"}}',
            "[:browser, :require_authenticated_user, :require_admin]",
            [
                (
                    "users_tokens",
                    'SELECT u1."id", u1."email", u1."name", u1."role", u1."confirmed_at", u1."inserted_at", u1."updated_at" FROM "users_tokens" AS u0 INNER JOIN "users" AS u1 ON u1."id" = u0."user_id" WHERE ((u0."token" = $1) AND (u0."context" = $2)) AND (u0."inserted_at" > $3::timestamp + (-(60)::numeric * interval \'1 day\'))',
                    token_param()[:-1] + ', "session", ~U[2024-06-04 06:00:00Z]]',
                ),
                (
                    "orders",
                    'SELECT o0."id", o0."status", o0."user_id", o0."total", o0."currency", o0."inserted_at" FROM "orders" AS o0 WHERE (o0."inserted_at" >= $1) ORDER BY o0."id"',
                    "[~N[2024-05-01 00:00:00]]",
                ),
            ],
        )

    def live_page() -> None:
        view, path, params, events = r.choice(
            [
                (
                    "MyAppWeb.ProductLive.Show",
                    None,
                    None,
                    [("add_to_cart", '%{"quantity" => "1"}'), ("select_size", '%{"size" => "M"}')],
                ),
                (
                    "MyAppWeb.CartLive.Index",
                    "/cart",
                    "%{}",
                    [
                        ("update_quantity", '%{"item" => "%d", "quantity" => "2"}'),
                        ("remove_item", '%{"item" => "%d"}'),
                        ("checkout", "%{}"),
                    ],
                ),
                (
                    "MyAppWeb.OrderLive.Index",
                    "/account/orders",
                    "%{}",
                    [("filter", '%{"status" => "shipped"}'), ("load_more", "%{}")],
                ),
            ]
        )
        if path is None:
            slug = r.choice(PHX_PRODUCTS)
            path = f"/products/{slug}"
            params = f'%{{"slug" => "{slug}"}}'
        csrf = b64id(r, 56)
        session = f'%{{"_csrf_token" => "{b64id(r, 24)}", "user_token" => "[FILTERED]"}}'
        rq = rid()
        emit("info", "%s %s", "GET", path, rid=rq, lo=0.2, hi=9)
        emit(
            "debug",
            "Processing with %s\n  Parameters: %s\n  Pipelines: %s",
            f"{view}.Elixir.{view}/2",
            params,
            "[:browser]",
            rid=rq,
        )
        emit("debug", "MOUNT %s\n  Parameters: %s\n  Session: %s", view, params, session, rid=rq)
        if "Product" in view:
            ecto(
                "products",
                'SELECT p0."id", p0."slug", p0."name", p0."price", p0."currency", p0."stock", p0."published", p0."inserted_at", p0."updated_at" FROM "products" AS p0 WHERE (p0."slug" = $1)',
                f'["{path.rsplit("/", 1)[1]}"]',
                rq,
            )
        else:
            ecto(
                "carts" if "Cart" in view else "orders",
                'SELECT c0."id", c0."user_id", c0."inserted_at", c0."updated_at" FROM "carts" AS c0 WHERE (c0."user_id" = $1)'
                if "Cart" in view
                else 'SELECT o0."id", o0."status", o0."total", o0."currency", o0."inserted_at" FROM "orders" AS o0 WHERE (o0."user_id" = $1) ORDER BY o0."inserted_at" DESC LIMIT $2',
                f"[{r.choice(user_ids)}]" if "Cart" in view else f"[{r.choice(user_ids)}, 20]",
                rq,
            )
        emit("debug", "Replied in %s", dur(), rid=rq)
        emit("info", "Sent %d in %s", 200, dur(), rid=rq, lo=0.0005, hi=0.01)
        if r.random() < 0.85:
            emit(
                "info",
                "CONNECTED TO %s in %s\n  Transport: %s\n  Serializer: %s\n  Parameters: %s",
                "Phoenix.LiveView.Socket",
                dur(),
                ":websocket",
                "Phoenix.Socket.V2.JSONSerializer",
                f'%{{"_csrf_token" => "{csrf}", "_live_referer" => "undefined", "_mount_attempts" => "0", "_mounts" => "0", "_track_static" => %{{"0" => "https://shop.example.com/assets/app-{hexid(r, 32)}.css?vsn=d", "1" => "https://shop.example.com/assets/app-{hexid(r, 32)}.js?vsn=d"}}, "vsn" => "2.0.0"}}',
                lo=0.05,
                hi=0.8,
            )
            emit(
                "debug",
                "MOUNT %s\n  Parameters: %s\n  Session: %s",
                view,
                params,
                session,
                lo=0.001,
                hi=0.01,
            )
            emit("debug", "Replied in %s", dur())
            for _ in range(r.choices([0, 1, 2, 4], [3, 4, 2, 1])[0]):
                ev, prm = r.choice(events)
                prm = prm.replace("%d", str(r.randrange(100, 9999)))
                if ev in ("select_size", "update_quantity") and r.random() < 0.5:
                    comp = f"{view.rsplit('.', 1)[0]}.ItemComponent"
                    emit(
                        "debug",
                        "HANDLE EVENT %s in %s\n  Component: %s\n  Parameters: %s",
                        f'"{ev}"',
                        view,
                        comp,
                        prm,
                        lo=0.5,
                        hi=30,
                    )
                else:
                    emit(
                        "debug",
                        "HANDLE EVENT %s in %s\n  Parameters: %s",
                        f'"{ev}"',
                        view,
                        prm,
                        lo=0.5,
                        hi=30,
                    )
                if ev in ("add_to_cart", "update_quantity", "remove_item", "load_more", "filter"):
                    ecto(
                        "cart_items" if ev != "load_more" and ev != "filter" else "orders",
                        'UPDATE "cart_items" SET "quantity" = $1, "updated_at" = $2 WHERE "id" = $3'
                        if ev != "load_more" and ev != "filter"
                        else 'SELECT o0."id", o0."status", o0."total", o0."currency", o0."inserted_at" FROM "orders" AS o0 WHERE (o0."user_id" = $1) AND (o0."status" = $2) ORDER BY o0."inserted_at" DESC LIMIT $3',
                        f"[2, ~N[{clock[0]:%Y-%m-%d %H:%M:%S}], {r.randrange(100, 9999)}]"
                        if ev not in ("load_more", "filter")
                        else f'[{r.choice(user_ids)}, "shipped", 20]',
                        None,
                    )
                emit("debug", "Replied in %s", dur())

    def scanner() -> None:
        path = r.choice(PHX_SCANS)
        method = "POST" if path.endswith("xmlrpc.php") or "eval-stdin" in path else "GET"
        rq = rid()
        emit("info", "%s %s", method, path, rid=rq, lo=0.2, hi=9)
        emit("info", "Sent %d in %s", 404, dur(), rid=rq, lo=0.0002, hi=0.002)
        emit(
            "debug",
            "Converted %s %s to %d response",
            "error",
            "Phoenix.Router.NoRouteError",
            404,
            rid=rq,
            lo=0.0002,
            hi=0.002,
        )
        emit(
            "error",
            "** (Phoenix.Router.NoRouteError) no route found for %s %s (%s)",
            method,
            path,
            "MyAppWeb.Router",
            rid=rq,
            cont=[
                "    (my_app 0.1.0) deps/phoenix/lib/phoenix/router.ex:541: MyAppWeb.Router.call/2",
                *PHX_STACK_TAIL,
            ],
            lo=0.0002,
            hi=0.002,
        )

    def login() -> None:
        ok = r.random() < 0.8
        request(
            "POST",
            "/users/log_in",
            "MyAppWeb.UserSessionController.create/2",
            f'%{{"_csrf_token" => "{b64id(r, 56)}", "user" => %{{"email" => "{r.choice(["anna", "ben", "cleo", "dario", "eva"])}{r.randrange(1, 99)}@example.net", "password" => "[FILTERED]", "remember_me" => "true"}}}}',
            "[:browser, :redirect_if_user_is_authenticated]",
            [
                (
                    "users",
                    'SELECT u0."id", u0."email", u0."name", u0."hashed_password", u0."role", u0."confirmed_at", u0."inserted_at", u0."updated_at" FROM "users" AS u0 WHERE (u0."email" = $1)',
                    '["[FILTERED]"]',
                )
            ]
            + (
                [
                    (
                        "users_tokens",
                        'INSERT INTO "users_tokens" ("context","token","user_id","inserted_at") VALUES ($1,$2,$3,$4) RETURNING "id"',
                        f'["session", {token_param()[1:-1]}, {r.choice(user_ids)}, ~U[{clock[0]:%Y-%m-%d %H:%M:%S}Z]]',
                    )
                ]
                if ok
                else []
            ),
            status=302 if ok else 200,
        )

    def webhook() -> None:
        rq = rid()
        emit("info", "%s %s", "POST", "/webhooks/stripe", rid=rq, lo=0.2, hi=9)
        emit(
            "debug",
            "Processing with %s\n  Parameters: %s\n  Pipelines: %s",
            "MyAppWeb.StripeWebhookController.create/2",
            '%{"data" => "[FILTERED]", "id" => "evt_'
            + alnum(r, 24)
            + '", "type" => "payment_intent.succeeded"}',
            "[:webhook]",
            rid=rq,
        )
        if r.random() < 0.2:
            emit(
                "warning",
                "Stripe webhook signature mismatch, ignoring event %s",
                f"evt_{alnum(r, 24)}",
                rid=rq,
                lo=0.0005,
                hi=0.003,
            )
            emit("info", "Sent %d in %s", 400, dur(), rid=rq, lo=0.0005, hi=0.01)
            return
        oid = r.randrange(9000, order_no[0])
        ecto(
            "orders",
            'UPDATE "orders" SET "status" = $1, "updated_at" = $2 WHERE "id" = $3',
            f'["paid", ~U[{clock[0]:%Y-%m-%d %H:%M:%S}Z], {oid}]',
            rq,
        )
        emit("info", "Payment confirmed for order %d", oid, rid=rq, lo=0.0005, hi=0.003)
        emit("info", "Sent %d in %s", 200, dur(), rid=rq, lo=0.0005, hi=0.01)

    def crash(kind: int) -> None:
        if kind == 0:
            emit(
                "error",
                "GenServer %s terminating\n** (RuntimeError) price feed returned HTTP %d\n%s\nLast message: %s\nState: %s",
                "MyApp.Pricing.Sync",
                r.choice([502, 503]),
                "\n".join(
                    [
                        "    (my_app 0.1.0) lib/my_app/pricing/sync.ex:63: MyApp.Pricing.Sync.fetch_rates!/1",
                        "    (my_app 0.1.0) lib/my_app/pricing/sync.ex:38: MyApp.Pricing.Sync.handle_info/2",
                        "    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3",
                        "    (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6",
                        "    (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3",
                    ]
                ),
                ":sync",
                f'%{{attempts: {r.randrange(1, 4)}, base_currency: "EUR", last_sync: ~U[{clock[0] - timedelta(minutes=r.randrange(5, 16)):%Y-%m-%d %H:%M:%S}.{r.randrange(100000, 999999)}Z], url: "https://rates.example.net/v2/latest"}}',
                lo=1,
                hi=30,
            )
        else:
            sku = f"SKU-{r.randrange(10000, 99999)}"
            emit(
                "error",
                "GenServer %s terminating\n** (FunctionClauseError) no function clause matching in %s/%d\n%s\nLast message: %s\nState: %s",
                "MyApp.Inventory.Sync",
                "MyApp.Inventory.Sync.apply_change",
                2,
                "\n".join(
                    [
                        "",
                        "    The following arguments were given to MyApp.Inventory.Sync.apply_change/2:",
                        "",
                        "        # 1",
                        f'        %{{"sku" => "{sku}", "delta" => nil, "warehouse" => "BER-2"}}',
                        "",
                        "        # 2",
                        "        %{pending: 0, processed: 18244}",
                        "",
                        "    Attempted function clauses (showing 2 out of 2):",
                        "",
                        '        defp apply_change(%{"sku" => sku, "delta" => delta}, state) when is_integer(delta)',
                        '        defp apply_change(%{"sku" => sku, "stock" => stock}, state) when is_integer(stock)',
                        "",
                        "    (my_app 0.1.0) lib/my_app/inventory/sync.ex:88: MyApp.Inventory.Sync.apply_change/2",
                        '    (elixir 1.16.2) lib/enum.ex:2528: Enum."-reduce/3-lists^foldl/2-0-"/3',
                        "    (my_app 0.1.0) lib/my_app/inventory/sync.ex:52: MyApp.Inventory.Sync.handle_info/2",
                        "    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3",
                        "    (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6",
                        "    (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3",
                    ]
                ),
                f'{{:batch, [%{{"sku" => "{sku}", "delta" => nil, "warehouse" => "BER-2"}}]}}',
                "%{pending: 0, processed: 18244}",
                lo=1,
                hi=30,
            )

    pids = [f"#PID<0.{r.randrange(2300, 2500)}.0>" for _ in range(10)]

    def db_failover() -> None:
        for p in pids:
            emit(
                "error",
                "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): %s",
                "Postgrex.Protocol",
                p,
                "closed",
                lo=0,
                hi=0.004,
            )
        db_down[0] = clock[0]
        db_down[1] = clock[0] + timedelta(seconds=r.uniform(50, 80))

    def refused() -> None:
        emit(
            "error",
            "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): %s - %s",
            "Postgrex.Protocol",
            r.choice(pids),
            "db-primary.internal:5432",
            "connection refused",
            ":econnrefused",
            lo=0.3,
            hi=3,
        )

    def startup() -> None:
        emit("info", "Migrations already up", lo=0.5, hi=1.5)
        emit(
            "info",
            "Running %s with %s %s at %s (%s)",
            "MyAppWeb.Endpoint",
            "Bandit",
            "1.4.2",
            ":::4000",
            "http",
            lo=0.2,
            hi=0.5,
        )
        emit(
            "info",
            "Access %s at %s",
            "MyAppWeb.Endpoint",
            "https://shop.example.com",
            lo=0,
            hi=0.01,
        )

    startup()
    end = datetime(2024, 6, 4, 7, 3, tzinfo=UTC)
    done: set[str] = set()
    while clock[0] < end:
        t = clock[0]
        if "crash1" not in done and t > datetime(2024, 6, 4, 6, 21, tzinfo=UTC):
            done.add("crash1")
            crash(0)
        if "db" not in done and t > datetime(2024, 6, 4, 6, 34, tzinfo=UTC):
            done.add("db")
            db_failover()
        if db_down[0] is not None and db_down[0] <= t < db_down[1] and r.random() < 0.4:
            refused()
        if "crash2" not in done and t > datetime(2024, 6, 4, 6, 55, tzinfo=UTC):
            done.add("crash2")
            crash(1)
        if "crash3" not in done and t > datetime(2024, 6, 4, 7, 0, tzinfo=UTC):
            done.add("crash3")
            crash(0)
        if "restart" not in done and t > datetime(2024, 6, 4, 6, 49, tzinfo=UTC):
            done.add("restart")
            emit("notice", "SIGTERM received - shutting down", lo=1, hi=20)
            adv(8, 20)
            startup()
        pick(
            r,
            [
                (18, product_index),
                (22, product_show),
                (10, user_show),
                (5, order_create),
                (12, live_page),
                (4, scanner),
                (3, login),
                (2, webhook),
                (0.3, export),
            ],
        )
    return [log]


# --------------------------------------------------------------------------------- pihole

# FTL v5's config file parsing: one statement per setting and branch (label, values)
FTL_CONFIG = [
    ("   SOCKET_LISTENING: only local", []),
    ("   AAAA_QUERY_ANALYSIS: Show AAAA queries", []),
    ("   MAXDBDAYS: max age for stored queries is %i days", [365]),
    ("   RESOLVE_IPV6: Resolve IPv6 addresses", []),
    ("   RESOLVE_IPV4: Resolve IPv4 addresses", []),
    ("   DBINTERVAL: saving to DB file every minute", []),
    ("   DBFILE: Using %s", ["/etc/pihole/pihole-FTL.db"]),
    ("   MAXLOGAGE: Importing up to %.1f hours of log data", [24.0]),
    ("   PRIVACYLEVEL: Set to %i", [0]),
    ("   IGNORE_LOCALHOST: Show queries from localhost", []),
    ("   BLOCKINGMODE: Null IPs for blocked domains", []),
    ("   ANALYZE_ONLY_A_AND_AAAA: Disabled. Analyzing all queries", []),
    ("   DBIMPORT: Importing history from database", []),
    ("   PIDFILE: Using %s", ["/run/pihole-FTL.pid"]),
    ("   PORTFILE: Using %s", ["/run/pihole-FTL.port"]),
    ("   SOCKETFILE: Using %s", ["/run/pihole/FTL.sock"]),
    ("   SETUPVARSFILE: Using %s", ["/etc/pihole/setupVars.conf"]),
    ("   MACVENDORDB: Using %s", ["/etc/pihole/macvendor.db"]),
    ("   GRAVITYDB: Using %s", ["/etc/pihole/gravity.db"]),
    ("   PARSE_ARPCACHE: Active", []),
    ("   CNAME_DEEP_INSPECT: Active", []),
    ("   DELAY_STARTUP: No delay on startup", []),
    ("   BLOCK_ESNI: Enabled, blocking _esni.{blocked domain}", []),
    ("   NICE: Set process niceness to %d (default)", [-10]),
    ("   MAXNETAGE: Removing IP addresses and host names from network table after %i days", [365]),
    ("   NAMES_FROM_NETDB: Enabled, trying to get names from network database", []),
    ("   EDNS0_ECS: Overwrite client from ECS information", []),
    ("   REFRESH_HOSTNAMES: Periodically refreshing IPv4 names", []),
    ("   RATE_LIMIT: Rate-limiting client making more than %u queries in %u seconds", [1000, 60]),
    ("   LOCAL_IPV4: Automatic interface-dependent detection of address", []),
    ("   BLOCK_IPV4: Automatic interface-dependent detection of address", []),
    ("   SHOW_DNSSEC: Enabled, showing automatically generated DNSSEC queries", []),
    ("   PIHOLE_PTR: internal PTR generation enabled (%s)", ["pi.hole"]),
]
FTL_CLIENTS = [
    "192.168.1.23",
    "192.168.1.31",
    "192.168.1.40",
    "192.168.1.41",
    "192.168.1.57",
    "192.168.1.64",
    "192.168.1.80",
    "192.168.1.112",
    "192.168.1.7",
    "fd00::3c1a:9f2e:71b4:20d1",
]
# shared memory objects: name, object size, allocation step (objects)
FTL_SHM = [
    ("FTL-queries", 56, 4096),
    ("FTL-domains", 24, 1024),
    ("FTL-clients", 696, 64),
    ("FTL-dns-cache", 16, 1024),
    ("FTL-strings", 0, 0),
]


def pihole(r: random.Random) -> list[Log]:
    """A Pi-hole on a Raspberry Pi over three weeks, FTL v5.25: restarts (updates, power losses,
    the service restarted by hand) each with the banner, the config file parsing and the
    long-term database import with its counters; shared memory resized as the day's queries grow
    (and remapped by the TCP workers forked for queries over TCP), gravity updated on Sundays and
    the lists reloaded on real-time signals, the DNS cache reloaded after settings changed, the
    dnsmasq core's warnings when the upstream is slow, a television rate-limited, load warnings
    during backups, the database locked by a backup and the database size notice."""
    recs = Records()
    start = datetime(2024, 5, 14, 0, 0, 3, 14000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 9, 0, tzinfo=UTC)
    pid = [612]
    up = [start - timedelta(days=2, hours=5, minutes=13)]
    sizes = {
        "FTL-queries": 10 * 4096 * 56,
        "FTL-domains": 5 * 1024 * 24,
        "FTL-clients": 64 * 696,
        "FTL-dns-cache": 2 * 1024 * 16,
        "FTL-strings": 4096 * 61,
    }
    fresh = [start - timedelta(days=2)]  # the last start: the query table fills in the day after it

    def emit(t: datetime, who: str, fmt: str, *vals) -> None:
        text = fill(fmt, *vals)
        recs.add(t, [f"[{t:%Y-%m-%d %H:%M:%S}.{ms(t):03d} {who}] {text}"], label(fmt))

    def main() -> str:
        return f"{pid[0]}M"

    def thread(n: int) -> str:
        return f"{pid[0]}/T{pid[0] + n}"

    def df() -> str:
        used = r.uniform(2.0, 9.0)
        return (
            f"/dev/shm: {used:.1f}MB used, 487.1MB total, FTL uses {used - r.uniform(0, 0.3):.1f}MB"
        )

    def resize(t: datetime, name: str, size: int, step: int) -> datetime:
        cur = sizes[name]
        if name == "FTL-strings":
            a, b = 4096, cur // 4096 + 1
        else:
            a, b = cur // size + step, size
        new = a * b
        emit(
            t,
            main(),
            'Resizing "%s" from %zu to (%zu * %zu) == %zu (%s)',
            name,
            cur,
            a,
            b,
            new,
            df(),
        )
        sizes[name] = new
        # TCP workers forked before the resize remap it when they next touch the object
        for _ in range(r.choices([0, 1, 2], [5, 4, 1])[0]):
            fork = pid[0] + r.randrange(900, 40000)
            emit(
                t + timedelta(seconds=r.uniform(0.5, 900)),
                f"{fork}/F{pid[0]}",
                'Remapping "%s" from %zu to (%zu * %zu) == %zu',
                name,
                cur,
                a,
                b,
                new,
            )
        return t

    def started(t: datetime) -> datetime:
        pid[0] = r.randrange(480, 900)
        up[0] = t
        sizes.update(
            {
                "FTL-queries": 4096 * 56,
                "FTL-domains": 1024 * 24,
                "FTL-clients": 64 * 696,
                "FTL-dns-cache": 1024 * 16,
                "FTL-strings": 40960,
            }
        )
        fresh[0] = t

        def nxt(lo: float = 0.0, hi: float = 0.01) -> datetime:
            nonlocal t
            t += timedelta(seconds=r.uniform(lo, hi))
            return t

        emit(nxt(), main(), "Using log file %s", "/var/log/pihole/FTL.log")
        emit(nxt(), main(), "########## FTL started on %s! ##########", "pi.hole")
        emit(nxt(), main(), "FTL branch: %s", "master")
        emit(nxt(), main(), "FTL version: %s", "v5.25.2")
        emit(nxt(), main(), "FTL commit: %s", "1f6b5f4b")
        emit(nxt(), main(), "FTL date: %s", "2024-04-06 17:04:49 +0100")
        emit(nxt(), main(), "FTL user: %s", "pihole")
        emit(
            nxt(),
            main(),
            "Compiled for %s using %s",
            "armv8a (compiled on CI)",
            "aarch64-linux-gnu-gcc (Debian 10.2.1-6) 10.2.1 20210110",
        )
        emit(
            nxt(0.01, 0.05),
            main(),
            "Starting config file parsing (%s)",
            "/etc/pihole/pihole-FTL.conf",
        )
        for fmt, vals in FTL_CONFIG:
            emit(nxt(0, 0.002), main(), fmt, *vals)
        emit(nxt(0, 0.01), main(), "Finished config file parsing")
        emit(nxt(0.05, 0.4), main(), "Database version is %i", 13)
        for name, size, step in FTL_SHM:
            for _ in range(
                {
                    "FTL-queries": r.randrange(3, 9),
                    "FTL-domains": r.randrange(1, 4),
                    "FTL-clients": 0,
                    "FTL-dns-cache": 1,
                    "FTL-strings": r.randrange(4, 12),
                }[name]
            ):
                resize(nxt(0.01, 0.3), name, size or 1, step)
        q = r.randrange(18000, 46000)
        blocked = int(q * r.uniform(0.18, 0.34))
        cached = int((q - blocked) * r.uniform(0.3, 0.5))
        emit(nxt(1.5, 9), main(), "Imported %i queries from the long-term database", q)
        for fmt, v in [
            (" -> Total DNS queries: %i", q),
            (" -> Cached DNS queries: %i", cached),
            (" -> Forwarded DNS queries: %i", q - blocked - cached - 12),
            (" -> Blocked DNS queries: %i", blocked),
            (" -> Unknown DNS queries: %i", r.randrange(0, 40)),
            (" -> Unique domains: %i", r.randrange(2400, 5200)),
            (" -> Unique clients: %i", r.randrange(12, 21)),
            (" -> Known forward destinations: %i", 2),
        ]:
            emit(nxt(0, 0.001), main(), fmt, v)
        emit(nxt(0, 0.02), main(), "Successfully accessed setupVars.conf")
        emit(nxt(0.05, 0.3), main(), "PID of FTL process: %i", pid[0])
        emit(
            nxt(0, 0.01),
            thread(3),
            "Listening on port %i for incoming IPv4 telnet connections",
            4711,
        )
        emit(
            nxt(0, 0.01),
            thread(4),
            "Listening on port %i for incoming IPv6 telnet connections",
            4711,
        )
        emit(nxt(0, 0.01), thread(2), "Listening on Unix socket")
        emit(
            nxt(0.1, 1.5),
            main(),
            "Compiled %i whitelist and %i blacklist regex filters for %i clients in %.1f msec",
            2,
            11,
            r.randrange(12, 21),
            r.uniform(0.8, 4.5),
        )
        emit(nxt(0, 0.01), main(), "Blocking status is %s", "enabled")
        return t

    def stopped(t: datetime, how: str) -> datetime:
        if how == "power":
            return t
        who = {
            "update": '"/usr/local/bin/pihole" (PID %ld, user %s UID %ld)',
            "restart": '"/bin/systemctl stop pihole-FTL" (PID %ld, user %s UID %ld)',
        }[how]
        emit(t, main(), "Asked to terminate by " + who, r.randrange(20000, 32000), "root", 0)
        t += timedelta(seconds=r.uniform(0.001, 0.01))
        emit(t, main(), "Shutting down...")
        t += timedelta(seconds=r.uniform(0.2, 1.5))
        emit(t, main(), "Finished final database update")
        t += timedelta(seconds=r.uniform(0.01, 0.3))
        span = t - up[0]
        d, rem = divmod(int(span.total_seconds()), 86400)
        h, rem = divmod(rem, 3600)
        m, sec = divmod(rem, 60)
        text = (f" {d}d" if d else "") + (f" {h}h" if d or h else "") + f" {m}m {sec}s"
        emit(t, main(), "########## FTL terminated after%s (code %i)! ##########", text, 0)
        return t

    # restarts: (time, how the previous run ended)
    restarts = [
        (datetime(2024, 5, 15, 7, 58, 21, tzinfo=UTC), "update"),
        (datetime(2024, 5, 18, 23, 4, 50, tzinfo=UTC), "power"),
        (datetime(2024, 5, 22, 19, 41, 7, tzinfo=UTC), "restart"),
        (datetime(2024, 5, 24, 3, 12, 55, tzinfo=UTC), "power"),
        (datetime(2024, 5, 26, 10, 2, 31, tzinfo=UTC), "update"),
        (datetime(2024, 5, 28, 22, 17, 4, tzinfo=UTC), "restart"),
        (datetime(2024, 5, 30, 14, 45, 40, tzinfo=UTC), "power"),
        (datetime(2024, 6, 1, 8, 3, 12, tzinfo=UTC), "update"),
        (datetime(2024, 6, 3, 18, 26, 48, tzinfo=UTC), "restart"),
    ]
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    ri = 0
    while day < end:
        # the day's events, in time order within the day, a restart where it falls
        events: list[tuple[datetime, str]] = []
        for name, _, _ in FTL_SHM:
            n = {
                "FTL-queries": r.choice([1, 2, 3]),
                "FTL-domains": r.randrange(0, 3),
                "FTL-clients": r.choice([0, 0, 0, 0, 0, 1]),
                "FTL-dns-cache": r.choice([0, 0, 1]),
                "FTL-strings": r.randrange(2, 7),
            }[name]
            for _ in range(n):
                events.append(
                    (day + timedelta(seconds=r.uniform(6 * 3600, 86400)), "resize:" + name)
                )
        for _ in range(r.randrange(2, 12)):
            events.append((day + timedelta(seconds=r.uniform(16 * 3600, 23.5 * 3600)), "ratelimit"))
        for _ in range(r.choice([0, 0, 1, 2, 4])):
            events.append((day + timedelta(seconds=r.uniform(0, 86400)), "concurrent"))
        if r.random() < 0.3:
            events.append((day + timedelta(seconds=r.uniform(0, 86400)), "pktsize"))
        events.append((day + timedelta(hours=3, seconds=r.uniform(0, 300)), "backup"))
        if r.random() < 0.4:
            events.append((day + timedelta(seconds=r.uniform(8 * 3600, 23 * 3600)), "reload"))
        if r.random() < 0.25:
            events.append((day + timedelta(seconds=r.uniform(8 * 3600, 23 * 3600)), "rtsig"))
        events.append((day + timedelta(seconds=r.uniform(0, 86400)), "dbsize"))
        if day.weekday() == 6:
            events.append((day + timedelta(hours=3, minutes=r.randrange(10, 50)), "gravity"))
        for ev_t, ev in sorted(events):
            if ev_t >= end:
                break
            while ri < len(restarts) and restarts[ri][0] <= ev_t:
                t_r, how = restarts[ri]
                t_r = stopped(t_r, how)
                started(
                    t_r
                    + timedelta(seconds=r.uniform(2, 40) if how != "power" else r.uniform(40, 120))
                )
                ri += 1
            if (
                ev.startswith("resize:")
                and ev.endswith("FTL-queries")
                and ev_t - fresh[0] > timedelta(hours=20)
            ):
                continue
            if ev.startswith("resize:"):
                name = ev.split(":", 1)[1]
                size, step = next((s2, st) for n2, s2, st in FTL_SHM if n2 == name)
                resize(ev_t, name, size or 1, step)
            elif ev == "ratelimit":
                ip = r.choice(["192.168.1.57", "192.168.1.57", "192.168.1.64", "192.168.1.80"])
                secs = r.randrange(5, 60)
                emit(ev_t, main(), "Rate-limiting %s for at least %d seconds", ip, secs)
                emit(
                    ev_t + timedelta(seconds=secs + r.uniform(0, 10)),
                    main(),
                    "Ending rate-limitation of %s",
                    ip,
                )
            elif ev == "concurrent":
                for k in range(r.randrange(1, 6)):
                    emit(
                        ev_t + timedelta(seconds=k * r.uniform(0.2, 20)),
                        main(),
                        "WARNING in dnsmasq core: Maximum number of concurrent DNS queries reached (max: %d)",
                        150,
                    )
            elif ev == "pktsize":
                emit(
                    ev_t,
                    main(),
                    "WARNING in dnsmasq core: reducing DNS packet size for nameserver %s to %d",
                    r.choice(["192.168.1.1", "9.9.9.9", "149.112.112.112"]),
                    1280,
                )
            elif ev == "backup":
                if r.random() < 0.55:
                    tb = ev_t + timedelta(seconds=r.uniform(0, 50))
                    for k in range(r.randrange(1, 4)):
                        tb2 = tb + timedelta(minutes=k)
                        emit(
                            tb2,
                            thread(5),
                            'ERROR: SQL query "BEGIN TRANSACTION IMMEDIATE" failed: %s',
                            "database is locked",
                        )
                        emit(
                            tb2 + timedelta(milliseconds=r.randrange(1, 5)),
                            thread(5),
                            "WARNING: Storing queries in long-term database failed: %s",
                            "database is locked",
                        )
                    if r.random() < 0.3:
                        emit(
                            tb + timedelta(minutes=3, seconds=r.uniform(0, 5)),
                            thread(5),
                            'ERROR: SQL query "END TRANSACTION" failed: %s',
                            "database is locked",
                        )
                for k in range(r.choices([0, 1, 2, 3], [3, 3, 2, 1])[0]):
                    emit(
                        ev_t + timedelta(minutes=2 + 10 * k, seconds=r.uniform(0, 30)),
                        thread(6),
                        "WARNING: Long-term load (15min avg) larger than number of processors: %.1f > %d",
                        r.uniform(4.1, 7.9),
                        4,
                    )
            elif ev == "reload":
                emit(ev_t, main(), "Reloading DNS cache")
                emit(
                    ev_t + timedelta(milliseconds=r.randrange(20, 400)),
                    main(),
                    "Compiled %i whitelist and %i blacklist regex filters for %i clients in %.1f msec",
                    2,
                    11,
                    r.randrange(12, 21),
                    r.uniform(0.8, 4.5),
                )
                emit(
                    ev_t + timedelta(milliseconds=r.randrange(400, 600)),
                    main(),
                    "Blocking status is %s",
                    "enabled",
                )
            elif ev == "rtsig":
                sig = r.choice([3, 4, 5])
                emit(
                    ev_t,
                    main(),
                    "Received: %s (%d -> %d)",
                    f"Real-time signal {sig}",
                    34 + sig,
                    sig,
                )
            elif ev == "dbsize":
                emit(
                    ev_t,
                    thread(5),
                    "Notice: Database size is %.2f MB, deleted %i rows",
                    r.uniform(180, 260),
                    r.randrange(20000, 52000),
                )
            elif ev == "gravity":
                emit(ev_t, main(), "Received: %s (%d -> %d)", "Real-time signal 0", 34, 0)
                emit(
                    ev_t + timedelta(milliseconds=r.randrange(5, 40)),
                    thread(5),
                    "SQLite3 message: file renamed while open: %s (%d)",
                    "/etc/pihole/gravity.db",
                    28,
                )
                emit(
                    ev_t + timedelta(milliseconds=r.randrange(200, 900)),
                    main(),
                    "Compiled %i whitelist and %i blacklist regex filters for %i clients in %.1f msec",
                    2,
                    11,
                    r.randrange(12, 21),
                    r.uniform(0.8, 4.5),
                )
        day += timedelta(days=1)
    return [recs.into(Log("FTL.log", start))]


# --------------------------------------------------------------------------------- flink

FL_VER = "1.18.1"
FL_JOB = "Orders Enrichment"
FL_V1 = "Source: Kafka Orders -> Parse JSON -> Filter valid"
FL_V2 = "TumblingEventTimeWindows -> Aggregate -> Sink: JDBC order_totals"
FL_RUNTIME = "org.apache.flink.runtime"
FL_JAR = "~[flink-dist-1.18.1.jar:1.18.1]"
FL_KAFKA_JAR = "~[flink-sql-connector-kafka-3.1.0-1.18.jar:3.1.0-1.18]"
FL_TASK_FRAMES = [
    f"\tat org.apache.flink.streaming.runtime.tasks.StreamTask.processInput(StreamTask.java:562) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.tasks.mailbox.MailboxProcessor.runMailboxLoop(MailboxProcessor.java:231) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.tasks.StreamTask.runMailboxLoop(StreamTask.java:858) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.tasks.StreamTask.invoke(StreamTask.java:807) {FL_JAR}",
    f"\tat org.apache.flink.runtime.taskmanager.Task.runWithSystemExitMonitoring(Task.java:953) {FL_JAR}",
    f"\tat org.apache.flink.runtime.taskmanager.Task.restoreAndInvoke(Task.java:932) {FL_JAR}",
    f"\tat org.apache.flink.runtime.taskmanager.Task.doRun(Task.java:746) {FL_JAR}",
    f"\tat org.apache.flink.runtime.taskmanager.Task.run(Task.java:562) {FL_JAR}",
    "\tat java.lang.Thread.run(Unknown Source) ~[?:?]",
]
FL_DESER_STACK = [
    "java.io.IOException: Failed to deserialize consumer record due to",
    f"\tat org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord(KafkaRecordEmitter.java:56) {FL_KAFKA_JAR}",
    f"\tat org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord(KafkaRecordEmitter.java:33) {FL_KAFKA_JAR}",
    f"\tat org.apache.flink.connector.base.source.reader.SourceReaderBase.pollNext(SourceReaderBase.java:160) {FL_KAFKA_JAR}",
    f"\tat org.apache.flink.streaming.api.operators.SourceOperator.emitNext(SourceOperator.java:419) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.io.StreamTaskSourceInput.emitNext(StreamTaskSourceInput.java:68) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.io.StreamOneInputProcessor.processInput(StreamOneInputProcessor.java:65) {FL_JAR}",
    *FL_TASK_FRAMES,
    "Caused by: java.io.IOException: Failed to deserialize consumer record ConsumerRecord(topic = orders, partition = 5, leaderEpoch = 14, offset = 8842133, CreateTime = 1717483952117, serialized key size = 10, serialized value size = 33, headers = RecordHeaders(headers = [], isReadOnly = false), key = [B@6a8f1e2d, value = [B@3c1b77a0).",
    f"\tat org.apache.flink.connector.kafka.source.reader.deserializer.KafkaDeserializationSchemaWrapper.deserialize(KafkaDeserializationSchemaWrapper.java:59) {FL_KAFKA_JAR}",
    f"\tat org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord(KafkaRecordEmitter.java:53) {FL_KAFKA_JAR}",
    "\t... 14 more",
    "Caused by: org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
    ' at [Source: (byte[])"{"order_id":"A-2291","items":[],}"; line: 1, column: 33]',
    "\tat org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477) ~[flink-dist-1.18.1.jar:1.18.1]",
    "\tat org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.base.ParserMinimalBase._reportError(ParserMinimalBase.java:750) ~[flink-dist-1.18.1.jar:1.18.1]",
    "\tat org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.base.ParserMinimalBase._reportUnexpectedChar(ParserMinimalBase.java:674) ~[flink-dist-1.18.1.jar:1.18.1]",
    "\tat com.example.orders.OrderDeserializer.deserialize(OrderDeserializer.java:31) ~[blob_p-3e1a8b2c9d0f4e5a6b7c8d9e0f1a2b3c4d5e6f70-5c2d0a1f9b8e7d6c5b4a39281706f5e4.jar:?]",
    "\t... 15 more",
]
FL_JDBC_STACK = [
    "java.io.IOException: java.sql.BatchUpdateException: Batch entry 17 INSERT INTO order_totals (window_end, customer_id, total, currency) VALUES ('2024-06-04 08:20:00+00'::timestamp, 'C-48812', 219.40, 'EUR') ON CONFLICT (window_end, customer_id) DO UPDATE SET total = EXCLUDED.total was aborted: ERROR: deadlock detected",
    "  Detail: Process 41827 waits for ShareLock on transaction 9918231; blocked by process 41830.",
    "Process 41830 waits for ShareLock on transaction 9918229; blocked by process 41827.",
    "  Hint: See server log for query details.",
    '  Where: while inserting index tuple (112,7) in relation "order_totals"  Call getNextException to see other errors in the batch.',
    "\tat org.apache.flink.connector.jdbc.internal.JdbcOutputFormat.flush(JdbcOutputFormat.java:222) ~[flink-connector-jdbc-3.1.2-1.18.jar:3.1.2-1.18]",
    "\tat org.apache.flink.connector.jdbc.internal.JdbcOutputFormat.writeRecord(JdbcOutputFormat.java:193) ~[flink-connector-jdbc-3.1.2-1.18.jar:3.1.2-1.18]",
    "\tat org.apache.flink.connector.jdbc.internal.GenericJdbcSinkFunction.invoke(GenericJdbcSinkFunction.java:57) ~[flink-connector-jdbc-3.1.2-1.18.jar:3.1.2-1.18]",
    f"\tat org.apache.flink.streaming.api.operators.StreamSink.processElement(StreamSink.java:54) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.tasks.ChainingOutput.pushToOperator(ChainingOutput.java:99) {FL_JAR}",
    f"\tat org.apache.flink.streaming.runtime.io.AbstractStreamTaskNetworkInput.emitNext(AbstractStreamTaskNetworkInput.java:118) {FL_JAR}",
    *FL_TASK_FRAMES,
    "Caused by: java.sql.BatchUpdateException: Batch entry 17 INSERT INTO order_totals (window_end, customer_id, total, currency) VALUES ('2024-06-04 08:20:00+00'::timestamp, 'C-48812', 219.40, 'EUR') ON CONFLICT (window_end, customer_id) DO UPDATE SET total = EXCLUDED.total was aborted: ERROR: deadlock detected",
    "\tat org.postgresql.jdbc.BatchResultHandler.handleError(BatchResultHandler.java:165) ~[postgresql-42.7.3.jar:42.7.3]",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2413) ~[postgresql-42.7.3.jar:42.7.3]",
    "\tat org.postgresql.jdbc.PgStatement.internalExecuteBatch(PgStatement.java:898) ~[postgresql-42.7.3.jar:42.7.3]",
    "\tat org.apache.flink.connector.jdbc.internal.executor.SimpleBatchStatementExecutor.executeBatch(SimpleBatchStatementExecutor.java:71) ~[flink-connector-jdbc-3.1.2-1.18.jar:3.1.2-1.18]",
    "\t... 16 more",
    "Caused by: org.postgresql.util.PSQLException: ERROR: deadlock detected",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725) ~[postgresql-42.7.3.jar:42.7.3]",
    "\t... 20 more",
]
FL_CKPT_FRAMES = [
    "\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2216) [flink-dist-1.18.1.jar:1.18.1]",
    "\tat java.util.concurrent.Executors$RunnableAdapter.call(Unknown Source) [?:?]",
    "\tat java.util.concurrent.FutureTask.run(Unknown Source) [?:?]",
    "\tat java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(Unknown Source) [?:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source) [?:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source) [?:?]",
    "\tat java.lang.Thread.run(Unknown Source) [?:?]",
]
FL_CONFIG = [
    ("jobmanager.rpc.address", "flink-jobmanager"),
    ("jobmanager.rpc.port", "6123"),
    ("jobmanager.bind-host", "0.0.0.0"),
    ("jobmanager.memory.process.size", "1600m"),
    ("taskmanager.bind-host", "0.0.0.0"),
    ("taskmanager.memory.process.size", "4096m"),
    ("taskmanager.numberOfTaskSlots", "2"),
    ("parallelism.default", "4"),
    ("state.backend.type", "hashmap"),
    ("state.checkpoints.dir", "s3://flink-state/checkpoints"),
    ("state.savepoints.dir", "s3://flink-state/savepoints"),
    ("execution.checkpointing.interval", "60s"),
    ("execution.checkpointing.timeout", "10min"),
    ("restart-strategy.type", "fixed-delay"),
    ("restart-strategy.fixed-delay.attempts", "10"),
    ("restart-strategy.fixed-delay.delay", "10 s"),
    ("jobmanager.execution.failover-strategy", "region"),
    ("rest.address", "flink-jobmanager"),
    ("rest.bind-address", "0.0.0.0"),
    ("s3.endpoint", "http://minio:9000"),
    ("s3.path.style.access", "true"),
    ("s3.access-key", "flink"),
    ("s3.secret-key", "******"),
    ("blob.server.port", "6124"),
    ("query.server.port", "6125"),
]


def flink(r: random.Random) -> list[Log]:
    """A Flink 1.18 session cluster over four hours: the JobManager and two TaskManagers (two
    slots each) starting, one streaming job (a Kafka source chain and a window-to-JDBC chain, four
    subtasks each) submitted, scheduled, deployed and running; a checkpoint a minute, one of them
    expiring; a malformed record failing a source subtask and a database deadlock failing a sink
    subtask (a checkpoint declined), each restarting the whole pipelined region from the last
    checkpoint, the TaskManagers cancelling and redeploying their tasks."""
    jm = Log(
        "flink-flink-standalonesession-0-flink-jobmanager.log",
        datetime(2024, 6, 4, 6, 0, tzinfo=UTC),
    )
    tms = [
        Log(
            "flink-flink-taskexecutor-0-flink-taskmanager-1.log",
            datetime(2024, 6, 4, 6, 0, tzinfo=UTC),
        ),
        Log(
            "flink-flink-taskexecutor-0-flink-taskmanager-2.log",
            datetime(2024, 6, 4, 6, 0, tzinfo=UTC),
        ),
    ]
    recs = [Records(), Records(), Records()]  # jm, tm1, tm2
    clock = [datetime(2024, 6, 4, 6, 0, 2, 311000, tzinfo=UTC)]
    tm_ip = ["10.0.0.12", "10.0.0.13"]
    tm_host = ["flink-taskmanager-1", "flink-taskmanager-2"]
    tm_rid = [f"{tm_ip[i]}:{r.randrange(33000, 45000)}-{hexid(r, 6)}" for i in range(2)]
    tm_loc = [
        f"{tm_rid[i]} @ {tm_host[i]} (dataPort={r.randrange(33000, 45000)})" for i in range(2)
    ]
    job_id = hexid(r, 32)
    v1, v2 = hexid(r, 32), hexid(r, 32)
    zero = "0" * 32
    rm = "pekko.tcp://flink@flink-jobmanager:6123/user/rpc/resourcemanager_*"
    jmaddr = "pekko.tcp://flink@flink-jobmanager:6123/user/rpc/jobmanager_2"
    alloc = [hexid(r, 32) for _ in range(4)]  # slots: 0,1 on tm1; 2,3 on tm2
    ckpt = [0]
    last_done: list = [0, datetime(2024, 6, 4, 6, 0, tzinfo=UTC)]
    storage = "s3://flink-state/checkpoints"

    def adv(lo: float, hi: float) -> datetime:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))
        return clock[0]

    def emit(
        f: int,
        level: str,
        logger: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
        t: datetime | None = None,
        prefix: str = "",
    ) -> None:
        t = t or clock[0]
        text = prefix + fill(fmt, *vals)
        first, *more = text.split("\n")
        recs[f].add(
            t,
            [f"{t:%Y-%m-%d %H:%M:%S},{ms(t):03d} {level:<5} {logger:<60} [] - {first}"]
            + more
            + (stack or []),
            label(fmt),
        )

    def banner(f: int, component: str, cls: str, heap: int, args: list[str]) -> None:
        dash = "--------------------------------------------------------------------------------"
        emit(f, "INFO", cls, dash, t=adv(0.001, 0.01))
        emit(
            f,
            "INFO",
            cls,
            " Starting %s (Version: %s, Scala: %s, Rev:%s, Date:%s)",
            component,
            FL_VER,
            "2.12",
            "d90a72d",
            "2024-01-11T15:43:37+01:00",
            t=adv(0.001, 0.01),
        )
        emit(f, "INFO", cls, " OS current user: %s", "flink", t=adv(0, 0.005))
        emit(
            f,
            "INFO",
            cls,
            " Current Hadoop/Kerberos user: %s",
            "<no hadoop dependency found>",
            t=adv(0, 0.005),
        )
        emit(
            f,
            "INFO",
            cls,
            " JVM: %s",
            "OpenJDK 64-Bit Server VM - Eclipse Adoptium - 17/17.0.11+9",
            t=adv(0, 0.005),
        )
        emit(f, "INFO", cls, " Arch: %s", "amd64", t=adv(0, 0.005))
        emit(f, "INFO", cls, " Maximum heap size: %s MiBytes", heap, t=adv(0, 0.005))
        emit(f, "INFO", cls, " JAVA_HOME: %s", "/opt/java/openjdk", t=adv(0, 0.005))
        emit(f, "INFO", cls, " No Hadoop Dependency available", t=adv(0, 0.005))
        emit(f, "INFO", cls, " JVM Options:", t=adv(0, 0.005))
        opts = [
            f"-Xmx{heap * 1048576}",
            f"-Xms{heap * 1048576}",
            "-XX:MaxMetaspaceSize=268435456",
            "-Dlog.file=/opt/flink/log/" + (jm.name if f == 0 else tms[f - 1].name),
            "-Dlog4j.configuration=file:/opt/flink/conf/log4j-console.properties",
            "-Dlog4j.configurationFile=file:/opt/flink/conf/log4j-console.properties",
            "-Dlogback.configurationFile=file:/opt/flink/conf/logback-console.xml",
        ]
        if f:
            opts[2:2] = ["-XX:MaxDirectMemorySize=493921243"]
        for o in opts:
            emit(f, "INFO", cls, "    %s", o, t=adv(0, 0.002))
        emit(f, "INFO", cls, " Program Arguments:", t=adv(0, 0.005))
        for a in args:
            emit(f, "INFO", cls, "    %s", a, t=adv(0, 0.002))
        emit(
            f,
            "INFO",
            cls,
            " Classpath: %s",
            ":".join(
                f"/opt/flink/lib/{j}"
                for j in [
                    "flink-cep-1.18.1.jar",
                    "flink-connector-files-1.18.1.jar",
                    "flink-csv-1.18.1.jar",
                    "flink-json-1.18.1.jar",
                    "flink-scala_2.12-1.18.1.jar",
                    "flink-table-api-java-uber-1.18.1.jar",
                    "flink-table-planner-loader-1.18.1.jar",
                    "flink-table-runtime-1.18.1.jar",
                    "log4j-1.2-api-2.17.1.jar",
                    "log4j-api-2.17.1.jar",
                    "log4j-core-2.17.1.jar",
                    "log4j-slf4j-impl-2.17.1.jar",
                    "flink-dist-1.18.1.jar",
                ]
            )
            + ":::",
            t=adv(0, 0.005),
        )
        emit(f, "INFO", cls, dash, t=adv(0, 0.005))
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.util.SignalHandler",
            "Registered UNIX signal handlers for [%s]",
            "TERM, HUP, INT",
            t=adv(0.001, 0.02),
        )
        for k, v in FL_CONFIG:
            emit(
                f,
                "INFO",
                "org.apache.flink.configuration.GlobalConfiguration",
                "Loading configuration property: {}, {}",
                k,
                v,
                t=adv(0, 0.003),
            )

    def att(v: str, sub: int, n: int) -> str:
        return f"{ceg[0]}_{v}_{sub}_{n}"

    ceg = [hexid(r, 32)]
    attempt = [0]

    def task_name(v: int, sub: int, tm_side: bool) -> str:
        name = FL_V1 if v == 0 else FL_V2
        return f"{name} ({sub + 1}/4)" + (f"#{attempt[0]}" if tm_side else "")

    def slot_of(sub: int) -> int:
        return sub  # slot-sharing: subtask k of each vertex in slot k

    def tm_of(sub: int) -> int:
        return 0 if sub < 2 else 1

    def jm_switch(
        v: int,
        sub: int,
        a: str,
        b: str,
        t: datetime,
        on: str | None = None,
        stack: list[str] | None = None,
    ) -> None:
        aid = att(v1 if v == 0 else v2, sub, attempt[0])
        if on:
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
                "{} ({}) switched from {} to {} on {}.",
                task_name(v, sub, False),
                aid,
                a,
                b,
                on,
                stack=stack,
                t=t,
            )
        else:
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
                "{} ({}) switched from {} to {}.",
                task_name(v, sub, False),
                aid,
                a,
                b,
                t=t,
            )

    def tm_task(
        f: int, level: str, fmt: str, *vals, t: datetime, stack: list[str] | None = None
    ) -> None:
        emit(f, level, f"{FL_RUNTIME}.taskmanager.Task", fmt, *vals, t=t, stack=stack)

    def deploy_all(t: datetime, restore: int | None) -> datetime:
        for v in (0, 1):
            for sub in range(4):
                t += timedelta(milliseconds=r.randrange(1, 12))
                jm_switch(v, sub, "CREATED", "SCHEDULED", t)
        t += timedelta(milliseconds=r.randrange(20, 300))
        for v in (0, 1):
            for sub in range(4):
                t += timedelta(milliseconds=r.randrange(1, 10))
                aid = att(v1 if v == 0 else v2, sub, attempt[0])
                jm_switch(v, sub, "SCHEDULED", "DEPLOYING", t)
                emit(
                    0,
                    "INFO",
                    f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
                    "Deploying {} (attempt #{}) with attempt id {} and vertex id {} to {} with allocation id {}",
                    task_name(v, sub, False),
                    attempt[0],
                    aid,
                    f"{v1 if v == 0 else v2}_{sub}",
                    tm_loc[tm_of(sub)],
                    alloc[slot_of(sub)],
                    t=t + timedelta(milliseconds=1),
                )
                tm_deploy(v, sub, t + timedelta(milliseconds=r.randrange(15, 80)))
        t += timedelta(milliseconds=r.randrange(300, 1500))
        for v in (0, 1):
            for sub in range(4):
                t += timedelta(milliseconds=r.randrange(5, 200))
                jm_switch(v, sub, "DEPLOYING", "INITIALIZING", t)
        for v in (0, 1):
            for sub in range(4):
                t += timedelta(milliseconds=r.randrange(50, 900))
                jm_switch(v, sub, "INITIALIZING", "RUNNING", t)
        for sub in range(4):
            t += timedelta(milliseconds=r.randrange(2, 40))
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
                "Source {} registering reader for parallel task {} (#{}) @ {}",
                "Source: Kafka Orders",
                sub,
                attempt[0],
                tm_host[tm_of(sub)],
                t=t,
            )
        if restore is None:
            t += timedelta(milliseconds=r.randrange(20, 200))
            emit(
                0,
                "INFO",
                "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator",
                "Discovered new partitions: {}",
                "[" + ", ".join(f"orders-{p}" for p in range(8)) + "]",
                t=t,
            )
            emit(
                0,
                "INFO",
                "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator",
                "Assigning splits to readers {}",
                "{"
                + ", ".join(
                    f"{k}=[[Partition: orders-{k}, StartingOffset: -3, StoppingOffset: -9223372036854775808], [Partition: orders-{k + 4}, StartingOffset: -3, StoppingOffset: -9223372036854775808]]"
                    for k in range(4)
                )
                + "}",
                t=t + timedelta(milliseconds=2),
            )
        return t

    def tm_deploy(v: int, sub: int, t: datetime) -> None:
        f = 1 + tm_of(sub)
        aid = att(v1 if v == 0 else v2, sub, attempt[0])
        tn = task_name(v, sub, True)
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Received task {} ({}), deploy into slot with allocation id {}.",
            tn,
            aid,
            alloc[slot_of(sub)],
            t=t,
        )
        tm_task(
            f,
            "INFO",
            "{} ({}) switched from {} to {}.",
            tn,
            aid,
            "CREATED",
            "DEPLOYING",
            t=t + timedelta(milliseconds=2),
        )
        tm_task(
            f,
            "INFO",
            "Loading JAR files for task {}.",
            f"{tn} ({aid}) [DEPLOYING]",
            t=t + timedelta(milliseconds=3),
        )
        t2 = t + timedelta(milliseconds=r.randrange(100, 900))
        emit(
            f,
            "INFO",
            "org.apache.flink.streaming.runtime.tasks.StreamTask",
            "State backend is set to heap memory {}",
            f"org.apache.flink.runtime.state.hashmap.HashMapStateBackend@{hexid(r, 8)}",
            t=t2,
        )
        emit(
            f,
            "INFO",
            "org.apache.flink.streaming.runtime.tasks.StreamTask",
            "Checkpoint storage is set to '{}': (checkpoints \"{}\")",
            "filesystem",
            storage,
            t=t2 + timedelta(milliseconds=1),
        )
        tm_task(
            f,
            "INFO",
            "{} ({}) switched from {} to {}.",
            tn,
            aid,
            "DEPLOYING",
            "INITIALIZING",
            t=t2 + timedelta(milliseconds=2),
        )
        t3 = t2 + timedelta(milliseconds=r.randrange(200, 1500))
        if v == 0:
            emit(
                f,
                "INFO",
                "org.apache.flink.connector.base.source.reader.SourceReaderBase",
                "Adding split(s) to reader: {}",
                f"[[Partition: orders-{sub}, StartingOffset: {r.randrange(8000000, 9000000) if attempt[0] else -3}, StoppingOffset: -9223372036854775808], [Partition: orders-{sub + 4}, StartingOffset: {r.randrange(8000000, 9000000) if attempt[0] else -3}, StoppingOffset: -9223372036854775808]]",
                t=t3,
            )
            cid = f"orders-enrichment-{sub}"
            ctx = f"[Consumer clientId={cid}, groupId=orders-enrichment] "
            emit(
                f,
                "INFO",
                "org.apache.kafka.common.utils.AppInfoParser",
                "Kafka version: {}",
                "3.4.0",
                t=t3 + timedelta(milliseconds=3),
            )
            emit(
                f,
                "INFO",
                "org.apache.kafka.clients.consumer.KafkaConsumer",
                "Assigned to partition(s): {}",
                f"orders-{sub}, orders-{sub + 4}",
                t=t3 + timedelta(milliseconds=5),
                prefix=ctx,
            )
            if attempt[0]:
                for p in (sub, sub + 4):
                    emit(
                        f,
                        "INFO",
                        "org.apache.kafka.clients.consumer.KafkaConsumer",
                        "Seeking to offset {} for partition {}",
                        r.randrange(8000000, 9000000),
                        f"orders-{p}",
                        t=t3 + timedelta(milliseconds=6),
                        prefix=ctx,
                    )
            for p in (sub, sub + 4):
                emit(
                    f,
                    "INFO",
                    "org.apache.kafka.clients.Metadata",
                    "Resetting the last seen epoch of partition {} to {} since the associated topicId changed from {} to {}",
                    f"orders-{p}",
                    14,
                    "null",
                    "Tc0RzBq8SqKkE7y2pH1dVw",
                    t=t3 + timedelta(milliseconds=r.randrange(200, 260)),
                    prefix=ctx,
                )
            if not attempt[0]:
                for p in (sub, sub + 4):
                    emit(
                        f,
                        "INFO",
                        "org.apache.kafka.clients.consumer.internals.SubscriptionState",
                        "Resetting offset for partition {} to position {}.",
                        f"orders-{p}",
                        f"FetchPosition{{offset={r.randrange(8000000, 8500000)}, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{r.randrange(0, 3)}.kafka:9092 (id: {r.randrange(0, 3)} rack: null)], epoch=14}}}}",
                        t=t3 + timedelta(milliseconds=r.randrange(260, 400)),
                        prefix=ctx,
                    )
        tm_task(
            f,
            "INFO",
            "{} ({}) switched from {} to {}.",
            tn,
            aid,
            "INITIALIZING",
            "RUNNING",
            t=t3 + timedelta(milliseconds=r.randrange(1, 30)),
        )

    def tm_cancel(v: int, sub: int, t: datetime) -> None:
        f = 1 + tm_of(sub)
        aid = att(v1 if v == 0 else v2, sub, attempt[0])
        tn = task_name(v, sub, True)
        tm_task(f, "INFO", "Attempting to cancel task {} ({}).", tn, aid, t=t)
        tm_task(
            f,
            "INFO",
            "{} ({}) switched from {} to {}.",
            tn,
            aid,
            "RUNNING",
            "CANCELING",
            t=t + timedelta(milliseconds=1),
        )
        tm_task(
            f,
            "INFO",
            "Triggering cancellation of task code {} ({}).",
            tn,
            aid,
            t=t + timedelta(milliseconds=2),
        )
        t2 = t + timedelta(milliseconds=r.randrange(20, 400))
        if v == 0:
            emit(
                f,
                "INFO",
                "org.apache.kafka.common.utils.AppInfoParser",
                "App info {} for {} unregistered",
                "kafka.consumer",
                f"orders-enrichment-{sub}",
                t=t2 + timedelta(milliseconds=1),
            )
        tm_task(
            f,
            "INFO",
            "{} ({}) switched from {} to {}.",
            tn,
            aid,
            "CANCELING",
            "CANCELED",
            t=t2 + timedelta(milliseconds=2),
        )
        tm_task(
            f,
            "INFO",
            "Freeing task resources for {} ({}).",
            tn,
            aid,
            t=t2 + timedelta(milliseconds=3),
        )
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Un-registering task and sending final execution state {} to JobManager for task {} {}.",
            "CANCELED",
            tn,
            aid,
            t=t2 + timedelta(milliseconds=4),
        )

    def failure(v: int, sub: int, stack: list[str], pending: int | None) -> None:
        t = adv(0, 40)
        f = 1 + tm_of(sub)
        aid = att(v1 if v == 0 else v2, sub, attempt[0])
        tn = task_name(v, sub, True)
        tm_task(
            f,
            "WARN",
            "{} ({}) switched from {} to {} with failure cause:",
            tn,
            aid,
            "RUNNING",
            "FAILED",
            t=t,
            stack=stack,
        )
        tm_task(
            f,
            "INFO",
            "Freeing task resources for {} ({}).",
            tn,
            aid,
            t=t + timedelta(milliseconds=2),
        )
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Un-registering task and sending final execution state {} to JobManager for task {} {}.",
            "FAILED",
            tn,
            aid,
            t=t + timedelta(milliseconds=3),
        )
        t += timedelta(milliseconds=r.randrange(5, 40))
        if pending is not None:
            cause = f"org.apache.flink.util.SerializedThrowable: Task name with subtask : {tn} Failure reason: Task has failed."
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
                "Decline checkpoint {} by task {} of job {} at {}.",
                pending,
                aid,
                job_id,
                tm_loc[tm_of(sub)],
                stack=[
                    cause,
                    f"\tat org.apache.flink.runtime.taskmanager.Task.declineCheckpoint(Task.java:1389) {FL_JAR}",
                    "\t... 3 more",
                ],
                t=t,
            )
            emit(
                0,
                "WARN",
                f"{FL_RUNTIME}.checkpoint.CheckpointFailureManager",
                "Failed to trigger or complete checkpoint {} for job {}. ({} consecutive failed attempts so far)",
                pending,
                job_id,
                0,
                stack=[
                    f"org.apache.flink.runtime.checkpoint.CheckpointException: Task name with subtask : {tn} Failure reason: Task has failed.",
                    f"\tat org.apache.flink.runtime.checkpoint.PendingCheckpoint.abort(PendingCheckpoint.java:585) {FL_JAR}",
                    f"\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator.abortPendingCheckpoint(CheckpointCoordinator.java:2186) {FL_JAR}",
                    "Caused by: org.apache.flink.util.SerializedThrowable: Task name with subtask : "
                    + tn
                    + " Failure reason: Task has failed.",
                    "\t... 3 more",
                ],
                t=t + timedelta(milliseconds=3),
            )
            t += timedelta(milliseconds=5)
        jm_switch(v, sub, "RUNNING", "FAILED", t, on=tm_loc[tm_of(sub)], stack=stack)
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.executiongraph.failover.flip1.RestartPipelinedRegionFailoverStrategy",
            "Calculating tasks to restart to recover the failed task {}.",
            f"{v1 if v == 0 else v2}_{sub}",
            t=t + timedelta(milliseconds=2),
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.executiongraph.failover.flip1.RestartPipelinedRegionFailoverStrategy",
            "{} tasks should be restarted to recover the failed task {}. ",
            8,
            f"{v1 if v == 0 else v2}_{sub}",
            t=t + timedelta(milliseconds=3),
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
            "Job {} ({}) switched from state {} to {}.",
            FL_JOB,
            job_id,
            "RUNNING",
            "RESTARTING",
            t=t + timedelta(milliseconds=5),
        )
        t += timedelta(milliseconds=6)
        for vv in (0, 1):
            for ss in range(4):
                if (vv, ss) == (v, sub):
                    continue
                t += timedelta(milliseconds=r.randrange(0, 3))
                jm_switch(vv, ss, "RUNNING", "CANCELING", t)
                tm_cancel(vv, ss, t + timedelta(milliseconds=r.randrange(5, 30)))
        t += timedelta(milliseconds=r.randrange(100, 600))
        for vv in (0, 1):
            for ss in range(4):
                if (vv, ss) == (v, sub):
                    continue
                t += timedelta(milliseconds=r.randrange(1, 40))
                jm_switch(vv, ss, "CANCELING", "CANCELED", t)
        for ss in range(4):
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
                "Removing registered reader after failure for subtask {} (#{}) of source {}.",
                ss,
                attempt[0],
                "Source: Kafka Orders",
                t=t + timedelta(milliseconds=1),
            )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.resourcemanager.slotmanager.FineGrainedSlotManager",
            "Clearing resource requirements of job {}",
            job_id,
            t=t + timedelta(milliseconds=4),
        )
        t += timedelta(seconds=10, milliseconds=r.randrange(0, 40))
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
            "Job {} ({}) switched from state {} to {}.",
            FL_JOB,
            job_id,
            "RESTARTING",
            "RUNNING",
            t=t,
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
            "Restoring job {} from {}.",
            job_id,
            f"Checkpoint {last_done[0]} @ {int(last_done[1].timestamp() * 1000)} for {job_id} located at {storage}/{job_id}/chk-{last_done[0]}",
            t=t + timedelta(milliseconds=2),
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
            "No master state to restore",
            t=t + timedelta(milliseconds=3),
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
            "Restoring SplitEnumerator of source {} from checkpoint.",
            "Source: Kafka Orders",
            t=t + timedelta(milliseconds=8),
        )
        attempt[0] += 1
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.resourcemanager.slotmanager.FineGrainedSlotManager",
            "Received resource requirements from job {}: {}",
            job_id,
            "[ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=4}]",
            t=t + timedelta(milliseconds=9),
        )
        t = deploy_all(t + timedelta(milliseconds=20), ckpt[0])
        clock[0] = max(clock[0], t)

    # --- start-up
    banner(
        0,
        "StandaloneSessionClusterEntrypoint",
        f"{FL_RUNTIME}.entrypoint.ClusterEntrypoint",
        1273,
        ["--configDir", "/opt/flink/conf", "--executionMode", "cluster"],
    )
    for fmt, vals in [
        ("Starting {}.", ["StandaloneSessionClusterEntrypoint"]),
        ("Install default filesystem.", []),
        ("Initializing cluster services.", []),
        ("Using working directory: {}.", [f"WorkingDirectory(/tmp/jm_{hexid(r, 32)})"]),
    ]:
        emit(
            0, "INFO", f"{FL_RUNTIME}.entrypoint.ClusterEntrypoint", fmt, *vals, t=adv(0.002, 0.05)
        )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.rpc.pekko.PekkoRpcServiceUtils",
        "Trying to start actor system, external address {}:{}, bind address {}:{}.",
        "flink-jobmanager",
        6123,
        "0.0.0.0",
        6123,
        t=adv(0.3, 0.6),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.rpc.pekko.PekkoRpcServiceUtils",
        "Actor system started at {}",
        "pekko.tcp://flink@flink-jobmanager:6123",
        t=adv(0.8, 1.5),
    )
    for ep, path in [
        (
            "org.apache.flink.runtime.metrics.dump.MetricQueryService",
            "pekko://flink-metrics/user/rpc/MetricQueryService",
        ),
        (
            "org.apache.flink.runtime.dispatcher.StandaloneDispatcher",
            "pekko://flink/user/rpc/dispatcher_0",
        ),
        (
            "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager",
            "pekko://flink/user/rpc/resourcemanager_1",
        ),
    ]:
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.rpc.pekko.PekkoRpcService",
            "Starting RPC endpoint for {} at {} .",
            ep,
            path,
            t=adv(0.02, 0.4),
        )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.dispatcher.DispatcherRestEndpoint",
        "Rest endpoint listening at {}:{}",
        "0.0.0.0",
        8081,
        t=adv(0.1, 0.5),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.resourcemanager.StandaloneResourceManager",
        "Starting the resource manager.",
        t=adv(0.01, 0.05),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.resourcemanager.slotmanager.FineGrainedSlotManager",
        "Starting the slot manager.",
        t=adv(0.005, 0.02),
    )
    for i in (0, 1):
        clock[0] = datetime(2024, 6, 4, 6, 0, 4 + 2 * i, r.randrange(0, 999999), tzinfo=UTC)
        banner(
            1 + i,
            "TaskManager",
            f"{FL_RUNTIME}.taskexecutor.TaskManagerRunner",
            1305,
            ["-D", f"taskmanager.resource-id={tm_rid[i]}", "--configDir", "/opt/flink/conf"],
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.rpc.pekko.PekkoRpcServiceUtils",
            "Trying to start actor system, external address {}:{}, bind address {}:{}.",
            tm_ip[i],
            tm_rid[i].split(":")[1].split("-")[0],
            "0.0.0.0",
            tm_rid[i].split(":")[1].split("-")[0],
            t=adv(0.3, 0.6),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.rpc.pekko.PekkoRpcServiceUtils",
            "Actor system started at {}",
            f"pekko.tcp://flink@{tm_ip[i]}:{tm_rid[i].split(':')[1].split('-')[0]}",
            t=adv(0.8, 1.5),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskManagerServices",
            "Temporary file directory '{}': total {} GB, usable {} GB ({} usable)",
            "/tmp",
            98,
            61 + i,
            f"{(61 + i) / 98 * 100:.2f}%",
            t=adv(0.01, 0.05),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.rpc.pekko.PekkoRpcService",
            "Starting RPC endpoint for {} at {} .",
            "org.apache.flink.runtime.taskexecutor.TaskExecutor",
            "pekko://flink/user/rpc/taskmanager_0",
            t=adv(0.05, 0.3),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Connecting to ResourceManager {}.",
            f"{rm}({zero})",
            t=adv(0.01, 0.05),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Resolved ResourceManager address, beginning registration",
            t=adv(0.05, 0.2),
        )
        reg = hexid(r, 32)
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.resourcemanager.StandaloneResourceManager",
            "Registering TaskManager with ResourceID {} ({}) at ResourceManager",
            tm_rid[i],
            f"pekko.tcp://flink@{tm_ip[i]}:{tm_rid[i].split(':')[1].split('-')[0]}/user/rpc/taskmanager_0",
            t=adv(0.01, 0.05),
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.resourcemanager.slotmanager.FineGrainedSlotManager",
            "Registering task executor {} under {} at the slot manager.",
            tm_rid[i],
            hexid(r, 32),
            t=adv(0.005, 0.03),
        )
        emit(
            1 + i,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Successful registration at resource manager {} under registration id {}.",
            f"{rm}",
            reg,
            t=adv(0.005, 0.03),
        )

    # --- job submission
    adv(60, 140)
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.dispatcher.StandaloneDispatcher",
        "Received JobGraph submission '{}' ({}).",
        FL_JOB,
        job_id,
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.dispatcher.StandaloneDispatcher",
        "Submitting job '{}' ({}).",
        FL_JOB,
        job_id,
        t=adv(0.01, 0.05),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.rpc.pekko.PekkoRpcService",
        "Starting RPC endpoint for {} at {} .",
        "org.apache.flink.runtime.jobmaster.JobMaster",
        "pekko://flink/user/rpc/jobmanager_2",
        t=adv(0.05, 0.2),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Initializing job '{}' ({}).",
        FL_JOB,
        job_id,
        t=adv(0.005, 0.03),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Using restart back off time strategy {} for {} ({}).",
        "FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=10, backoffTimeMS=10000)",
        FL_JOB,
        job_id,
        t=adv(0.02, 0.06),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
        "Created execution graph {} for job {}.",
        ceg[0],
        job_id,
        t=adv(0.03, 0.1),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Running initialization on master for job {} ({}).",
        FL_JOB,
        job_id,
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
        "No checkpoint found during restore.",
        t=adv(0.02, 0.08),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Using failover strategy {} for {} ({}).",
        f"org.apache.flink.runtime.executiongraph.failover.flip1.RestartPipelinedRegionFailoverStrategy@{hexid(r, 8)}",
        FL_JOB,
        job_id,
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
        "Starting split enumerator for source {}.",
        "Source: Kafka Orders",
        t=adv(0.01, 0.05),
    )
    emit(
        0,
        "INFO",
        "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator",
        "Starting the KafkaSourceEnumerator for consumer group {} without periodic partition discovery.",
        "orders-enrichment",
        t=adv(0.05, 0.3),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Starting execution of job '{}' ({}) under job master id {}.",
        FL_JOB,
        job_id,
        zero,
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Starting scheduling with scheduling strategy [{}]",
        "org.apache.flink.runtime.scheduler.strategy.PipelinedRegionSchedulingStrategy",
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
        "Job {} ({}) switched from state {} to {}.",
        FL_JOB,
        job_id,
        "CREATED",
        "RUNNING",
        t=adv(0.001, 0.005),
    )
    t0 = adv(0.01, 0.05)
    for v in (0, 1):
        for sub in range(4):
            t0 += timedelta(milliseconds=r.randrange(1, 8))
            jm_switch(v, sub, "CREATED", "SCHEDULED", t0)
    clock[0] = t0
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Connecting to ResourceManager {}",
        f"{rm}({zero})",
        t=adv(0.01, 0.04),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "Resolved ResourceManager address, beginning registration",
        t=adv(0.01, 0.04),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.resourcemanager.StandaloneResourceManager",
        "Registering job manager {}@{} for job {}.",
        zero,
        jmaddr,
        job_id,
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.jobmaster.JobMaster",
        "JobManager successfully registered at ResourceManager, leader id: {}.",
        zero,
        t=adv(0.005, 0.02),
    )
    emit(
        0,
        "INFO",
        f"{FL_RUNTIME}.resourcemanager.slotmanager.FineGrainedSlotManager",
        "Received resource requirements from job {}: {}",
        job_id,
        "[ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=4}]",
        t=adv(0.005, 0.02),
    )
    for k in range(4):
        f = 1 + (0 if k < 2 else 1)
        ts = adv(0.005, 0.04)
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Receive slot request {} for job {} from resource manager with leader id {}.",
            alloc[k],
            job_id,
            zero,
            t=ts,
        )
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
            "Allocated slot for {}.",
            alloc[k],
            t=ts + timedelta(milliseconds=2),
        )
        if k in (0, 2):
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.DefaultJobLeaderService",
                "Add job {} for job leader monitoring.",
                job_id,
                t=ts + timedelta(milliseconds=3),
            )
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.DefaultJobLeaderService",
                "Try to register at job manager {} with leader id {}.",
                jmaddr,
                "00000000-0000-0000-0000-000000000000",
                t=ts + timedelta(milliseconds=5),
            )
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.DefaultJobLeaderService",
                "Resolved JobManager address, beginning registration",
                t=ts + timedelta(milliseconds=20),
            )
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.DefaultJobLeaderService",
                "Successful registration at job manager {} for job {}.",
                jmaddr,
                job_id,
                t=ts + timedelta(milliseconds=40),
            )
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
                "Establish JobManager connection for job {}.",
                job_id,
                t=ts + timedelta(milliseconds=41),
            )
            emit(
                f,
                "INFO",
                f"{FL_RUNTIME}.taskexecutor.TaskExecutor",
                "Offer reserved slots to the leader of job {}.",
                job_id,
                t=ts + timedelta(milliseconds=43),
            )
        emit(
            f,
            "INFO",
            f"{FL_RUNTIME}.taskexecutor.slot.TaskSlotTableImpl",
            "Activate slot {}.",
            alloc[k],
            t=ts + timedelta(milliseconds=60),
        )
    # scheduled -> deploying -> running: deploy_all from SCHEDULED (re-using its body without CREATED)
    t = adv(0.05, 0.2)
    for v in (0, 1):
        for sub in range(4):
            t += timedelta(milliseconds=r.randrange(1, 10))
            aid = att(v1 if v == 0 else v2, sub, 0)
            jm_switch(v, sub, "SCHEDULED", "DEPLOYING", t)
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.executiongraph.ExecutionGraph",
                "Deploying {} (attempt #{}) with attempt id {} and vertex id {} to {} with allocation id {}",
                task_name(v, sub, False),
                0,
                aid,
                f"{v1 if v == 0 else v2}_{sub}",
                tm_loc[tm_of(sub)],
                alloc[slot_of(sub)],
                t=t + timedelta(milliseconds=1),
            )
            tm_deploy(v, sub, t + timedelta(milliseconds=r.randrange(15, 80)))
    t += timedelta(milliseconds=r.randrange(300, 1500))
    for v in (0, 1):
        for sub in range(4):
            t += timedelta(milliseconds=r.randrange(5, 200))
            jm_switch(v, sub, "DEPLOYING", "INITIALIZING", t)
    for v in (0, 1):
        for sub in range(4):
            t += timedelta(milliseconds=r.randrange(50, 900))
            jm_switch(v, sub, "INITIALIZING", "RUNNING", t)
    for sub in range(4):
        t += timedelta(milliseconds=r.randrange(2, 40))
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
            "Source {} registering reader for parallel task {} (#{}) @ {}",
            "Source: Kafka Orders",
            sub,
            0,
            tm_host[tm_of(sub)],
            t=t,
        )
    emit(
        0,
        "INFO",
        "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator",
        "Discovered new partitions: {}",
        "[" + ", ".join(f"orders-{p}" for p in range(8)) + "]",
        t=t + timedelta(milliseconds=30),
    )
    emit(
        0,
        "INFO",
        "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator",
        "Assigning splits to readers {}",
        "{"
        + ", ".join(
            f"{k}=[[Partition: orders-{k}, StartingOffset: -3, StoppingOffset: -9223372036854775808], [Partition: orders-{k + 4}, StartingOffset: -3, StoppingOffset: -9223372036854775808]]"
            for k in range(4)
        )
        + "}",
        t=t + timedelta(milliseconds=32),
    )
    clock[0] = t

    # --- checkpoints, failures
    ctype = "CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}"
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    fail_at = [
        (datetime(2024, 6, 4, 6, 52, tzinfo=UTC), 0, 1, FL_DESER_STACK, False),
        (datetime(2024, 6, 4, 8, 21, tzinfo=UTC), 1, 2, FL_JDBC_STACK, True),
    ]
    expire_at = datetime(2024, 6, 4, 7, 40, tzinfo=UTC)
    state = 3_000_000
    next_ck = clock[0] + timedelta(seconds=60)
    while next_ck < end:
        clock[0] = next_ck
        if fail_at and next_ck > fail_at[0][0]:
            _, v, sub, stack, pending = fail_at.pop(0)
            if pending:
                ckpt[0] += 1
                emit(
                    0,
                    "INFO",
                    f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
                    "Triggering checkpoint {} (type={}) @ {} for job {}.",
                    ckpt[0],
                    ctype,
                    int(next_ck.timestamp() * 1000),
                    job_id,
                )
                failure(v, sub, stack, ckpt[0])
            else:
                failure(v, sub, stack, None)
            next_ck = clock[0] + timedelta(seconds=60, milliseconds=r.randrange(0, 20))
            continue
        ckpt[0] += 1
        n = ckpt[0]
        t = next_ck
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
            "Triggering checkpoint {} (type={}) @ {} for job {}.",
            n,
            ctype,
            int(t.timestamp() * 1000),
            job_id,
            t=t,
        )
        if expire_at and t > expire_at:
            expire_at = None
            te = t + timedelta(minutes=10, milliseconds=r.randrange(0, 30))
            emit(
                0,
                "INFO",
                f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
                "Checkpoint {} of job {} expired before completing.",
                n,
                job_id,
                t=te,
            )
            emit(
                0,
                "WARN",
                f"{FL_RUNTIME}.checkpoint.CheckpointFailureManager",
                "Failed to trigger or complete checkpoint {} for job {}. ({} consecutive failed attempts so far)",
                n,
                job_id,
                1,
                t=te + timedelta(milliseconds=2),
                stack=[
                    "org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.",
                    *FL_CKPT_FRAMES,
                ],
            )
            next_ck = te + timedelta(seconds=60)
            continue
        dur = int(r.lognormvariate(5.6, 0.6)) + 40
        state += r.randrange(-200000, 260000)
        tc = t + timedelta(milliseconds=dur)
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.checkpoint.CheckpointCoordinator",
            "Completed checkpoint {} for job {} ({} bytes, checkpointDuration={} ms, finalizationTime={} ms).",
            n,
            job_id,
            max(state, 1_200_000),
            dur,
            r.randrange(1, 12),
            t=tc,
        )
        emit(
            0,
            "INFO",
            f"{FL_RUNTIME}.source.coordinator.SourceCoordinator",
            "Marking checkpoint {} as completed for source {}.",
            n,
            "Source: Kafka Orders",
            t=tc + timedelta(milliseconds=r.randrange(0, 3)),
        )
        last_done[0], last_done[1] = n, t
        next_ck = t + timedelta(seconds=60, milliseconds=r.randrange(0, 12))
    return [recs[0].into(jm), recs[1].into(tms[0]), recs[2].into(tms[1])]


SYSTEMS = {
    "synapse": synapse,
    "jitsi": jitsi,
    "phoenix": phoenix,
    "pihole": pihole,
    "flink": flink,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
