"""A last line with no newline in a file written moments ago is a line still being written: a
cron run between two writes of it leaves it for the next run, which reads it whole."""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

from tests.cli_runner import run


def _ingest(db: Path, log: Path) -> dict:
    result = run("--db", str(db), "ingest", str(log), "--summary", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["sources"][0]


def _messages(db: Path) -> list[str]:
    result = run("--db", str(db), "search", "--format", "ndjson", "--oldest-first", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["message"] for line in result.stdout.splitlines()]


def test_a_line_being_written_is_read_whole_by_the_next_run(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_bytes(
        b"2026-11-28 10:00:00 ERROR payment failed for order 1\n2026-11-28 10:00:01 ERR"
    )
    source = _ingest(db, log)
    assert source["events"] == 1 and source["held_back"] == len("2026-11-28 10:00:01 ERR")
    with log.open("ab") as f:
        f.write(b"OR payment failed for order 2\n")
    source = _ingest(db, log)
    assert source["events"] == 1 and source["held_back"] == 0
    assert _messages(db) == ["payment failed for order 1", "payment failed for order 2"]


def test_a_file_at_rest_keeps_its_last_line_without_a_newline(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_bytes(b"2026-11-28 10:00:00 ERROR one\n2026-11-28 10:00:01 ERROR two")
    an_hour_ago = time.time() - 3600
    os.utime(log, (an_hour_ago, an_hour_ago))
    source = _ingest(db, log)
    assert source["events"] == 2 and source["held_back"] == 0
    assert _messages(db) == ["one", "two"]


def test_a_compressed_file_is_read_to_its_end(tmp_path: Path):
    log, db = tmp_path / "app.log.1.gz", tmp_path / "s.duckdb"
    log.write_bytes(gzip.compress(b"2026-11-28 10:00:00 ERROR one\n2026-11-28 10:00:01 ERROR two"))
    source = _ingest(db, log)
    assert source["events"] == 2 and source["held_back"] == 0


TRACEBACK_HEAD = (
    b"2026-11-28 10:00:00,001 - app - INFO - started\n"
    b"2026-11-28 10:00:01,002 - app - ERROR - job 7 failed\n"
    b"Traceback (most recent call last):\n"
    b'  File "/srv/app/jobs.py", line 10, in run\n'
)
TRACEBACK_END = b"    total = compute(rows)\nKeyError: 'amount'\n"
TRACEBACK_TAIL = TRACEBACK_END + b"2026-11-28 10:00:02,003 - app - INFO - next\n"


def test_a_traceback_being_written_is_read_whole_by_the_next_run(tmp_path: Path):
    # Python writes an uncaught exception's traceback a line at a time: a run between two
    # writes leaves the event for the next, rather than store it without its exception.
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_bytes(TRACEBACK_HEAD)
    source = _ingest(db, log)
    held = len(TRACEBACK_HEAD) - len(b"2026-11-28 10:00:00,001 - app - INFO - started\n")
    assert source["events"] == 1 and source["held_back"] == held
    with log.open("ab") as f:
        f.write(TRACEBACK_TAIL)
    source = _ingest(db, log)
    assert source["events"] == 2 and source["held_back"] == 0
    result = run("--db", str(db), "search", "--format", "ndjson", "--oldest-first", "--limit", "0")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["line"], e["message"], e["exception_type"]) for e in events] == [
        (1, "started", None),
        (2, "job 7 failed", "KeyError"),
        (7, "next", None),
    ]


def test_a_finished_traceback_or_a_file_at_rest_is_not_held(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_bytes(TRACEBACK_HEAD + TRACEBACK_END)  # ends with `KeyError: 'amount'`
    source = _ingest(db, log)
    assert source["events"] == 2 and source["held_back"] == 0
    at_rest, db2 = tmp_path / "rest.log", tmp_path / "s2.duckdb"
    at_rest.write_bytes(TRACEBACK_HEAD)
    an_hour_ago = time.time() - 3600
    os.utime(at_rest, (an_hour_ago, an_hour_ago))
    source = _ingest(db2, at_rest)
    assert source["events"] == 2 and source["held_back"] == 0  # a crash cut short stays


# Samba's debug log writes a header line, then the message on the lines below it.
SAMBA_HEAD = (
    b"[2024/03/11 06:26:15.293822,  3] ../../source3/smbd/service.c:1118(make_connection_snum)\n"
    b"  ws-0114 (ipv4:10.0.5.14:59566) connect to service finance as user bob\n"
    b"[2024/03/11 06:26:16.001002,  3] ../../auth/auth_log.c:635(log_authentication_event)\n"
)
SAMBA_TAIL = b"  Auth: [SMB2,(null)] user [CORP]\\[alice] status [NT_STATUS_OK]\n"


def test_a_header_whose_message_is_still_to_come_is_read_whole_by_the_next_run(tmp_path: Path):
    log, db = tmp_path / "log.smbd", tmp_path / "s.duckdb"
    log.write_bytes(SAMBA_HEAD)
    source = _ingest(db, log)
    assert source["events"] == 1
    assert source["held_back"] == len(SAMBA_HEAD.split(b"\n", 2)[2])
    with log.open("ab") as f:
        f.write(SAMBA_TAIL)
    source = _ingest(db, log)
    assert source["events"] == 1 and source["held_back"] == 0
    messages = _messages(db)
    assert len(messages) == 2 and messages[1].startswith("Auth: [SMB2,(null)]")


def test_a_header_with_its_message_or_at_rest_is_not_held(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    first = b"2026-11-28 10:00:00 ERROR one\n"
    log.write_bytes(first + b"2026-11-28 10:00:01 INFO Startup parameters:\n")
    assert _ingest(db, log)["events"] == 2  # a colon opens lines of their own as often
    at_rest, db2 = tmp_path / "rest.log", tmp_path / "s2.duckdb"
    at_rest.write_bytes(SAMBA_HEAD)
    an_hour_ago = time.time() - 3600
    os.utime(at_rest, (an_hour_ago, an_hour_ago))
    assert _ingest(db2, at_rest)["events"] == 2  # a header cut short stays
