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


def test_a_sanitizer_report_is_one_event_with_the_rule_above_it(tmp_path):
    from tests.formats.test_trace_shapes import ASAN

    report = ASAN.format(
        kind="heap-use-after-free", func="total", root="/srv/app", line=42, pc="0x55d0"
    )
    lsan = (
        "==4712==ERROR: LeakSanitizer: detected memory leaks\n\n"
        "Direct leak of 64 byte(s) in 1 object(s) allocated from:\n"
        "    #0 0x7f3a2b8b6b6f in operator new(unsigned long) ../asan/asan_new_delete.cpp:95\n"
        "    #1 0x55d0c1e2f7f2 in load_orders() /srv/app/src/main.cpp:12:3\n\n"
        "SUMMARY: AddressSanitizer: 64 byte(s) leaked in 1 allocation(s)."
    )
    text = "\n".join(["starting shop", report, "service restarted", lsan, "service restarted", ""])
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [
        (1, None, None),
        (2, "error", "AddressSanitizer: heap-use-after-free"),
        (17, None, None),
        (18, "error", "LeakSanitizer: detected memory leaks"),
        (25, None, None),
    ]


def test_flutter_unhandled_exception_over_logcat_lines_is_one_event(tmp_path):
    text = """\
I/flutter ( 4711): order 4711 shown
E/flutter ( 4711): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: \
FormatException: bad order 4711
E/flutter ( 4711): #0      parseOrder (package:shop/orders.dart:42:5)
E/flutter ( 4711): #1      _CartState.build (package:shop/cart.dart:20:7)
E/flutter ( 4711): 
I/flutter ( 4711): order 4712 shown
"""  # noqa: W291
    rows = stored_events(tmp_path, text, "line, level, exception_type, exception_value, stack")
    assert [r[:4] for r in rows] == [
        (1, "info", None, None),
        (2, "error", "FormatException", "bad order 4711"),
        (6, "info", None, None),
    ]
    assert '"function":"parseOrder"' in rows[1][4]


def test_android_crash_without_logcat_prefixes_is_one_event(tmp_path):
    text = """\
app started
FATAL EXCEPTION: main
Process: com.acme.shop, PID: 4711
java.lang.RuntimeException: Unable to start activity ComponentInfo{com.acme.shop/com.acme.shop.CartActivity}: java.lang.IllegalStateException: bad cart
\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:3449)
\tat android.os.Looper.loop(Looper.java:223)
Caused by: java.lang.IllegalStateException: bad cart
\tat com.acme.shop.CartActivity.onCreate(CartActivity.java:42)
\t... 3 more
app restarted
"""  # noqa: E501
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [
        (1, None, None),
        (2, "error", "java.lang.RuntimeException"),
        (10, None, None),
    ]


PY_GROUP = """\
  + Exception Group Traceback (most recent call last):
  |   File "/srv/app/shop/batch.py", line 30, in <module>
  |     asyncio.run(main())
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "/srv/app/shop/batch.py", line 9, in fetch_order
    |     raise ValueError(f"bad order {n}")
    | ValueError: bad order 4711
    +------------------------------------"""


def test_an_uncaught_exception_group_on_stderr_is_its_own_event(tmp_path):
    for before, level in (
        ("worker started", None),
        ("2026-12-01 10:00:01,123 INFO shop.batch: worker started", "info"),
    ):
        text = "\n".join([before, PY_GROUP, "worker restarted", ""])
        rows = stored_events(tmp_path, text, "line, level, exception_type")
        assert rows == [(1, level, None), (2, "error", "ExceptionGroup"), (12, None, None)]
        (tmp_path / "store.duckdb").unlink()


def test_a_line_starting_with_f_still_meets_the_other_crash_checks():
    from errctl.formats.multiline import forces_new_event

    # Node's crash location under a relative path: the Android and Swift checks on `F` lines
    # must not answer for it.
    assert forces_new_event("Frontend/app.js:42", 3, "  at x (/a.js:1:2)")
    assert not forces_new_event("Fatal error: Allowed memory size exhausted", 3, "x")  # PHP's
