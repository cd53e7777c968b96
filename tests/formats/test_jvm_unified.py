# ruff: noqa: E501  (the log lines are data, as the JVM writes them)
"""The JVM's unified logging (`-Xlog`): its default decorators (uptime, level, tags) made raw
text, and with a time first the uptime was read as a logger and the padded tags stayed in the
message."""

from __future__ import annotations

from datetime import datetime

import pytest

from errctl.formats.generic import FORMAT
from errctl.formats.jvm_unified import jvm_unified
from tests.ingest.stored import stored_events

GC_LOG = """\
[2024-06-11T06:00:01.118+0000][0.009s][info][gc,heap] Heap region size: 1M
[2024-06-11T06:00:01.122+0000][0.013s][info][gc     ] Using G1
[2024-06-11T06:00:09.500+0000][8.391s][info][gc,start] GC(12) Pause Young (Normal) (G1 Evacuation Pause)
[2024-06-11T06:00:09.504+0000][8.395s][warning][gc,alloc] GC(13) To-space exhausted
"""


def test_a_gc_log_with_time_and_uptime(tmp_path):
    rows = stored_events(tmp_path, GC_LOG, "line, timestamp, level, logger, message")
    assert rows == [
        (1, datetime(2024, 6, 11, 6, 0, 1, 118000), "info", "gc,heap", "Heap region size: 1M"),
        (2, datetime(2024, 6, 11, 6, 0, 1, 122000), "info", "gc", "Using G1"),
        (
            3,
            datetime(2024, 6, 11, 6, 0, 9, 500000),
            "info",
            "gc,start",
            "GC(12) Pause Young (Normal) (G1 Evacuation Pause)",
        ),
        (
            4,
            datetime(2024, 6, 11, 6, 0, 9, 504000),
            "warning",
            "gc,alloc",
            "GC(13) To-space exhausted",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "level", "tags", "message", "attributes"),
    [
        (
            "[0.015s][info][gc,init] Version: 17.0.9+9 (release)",
            "info",
            "gc,init",
            "Version: 17.0.9+9 (release)",
            {"uptime": "0.015s"},
        ),
        (
            "[12345ms][1234][77][error][os   ] fatal",
            "error",
            "os",
            "fatal",
            {"uptime": "12345ms", "pid": 1234, "thread": 77},
        ),
    ],
)
def test_the_default_decorators_have_no_time(line, level, tags, message, attributes):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        None,
        level,
        tags,
        message,
        attributes,
    )


def test_other_bracketed_lines_are_not_its():
    assert jvm_unified("[2024-06-11 06:00:01] [info] [main] spdlog's") is None
    assert jvm_unified("[info][gc] no decorator before the level") is None
    f = FORMAT.parse("[2024-06-11 06:00:01.118] [app] [info] spdlog's")
    assert (f.logger, f.message) == ("app", "spdlog's")
