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
