"""The ingest pipeline end to end, in-process: formats, framing, registry, quarantine."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import duckdb
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errctl.errors import InputError
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import EventFilter
from errctl.store.duckdb_store import DuckDBStore

PY_LOG = """\
2024-05-01 12:00:00,001 - app.jobs - INFO - Job job-1a2b started
2024-05-01 12:00:01,002 - app.jobs - ERROR - Job job-1a2b failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 10, in run
    total = compute(rows)
  File "/srv/app/calc.py", line 42, in compute
    return sum(r["amount"] for r in rows)
KeyError: 'amount'
2024-05-01 12:00:02,003 - app.jobs - WARNING - Job job-9z8y is late by 3s
2024-05-01 12:05:01,002 - app.jobs - ERROR - Job job-7c7c failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 11, in run
    total = compute(rows)
  File "/srv/app/calc.py", line 45, in compute
    return sum(r["amount"] for r in rows)
KeyError: 'amount'
"""


def json_line(i: int, **extra) -> str:
    record = {
        "timestamp": f"2024-05-01T12:{i // 60 % 60:02d}:{i % 60:02d}Z",
        "level": "error" if i % 10 == 0 else "info",
        "service": "api",
        "message": f"request {i} done in {i % 7}ms",
        **extra,
    }
    return orjson.dumps(record).decode()


def run(paths: list[Path | str], db: Path, **kw):
    opts = IngestOptions(**kw)
    return ingest([str(p) for p in paths], DuckDBStore(db), opts)


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_python_log_frames_tracebacks_and_groups_them_across_line_shifts(tmp_path: Path, db):
    log = tmp_path / "worker.log"
    log.write_text(PY_LOG)
    summary = run([log], db)
    assert summary.events == 4 and summary.rejected == 0
    rows = query(
        db,
        "SELECT line, level, exception_type, exception_value, fingerprint, severity "
        "FROM events ORDER BY line",
    )
    assert [r[0] for r in rows] == [1, 2, 9, 10]
    assert rows[1][1:4] == ("error", "KeyError", "'amount'")
    assert rows[1][4] == rows[3][4]  # same frames, other line numbers: one group
    assert rows[1][5] == "high" and rows[2][5] == "low"
    stack = orjson.loads(query(db, "SELECT stack FROM events WHERE line = 2")[0][0])
    assert [f["function"] for f in stack[0]["frames"]] == ["run", "compute"]


def test_json_lines_quarantine_bad_lines_and_keep_the_rest(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    good = [json_line(i) for i in range(20)]
    lines = [*good[:5], '{"truncated": "li', *good[5:10], "\x00\x00\x00", *good[10:]]
    log.write_bytes(("\n".join(lines) + "\n").encode() + b'{"message": "caf\xe9"}\n')
    summary = run([log], db)
    assert summary.events == 21
    assert summary.rejected == 2
    assert query(db, "SELECT line, reason FROM quarantine ORDER BY line")[0][0] == 6
    assert query(db, "SELECT count(*) FROM events WHERE message = 'café'") == [(1,)]


def test_ingest_is_idempotent_and_picks_up_appended_lines(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    log.write_text("".join(json_line(i) + "\n" for i in range(100)))
    assert run([log], db).events == 100
    again = run([log], db)
    assert again.events == 0 and again.sources[0].resumed_from == log.stat().st_size
    with log.open("a") as f:
        f.write("".join(json_line(i) + "\n" for i in range(100, 130)))
    assert run([log], db).events == 30
    assert query(db, "SELECT count(*), count(DISTINCT line), max(line) FROM events") == [
        (130, 130, 130)
    ]


def test_a_traceback_left_open_at_the_end_is_completed_not_split(tmp_path: Path, db):
    log = tmp_path / "w.log"
    log.write_text(PY_LOG)
    run([log], db)
    with log.open("a") as f:
        f.write("2024-05-01 12:06:00,000 - app.jobs - INFO - done\n")
    run([log], db)
    assert query(db, "SELECT count(*), count(DISTINCT line) FROM events") == [(5, 5)]


def test_truncation_is_detected_and_the_file_read_again(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    content = "".join(json_line(i) + "\n" for i in range(50))
    log.write_text(content)
    run([log], db)
    log.write_text(content[: len(content) // 3])  # same head, shorter: truncated in place
    result = run([log], db).sources[0]
    assert result.restarted and "truncated" in result.restarted


def test_rotation_and_compression_do_not_read_a_file_twice(tmp_path: Path, db):
    logs = tmp_path / "logs"
    logs.mkdir()
    app = logs / "app.jsonl"
    app.write_text("".join(json_line(i) + "\n" for i in range(40)))
    assert run([logs], db).events == 40
    with app.open("a") as f:
        f.write("".join(json_line(i) + "\n" for i in range(40, 45)))
    app.rename(logs / "app.jsonl.1")  # rotated after 5 more lines were written
    app.write_text("".join(json_line(i) + "\n" for i in range(1000, 1010)))
    assert run([logs], db).events == 15
    rotated = logs / "app.jsonl.1"
    with gzip.open(logs / "app.jsonl.2.gz", "wb") as f:
        f.write(rotated.read_bytes())
    rotated.unlink()
    assert run([logs], db).events == 0
    assert query(db, "SELECT count(*) FROM events") == [(55,)]


@pytest.mark.parametrize("reingest", [False, True])
def test_a_stream_met_twice_in_one_run_is_stored_once(tmp_path: Path, db, reingest):
    """A copy beside its original (copytruncate rotation leaves one; so does a backup) is the
    same content stream: read in the same run, its registry lookup must see the offset the
    first file's batches store, not the one they had while still in flight."""
    logs = tmp_path / "logs"
    logs.mkdir()
    content = "".join(json_line(i) + "\n" for i in range(3000))
    (logs / "app.jsonl").write_text(content)
    (logs / "app.jsonl.1").write_text(content)
    run([logs], db, reingest=reingest)
    assert query(db, "SELECT count(*), count(DISTINCT line) FROM events") == [(3000, 3000)]
    assert query(db, "SELECT sum(count) FROM groups") == [(3000,)]


def test_reingest_replaces_rather_than_duplicates(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    log.write_text("".join(json_line(i) + "\n" for i in range(30)))
    run([log], db)
    assert run([log], db, reingest=True).events == 30
    assert query(db, "SELECT count(*) FROM events") == [(30,)]
    assert query(db, "SELECT sum(count) FROM groups") == [(30,)]


def test_binary_and_missing_inputs_are_skipped_and_strict_fails(tmp_path: Path, db):
    binary = tmp_path / "core.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    log = tmp_path / "ok.jsonl"
    log.write_text(json_line(1) + "\n")
    summary = run([binary, log, tmp_path / "missing.log"], db)
    assert summary.events == 1
    assert {Path(s.path).name: s.skipped for s in summary.sources if s.skipped}.keys() == {
        "core.bin",
        "missing.log",
    }
    with pytest.raises(InputError):
        run([binary, tmp_path / "other.jsonl"], db, strict=True)


def test_unreadable_timestamps_are_inferred_and_kept(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    log.write_text(json_line(5) + "\n" + '{"timestamp": "sometime", "message": "hi"}\n')
    run([log], db)
    inferred, attrs, ts = query(
        db, "SELECT timestamp_inferred, attributes, timestamp FROM events WHERE line = 2"
    )[0]
    assert inferred is True and orjson.loads(attrs)["timestamp_raw"] == "sometime"
    assert ts == query(db, "SELECT timestamp FROM events WHERE line = 1")[0][0]


def test_user_pattern_with_continuations_and_rejections(tmp_path: Path, db):
    log = tmp_path / "custom.log"
    log.write_text(
        "garbage before any event\n"
        "081109 203615 148 INFO dfs.DataNode: Receiving block blk_-160 src: /10.250.19.102\n"
        "   continued detail\n"
        "081109 203807 222 WARN dfs.DataNode: Slow BlockReceiver write 120ms\n"
    )
    pattern = (
        r"^(?P<timestamp>\d{6}\s+\d{6})\s+(?P<pid>\d+)\s+(?P<level>[A-Z]+)\s+"
        r"(?P<service>[^\s:]+):\s+(?P<message>.*)$"
    )
    summary = run([log], db, pattern=pattern)
    assert summary.events == 2 and summary.rejected == 1
    rows = query(db, "SELECT service, message, attributes FROM events ORDER BY line")
    assert rows[0][0] == "dfs.DataNode" and rows[0][1].endswith("continued detail")
    assert orjson.loads(rows[0][2])["pid"] == "148"


def test_search_finds_ingested_events(tmp_path: Path, db):
    log = tmp_path / "app.jsonl"
    log.write_text("".join(json_line(i) + "\n" for i in range(60)))
    run([log], db)
    store = DuckDBStore(db)
    hits = list(store.search(EventFilter(min_level="error"), limit=None))
    assert len(hits) == 6 and all(e.level == "error" for e in hits)
    assert hits[0].timestamp > hits[-1].timestamp
    assert hits[0].template == "request <*> done in <*>"
    assert hits[0].fingerprint.startswith("fp1:")


valid_messages = st.lists(
    st.text(alphabet="abcdefghij klmno", min_size=1, max_size=20), min_size=1, max_size=15
)
garbage = st.lists(st.binary(max_size=60), max_size=15)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(valid_messages, garbage, st.randoms())
def test_any_bytes_around_valid_lines_never_lose_them(tmp_path: Path, messages, junk, rnd):
    """Property: garbage mixed into a JSON-lines file never drops a valid line."""
    lines = [
        orjson.dumps({"ts": 1714564800 + i, "level": "info", "msg": f"m{i} {m}"})
        for i, m in enumerate(messages)
    ]
    mixed: list[bytes] = list(lines)
    for j in junk:
        mixed.insert(rnd.randrange(len(mixed) + 1), j.replace(b"\n", b" "))
    case = tmp_path / f"case-{os.urandom(4).hex()}"
    case.mkdir()
    log = case / "app.jsonl"
    log.write_bytes(b"\n".join(mixed) + b"\n")
    db = case / "s.duckdb"
    run([log], db, format="json")
    stored = {r[0] for r in query(db, "SELECT message FROM events")}
    for i, m in enumerate(messages):
        assert f"m{i} {m}" in stored


def test_a_damaged_archive_keeps_what_precedes_the_damage(tmp_path: Path, db):
    log = tmp_path / "app.jsonl.gz"
    payload = "".join(json_line(i, pad=os.urandom(200).hex()) + "\n" for i in range(2000))
    archive = gzip.compress(payload.encode())
    log.write_bytes(archive[: len(archive) // 2])  # cut short, as by a full disk
    summary = run([log], db)
    assert 0 < summary.events < 2000
    assert "cut short" in (summary.sources[0].error or "")
    with pytest.raises(InputError):
        run([log], tmp_path / "strict.duckdb", strict=True)


def test_text_that_starts_like_a_compression_magic_is_read_as_text(tmp_path: Path, db):
    log = tmp_path / "odd.jsonl"
    log.write_bytes(b"\xfd7zXZ\x00 not really xz\n" + (json_line(1) + "\n").encode())
    summary = run([log], db, format="json")
    assert summary.events == 1 and summary.rejected == 1


def test_a_damaged_header_line_starts_its_own_event(tmp_path: Path, db):
    log = tmp_path / "w.log"
    log.write_text(
        "2024-05-01 12:00:00,001 - app - INFO - one\n"
        "2024-05-01 12:00:01,002 - sched\n"  # cut short by a crash: no level, no message
        "2024-05-01 12:00:02,003 - app - INFO - three\n"
    )
    summary = run([log], db)
    assert summary.events == 3
    assert query(db, "SELECT message FROM events WHERE line = 1") == [("one",)]


def test_a_decompression_bomb_is_stopped_with_a_clear_error(tmp_path: Path, db, monkeypatch):
    from errctl.ingest import readers

    monkeypatch.setattr(readers, "BOMB_MIN_BYTES", 1024 * 1024)
    bomb = tmp_path / "logs.gz"
    line = (json_line(1) + "\n").encode()
    bomb.write_bytes(gzip.compress(line * 200_000))  # 17 MB of the same line: > 1000x
    result = run([bomb], db, max_expansion=100).sources[0]
    assert result.error and "decompression bomb" in result.error
    assert 0 < result.events < 200_000
    assert run([bomb], tmp_path / "b.duckdb", max_expansion=0).events == 200_000


def test_a_logged_message_template_groups_exactly(tmp_path: Path, db):
    """An application that logs `msg` before formatting (errctl.sdk does) is grouped by it:
    `for %s` with 'bob' and with 'alice' is one group, although a word varies, and two
    templates that look alike once formatted stay two."""
    log = tmp_path / "app.jsonl"
    lines = [
        json_line(1, msg="login failed for bob", message_template="login failed for %s"),
        json_line(2, msg="login failed for alice", message_template="login failed for %s"),
        json_line(3, msg="login failed for good", message_template="login failed for good"),
    ]
    log.write_text("".join(x.replace('"message": "request', '"other": "r') + "\n" for x in lines))
    run([log], db)
    rows = query(db, "SELECT line, template, fingerprint FROM events ORDER BY line")
    assert rows[0][1] == rows[1][1] == "login failed for <*>"
    assert rows[0][2] == rows[1][2] != rows[2][2]


def test_a_raw_text_crash_is_named_by_its_own_first_line(tmp_path: Path, db):
    """Output no format reads (a process's stderr): the first line of a crash is the exception's
    own line, not a log header, and goes to the parser with the frames."""
    log = tmp_path / "stderr.log"
    log.write_text(
        "TypeError: Cannot read properties of undefined (reading 'id')\n"
        "    at /app/routes/orders.js:42:18\n"
        "    at Layer.handle [as handle_request] (/app/node_modules/x/layer.js:95:5)\n"
    )
    run([log], db)
    assert query(db, "SELECT level, exception_type, exception_value FROM events") == [
        ("error", "TypeError", "Cannot read properties of undefined (reading 'id')")
    ]


def test_files_that_start_alike_are_two_streams(tmp_path: Path, db):
    """Two files whose first kilobytes are the same banner (CockroachDB's channels' files) are
    not one stream: the second was read from the first's offset (its lines cut mid-file and
    quarantined), and each later run found the other "truncated" and read it again."""
    logs = tmp_path / "logs"
    logs.mkdir()
    banner = "".join(json_line(i) + "\n" for i in range(40))  # more than the head's 1 KiB
    (logs / "main.jsonl").write_text(banner + "".join(json_line(i) + "\n" for i in range(100, 130)))
    (logs / "health.jsonl").write_text(
        banner + "".join(json_line(i) + "\n" for i in range(500, 900))
    )
    for _ in range(2):
        run([logs], db)
        assert query(db, "SELECT count(*), count(DISTINCT (source, line)) FROM events") == [
            (40 + 30 + 40 + 400,) * 2
        ]
        assert query(db, "SELECT count(*) FROM quarantine") == [(0,)]
    # A copy beside its whole original is still the same stream (a backup), and so is one
    # beside an original truncated in place (copytruncate).
    (logs / "main.jsonl.bak").write_bytes((logs / "main.jsonl").read_bytes())
    assert run([logs], db).events == 0
    health = logs / "health.jsonl"
    (logs / "health.jsonl.1").write_bytes(health.read_bytes())
    health.write_text(json_line(2000) + "\n")
    assert run([logs], db).events == 1
    assert query(db, "SELECT count(*) FROM events") == [(511,)]


def test_small_files_that_start_alike_in_one_run_are_each_read(tmp_path: Path, db):
    """Many small files with one banner, read in one run: their batches wait to be stored
    together, so each new file meets the others' rows at their stored offset (0, nothing
    stored yet) and must be told apart by the offsets their batches leave."""
    logs = tmp_path / "logs"
    logs.mkdir()
    banner = "".join(json_line(i) + "\n" for i in range(40))
    for k in range(30):
        (logs / f"job-{k:02d}.jsonl").write_text(banner + json_line(1000 + k) + "\n")
    assert run([logs], db).events == 30 * 41
    assert run([logs], db).events == 0
    assert query(db, "SELECT count(DISTINCT source), count(*) FROM events") == [(30, 30 * 41)]
