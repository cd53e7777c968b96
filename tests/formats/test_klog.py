"""klog / glog headers (Kubernetes components, Go services on glog) and CockroachDB's."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.klog import FORMAT
from errctl.formats.registry import detect
from errctl.formats.timestamps import parse_timestamp
from tests.ingest.stored import stored_events


def test_header():
    f = FORMAT.parse("E0501 12:00:01.223456       1 reflector.go:138] Failed to watch *v1.Pod")
    assert (f.message, f.level, f.attributes) == (
        "Failed to watch *v1.Pod",
        "error",
        {"thread": 1, "caller": "reflector.go:138"},
    )
    # No year in the header: read as syslog's is, the year from the reference.
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 6, 1)) == datetime(
        2024, 5, 1, 12, 0, 1, 223456
    )
    assert parse_timestamp(
        FORMAT.parse("I1231 23:59:59.000001 7 x.go:1] y").timestamp, UTC, datetime(2025, 1, 1)
    ) == datetime(2024, 12, 31, 23, 59, 59, 1)


@pytest.mark.parametrize(("letter", "level"), [("I", "info"), ("W", "warning"), ("F", "fatal")])
def test_levels(letter, level):
    assert FORMAT.parse(f"{letter}1127 08:00:00.000000   42 main.go:9] x").level == level


def test_structured_line_unquotes_its_message_and_keeps_its_pairs():
    """Left quoted, masking's `quoted` class would make every structured line `<*> k=<*>`."""
    f = FORMAT.parse(
        'E0501 12:00:01.223456 1 controller.go:42] "Failed to sync \\"pod\\"" '
        'pod="default/web-1" err="connection refused"'
    )
    assert f.message == 'Failed to sync "pod"'
    assert f.attributes == {
        "thread": 1,
        "caller": "controller.go:42",
        "pod": "default/web-1",
        "err": "connection refused",
    }
    assert FORMAT.parse('I0501 12:00:01.2 1 a.go:1] "Started"').message == "Started"
    # A message that merely starts with a quote is kept whole.
    f = FORMAT.parse('I0501 12:00:01.2 1 a.go:1] "quoted" said the server, twice')
    assert f.message == '"quoted" said the server, twice'


def test_structured_values_klog_wrote_as_json_stay_pairs():
    """klog writes a slice or a struct as JSON (`pods=[...]`, `event={...}`): the message is
    still the quoted text, and the brackets' quotes and blanks stay inside their value."""
    f = FORMAT.parse(
        'I0311 06:25:02.118345    2087 kubelet.go:2414] "SyncLoop ADD" source="api" '
        'pods=["default/web-6d4f-x2x8k","shop/cart-api-7c9b-q4k2p"]'
    )
    assert f.message == "SyncLoop ADD"
    assert f.attributes["pods"] == '["default/web-6d4f-x2x8k","shop/cart-api-7c9b-q4k2p"]'
    assert f.attributes["source"] == "api"
    f = FORMAT.parse(
        'I0311 06:25:09.5 2087 kubelet.go:2446] "SyncLoop (PLEG): event for pod" '
        'pod="default/web-1" event={"ID":"8b1e","Type":"ContainerStarted","Data":"a] {b"} n=3'
    )
    assert f.message == "SyncLoop (PLEG): event for pod"
    assert f.attributes["event"] == '{"ID":"8b1e","Type":"ContainerStarted","Data":"a] {b"}'
    assert f.attributes["n"] == "3"
    assert FORMAT.parse('I0311 06:25:09.5 1 a.go:1] "Verified" root=[]').attributes["root"] == "[]"
    # An unclosed bracket, or text after one, is no pair: the message is kept whole.
    for rest in ('pods=["a"', 'pods=["a"]x', 'pods=["a"] junk'):
        line = f'I0311 06:25:09.5 1 a.go:1] "SyncLoop ADD" {rest}'
        assert FORMAT.parse(line).message == f'"SyncLoop ADD" {rest}'


@pytest.mark.parametrize(
    "line",
    [
        "I0501 12:00:00 no thread or caller",
        "I1301 12:00:00.000000 1 a.go:1] month 13",
        "X0501 12:00:00.000000 1 a.go:1] not a level",
        "I0501 12:00:00.000000 1 a.go] no line number",
        "INFO 12:00:00 something",
        "E",
        "",
        "Error: 0501 12:00:00.000000 1 a.go:1]",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_and_goroutine_dump_is_a_continuation():
    sample = [
        "I0501 12:00:00.123456       1 controller.go:123] Starting controller",
        "W0501 12:00:02.323456       1 warnings.go:70] v1 Endpoints is deprecated",
        "F0501 12:00:03.000000       1 main.go:50] cannot start: port in use",
        "goroutine 1 [running]:",
        "main.main()",
        "\t/src/main.go:50 +0x1d",
        "E0501 12:00:04.000000       1 reflector.go:138] Failed to watch",
    ]
    detection = detect(sample)
    assert detection.name == "klog"
    assert all(FORMAT.parse(line) is None for line in sample[3:6])


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("I0501 12:00:00.000000 1 a.go:1] " + text)
    FORMAT.parse('I0501 12:00:00.000000 1 a.go:1] "' + text)


def test_glogs_header_with_the_year():
    """glog 0.5 and later write the year: `Lyyyymmdd hh:mm:ss.uuuuuu thread file:line] msg`."""
    f = FORMAT.parse("W20231105 06:41:09.004127  2218 flags.cc:311] flag --threads unset, using 4")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2023-11-05T06:41:09.004127",
        "warning",
        "flag --threads unset, using 4",
        {"thread": 2218, "caller": "flags.cc:311"},
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2026, 1, 1)) == datetime(
        2023, 11, 5, 6, 41, 9, 4127
    )
    assert FORMAT.parse("E20231305 06:41:09.004127  2218 flags.cc:311] no 13th month") is None
    # Without the year, as before.
    assert FORMAT.parse("E1105 06:41:09.004127  2218 flags.cc:311] x").timestamp == (
        "Nov 05 06:41:09.004127"
    )


@pytest.mark.parametrize(
    ("line", "level", "message", "attributes"),
    [
        (  # crdb-v1 (CockroachDB 20.2 and older): two blanks after the caller, then the tags
            "I200811 07:12:30.418223 112 server/node.go:489  [n3] node=3: started with "
            "[<no-attributes>=/mnt/data1] engine(s)",
            "info",
            "node=3: started with [<no-attributes>=/mnt/data1] engine(s)",
            {"goroutine": 112, "caller": "server/node.go:489", "tags": "n3"},
        ),
        (  # crdb-v1 without tags: a message that starts with a number stays whole
            "W200811 07:12:31.002145 1 cli/start.go:1205  3 stores found, 1 is read-only",
            "warning",
            "3 stores found, 1 is read-only",
            {"goroutine": 1, "caller": "cli/start.go:1205"},
        ),
        (  # crdb-v1 with the redaction marker (20.2), a tag holding an address in brackets
            "E201130 18:40:02.771903 5521 sql/conn_executor.go:668 ⋮ "
            "[n2,client=[::1]:51876,user=root] closing connection: ‹EOF›",
            "error",
            "closing connection: ‹EOF›",
            {
                "goroutine": 5521,
                "caller": "sql/conn_executor.go:668",
                "tags": "n2,client=[::1]:51876,user=root",
            },
        ),
        (  # crdb-v2 (21.1 on): channel, marker, `[-]` for no tags, counter, continuation mark
            "W220314 16:03:27.880512 41 1@cli/start.go:1134 ⋮ [-] 12  ‹Using the default "
            "setting for --cache (128 MiB).›",
            "warning",
            "‹Using the default setting for --cache (128 MiB).›",
            {"goroutine": 41, "caller": "cli/start.go:1134", "channel": 1},
        ),
        (  # crdb-v2 to stderr, not redactable: a blank instead of the marker
            "I220314 16:03:27.101442 1 util/log/flags.go:201  [-] 1  stderr capture started",
            "info",
            "stderr capture started",
            {"goroutine": 1, "caller": "util/log/flags.go:201"},
        ),
        (  # crdb-v2's file header entries have no counter
            "I220314 16:03:27.102910 1 util/log/file_sync_buffer.go:238 ⋮ [config]   binary: "
            "CockroachDB CCL v22.1.6",
            "info",
            "binary: CockroachDB CCL v22.1.6",
            {"goroutine": 1, "caller": "util/log/file_sync_buffer.go:238", "tags": "config"},
        ),
    ],
)
def test_cockroachdb_header(line, level, message, attributes):
    f = FORMAT.parse(line)
    assert (f.level, f.message, f.attributes) == (level, message, attributes)


def test_cockroachdb_timestamp_has_a_two_digit_year():
    f = FORMAT.parse("F190402 23:59:58.000917 77 storage/store.go:1520  [n1,s1] disk stall")
    assert parse_timestamp(f.timestamp, UTC, datetime(2026, 1, 1)) == datetime(
        2019, 4, 2, 23, 59, 58, 917
    )
    assert f.level == "fatal"


CRDB_V2 = """\
W220314 16:03:27.880512 41 1@cli/start.go:1134 ⋮ [-] 12  ‹Using the default setting for --cache›
W220314 16:03:27.880512 41 1@cli/start.go:1134 ⋮ [-] 12 +
W220314 16:03:27.880512 41 1@cli/start.go:1134 ⋮ [-] 12 +‹  A larger value is usually needed.›
I220314 16:03:27.881004 41 server/config.go:433 ⋮ [n?] 13  system total memory: ‹16 GiB›
I220314 16:03:27.881020 41 server/config.go:433 ⋮ [n?] 14 +not a continuation of entry 13
"""


def test_cockroachdb_entry_lines_continue_their_entry(tmp_path):
    """crdb-v2 repeats the header on each line of a multi-line entry, `+` after the counter:
    those lines are one event, and a `+` line of another entry is not glued to the one above."""
    rows = stored_events(tmp_path, CRDB_V2, "line, timestamp, level, message, attributes")
    assert [r[:4] for r in rows] == [
        (
            1,
            datetime(2022, 3, 14, 16, 3, 27, 880512),
            "warning",
            "‹Using the default setting for --cache›\n\n‹  A larger value is usually needed.›",
        ),
        (4, datetime(2022, 3, 14, 16, 3, 27, 881004), "info", "system total memory: ‹16 GiB›"),
        (5, datetime(2022, 3, 14, 16, 3, 27, 881020), "info", "not a continuation of entry 13"),
    ]
    assert json.loads(rows[1][4]) == {
        "goroutine": 41,
        "caller": "server/config.go:433",
        "tags": "n?",
    }


# A sink with `format-options: {timezone: america/new_york}` (or asia/kolkata): Go's
# `15:04:05.000000-070000`, the offset glued to the microseconds.
CRDB_ZONED = """\
I230115 16:49:17.073282-050000 14 server/node.go:533 ⋮ [T1,n1] 21  node connected via gossip
W230115 16:49:18.500000-050000 88 2@rpc/clock_offset.go:216 ⋮ [n1,rnode=2] 22  clock offset ‹12ms›
W230115 16:49:18.500000-050000 88 2@rpc/clock_offset.go:216 ⋮ [n1,rnode=2] 22 +from node ‹n2›
I230116 03:19:17.000001+053000 7 util/log/file_sync_buffer.go:238 ⋮ [config]   file created
I230115 21:49:17.073282 14 server/node.go:533  [n1] node without a zone is in UTC
"""


def test_cockroachdb_time_with_the_sinks_timezone_is_stored_in_utc(tmp_path):
    rows = stored_events(tmp_path, CRDB_ZONED, "line, timestamp, level, message, attributes")
    assert [r[:4] for r in rows] == [
        (1, datetime(2023, 1, 15, 21, 49, 17, 73282), "info", "node connected via gossip"),
        (
            2,
            datetime(2023, 1, 15, 21, 49, 18, 500000),
            "warning",
            "clock offset ‹12ms›\nfrom node ‹n2›",
        ),
        (4, datetime(2023, 1, 15, 21, 49, 17, 1), "info", "file created"),
        (5, datetime(2023, 1, 15, 21, 49, 17, 73282), "info", "node without a zone is in UTC"),
    ]
    assert [json.loads(r[4]) for r in rows] == [
        {"goroutine": 14, "caller": "server/node.go:533", "tags": "T1,n1"},
        {"goroutine": 88, "caller": "rpc/clock_offset.go:216", "channel": 2, "tags": "n1,rnode=2"},
        {"goroutine": 7, "caller": "util/log/file_sync_buffer.go:238", "tags": "config"},
        {"goroutine": 14, "caller": "server/node.go:533", "tags": "n1"},
    ]


def test_a_failed_checks_stack_is_its_fatal_lines(tmp_path):
    """glog writes a failed CHECK's stack under its fatal line, behind a banner: one event."""
    text = (
        "I0611 06:27:56.708498 28724 http.cpp:1271] HTTP GET for /master/frameworks\n"
        "F0611 06:27:57.703502 28753 hierarchical.cpp:1498] Check failed: slaves.contains(id)\n"
        "*** Check failure stack trace: ***\n"
        "    @     0x7f3b2c6e2b2d  google::LogMessage::Fail()\n"
        "    @     0x7f3b2c6e4e98  google::LogMessage::SendToLog()\n"
        "I0611 06:28:01.000000 28724 master.cpp:12] Master started\n"
    )
    rows = stored_events(tmp_path, text, "line, level, message")
    assert [(r[0], r[1]) for r in rows] == [(1, "info"), (2, "critical"), (6, "info")]
    assert rows[1][2].split("\n")[1:3] == [
        "*** Check failure stack trace: ***",
        "    @     0x7f3b2c6e2b2d  google::LogMessage::Fail()",
    ]


MOONFIRE = (
    "I20240607 06:00:01.035 sync-/media/nvr/sample moonfire_nvr::db::db] Flush 41512 (why: 120 "
    "sec after start of 59 seconds garage-main recording 7/74050):\n"
    "/media/nvr/sample: added 55 MiB 636 KiB 18 B in 2 recordings (8/89723, 10/78037).\n"
    "W20240607 06:00:12.181 s-garage-main moonfire_nvr::streamer] garage-main: sleeping for 1 s "
    "after error: connection refused\n"
)


def test_a_rust_glog_header_with_a_named_thread_and_a_module(tmp_path):
    """Moonfire NVR's: the thread's name where glog writes its id, the module path where glog
    writes its file and line; a line below with no header goes on the event."""
    rows = stored_events(
        tmp_path,
        MOONFIRE,
        "line, strftime(timestamp, '%Y-%m-%d %H:%M:%S.%g'), level, message, "
        "attributes->>'thread', attributes->>'module'",
    )
    assert rows == [
        (
            1,
            "2024-06-07 06:00:01.035",
            "info",
            "Flush 41512 (why: 120 sec after start of 59 seconds garage-main recording 7/74050):\n"
            "/media/nvr/sample: added 55 MiB 636 KiB 18 B in 2 recordings (8/89723, 10/78037).",
            "sync-/media/nvr/sample",
            "moonfire_nvr::db::db",
        ),
        (
            3,
            "2024-06-07 06:00:12.181",
            "warning",
            "garage-main: sleeping for 1 s after error: connection refused",
            "s-garage-main",
            "moonfire_nvr::streamer",
        ),
    ]
