"""Redis's log, as Redis 7.0.15 (Debian 12) wrote it starting, saving and shutting down."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.redis import FORMAT
from errctl.formats.registry import detect
from errctl.formats.timestamps import parse_timestamp
from tests.ingest.stored import stored_events

REAL = """\
27785:C 29 Nov 2026 10:14:20.944 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo
27785:C 29 Nov 2026 10:14:20.944 # Configuration loaded
27785:M 29 Nov 2026 10:14:20.949 * Ready to accept connections
27785:M 29 Nov 2026 10:14:21.963 - Accepted 127.0.0.1:50654
27898:C 29 Nov 2026 10:14:21.985 * DB saved on disk
27785:M 29 Nov 2026 10:14:23.001 # User requested shutdown...""".splitlines()


def test_header():
    f = FORMAT.parse(REAL[2])
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-29T10:14:20.949",
        "info",
        "Ready to accept connections",
        {"pid": 27785, "role": "master"},
    )
    assert [FORMAT.parse(line).level for line in REAL] == [
        "warning",
        "warning",
        "info",
        "debug",
        "info",
        "warning",
    ]
    assert FORMAT.parse(REAL[4]).attributes == {"pid": 27898, "role": "child"}


def test_keydbs_thread_between_the_pid_and_the_role():
    f = FORMAT.parse("1187:1203:S 07 Jun 2024 06:03:51.369 # Connection with master lost.")
    assert (f.level, f.message, f.attributes) == (
        "warning",
        "Connection with master lost.",
        {"pid": 1187, "role": "replica", "thread": 1203},
    )
    assert detect(["1187:1203:S 07 Jun 2024 06:03:51.369 * Background saving started"]).name == (
        "redis"
    )


def test_redis_2_wrote_no_year():
    f = FORMAT.parse("[4018] 14 Nov 07:01:22.119 * Background saving started by pid 4020")
    assert (f.timestamp, f.attributes) == ("Nov 14 07:01:22.119", {"pid": 4018})
    read = parse_timestamp(f.timestamp, UTC, datetime(2026, 11, 29))
    assert read == datetime(2026, 11, 14, 7, 1, 22, 119000)


def test_a_signal_handlers_line_is_an_event_of_its_own(tmp_path):
    """`serverLogFromHandler` writes the pid and the epoch second, no role, time or level."""
    f = FORMAT.parse("27785:signal-handler (1795947263) Received SIGINT scheduling shutdown...")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "1795947263",
        "warning",
        "Received SIGINT scheduling shutdown...",
        {"pid": 27785},
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2026, 1, 1)) == datetime(
        2026, 11, 29, 10, 14, 23
    )
    assert FORMAT.parse("27785:signal-handler Received SIGINT") is None
    lines = [*REAL[:3], "27785:signal-handler (1795947263) Received SIGTERM scheduling shutdown"]
    events = stored_events(tmp_path, "\n".join(lines) + "\n", "message, timestamp, level")
    assert events[-2:] == [
        ("Ready to accept connections", datetime(2026, 11, 29, 10, 14, 20, 949000), "info"),
        ("Received SIGTERM scheduling shutdown", datetime(2026, 11, 29, 10, 14, 23), "warning"),
    ]


# Redis 7.0.15 killed by SIGSEGV, its bug report trimmed (the INFO output, the registers, the
# stack dump and the memory test cut short), then the restart after it.
CRASH = """\
3762:M 01 Dec 2026 01:26:32.093 * Ready to accept connections


=== REDIS BUG REPORT START: Cut & paste starting from here ===
3762:M 01 Dec 2026 01:26:33.096 # Redis 7.0.15 crashed by signal: 11, si_code: 0
3762:M 01 Dec 2026 01:26:33.096 # Accessing address: 0xddb
3762:M 01 Dec 2026 01:26:33.096 # Killed by PID: 3547, UID: 0

------ STACK TRACE ------
EIP:
/lib/x86_64-linux-gnu/libc.so.6(epoll_wait+0x56)[0x7fd4f5726f36]

Backtrace:
/lib/x86_64-linux-gnu/libc.so.6(+0x3c050)[0x7fd4f565a050]
redis-server 127.0.0.1:6379(aeMain+0x1d)[0x561e880989ed]
redis-server 127.0.0.1:6379(main+0x316)[0x561e88094216]

------ REGISTERS ------
3762:M 01 Dec 2026 01:26:33.096 # 
RAX:fffffffffffffffc RBX:00007fd4f4f08590
3762:M 01 Dec 2026 01:26:33.096 # (00007fff5f31eecf) -> 0000000000000001
3762:M 01 Dec 2026 01:26:33.096 # (00007fff5f31eece) -> 00007fff5f31f108

------ INFO OUTPUT ------
# Server
redis_version:7.0.15
process_id:3762

------ FAST MEMORY TEST ------
3762:M 01 Dec 2026 01:26:33.098 # Bio thread for job type #0 terminated
*** Preparing to test memory region 561e8827b000 (126976 bytes)
.O.O.O.O.O.O.O.O.O.O.O.O.O.O.O.O.O
Fast memory test PASSED, however your memory can still be broken. Please run a memory test for several hours if possible.

=== REDIS BUG REPORT END. Make sure to include from START to END. ===

       Please report the crash by opening an issue on github:

           http://github.com/redis/redis/issues

  Suspect RAM error? Use redis-server --test-memory to verify it.

3845:C 01 Dec 2026 01:26:35.115 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo
3845:M 01 Dec 2026 01:26:35.117 * Ready to accept connections
"""  # noqa: E501, W291


def test_a_crash_report_is_one_critical_event_named_by_its_cause(tmp_path):
    """Each line of the report was an event: a crash was forty groups at warning level."""
    events = stored_events(
        tmp_path,
        CRASH + CRASH.replace("0xddb", "0x1f40").replace("3762", "4107"),
        "line, level, message, timestamp,"
        " coalesce(json_extract_string(attributes, '$.exception_text'), '') LIKE '%Backtrace:%',"
        " fingerprint",
    )
    assert [e[:5] for e in events[:4]] == [
        (1, "info", "Ready to accept connections", datetime(2026, 12, 1, 1, 26, 32, 93000), False),
        (
            4,
            "critical",
            "Redis 7.0.15 crashed by signal: 11, si_code: 0",
            datetime(2026, 12, 1, 1, 26, 33, 96000),
            True,
        ),
        # the report ends with its advice: the restart is an event again
        (
            43,
            "warning",
            "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
            datetime(2026, 12, 1, 1, 26, 35, 115000),
            False,
        ),
        (
            44,
            "info",
            "Ready to accept connections",
            datetime(2026, 12, 1, 1, 26, 35, 117000),
            False,
        ),
    ]
    assert len(events) == 8
    assert events[1][5] == events[5][5]  # another crash, other addresses: the same group


@pytest.mark.parametrize(
    "line",
    [
        "27785:Q 29 Nov 2026 10:14:20.944 # no such role",
        "27785:M 29 Foo 2026 10:14:20.944 # no such month",
        "27785:M 29 Nov 2026 10:14:20.944 ! no such level",
        "2026-11-29 10:14:20 * iso",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected():
    assert detect(REAL).name == "redis"


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("1:M 29 Nov 2026 10:14:20.944 * " + text)


def test_an_assertions_report_is_named_by_what_was_not_true():
    # The order `_serverAssert` logs in (debug.c): the report's start, the assertion's banner
    # and its `==>` line, then the note that a SIGSEGV prints the rest.
    lines = """\
=== REDIS BUG REPORT START: Cut & paste starting from here ===
5120:M 01 Dec 2026 02:11:40.201 # === ASSERTION FAILED ===
5120:M 01 Dec 2026 02:11:40.201 # ==> t_zset.c:1452 'zsl->length > 0' is not true
5120:M 01 Dec 2026 02:11:40.201 # (forcing SIGSEGV to print the bug report.)

------ STACK TRACE ------""".splitlines()
    opened = FORMAT.parse(lines[0])
    assert [FORMAT.continues(line, lines[0], lines[0]) for line in lines[1:2]] == lines[1:2]
    fields, rest = FORMAT.fold(opened, lines[1:])
    assert (fields.message, fields.level, fields.timestamp, rest) == (
        "t_zset.c:1452 'zsl->length > 0' is not true",
        "critical",
        "2026-12-01T02:11:40.201",
        [],
    )
    # Past the report's end (its indented advice), a header line is an event again.
    assert FORMAT.continues(lines[1], lines[0], "  Suspect RAM error? Use --test-memory") is None
