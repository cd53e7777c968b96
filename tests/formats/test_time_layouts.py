"""Time layouts of real programs that were read wrong or not at all (bench/time_sweep.py,
session 24): each line must give its instant, exactly, and a message without the time's
pieces."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.timestamps import match_timestamp_prefix, parse_timestamp

REF = datetime(2024, 6, 11, 12, 0, 0)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("line", "tz", "instant", "level", "message"),
    [
        (  # Java's `yyyy-MM-dd HH:mm:ss:SSS` (OrientDB's), JUL's level cut to five letters
            "2024-06-07 06:00:07:626 WARNI {db=shop} Query fetched more than 50000 records",
            UTC,
            datetime(2024, 6, 7, 6, 0, 7, 626000),
            "WARNI",
            "{db=shop} Query fetched more than 50000 records",
        ),
        (  # FD.io VPP's vlib log: its milliseconds after a colon, the log's class a logger
            "2024/06/07 06:04:15:120 error      dpdk           EAL: Failed to open VFIO group 14",
            UTC,
            datetime(2024, 6, 7, 6, 4, 15, 120000),
            "error",
            "EAL: Failed to open VFIO group 14",
        ),
        (  # RFC 1123, as JavaScript's toUTCString and HTTP's Date write it
            "[Tue, 11 Jun 2024 06:00:02 GMT] ERROR worker timeout",
            UTC,
            datetime(2024, 6, 11, 6, 0, 2),
            "ERROR",
            "worker timeout",
        ),
        (  # Go's RFC1123Z: the offset is the zone, not --tz
            "Tue, 11 Jun 2024 08:00:04 +0200 ERROR sync failed",
            BERLIN,
            datetime(2024, 6, 11, 6, 0, 4),
            "ERROR",
            "sync failed",
        ),
        (  # log4j's %d{DATE}, a comma before the millis
            "11 Jun 2024 06:00:03,250 ERROR Job 42 failed",
            UTC,
            datetime(2024, 6, 11, 6, 0, 3, 250000),
            "ERROR",
            "Job 42 failed",
        ),
        (  # Cisco ASA's buffer: the year, then a colon
            "Jun 11 2024 06:00:03: %ASA-3-710003: TCP access denied by ACL",
            UTC,
            datetime(2024, 6, 11, 6, 0, 3),
            "error",  # the mnemonic's severity, 3 (test_generic)
            "%ASA-3-710003: TCP access denied by ACL",
        ),
        (  # Cisco IOS: the zone it names wins over --tz, and leaves the message
            "Jun 11 06:00:09.000 UTC: %SYS-2-MALLOCFAIL: Memory allocation failed",
            BERLIN,
            datetime(2024, 6, 11, 6, 0, 9),
            "critical",
            "%SYS-2-MALLOCFAIL: Memory allocation failed",
        ),
        (  # a 12-hour clock after an ISO date: PM is twelve hours on
            "2024-06-11 06:00:05 PM ERROR order 4712 failed",
            UTC,
            datetime(2024, 6, 11, 18, 0, 5),
            "ERROR",
            "order 4712 failed",
        ),
        (  # 12 AM is midnight's hour
            "2024-06-11 12:30:02 AM INFO sync started",
            UTC,
            datetime(2024, 6, 11, 0, 30, 2),
            "INFO",
            "sync started",
        ),
        (  # JavaScript's Date.toString(): the offset after GMT, the zone's name in parentheses
            "Tue Jun 11 2024 08:00:07 GMT+0200 (Central European Summer Time) ERROR request failed",
            UTC,
            datetime(2024, 6, 11, 6, 0, 7),
            "ERROR",
            "request failed",
        ),
        (  # splunkd.log's: the month first with dashes, an offset after the time
            "06-27-2024 06:00:02.384 +0200 INFO  WatchedFile [2351 tailreader0] - Will begin",
            UTC,
            datetime(2024, 6, 27, 4, 0, 2, 384000),
            "INFO",
            "WatchedFile [2351 tailreader0] - Will begin",
        ),
        (  # e2guardian's access.log: dots, no zero padding
            "2024.6.7 6:00:06 ERROR - 10.20.1.16 https://www.google.com:443",
            UTC,
            datetime(2024, 6, 7, 6, 0, 6),
            "ERROR",
            "10.20.1.16 https://www.google.com:443",
        ),
        (  # Net::Server's (munin-node's): a dash between the date and the time
            "2024/06/07-06:05:02 ERROR Couldn't open pid file",
            UTC,
            datetime(2024, 6, 7, 6, 5, 2),
            "ERROR",
            "Couldn't open pid file",
        ),
        (  # the same without its zone (InspIRCd's log)
            "Fri Jun 07 2024 06:00:17 ERROR link lost",
            UTC,
            datetime(2024, 6, 7, 6, 0, 17),
            "ERROR",
            "link lost",
        ),
        (  # log4j's %d{ABSOLUTE}: time only, a comma before the millis (the fraction is kept)
            "06:00:03,250 ERROR Job 42 failed",
            UTC,
            datetime(2024, 6, 11, 6, 0, 3, 250000),
            "ERROR",
            "Job 42 failed",
        ),
        (  # JavaScript's toLocaleString(): a comma after the date
            "6/11/2024, 6:00:09 PM - error: request failed",
            UTC,
            datetime(2024, 6, 11, 18, 0, 9),
            "error",
            "request failed",
        ),
        (  # .NET's DateTimeOffset: the offset after AM/PM is the zone
            "6/11/2024 8:00:05 AM +02:00 ERROR Worker crashed",
            UTC,
            datetime(2024, 6, 11, 6, 0, 5),
            "ERROR",
            "Worker crashed",
        ),
        (  # Java's ZonedDateTime: the zone's id after the offset
            "2024-06-11T08:00:02.118+02:00[Europe/Berlin] ERROR order 4712 failed",
            UTC,
            datetime(2024, 6, 11, 6, 0, 2, 118000),
            "ERROR",
            "order 4712 failed",
        ),
        (  # a dotted date, year first (NLog's and .NET's custom `yyyy.MM.dd`)
            "2024.06.11 06:00:02.118 ERROR Sync failed: disk full",
            UTC,
            datetime(2024, 6, 11, 6, 0, 2, 118000),
            "ERROR",
            "Sync failed: disk full",
        ),
        (  # ISO 8601's basic form, boost's to_iso_string: a comma before the fraction
            "20240611T060002,118000 [error] handshake failed",
            BERLIN,
            datetime(2024, 6, 11, 4, 0, 2, 118000),  # zone-less: read in --tz
            "error",
            "handshake failed",
        ),
        (  # ISO 8601's basic form in UTC
            "20240611T060004Z ERROR handshake failed",
            BERLIN,
            datetime(2024, 6, 11, 6, 0, 4),
            "ERROR",
            "handshake failed",
        ),
        (  # Apache Traffic Server's error.log: hours, minutes and seconds by their letters
            "20240611.06h00m04s CONNECT: could not connect to 10.0.0.5:443",
            UTC,
            datetime(2024, 6, 11, 6, 0, 4),
            None,
            "CONNECT: could not connect to 10.0.0.5:443",
        ),
        (  # .NET's full date/time pattern: weekday, month's name, 12-hour clock
            "Tuesday, June 11, 2024 6:00:04 PM ERROR Service crashed",
            UTC,
            datetime(2024, 6, 11, 18, 0, 4),
            "ERROR",
            "Service crashed",
        ),
        (  # a year after a syslog-like time is the year, not a host, nor the reference's
            "Jun 11 06:00:04 2023 ERROR cert expired",
            UTC,
            datetime(2023, 6, 11, 6, 0, 4),
            "ERROR",
            "cert expired",
        ),
        (  # vLLM's `%(levelname)s %(asctime)s %(filename)s:%(lineno)d]`, `%m-%d %H:%M:%S`
            "WARNING 06-04 06:00:03 api_server.py:528] KV cache is full",
            UTC,
            datetime(2024, 6, 4, 6, 0, 3),
            "WARNING",
            "KV cache is full",
        ),
        (  # ... its later releases' caller in brackets
            "ERROR 06-04 06:00:05 [engine.py:160] RuntimeError: CUDA out of memory",
            UTC,
            datetime(2024, 6, 4, 6, 0, 5),
            "ERROR",
            "RuntimeError: CUDA out of memory",
        ),
        (  # Gin's request log: a dash between the date and the time
            '[GIN] 2024/06/04 - 06:00:01 | 200 |  1.2ms |  127.0.0.1 | GET      "/x"',
            UTC,
            datetime(2024, 6, 4, 6, 0, 1),
            "info",  # the status's
            '200 |  1.2ms |  127.0.0.1 | GET      "/x"',
        ),
    ],
)
def test_a_program_s_time_is_its_instant(line, tz, instant, level, message):
    f = GENERIC.parse(line)
    assert f is not None
    assert parse_timestamp(f.timestamp, tz, REF) == instant
    assert (f.level, f.message) == (level, message)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Jun 11 2024 06:00:02: %ASA x", 20),
        ("Jun 11 06:00:02.118 UTC: %LINK x", 23),
        ("12:00:01: x", 8),
        ("12:00:01:7 x", -1),  # a colon glued to more is no end
        ("2024-06-11 06:00:02 PM x", 22),
        ("2024-06-11 06:00:02 PMS x", 19),  # not a 12-hour clock's PM
        ("11 Jun 2024 06:00:02,118 x", 24),
        ("2024-06-07 06:10:39,227: INFO x", 23),  # log4j's `%d: %-5p` (Jahia's)
        ("2024-05-01T10:00:01: msg", -1),  # no fraction: left to the envelopes (PM2's)
        ("2024/06/07 06:04:12:353 notice x", 23),  # FD.io VPP's
    ],
)
def test_prefix_ends_after_the_whole_time(text, end):
    assert match_timestamp_prefix(text) == end


@pytest.mark.parametrize(
    ("raw", "instant"),
    [
        ("1718085602.118234567", datetime(2024, 6, 11, 6, 0, 2, 118234)),
        ("1718085602.999999999", datetime(2024, 6, 11, 6, 0, 2, 999999)),  # not the next second
        ("1718085602.1", datetime(2024, 6, 11, 6, 0, 2, 100000)),
        ("1718085602118.5", datetime(2024, 6, 11, 6, 0, 2, 118500)),  # milliseconds, as before
    ],
)
def test_an_epoch_s_fraction_is_cut_not_rounded(raw, instant):
    assert parse_timestamp(raw, UTC) == instant


@pytest.mark.parametrize(
    "raw",
    [
        "2024-06-11T08:00:02.118[Europe/Berlin]",  # no offset: the id alone is not read
        "2024-06-11T08:00:02+02:00[main]",  # a thread's name, not a zone's id
    ],
)
def test_a_zone_id_is_read_only_after_its_offset(raw):
    assert parse_timestamp(raw, UTC) is None


@pytest.mark.parametrize(
    ("line", "instant"),
    [
        # `date '+%F %T %z %Z'`, Go's Time.String(): the offset, then its abbreviation
        ("2024-06-11 08:00:02 +0200 CEST ERROR backup failed", datetime(2024, 6, 11, 6, 0, 2)),
        (
            "2024-06-11 08:00:02.118234567 +0200 CEST ERROR backup failed",
            datetime(2024, 6, 11, 6, 0, 2, 118234),
        ),
        # an ambiguous abbreviation: the offset tells which
        ("2024-06-11 14:00:02 +0800 CST ERROR backup failed", datetime(2024, 6, 11, 6, 0, 2)),
        # the offset is exact; the table's BST is London's, this one Bangladesh's
        ("2024-06-11 12:00:02+0600 BST ERROR backup failed", datetime(2024, 6, 11, 6, 0, 2)),
    ],
)
def test_an_offset_then_its_abbreviation_is_read_by_the_offset(line, instant):
    f = GENERIC.parse(line)
    assert f is not None
    assert parse_timestamp(f.timestamp, BERLIN, REF) == instant
    assert (f.level, f.message) == ("ERROR", "backup failed")


def test_net_s_full_level_name_in_brackets_is_the_level():
    # .NET's LogLevel.Information by its name, after the en-US time (Serilog's `[{Level}]`)
    f = GENERIC.parse("6/11/2024 6:00:02 AM [Information] Service started")
    assert f is not None
    assert (f.level, f.message) == ("Information", "Service started")


@pytest.mark.parametrize(
    ("line", "attributes"),
    [
        (
            "(VllmWorkerProcess pid=312) INFO 06-04 06:00:27 model_runner.py:1060] Loading",
            {"pid": 312, "worker": "VllmWorkerProcess", "caller": "model_runner.py:1060"},
        ),
        (
            "(RayWorkerWrapper pid=5121, ip=10.0.0.2) INFO 06-04 06:00:27 worker.py:7] Loading",
            {
                "pid": 5121,
                "worker": "RayWorkerWrapper",
                "worker_ip": "10.0.0.2",
                "caller": "worker.py:7",
            },
        ),
    ],
)
def test_a_worker_s_relayed_line_is_its_own_line_with_the_worker_an_attribute(line, attributes):
    """A parent process relays its workers' lines after their name and pid: the line is read
    as the worker wrote it, so its statement is one group with the parent's."""
    f = GENERIC.parse(line)
    assert (f.message, f.level, f.attributes) == ("Loading", "INFO", attributes)
    assert parse_timestamp(f.timestamp, UTC, REF) == datetime(2024, 6, 4, 6, 0, 27)


def test_a_parenthesised_pid_before_no_header_is_no_worker_s_line():
    assert GENERIC.parse("(pid=12) nothing here") is None
