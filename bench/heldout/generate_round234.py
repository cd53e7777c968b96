#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 234 (atuin, rathole, sccache, spin, openfaas) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five developer and edge services, four of them
Rust, 06:00 to 12:00 on 2024-06-07. The brief's fifth system, the wasmCloud host, is replaced
by OpenFaaS's of-watchdog: wasmCloud 1.0's host messages (which are INFO, their fields, the
providers' and wRPC's lines) could not be written faithfully from memory, and OpenFaaS is
another functions host, not in the set.

- atuin 18.2/18.3 (`atuin.log`: `atuin server start` under systemd on NixOS, `journalctl -u
  atuin -o short-iso`, RUST_LOG=info,atuin_server=debug and NO_COLOR=1, so the journal's head
  and then tracing's Full format: `2024-06-07T06:02:31+00:00 hub atuin[1187]:
  2024-06-07T06:02:31.582825Z DEBUG index{user.id=25}:
  atuin_server::handlers::v0::record: record index request user="farah"`): 42 users' v18
  clients asking for the record index and posting records at each sync, v17 clients posting
  and paging history (`request to add %d history items`, `loaded %d items of history for user
  %d`, `history too long, got length %d, max %d`, `client asked for history from < epoch 0`);
  Postgres left stopped 08:05-08:14 by an image bump (`could not query user session` with
  `error=` an eyre report whose `Location:` continues over three journal lines); restarts
  at 08:16 and 10:30 (`Shutting down gracefully...` on stderr, sqlx's `relation "%s" already
  exists, skipping` notice); the database volume full 09:40-09:52 (`failed to add record:
  Other(error returned from database: could not extend file ...)`, the same for history);
  a VACUUM FULL 11:00-11:08 (sqlx's `slow statement: execution time exceeded alert
  threshold` with the SQL escaped in `db.statement=`, the pool timing out).
- rathole 0.5.0 (`vps-rathole.log`, `home-rathole.log`, `office-rathole.log`: `docker logs` of
  the server and two clients, tracing's Full format with its ANSI colours: `connection{addr=
  ...}:handle{service=jellyfin}:run_tcp_connection_pool: rathole::server: Listening at
  0.0.0.0:8096`): internet scanners on the control port all day (`Failed to read hello:
  early eof`, `Failed to deserialize hello: invalid value: integer `%s`, expected variant
  index 0 <= i < 2`, a reset); the home DSL line resyncing twice (`Failed to run the control
  channel: Heartbeat timed out. Retry in %s...`, `Network is unreachable`, then on the server
  `Dropping previous control channel for service %s`, the old channel's `Control channel
  shutdown` / `TCPListener shutdown` / `Shutdown`, `Address already in use (os error 98).
  Retry in %s`, `Listening at %s`); the office uplink down 07:40-07:52 (connects timing
  out after 127 s); the NAS rebooting 08:31-09:08 (`Failed to run the data channel: Failed to
  connect to %s: No route to host`, then `Connection refused`); Grafana added by hot reload
  (`Rescan the configuration`, a TOML error first, `Service change detected. %s` with the
  config's Debug); the server container restarted at 10:05 (`Failed to read cmd: early eof`,
  refused connects, `Start watching the config`); the office's RDP token rotated on one side
  only at 10:40 (`Service %s failed the authentication` / `Authentication failed: %s:
  Incorrect token`, `Failed to write control cmds: ...`); an old laptop asking for a removed
  service every 30 s (`No such a service %s`).
- sccache 0.8.1 (`ci-runner-01-sccache.log`, -02, -03: each runner's SCCACHE_ERROR_LOG with
  SCCACHE_LOG=sccache=debug, env_logger's `[2024-06-07T06:12:31Z DEBUG sccache::server] `,
  whole seconds): fourteen GitLab jobs building a C++ library (20 translation units via
  CMAKE_CXX_COMPILER_LAUNCHER) or a Rust workspace (24 rustc calls via RUSTC_WRAPPER): per
  compile `handle_client: compile`, `check_compiler: Supported compiler`, `parse_arguments:
  Ok: %s` with the argument vector, `[%s]: get_cached_or_compile: %s`, `[%s]:
  generate_hash_key took %s`, `[%s]: Hash key: %s`, `[%s]: Cache hit in %s` and `compile
  result: cache hit`, or a miss's `Compiling locally`, `Compiled in %s, storing in cache`,
  `Created cache artifact in %s`, `compile result: cache miss`, `Stored in cache
  successfully!`, `Cache write finished in %s`; build scripts and the binary
  (`parse_arguments: CannotCache(crate-type, %s): %s`); servers started by jobs
  (`start_server: port: %d`, `No scheduler address configured, ...`, `server has setup with
  %s`, `server started, listening on port %d`) and stopped after ten idle minutes; MinIO down
  08:10-08:24 (`[%s]: Cache read error: Unexpected (temporary) at read, context: {...} =>
  send http request, ...` with anyhow's `Caused by:` and the duration on its last line,
  `Error executing cache write: ...`, and `storage check failed for: ...` with opendal's
  multi-line Debug when a server starts); a broken merge request (`Compiled in %s, but
  failed, not storing in cache`, `compile result: compile failed`); the toolchains bumped at
  10:00 (every key new); runner-03's read-only key from 11:05 (`server has setup with
  ReadOnly`, `Error executing cache write: Cannot write to read-only storage`).
- Fermyon Spin 2.3 (`edge-1-shop.log`, `edge-2-shop.log`: `spin up` of a shop under systemd,
  RUST_LOG=spin=info, stdout and stderr appended: tracing's Full format without colours,
  the CLI's lines and the components' output unstamped): `Processing request for
  application %s on URI %s` for every request and HAProxy's health checks; the components'
  lines (`cart %s: added %s (qty %d)`, `order %s placed: ...`, `payment declined for order
  %s: %s`, `product %s not found`); three rolling deploys (`Logging component stdio to
  "%s"`, `Storing default key-value data to "%s".`, `Serving %s`, `Available Routes:`, the
  routes); 1.4.3 calling a payment host not in allowed_outbound_hosts 07:50-08:21 (Spin's
  `Warning: A component tried to make a HTTP request to non-allowed host '%s'.` and `To allow
  requests, add ...`, the component's `payment provider request failed: %s`); carts holding
  a deleted product panicking 09:31-10:15 under a newsletter's traffic (the guest's `thread
  '%s' panicked at ...` over three lines, then `Error processing request: error while
  executing at wasm backtrace:` with 13 frames and `Caused by:`).
- OpenFaaS CE on k3s, of-watchdog 0.10 (`kubectl logs` of seven containers: resize-image's
  two pods before and two after a 09:40 deploy, pdf-invoice and its `.previous.log`,
  slack-notify; Go's `log`, `2024/06/07 06:00:05 `, whole seconds, the function's output
  relayed a line at a time as `stderr: ` / `stdout: `): each call's `POST / - 200 OK -
  ContentLength: 87B (0.4213s)`; the functions' lines (`resized %s to %dx%d (%d bytes)`,
  WeasyPrint's `Ignored `%s` at %d:%d, unknown property.`, `invoice %s rendered: %d pages, %d
  bytes`, `posted alert %s to #%s (%dms)`, `slack API error: %s (retry after %ss)`); a bulk
  upload (waitress' `Task queue depth is %d`); HEIC uploads failing 08:50-09:40 (Flask's
  `Exception on %s [%s]` with its traceback relayed line by line, 500s); the invoice batch
  at 09:00 past exec_timeout (`Upstream HTTP request error: Post "%s": context deadline
  exceeded`, `Upstream HTTP killed due to exec_timeout: %s`); the OOM kill at 10:02 (`...
  EOF`, `Forked function has terminated: signal: %s`) and the new container's start-up
  (`Watchdog mode: %s\tfprocess: %q`, `Forking: %s, arguments: %s`, `Started logging: stderr
  from function.`, `Timeouts: ...`, `Listening on port: %d`, `Writing lock-file to: %s`,
  `Metrics listening on port: %d`, waitress' `Serving on %s`, a call refused before it);
  the old pods' `SIGTERM: no new connections in %s` / `Exiting. Active connections: %d`.

Label notes. The heads are context: the journal's head, tracing's time, level, spans, target
and fields (the message alone is the label: `error=` and sqlx's fields are attributes, as in
rounds 130 and 203), env_logger's `[time LEVEL module] `, Go's log time, and of-watchdog's
`stderr: ` / `stdout: ` with Python logging's `LEVEL:logger:` before a relayed line (the
function's own format is the label, as Metaflow's task lines in round 229). A value that is a
message of its own contributes its format: anyhow's `{:#}` chains in rathole (`Failed to run
the control channel: Failed to connect to %s: Connection refused (os error 111). Retry in
%s...` and `Heartbeat timed out`, `Incorrect token` are labels of their own), sqlx's and
PostgreSQL's texts in atuin's errors, opendal's errors in sccache, the trap in Spin's error,
the Go errors after `Upstream HTTP request error: `. A word the call site passes literally is
wording (sccache's `CannotCache(crate-type, %s)`, of-watchdog's `Started logging: stderr` /
`stdout`); names, paths, ids, argument vectors, Debug dumps of a config, enum values
(`ReadWrite`, `HttpRequestDenied`) and durations are values. The later lines of a write are
no label: eyre's `Location:` lines (each its own journal entry), anyhow's `Caused by:`
chains, opendal's `Context:` / `Source:` Debug, Spin's wasm backtrace, the guest's panic
message and note, a relayed Python traceback; Spin's blank line before `Serving` has none.
Each println is a label (Spin's routes, the two lines of its outbound warning); a Rust
panic is labelled at its first line with its message (round 139). Labels write a tab as
`\t`.

Least sure (written from the helper's knowledge; rathole's server, client, lib and config
watcher, atuin's history, record and user handlers, and sccache's server and compiler were
checked against copies of their sources of nearby versions): atuin 18.2's messages being the
ones read (some were reworded later), `DbError`'s Display being its Debug, the eyre
location's line numbers and the journal splitting the report; rathole's `Failed to read cmd`,
`Failed to write data` contexts and `Configuration is invalid. Please refer to the
configuration specification.`, the Debug of ServiceConfig and MaskedString, the bincode
message; sccache 0.8.1 having the storage check and `server has setup with %s`, the opendal
error's context keys and Debug sections, reqwest 0.12's chain, `Cannot write to read-only
storage`; Spin 2.3's `Processing request for application %s on URI %s` at INFO, the start-up
lines' wording and order, the outbound-host warning's two lines and whether component
output is printed unprefixed; of-watchdog 0.10's start-up lines and their order, its
SIGTERM lines, whether waitress' INFO reaches stderr (the handler configures logging), and
WeasyPrint's warning text.
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, rust_dur

US = 1
MS = 1_000
S1 = 1_000_000


def tr_ts(t: datetime) -> str:
    """tracing-subscriber's default timer: RFC 3339 in UTC, microseconds, `Z`."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def tr_plain(
    t: datetime,
    level: str,
    spans: list[tuple[str, str]],
    target: str,
    msg: str,
    fields: str = "",
) -> str:
    """tracing-subscriber's Full format without colours: time, the level right-aligned in
    five, each span as `name{fields}:`, the target, the message, the event's fields."""
    sp = "".join(f"{n}{{{f}}}:" if f else f"{n}:" for n, f in spans)
    return f"{tr_ts(t)} {level:>5} {sp + ' ' if spans else ''}{target}: {msg}{' ' + fields if fields else ''}"


TR_ANSI_LEVEL = {
    "INFO": "\x1b[32m INFO\x1b[0m",
    "WARN": "\x1b[33m WARN\x1b[0m",
    "ERROR": "\x1b[31mERROR\x1b[0m",
    "DEBUG": "\x1b[34mDEBUG\x1b[0m",
}


def tr_ansi_fields(fields: list[tuple[str, str]]) -> str:
    return " ".join(f"\x1b[3m{k}\x1b[0m\x1b[2m=\x1b[0m{v}" for k, v in fields)


def tr_ansi(
    t: datetime,
    level: str,
    spans: list[tuple[str, list[tuple[str, str]]]],
    target: str,
    msg: str,
    fields: list[tuple[str, str]] | None = None,
) -> str:
    """The same Full format with tracing-subscriber's ANSI colours (dimmed time, target and
    colons, coloured level, bold span names and braces, italic field names)."""
    sp = ""
    for name, fl in spans:
        sp += f"\x1b[1m{name}\x1b[0m"
        if fl:
            sp += f"\x1b[1m{{\x1b[0m{tr_ansi_fields(fl)}\x1b[1m}}\x1b[0m"
        sp += "\x1b[2m:\x1b[0m"
    if spans:
        sp += " "
    fl = " " + tr_ansi_fields(fields) if fields else ""
    return f"\x1b[2m{tr_ts(t)}\x1b[0m {TR_ANSI_LEVEL[level]} {sp}\x1b[2m{target}\x1b[0m\x1b[2m:\x1b[0m {msg}{fl}"


def pick(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ------------------------------------------------------------------------------------ atuin

AT_NAMES = [
    "ellie", "conrad", "maja", "tobias", "priya", "jonas", "sven", "amelie", "kenji", "lucia",
    "marek", "noor", "oskar", "rafael", "sofia", "theo", "ulrike", "viktor", "wen", "yusuf",
    "zoe", "anton", "bea", "carlos", "dana", "emil", "farah", "greta", "hugo", "ines",
    "jakob", "kira", "lars", "mila", "nils", "olga", "paul", "ruth", "selin", "timo",
    "vera", "wim",
]  # fmt: skip
AT_HOSTS = ["laptop", "desktop", "build01", "devbox", "mbp", "thinkpad", "ws", "jump"]
AT_SRC = "crates/atuin-server-postgres/src/lib.rs"


def atuin(r: random.Random) -> list[Log]:
    """atuin 18.2 (and 18.3 after 10:30) as `atuin server start` on a NixOS host (`hub`), the
    journal read with `journalctl -u atuin -o short-iso`: RUST_LOG=info,atuin_server=debug
    and NO_COLOR=1 set in the unit, so each line is the journal's head and tracing's Full
    format. 42 users with 1-3 hosts each sync after a command when the last sync is ten
    minutes old: v18 clients (record store) ask for the record index and post their new
    records, a few v17 clients post history and page it down. Postgres is left stopped
    08:05-08:14 by a `docker compose pull` that moved its image from 14 to 16 (every
    authenticated request waits 30 s for the pool: `could not query user session` with an
    eyre report over four journal lines), atuin is restarted at 08:16 and upgraded at 10:30
    (`Shutting down gracefully...` on stderr, sqlx's migration notice at start), the
    database volume fills 09:40-09:52 (writes fail, the clients retry on every command), and
    a VACUUM FULL 11:00-11:08 makes statements slow and the pool run dry."""
    fs = Files()
    host = "hub"
    db_down = (at(8, 5, 41), at(8, 14, 22))
    restarts = [at(8, 16, 5), at(10, 30, 12)]
    pids = [1187, 4412, 9931]

    def pid_at(t: datetime) -> int:
        return pids[sum(t >= rs for rs in restarts)]

    def J(
        t: datetime,
        level: str,
        spans: list[tuple[str, str]],
        target: str,
        label: str | None,
        msg: str,
        fields: str = "",
        more: list[str] | None = None,
        raw: bool = False,
        pid: int = 0,
    ) -> datetime:
        p = pid or pid_at(t)

        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} atuin[{p}]: "
            first = msg if raw else tr_plain(x, level, spans, target, msg, fields)
            return [head + ln for ln in [first, *(more or [])]]

        return fs.add("atuin.log", t, label, text, ("atuin", p), US)

    def report(msg: str, line: int, col: int) -> tuple[str, list[str]]:
        """An eyre report's Debug: its message, then its location over three lines."""
        return msg, ["", "Location:", f"    {AT_SRC}:{line}:{col}"]

    disk_full = (at(9, 40, 18), at(9, 52, 40))
    vacuum = (at(11, 0, 30), at(11, 8, 15))
    rel = ["16427", "16427.1", "16431"]

    def down(t: datetime) -> bool:
        return any(rs - sec(0.5) <= t < rs + sec(2.4) for rs in restarts)

    # users, their ids and hosts
    ids = list(range(1, 80))
    r.shuffle(ids)
    users = []
    for i, name in enumerate(AT_NAMES):
        nh = pick(r, [(5, 1), (4, 2), (1.5, 3)])
        hs = r.sample(AT_HOSTS, nh)  # type: ignore[arg-type]
        users.append((name, ids[i], hs))
    old = {("marek", 0), ("olga", 0), ("wim", 0), ("hugo", 1), ("greta", 0), ("lars", 0)}
    epoch_bug = ("olga", 0)
    long_cmds = ("marek", 0)
    deleted = "bea"

    for name, uid, hs in users:
        for hi, _h in enumerate(hs):
            v1 = (name, hi) in old
            if r.random() < 0.07:
                w0, w1 = T0, T_END
            else:
                w0 = T0 + sec(r.uniform(0, 3.8 * 3600))
                w1 = min(T_END, w0 + sec(r.uniform(1.3, 3.6) * 3600))
            if name == deleted:
                w1 = min(w1, at(9, 5, 0))
            gap = r.uniform(70, 220)
            last_ok = w0 - sec(r.uniform(0, 600))
            pending = r.randint(0, 6)
            for c in poisson(r, w0, w1, gap):
                pending += 1
                if (c - last_ok).total_seconds() < 600:
                    continue
                t = c + sec(r.uniform(0.05, 0.6))
                if down(t):
                    continue
                if in_any(t, [db_down]):
                    msg, more = report(
                        "pool timed out while waiting for an open connection", 37, 29
                    )
                    J(
                        t + sec(r.uniform(30.0, 30.02)),
                        "ERROR",
                        [],
                        "atuin_server::router",
                        "could not query user session",
                        "could not query user session",
                        f"error={msg}",
                        more,
                    )
                    continue
                if not v1:
                    sp = [("index", f"user.id={uid}")]
                    if in_any(t, [vacuum]) and r.random() < 0.6:
                        el = r.uniform(1.05, 4.6)
                        t = J(
                            t + sec(el),
                            "WARN",
                            sp,
                            "sqlx::query",
                            "slow statement: execution time exceeded alert threshold",
                            "slow statement: execution time exceeded alert threshold",
                            f'summary="select host, tag, max(idx) …" db.statement="\\n\\nselect\\n  host,\\n  tag,\\n  max(idx)\\nfrom\\n  store\\nwhere\\n  user_id = $1\\ngroup by\\n  host,\\n  tag\\n" rows_affected=0 rows_returned={r.randint(2, 9)} elapsed={rust_dur(el)} elapsed_secs={el:.9f} slow_threshold=1s',
                        )
                    if in_any(t, [vacuum]) and r.random() < 0.18:
                        msg, more = report(
                            "pool timed out while waiting for an open connection", 210, 14
                        )
                        J(
                            t + sec(r.uniform(30.0, 30.05)),
                            "ERROR",
                            sp,
                            "atuin_server::handlers::v0::record",
                            "failed to get record index: pool timed out while waiting for an open connection",
                            f"failed to get record index: Other({msg}",
                            "",
                            [*more[:-1], more[-1] + ")"],
                        )
                        continue
                    t = J(
                        t,
                        "DEBUG",
                        sp,
                        "atuin_server::handlers::v0::record",
                        "record index request",
                        "record index request",
                        f'user="{name}"',
                    )
                    if pending > 0:
                        n = min(pending, 100)
                        tp = J(
                            t + sec(r.uniform(0.03, 0.25)),
                            "DEBUG",
                            [("post", f"user.id={uid}")],
                            "atuin_server::handlers::v0::record",
                            "request to add records",
                            "request to add records",
                            f'count={n} user="{name}"',
                        )
                        if in_any(tp, [disk_full]):
                            msg, more = report(
                                f'error returned from database: could not extend file "base/16384/{r.choice(rel)}": No space left on device',
                                154,
                                10,
                            )
                            J(
                                tp + sec(r.uniform(0.004, 0.04)),
                                "ERROR",
                                [("post", f"user.id={uid}")],
                                "atuin_server::handlers::v0::record",
                                'failed to add record: error returned from database: could not extend file "%s": No space left on device',
                                f"failed to add record: Other({msg}",
                                "",
                                [*more[:-1], more[-1] + ")"],
                            )
                            continue
                        pending = 0
                    last_ok = t
                else:
                    sp_add = [("add", f"user.id={uid}")]
                    if pending > 0:
                        n = min(pending, 100)
                        ta = J(
                            t,
                            "DEBUG",
                            sp_add,
                            "atuin_server::handlers::history",
                            "request to add %d history items",
                            f"request to add {n} history items",
                        )
                        if (name, hi) == long_cmds and r.random() < 0.5:
                            for _ in range(r.randint(1, 2)):
                                ta = J(
                                    ta + sec(r.uniform(0.0002, 0.002)),
                                    "WARN",
                                    sp_add,
                                    "atuin_server::handlers::history",
                                    "history too long, got length %d, max %d",
                                    f"history too long, got length {r.randint(8300, 96000)}, max 8192",
                                )
                        if in_any(ta, [disk_full]):
                            msg, more = report(
                                f'error returned from database: could not extend file "base/16384/{r.choice(rel)}": No space left on device',
                                118,
                                10,
                            )
                            J(
                                ta + sec(r.uniform(0.004, 0.04)),
                                "ERROR",
                                sp_add,
                                "atuin_server::handlers::history",
                                'failed to add history: error returned from database: could not extend file "%s": No space left on device',
                                f"failed to add history: Other({msg}",
                                "",
                                [*more[:-1], more[-1] + ")"],
                            )
                            continue
                        pending = 0
                        t = ta
                    sp_list = [("list", f"user.id={uid}")]
                    if (name, hi) == epoch_bug and r.random() < 0.6:
                        J(
                            t + sec(r.uniform(0.02, 0.2)),
                            "ERROR",
                            sp_list,
                            "atuin_server::handlers::history",
                            "client asked for history from < epoch 0",
                            "client asked for history from < epoch 0",
                        )
                    elif r.random() < 0.55:
                        if in_any(t, [vacuum]) and r.random() < 0.5:
                            msg, more = report(
                                "pool timed out while waiting for an open connection", 88, 14
                            )
                            J(
                                t + sec(r.uniform(30.0, 30.05)),
                                "ERROR",
                                sp_list,
                                "atuin_server::handlers::history",
                                "failed to load history: pool timed out while waiting for an open connection",
                                f"failed to load history: Other({msg}",
                                "",
                                [*more[:-1], more[-1] + ")"],
                            )
                            continue
                        J(
                            t + sec(r.uniform(0.02, 0.2)),
                            "DEBUG",
                            sp_list,
                            "atuin_server::handlers::history",
                            "loaded %d items of history for user %d",
                            f"loaded {r.choice([r.randint(1, 40), 100])} items of history for user {uid}",
                        )
                    last_ok = t
            if name == deleted and hi == 0:
                J(
                    at(9, 5, 2) + sec(r.uniform(0, 0.5)),
                    "DEBUG",
                    [("delete", f"user.id={uid}")],
                    "atuin_server::handlers::user",
                    "request to delete user %d",
                    f"request to delete user {uid}",
                )

    # restarts: the shutdown message on stderr, sqlx's notice from the migrations at start
    for i, rs in enumerate(restarts):
        J(
            rs,
            "",
            [],
            "",
            "Shutting down gracefully...",
            "Shutting down gracefully...",
            raw=True,
            pid=pids[i],
        )
        J(
            rs + sec(r.uniform(1.4, 1.9)),
            "INFO",
            [],
            "sqlx::postgres::notice",
            'relation "%s" already exists, skipping',
            'relation "_sqlx_migrations" already exists, skipping',
            pid=pids[i + 1],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- rathole

RH_VPS = "203.0.113.10"
RH_HOME = [
    ("nas_web", "192.168.10.5:5001", "0.0.0.0:5001"),
    ("jellyfin", "192.168.10.5:8096", "0.0.0.0:8096"),
    ("homeassistant", "192.168.10.7:8123", "0.0.0.0:8123"),
    ("nas_ssh", "192.168.10.5:22", "0.0.0.0:2222"),
]
RH_GRAFANA = ("grafana", "192.168.10.7:3000", "0.0.0.0:3000")
RH_OFFICE = [
    ("office_gitlab", "10.20.0.15:443", "0.0.0.0:8443"),
    ("office_rdp", "10.20.0.31:3389", "0.0.0.0:13389"),
    ("office_wiki", "10.20.0.16:80", "0.0.0.0:8080"),
]
RH_SCANNERS = [
    "45.148.10.174", "185.242.226.29", "167.94.138.52", "162.142.125.211", "71.6.199.23",
    "198.235.24.130", "205.210.31.62", "89.248.165.88", "194.180.49.117", "80.82.77.139",
    "193.163.125.96", "147.185.132.47", "64.62.197.38", "184.105.247.195", "35.203.210.76",
    "83.222.190.42", "141.98.11.120", "118.123.105.93", "222.186.46.150", "20.163.14.8",
]  # fmt: skip
# what scanners send first: its opening four bytes read as bincode's little-endian variant
# index of `Hello` (an HTTP verb, a TLS record, an HTTP/2 preface), or too little to read
RH_PROBES = [b"GET ", b"\x16\x03\x01\x02", b"\x16\x03\x01\x00", b"POST", b"PRI ", b"OPTI"]


def rh_digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def rathole(r: random.Random) -> list[Log]:
    """rathole 0.5.0 in Docker (`docker logs` of three containers since 06:00, tracing's
    Full format with its ANSI colours, RUST_LOG unset: info): the server on a VPS
    (`vps-rathole.log`, 203.0.113.10:2333, seven TCP services with tokens) and two clients,
    a Raspberry Pi at home (`home-rathole.log`: the NAS's DSM, Jellyfin and SSH, Home
    Assistant, later Grafana) and an office gateway (`office-rathole.log`: GitLab, RDP, a
    wiki). The server's port is scanned all day (bincode can't read the probes as a `Hello`,
    or the scanner leaves early); the home DSL line resyncs twice with a new address (the
    clients' heartbeat times out, the server drops the old control channels and rebinds);
    the office uplink is down 07:40-07:52 (connects time out); the NAS reboots for an update
    08:31-09:08 (visitors' data channels fail: no route, then refused); Grafana is added by
    hot reload at 09:20 (a first save with a TOML error) and on the home client at 09:24;
    the server container restarts at 10:05 (the clients read EOF and are refused until it is
    back); the office's RDP token is rotated on the client only at 10:40 (four minutes of
    `Incorrect token` until the server's config follows); from 11:10 an old laptop keeps
    asking for a service removed long ago every 30 s."""
    fs = Files()
    srv_down: list[tuple[datetime, datetime]] = []

    def S(
        t: datetime,
        level: str,
        spans: list[tuple[str, list[tuple[str, str]]]],
        target: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        g = sum(t >= b for _, b in srv_down)
        return fs.add(
            "vps-rathole.log",
            t,
            label,
            lambda x: [tr_ansi(x, level, spans, target, msg, fields)],
            ("vps", g),
            US,
        )

    def C(
        who: str,
        t: datetime,
        level: str,
        spans: list[tuple[str, list[tuple[str, str]]]],
        label: str,
        msg: str,
        target: str = "rathole::client",
    ) -> datetime:
        return fs.add(
            f"{who}-rathole.log",
            t,
            label,
            lambda x: [tr_ansi(x, level, spans, target, msg)],
            who,
            US,
        )

    def hspan(svc: str) -> list[tuple[str, list[tuple[str, str]]]]:
        return [("handle", [("service", svc)])]

    def rspan(svc: str) -> list[tuple[str, list[tuple[str, str]]]]:
        return [*hspan(svc), ("run", [])]

    def conn(addr: str) -> list[tuple[str, list[tuple[str, str]]]]:
        return [("connection", [("addr", addr)])]

    chan: dict[str, str] = {}
    binds = {s: b for s, _, b in [*RH_HOME, RH_GRAFANA, *RH_OFFICE]}
    locals_ = {s: lo for s, lo, _ in [*RH_HOME, RH_GRAFANA, *RH_OFFICE]}

    def eph() -> int:
        return r.randint(32768, 60999)

    def teardown(svc: str, old: str, t: datetime, run_done: bool = False) -> datetime:
        """The old control channel's tasks ending once its handle is dropped."""
        sp = [*conn(old), *hspan(svc)]
        if not run_done:
            t = S(
                t,
                "INFO",
                [*sp, ("run", [])],
                "rathole::server",
                "Control channel shutdown",
                "Control channel shutdown",
            )
        pool = [*sp, ("run_tcp_connection_pool", [])]
        t = S(
            t + sec(r.uniform(0.00002, 0.0003)),
            "INFO",
            pool,
            "rathole::server",
            "TCPListener shutdown",
            "TCPListener shutdown",
        )
        return S(
            t + sec(r.uniform(0.00002, 0.0002)),
            "INFO",
            pool,
            "rathole::server",
            "Shutdown",
            "Shutdown",
        )

    def establish(svc: str, ip: str, t: datetime) -> datetime:
        """A control channel's handshake on the server: the old one dropped if any."""
        addr = f"{ip}:{eph()}"
        t = S(
            t,
            "INFO",
            conn(addr),
            "rathole::server",
            "Try to handshake a control channel",
            "Try to handshake a control channel",
        )
        t += sec(r.uniform(0.002, 0.03))
        replaced = svc in chan
        if replaced:
            t = S(
                t,
                "WARN",
                conn(addr),
                "rathole::server",
                "Dropping previous control channel for service %s",
                f"Dropping previous control channel for service {svc}",
            )
            teardown(svc, chan[svc], t + sec(r.uniform(0.0002, 0.0015)))
        t = S(
            t + sec(r.uniform(0.0001, 0.0006)),
            "INFO",
            conn(addr),
            "rathole::server",
            "Control channel established",
            "Control channel established",
            [("service", svc)],
        )
        pool = [*conn(addr), *hspan(svc), ("run_tcp_connection_pool", [])]
        tl = t + sec(r.uniform(0.00005, 0.0004))
        if replaced and r.random() < 0.35:
            d = r.uniform(0.4, 0.6)
            S(
                tl,
                "ERROR",
                pool,
                "rathole::server",
                "Address already in use (os error 98). Retry in %s",
                f"Address already in use (os error 98). Retry in {rust_dur(d)}",
            )
            tl += sec(d)
        S(tl, "INFO", pool, "rathole::server", "Listening at %s", f"Listening at {binds[svc]}")
        chan[svc] = addr
        return t

    def client_ok(who: str, svc: str, ip: str, t: datetime) -> datetime:
        t = establish(svc, ip, t)
        return C(
            who,
            t + sec(r.uniform(0.01, 0.06)),
            "INFO",
            rspan(svc),
            "Control channel established",
            "Control channel established",
        )

    def fail(who: str, svc: str, t: datetime, label: str, inner: str, d: float) -> datetime:
        return C(
            who,
            t,
            "ERROR",
            hspan(svc),
            f"Failed to run the control channel: {label}. Retry in %s...",
            f"Failed to run the control channel: {inner}. Retry in {rust_dur(d)}...",
        )

    def backoff(n: int) -> float:
        """rathole's control channel backoff: 0.5 s times 3 per retry up to retry_interval
        (1 s), randomized by 20 %, in nanoseconds."""
        cur = min(0.5 * 3**n, 1.0)
        return round(r.uniform(cur * 0.8, cur * 1.2), 9)

    remote = f"{RH_VPS}:2333"
    home_ips = ["198.51.100.23", "198.51.100.57", "198.51.100.91"]
    office_ip = "192.0.2.44"
    home_svcs = [s for s, _, _ in RH_HOME]
    office_svcs = [s for s, _, _ in RH_OFFICE]
    for s in home_svcs:
        chan[s] = f"{home_ips[0]}:{eph()}"
    for s in office_svcs:
        chan[s] = f"{office_ip}:{eph()}"

    restart = (at(10, 5, 12.4), at(10, 5, 14.1))
    srv_down.append(restart)

    # the internet's scanners on the control port
    for t in poisson(r, T0, T_END, 24):
        if in_any(t, [restart]):
            continue
        addr = f"{r.choice(RH_SCANNERS)}:{eph()}"
        k = r.random()
        if k < 0.56:
            S(
                t,
                "ERROR",
                conn(addr),
                "rathole::server",
                "Failed to read hello: early eof",
                "Failed to read hello: early eof",
            )
        elif k < 0.90:
            n = int.from_bytes(r.choice(RH_PROBES), "little")
            S(
                t,
                "ERROR",
                conn(addr),
                "rathole::server",
                "Failed to deserialize hello: invalid value: integer `%s`, expected variant index 0 <= i < 2",
                f"Failed to deserialize hello: invalid value: integer `{n}`, expected variant index 0 <= i < 2",
            )
        else:
            S(
                t,
                "ERROR",
                conn(addr),
                "rathole::server",
                "Failed to read hello: Connection reset by peer (os error 104)",
                "Failed to read hello: Connection reset by peer (os error 104)",
            )

    def link_lost(
        who: str, svcs: list[str], lost: datetime, back: datetime, ip: str, kind: str
    ) -> None:
        """A client's uplink gone from `lost` to `back`: each control channel's heartbeat
        times out 40 s after the last one, then it reconnects once the link is back."""
        for svc in svcs:
            hb = lost - sec(r.uniform(0.1, 29.9))
            d = backoff(0)
            t = fail(
                who,
                svc,
                hb + sec(40 + r.uniform(0.0005, 0.004)),
                "Heartbeat timed out",
                "Heartbeat timed out",
                d,
            )
            n = 1
            t += sec(d)
            while t < back:
                if kind == "unreachable":
                    t = fail(
                        who,
                        svc,
                        t + sec(r.uniform(0.0002, 0.002)),
                        "Failed to connect to %s: Network is unreachable (os error 101)",
                        f"Failed to connect to {remote}: Network is unreachable (os error 101)",
                        d := backoff(n),
                    )
                else:
                    t = fail(
                        who,
                        svc,
                        t + sec(127 + r.uniform(0.001, 0.3)),
                        "Failed to connect to %s: Connection timed out (os error 110)",
                        f"Failed to connect to {remote}: Connection timed out (os error 110)",
                        d := backoff(n),
                    )
                n += 1
                t += sec(d)
            client_ok(who, svc, ip, t + sec(r.uniform(0.02, 0.09)))

    # the home DSL line resyncs twice, with a new address each time
    link_lost("home", home_svcs, at(7, 12, 40), at(7, 13, 5), home_ips[1], "unreachable")
    # the office uplink is down for twelve minutes
    link_lost("office", office_svcs, at(7, 40, 5), at(7, 52, 30), office_ip, "timeout")

    # the NAS reboots for an update: visitors' data channels to it fail
    nas_off, nas_up, jf_up = at(8, 31, 10), at(8, 36, 30), at(9, 8, 40)
    visits: list[tuple[datetime, str]] = []
    for svc in ["nas_web", "jellyfin"]:
        t = nas_off + sec(r.uniform(0, 60))
        while t < jf_up:
            visits.append((t, svc))
            t += sec(60 + r.uniform(-0.05, 0.05))
    for t in poisson(r, nas_off, at(8, 58, 0), 22):
        visits.append((t, "jellyfin"))
    for t in poisson(r, nas_off, nas_up, 40):
        visits.append((t, "nas_ssh"))
    for t, svc in sorted(visits):
        if t >= nas_up and svc != "jellyfin":
            continue
        lo = locals_[svc]
        if t < nas_up:
            label = "Failed to run the data channel: Failed to connect to %s: No route to host (os error 113)"
            msg = f"Failed to run the data channel: Failed to connect to {lo}: No route to host (os error 113)"
            t += sec(r.uniform(3.0, 3.1))
        else:
            label = "Failed to run the data channel: Failed to connect to %s: Connection refused (os error 111)"
            msg = f"Failed to run the data channel: Failed to connect to {lo}: Connection refused (os error 111)"
            t += sec(r.uniform(0.06, 0.2))
        C("home", t, "WARN", rspan(svc), label, msg)

    # Grafana added on the server (a TOML error first), then on the home client
    cw_srv = [("config_watcher", [("path", '"/app/config.toml"')])]
    cw_cli = [("config_watcher", [("path", '"/app/client.toml"')])]
    t = S(
        at(9, 20, 12.3),
        "INFO",
        cw_srv,
        "rathole::config_watcher",
        "Rescan the configuration",
        "Rescan the configuration",
    )
    S(
        t + sec(0.0004),
        "ERROR",
        cw_srv,
        "rathole::config_watcher",
        "The changed configuration is invalid. Ignored: Configuration is invalid. Please refer to the configuration specification.: Failed to parse the config: expected an equals, found a newline at line %d column %d",
        "The changed configuration is invalid. Ignored: Configuration is invalid. Please refer to the configuration specification.: Failed to parse the config: expected an equals, found a newline at line 38 column 8",
    )
    t = at(9, 21, 40.6)
    for _ in range(2):
        t = S(
            t,
            "INFO",
            cw_srv,
            "rathole::config_watcher",
            "Rescan the configuration",
            "Rescan the configuration",
        )
        t += sec(r.uniform(0.0005, 0.003))
    gname, glocal, gbind = RH_GRAFANA
    S(
        t,
        "INFO",
        [],
        "rathole",
        "Service change detected. %s",
        f'Service change detected. ServerChange(Add(ServerServiceConfig {{ service_type: Tcp, name: "{gname}", bind_addr: "{gbind}", token: Some(MASKED), nodelay: None }}))',
    )
    t = C(
        "home",
        at(9, 24, 5.2),
        "INFO",
        cw_cli,
        "Rescan the configuration",
        "Rescan the configuration",
        "rathole::config_watcher",
    )
    t = C(
        "home",
        t + sec(0.0003),
        "INFO",
        [],
        "Service change detected. %s",
        f'Service change detected. ClientChange(Add(ClientServiceConfig {{ service_type: Tcp, name: "{gname}", local_addr: "{glocal}", token: Some(MASKED), nodelay: None, retry_interval: Some(1) }}))',
        "rathole",
    )
    t = C(
        "home", t + sec(0.0002), "INFO", hspan(gname), "Starting %s", f"Starting {rh_digest(gname)}"
    )
    client_ok("home", gname, home_ips[1], t + sec(r.uniform(0.02, 0.05)))
    home_svcs.append(gname)

    # the server container restarts: the clients read EOF, are refused, reconnect
    kill, up = restart
    S(
        up,
        "INFO",
        cw_srv,
        "rathole::config_watcher",
        "Start watching the config",
        "Start watching the config",
    )
    S(
        up + sec(0.0011),
        "INFO",
        [],
        "rathole::server",
        "Listening at %s",
        "Listening at 0.0.0.0:2333",
    )
    chan.clear()
    for who, svcs, ip in [("home", home_svcs, home_ips[1]), ("office", office_svcs, office_ip)]:
        for svc in svcs:
            t = fail(
                who,
                svc,
                kill + sec(r.uniform(0.0003, 0.003)),
                "Failed to read cmd: early eof",
                "Failed to read cmd: early eof",
                d := backoff(0),
            )
            n = 1
            t += sec(d)
            while t < up:
                t = fail(
                    who,
                    svc,
                    t + sec(r.uniform(0.0002, 0.0015)),
                    "Failed to connect to %s: Connection refused (os error 111)",
                    f"Failed to connect to {remote}: Connection refused (os error 111)",
                    d := backoff(n),
                )
                n += 1
                t += sec(d)
            client_ok(who, svc, ip, t + sec(r.uniform(0.01, 0.05)))

    # the office's RDP token rotated on the client only
    cw_off = cw_cli
    rot, fix = at(10, 40, 22.7), at(10, 44, 3.1)
    lo = locals_["office_rdp"]
    t = C(
        "office",
        rot,
        "INFO",
        cw_off,
        "Rescan the configuration",
        "Rescan the configuration",
        "rathole::config_watcher",
    )
    t = C(
        "office",
        t + sec(0.0003),
        "INFO",
        [],
        "Service change detected. %s",
        f'Service change detected. ClientChange(Add(ClientServiceConfig {{ service_type: Tcp, name: "office_rdp", local_addr: "{lo}", token: Some(MASKED), nodelay: None, retry_interval: Some(1) }}))',
        "rathole",
    )
    C(
        "office",
        t + sec(0.0002),
        "INFO",
        rspan("office_rdp"),
        "Control channel shutdown",
        "Control channel shutdown",
    )
    t = C(
        "office",
        t + sec(0.0004),
        "INFO",
        hspan("office_rdp"),
        "Starting %s",
        f"Starting {rh_digest('office_rdp')}",
    )
    old = chan.pop("office_rdp")
    # the server's next heartbeats on the old channel: the second one fails
    hb = rot + sec(r.uniform(0, 30))
    S(
        hb + sec(30),
        "ERROR",
        [*conn(old), *hspan("office_rdp"), ("run", [])],
        "rathole::server",
        "Failed to write control cmds: Failed to write data: Broken pipe (os error 32)",
        "Failed to write control cmds: Failed to write data: Broken pipe (os error 32)",
    )
    S(
        hb + sec(30.0002),
        "INFO",
        [*conn(old), *hspan("office_rdp"), ("run", [])],
        "rathole::server",
        "Control channel shutdown",
        "Control channel shutdown",
    )
    t += sec(r.uniform(0.02, 0.06))
    n = 0
    while True:
        if t >= fix:
            client_ok("office", "office_rdp", office_ip, t)
            break
        addr = f"{office_ip}:{eph()}"
        ts = S(
            t,
            "INFO",
            conn(addr),
            "rathole::server",
            "Try to handshake a control channel",
            "Try to handshake a control channel",
        )
        ts = S(
            ts + sec(r.uniform(0.002, 0.02)),
            "ERROR",
            conn(addr),
            "rathole::server",
            "Service %s failed the authentication",
            "Service office_rdp failed the authentication",
        )
        t = fail(
            "office",
            "office_rdp",
            ts + sec(r.uniform(0.01, 0.04)),
            "Authentication failed: %s: Incorrect token",
            "Authentication failed: office_rdp: Incorrect token",
            d := backoff(n),
        )
        n += 1
        t += sec(d + r.uniform(0.01, 0.03))
    t = S(
        fix,
        "INFO",
        cw_srv,
        "rathole::config_watcher",
        "Rescan the configuration",
        "Rescan the configuration",
    )
    t = S(
        t + sec(0.0004),
        "INFO",
        [],
        "rathole",
        "Service change detected. %s",
        'Service change detected. ServerChange(Add(ServerServiceConfig { service_type: Tcp, name: "office_rdp", bind_addr: "0.0.0.0:13389", token: Some(MASKED), nodelay: None }))',
    )
    teardown("office_rdp", old, t + sec(0.0003), run_done=True)

    # the second DSL resync
    link_lost("home", home_svcs, at(10, 48, 5), at(10, 48, 23), home_ips[2], "unreachable")

    # an old laptop asks for a service removed long ago, every 30 s
    t = at(11, 10, 44)
    while t < T_END:
        addr = f"203.0.113.77:{eph()}"
        ts = S(
            t,
            "INFO",
            conn(addr),
            "rathole::server",
            "Try to handshake a control channel",
            "Try to handshake a control channel",
        )
        S(
            ts + sec(r.uniform(0.03, 0.09)),
            "ERROR",
            conn(addr),
            "rathole::server",
            "No such a service %s",
            f"No such a service {rh_digest('minecraft')}",
        )
        t += sec(30 + r.uniform(0.05, 0.4))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- sccache

SC_TUS = [
    "src/config/loader.cpp", "src/config/schema.cpp", "src/core/engine.cpp",
    "src/core/scheduler.cpp", "src/core/timer.cpp", "src/io/uart.cpp", "src/io/spi.cpp",
    "src/io/i2c.cpp", "src/net/socket.cpp", "src/net/mqtt_client.cpp", "src/net/tls.cpp",
    "src/parser/lexer.cpp", "src/parser/parser.cpp", "src/parser/ast.cpp",
    "src/storage/flash.cpp", "src/storage/kv_store.cpp", "src/util/crc32.cpp",
    "src/util/strings.cpp",
    "src/update/ota.cpp", "src/update/signature.cpp",
]  # fmt: skip
# crate, version, edition, kind (lib / proc-macro / build script / bin), features, workspace member
SC_CRATES = [
    ("unicode-ident", "1.0.12", "2018", "lib", [], False),
    ("proc-macro2", "1.0.85", "2021", "build", [], False),
    ("proc-macro2", "1.0.85", "2021", "lib", ["proc-macro"], False),
    ("quote", "1.0.36", "2018", "lib", ["proc-macro"], False),
    ("libc", "0.2.155", "2015", "build", ["default", "std"], False),
    ("syn", "2.0.66", "2021", "lib", ["clone-impls", "derive", "parsing", "printing", "proc-macro"], False),
    ("serde", "1.0.203", "2018", "build", ["default", "derive", "serde_derive", "std"], False),
    ("serde_derive", "1.0.203", "2015", "proc-macro", ["default"], False),
    ("libc", "0.2.155", "2015", "lib", ["default", "std"], False),
    ("memchr", "2.7.2", "2021", "lib", ["alloc", "std"], False),
    ("itoa", "1.0.11", "2018", "lib", [], False),
    ("ryu", "1.0.18", "2018", "lib", [], False),
    ("serde_json", "1.0.117", "2021", "build", ["default", "std"], False),
    ("serde", "1.0.203", "2018", "lib", ["default", "derive", "serde_derive", "std"], False),
    ("pin-project-lite", "0.2.14", "2018", "lib", [], False),
    ("bytes", "1.6.0", "2018", "lib", ["default", "std"], False),
    ("tokio-macros", "2.3.0", "2021", "proc-macro", [], False),
    ("once_cell", "1.19.0", "2021", "lib", ["alloc", "default", "race", "std"], False),
    ("log", "0.4.21", "2021", "lib", ["std"], False),
    ("serde_json", "1.0.117", "2021", "lib", ["default", "std"], False),
    ("tokio", "1.38.0", "2021", "lib", ["bytes", "default", "libc", "macros", "net", "rt", "rt-multi-thread", "time", "tokio-macros"], False),
    ("telemetry-proto", "0.9.0", "2021", "lib", [], True),
    ("telemetry-core", "0.9.0", "2021", "lib", [], True),
    ("telemetry-agent", "0.9.0", "2021", "bin", [], True),
]  # fmt: skip
SC_REG = "/usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f"
SC_MINIO = "http://minio.ci.internal:9000/sccache"


def sc_secs(s: float) -> str:
    """sccache's fmt_duration_as_secs: seconds and milliseconds."""
    ms_ = round(s * 1000)
    return f"{ms_ // 1000}.{ms_ % 1000:03d} s"


def sc_vec(args: list[str]) -> str:
    """`{:?}` of a Vec<OsString>: each quoted, quotes escaped."""
    return "[" + ", ".join('"' + a.replace('"', '\\"') + '"' for a in args) + "]"


def sc_cpp_args(tu: str) -> list[str]:
    obj = f"CMakeFiles/fw_core.dir/{tu}.o"
    return [
        "-DFW_CORE_BUILD",
        "-DSPDLOG_COMPILED_LIB",
        '-DFW_CORE_VERSION="3.8.1"',
        "-I/builds/platform/fw-core/include",
        "-I/builds/platform/fw-core/build/generated",
        "-isystem",
        "/builds/platform/fw-core/third_party/spdlog/include",
        "-O2",
        "-g",
        "-DNDEBUG",
        "-std=gnu++17",
        "-fPIC",
        "-Wall",
        "-Wextra",
        "-Werror=return-type",
        "-MD",
        "-MT",
        obj,
        "-MF",
        f"{obj}.d",
        "-o",
        obj,
        "-c",
        f"/builds/platform/fw-core/{tu}",
    ]


def sc_rust_args(crate: tuple, meta: str) -> list[str]:
    name, ver, ed, kind, feats, ws = crate
    root = "/builds/platform/telemetry-agent"
    cname = name.replace("-", "_")
    if ws:
        src = f"{name.removeprefix('telemetry-')}/src/{'main' if kind == 'bin' else 'lib'}.rs"
        src = f"crates/{src}"
    else:
        src = f"{SC_REG}/{name}-{ver}/{'build.rs' if kind == 'build' else 'src/lib.rs'}"
    args = [
        "--crate-name",
        "build_script_build" if kind == "build" else cname,
        f"--edition={ed}",
        src,
    ]
    args += ["--error-format=json", "--json=diagnostic-rendered-ansi,artifacts,future-incompat"]
    ctype = {"build": "bin", "bin": "bin", "lib": "lib", "proc-macro": "proc-macro"}[kind]
    args += ["--crate-type", ctype]
    args += [
        "--emit=dep-info,link" if kind in ("build", "bin") else "--emit=dep-info,metadata,link"
    ]
    args += [
        "-C",
        "opt-level=3" if kind not in ("build", "proc-macro") else "opt-level=0",
    ]
    args += ["-C", "embed-bitcode=no"]
    for f in feats:
        args += ["--cfg", f'feature="{f}"']
    args += ["-C", f"metadata={meta}", "-C", f"extra-filename=-{meta}"]
    tdir = f"{root}/target/release"
    out = f"{tdir}/build/{name}-{meta}" if kind == "build" else f"{tdir}/deps"
    args += ["--out-dir", out, "-L", f"dependency={tdir}/deps"]
    if not ws:
        args += ["--cap-lints", "allow"]
    return args


def sccache(r: random.Random) -> list[Log]:
    """sccache 0.8.1 servers on three GitLab runners (`ci-runner-01-sccache.log`, -02, -03: the
    daemon's stderr in SCCACHE_ERROR_LOG, appended by each server the jobs start, with
    SCCACHE_LOG=sccache=debug; env_logger's `[time LEVEL module] ` head, whole seconds), an S3
    cache on MinIO. Fourteen jobs build a C++ firmware library (cmake and ninja, 20
    translation units, CMAKE_CXX_COMPILER_LAUNCHER=sccache) or a Rust workspace
    (RUSTC_WRAPPER=sccache, 24 rustc calls, five of them build scripts or a binary sccache
    won't cache); each job shows the stats at its end, each server stops after ten idle
    minutes and the next job starts one. MinIO is down 08:10-08:24 (a running server's
    cache reads fail with opendal's error and `Caused by:` chain, then its writes; servers
    starting then fail their storage check); a broken merge request fails a compile at
    09:05; the CI image's toolchains are
    bumped at 10:00 (every key new: compiles and writes); runner-03 gets a read-only MinIO key
    from an Ansible run at 11:05 (`server has setup with ReadOnly`, writes refused)."""
    fs = Files()
    minio_down = (at(8, 10, 0), at(8, 24, 30))
    bump = at(10, 0, 0)
    readonly_from = at(11, 5, 0)
    state: dict[str, dict] = {}
    cache: set[str] = set()

    def L(
        run: str,
        t: datetime,
        level: str,
        module: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        st = state[run]
        pid = st["pid"]

        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%dT%H:%M:%S}Z {level:<5} {module}] {msg}", *(more or [])]

        st["last"] = t
        return fs.add(f"{run}-sccache.log", t, label, text, (run, pid), S1)

    def srv(run, t, level, label, msg, more=None):
        return L(run, t, level, "sccache::server", label, msg, more)

    def cmp_(run, t, level, label, msg, more=None):
        return L(run, t, level, "sccache::compiler::compiler", label, msg, more)

    def stop_idle(run: str, now: datetime) -> None:
        st = state[run]
        if st["running"] and (now - st["last"]).total_seconds() >= 600:
            t = st["last"] + sec(600)
            t = srv(
                run,
                t,
                "INFO",
                "shutting down due to being idle or request",
                "shutting down due to being idle or request",
            )
            t = srv(
                run,
                t,
                "INFO",
                "moving into the shutdown phase now, waiting at most %d seconds for all client requests to complete",
                "moving into the shutdown phase now, waiting at most 10 seconds for all client requests to complete",
            )
            srv(run, t, "INFO", "ok, fully shutting down now", "ok, fully shutting down now")
            st["running"] = False

    def start(run: str, t: datetime) -> datetime | None:
        st = state[run]
        st["pid"] = r.randint(20000, 4000000)
        t = srv(run, t, "INFO", "start_server: port: %d", "start_server: port: 4226")
        t = srv(
            run,
            t,
            "INFO",
            "No scheduler address configured, disabling distributed sccache",
            "No scheduler address configured, disabling distributed sccache",
        )
        if in_any(t, [minio_down]):
            url = f"{SC_MINIO}/.sccache_check"
            srv(
                run,
                t + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                "storage check failed for: cache storage failed to read: Unexpected (temporary) at read => send http request",
                "storage check failed for: cache storage failed to read: Unexpected (temporary) at read => send http request",
                [
                    "",
                    "Context:",
                    f"   url: {url}",
                    "   called: http_util::Client::send",
                    "   service: s3",
                    "   path: .sccache_check",
                    "   range: 0-",
                    "",
                    "Source:",
                    f"   error sending request for url ({url}): client error (Connect): tcp connect error: Connection refused (os error 111)",
                    "",
                ],
            )
            return None
        mode = "ReadOnly" if run == "ci-runner-03" and t >= readonly_from else "ReadWrite"
        st["mode"] = mode
        t = srv(run, t, "INFO", "server has setup with %s", f"server has setup with {mode}")
        t = srv(
            run,
            t,
            "INFO",
            "server started, listening on port %d",
            "server started, listening on port 4226",
        )
        st["running"] = True
        return t

    def ensure(run: str, t: datetime) -> datetime | None:
        stop_idle(run, t)
        if not state[run]["running"]:
            return start(run, t)
        return t

    def compile_(
        run: str,
        t: datetime,
        pretty: str,
        args: list[str],
        key: str,
        dur: float,
        cannot: str = "",
        fails: bool = False,
    ) -> tuple[datetime, bool]:
        """One compile request through the server: the lines it writes; returns the time
        of its last line and whether it succeeded."""
        st = state[run]
        a = sc_vec(args)
        t = srv(run, t, "DEBUG", "handle_client: compile", "handle_client: compile")
        t = srv(
            run,
            t,
            "DEBUG",
            "check_compiler: Supported compiler",
            "check_compiler: Supported compiler",
        )
        if cannot:
            srv(
                run,
                t,
                "DEBUG",
                "parse_arguments: CannotCache(crate-type, %s): %s",
                f"parse_arguments: CannotCache(crate-type, {cannot}): {a}",
            )
            return t, True
        t = srv(run, t, "DEBUG", "parse_arguments: Ok: %s", f"parse_arguments: Ok: {a}")
        t = cmp_(
            run,
            t,
            "DEBUG",
            "[%s]: get_cached_or_compile: %s",
            f"[{pretty}]: get_cached_or_compile: {a}",
        )
        hk = r.uniform(0.004, 0.09) if args[0].startswith("--") else r.uniform(0.02, 0.35)
        t = cmp_(
            run,
            t + sec(hk),
            "DEBUG",
            "[%s]: generate_hash_key took %s",
            f"[{pretty}]: generate_hash_key took {sc_secs(hk)}",
        )
        t = cmp_(run, t, "DEBUG", "[%s]: Hash key: %s", f"[{pretty}]: Hash key: {key}")
        down = in_any(t, [minio_down])
        lk = r.uniform(0.002, 0.006) if down else r.uniform(0.008, 0.09)
        if down:
            p = f"{key[0]}/{key[1]}/{key[2]}/{key}"
            url = f"{SC_MINIO}/{p}"
            t = cmp_(
                run,
                t + sec(lk),
                "ERROR",
                "[%s]: Cache read error: Unexpected (temporary) at read, context: { url: %s, called: http_util::Client::send, service: s3, path: %s, range: 0- } => send http request, source: error sending request for url (%s)",
                f"[{pretty}]: Cache read error: Unexpected (temporary) at read, context: {{ url: {url}, called: http_util::Client::send, service: s3, path: {p}, range: 0- }} => send http request, source: error sending request for url ({url})",
                [
                    "",
                    "Caused by:",
                    f"    0: error sending request for url ({url})",
                    "    1: client error (Connect)",
                    "    2: tcp connect error",
                    f"    3: Connection refused (os error 111) in {sc_secs(lk)}",
                ],
            )
            hit = False
        elif key in cache:
            t = cmp_(
                run,
                t + sec(lk),
                "DEBUG",
                "[%s]: Cache hit in %s",
                f"[{pretty}]: Cache hit in {sc_secs(lk)}",
            )
            srv(
                run,
                t + sec(r.uniform(0.001, 0.02)),
                "DEBUG",
                "compile result: cache hit",
                "compile result: cache hit",
            )
            return t, True
        else:
            t = cmp_(
                run,
                t + sec(lk),
                "DEBUG",
                "[%s]: Cache miss in %s",
                f"[{pretty}]: Cache miss in {sc_secs(lk)}",
            )
            hit = False
        assert not hit
        t = cmp_(run, t, "DEBUG", "[%s]: Compiling locally", f"[{pretty}]: Compiling locally")
        if fails:
            t = cmp_(
                run,
                t + sec(dur),
                "DEBUG",
                "[%s]: Compiled in %s, but failed, not storing in cache",
                f"[{pretty}]: Compiled in {sc_secs(dur)}, but failed, not storing in cache",
            )
            t = srv(
                run,
                t,
                "DEBUG",
                "[%s]: compile result: compile failed",
                f"[{pretty}]: compile result: compile failed",
            )
            return t, False
        t = cmp_(
            run,
            t + sec(dur),
            "DEBUG",
            "[%s]: Compiled in %s, storing in cache",
            f"[{pretty}]: Compiled in {sc_secs(dur)}, storing in cache",
        )
        ca = r.uniform(0.004, 0.12)
        t = cmp_(
            run,
            t + sec(ca),
            "DEBUG",
            "[%s]: Created cache artifact in %s",
            f"[{pretty}]: Created cache artifact in {sc_secs(ca)}",
        )
        t = srv(
            run,
            t,
            "DEBUG",
            "[%s]: compile result: cache miss",
            f"[{pretty}]: compile result: cache miss",
        )
        if in_any(t, [minio_down]):
            p = f"{key[0]}/{key[1]}/{key[2]}/{key}"
            url = f"{SC_MINIO}/{p}"
            t = srv(
                run,
                t + sec(r.uniform(0.002, 0.01)),
                "DEBUG",
                "Error executing cache write: Unexpected (temporary) at write, context: { url: %s, called: http_util::Client::send, service: s3, path: %s } => send http request, source: error sending request for url (%s)",
                f"Error executing cache write: Unexpected (temporary) at write, context: {{ url: {url}, called: http_util::Client::send, service: s3, path: {p} }} => send http request, source: error sending request for url ({url})",
            )
        elif st["mode"] == "ReadOnly":
            t = srv(
                run,
                t + sec(0.0005),
                "DEBUG",
                "Error executing cache write: Cannot write to read-only storage",
                "Error executing cache write: Cannot write to read-only storage",
            )
        else:
            w = r.uniform(0.02, 0.4)
            t = cmp_(
                run,
                t + sec(w),
                "DEBUG",
                "[%s]: Stored in cache successfully!",
                f"[{pretty}]: Stored in cache successfully!",
            )
            t = srv(
                run,
                t,
                "DEBUG",
                "[%s]: Cache write finished in %s",
                f"[{pretty}]: Cache write finished in {sc_secs(w)}",
            )
            cache.add(key)
        return t, True

    ver: dict[str, int] = {}

    def key_of(*parts: object) -> str:
        return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()

    def toolchain(t: datetime, lang: str) -> str:
        if lang == "cpp":
            return "g++-12.2.0" if t < bump else "g++-12.3.0"
        return "rustc-1.78.0" if t < bump else "rustc-1.79.0"

    # warm cache: every key of the starting sources was stored the day before
    for tu in SC_TUS:
        ver[tu] = 0
        cache.add(key_of("cpp", tu, 0, "g++-12.2.0"))
    for c in SC_CRATES:
        ver[c[0] + c[3]] = 0
        cache.add(key_of("rs", c[0], c[3], 0, "rustc-1.78.0", "release"))

    # (runner, start, project, changed units, new commit, flags)
    jobs = [
        ("ci-runner-01", at(6, 12, 31), "cpp", 3, True, ""),
        ("ci-runner-02", at(6, 25, 8), "rs", 2, True, ""),
        ("ci-runner-01", at(7, 5, 17), "rs", 2, True, ""),
        ("ci-runner-02", at(7, 30, 2), "cpp", 2, True, ""),
        ("ci-runner-03", at(8, 8, 41), "rs", 2, True, ""),
        ("ci-runner-01", at(8, 12, 9), "cpp", 4, True, ""),
        ("ci-runner-02", at(8, 15, 55), "rs", 0, False, ""),
        ("ci-runner-01", at(8, 40, 26), "cpp", 0, False, ""),
        ("ci-runner-02", at(9, 5, 13), "cpp", 2, True, "broken"),
        ("ci-runner-02", at(9, 35, 40), "rs", 2, True, ""),
        ("ci-runner-01", at(10, 12, 7), "cpp", 1, True, ""),
        ("ci-runner-03", at(10, 50, 19), "rs", 2, True, ""),
        ("ci-runner-03", at(11, 8, 33), "cpp", 3, True, ""),
        ("ci-runner-03", at(11, 40, 12), "rs", 2, True, ""),
    ]
    for run in ["ci-runner-01", "ci-runner-02", "ci-runner-03"]:
        state[run] = {"running": False, "pid": 0, "last": T0, "mode": "ReadWrite"}
    for run, js, proj, changed, new, flags in jobs:
        if new:
            units = SC_TUS if proj == "cpp" else [c[0] + c[3] for c in SC_CRATES if c[5]]
            chg = r.sample(units, changed) if proj == "cpp" else units[:changed]
            for u in chg:
                ver[u] += 1
        else:
            chg = []
        t = ensure(run, js)
        if t is None:
            # the job's compiles each try to start a server, and the build stops
            for _ in range(r.randint(1, 3)):
                js += sec(r.uniform(0.3, 2.5))
                start(run, js)
            continue
        ok = True
        if proj == "cpp":
            order = list(SC_TUS)
            r.shuffle(order)
            broken = chg[0] if flags == "broken" else ""
            tc = t + sec(r.uniform(1.5, 4))
            ends: list[datetime] = []
            for tu in order:
                key = key_of("cpp", tu, ver[tu], toolchain(tc, "cpp"))
                te, good = compile_(
                    run,
                    tc,
                    tu.rsplit("/", 1)[1] + ".o",
                    sc_cpp_args(tu),
                    key,
                    r.uniform(1.8, 9.5),
                    fails=tu == broken,
                )
                ends.append(te)
                if not good:
                    ok = False
                    break
                tc += sec(r.uniform(0.2, 1.6))
            t = max(ends)
        else:
            tc = t + sec(r.uniform(2, 6))
            ends = []
            for c in SC_CRATES:
                name, _ver, _ed, kind, _f, ws = c
                meta = key_of("meta", name, kind, "release")[:16]
                args = sc_rust_args(c, meta)
                cannot = "bin" if kind in ("build", "bin") else ""
                key = key_of("rs", name, kind, ver[name + kind], toolchain(tc, "rs"), "release")
                dur = r.uniform(0.6, 4) if not ws else r.uniform(6, 28)
                if name in ("syn", "tokio", "serde_json"):
                    dur = r.uniform(8, 22)
                te, _ = compile_(run, tc, name.replace("-", "_"), args, key, dur, cannot=cannot)
                ends.append(te)
                tc += sec(r.uniform(0.1, 1.2))
            t = max(ends)
        if ok:
            srv(
                run,
                t + sec(r.uniform(1, 5)),
                "DEBUG",
                "handle_client: get_stats",
                "handle_client: get_stats",
            )
    for run in state:
        stop_idle(run, T_END)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- spin

SP_CATS = ["shoes", "jackets", "bags", "accessories", "sale", "new"]
SP_SKUS = [
    f"sku-{n}" for n in (1012, 1187, 2210, 2291, 3045, 3318, 3972, 4471, 4502, 5120, 5566, 6031)
]
SP_ASSETS = [
    "/",
    "/assets/app.3f9c1e.js",
    "/assets/app.3f9c1e.css",
    "/favicon.ico",
    "/cart",
    "/products",
]
SP_FRAMES = [
    "__rust_start_panic",
    "rust_panic",
    "std::panicking::rust_panic_with_hook::h6a4b2f1c8d9e0a73",
    "std::panicking::begin_panic_handler::{{closure}}::h2c8e1f0a9b7d6c54",
    "std::sys_common::backtrace::__rust_end_short_backtrace::h4d7e9c3a1b2f0e86",
    "rust_begin_unwind",
    "core::panicking::panic_fmt::h0f3c7a9e2d1b4a58",
    "core::panicking::panic::h8e2f1d0c9a7b3e61",
    "core::option::unwrap_failed::h3c9d8e7f1a2b0c45",
    "api::cart::render_cart::h9a1c7e3f5d2b8064",
    "api::cart::get_cart::{{closure}}::h1e0b4c7d9f2a6385",
    "spin_sdk::http::executor::run::h5b2d8f1e0c7a9346",
    "wasi:http/incoming-handler@0.2.0#handle",
]
SP_OFFSETS = [
    0x2A5F1C,
    0x2A5E8B,
    0x2A5D37,
    0x2A4C92,
    0x2A4BD1,
    0x2A4EF0,
    0x2B83A4,
    0x2B8B5E,
    0x2B8A11,
    0x4F2E1,
    0x51A33,
    0x1C0F7,
    0x1B2C4,
]


def spin(r: random.Random) -> list[Log]:
    """Fermyon Spin 2.3 serving a shop (`spin up -f /srv/shop/spin.toml --listen
    0.0.0.0:3000` under systemd on two hosts behind HAProxy, RUST_LOG=spin=info, stdout and
    stderr appended to `edge-1-shop.log` / `edge-2-shop.log`): tracing's Full format on
    stderr without colours (not a terminal), the CLI's own lines on stdout, and the
    components' output unstamped as they print it (an `api` and a `checkout` component in
    Rust, a static file server). Every request's `Processing request for application %s on
    URI %s` (HAProxy's checks of /.well-known/spin/health every minute, with no Host header:
    `http://localhost/...`); the components' lines (carts, orders, declined payments, a
    missing product); three rolling deploys, each start printing the log and key-value
    locations, `Serving` and the routes: 1.4.3 at 07:50 calls a new payment host not in
    `allowed_outbound_hosts` (Spin's two-line warning on every checkout, the component's
    `payment provider request failed: HttpRequestDenied`) until 1.4.4 at 08:21; a product
    deleted at 09:31 makes carts holding it panic (the guest's panic message on stderr, then
    `Error processing request: error while executing at wasm backtrace:` with 13 frames and
    the trap under `Caused by:`) until 1.4.5 at 10:15."""
    fs = Files()
    deploys = {
        "edge-1": [at(7, 50, 31.2), at(8, 21, 12.6), at(10, 15, 33.9)],
        "edge-2": [at(7, 51, 44.5), at(8, 22, 3.1), at(10, 16, 25.7)],
    }
    gone = at(9, 31, 5)

    def gen(h: str, t: datetime) -> int:
        return sum(t >= d for d in deploys[h])

    def W(h: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f"{h}-shop.log", t, label, lambda x: lines, (h, gen(h, t)), US)

    def T(
        h: str, t: datetime, level: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{h}-shop.log",
            t,
            label,
            lambda x: [tr_plain(x, level, [], "spin_trigger_http", msg), *(more or [])],
            (h, gen(h, t)),
            US,
        )

    def processing(h: str, t: datetime, uri: str) -> datetime:
        return T(
            h,
            t,
            "INFO",
            "Processing request for application %s on URI %s",
            f"Processing request for application shop on URI {uri}",
        )

    def startup(h: str, t: datetime) -> None:
        t = W(h, t, 'Logging component stdio to "%s"', ['Logging component stdio to ".spin/logs/"'])
        t = W(
            h,
            t + sec(0.0004),
            'Storing default key-value data to "%s".',
            ['Storing default key-value data to ".spin/sqlite_key_value.db".'],
        )
        t = W(h, t + sec(r.uniform(0.3, 0.7)), None, [""])
        t = W(h, t + sec(0.00002), "Serving %s", ["Serving http://0.0.0.0:3000"])
        t = W(h, t + sec(0.00002), "Available Routes:", ["Available Routes:"])
        for comp, route in [("api", "/api"), ("checkout", "/checkout"), ("static", "")]:
            t = W(
                h,
                t + sec(0.00001),
                "%s: %s (wildcard)",
                [f"  {comp}: http://0.0.0.0:3000{route} (wildcard)"],
            )

    def in_restart(h: str, t: datetime) -> bool:
        return any(d - sec(0.4) <= t < d + sec(1.6) for d in deploys[h])

    carts = [hexid(r, 8) for _ in range(60)]
    bad_carts = set(r.sample(carts, 20))

    def order(h: str, t: datetime) -> bool:
        denied = False
        t = processing(h, t, "http://shop.example.com/checkout/orders")
        oid = f"ORD-{next(orders)}"
        if deploys[h][0] <= t < deploys[h][1]:
            denied = True
            t = W(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                "Warning: A component tried to make a HTTP request to non-allowed host '%s'.",
                [
                    "Warning: A component tried to make a HTTP request to non-allowed host 'api.paycore.eu'."
                ],
            )
            t = W(
                h,
                t + sec(0.00003),
                "To allow requests, add 'allowed_outbound_hosts = [\"%s\"]' to the manifest component section.",
                [
                    "To allow requests, add 'allowed_outbound_hosts = [\"https://api.paycore.eu\"]' to the manifest component section."
                ],
            )
            W(
                h,
                t + sec(r.uniform(0.0002, 0.002)),
                "payment provider request failed: %s",
                ["payment provider request failed: HttpRequestDenied"],
            )
        elif r.random() < 0.12:
            W(
                h,
                t + sec(r.uniform(0.3, 1.4)),
                "payment declined for order %s: %s",
                [
                    f"payment declined for order {oid}: {r.choice(['card_declined', 'insufficient_funds', 'expired_card', 'card_declined'])}"
                ],
            )
        else:
            n = r.choice([1, 1, 2, 2, 3, 4])
            W(
                h,
                t + sec(r.uniform(0.3, 1.4)),
                "order %s placed: %d items, total %s EUR",
                [
                    f"order {oid} placed: {n} items, total {r.randint(19, 140) * n + r.choice([0.0, 0.5, 0.9, 0.95]):.2f} EUR"
                ],
            )
        return denied

    def cart_get(h: str, t: datetime, cart: str) -> datetime:
        t = processing(h, t, f"http://shop.example.com/api/cart/{cart}")
        if cart in bad_carts and gone <= t < deploys[h][2]:
            t = W(
                h,
                t + sec(r.uniform(0.003, 0.02)),
                "thread '%s' panicked at %s:%d:%d:\\ncalled `Option::unwrap()` on a `None` value",
                [
                    "thread '<unnamed>' panicked at src/cart.rs:118:42:",
                    "called `Option::unwrap()` on a `None` value",
                    "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
                ],
            )
            frames = [
                f"{i:>5}: {o:#6x} - api.wasm!{f}"
                for i, (o, f) in enumerate(zip(SP_OFFSETS, SP_FRAMES, strict=True))
            ]
            T(
                h,
                t + sec(r.uniform(0.0002, 0.002)),
                "ERROR",
                "Error processing request: error while executing at wasm backtrace:",
                "Error processing request: error while executing at wasm backtrace:",
                [
                    *frames,
                    "note: using the `WASMTIME_BACKTRACE_DETAILS=1` environment variable may show more debugging information",
                    "",
                    "Caused by:",
                    "    wasm trap: wasm `unreachable` instruction executed",
                ],
            )
        return t

    orders = iter(range(58211, 99999))
    for h in ["edge-1", "edge-2"]:
        for d in deploys[h]:
            startup(h, d + sec(r.uniform(0.2, 0.5)))
        # HAProxy's health checks
        t = T0 + sec(r.uniform(0, 60))
        while t < T_END:
            if not in_restart(h, t):
                processing(h, t, "http://localhost/.well-known/spin/health")
            t += sec(60 + r.uniform(-0.01, 0.01))
        # shop traffic
        retries: list[tuple[datetime, str]] = []
        spike = poisson(r, at(9, 45, 0), at(10, 12, 0), 9)
        for t0 in sorted(poisson(r, T0, T_END, 45) + spike):
            if in_restart(h, t0):
                continue
            t = t0
            kind = pick(
                r,
                [
                    (33, "static"),
                    (20, "list"),
                    (10, "product"),
                    (12, "cart"),
                    (12, "add"),
                    (3, "del"),
                    (9, "order"),
                ],
            )
            cart = r.choice(carts)
            while retries and retries[0][0] <= t:
                # a shopper reloading a cart, or placing an order again, after a failure
                tr, c = retries.pop(0)
                if in_restart(h, tr):
                    continue
                if c == "order":
                    order(h, tr)
                else:
                    cart_get(h, tr, c)
            t = t0
            if kind == "static":
                p = r.choice(SP_ASSETS)
                if p == "/products":
                    p = f"/products/{r.choice(SP_SKUS)}"
                processing(h, t, f"http://shop.example.com{p}")
            elif kind == "list":
                processing(
                    h,
                    t,
                    f"http://shop.example.com/api/products?category={r.choice(SP_CATS)}&page={r.choice([1, 1, 1, 2, 3])}",
                )
            elif kind == "product":
                sku = r.choice(SP_SKUS) if r.random() < 0.93 else f"sku-{r.randint(1000, 9999)}"
                t = processing(h, t, f"http://shop.example.com/api/products/{sku}")
                if sku not in SP_SKUS or (sku == "sku-4471" and t >= gone):
                    W(
                        h,
                        t + sec(r.uniform(0.002, 0.02)),
                        "product %s not found",
                        [f"product {sku} not found"],
                    )
            elif kind == "cart":
                t = cart_get(h, t, cart)
                if cart in bad_carts and gone <= t < deploys[h][2]:
                    for _ in range(r.choice([0, 1, 1, 2, 3])):
                        t += sec(r.uniform(4, 40))
                        retries.append((t, cart))
                    retries.sort()
            elif kind == "add":
                t = processing(h, t, "http://shop.example.com/api/cart/items")
                W(
                    h,
                    t + sec(r.uniform(0.004, 0.03)),
                    "cart %s: added %s (qty %d)",
                    [f"cart {cart}: added {r.choice(SP_SKUS)} (qty {r.choice([1, 1, 1, 2, 3])})"],
                )
            elif kind == "del":
                t = processing(h, t, f"http://shop.example.com/api/cart/items/{r.choice(SP_SKUS)}")
                W(
                    h,
                    t + sec(r.uniform(0.004, 0.03)),
                    "cart %s: removed %s",
                    [f"cart {cart}: removed {r.choice(SP_SKUS)}"],
                )
            else:
                if order(h, t):
                    for _ in range(r.choice([1, 1, 2])):
                        t += sec(r.uniform(10, 90))
                        retries.append((t, "order"))
                    retries.sort()
    return fs.logs(T0)


# --------------------------------------------------------------------------------- openfaas

OF_SITE = "/home/app/.local/lib/python3.12/site-packages"
OF_CAMERAS = ["IMG", "DSC", "PXL", "IMG", "IMG"]


def of_size(n: float) -> str:
    """go-units' HumanSizeWithPrecision(n, 4): decimal units, `%.4g`."""
    units = ["B", "kB", "MB", "GB"]
    i = 0
    while n >= 1000 and i < len(units) - 1:
        n /= 1000
        i += 1
    return f"{n:.4g}{units[i]}"


def of_heic_trace() -> list[str]:
    """Flask's `Exception on / [POST]` traceback for a HEIC upload Pillow can't open."""
    return [
        "Traceback (most recent call last):",
        f'  File "{OF_SITE}/flask/app.py", line 1473, in wsgi_app',
        "    response = self.full_dispatch_request()",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OF_SITE}/flask/app.py", line 882, in full_dispatch_request',
        "    rv = self.handle_user_exception(e)",
        "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OF_SITE}/flask/app.py", line 880, in full_dispatch_request',
        "    rv = self.dispatch_request()",
        "         ^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OF_SITE}/flask/app.py", line 865, in dispatch_request',
        "    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/home/app/index.py", line 72, in call_handler',
        "    res = handler.handle(event, context)",
        "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/home/app/function/handler.py", line 41, in handle',
        "    img = Image.open(io.BytesIO(src))",
        "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OF_SITE}/PIL/Image.py", line 3339, in open',
        "    raise UnidentifiedImageError(msg)",
    ]


def openfaas(r: random.Random) -> list[Log]:
    """Three OpenFaaS CE functions on k3s, each pod's `kubectl logs` (of-watchdog 0.10 in
    HTTP mode, Go's `log` with whole seconds; the function's stdout and stderr relayed line
    by line as `stdout: ` / `stderr: ` under the watchdog's time): resize-image (python3-http,
    Flask under waitress, two replicas; its pods `resize-image-7c9b6d5f4-*` until a deploy
    at 09:40 and `resize-image-6b7f8c9d4-*` after), pdf-invoice (python3-http with WeasyPrint;
    `.previous.log` is the container the OOM killer ended at 10:02) and slack-notify (node20,
    express). Every call's `POST / - 200 OK - ContentLength: 87B (0.4213s)`; the functions'
    own lines (`resized %s to %dx%d (%d bytes)`, WeasyPrint's CSS warning on every invoice,
    `invoice %s rendered ...`, `posted alert %s to #%s (%dms)`); a photographer's bulk upload
    07:15-07:19 (waitress' `Task queue depth is %d`); iPhones' HEIC uploads failing 08:50 to
    the 09:40 deploy (Flask's `Exception on / [POST]` with the traceback relayed a line at a
    time, 500s); the weekly invoice batch at 09:00 running past exec_timeout (`Upstream HTTP
    request error: Post "http://127.0.0.1:5000/": context deadline exceeded`, `Upstream HTTP
    killed due to exec_timeout: 30s`) and Slack rate-limiting the alerts it sends; a
    2,000-line invoice at 10:02 whose render the OOM killer ends (`... EOF`, `Forked
    function has terminated: signal: killed`, the restart, a call refused before Python
    listens). The watchdog's start-up lines open each container's log."""
    fs = Files()

    def G(f: str, proc: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """Lines of one watchdog: Go's `log` time before each."""
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {ln}" for ln in lines], proc, S1
        )

    def boot(f: str, proc: str, t: datetime, kind: str) -> datetime:
        fp = "python index.py" if kind == "py" else "node index.js"
        t = G(
            f,
            proc,
            t,
            "Watchdog mode: %s\\tfprocess: %q",
            [f'Watchdog mode: http\tfprocess: "{fp}"'],
        )
        exe, args = ("python", "[index.py]") if kind == "py" else ("node", "[index.js]")
        t = G(f, proc, t, "Forking: %s, arguments: %s", [f"Forking: {exe}, arguments: {args}"])
        t = G(
            f,
            proc,
            t,
            "Started logging: stderr from function.",
            ["Started logging: stderr from function."],
        )
        t = G(
            f,
            proc,
            t,
            "Started logging: stdout from function.",
            ["Started logging: stdout from function."],
        )
        to = "30s" if f.startswith("pdf") else "10s"
        t = G(
            f,
            proc,
            t,
            "Timeouts: read: %s write: %s hard: %s health: %s",
            [f"Timeouts: read: {to} write: {to} hard: {to} health: 5s"],
        )
        t = G(f, proc, t, "Listening on port: %d", ["Listening on port: 8080"])
        t = G(f, proc, t, "Writing lock-file to: %s", ["Writing lock-file to: /tmp/.lock"])
        t = G(f, proc, t, "Metrics listening on port: %d", ["Metrics listening on port: 8081"])
        if kind == "py":
            return G(
                f,
                proc,
                t + sec(r.uniform(0.6, 1.8)),
                "Serving on %s",
                ["stderr: INFO:waitress:Serving on http://0.0.0.0:5000"],
            )
        return G(
            f,
            proc,
            t + sec(r.uniform(0.3, 0.9)),
            "node20 listening on port: %s",
            ["stdout: node20 listening on port: 3000"],
        )

    def req(f: str, proc: str, t: datetime, status: str, size: int, dur: float) -> datetime:
        return G(
            f,
            proc,
            t,
            "%s %s - %s - ContentLength: %s (%.4fs)",
            [f"POST / - {status} - ContentLength: {of_size(size)} ({dur:.4f}s)"],
        )

    def sigterm(f: str, proc: str, t: datetime) -> None:
        t = G(
            f, proc, t, "SIGTERM: no new connections in %s", ["SIGTERM: no new connections in 5s"]
        )
        G(
            f,
            proc,
            t + sec(5),
            "Exiting. Active connections: %d",
            ["Exiting. Active connections: 0"],
        )

    # resize-image: two replicas, replaced by the 09:40 deploy
    old_pods = ["resize-image-7c9b6d5f4-2xq4k", "resize-image-7c9b6d5f4-k7p2d"]
    new_pods = ["resize-image-6b7f8c9d4-q2w8n", "resize-image-6b7f8c9d4-t5x7m"]
    deploy = at(9, 40, 11)
    heic_from = at(8, 50, 0)
    up_new: dict[str, datetime] = {}
    for i, pod in enumerate(new_pods):
        up_new[pod] = boot(f"{pod}.log", pod, deploy + sec(8 + 14 * i + r.uniform(0, 3)), "py")
    for i, pod in enumerate(old_pods):
        sigterm(f"{pod}.log", pod, deploy + sec(8 + 14 * i + r.uniform(4, 6)))
    bulk = (at(7, 15, 5), at(7, 17, 20))
    calls = sorted(poisson(r, T0, T_END, 44) + poisson(r, *bulk, 0.7))
    busy_until = {p: T0 for p in [*old_pods, *new_pods]}
    queue: dict[str, list[datetime]] = {p: [] for p in busy_until}
    for t in calls:
        live = [p for p in old_pods if t < deploy + sec(8 + 14 * old_pods.index(p))]
        live += [p for p in new_pods if p in up_new and t >= up_new[p]]
        if not live:
            continue
        pod = r.choice(live)
        f = f"{pod}.log"
        # waitress' task queue: calls waiting behind the four worker threads
        q = [x for x in queue[pod] if x > t]
        queue[pod] = q
        start = max(t, busy_until[pod]) if len(q) >= 4 else t
        if len(q) >= 4 and r.random() < 0.35:
            G(
                f,
                pod,
                t,
                "Task queue depth is %d",
                [f"stderr: WARNING:waitress.queue:Task queue depth is {len(q) - 3}"],
            )
        name = f"uploads/2024/06/07/{r.choice(OF_CAMERAS)}_{r.randint(1000, 9999)}"
        heic = r.random() < 0.16
        dur = r.uniform(0.18, 1.4) if not in_any(t, [bulk]) else r.uniform(3, 6.5)
        end = start + sec(dur)
        queue[pod].append(end)
        busy_until[pod] = end
        if heic and pod in old_pods and t >= heic_from:
            end = G(
                f,
                pod,
                end,
                "Exception on %s [%s]",
                [
                    "stderr: ERROR:index:Exception on / [POST]",
                    *(f"stderr: {ln}" for ln in of_heic_trace()),
                    f"stderr: PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f{hexid(r, 10)}>",
                ],
            )
            req(f, pod, end, "500 INTERNAL SERVER ERROR", 265, (end - t).total_seconds())
            continue
        ext = ".HEIC" if heic else ".jpg"
        w, hgt = r.choice([(1600, 1200), (1600, 1067), (1200, 1600), (1600, 900)])
        end = G(
            f,
            pod,
            end,
            "resized %s to %dx%d (%d bytes)",
            [
                f"stderr: INFO:function.handler:resized {name}{ext} to {w}x{hgt} ({r.randint(120_000, 640_000)} bytes)"
            ],
        )
        req(f, pod, end, "200 OK", r.randint(84, 92), (end - t).total_seconds())

    # pdf-invoice: one replica; the OOM kill at 10:02 and the restart
    pod = "pdf-invoice-5b8d7f6c9-m4wzn"
    prev, cur = f"{pod}.previous.log", f"{pod}.log"
    oom = at(10, 2, 37)
    back = oom + sec(2.2)
    up = boot(cur, pod + "#1", back, "py")
    batch = poisson(r, at(9, 0, 5), at(9, 9, 0), 14)
    early = back + sec(r.uniform(1.5, 3.5))
    slack_calls: list[tuple[datetime, str]] = []
    for t in sorted(poisson(r, at(6, 30, 0), T_END, 150) + batch + [early]):
        f, proc = (prev, pod) if t < oom else (cur, pod + "#1")
        if oom - sec(40) <= t < oom:
            continue
        if t >= oom and t < up:
            if t >= back:
                G(
                    f,
                    proc,
                    t,
                    'Upstream HTTP request error: Post "%s": dial tcp %s: connect: connection refused',
                    [
                        'Upstream HTTP request error: Post "http://127.0.0.1:5000/": dial tcp 127.0.0.1:5000: connect: connection refused'
                    ],
                )
            continue
        inv = f"INV-2024-{r.randint(18000, 19999)}"
        pages = r.choice([1, 1, 1, 2, 2, 3]) if t not in batch else r.randint(4, 60)
        dur = 1.2 + pages * r.uniform(0.35, 0.8)
        t1 = G(
            f,
            proc,
            t + sec(r.uniform(0.3, 0.6)),
            "Ignored `%s` at %d:%d, unknown property.",
            [
                "stderr: WARNING:weasyprint:Ignored `-webkit-print-color-adjust: exact` at 14:5, unknown property."
            ],
        )
        if dur > 30:
            t2 = G(
                f,
                proc,
                t + sec(30),
                'Upstream HTTP request error: Post "%s": context deadline exceeded',
                [
                    'Upstream HTTP request error: Post "http://127.0.0.1:5000/": context deadline exceeded'
                ],
            )
            G(
                f,
                proc,
                t2,
                "Upstream HTTP killed due to exec_timeout: %s",
                ["Upstream HTTP killed due to exec_timeout: 30s"],
            )
            slack_calls.append((t2 + sec(r.uniform(0.5, 2)), "billing"))
            continue
        size = pages * r.randint(38_000, 61_000)
        t2 = G(
            f,
            proc,
            max(t1, t + sec(dur)),
            "invoice %s rendered: %d pages, %d bytes",
            [f"stderr: INFO:function.handler:invoice {inv} rendered: {pages} pages, {size} bytes"],
        )
        req(f, proc, t2, "200 OK", size, (t2 - t).total_seconds())
    # the 2,000-line invoice
    t = G(
        prev,
        pod,
        oom - sec(34.6),
        "Ignored `%s` at %d:%d, unknown property.",
        [
            "stderr: WARNING:weasyprint:Ignored `-webkit-print-color-adjust: exact` at 14:5, unknown property."
        ],
    )
    t = G(
        prev,
        pod,
        oom,
        'Upstream HTTP request error: Post "%s": EOF',
        ['Upstream HTTP request error: Post "http://127.0.0.1:5000/": EOF'],
    )
    G(
        prev,
        pod,
        t,
        "Forked function has terminated: signal: %s",
        ["Forked function has terminated: signal: killed"],
    )
    slack_calls.append((oom + sec(r.uniform(3, 9)), "billing"))

    # slack-notify: alerts from monitoring and billing; rate-limited during the batch
    spod = "slack-notify-6f4c8b9d7-x9t5q"
    sf = f"{spod}.log"
    alerts = [
        (t, r.choice(["ops-alerts", "ops-alerts", "deploys", "uploads"]))
        for t in poisson(r, T0, T_END, 260)
    ]
    alerts += [(t, "billing") for t, _ in slack_calls]
    alerts += [(t, "billing") for t in poisson(r, at(9, 0, 20), at(9, 10, 0), 20)]
    limited = (at(9, 2, 10), at(9, 8, 40))
    for t, ch in sorted(alerts):
        if in_any(t, [limited]):
            t1 = G(
                sf,
                spod,
                t + sec(r.uniform(0.1, 0.3)),
                "slack API error: %s (retry after %ss)",
                [f"stderr: slack API error: ratelimited (retry after {r.randint(2, 30)}s)"],
            )
            req(sf, spod, t1, "500 Internal Server Error", 36, (t1 - t).total_seconds())
            continue
        ms_ = r.randint(110, 420)
        t1 = G(
            sf,
            spod,
            t + sec(ms_ / 1000),
            "posted alert %s to #%s (%dms)",
            [f"stdout: posted alert {hexid(r, 8)} to #{ch} ({ms_}ms)"],
        )
        req(sf, spod, t1, "200 OK", 16, (t1 - t).total_seconds())
    return fs.logs(T0)


SYSTEMS = {
    "atuin": atuin,
    "rathole": rathole,
    "sccache": sccache,
    "spin": spin,
    "openfaas": openfaas,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
