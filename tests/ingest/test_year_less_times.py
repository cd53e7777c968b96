"""Year-less timestamps (RFC 3164 syslog) in a file take their year from the file's mtime,
when its last line was written, and never from a time later than now."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

ROLLOVER = """\
Nov 28 22:10:04 gw01 ntpd[811]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized
Dec 31 23:59:58 gw01 cron[2044]: (root) CMD (run-parts /etc/cron.hourly)
Jan  2 06:25:01 gw01 sshd[3120]: Connection closed by 203.0.113.9 port 52144
"""


def _times(path: Path, db: Path) -> list[datetime]:
    ingest([str(path)], DuckDBStore(db), IngestOptions(tz=UTC))
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT timestamp FROM events ORDER BY line").fetchall()]


def _at(path: Path, when: datetime) -> None:
    stamp = when.replace(tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))


def test_a_file_across_new_year_keeps_its_order_by_its_mtime(tmp_path: Path, db: Path):
    log = tmp_path / "syslog.1"
    log.write_text(ROLLOVER)
    _at(log, datetime(2021, 1, 2, 6, 25, 30))
    assert _times(log, db) == [
        datetime(2020, 11, 28, 22, 10, 4),
        datetime(2020, 12, 31, 23, 59, 58),
        datetime(2021, 1, 2, 6, 25, 1),
    ]


def test_an_old_rotated_archive_gets_its_own_year(tmp_path: Path, db: Path):
    # Last December's syslog.3.gz, read in any later month: not this year's December.
    log = tmp_path / "syslog.3.gz"
    log.write_bytes(gzip.compress(ROLLOVER.split("Jan")[0].encode()))
    _at(log, datetime(2019, 12, 31, 23, 59, 59))
    assert _times(log, db) == [
        datetime(2019, 11, 28, 22, 10, 4),
        datetime(2019, 12, 31, 23, 59, 58),
    ]


def test_a_line_a_little_after_the_mtime_is_the_mtime_s_year(tmp_path: Path, db: Path):
    log = tmp_path / "messages"
    log.write_text("Jan  1 00:00:07 gw01 kernel: eth0: link up\n")
    _at(log, datetime(2022, 1, 1, 0, 0, 2))  # written, then the clock read a few seconds on
    assert _times(log, db) == [datetime(2022, 1, 1, 0, 0, 7)]


def test_a_future_mtime_does_not_move_lines_into_the_future(tmp_path: Path, db: Path):
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    written = now - timedelta(days=3)
    log = tmp_path / "syslog"
    log.write_text(f"{written:%b %e %H:%M:%S} gw01 sshd[3120]: Accepted publickey for deploy\n")
    _at(log, now + timedelta(days=800))  # a skewed clock, or `touch -d`
    assert _times(log, db) == [written]


HAPROXY_STDERR = """\
[NOTICE] 079/095958 (1) : New worker #1 (8) forked
[WARNING] 079/100000 (8) : Server web/s1 is DOWN, reason: Layer4 connection problem, \
info: "Connection refused", check duration: 0ms. 1 active and 0 backup servers left.
[ALERT] 079/100003 (8) : backend 'web' has no server available!
"""


def test_haproxy_day_of_the_year_is_read_in_the_files_year(tmp_path: Path, db: Path):
    # HAProxy before 2.4 writes `tm_yday` (from 0) and the time: day 79 of 2023 is March 21st.
    log = tmp_path / "haproxy.log"
    log.write_text(HAPROXY_STDERR)
    _at(log, datetime(2023, 6, 1, 12))
    assert _times(log, db) == [
        datetime(2023, 3, 21, 9, 59, 58),
        datetime(2023, 3, 21, 10, 0, 0),
        datetime(2023, 3, 21, 10, 0, 3),
    ]
    with duckdb.connect(str(db), read_only=True) as con:
        inferred = con.execute("SELECT bool_or(timestamp_inferred) FROM events").fetchone()
    assert inferred == (False,)
