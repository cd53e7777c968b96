#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 60 (rocksdb, maxscale, qdrant, meilisearch, dgraph) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock); the lines of one message share it. Five log shapes not yet covered:

- RocksDB 8.10's info LOG (`LOG`, `LOG.old.<micros>`: `2024/06/04-06:00:01.123456
  140227853321280 [/flush_job.cc:937] [accounts] [JOB 29] msg`, the decimal thread id, `[WARN]` /
  `[ERROR]` before the source, `(Original Log Time ...)` before a buffered line, EVENT_LOG_v1's
  JSON records, the header and options dump with no source, the stats dump's unstamped lines):
  flushes, compactions, stats dumps, write stalls, a full volume and the error handler's
  recovery, a restart. The options dump is cut to a selection (six DB options, five per column
  family) to keep the system within the set's template range; a real one prints some 150.
- MariaDB MaxScale 23.08 (`maxscale-1.log`, `maxscale-2.log`: `2024-06-04 06:00:01.123   notice :
  (1840211) [readwritesplit] (Read-Write-Service) msg`, the level padded to seven, the session,
  module and service before the message where there is one; the file's own header line):
  start-up, failed logins, readwritesplit's info lines for twelve minutes, a primary's crash,
  the failover, the rejoin and a switchover.
- Qdrant 1.9 (`qdrant.log`: tracing's `2024-06-04T06:00:02.123456Z  INFO target: msg` with four
  blanks after each message, actix-web's access line, the banner printed on stdout, a Rust panic
  with its backtrace under the line): searches, upserts, errors by status, a panic, an OOM kill
  and the restart.
- Meilisearch 1.5 (`meilisearch.log`: env_logger's `[2024-06-04T06:00:01Z INFO  target] msg`,
  whole seconds, actix-web's access line, the start banner's `eprintln!` lines with tabs and
  blank lines): searches, document batches, task polling, a full disk failing each batch, a
  restart, a reindex.
- Dgraph v20.03 on Kubernetes (`dgraph-zero-0.log`, `dgraph-alpha-{0,1,2}.log`: glog's
  `I0604 06:00:01.123456      18 draft.go:506] msg` with no file header, Badger's and etcd raft's
  lines through `log.go:34]`, Go's `panic:` with its goroutine dump, the multi-line version
  banner): compactions, rollups, snapshots, telemetry, slow raft, a leader's crash, the
  election, the restart and old transactions aborted.

Label notes. The rules of rounds 51 to 59 hold. RocksDB's thread id, source location, `[WARN]`
level and `(Original Log Time ...)` are context; an EVENT_LOG_v1 record is labelled by its
`event` (`EVENT_LOG_v1 flush_started`), as round 54's and 55's structured records by the field
that says what happened, its other keys values; the header and each option line are statements
(`Options.write_buffer_size: %zu`, labelled without the padding); `[%s]` column family prefixes
are in the formats (wording), their names values; the stats dump is one message whose text
starts with a newline (`\\n** DB Stats **\\n%s`, labelled on its stamped line, its lines
continuations). MaxScale's level, `(session)`, `[module]` and `(service)` are context;
`Selected %s: %s` and `Route query to %s: %s <` take the role as a value (one call each);
`current operations : %d in %s %s` is one statement for each row. Qdrant's and Meilisearch's
access lines are labelled by route and status (`%s "POST /collections/%s/points/search
HTTP/1.1" 200 %d "%s" "%s" %f`), as nova's and the ALB's, a collection's or index's name and a
document or task id values, a constant query string (`?wait=true`) wording; the Qdrant banner is
one statement (its lines continuations), `Version: %s, build: %s` another, `Access web UI at
%s\\n` another (its blank line a continuation); a panic's `Panic backtrace: \\n%s` holds its
frames. Meilisearch's banner lines are each an `eprintln!` statement, tabs written `\\t`; a
statement whose text starts with a newline is labelled on its first line of text, the blank
line before it going with the statement before (`\\nThank you for using Meilisearch!\\n`). Dgraph's
glog header (level letter, time, pid, `file:line]`) is context; Badger's stream prefix (`Rolling
up`) is a value of `%s Created batch of size: %s in %s.`; etcd raft's formats are labelled as
raft writes them (`%x became follower at term %d`, `%x received %s from %x at term %d` for the
vote responses of both kinds); Go's panic is one event labelled with its first line; the
version banner is one message (`\\n\\nDgraph version   : %v\\n%s`) on the stamped `init.go:107] `
line.

Sources. The helper checked these against public copies: RocksDB's flush and commit lines
(`[JOB %d] Level-0 flush table #%lu: %lu bytes OK`, `Flush lasted ... cpu microseconds.`,
`(Original Log Time ...) ... Level-0 commit table #%lu started` / `: memtable #%d done`,
`Level summary: base level ...`, `New memtable created with log file`), EVENT_LOG_v1's
`flush_started`, `table_file_creation`, `flush_finished` and `compaction_started` records,
`Generated table #%lu: %lu keys, %lu bytes`, the stalls (`Stalling writes because we have %d
level-0 files rate %lu`, `Stopping writes because we have %d level-0 files`, `Stalling writes
because of estimated pending compaction bytes %lu rate %lu`, with `[WARN] [/column_family.cc:N]`)
(real LOGs in issues); MaxScale's `Server changed state: %s[%s:%u]: %s. [%s] -> [%s]` and the
info lines of a readwritesplit session (`Found matching user ...`, `Target connection counts:`,
`current operations : %d in %s %s`, `Connected to '%s'`, `Selected Master: %s`, `Selected
Slave: %s`) (real logs, MaxScale 2.x and 2.5); Qdrant's access line with its trailing blanks,
`Telemetry reporting enabled, id: %s`, `Config file not found: %s`, `Loading raft state from %s`
and the banner with `Version:` and `Access web UI at` (real logs, 1.8 to 1.14); Meilisearch's
env_logger line with actix-web's access line (real logs, 0.26 to 0.29); Dgraph's glog lines
`Connected to group zero. Assigned group: %d`, `Raft Id after connection to Zero: %#x`, `Node
ID: %#x with GroupID: %d`, `Setting raft.Config to: %+v`, `Found Snapshot.Metadata`, `Found
hardstate`, `Group %d found %d entries`, `HTTP server started.  Listening on port %d`, `CONNECTING
to %s`, `Server is ready`, `Got address of a Zero leader`, `Starting a new membership stream
receive from %s.`, `Received first state update from Zero`, `Opening postings BadgerDB with
options`, `Creating snapshot at index: %d. ReadTs: %d.`, `CreateSnapshot i=%d,
cs=%v`, `Writing snapshot at index: %d, applied mark: %d`, `Raft.Ready took too long to process`,
`Got compaction priority`, `Running for level`, `LOG Compact 0->1, del %d tables, add %d tables,
took %s`, `Compaction for level: %d DONE`, the `Rolling up` stream lines, the telemetry lines,
`Calculating tablet sizes. Found %d tables`, `Got connection request`, `Connected:` (real logs
in issues, v1.0 to v20.03). The rest is from the helper's knowledge, not checked (least sure:
RocksDB's source line numbers, `Calling FlushMemTableToOutputFile ...`, the compaction summary
and `compacted to:` lines' exact fields, the options' padding, the header lines, `Manual
compaction ...`, the error handler's `Background IO error`, `Waiting after background
compaction error`, `Resuming DB` / `Successfully resumed DB`, the immutable-memtables stop, the
stats dump's columns; MaxScale 23.08's start-up and shutdown texts, the log file's header,
`Updated '%s' from '%s' to '%s'.`, the failover and rejoin texts, `Lost connection to the primary
server ...`, `Couldn't find suitable %s ...`, the authentication failure's wording, the
replication-lag warning (made up for the story), and whether 23.08 still writes
`Master`/`Slave` in `Selected` and `Route query to`; Qdrant's collection loading and shard
recovery lines, the tonic and actix start lines, the panic hook's texts, `Failed to apply
update operation`; Meilisearch 1.5's `A batch of tasks was successfully completed.`, `Batch
failed %s`, the actix-server start and shutdown lines' case, the banner's exact lines; Dgraph's
`Echo error from`, `Connection lost with`, `Connection established with`, `Restarting`, `x.WorkerConfig` and the write-ahead log's options, the
TryAbort lines, `Purged below ts`, the version banner, the panic's frames). Run it only to
change the data on purpose: `python bench/heldout/generate_round60.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson


def micros(t: datetime) -> int:
    return int(t.timestamp() * 1_000_000)


def access(ip: str, method: str, path: str, status: int, size: int, ua: str, took: float) -> str:
    """actix-web's default Logger line (`%a "%r" %s %b "%{Referer}i" "%{User-Agent}i" %T`)."""
    return f'{ip} "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" {took:.6f}'


def access_label(method: str, route: str, status: int) -> str:
    """A request line's label: its route and status, the rest values (as nova's and the ALB's)."""
    return f'%s "{method} {route} HTTP/1.1" {status} %d "%s" "%s" %f'


Emit = Callable[..., datetime]


def actix_logger(
    emit: Emit, r: random.Random, ips: list[str], ua: dict[str, str], other: str
) -> Emit:
    """One server's request logger: `req(t, method, route, path, status, size, took, ip)` writes
    actix-web's line `took` seconds after `t` through `emit(t, fmt, msg)`, labelled by route and
    status; a request from no given address comes from one of `ips`."""

    def req(
        t: datetime,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
        took: float,
        ip: str | None = None,
    ) -> datetime:
        ip = ip or r.choice(ips)
        return emit(
            t + timedelta(seconds=took),
            access_label(method, route, status),
            access(ip, method, path, status, size, ua.get(ip, other), took),
        )

    return req


def one_by_one(
    emit: Emit, t: datetime, lo: float, hi: float, r: random.Random, calls: list[tuple]
) -> datetime:
    """Several calls of one code path in a row, each a little after the last."""
    for args in calls:
        t = emit(t + secs(r, lo, hi), *args)
    return t


# --------------------------------------------------------------------------------- rocksdb

RX_VERSION = "8.10.0"
RX_DIR = "/var/lib/ledgerd/db"
RX_CFS = ["default", "accounts", "txlog"]
RX_TID = {
    "main": 140227853321280,
    "flush": 140227701167680,
    "compact1": 140227692774976,
    "compact2": 140227684382272,
    "stats": 140227675989568,
}
# (option, value): the DB options ROCKS_LOG_HEADER prints at open, a selection
RX_DB_OPTS = [
    ("Options.error_if_exists: %d", "0"),
    ("Options.create_if_missing: %d", "1"),
    ("Options.paranoid_checks: %d", "1"),
    ("Options.max_open_files: %d", "-1"),
    ("Options.max_background_jobs: %d", "4"),
    ("Options.stats_dump_period_sec: %u", "600"),
]
RX_CF_OPTS = [
    ("Options.comparator: %s", "leveldb.BytewiseComparator"),
    ("Options.write_buffer_size: %zu", "67108864"),
    ("Options.compression: %s", "LZ4"),
    ("Options.level0_slowdown_writes_trigger: %d", "20"),
    ("Options.level0_stop_writes_trigger: %d", "36"),
]


def rocksdb(r: random.Random) -> list[Log]:
    """RocksDB 8.10 under a ledger service (`ledgerd`), three column families (`default`,
    `accounts`, `txlog`), its info LOG in the DB directory: `LOG.old.1717492561023374`, the run
    from 06:00 until the operator restarts the service at 10:56, and `LOG`, the run after it.
    Each open prints the header, a selection of the options dump (per column family after
    `--------------- Options for column family [%s]:`), the manifest recovery and the WAL
    replay. Then: memtable flushes (`New memtable created`, `Flushing memtable`, EVENT_LOG_v1
    `flush_started`, `table_file_creation`, `Level-0 flush table #%lu: %lu bytes OK`, the commit
    lines under `(Original Log Time ...)`, `flush_finished`, `Level summary`), L0->L1 and
    deeper compactions (`Compacting %d@%d + %d@%d files`, `compaction_started`, `Generated
    table`, `compacted to: ...`, `compaction_finished`, `table_file_deletion` per input), the
    stats dump every ten minutes (`------- DUMPING STATS -------`, then one message of many
    lines), a bulk import at 08:30 piling L0 files up (`Stalling writes because we have %d
    level-0 files rate %lu`, `Stopping writes because ...`, the pending-compaction-bytes stall),
    the volume filling at 10:31 (`Waiting after background compaction error: IO error: No
    space left on device ...`, `Background IO error`, the error handler's recovery once space
    is freed, `Resuming DB`), the shutdown."""
    clock = Clock(1)
    files = {"old": Records(), "new": Records()}
    restart = at(10, 56, 14)
    t_end = at(13, 0)

    def L(
        t: datetime,
        tid: str,
        fmt: str,
        msg: str,
        src: str | None = None,
        level: str = "",
        orig: datetime | None = None,
    ) -> datetime:
        t = clock.at(tid, t)
        where = f"[{src}] " if src else ""
        lv = f"[{level}] " if level else ""
        o = f"(Original Log Time {orig:%Y/%m/%d-%H:%M:%S}.{orig.microsecond:06d}) " if orig else ""
        line = f"{t:%Y/%m/%d-%H:%M:%S}.{t.microsecond:06d} {RX_TID[tid]} {o}{lv}{where}{msg}"
        files["old" if t < restart else "new"].add(t, [line], fmt)
        return t

    def EV(t: datetime, tid: str, event: str, body: dict, orig: datetime | None = None) -> datetime:
        """An EventLogger record: `EVENT_LOG_v1 {json}`, labelled by its event."""
        parts = [f'"time_micros": {micros(t)}']
        for k, v in body.items():
            parts.append(
                f'"{k}": ' + (f'"{v}"' if isinstance(v, str) else str(v).replace("'", '"'))
            )
            if k == "job":
                parts.append(f'"event": "{event}"')
        return L(
            t, tid, f"EVENT_LOG_v1 {event}", "EVENT_LOG_v1 {" + ", ".join(parts) + "}", orig=orig
        )

    state = {
        "file": 1017,
        "job": 0,
        "l0": {c: r.randrange(0, 3) for c in RX_CFS},
        "levels": {c: [0, 4, 11, 38, 0, 0, 0] for c in RX_CFS},
        "log": 1012,
        "seq": 88123771,
    }

    def nextfile() -> int:
        state["file"] += 1
        return state["file"]

    def open_db(t: datetime, first: bool) -> datetime:
        L(t, "main", "RocksDB version: %s", f"RocksDB version: {RX_VERSION}")
        t = L(t, "main", "Compile date %s", "Compile date 2024-01-22 09:14:51")
        t = L(t, "main", "DB SUMMARY", "DB SUMMARY")
        t = L(
            t,
            "main",
            "DB Session ID:  %s",
            f"DB Session ID:  {''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(20))}",
        )
        t = L(t, "main", "CURRENT file:  %s", "CURRENT file:  CURRENT")
        t = L(t, "main", "IDENTITY file:  %s", "IDENTITY file:  IDENTITY")
        manifest = state["file"] - r.randrange(3, 9)
        t = L(
            t,
            "main",
            "MANIFEST file:  %s size: %lu Bytes",
            f"MANIFEST file:  MANIFEST-{manifest:06d} size: {r.randrange(2000, 90000)} Bytes",
        )
        ssts = sorted(r.sample(range(state["file"] - 400, state["file"]), 9))
        t = L(
            t,
            "main",
            "SST files in %s dir, Total Num: %lu, files: %s",
            f"SST files in {RX_DIR} dir, Total Num: {r.randrange(60, 140)}, files: {' '.join(f'{x:06d}.sst' for x in ssts)} ",
        )
        t = L(
            t,
            "main",
            "Write Ahead Log file in %s: %s",
            f"Write Ahead Log file in {RX_DIR}: {state['log']:06d}.log size: {r.randrange(1000, 60_000_000)} ; ",
        )
        for fmt, v in RX_DB_OPTS:
            t = L(t, "main", fmt, f"{fmt.split(':')[0]:>48}: {v}")
        for cf in RX_CFS:
            t = L(
                t,
                "main",
                "--------------- Options for column family [%s]:",
                f"--------------- Options for column family [{cf}]:",
            )
            for fmt, v in RX_CF_OPTS:
                t = L(t, "main", fmt, f"{fmt.split(':')[0]:>41}: {v}")
        t = L(
            t + secs(r, 0.001, 0.02),
            "main",
            "Recovered from manifest file:%s succeeded,manifest_file_number is %lu, next_file_number is %lu, last_sequence is %lu, log_number is %lu,prev_log_number is %lu,max_column_family is %u,min_log_number_to_keep is %lu",
            f"Recovered from manifest file:{RX_DIR}/MANIFEST-{manifest:06d} succeeded,manifest_file_number is {manifest}, next_file_number is {state['file'] + 1}, last_sequence is {state['seq']}, log_number is {state['log']},prev_log_number is 0,max_column_family is 2,min_log_number_to_keep is {state['log']}",
            "/version_set.cc:5956",
        )
        for n, cf in enumerate(RX_CFS):
            t = L(
                t,
                "main",
                "Column family [%s] (ID %u), log number is %lu",
                f"Column family [{cf}] (ID {n}), log number is {state['log']}",
                "/version_set.cc:5971",
            )
        t = L(
            t,
            "main",
            "DB ID: %s",
            f"DB ID: {uuid4(random.Random('ledgerd-db'))}",
            "/db_impl/db_impl_open.cc:646",
        )
        if not first:
            t = L(
                t + secs(r, 0.01, 0.1),
                "main",
                "Recovering log #%lu mode %d",
                f"Recovering log #{state['log']} mode 2",
                "/db_impl/db_impl_open.cc:1095",
            )
            state["log"] = nextfile()
        t = L(
            t + secs(r, 0.01, 0.2),
            "main",
            "SstFileManager instance %p",
            f"SstFileManager instance 0x{hexid(r, 12)}",
            "/db_impl/db_impl_open.cc:2148",
        )
        return L(
            t,
            "main",
            "DB pointer %p",
            f"DB pointer 0x{hexid(r, 12)}",
            "/db_impl/db_impl_open.cc:2151",
        )

    def table_file(cf: str, job: int, num: int, size: int, entries: int, seq: int) -> dict:
        """A `table_file_creation` record's fields, a flush's or a compaction's output alike."""
        return {
            "cf_name": cf,
            "job": job,
            "file_number": num,
            "file_size": size,
            "file_checksum": "",
            "file_checksum_func_name": "Unknown",
            "smallest_seqno": seq,
            "largest_seqno": seq + entries,
            "table_properties": f'{{"data_size": {size - r.randrange(100_000, 400_000)}, "index_size": {r.randrange(60_000, 300_000)}, "filter_size": {r.randrange(90_000, 700_000)}, "num_data_blocks": {size // 4096}, "num_entries": {entries}, "compression": "LZ4"}}',
        }

    def level_summary(cf: str, t: datetime, orig: datetime) -> datetime:
        lv = state["levels"][cf]
        files_ = " ".join(str(x) for x in [state["l0"][cf], *lv[1:]])
        score = max(state["l0"][cf] / 4, 0.3 + r.random() * 0.6)
        return L(
            t,
            "flush",
            "[%s] Level summary: base level %d level multiplier %.2f max bytes base %lu files[%s] max score %.2f",
            f"[{cf}] Level summary: base level 1 level multiplier 10.00 max bytes base 268435456 files[{files_}] max score {score:.2f}",
            "/db_impl/db_impl_compaction_flush.cc:264",
            orig=orig,
        )

    def flush(cf: str, t: datetime, reason: str = "Write Buffer Full") -> datetime:
        state["job"] += 1
        job = state["job"]
        new_log = nextfile()
        t = L(
            t,
            "main",
            "[%s] New memtable created with log file: #%lu. Immutable memtables: %d.",
            f"[{cf}] New memtable created with log file: #{new_log}. Immutable memtables: {r.choice([0, 0, 1])}.",
            "/db_impl/db_impl_write.cc:2186",
        )
        t = L(
            t + secs(r, 0.00001, 0.0003),
            "flush",
            "Calling FlushMemTableToOutputFile with column family [%s], flush slots available %d, compaction slots available %d, flush slots scheduled %d, compaction slots scheduled %d",
            f"Calling FlushMemTableToOutputFile with column family [{cf}], flush slots available 1, compaction slots available 3, flush slots scheduled 1, compaction slots scheduled {r.choice([0, 0, 1])}",
            "/db_impl/db_impl_compaction_flush.cc:3084",
        )
        t = L(
            t,
            "flush",
            "[%s] [JOB %d] Flushing memtable with next log file: %lu",
            f"[{cf}] [JOB {job}] Flushing memtable with next log file: {new_log}",
            "/flush_job.cc:856",
        )
        entries = r.randrange(90_000, 640_000)
        t = EV(
            t,
            "flush",
            "flush_started",
            {
                "job": job,
                "num_memtables": 1,
                "num_entries": entries,
                "num_deletes": r.randrange(0, entries // 20),
                "total_data_size": entries * r.randrange(90, 130),
                "memory_usage": r.randrange(60_000_000, 67_200_000),
                "flush_reason": reason,
            },
        )
        num = nextfile()
        t = L(
            t,
            "flush",
            "[%s] [JOB %d] Level-0 flush table #%lu: started",
            f"[{cf}] [JOB {job}] Level-0 flush table #{num}: started",
            "/flush_job.cc:885",
        )
        took = r.uniform(0.18, 0.9)
        size = r.randrange(8_000_000, 44_000_000)
        t = EV(
            t + timedelta(seconds=took),
            "flush",
            "table_file_creation",
            table_file(cf, job, num, size, entries, state["seq"]),
        )
        state["seq"] += entries
        t = L(
            t,
            "flush",
            "[%s] [JOB %d] Level-0 flush table #%lu: %lu bytes %s",
            f"[{cf}] [JOB {job}] Level-0 flush table #{num}: {size} bytes OK",
            "/flush_job.cc:937",
        )
        t = L(
            t,
            "flush",
            "[%s] [JOB %d] Flush lasted %lu microseconds, and %lu cpu microseconds.",
            f"[{cf}] [JOB {job}] Flush lasted {int(took * 1e6)} microseconds, and {int(took * 1e6 * r.uniform(0.85, 0.98))} cpu microseconds.",
            "/flush_job.cc:986",
        )
        state["l0"][cf] += 1
        o = t + secs(r, 0.000005, 0.00003)
        t = L(
            t + secs(r, 0.0003, 0.001),
            "flush",
            "[%s] Level-0 commit table #%lu started",
            f"[{cf}] Level-0 commit table #{num} started",
            "/memtable_list.cc:471",
            orig=o,
        )
        o = o + secs(r, 0.0002, 0.0008)
        t = L(
            t,
            "flush",
            "[%s] Level-0 commit table #%lu: memtable #%d done",
            f"[{cf}] Level-0 commit table #{num}: memtable #1 done",
            "/memtable_list.cc:675",
            orig=o,
        )
        o = o + secs(r, 0.00001, 0.00005)
        lsm = ", ".join(str(x) for x in [state["l0"][cf], *state["levels"][cf][1:]])
        t = EV(
            t,
            "flush",
            "flush_finished",
            {
                "job": job,
                "output_compression": "LZ4",
                "lsm_state": f"[{lsm}]",
                "immutable_memtables": 0,
            },
            orig=o,
        )
        return level_summary(cf, t, o + secs(r, 0.00001, 0.00005))

    def compact(cf: str, t: datetime, level: int = 0) -> datetime:
        state["job"] += 1
        job = state["job"]
        tid = r.choice(["compact1", "compact2"])
        lv = state["levels"][cf]
        n_in = state["l0"][cf] if level == 0 else r.randrange(1, 3)
        n_out = r.randrange(1, 5)
        score = n_in / 4 if level == 0 else r.uniform(1.0, 1.6)
        t = L(
            t,
            tid,
            "[%s] [JOB %d] Compacting %d@%d + %d@%d files to L%d, score %.2f",
            f"[{cf}] [JOB {job}] Compacting {n_in}@{level} + {n_out}@{level + 1} files to L{level + 1}, score {score:.2f}",
            "/compaction/compaction_job.cc:2079",
        )
        ins = sorted(r.sample(range(state["file"] - 300, state["file"]), n_in + n_out))
        a, b = ins[:n_in], ins[n_in:]
        t = L(
            t,
            tid,
            "[%s]: Compaction start summary: %s",
            f"[{cf}]: Compaction start summary: Base version {r.randrange(400, 9000)} Base level {level}, inputs: [{' '.join(f'{x}({r.randrange(4, 60)}MB)' for x in a)}], [{' '.join(f'{x}({r.randrange(20, 64)}MB)' for x in b)}]",
            "/compaction/compaction_job.cc:2085",
        )
        t = EV(
            t,
            tid,
            "compaction_started",
            {
                "job": job,
                "compaction_reason": "LevelL0FilesNum" if level == 0 else "LevelMaxLevelSize",
                f"files_L{level}": f"{a}",
                f"files_L{level + 1}": f"{b}",
                "score": round(score, 2),
                "input_data_size": r.randrange(100_000_000, 900_000_000),
                "oldest_snapshot_seqno": -1,
            },
        )
        outs = []
        for _ in range(r.randrange(1, 5)):
            num = nextfile()
            size = r.randrange(30_000_000, 67_000_000)
            keys = r.randrange(200_000, 900_000)
            t = t + secs(r, 0.4, 2.5)
            t = EV(
                t,
                tid,
                "table_file_creation",
                table_file(
                    cf,
                    job,
                    num,
                    size,
                    keys,
                    r.randrange(state["seq"] - 90_000_000, state["seq"] - 1_000_000),
                ),
            )
            t = L(
                t,
                tid,
                "[%s] [JOB %d] Generated table #%lu: %lu keys, %lu bytes%s%s",
                f"[{cf}] [JOB {job}] Generated table #{num}: {keys} keys, {size} bytes",
                "/compaction/compaction_job.cc:1655",
            )
            outs.append(size)
        t = L(
            t,
            tid,
            "[%s] [JOB %d] Compacted %d@%d + %d@%d files to L%d => %lu bytes",
            f"[{cf}] [JOB {job}] Compacted {n_in}@{level} + {n_out}@{level + 1} files to L{level + 1} => {sum(outs)} bytes",
            "/compaction/compaction_job.cc:1741",
        )
        if level == 0:
            state["l0"][cf] = 0
        lv[level + 1] += len(outs) - n_out
        files_ = ",".join(str(x) for x in [state["l0"][cf], *lv[1:]])
        rd = r.uniform(40, 220)
        o = t + secs(r, 0.00001, 0.0001)
        t = L(
            t + secs(r, 0.0002, 0.001),
            tid,
            "[%s] compacted to: %s, MB/sec: %.1f rd, %.1f wr, level %d, files in(%d, %d) out(%d +%d blob) MB in(%.1f, %.1f +%.1f blob) out(%.1f +%.1f blob), read-write-amplify(%.1f) write-amplify(%.1f) %s, records in: %lu, records dropped: %lu output_compression: %s",
            f"[{cf}] compacted to: files[{files_}] max score {r.uniform(0.2, 0.95):.2f}, MB/sec: {rd:.1f} rd, {rd * r.uniform(0.8, 0.99):.1f} wr, level {level + 1}, files in({n_in}, {n_out}) out({len(outs)} +0 blob) MB in({r.uniform(20, 200):.1f}, {r.uniform(40, 250):.1f} +0.0 blob) out({sum(outs) / 1e6:.1f} +0.0 blob), read-write-amplify({r.uniform(2, 6):.1f}) write-amplify({r.uniform(1, 3):.1f}) OK, records in: {r.randrange(1_000_000, 4_000_000)}, records dropped: {r.randrange(0, 300_000)} output_compression: LZ4",
            "/compaction/compaction_job.cc:867",
            orig=o,
        )
        lsm = ", ".join(str(x) for x in [state["l0"][cf], *lv[1:]])
        t = EV(
            t,
            tid,
            "compaction_finished",
            {
                "compaction_time_micros": r.randrange(800_000, 9_000_000),
                "compaction_time_cpu_micros": r.randrange(700_000, 8_000_000),
                "output_level": level + 1,
                "num_output_files": len(outs),
                "total_output_size": sum(outs),
                "num_input_records": r.randrange(1_000_000, 4_000_000),
                "num_output_records": r.randrange(900_000, 3_900_000),
                "num_subcompactions": 1,
                "output_compression": "LZ4",
                "num_single_delete_mismatches": 0,
                "num_single_delete_fallthrough": 0,
                "lsm_state": f"[{lsm}]",
            },
            orig=o + secs(r, 0.00001, 0.0001),
        )
        for x in ins:
            t = EV(t, tid, "table_file_deletion", {"job": job, "file_number": x})
        return t

    def stats(t: datetime, start: datetime) -> datetime:
        t = L(
            t,
            "stats",
            "------- DUMPING STATS -------",
            "------- DUMPING STATS -------",
            "/db_impl/db_impl.cc:1139",
        )
        up = (t - start).total_seconds()
        kw = r.randrange(400, 2400)
        body = [
            "** DB Stats **",
            f"Uptime(secs): {up:.1f} total, 600.0 interval",
            f"Cumulative writes: {kw * 9}K writes, {kw * 9}K keys, {kw * 8}K commit groups, 1.1 writes per commit group, ingest: {kw * 0.0041:.2f} GB, {r.uniform(0.4, 3):.2f} MB/s",
            f"Cumulative WAL: {kw * 9}K writes, 0 syncs, {kw * 9000}.00 writes per sync, written: {kw * 0.0041:.2f} GB, {r.uniform(0.4, 3):.2f} MB/s",
            f"Cumulative stall: 00:00:{r.uniform(0, 40):.3f} H:M:S, {r.uniform(0, 2):.1f} percent",
            f"Interval writes: {kw}K writes, {kw}K keys, {kw - 20}K commit groups, 1.1 writes per commit group, ingest: {kw * 0.46:.2f} MB, {r.uniform(0.4, 3):.2f} MB/s",
            f"Interval WAL: {kw}K writes, 0 syncs, {kw * 1000}.00 writes per sync, written: {kw * 0.00046:.2f} GB, {r.uniform(0.4, 3):.2f} MB/s",
            f"Interval stall: 00:00:{r.uniform(0, 5):.3f} H:M:S, {r.uniform(0, 1):.1f} percent",
        ]
        for cf in RX_CFS:
            lv = [state["l0"][cf], *state["levels"][cf][1:]]
            body += [
                "",
                f"** Compaction Stats [{cf}] **",
                "Level    Files   Size     Score Read(GB)  Rn(GB) Rnp1(GB) Write(GB) Wnew(GB) Moved(GB) W-Amp Rd(MB/s) Wr(MB/s) Comp(sec) CompMergeCPU(sec) Comp(cnt) Avg(sec) KeyIn KeyDrop Rblob(GB) Wblob(GB)",
                "-" * 186,
            ]
            for n, f in enumerate(lv[:4]):
                body.append(
                    f"  L{n}  {f:>5}/0  {f * r.uniform(20, 62):7.2f} MB   {r.uniform(0, 1):.1f}  {r.uniform(0, 40):6.1f}  {r.uniform(0, 20):6.1f}  {r.uniform(0, 20):6.1f}  {r.uniform(0, 40):7.1f}  {r.uniform(0, 20):7.1f}  0.0  {r.uniform(1, 3):4.1f}  {r.uniform(0, 200):6.1f}  {r.uniform(0, 200):6.1f}  {r.randrange(0, 900):7d}  {r.randrange(0, 800):7d}  {r.randrange(0, 400):5d}  {r.uniform(0, 4):6.3f}  {r.randrange(0, 90)}M  {r.randrange(0, 9)}M  0.0  0.0"
                )
            body.append(
                f" Sum  {sum(lv):>5}/0  {sum(lv) * 41.3:7.2f} MB   0.0  {r.uniform(10, 90):6.1f}  {r.uniform(5, 40):6.1f}  {r.uniform(5, 40):6.1f}  {r.uniform(10, 90):7.1f}  {r.uniform(5, 40):7.1f}  0.0  {r.uniform(1, 3):4.1f}  {r.uniform(0, 200):6.1f}  {r.uniform(0, 200):6.1f}  {r.randrange(100, 2000):7d}  {r.randrange(100, 1800):7d}  {r.randrange(10, 900):5d}  {r.uniform(0, 4):6.3f}  {r.randrange(10, 300)}M  {r.randrange(0, 30)}M  0.0  0.0"
            )
        t = clock.at("stats", t)
        head = f"{t:%Y/%m/%d-%H:%M:%S}.{t.microsecond:06d} {RX_TID['stats']} [/db_impl/db_impl.cc:1141] "
        files["old" if t < restart else "new"].add(t, [head, *body], "\\n** DB Stats **\\n%s")
        return t

    # the open at 06:00 (the service restarted for the nightly maintenance) and the day's work
    t = open_db(at(6, 0, 1) + secs(r, 0, 0.5), True)
    state["log"] = nextfile()
    for x in range(1, 60):
        s = at(6, 0, 1) + timedelta(seconds=600 * x + r.uniform(0, 0.01))
        if s < restart:
            stats(s, at(6, 0, 1))
        if s < t_end and s >= restart + timedelta(seconds=600):
            stats(s, restart)

    bulk = (at(8, 30, 4), at(9, 6, 50))
    nospace = (at(10, 31, 17), at(10, 44, 2))
    mean = {"default": 2100.0, "accounts": 620.0, "txlog": 780.0}
    stall_n = {c: 0 for c in RX_CFS}
    for cf in RX_CFS:
        t = at(6, 0, 30)
        while t < t_end:
            busy = bulk[0] <= t < bulk[1] and cf != "default"
            t += timedelta(seconds=r.expovariate(1 / (mean[cf] / (9 if busy else 1))))
            if (
                restart - timedelta(seconds=40) <= t < restart + timedelta(seconds=30)
                or nospace[0] <= t < nospace[1]
                or t >= t_end
            ):
                continue
            t = flush(cf, t)
            l0 = state["l0"][cf]
            if busy and l0 >= 20:
                stall_n[cf] += 1
                if l0 >= 36:
                    L(
                        t + secs(r, 0.0001, 0.001),
                        "flush",
                        "[%s] Stopping writes because we have %d level-0 files",
                        f"[{cf}] Stopping writes because we have {l0} level-0 files",
                        "/column_family.cc:948",
                        "WARN",
                    )
                else:
                    L(
                        t + secs(r, 0.0001, 0.001),
                        "flush",
                        "[%s] Stalling writes because we have %d level-0 files rate %lu",
                        f"[{cf}] Stalling writes because we have {l0} level-0 files rate {int(16777216 * 0.8 ** stall_n[cf])}",
                        "/column_family.cc:991",
                        "WARN",
                    )
                if stall_n[cf] % 3 == 0:
                    L(
                        t + secs(r, 0.001, 0.01),
                        "flush",
                        "[%s] Stalling writes because of estimated pending compaction bytes %lu rate %lu",
                        f"[{cf}] Stalling writes because of estimated pending compaction bytes {r.randrange(64_000_000_000, 80_000_000_000)} rate {int(16777216 * 0.8 ** stall_n[cf])}",
                        "/column_family.cc:1030",
                        "WARN",
                    )
            # compactions cannot keep up during the import: L0 piles up past the triggers
            if (l0 >= 37 or (l0 >= 20 and r.random() < 0.12)) if busy else l0 >= 4:
                t = compact(cf, t + secs(r, 0.001, 0.05))
                if r.random() < 0.3:
                    t = compact(cf, t + secs(r, 0.01, 0.5), r.choice([1, 2]))
    # the disk fills at 10:31: a compaction's output cannot be written
    t = nospace[0]
    for cf in ["accounts", "txlog", "accounts"]:
        state["job"] += 1
        err = f"IO error: No space left on device: While appending to file: {RX_DIR}/{nextfile():06d}.sst: No space left on device"
        t = L(
            t,
            "compact1",
            "[%s] [JOB %d] Compacting %d@%d + %d@%d files to L%d, score %.2f",
            f"[{cf}] [JOB {state['job']}] Compacting {state['l0'][cf]}@0 + 3@1 files to L1, score {state['l0'][cf] / 4:.2f}",
            "/compaction/compaction_job.cc:2079",
        )
        t = L(
            t + secs(r, 3, 9),
            "compact1",
            "Background IO error %s",
            f"Background IO error {err}",
            "/db_impl/error_handler.cc:395",
            "WARN",
        )
        t = L(
            t + secs(r, 0.0001, 0.001),
            "compact1",
            "Waiting after background compaction error: %s, Accumulated background error counts: %lu",
            f"Waiting after background compaction error: {err}, Accumulated background error counts: 1",
            "/db_impl/db_impl_compaction_flush.cc:3147",
            "ERROR",
        )
        t += secs(r, 60, 200)
    for x in poisson(r, nospace[0] + timedelta(seconds=20), nospace[1], 55):
        L(
            x,
            "main",
            "[%s] New memtable created with log file: #%lu. Immutable memtables: %d.",
            f"[{r.choice(['accounts', 'txlog'])}] New memtable created with log file: #{state['log']}. Immutable memtables: {r.choice([1, 2, 3])}.",
            "/db_impl/db_impl_write.cc:2186",
        )
        L(
            x + secs(r, 0.001, 0.01),
            "main",
            "[%s] Stopping writes because we have %d immutable memtables (waiting for flush), max_write_buffer_number is set to %d",
            f"[{r.choice(['accounts', 'txlog'])}] Stopping writes because we have 3 immutable memtables (waiting for flush), max_write_buffer_number is set to 4",
            "/column_family.cc:918",
            "WARN",
        )
    t = L(nospace[1], "main", "Resuming DB", "Resuming DB", "/db_impl/db_impl.cc:462")
    t = L(
        t + secs(r, 0.001, 0.01),
        "main",
        "Successfully resumed DB",
        "Successfully resumed DB",
        "/db_impl/db_impl.cc:532",
    )
    for cf in ["accounts", "txlog"]:
        t = flush(cf, t + secs(r, 0.01, 0.2), "Error Recovery")
        t = compact(cf, t + secs(r, 0.01, 0.2))
    # the operator's restart at 10:56
    t = L(
        restart - timedelta(seconds=4),
        "main",
        "Shutdown: canceling all background work",
        "Shutdown: canceling all background work",
        "/db_impl/db_impl.cc:489",
    )
    for cf in RX_CFS:
        t = flush(cf, t + secs(r, 0.01, 0.3), "Shutdown")
    t = L(
        t + secs(r, 0.01, 0.2),
        "main",
        "Shutdown complete",
        "Shutdown complete",
        "/db_impl/db_impl.cc:704",
    )
    open_db(restart + secs(r, 0.5, 1.5), False)
    # a manual compaction of txlog after the restart (the operator's `ldb compact`)
    t = at(11, 20, 41)
    t = L(
        t,
        "main",
        "[%s] Manual compaction starting",
        "[txlog] Manual compaction starting",
        "/db_impl/db_impl_compaction_flush.cc:1966",
    )
    for lv in range(3):
        t = L(
            t + secs(r, 0.01, 0.1),
            "main",
            "[%s] Manual compaction from level-%d to level-%d from %s .. %s; will stop at %s",
            f"[txlog] Manual compaction from level-{lv} to level-{lv + 1} from '(begin)' .. '(end)'; will stop at (end)",
            "/db_impl/db_impl_compaction_flush.cc:2011",
        )
        t = compact("txlog", t + secs(r, 0.5, 2), lv)
    return [
        files["new"].into(Log("LOG", at(10, 56))),
        files["old"].into(Log("LOG.old.1717498574121036", at(6, 0))),
    ]


# --------------------------------------------------------------------------------- maxscale

MX_VERSION = "23.08.5"
MX_SERVERS = {"server1": "10.20.1.11", "server2": "10.20.1.12", "server3": "10.20.1.13"}
MX_SVC = "Read-Write-Service"
MX_APPS = ["10.20.4.21", "10.20.4.22", "10.20.4.23", "10.20.4.37", "10.20.4.38"]
MX_READS = [
    (
        "SELECT id, status, total FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20",
        "QUERY_TYPE_READ",
    ),
    ("SELECT * FROM products WHERE sku IN (?, ?, ?)", "QUERY_TYPE_READ"),
    ("SELECT COUNT(*) FROM cart_items WHERE cart_id = ?", "QUERY_TYPE_READ"),
    ("SELECT @@max_allowed_packet", "QUERY_TYPE_READ|QUERY_TYPE_SYSVAR_READ"),
]
MX_WRITES = [
    ("UPDATE carts SET updated_at = NOW() WHERE id = ?", "QUERY_TYPE_WRITE"),
    ("INSERT INTO order_events (order_id, kind, payload) VALUES (?, ?, ?)", "QUERY_TYPE_WRITE"),
]


def maxscale(r: random.Random) -> list[Log]:
    """MariaDB MaxScale 23.08 in front of a three-server replication cluster (`server1` the
    primary), two MaxScale hosts sharing a VIP, cooperative monitoring (`MariaDB-Monitor`,
    mariadbmon, `auto_failover`, `auto_rejoin`): `maxscale-1.log` (the active host) and
    `maxscale-2.log` (the standby), `/var/log/maxscale/maxscale.log` with `ms_timestamp=1`
    (`2024-06-04 06:00:01.123   notice : (1840211) [readwritesplit] (Read-Write-Service) msg`, the
    session id, module and service in front of the message where there is one). The standby
    upgraded and restarted at 06:12 (the start-up lines); a reporting job with a stale password
    failing to log in every five minutes (`Authentication failed for user ...`, the user
    accounts reread after it); `log_info` switched on for twelve minutes at 07:30 on the active
    host (each session's `Found matching user`, `Target connection counts:` with a row per
    server, `Connected to`, `Selected`, each statement's `> Autocommit: ...` and `Route query
    to`, `Reply complete`, `Stopped ... client session`); the primary crashing at 09:14 (the
    monitor's `Monitor was unable to connect`, `Server changed state: ...: master_down`, the
    sessions closed with `Lost connection to the primary server`, `Couldn't find suitable
    Primary` while there is none, the failover to server2 step by step), server1 back at 09:31
    and rejoined as a replica, and the operator's switchover back at 11:45."""
    clock = Clock(1000)
    files = {"mxs1": Records(), "mxs2": Records()}
    t_end = at(13, 0)

    def M(
        host: str,
        t: datetime,
        level: str,
        fmt: str,
        msg: str,
        sid: int | None = None,
        mod: str | None = None,
        svc: str | None = None,
    ) -> datetime:
        t = clock.at(host, t)
        pre = (
            (f"({sid}) " if sid is not None else "")
            + (f"[{mod}] " if mod else "")
            + (f"({svc}) " if svc else "")
        )
        files[host].add(
            t, [f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}   {level:<7}: {pre}{msg}"], fmt
        )
        return t

    def state(host: str, t: datetime, srv: str, event: str, old: str, new: str) -> datetime:
        return M(
            host,
            t,
            "notice",
            "Server changed state: %s[%s:%u]: %s. [%s] -> [%s]",
            f"Server changed state: {srv}[{MX_SERVERS[srv]}:3306]: {event}. [{old}] -> [{new}]",
        )

    for host in files:
        t = clock.at(host, at(6, 0, 1))
        files[host].add(
            t,
            [
                f"MariaDB MaxScale  /var/log/maxscale/maxscale.log  {t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}",
                "-" * 76,
            ],
            "MariaDB MaxScale  %s  %s",
        )
    primary = {"name": "server1"}

    def users(host: str, t: datetime) -> datetime:
        return M(
            host,
            t,
            "notice",
            "Read %lu user@host entries from '%s' for service '%s'.",
            f"Read {r.choice([27, 27, 28])} user@host entries from '{primary['name']}' for service '{MX_SVC}'.",
        )

    # the standby's upgrade
    t = M(
        "mxs2",
        at(6, 11, 48),
        "notice",
        "MaxScale received signal %s. Exiting.",
        "MaxScale received signal SIGTERM. Exiting.",
    )
    t = M(
        "mxs2",
        t + secs(r, 0.01, 0.05),
        "notice",
        "MaxScale is shutting down.",
        "MaxScale is shutting down.",
    )
    t = M(
        "mxs2",
        t + secs(r, 0.1, 0.4),
        "notice",
        "MaxScale shutdown completed.",
        "MaxScale shutdown completed.",
    )
    t = at(6, 12, 20) + secs(r, 0, 1)
    mods = ["readwritesplit", "mariadbmon", "mariadbprotocol", "mariadbauth", "qc_sqlite"]
    t = one_by_one(
        lambda t, fmt, msg: M("mxs2", t, "notice", fmt, msg),
        t,
        0.0005,
        0.004,
        r,
        [
            (
                "The systemd watchdog is Enabled. Internal timeout = %s",
                "The systemd watchdog is Enabled. Internal timeout = 60s",
            ),
            (
                "MariaDB MaxScale %s started (Commit: %s)",
                f"MariaDB MaxScale {MX_VERSION} started (Commit: {hexid(random.Random('mxs-commit'), 40)})",
            ),
            (
                "MaxScale is running in process %i",
                f"MaxScale is running in process {r.randrange(20000, 60000)}",
            ),
            ("Configuration file: %s", "Configuration file: /etc/maxscale.cnf"),
            ("Log directory: %s", "Log directory: /var/log/maxscale"),
            ("Data directory: %s", "Data directory: /var/lib/maxscale"),
            ("Module directory: %s", "Module directory: /usr/lib/x86_64-linux-gnu/maxscale"),
            ("Service cache: %s", "Service cache: /var/cache/maxscale"),
            ("Working directory: %s", "Working directory: /var/log/maxscale"),
            (
                "Query classification results are cached and reused. Memory used per thread: %s",
                "Query classification results are cached and reused. Memory used per thread: 149.84MiB",
            ),
            (
                "Password encryption key file '%s' not found, using configured passwords as plaintext.",
                "Password encryption key file '/var/lib/maxscale/.secrets' not found, using configured passwords as plaintext.",
            ),
            ("Loading %s.", "Loading /etc/maxscale.cnf."),
        ]
        + [
            (
                "Module '%s' loaded from '%s'.",
                f"Module '{m}' loaded from '/usr/lib/x86_64-linux-gnu/maxscale/lib{m}.so'.",
            )
            for m in mods
        ]
        + [
            ("Starting a total of %d routing workers.", "Starting a total of 4 routing workers."),
            ("MaxScale started with %d worker threads.", "MaxScale started with 4 worker threads."),
        ],
    )
    for n, srv in enumerate(MX_SERVERS):
        t = state(
            "mxs2",
            t + secs(r, 0.001, 0.01),
            srv,
            "master_up" if n == 0 else "slave_up",
            "Down",
            "Master, Running" if n == 0 else "Slave, Running",
        )
    t = users("mxs2", t + secs(r, 0.01, 0.05))
    t = M(
        "mxs2",
        t + secs(r, 0.001, 0.01),
        "notice",
        "Listening for connections at [%s]:%u",
        "Listening for connections at [::]:4006",
        svc="Read-Write-Listener",
    )
    M(
        "mxs2",
        t + secs(r, 0.001, 0.01),
        "notice",
        "Started REST API on [%s]:%u",
        "Started REST API on [127.0.0.1]:8989",
    )

    used: set[int] = set()

    def new_sid(t: datetime) -> int:
        """Session ids grow with the sessions opened (about 2.6 a second, most of them quiet)."""
        s = 1840211 + int((t - at(6, 0)).total_seconds() * 2.6)
        while s in used:
            s += 1
        used.add(s)
        return s

    crash, back, switch = at(9, 14, 22), at(9, 31, 5), at(11, 45, 30)
    info = (at(7, 30, 12), at(7, 42, 0))
    # the reporting job's stale password, every five minutes
    for x in range(72):
        t = at(6, 2, 30) + timedelta(seconds=300 * x + r.uniform(0, 3))
        if t >= t_end:
            break
        s = new_sid(t)
        M(
            "mxs1",
            t,
            "warning",
            "Authentication failed for user '%s'@[%s] to service '%s'. Originating listener: '%s'. MariaDB error: '%s'.",
            f"Authentication failed for user 'report'@[10.20.5.44] to service '{MX_SVC}'. Originating listener: 'Read-Write-Listener'. MariaDB error: 'Access denied for user 'report'@'10.20.5.44' (using password: YES)'.",
            s,
            "MariaDBProtocol",
        )
        if x % 3 == 0:
            users("mxs1", t + secs(r, 0.02, 0.2))
    # log_info on the active host for twelve minutes
    M(
        "mxs1",
        info[0] - secs(r, 0.5, 2),
        "notice",
        "Updated '%s' from '%s' to '%s'.",
        "Updated 'log_info' from 'false' to 'true'.",
    )
    M(
        "mxs1",
        info[1] + secs(r, 0.1, 1),
        "notice",
        "Updated '%s' from '%s' to '%s'.",
        "Updated 'log_info' from 'true' to 'false'.",
    )
    roles = {"server1": "Master, Running", "server2": "Slave, Running", "server3": "Slave, Running"}
    for t in poisson(r, info[0], info[1], 8.5):
        s = new_sid(t)
        app = r.choice(MX_APPS)

        def info_line(t: datetime, fmt: str, msg: str, rw: bool = True, s: int = s) -> datetime:
            return M(
                "mxs1",
                t,
                "info",
                fmt,
                msg,
                s,
                "readwritesplit" if rw else None,
                MX_SVC if rw else None,
            )

        t = info_line(
            t,
            "Found matching user '%s'@'%s' for client '%s'@'%s' with sufficient privileges.",
            f"Found matching user 'shop'@'10.20.4.%' for client 'shop'@'::ffff:{app}' with sufficient privileges.",
            False,
        )
        t = info_line(
            t + secs(r, 0.0005, 0.003), "Target connection counts:", "Target connection counts:"
        )
        for srv in MX_SERVERS:
            t = info_line(
                t,
                "current operations : %d in %s %s",
                f"current operations : {r.choice([0, 0, 0, 1, 2])} in {srv:>12} {roles[srv]}",
            )
        for srv in ["server1", "server2", "server3"]:
            t = info_line(t + secs(r, 0.0005, 0.003), "Connected to '%s'", f"Connected to '{srv}'")
            t = info_line(
                t, "Selected %s: %s", f"Selected {'Master' if srv == 'server1' else 'Slave'}: {srv}"
            )
        for _ in range(r.choice([1, 1, 2, 3])):
            write = r.random() < 0.25
            q, typ = r.choice(MX_WRITES if write else MX_READS)
            t = info_line(
                t + secs(r, 0.002, 0.4),
                "> Autocommit: [%s], trx is [%s], cmd: (0x%02hhx) %s, plen: %u, type: %s, stmt: %.*s%s %s",
                f"> Autocommit: [enabled], trx is [not open], cmd: (0x03) COM_QUERY, plen: {len(q) + 1}, type: {typ}, stmt: {q}",
            )
            target = "server1" if write else r.choice(["server2", "server3"])
            t = info_line(
                t,
                "Route query to %s: %s <",
                f"Route query to {'master' if write else 'slave'}: {target} <",
            )
            t = info_line(
                t + secs(r, 0.0005, 0.03),
                "Reply complete, last reply from %s",
                f"Reply complete, last reply from {target}",
            )
        info_line(
            t + secs(r, 0.01, 0.5),
            "Stopped %s client session [%lu]",
            f"Stopped {MX_SVC} client session [{s}]",
            False,
        )
    # the primary crashes
    for host in files:
        t = M(
            host,
            crash + secs(r, 0, 1.9),
            "error",
            "Monitor was unable to connect to server %s[%s:%d] : '%s'",
            "Monitor was unable to connect to server server1[10.20.1.11:3306] : 'Can't connect to server on '10.20.1.11' (115)'",
            mod="mariadbmon",
        )
        state(host, t, "server1", "master_down", "Master, Running", "Down")
    for _ in range(r.randrange(26, 38)):
        M(
            "mxs1",
            crash + secs(r, 0.01, 1.5),
            "error",
            "Lost connection to the primary server, closing session. Lost connection to primary server while connection was idle. Connection has been idle for %.1f seconds. Error caused by: %s",
            f"Lost connection to the primary server, closing session. Lost connection to primary server while connection was idle. Connection has been idle for {r.uniform(0.1, 30):.1f} seconds. Error caused by: #HY000: Lost connection to backend server: connection closed by peer (server1)",
            new_sid(crash - secs(r, 30, 3000)),
            "readwritesplit",
            MX_SVC,
        )
    t = M(
        "mxs1",
        crash + secs(r, 2, 2.2),
        "warning",
        "Primary has failed. If primary does not return in %i monitor tick(s), failover begins.",
        "Primary has failed. If primary does not return in 4 monitor tick(s), failover begins.",
        mod="mariadbmon",
    )
    for x in poisson(r, crash + timedelta(seconds=2), crash + timedelta(seconds=10), 0.6):
        s = new_sid(x)
        x = M(
            "mxs1",
            x,
            "error",
            "Couldn't find suitable %s from %lu candidates.",
            "Couldn't find suitable Primary from 3 candidates.",
            s,
            "readwritesplit",
            MX_SVC,
        )
        M(
            "mxs1",
            x + secs(r, 0.0001, 0.001),
            "error",
            "Failed to create new router session for service '%s'. See previous errors for more details.",
            f"Failed to create new router session for service '{MX_SVC}'. See previous errors for more details.",
            s,
        )
    t = one_by_one(
        lambda t, fmt, msg: M("mxs1", t, "notice", fmt, msg, mod="mariadbmon"),
        crash + timedelta(seconds=10),
        0.001,
        0.05,
        r,
        [
            (
                "Performing automatic failover to replace failed primary '%s'.",
                "Performing automatic failover to replace failed primary 'server1'.",
            ),
            (
                "Selecting a server to promote and replace '%s'. Candidates are: %s.",
                "Selecting a server to promote and replace 'server1'. Candidates are: 'server2', 'server3'.",
            ),
            ("Selected '%s'.", "Selected 'server2'."),
            (
                "Redirecting '%s' to replicate from '%s' instead of '%s'.",
                "Redirecting 'server3' to replicate from 'server2' instead of 'server1'.",
            ),
            ("All redirects successful.", "All redirects successful."),
            ("Failover '%s' -> '%s' performed.", "Failover 'server1' -> 'server2' performed."),
        ],
    )
    primary["name"] = "server2"
    for host in files:
        state(
            host,
            t + secs(r, 1.9, 2.1),
            "server2",
            "new_master",
            "Slave, Running",
            "Master, Running",
        )
    # server1 back, rejoined
    for host in files:
        state(host, back + secs(r, 0, 1.9), "server1", "server_up", "Down", "Running")
    t = one_by_one(
        lambda t, fmt, msg: M("mxs1", t, "notice", fmt, msg, mod="mariadbmon"),
        back + timedelta(seconds=2),
        0.001,
        0.05,
        r,
        [
            (
                "Directing standalone server '%s' to replicate from '%s'.",
                "Directing standalone server 'server1' to replicate from 'server2'.",
            ),
            (
                "%d server(s) redirected or rejoined the cluster.",
                "1 server(s) redirected or rejoined the cluster.",
            ),
        ],
    )
    for host in files:
        state(host, t + secs(r, 1.9, 2.1), "server1", "slave_up", "Running", "Slave, Running")
    # the operator's switchover back to server1
    t = one_by_one(
        lambda t, fmt, msg: M("mxs1", t, "notice", fmt, msg, mod="mariadbmon"),
        switch,
        0.001,
        0.3,
        r,
        [
            (
                "Redirecting '%s' to replicate from '%s' instead of '%s'.",
                "Redirecting 'server3' to replicate from 'server1' instead of 'server2'.",
            ),
            ("All redirects successful.", "All redirects successful."),
            ("Switchover '%s' -> '%s' performed.", "Switchover 'server2' -> 'server1' performed."),
        ],
    )
    primary["name"] = "server1"
    for host in files:
        x = state(
            host,
            t + secs(r, 1.9, 2.1),
            "server1",
            "new_master",
            "Slave, Running",
            "Master, Running",
        )
        state(host, x, "server2", "new_slave", "Master, Running", "Slave, Running")
    # read replicas lagging behind a batch job: readwritesplit's warning when no replica qualifies
    for x in poisson(r, at(12, 5), at(12, 21), 24):
        M(
            "mxs1",
            x,
            "warning",
            "Replication lag of '%s' is %ld seconds, which is above the configured limit %ld seconds. Routing query to '%s'.",
            f"Replication lag of '{r.choice(['server2', 'server3'])}' is {r.randrange(31, 190)} seconds, which is above the configured limit 30 seconds. Routing query to 'server1'.",
            new_sid(x - secs(r, 1, 600)),
            "readwritesplit",
            MX_SVC,
        )
    return [
        files["mxs1"].into(Log("maxscale-1.log", at(6, 0))),
        files["mxs2"].into(Log("maxscale-2.log", at(6, 0))),
    ]


# --------------------------------------------------------------------------------- qdrant

QD_VERSION = ("1.9.2", "34f7f8ec")
QD_BANNER = [
    "           _                 _    ",
    "  __ _  __| |_ __ __ _ _ __ | |_  ",
    " / _` |/ _` | '__/ _` | '_ \\| __| ",
    "| (_| | (_| | | | (_| | | | | |_  ",
    " \\__, |\\__,_|_|  \\__,_|_| |_|\\__| ",
    "    |_|                           ",
]
QD_COLLECTIONS = {
    # name: (points, segments, share of the searches)
    "docs_chunks": (482_113, 6, 0.55),
    "support_tickets": (91_406, 4, 0.3),
    "product_embeddings": (38_220, 3, 0.15),
}
QD_CLIENTS = {
    "10.42.3.17": "python-httpx/0.27.0",
    "10.42.3.18": "python-httpx/0.27.0",
    "10.42.5.9": "qdrant-js/1.9.0",
    "10.42.7.31": "python-httpx/0.26.0",
}
QD_PANIC_BT = [
    "qdrant::startup::setup_panic_hook::{{closure}}",
    "std::panicking::rust_panic_with_hook",
    "std::panicking::begin_panic_handler::{{closure}}",
    "std::sys_common::backtrace::__rust_end_short_backtrace",
    "rust_begin_unwind",
    "core::panicking::panic_fmt",
    "core::panicking::panic",
    "core::option::unwrap_failed",
    "segment::index::field_index::map_index::MapIndex<N>::remove_point",
    "segment::segment::Segment::delete_point",
    "collection::collection_manager::segments_updater::delete_points",
    "collection::update_handler::UpdateHandler::update_worker_fn::{{closure}}",
    "tokio::runtime::task::core::Core<T,S>::poll",
    "tokio::runtime::task::harness::Harness<T,S>::poll",
    "tokio::runtime::scheduler::multi_thread::worker::Context::run_task",
    "tokio::runtime::scheduler::multi_thread::worker::run",
    "std::sys::pal::unix::thread::Thread::new::thread_start",
    "start_thread",
    "clone",
]


def rust_level(level: str) -> str:
    """tracing-subscriber's and env_logger's level, padded to five."""
    return f"{level:>5}"


def qdrant(r: random.Random) -> list[Log]:
    """Qdrant 1.9.2 in Docker for a retrieval-augmented chat service (`docker logs qdrant`,
    `qdrant.log`): tracing's `2024-06-04T06:00:02.123456Z  INFO target: msg` with the four
    blanks Qdrant's logger leaves after each message, the banner and the `Version:` / `Access
    web UI` lines printed on stdout at each start. Three collections searched (`points/search`,
    `search/batch`, `recommend`, `scroll`), an ingest worker upserting and deleting with
    `?wait=true`, Prometheus scraping `/metrics`, snapshots each hour; a deploy of the chat
    service with a new embedding model from 09:10 (searches of the wrong dimension, 400) rolled
    back at 09:26; a new FAQ feature querying the collection `faq_v2` before it exists (404,
    10:02 to 10:19); a panic in the update worker at 10:41 (`Panic occurred in file ... at line
    ...`, `Panic backtrace:` with its frames), the deletes failing after it (500), the
    container killed for memory at 11:02 and its restart (the banner, the config warning,
    raft state, telemetry, `Loading collection`, each shard's WAL recovered, the listeners)."""
    clock = Clock(1)
    out = Records()
    t0, t_end = at(6, 0, 2), at(13, 0)
    oom = at(11, 2, 9)

    def Q(
        t: datetime, level: str, target: str, fmt: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        t = clock.at("qdrant", t)
        lines = [
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {rust_level(level)} {target}: {msg}",
            *(more or []),
        ]
        lines[-1] += (
            "    "  # the blanks Qdrant's logger leaves after a message, after its last line
        )
        out.add(t, lines, fmt)
        return t

    req = actix_logger(
        lambda t, fmt, msg: Q(t, "INFO", "actix_web::middleware::logger", fmt, msg),
        r,
        list(QD_CLIENTS),
        {**QD_CLIENTS, "10.42.9.4": "python-httpx/0.27.0"},
        "Prometheus/2.51.2",
    )

    def start(t: datetime) -> datetime:
        t = clock.at("qdrant", t)
        out.add(t, list(QD_BANNER), "\\n".join(QD_BANNER))
        t = clock.at("qdrant", t + secs(r, 0.0001, 0.0005))
        out.add(t, [f"Version: {QD_VERSION[0]}, build: {QD_VERSION[1]}"], "Version: %s, build: %s")
        t = clock.at("qdrant", t + secs(r, 0.0001, 0.0005))
        out.add(
            t, ["Access web UI at http://localhost:6333/dashboard", ""], "Access web UI at %s\\n"
        )
        t = Q(
            t + secs(r, 0.0005, 0.002),
            "WARN",
            "qdrant::settings",
            "Config file not found: %s",
            "Config file not found: config/development",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "storage::content_manager::consensus::persistent",
            "Loading raft state from %s",
            "Loading raft state from ./storage/raft_state.json",
        )
        for c in QD_COLLECTIONS:
            t = Q(
                t + secs(r, 0.001, 0.01),
                "INFO",
                "storage::content_manager::toc",
                "Loading collection: %s",
                f"Loading collection: {c}",
            )
            n = r.randrange(40, 2600)
            t = Q(
                t + secs(r, 0.05, 0.6),
                "INFO",
                "collection::shards::local_shard",
                "Recovering shard %s: 0/%d (0%%)",
                f"Recovering shard ./storage/collections/{c}/0: 0/{n} (0%)",
            )
            t = Q(
                t + secs(r, 0.3, 4),
                "INFO",
                "collection::shards::local_shard",
                "Recovered collection %s: %d/%d (100%%)",
                f"Recovered collection {c}: {n}/{n} (100%)",
            )
        t = Q(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "qdrant",
            "Distributed mode disabled",
            "Distributed mode disabled",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "qdrant",
            "Telemetry reporting enabled, id: %s",
            f"Telemetry reporting enabled, id: {uuid4(random.Random('qdrant-telemetry'))}",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "qdrant::actix",
            "TLS disabled for REST API",
            "TLS disabled for REST API",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "qdrant::actix",
            "Qdrant HTTP listening on %d",
            "Qdrant HTTP listening on 6333",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "actix_server::builder",
            "starting %d workers",
            "starting 8 workers",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            "Actix runtime found; starting in Actix runtime",
        )
        t = Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "qdrant::tonic",
            "Qdrant gRPC listening on %d",
            "Qdrant gRPC listening on 6334",
        )
        return Q(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "qdrant::tonic",
            "TLS disabled for gRPC API",
            "TLS disabled for gRPC API",
        )

    up = start(t0)
    back = start(oom + secs(r, 2.5, 4))
    down = (oom, back)
    names = list(QD_COLLECTIONS)
    share = [QD_COLLECTIONS[c][2] for c in names]
    bad_model = (at(9, 10, 33), at(9, 26, 2))
    faq = (at(10, 2, 40), at(10, 19, 55))
    panic = at(10, 41, 27)
    for t in poisson(r, up + timedelta(seconds=10), t_end, 17):
        if down[0] <= t < down[1]:
            continue
        c = r.choices(names, share)[0]
        if bad_model[0] <= t < bad_model[1] and c == "docs_chunks":
            req(
                t,
                "POST",
                "/collections/%s/points/search",
                f"/collections/{c}/points/search",
                400,
                r.choice([118, 121]),
                r.uniform(0.0002, 0.0009),
            )
            continue
        k = r.random()
        took = r.lognormvariate(-5.3, 0.7) * (
            4 if t >= back and t < back + timedelta(minutes=10) else 1
        )
        if k < 0.62:
            req(
                t,
                "POST",
                "/collections/%s/points/search",
                f"/collections/{c}/points/search",
                200,
                r.randrange(900, 14000),
                took,
            )
        elif k < 0.8:
            req(
                t,
                "POST",
                "/collections/%s/points/search/batch",
                f"/collections/{c}/points/search/batch",
                200,
                r.randrange(4000, 40000),
                took * 3,
            )
        elif k < 0.88:
            req(
                t,
                "POST",
                "/collections/%s/points/recommend",
                f"/collections/{c}/points/recommend",
                200,
                r.randrange(900, 9000),
                took * 1.5,
            )
        elif k < 0.95:
            req(
                t,
                "POST",
                "/collections/%s/points/scroll",
                f"/collections/{c}/points/scroll",
                200,
                r.randrange(9000, 90000),
                took,
            )
        else:
            req(
                t,
                "GET",
                "/collections/%s",
                f"/collections/{c}",
                200,
                r.randrange(700, 1300),
                r.uniform(0.0002, 0.001),
            )
    # the ingest worker: an upsert batch every few minutes, deletes of superseded chunks
    for t in poisson(r, up + timedelta(seconds=30), t_end, 160):
        if down[0] <= t < down[1]:
            continue
        c = r.choices(names, [0.6, 0.3, 0.1])[0]
        ip = "10.42.9.4"
        if panic <= t < down[0] and c == "docs_chunks":
            continue
        if r.random() < 0.3:
            req(
                t,
                "POST",
                "/collections/%s/points/delete?wait=true",
                f"/collections/{c}/points/delete?wait=true",
                200,
                82,
                r.uniform(0.004, 0.09),
                ip,
            )
        else:
            req(
                t,
                "PUT",
                "/collections/%s/points?wait=true",
                f"/collections/{c}/points?wait=true",
                200,
                82,
                r.uniform(0.05, 1.9),
                ip,
            )
    # after the panic the update worker is gone: docs_chunks' updates fail until the restart
    for t in poisson(r, panic + timedelta(seconds=20), down[0], 45):
        method, route = r.choice(
            [
                ("POST", "/collections/%s/points/delete?wait=true"),
                ("PUT", "/collections/%s/points?wait=true"),
            ]
        )
        t = req(
            t,
            method,
            route,
            route.replace("%s", "docs_chunks"),
            500,
            r.randrange(150, 170),
            r.uniform(0.0004, 0.003),
            "10.42.9.4",
        )
        Q(
            t + secs(r, 0.000001, 0.00001),
            "WARN",
            "collection::update_handler",
            "Failed to apply update operation %d: %s",
            f"Failed to apply update operation {r.randrange(88000, 99000)}: Service internal error: Update task was cancelled, because the update worker panicked",
        )
    for t in poisson(r, faq[0], faq[1], 21):
        req(
            t,
            "POST",
            "/collections/%s/points/search",
            "/collections/faq_v2/points/search",
            404,
            109,
            r.uniform(0.0001, 0.0004),
            "10.42.5.9",
        )
    for n in range(420):
        t = up + timedelta(seconds=30 * (n + 1) + r.uniform(0, 0.3))
        if t >= t_end:
            break
        if not (down[0] <= t < down[1] + timedelta(seconds=20)) and n % 2 == 0:
            req(
                t,
                "GET",
                "/metrics",
                "/metrics",
                200,
                r.randrange(5100, 5600),
                r.uniform(0.001, 0.004),
                "10.42.1.3",
            )
    for h in range(7, 13):
        for c in names:
            req(
                at(h, 0, 5) + secs(r, 0, 20),
                "POST",
                "/collections/%s/snapshots",
                f"/collections/{c}/snapshots",
                200,
                r.randrange(230, 260),
                r.uniform(1.5, 40),
                "10.42.9.4",
            )
        req(
            at(h, 1, 0) + secs(r, 0, 20),
            "GET",
            "/collections",
            "/collections",
            200,
            r.randrange(180, 200),
            r.uniform(0.0001, 0.0004),
            "10.42.9.4",
        )
    frames = []
    for n, fn in enumerate(QD_PANIC_BT):
        frames.append(f"  {n:>2}: {fn}")
        if n >= 8 and n < 16:
            frames.append(
                f"             at {'./lib/segment/src/index/field_index/map_index.rs:389:47' if n == 8 else '/rustc/129f3b9964af4d4a709d1383930ade12dfe7c081/library/std/src/panicking.rs:645:5'}"
            )
    Q(
        panic,
        "ERROR",
        "qdrant::startup",
        "Panic occurred in file %s at line %d: %s",
        "Panic occurred in file lib/segment/src/index/field_index/map_index.rs at line 389: called `Option::unwrap()` on a `None` value",
    )
    Q(
        panic + secs(r, 0.00001, 0.0001),
        "ERROR",
        "qdrant::startup",
        "Panic backtrace: \\n%s",
        "Panic backtrace: ",
        frames,
    )
    return [out.into(Log("qdrant.log", t0))]


# --------------------------------------------------------------------------------- meilisearch

MS_VERSION = "1.5.1"
MS_ASCII = [
    "888b     d888          d8b 888 d8b                                            888",
    "8888b   d8888          Y8P 888 Y8P                                            888",
    "88888b.d88888              888                                                888",
    "888Y88888P888  .d88b.  888 888 888 .d8888b   .d88b.   8888b.  888d888 .d8888b 88888b.",
    '888 Y888P 888 d8P  Y8b 888 888 888 88K      d8P  Y8b     "88b 888P"  d88P"    888 "88b',
    '888  Y8P  888 88888888 888 888 888 "Y8888b. 88888888 .d888888 888    888      888  888',
    '888   "   888 Y8b.     888 888 888      X88 Y8b.     888  888 888    Y88b.    888  888',
    '888       888  "Y8888  888 888 888  88888P\'  "Y8888  "Y888888 888     "Y8888P 888  888',
]
MS_UA = {
    "10.8.0.21": "meilisearch-js (v0.36.0)",
    "10.8.0.22": "meilisearch-js (v0.36.0)",
    "10.8.0.35": "Meilisearch Python (v0.29.0)",
    "10.8.1.7": "kube-probe/1.29",
}
MS_INDEXES = ["products", "categories", "brands"]


def meilisearch(r: random.Random) -> list[Log]:
    """Meilisearch 1.5.1 behind a shop's storefront (`meilisearch.log`, systemd's stdout and stderr
    appended to a file: env_logger's `[2024-06-04T06:00:01Z INFO  actix_web::middleware::logger]
    msg`, whole seconds, and the start banner's `eprintln!` lines). The storefront's searches and
    multi-searches, document lookups (some 404), a catalogue sync adding and updating documents
    every few minutes with the task polled until done (`A batch of tasks was successfully
    completed.`), Kubernetes' probe of `/health`, a client with a revoked key (403), filters on a
    field not filterable (400), an over-large upload (413); the disk filling at 09:20 with
    snapshots (`Batch failed No space left on device (os error 28)` for each batch), a restart
    at 10:05 after the cleanup (SIGTERM, the graceful shutdown, the banner again), a settings
    change at 11:30 reindexing `products` (a long batch, searches slow meanwhile)."""
    clock = Clock(1_000_000)
    out = Records()
    t0, t_end = at(6, 0, 0), at(13, 0)
    full = (at(9, 20, 11), at(10, 4, 30))
    restart = at(10, 5, 12)
    reindex = (at(11, 30, 40), at(11, 38, 2))

    def S(t: datetime, level: str, target: str, fmt: str, msg: str) -> datetime:
        t = clock.at("meili", t)
        out.add(t, [f"[{t:%Y-%m-%dT%H:%M:%S}Z {level:<5} {target}] {msg}"], fmt)
        return t

    req = actix_logger(
        lambda t, fmt, msg: S(t, "INFO", "actix_web::middleware::logger", fmt, msg),
        r,
        ["10.8.0.21", "10.8.0.22"],
        MS_UA,
        "curl/8.5.0",
    )

    def banner(t: datetime) -> datetime:
        """The `eprintln!` lines Meilisearch writes at start, each a statement; the blank lines a
        statement's text starts or ends with are written as they are, under the line before."""
        stmts = [
            (MS_ASCII, "\\n".join(MS_ASCII)),
            (["", 'Config file path:\t"none"'], "\\nConfig file path:\\t%s"),
            (['Database path:\t\t"/var/lib/meilisearch/data.ms"'], "Database path:\\t\\t%s"),
            (['Server listening on:\t"http://127.0.0.1:7700"'], "Server listening on:\\t%s"),
            (['Environment:\t\t"production"'], "Environment:\\t\\t%s"),
            (['Commit SHA:\t\t"a5ad4ff8d21b37ab92b2a2b3bcb4f63e5e0a3a1f"'], "Commit SHA:\\t\\t%s"),
            (['Commit date:\t\t"2023-11-28T14:21:30+00:00"'], "Commit date:\\t\\t%s"),
            ([f'Package version:\t"{MS_VERSION}"'], "Package version:\\t%s"),
            (
                ["", "Thank you for using Meilisearch!", ""],
                "\\nThank you for using Meilisearch!\\n",
            ),
            (
                [
                    "",
                    "We collect anonymized analytics to improve our product and your experience. To learn more, including how to turn off analytics, visit our dedicated documentation page: https://www.meilisearch.com/docs/learn/what_is_meilisearch/telemetry",
                ],
                "\\nWe collect anonymized analytics to improve our product and your experience. To learn more, including how to turn off analytics, visit our dedicated documentation page: %s",
            ),
            (["", 'Anonymous telemetry:\t"Enabled"'], "\\nAnonymous telemetry:\\t%s"),
            (
                [f'Instance UID:\t\t"{uuid4(random.Random("meili-instance"))}"'],
                "Instance UID:\\t\\t%s",
            ),
            (["", ""], None),
            (
                [
                    "A master key has been set. Requests to Meilisearch won't be authorized unless you provide an authentication key."
                ],
                "A master key has been set. Requests to Meilisearch won't be authorized unless you provide an authentication key.",
            ),
            (
                [
                    "",
                    "Check out Meilisearch Cloud! https://www.meilisearch.com/cloud?utm_campaign=oss&utm_source=engine&utm_medium=cli",
                ],
                "\\nCheck out Meilisearch Cloud! %s",
            ),
            (["Documentation:\t\thttps://www.meilisearch.com/docs"], "Documentation:\\t\\t%s"),
            (
                ["Source code:\t\thttps://github.com/meilisearch/meilisearch"],
                "Source code:\\t\\t%s",
            ),
            (["Discord:\t\thttps://discord.meilisearch.com", ""], "Discord:\\t\\t%s\\n"),
        ]
        t = clock.at("meili", t)
        pending: list[str] = []
        for lines, fmt in stmts:
            n = next((i for i, x in enumerate(lines) if x), len(lines))
            lead, body = lines[:n], lines[n:]
            if not body or fmt is None:
                pending += lines
                continue
            # a leading blank line stays with the statement before (no line of its own)
            if out.items and pending + lead:
                tt, seq, prev, tid = out.items[-1]
                out.items[-1] = (tt, seq, prev + pending + lead, tid)
            pending = []
            out.add(t, body, fmt)
        return t

    def start(t: datetime) -> datetime:
        t = banner(t)
        t = S(
            t + timedelta(seconds=1),
            "INFO",
            "actix_server::builder",
            "starting %d workers",
            "starting 4 workers",
        )
        return S(
            t,
            "INFO",
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            "Actix runtime found; starting in Actix runtime",
        )

    start(t0)
    t = S(
        restart,
        "INFO",
        "actix_server::server",
        "SIGTERM received; starting graceful shutdown",
        "SIGTERM received; starting graceful shutdown",
    )
    for _ in range(4):
        t = S(
            t,
            "INFO",
            "actix_server::worker",
            "shutting down idle worker",
            "shutting down idle worker",
        )
    t = S(t, "INFO", "actix_server::accept", "accept thread stopped", "accept thread stopped")
    up = start(t + timedelta(seconds=2))
    down = (restart, up)
    terms = [
        "running shoes",
        "rain jacket",
        "headphones",
        "usb c cable",
        "coffee grinder",
        "yoga mat",
        "backpack",
        "desk lamp",
    ]
    for t in poisson(r, t0 + timedelta(seconds=5), t_end, 16):
        if down[0] <= t < down[1] + timedelta(seconds=1):
            continue
        slow = 40 if reindex[0] <= t < reindex[1] else 1
        k = r.random()
        took = r.lognormvariate(-5.2, 0.6) * slow
        if k < 0.55:
            req(
                t,
                "POST",
                "/indexes/%s/search",
                "/indexes/products/search",
                200,
                r.randrange(2000, 24000),
                took,
            )
        elif k < 0.75:
            req(
                t, "POST", "/multi-search", "/multi-search", 200, r.randrange(5000, 40000), took * 2
            )
        elif k < 0.8:
            c = r.choice(["categories", "brands"])
            req(
                t,
                "GET",
                "/indexes/%s/search?q=%s&limit=%d",
                f"/indexes/{c}/search?q={r.choice(terms).replace(' ', '+')}&limit=5",
                200,
                r.randrange(300, 3000),
                took,
            )
        elif k < 0.93:
            req(
                t,
                "GET",
                "/indexes/%s/documents/%s",
                f"/indexes/products/documents/{r.randrange(100000, 999999)}",
                200,
                r.randrange(600, 2400),
                r.uniform(0.0003, 0.002),
            )
        elif k < 0.97:
            req(
                t,
                "GET",
                "/indexes/%s/documents/%s",
                f"/indexes/products/documents/{r.randrange(100000, 999999)}",
                404,
                r.randrange(160, 180),
                r.uniform(0.0003, 0.002),
            )
        else:
            req(
                t,
                "POST",
                "/indexes/%s/search",
                "/indexes/products/search",
                400,
                r.randrange(260, 320),
                r.uniform(0.0002, 0.001),
            )
    for n in range(1, 800):
        t = t0 + timedelta(seconds=60 * n + r.uniform(0, 0.5))
        if t >= t_end:
            break
        if not (down[0] <= t < down[1] + timedelta(seconds=1)):
            req(t, "GET", "/health", "/health", 200, 20, r.uniform(0.00003, 0.0002), "10.8.1.7")
    task = [48211]
    for t in poisson(r, t0 + timedelta(seconds=40), t_end, 240):
        if down[0] - timedelta(seconds=30) <= t < down[1] + timedelta(seconds=5):
            continue
        task[0] += 1
        ip = "10.8.0.35"
        method = r.choice(["POST", "PUT"])
        if r.random() < 0.03:
            req(
                t,
                method,
                "/indexes/%s/documents",
                "/indexes/products/documents",
                413,
                r.randrange(200, 260),
                r.uniform(0.01, 0.3),
                ip,
            )
            continue
        t = req(
            t,
            method,
            "/indexes/%s/documents",
            f"/indexes/{r.choices(MS_INDEXES, [0.8, 0.1, 0.1])[0]}/documents",
            202,
            r.randrange(135, 150),
            r.uniform(0.002, 0.08),
            ip,
        )
        done = t + secs(r, 0.5, 9)
        failed = full[0] <= t < full[1]
        if failed:
            S(
                done,
                "ERROR",
                "index_scheduler",
                "Batch failed %s",
                "Batch failed No space left on device (os error 28)",
            )
        else:
            S(
                done,
                "INFO",
                "index_scheduler",
                "A batch of tasks was successfully completed.",
                "A batch of tasks was successfully completed.",
            )
        p = t
        while p < done:
            p = req(
                p + secs(r, 0.4, 2),
                "GET",
                "/tasks/%s",
                f"/tasks/{task[0]}",
                200,
                r.randrange(330, 420),
                r.uniform(0.0002, 0.001),
                ip,
            )
    # the scheduled snapshot each hour (a task of its own)
    for h in range(7, 13):
        t = at(h, 0, 0) + secs(r, 0, 3)
        if full[0] <= t < full[1]:
            S(
                t + secs(r, 1, 5),
                "ERROR",
                "index_scheduler",
                "Batch failed %s",
                "Batch failed No space left on device (os error 28)",
            )
        else:
            S(
                t + secs(r, 4, 20),
                "INFO",
                "index_scheduler",
                "A batch of tasks was successfully completed.",
                "A batch of tasks was successfully completed.",
            )
    # the storefront's old deploy with a revoked key, for an hour
    for t in poisson(r, at(7, 12), at(8, 14), 70):
        req(
            t,
            "POST",
            "/indexes/%s/search",
            "/indexes/products/search",
            403,
            190,
            r.uniform(0.0001, 0.0005),
            "10.8.0.44",
        )
    t = req(
        reindex[0] - timedelta(seconds=2),
        "PATCH",
        "/indexes/%s/settings",
        "/indexes/products/settings",
        202,
        141,
        r.uniform(0.002, 0.02),
        "10.8.0.35",
    )
    S(
        reindex[1],
        "INFO",
        "index_scheduler",
        "A batch of tasks was successfully completed.",
        "A batch of tasks was successfully completed.",
    )
    return [out.into(Log("meilisearch.log", t0))]


# --------------------------------------------------------------------------------- dgraph

DG_VERSION = "v20.03.7"
DG_SVC = "dgraph-alpha.dgraph.svc.cluster.local"
DG_ZERO = "dgraph-zero-0.dgraph-zero.dgraph.svc.cluster.local:5080"
DG_ALPHAS = {f"alpha{n}": f"dgraph-alpha-{n}.{DG_SVC}:7080" for n in range(3)}
DG_PANIC = [
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x1463f2a]",
    "",
    "goroutine 1918273 [running]:",
    "github.com/dgraph-io/dgraph/posting.(*List).Uids(0x0, 0x2a1f4c9, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0)",
    "\t/ext-go/1/src/github.com/dgraph-io/dgraph/posting/list.go:1012 +0x3a",
    "github.com/dgraph-io/dgraph/worker.(*queryState).handleUidPostings.func1(0x0, 0x1, 0xc01b8c2a80, 0xc001fe3d80)",
    "\t/ext-go/1/src/github.com/dgraph-io/dgraph/worker/task.go:712 +0x5d1",
    "github.com/dgraph-io/dgraph/worker.(*queryState).handleUidPostings.func2(0xc0192f3e60, 0xc014a8e180, 0x0, 0x1)",
    "\t/ext-go/1/src/github.com/dgraph-io/dgraph/worker/task.go:791 +0x3a",
    "created by github.com/dgraph-io/dgraph/worker.(*queryState).handleUidPostings",
    "\t/ext-go/1/src/github.com/dgraph-io/dgraph/worker/task.go:790 +0x2d6",
]


def dgraph(r: random.Random) -> list[Log]:
    """Dgraph v20.03 on Kubernetes (one Zero, three Alphas replicating group 1), each pod's log as
    the cluster's log agent stores it (`dgraph-zero-0.log`, `dgraph-alpha-{0,1,2}.log`): glog's
    `I0604 06:00:01.123456      18 draft.go:1330] msg` with the pid padded to seven, Badger's and
    etcd raft's lines through `log.go:34]`. Badger's compactions (`Got compaction priority`,
    `Running for level`, `LOG Compact 0->1, del %d tables, add %d tables, took %s`), rollups,
    snapshots on every replica (`CreateSnapshot i=%d, cs=%s`, `Creating snapshot at index`),
    the leader's tablet sizes, Zero's `Purged below ts` and raft snapshots, hourly telemetry on
    each pod; a live loader from 08:00 (`Raft.Ready took too long to process`); alpha-2, the
    group's leader, crashing at 09:47 on a nil pointer (Go's `panic:` with `[signal SIGSEGV ...]`
    and the goroutine's frames, no glog header), the election on the others (pre-vote, vote,
    `became leader`, `elected leader`), `Echo error from` while it is down, its restart (the
    version banner, the configs, Badger opening the WAL and postings, the connections, raft
    state, `Server is ready`, the membership stream); old transactions aborted by the new
    leader from 11:05."""
    clock = Clock(1)
    files = {k: Records() for k in ["zero", "alpha0", "alpha1", "alpha2"]}
    pid = {"zero": 17, "alpha0": 18, "alpha1": 18, "alpha2": 18}
    t0, t_end = at(6, 0, 0), at(13, 0)
    crash = at(9, 47, 31)
    restart = crash + timedelta(seconds=41.283715)

    def G(
        pod: str, t: datetime, lv: str, src: str, fmt: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        t = clock.at(pod, t)
        files[pod].add(
            t,
            [
                f"{lv}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid[pod]:7d} {src}] {msg}",
                *(more or []),
            ],
            fmt,
        )
        return t

    def B(pod: str, t: datetime, fmt: str, msg: str) -> datetime:
        """Badger's and etcd raft's lines, through Dgraph's logger."""
        return G(pod, t, "I", "log.go:34", fmt, msg)

    alive = {"alpha2": (crash, restart + timedelta(seconds=9))}

    def up(pod: str, t: datetime) -> bool:
        return not (pod in alive and alive[pod][0] <= t < alive[pod][1])

    alphas = ["alpha0", "alpha1", "alpha2"]
    index = {"i": 4_118_200, "ts": 9_120_411}
    for pod in alphas:
        for t in poisson(r, t0 + secs(r, 5, 200), t_end, 460):
            if not up(pod, t):
                continue
            lvl = r.choice([0, 0, 0, 1])
            t = B(
                pod,
                t,
                "Got compaction priority: %+v",
                f"Got compaction priority: {{level:{lvl} score:{r.choice(['1', '1.01', '1.2', '1.52'] if lvl else ['1'])} dropPrefix:[]}}",
            )
            t = B(
                pod,
                t + secs(r, 0.00002, 0.0002),
                "Running for level: %d",
                f"Running for level: {lvl}",
            )
            took = r.uniform(0.3, 4.5)
            t = B(
                pod,
                t + timedelta(seconds=took),
                "LOG Compact %d->%d, del %d tables, add %d tables, took %v",
                f"LOG Compact {lvl}->{lvl + 1}, del {r.randrange(2, 9)} tables, add {r.randrange(1, 6)} tables, took {took:.6f}s"
                if took >= 1
                else f"LOG Compact {lvl}->{lvl + 1}, del {r.randrange(2, 9)} tables, add {r.randrange(1, 6)} tables, took {took * 1000:.6f}ms",
            )
            B(
                pod,
                t + secs(r, 0.00001, 0.0002),
                "Compaction for level: %d DONE",
                f"Compaction for level: {lvl} DONE",
            )
        for t in poisson(r, t0 + secs(r, 5, 200), t_end, 780):
            if not up(pod, t):
                continue
            size = 0.0
            for _ in range(r.randrange(1, 4)):
                kb = r.randrange(120, 990)
                size += kb / 1000
                t = B(
                    pod,
                    t + secs(r, 0.03, 0.6),
                    "%s Created batch of size: %s in %s.",
                    f"Rolling up Created batch of size: {kb} kB in {r.uniform(8, 90):.6f}ms.",
                )
            t = B(
                pod,
                t + secs(r, 0.001, 0.2),
                "%s Time elapsed: %s, bytes sent: %s, speed: %s/sec",
                f"Rolling up Time elapsed: 0{r.randrange(1, 4)}s, bytes sent: {size:.1f} MB, speed: {size:.1f} MB/sec",
            )
            B(
                pod,
                t + secs(r, 0.001, 0.05),
                "%s Sent %d keys",
                f"Rolling up Sent {r.randrange(800, 40000)} keys",
            )
    for t in poisson(r, t0 + secs(r, 10, 300), t_end, 960):
        index["i"] += r.randrange(9000, 14000)
        index["ts"] += r.randrange(20000, 40000)
        for pod in alphas:
            if not up(pod, t):
                continue
            x = G(
                pod,
                t + secs(r, 0.001, 0.3),
                "I",
                "storage.go:595",
                "CreateSnapshot i=%d, cs=%+v",
                f"CreateSnapshot i={index['i']}, cs=nodes:1 nodes:2 nodes:3 ",
            )
            G(
                pod,
                x + secs(r, 0.01, 0.8),
                "I",
                "draft.go:506",
                "Creating snapshot at index: %d. ReadTs: %d.",
                f"Creating snapshot at index: {index['i']}. ReadTs: {index['ts']}.",
            )
    for t in poisson(r, t0 + secs(r, 10, 300), t_end, 290):
        ld = "alpha2" if t < crash else "alpha0"
        if up(ld, t):
            G(
                ld,
                t,
                "I",
                "draft.go:1169",
                "Calculating tablet sizes. Found %d tables",
                f"Calculating tablet sizes. Found {r.choice([153, 153, 154])} tables",
            )
    for t in poisson(r, t0 + secs(r, 10, 300), t_end, 600):
        G(
            "zero",
            t,
            "I",
            "oracle.go:107",
            "Purged below ts:%d, len(o.commits):%d, len(o.rowCommit):%d",
            f"Purged below ts:{index['ts'] - r.randrange(100, 5000)}, len(o.commits):{r.randrange(0, 40)}, len(o.rowCommit):{r.randrange(0, 4000)}",
        )
    zi = 1_981_322
    for t in poisson(r, t0 + secs(r, 10, 300), t_end, 1800):
        zi += r.randrange(1000, 3000)
        x = G(
            "zero",
            t,
            "I",
            "storage.go:595",
            "CreateSnapshot i=%d, cs=%+v",
            f"CreateSnapshot i={zi}, cs=nodes:1 ",
        )
        G(
            "zero",
            x + secs(r, 0.001, 0.01),
            "I",
            "raft.go:616",
            "Writing snapshot at index: %d, applied mark: %d",
            f"Writing snapshot at index: {zi}, applied mark: {zi + r.randrange(1, 5)}",
        )
    cid = uuid4(random.Random("dgraph-cid"))
    for h in range(6, 13):
        for pod in files:
            t = at(h, 11, 52) + secs(r, 0, 1)
            if not up(pod, t):
                continue
            if pod == "zero":
                data = f"&{{Arch:amd64 Cid:{cid} ClusterSize:4 DiskUsageMB:{r.randrange(41000, 42000)} NumAlphas:3 NumGroups:1 NumTablets:154 NumZeros:1 OS:linux SinceHours:{h + 310} Version:{DG_VERSION} NumGraphQLPM:0 NumGraphQL:0}}"
                src = "zero.go:118"
            else:
                data = f"&{{Arch:amd64 Cid:{cid} ClusterSize:0 DiskUsageMB:0 NumAlphas:0 NumGroups:0 NumTablets:0 NumZeros:0 OS:linux SinceHours:0 Version:{DG_VERSION} NumGraphQLPM:{r.randrange(0, 900)} NumGraphQL:{r.randrange(0, 40)}}}"
                src = "server.go:115"
            t = G(
                pod, t, "I", src, "Posting Telemetry data: %+v", f"Posting Telemetry data: {data}"
            )
            t = G(
                pod,
                t + secs(r, 0.2, 0.5),
                "I",
                "telemetry.go:124",
                "Telemetry response status: %v",
                "Telemetry response status: 201 Created",
            )
            G(
                pod,
                t,
                "I",
                "telemetry.go:125",
                "Telemetry response body: %s",
                'Telemetry response body: {"created": true}',
            )
    # the live loader from 08:00
    for pod in alphas:
        for t in poisson(r, at(8, 0, 12), at(8, 41), 55):
            sync = r.randrange(150, 1900)
            G(
                pod,
                t,
                "W",
                "draft.go:1014",
                "Raft.Ready took too long to process: %s Num entries: %d. MustSync: %v",
                f"Raft.Ready took too long to process: Timer Total: {sync + r.randrange(1, 40)}ms. Breakdown: [{{sync {sync}ms}} {{disk {r.randrange(0, 40)}ms}} {{proposals {r.randrange(0, 9)}ms}} {{advance 0s}}] Num entries: {r.randrange(1, 9)}. MustSync: true",
            )
    # alpha-2 crashes; the others elect alpha-0
    G(
        "alpha2",
        crash - secs(r, 0.5, 2),
        "I",
        "draft.go:506",
        "Creating snapshot at index: %d. ReadTs: %d.",
        f"Creating snapshot at index: {index['i'] + 7}. ReadTs: {index['ts'] + 9}.",
    )
    t = clock.at("alpha2", crash)
    files["alpha2"].add(
        t,
        ["panic: runtime error: invalid memory address or nil pointer dereference", *DG_PANIC],
        "panic: runtime error: invalid memory address or nil pointer dereference",
    )
    li = index["i"] + 112
    term = 7
    for pod in ("alpha0", "alpha1"):
        G(
            pod,
            crash + secs(r, 0.02, 0.3),
            "W",
            "pool.go:254",
            "Connection lost with %s. Error: %v",
            f"Connection lost with {DG_ALPHAS['alpha2']}. Error: rpc error: code = Unavailable desc = transport is closing",
        )
        for x in poisson(r, crash + timedelta(seconds=2), restart + timedelta(seconds=9), 3.5):
            G(
                pod,
                x,
                "E",
                "pool.go:275",
                "Echo error from %v. Err: %v",
                f'Echo error from {DG_ALPHAS["alpha2"]}. Err: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 10.244.{r.choice([1, 2])}.{r.randrange(20, 90)}:7080: connect: connection refused"',
            )

    def raft(pod: str, t: datetime, calls: list[tuple]) -> datetime:
        """A node's etcd raft lines in a row, through Dgraph's logger."""
        return one_by_one(lambda t, fmt, msg: B(pod, t, fmt, msg), t, 0.0002, 0.002, r, calls)

    e = crash + timedelta(seconds=2.05)
    a0 = one_by_one(
        lambda t, fmt, msg: B("alpha0", t, fmt, msg),
        e,
        0.00001,
        0.0004,
        r,
        [
            (
                "%x is starting a new election at term %d",
                f"1 is starting a new election at term {term}",
            ),
            ("%x became pre-candidate at term %d", f"1 became pre-candidate at term {term}"),
            (
                "%x received %s from %x at term %d",
                f"1 received MsgPreVoteResp from 1 at term {term}",
            ),
            (
                "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
                f"1 [logterm: {term}, index: {li}] sent MsgPreVote request to 2 at term {term}",
            ),
            (
                "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
                f"1 [logterm: {term}, index: {li}] sent MsgPreVote request to 3 at term {term}",
            ),
            (
                "raft.node: %x lost leader %x at term %d",
                f"raft.node: 1 lost leader 3 at term {term}",
            ),
        ],
    )
    a1 = raft(
        "alpha1",
        a0,
        [
            (
                "%x [logterm: %d, index: %d, vote: %x] cast %s for %x [logterm: %d, index: %d] at term %d",
                f"2 [logterm: {term}, index: {li}, vote: 3] cast MsgPreVote for 1 [logterm: {term}, index: {li}] at term {term}",
            ),
        ],
    )
    a0 = raft(
        "alpha0",
        a1,
        [
            (
                "%x received %s from %x at term %d",
                f"1 received MsgPreVoteResp from 2 at term {term}",
            ),
            (
                "%x [quorum:%d] has received %d %s votes and %d vote rejections",
                "1 [quorum:2] has received 2 MsgPreVoteResp votes and 0 vote rejections",
            ),
            ("%x became candidate at term %d", f"1 became candidate at term {term + 1}"),
            (
                "%x received %s from %x at term %d",
                f"1 received MsgVoteResp from 1 at term {term + 1}",
            ),
            (
                "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
                f"1 [logterm: {term}, index: {li}] sent MsgVote request to 2 at term {term + 1}",
            ),
            (
                "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
                f"1 [logterm: {term}, index: {li}] sent MsgVote request to 3 at term {term + 1}",
            ),
        ],
    )
    a1 = raft(
        "alpha1",
        a0,
        [
            (
                "%x [term: %d] received a %s message with higher term from %x [term: %d]",
                f"2 [term: {term}] received a MsgVote message with higher term from 1 [term: {term + 1}]",
            ),
            ("%x became follower at term %d", f"2 became follower at term {term + 1}"),
            (
                "%x [logterm: %d, index: %d, vote: %x] cast %s for %x [logterm: %d, index: %d] at term %d",
                f"2 [logterm: {term}, index: {li}, vote: 0] cast MsgVote for 1 [logterm: {term}, index: {li}] at term {term + 1}",
            ),
            (
                "raft.node: %x lost leader %x at term %d",
                f"raft.node: 2 lost leader 3 at term {term}",
            ),
        ],
    )
    a0 = raft(
        "alpha0",
        a1,
        [
            (
                "%x received %s from %x at term %d",
                f"1 received MsgVoteResp from 2 at term {term + 1}",
            ),
            (
                "%x [quorum:%d] has received %d %s votes and %d vote rejections",
                "1 [quorum:2] has received 2 MsgVoteResp votes and 0 vote rejections",
            ),
            ("%x became leader at term %d", f"1 became leader at term {term + 1}"),
            (
                "raft.node: %x elected leader %x at term %d",
                f"raft.node: 1 elected leader 1 at term {term + 1}",
            ),
        ],
    )
    B(
        "alpha1",
        a0 + secs(r, 0.001, 0.01),
        "raft.node: %x elected leader %x at term %d",
        f"raft.node: 2 elected leader 1 at term {term + 1}",
    )
    # alpha-2 starts again
    pid["alpha2"] = 19
    t = clock.at("alpha2", restart)
    banner = [
        "",
        f"Dgraph version   : {DG_VERSION}",
        "Dgraph codename  : unnamed",
        "Dgraph SHA-256   : 2a0f5a6b2c1b0b8e3bb8b3a4c9a0f5b0c34c1d0c1f53a3e7b6e2f7d3f1e8c9ab",
        "Commit SHA-1     : 8f7f1d4b3",
        "Commit timestamp : 2020-07-23 13:27:16 +0530",
        "Branch           : HEAD",
        "Go version       : go1.14.4",
        "",
        "For Dgraph official documentation, visit https://docs.dgraph.io.",
        "For discussions about Dgraph     , visit https://discuss.dgraph.io.",
        "To say hi to the community       , visit https://dgraph.slack.com.",
        "",
        "Licensed variously under the Apache Public License 2.0 and Dgraph Community License.",
        "Copyright 2015-2020 Dgraph Labs, Inc.",
        "",
        "",
    ]
    files["alpha2"].add(
        t,
        [f"I{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid['alpha2']:7d} init.go:107] ", *banner],
        "\\n\\nDgraph version   : %v\\n%s",
    )
    start = f"{restart + timedelta(seconds=0.002):%Y-%m-%d %H:%M:%S.%f} +0000 UTC"
    badger = "Dir:{d} ValueDir:{d} SyncWrites:false TableLoadingMode:2 ValueLogLoadingMode:2 NumVersionsToKeep:{v} ReadOnly:false Truncate:true Logger:0x2b7f0f0 Compression:{c} EventLogging:true InMemory:false MaxTableSize:67108864 LevelSizeMultiplier:10 MaxLevels:7 ValueThreshold:1024 NumMemtables:5 BlockSize:4096 BloomFalsePositive:0.01 KeepL0InMemory:true MaxCacheSize:{cache} MaxBfCacheSize:0 LoadBloomsOnOpen:false NumLevelZeroTables:5 NumLevelZeroTablesStall:10 LevelOneSize:268435456 ValueLogFileSize:1073741823 ValueLogMaxEntries:1000000 NumCompactors:2 CompactL0OnClose:true LogRotatesToFlush:2 ZSTDCompressionLevel:{z} VerifyValueChecksum:false EncryptionKey:[] EncryptionKeyRotationDuration:240h0m0s BypassLockGuard:false ChecksumVerificationMode:0 KeepBlockIndicesInCache:{k} KeepBlocksInCache:{k} managedTxns:false maxBatchCount:0 maxBatchSize:0}}"
    t = one_by_one(
        lambda t, src, fmt, msg: G("alpha2", t, "I", src, fmt, msg),
        t,
        0.00005,
        0.0008,
        r,
        [
            (
                "run.go:697",
                "x.WorkerConfig: %+v",
                f"x.WorkerConfig: {{ExportPath:export NumPendingProposals:256 Tracing:0.01 MyAddr:{DG_ALPHAS['alpha2']} ZeroAddr:[{DG_ZERO}] RaftId:0 WhiteListedIPRanges:[] MaxRetries:-1 StrictMutations:false AclEnabled:false AbortOlderThan:5m0s SnapshotAfter:10000 ProposedGroupId:0 StartTime:{start} LudicrousMode:false BadgerKeyFile: EncryptionKey:[]}}",
            ),
            (
                "server_state.go:108",
                "Opening write-ahead log BadgerDB with options: %+v",
                "Opening write-ahead log BadgerDB with options: {"
                + badger.format(d="w", v=1, c=0, cache=10485760, z=0, k="false"),
            ),
        ],
    )

    def badger_open(t: datetime, tables: int, fid: int, offset: int, took: str) -> datetime:
        """Badger opening a store: its tables, then the value log replayed."""
        t = B(
            "alpha2",
            t + secs(r, 0.002, 0.2),
            "All %d tables opened in %s",
            f"All {tables} tables opened in {r.randrange(1, 9) * tables}ms",
        )
        t = B(
            "alpha2",
            t + secs(r, 0.001, 0.01),
            "Replaying file id: %d at offset: %d",
            f"Replaying file id: {fid} at offset: {offset}",
        )
        return B("alpha2", t + secs(r, 0.01, 0.08), "Replay took: %v", f"Replay took: {took}")

    t = badger_open(
        t,
        r.randrange(2, 6),
        r.randrange(30, 60),
        r.randrange(1_000_000, 90_000_000),
        f"{r.uniform(5, 80):.6f}ms",
    )
    t = G(
        "alpha2",
        t + secs(r, 0.001, 0.01),
        "I",
        "server_state.go:141",
        "Opening postings BadgerDB with options: %+v",
        "Opening postings BadgerDB with options: {"
        + badger.format(d="p", v=2147483647, c=1, cache=1073741824, z=3, k="true"),
    )
    t = badger_open(
        t + secs(r, 0.8, 3),
        r.randrange(60, 90),
        r.randrange(100, 140),
        r.randrange(1_000_000, 900_000_000),
        f"{r.uniform(0.8, 3):.6f}s",
    )
    t = one_by_one(
        lambda t, src, fmt, msg: G("alpha2", t, "I", src, fmt, msg),
        t,
        0.0001,
        0.003,
        r,
        [
            (
                "run.go:549",
                "gRPC server started.  Listening on port %d",
                "gRPC server started.  Listening on port 9080",
            ),
            (
                "run.go:550",
                "HTTP server started.  Listening on port %d",
                "HTTP server started.  Listening on port 8080",
            ),
            ("pool.go:160", "CONNECTING to %s", f"CONNECTING to {DG_ZERO}"),
            (
                "groups.go:135",
                "Connected to group zero. Assigned group: %+v",
                "Connected to group zero. Assigned group: 1",
            ),
            (
                "groups.go:137",
                "Raft Id after connection to Zero: %#x",
                "Raft Id after connection to Zero: 0x3",
            ),
            ("pool.go:160", "CONNECTING to %s", f"CONNECTING to {DG_ALPHAS['alpha0']}"),
            ("pool.go:160", "CONNECTING to %s", f"CONNECTING to {DG_ALPHAS['alpha1']}"),
            ("draft.go:200", "Node ID: %#x with GroupID: %d", "Node ID: 0x3 with GroupID: 1"),
            (
                "node.go:148",
                "Setting raft.Config to: %+v",
                f"Setting raft.Config to: &{{ID:3 peers:[] learners:[] ElectionTick:20 HeartbeatTick:1 Storage:0xc000{hexid(r, 6)} Applied:{index['i']} MaxSizePerMsg:262144 MaxCommittedSizePerReady:67108864 MaxUncommittedEntriesSize:0 MaxInflightMsgs:256 CheckQuorum:false PreVote:true ReadOnlyOption:0 Logger:0x2b7f0f0 DisableProposalForwarding:false}}",
            ),
            (
                "node.go:306",
                "Found Snapshot.Metadata: %+v",
                f"Found Snapshot.Metadata: {{ConfState:{{Nodes:[1 2 3] Learners:[] XXX_unrecognized:[]}} Index:{index['i']} Term:{term} XXX_unrecognized:[]}}",
            ),
            (
                "node.go:317",
                "Found hardstate: %+v",
                f"Found hardstate: {{Term:{term} Vote:3 Commit:{li} XXX_unrecognized:[]}}",
            ),
            (
                "node.go:326",
                "Group %d found %d entries",
                f"Group 1 found {li - index['i']} entries",
            ),
        ],
    )
    t = one_by_one(
        lambda t, fmt, msg: B("alpha2", t, fmt, msg),
        t,
        0.00001,
        0.0003,
        r,
        [
            ("%x became follower at term %d", f"3 became follower at term {term}"),
            (
                "newRaft %x [peers: [%s], term: %d, commit: %d, applied: %d, lastindex: %d, lastterm: %d]",
                f"newRaft 3 [peers: [1,2,3], term: {term}, commit: {li}, applied: {index['i']}, lastindex: {li}, lastterm: {term}]",
            ),
            (
                "%x [term: %d] received a %s message with higher term from %x [term: %d]",
                f"3 [term: {term}] received a MsgHeartbeat message with higher term from 1 [term: {term + 1}]",
            ),
            ("%x became follower at term %d", f"3 became follower at term {term + 1}"),
            (
                "raft.node: %x elected leader %x at term %d",
                f"raft.node: 3 elected leader 1 at term {term + 1}",
            ),
        ],
    )
    for pod in ("alpha0", "alpha1"):
        G(
            pod,
            t + secs(r, 0.01, 0.5),
            "I",
            "pool.go:241",
            "Connection established with %v",
            f"Connection established with {DG_ALPHAS['alpha2']}",
        )
    z = G(
        "zero",
        t - secs(r, 0.01, 0.03),
        "I",
        "zero.go:417",
        "Got connection request: %+v",
        "Got connection request: cluster_info_only:true ",
    )
    z = G(
        "zero",
        t + secs(r, 0.001, 0.01),
        "I",
        "zero.go:417",
        "Got connection request: %+v",
        f'Got connection request: id:3 group_id:1 addr:"{DG_ALPHAS["alpha2"]}" ',
    )
    G(
        "zero",
        z + secs(r, 0.0005, 0.003),
        "I",
        "zero.go:544",
        "Connected: %+v",
        f'Connected: id:3 group_id:1 addr:"{DG_ALPHAS["alpha2"]}" ',
    )
    tablets = " ".join(
        f'tablets:<key:"{p}" value:<group_id:1 predicate:"{p}" space:{r.randrange(0, 9_000_000_000)} > >'
        for p in [
            "Product.name",
            "Product.price",
            "Review.rating",
            "User.email",
            "dgraph.graphql.schema",
            "dgraph.type",
        ]
    )
    t = one_by_one(
        lambda t, src, fmt, msg: G("alpha2", t, "I", src, fmt, msg),
        t + secs(r, 0.2, 0.6),
        0.0001,
        0.003,
        r,
        [
            ("groups.go:155", "Server is ready", "Server is ready"),
            (
                "groups.go:782",
                "Got address of a Zero leader: %s",
                f"Got address of a Zero leader: {DG_ZERO}",
            ),
            (
                "groups.go:796",
                "Starting a new membership stream receive from %s.",
                f"Starting a new membership stream receive from {DG_ZERO}.",
            ),
            (
                "groups.go:813",
                "Received first state update from Zero: %+v",
                f'Received first state update from Zero: counter:{zi + 9} groups:<key:1 value:<members:<key:1 value:<id:1 group_id:1 addr:"{DG_ALPHAS["alpha0"]}" leader:true last_update:{int(restart.timestamp()) - 40} > > members:<key:2 value:<id:2 group_id:1 addr:"{DG_ALPHAS["alpha1"]}" > > members:<key:3 value:<id:3 group_id:1 addr:"{DG_ALPHAS["alpha2"]}" > > {tablets} checksum:{r.randrange(10**18, 10**19)} > > zeros:<key:1 value:<id:1 addr:"{DG_ZERO}" leader:true > > maxLeaseId:{r.randrange(10**7, 10**8)} maxTxnTs:{index["ts"] + 90000} maxRaftId:3 cid:"{cid}" license:<maxNodes:18446744073709551615 expiryTs:{int(t0.timestamp()) + 86400 * 30} > ',
            ),
        ],
    )
    # old transactions aborted by the new leader
    for x in poisson(r, at(11, 5, 3), at(11, 26), 95):
        ts = index["ts"] + r.randrange(1000, 90000)
        x = G(
            "alpha0",
            x,
            "I",
            "draft.go:1318",
            "Found %d old transactions. Acting to abort them.",
            f"Found {r.choice([1, 1, 2])} old transactions. Acting to abort them.",
        )
        x = G(
            "alpha0",
            x + secs(r, 0.001, 0.02),
            "I",
            "draft.go:1279",
            "TryAbort %d txns with start ts. Error: %v",
            "TryAbort 1 txns with start ts. Error: <nil>",
        )
        G(
            "alpha0",
            x + secs(r, 0.0001, 0.001),
            "I",
            "draft.go:1302",
            "TryAbort selectively proposing only aborted txns: %+v",
            f"TryAbort selectively proposing only aborted txns: txns:<start_ts:{ts} > ",
        )
    return [
        files[k].into(
            Log(f"dgraph-{k[:-1]}-{k[-1]}.log" if k != "zero" else "dgraph-zero-0.log", t0)
        )
        for k in files
    ]


SYSTEMS = {
    "rocksdb": rocksdb,
    "maxscale": maxscale,
    "qdrant": qdrant,
    "meilisearch": meilisearch,
    "dgraph": dgraph,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
