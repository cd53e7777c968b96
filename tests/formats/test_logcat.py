"""Android logcat (`-v threadtime` and `-v time`)."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.logcat import FORMAT
from errctl.formats.registry import detect
from errctl.formats.timestamps import parse_timestamp


def test_threadtime():
    f = FORMAT.parse("03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "debug",
        "WindowManager",
        "printFreezingDisplayLogs",
        {"pid": 1702, "tid": 2395},
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 6, 1)) == datetime(
        2024, 3, 17, 16, 13, 38, 811000
    )
    f = FORMAT.parse("2024-03-17 16:13:38.811  1702  2395 E Tag with space: boom")
    assert (f.level, f.logger, f.message) == ("error", "Tag with space", "boom")
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 3, 17, 16, 13, 38, 811000)


def test_time_layout():
    f = FORMAT.parse("03-17 16:13:38.811 W/ActivityManager( 1702): Slow operation")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "warning",
        "ActivityManager",
        "Slow operation",
        {"pid": 1702},
    )


@pytest.mark.parametrize(
    "line",
    [
        "13-17 16:13:38.811  1702  2395 D Tag: month 13",
        "03-17 16:13:38  1702  2395 D Tag: no millis",
        "03-17 16:13:38.811  1702  2395 X Tag: no such level",
        "2024-03-17 16:13:38,811 ERROR not logcat",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_with_a_crash_as_continuation():
    sample = [
        "03-17 16:13:38.811  1702  2395 I ActivityManager: Start proc com.example",
        "03-17 16:13:39.001  4242  4242 E AndroidRuntime: FATAL EXCEPTION: main",
        "03-17 16:13:39.002  4242  4242 E AndroidRuntime: Process: com.example, PID: 4242",
        "03-17 16:13:40.000  1702  2395 W ActivityManager: Force finishing activity",
    ]
    assert detect(sample).name == "logcat"


def test_the_lines_of_one_call_continue_its_event():
    crash = [
        "03-17 16:13:39.001  4242  4242 E AndroidRuntime: FATAL EXCEPTION: main",
        "03-17 16:13:39.001  4242  4242 E AndroidRuntime: Process: com.example, PID: 4242",
        "03-17 16:13:39.001  4242  4242 E AndroidRuntime: java.lang.NullPointerException: x",
        "03-17 16:13:39.001  4242  4242 E AndroidRuntime: \tat c.e.Main.onCreate(Main.java:12)",
    ]
    assert [FORMAT.continues(line, crash[0]) for line in crash[1:]] == [
        "Process: com.example, PID: 4242",
        "java.lang.NullPointerException: x",
        "\tat c.e.Main.onCreate(Main.java:12)",
    ]
    # Another millisecond, thread or tag: another call.
    for other in (
        "03-17 16:13:39.002  4242  4242 E AndroidRuntime: next",
        "03-17 16:13:39.001  4242  4243 E AndroidRuntime: next",
        "03-17 16:13:39.001  4242  4242 E Other: next",
    ):
        assert FORMAT.continues(other, crash[0]) is None
    assert FORMAT.continues(crash[1], None) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("03-17 16:13:38.811  1702  2395 D " + text)
    FORMAT.parse("03-17 16:13:38.811 D/" + text)
    FORMAT.continues("03-17 16:13:38.811  1702  2395 D " + text, "03-17 16:13:38.811  1 2 D t: x")
