"""Crashes that runtimes print on stderr among a program's own lines: each one event, named by
its exception, the lines around it their own (session 23's sweep, bench/trace_sweep.py)."""

from __future__ import annotations

from tests.formats.test_trace_shapes import NODE_REJECTION
from tests.ingest.stored import stored_events


def test_node_report_of_a_promise_rejected_with_no_error_is_one_event(tmp_path):
    text = "\n".join(
        [
            "listening on 0.0.0.0:8080",
            NODE_REJECTION.format(reason="order 4711 not found"),
            "restarting",
            "",
        ]
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type, exception_value")
    assert rows == [
        (1, None, None, None),
        (2, "error", "UnhandledPromiseRejection", "order 4711 not found"),
        (11, None, None, None),
    ]


def test_dart_swift_and_cxx_crashes_among_log_lines_are_one_event_each(tmp_path):
    text = """\
2026-12-01 10:00:01.123 INFO shop: order 4711 shown
Unhandled exception:
FormatException: bad order 4711
#0      parseOrder (package:shop/orders.dart:42:5)
#1      main (file:///srv/app/bin/shop.dart:5:3)
2026-12-01 10:00:02.123 INFO shop: order 4711 shown
Fatal error: Index out of range: file Shop/Orders.swift, line 42
2026-12-01 10:00:03.123 INFO shop: order 4711 shown
terminate called after throwing an instance of 'std::runtime_error'
  what():  bad order 4711
Aborted (core dumped)
2026-12-01 10:00:04.123 INFO shop: order 4711 shown
"""
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [
        (1, "info", None),
        (2, "error", "FormatException"),
        (6, "info", None),
        (7, "error", "Fatal error"),
        (8, "info", None),
        (9, "error", "std::runtime_error"),
        (12, "info", None),
    ]
