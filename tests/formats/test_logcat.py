"""Android logcat (`-v threadtime`, `-v time`, `-v brief`, `-v tag`, `-v process`, `-v thread`,
`-v long`)."""

from datetime import UTC, datetime

import orjson
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
    FORMAT.parse("D/" + text)
    FORMAT.parse("[ 03-17 16:13:38.811  1702: 2395 D/" + text)
    FORMAT.continues("D/Tag(  12): " + text, "D/Tag(  12): x", "D/Tag(  12): y")
    FORMAT.continues("03-17 16:13:38.811  1702  2395 D " + text, "03-17 16:13:38.811  1 2 D t: x")


def test_brief_layout_has_no_time():
    f = FORMAT.parse("W/ActivityManager( 1702): Slow operation: 212ms so far")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        None,
        "warning",
        "ActivityManager",
        "Slow operation: 212ms so far",
        {"pid": 1702},
    )
    f = FORMAT.parse("I/DEBUG   (  311): pid: 4121, tid: 4121, name: main")  # the tag padded
    assert (f.logger, f.attributes) == ("DEBUG", {"pid": 311})
    # The pid is padded to five columns: prose with a number in parentheses is no entry.
    assert FORMAT.parse("I/O error(5): Input/output error") is None


def test_time_layout_without_a_pid():
    # liblog's ports and IDE consoles write `-v time` without the pid: not text of the entry
    # above.
    f = FORMAT.parse("11-02 08:41:07.355 W/BluetoothAdapter: getBluetoothService() called")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "warning",
        "BluetoothAdapter",
        "getBluetoothService() called",
        None,
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 12, 1)) == datetime(
        2024, 11, 2, 8, 41, 7, 355000
    )


def test_tag_process_and_thread_layouts():
    f = FORMAT.parse("E/Camera  : connect failed: -16")  # `-v tag`: the tag padded to eight
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        None,
        "error",
        "Camera",
        "connect failed: -16",
        None,
    )
    f = FORMAT.parse("D/ConnectivityService: notifyType CAP_CHANGED for WIFI")
    assert (f.logger, f.message) == ("ConnectivityService", "notifyType CAP_CHANGED for WIFI")
    f = FORMAT.parse("I(  921) Process com.example.mail (pid 4410) has died  (ActivityManager)")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "info",
        "ActivityManager",
        "Process com.example.mail (pid 4410) has died",
        {"pid": 921},
    )
    f = FORMAT.parse("W(  921: 1180) Slow dispatch took 412ms")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "warning",
        None,
        "Slow dispatch took 412ms",
        {"pid": 921, "tid": 1180},
    )


@pytest.mark.parametrize(
    "line",
    [
        "I/O: error reading block 12",  # `-v tag` pads the tag to eight: not a tag
        "A/B test: enabled for 5% of users",
        "I(921) unpadded pid  (Tag)",
        "W(  921) process layout without its tag",
    ],
)
def test_untimed_layouts_reject_prose(line):
    assert FORMAT.parse(line) is None


def test_tag_and_process_layouts_join_only_a_trace():
    opened = "E/AndroidRuntime: FATAL EXCEPTION: main"
    frame = "E/AndroidRuntime: \tat c.e.Main.onCreate(Main.java:12)"
    later = "E/AndroidRuntime: Error reporting crash"  # another call of the same tag
    assert FORMAT.continues(later, opened, opened) is None
    npe = "E/AndroidRuntime: java.lang.IllegalStateException: closed"
    assert FORMAT.continues(npe, opened, opened) == "java.lang.IllegalStateException: closed"
    assert FORMAT.continues(frame, opened, npe) == "\tat c.e.Main.onCreate(Main.java:12)"
    opened = "E(  921) FATAL EXCEPTION: main  (AndroidRuntime)"
    npe = "E(  921) java.lang.IllegalStateException: closed  (AndroidRuntime)"
    assert FORMAT.continues(npe, opened, opened) == "java.lang.IllegalStateException: closed"
    other_tag = "E(  921) java.lang.IllegalStateException: closed  (Binder)"
    assert FORMAT.continues(other_tag, opened, opened) is None


def test_brief_joins_only_a_trace():
    """Without a time, two calls of one tag look alike: only trace lines join the event."""
    opened = "E/AndroidRuntime( 4242): FATAL EXCEPTION: main"
    npe = "E/AndroidRuntime( 4242): java.lang.NullPointerException: x"
    frame = "E/AndroidRuntime( 4242): \tat c.e.Main.onCreate(Main.java:12)"
    assert FORMAT.continues(npe, opened, opened) == "java.lang.NullPointerException: x"
    assert FORMAT.continues(frame, opened, npe) == "\tat c.e.Main.onCreate(Main.java:12)"
    later = "I/ActivityManager( 1702): Start proc 4121"
    assert FORMAT.continues("I/ActivityManager( 1702): Start proc 4122", later, later) is None


def test_long_layout_header_takes_its_message_from_below(tmp_path):
    from tests.ingest.stored import stored_events

    text = (
        "--------- beginning of main\n"
        "[ 03-17 16:13:38.811  1702: 2395 D/WindowManager ]\n"
        "addWindow: wtoken = AppWindowToken{9f4ef63 token=Token{a64f992}}\n"
        "\n"
        "[ 2026-03-17 16:13:39.002  4121:0x1019 E/AndroidRuntime ]\n"
        "FATAL EXCEPTION: main\n"
        "java.lang.NullPointerException: boom\n"
        "\tat com.example.Main.onCreate(Main.java:42)\n"
        "\n"
    )
    rows = stored_events(tmp_path, text, "line, level, logger, message, exception_type, attributes")
    assert [r[:5] for r in rows] == [
        (1, None, None, "beginning of main", None),
        (
            2,
            "debug",
            "WindowManager",
            "addWindow: wtoken = AppWindowToken{9f4ef63 token=Token{a64f992}}",
            None,
        ),
        (5, "error", "AndroidRuntime", "FATAL EXCEPTION: main", "java.lang.NullPointerException"),
    ]
    tids = [orjson.loads(r[5]).get("tid") for r in rows]
    assert tids == [None, 2395, 4121]  # old releases' hex tid read as a number
    assert orjson.loads(rows[0][5]) == {"buffer": "main"}


def test_a_buffer_divider_is_an_event_of_its_own():
    """`--------- beginning of crash` comes right before a crash in a bug report: it is logcat's
    line, not text of the entry above it."""
    f = FORMAT.parse("--------- beginning of crash")
    assert (f.message, f.timestamp, f.level, f.attributes) == (
        "beginning of crash",
        None,
        None,
        {"buffer": "crash"},
    )
    assert FORMAT.parse("--------- switch to events").attributes == {"buffer": "events"}
    assert FORMAT.parse("--------- beginning of the end of all things") is None


def test_epoch_layout_reads_the_seconds_as_the_time():
    """`logcat -v epoch`: the seconds since 1970 in the date's and time's place, before the
    threadtime fields (and `-v epoch,usec`'s six digits)."""
    f = FORMAT.parse("1718085602.118  1234  5678 E AndroidRuntime: FATAL EXCEPTION: main")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "1718085602.118",
        "error",
        "AndroidRuntime",
        "FATAL EXCEPTION: main",
        {"pid": 1234, "tid": 5678},
    )
    f = FORMAT.parse("1718085602.118234 I/ActivityManager( 1234): Start proc")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "1718085602.118234",
        "info",
        "ActivityManager",
        "Start proc",
    )
    lines = ["1718085602.118  1234  5678 I ActivityManager: Start proc 4321:com.example/u0a12"]
    assert detect(lines).name == "logcat"
