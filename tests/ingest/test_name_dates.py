"""A copied log's mtime is the copy's: the day its name gives dates its time-only and year-less
stamps instead (`ingest.name_dates`)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest

from errctl.ingest.name_dates import named_day, stamp_reference
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

COPIED = datetime(2026, 12, 1, 8, 0)  # when the files below were copied
DAY = datetime(2024, 6, 11)


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("app.log.2024-06-11", DAY),  # logback / log4j time-based rolling
        ("/var/log/messages-20240611.gz", DAY),  # logrotate's dateext
        ("app-2024_06_11.3.log", DAY),
        ("web.2024.06.11.log", DAY),
        ("catalina.2024-06-11.log", DAY),
        ("2024-06-11-1.log.gz", DAY),  # Minecraft's
        # When a file was opened, not its day: its lines may run on for weeks.
        ("kubelet.node-1.root.log.INFO.20240611-060002.1234", None),  # glog
        ("cockroach.crdb-1.cockroach.2024-06-11T06_00_02Z.021228.log", None),
        ("postgresql-2024-06-11_060002.log", None),
        ("2024-06-11T06_00_02_118Z-debug-0.log", None),  # npm's debug log
        ("/srv/2024-06-11/app.log", None),  # a folder's date is not the file's
        ("app.log", None),
        ("core.120240611", None),  # inside a longer number
        ("app.log.2024-02-30", None),  # no such day
        ("app.2024-0611.log", None),  # separators differ
    ],
)
def test_the_day_a_name_gives(name: str, day: datetime | None):
    assert named_day(name) == day


def test_the_mtime_stands_unless_it_is_days_past_the_named_day():
    end = DAY + timedelta(days=1, seconds=-1)
    assert stamp_reference("app.log", COPIED, UTC) == COPIED
    assert stamp_reference("app.log.2024-06-11", COPIED, UTC) == end
    # logrotate names a file by the morning it rotates it: that mtime is the last write.
    rotated = datetime(2024, 6, 12, 6, 25)
    assert stamp_reference("messages-20240612", rotated, UTC) == rotated
    # The day ends on the file's own clock.
    tokyo = timezone(timedelta(hours=9))
    assert stamp_reference("app.log.2024-06-11", COPIED, tokyo) == end - timedelta(hours=9)


def _ingest(tmp_path: Path, name: str, text: str) -> list[tuple[str, datetime]]:
    log = tmp_path / name
    log.write_text(text)
    copied = COPIED.replace(tzinfo=UTC).timestamp()
    os.utime(log, (copied, copied))
    db = tmp_path / "s.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT message, timestamp FROM events ORDER BY line").fetchall()


def test_a_copied_rolled_file_with_times_only_is_dated_by_its_name(tmp_path: Path):
    text = (
        "00:00:04.101 INFO  [main] c.a.App - started\n"
        "10:00:02.456 ERROR [main] c.a.App - failed to connect to db-1\n"
        "23:59:59.000 WARN  [main] c.a.App - late one\n"
    )
    rows = _ingest(tmp_path, "app.log.2024-06-11", text)
    assert [when for _, when in rows] == [
        datetime(2024, 6, 11, 0, 0, 4, 101000),
        datetime(2024, 6, 11, 10, 0, 2, 456000),
        datetime(2024, 6, 11, 23, 59, 59),
    ]


def test_a_copied_syslog_archive_keeps_its_year(tmp_path: Path):
    text = (
        "Jun 10 23:59:58 web-1 sshd[812]: Accepted publickey for deploy from 10.0.0.5 port 51022\n"
        "Jun 11 06:25:01 web-1 CRON[900]: (root) CMD (run-parts /etc/cron.daily)\n"
    )
    rows = _ingest(tmp_path, "auth.log-20240611", text)
    assert [when.year for _, when in rows] == [2024, 2024]


def test_a_copied_rolled_file_with_no_times_is_dated_by_its_name(tmp_path: Path):
    # No line has a time: each event takes the file's, the named day's end, not the copy's.
    rows = _ingest(tmp_path, "build-2024-06-11.log", "step 1 ok\nERROR: step 2 failed\n")
    assert [when for _, when in rows] == [datetime(2024, 6, 11, 23, 59, 59)] * 2
    # A name with no day: the mtime, as ever.
    (tmp_path / "undated").mkdir()
    rows = _ingest(tmp_path / "undated", "build.log", "step 1 ok\nERROR: step 2 failed\n")
    assert [when for _, when in rows] == [COPIED] * 2
