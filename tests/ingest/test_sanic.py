# ruff: noqa: E501  (the captured lines are data, as the server wrote them)
"""Sanic's own layout (captured from a real Sanic 25.12 server here, its output redirected to a
file: production mode in one process, then debug mode with two workers): the process's
identifier before the time, the access logger's bar, the request's record."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

PRODUCTION = """\
Main  2026-12-04 18:36:18 +0000 INFO: Sanic v25.12.1
Main  2026-12-04 18:36:18 +0000 INFO: Goin' Fast @ http://127.0.0.1:3998
Main  2026-12-04 18:36:18 +0000 INFO: Starting worker [31131]
Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37710 GET http://127.0.0.1:3998/orders/1 200 10  0.3ms
Order 7 is slow to load (1200 ms)
Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37736 GET http://127.0.0.1:3998/orders/7 200 10  0.3ms
Main  2026-12-04 18:36:22 +0000 ERROR: Exception occurred while handling uri: 'http://127.0.0.1:3998/orders/13'
Traceback (most recent call last):
  File "/tmp/sanicapp/app.py", line 13, in order
    raise RuntimeError(f"Order store unavailable for order {oid}")
RuntimeError: Order store unavailable for order 13
Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37744 GET http://127.0.0.1:3998/orders/13 500 136  2.2ms
Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37814 GET http://localhost:3998/orders/9 200 10  0.1ms
Main  2026-12-04 18:36:23 +0000 INFO: Server Stopped
"""

DEBUG = """\
Main  18:37:09 DEBUG: Starting a process: Sanic-Server-0-0
Srv 0 18:37:09 INFO: Starting worker [31383]
Srv 1 18:37:14 INFO: 127.0.0.1:36200 GET http://127.0.0.1:3997/orders/1 200 10  0.3ms
Srv 0 18:37:14 WARN: Order 7 is slow to load (1200 ms)
Srv 1 18:37:15 INFO: 127.0.0.1:36228 GET http://127.0.0.1:3997/orders/404 404 72  0.7ms
"""


def test_the_identifier_is_the_process_and_the_time_and_level_are_read():
    f = FORMAT.parse("Srv 0 2026-12-04 18:36:22 +0000 ERROR: Exception occurred while handling")
    assert (f.timestamp, f.level, f.attributes) == (
        "2026-12-04 18:36:22 +0000",
        "ERROR",
        {"process": "Srv 0"},
    )
    assert f.message == "Exception occurred while handling"
    debug = FORMAT.parse("Srv 0 18:37:14 WARN: Order 7 is slow to load (1200 ms)")
    assert (debug.timestamp, debug.level) == ("18:37:14", "warning")


def test_an_access_line_is_a_request_by_route_without_the_servers_own_host():
    f = FORMAT.parse(
        "Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37744 GET "
        "http://shop.example:8000/orders/13?full=1 500 136  2.2ms"
    )
    assert f.template == "GET /orders/<*>?full=<*> 500"
    assert f.level == "error"  # a 5xx, whatever the access logger's INFO says
    attrs = f.attributes
    assert (attrs["client_ip"], attrs["status"], attrs["bytes"], attrs["duration_ms"]) == (
        "127.0.0.1",
        500,
        136,
        2.2,
    )
    assert (attrs["vhost"], attrs["server_port"]) == ("shop.example", 8000)
    assert attrs["process"] == "Main"
    # A dropped connection's line has no size: no request is made up of it.
    dropped = FORMAT.parse(
        "Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37744 GET http://h/x 200 DISCONNECTED"
    )
    assert dropped.template is None and "status" not in dropped.attributes


def test_other_lines_opening_with_the_same_words_are_not_sanics():
    assert FORMAT.parse("Main street closed 2026-12-04") is None
    f = FORMAT.parse("Srv 2026-12-04 18:36:22 +0000 INFO: x")
    assert f is None or (f.attributes or {}).get("process") != "Srv"


def test_a_sanic_server_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, PRODUCTION, "line, level, template, exception_type")
    assert [(r[0], r[1]) for r in rows] == [
        (1, "info"),
        (2, "info"),
        (3, "info"),
        (4, "info"),
        (5, None),  # the root logger's warning, printed bare by Python's last-resort handler
        (6, "info"),
        (7, "error"),
        (12, "error"),
        (13, "info"),
        (14, "info"),
    ]
    by_line = {r[0]: r for r in rows}
    assert by_line[4][2] == by_line[6][2] == by_line[13][2] == "GET /orders/<*> 200"
    assert by_line[7][3] == "RuntimeError"
    assert by_line[12][2] == "GET /orders/<*> 500"


def test_debug_mode_with_workers_end_to_end(tmp_path):
    rows = stored_events(tmp_path, DEBUG, "line, level, template, timestamp")
    assert [(r[0], r[1]) for r in rows] == [
        (1, "debug"),
        (2, "info"),
        (3, "info"),
        (4, "warning"),
        (5, "warning"),
    ]
    assert rows[2][2] == "GET /orders/<*> 200"
    assert rows[4][2] == "GET /orders/<*> 404"
    times = [line[6:14] for line in DEBUG.splitlines()]
    assert [r[3].strftime("%H:%M:%S") for r in rows] == times


LEGACY = """\
[2024-06-07 06:00:02 +0000] [829] [INFO] Goin' Fast @ http://0.0.0.0:8000
[2024-06-07 06:02:34 +0000] - (sanic.access)[INFO][10.0.4.5:34388]: GET http://notify.example.com/api/v1/notifications/unread  200 12
[2024-06-07 06:02:35 +0000] - (sanic.access)[INFO][10.0.4.5:34390]: POST http://notify.internal:8000/internal/v1/events/7  500 -1
[2024-06-07 06:50:57 +0000] [829] [WARNING] Rejected request from 10.0.4.5: Signature has expired
"""


def test_sanic_before_23_6_access_lines_are_requests_by_route(tmp_path):
    """Sanic's old default access layout (`- (sanic.access)[INFO][host]: request  status
    bytes`): one template per route and status, the logger and the client read; its own lines
    keep their pid and level."""
    events = stored_events(tmp_path, LEGACY, "line, level, logger, template")
    assert events == [
        (1, "info", None, "Goin' Fast @ <*>"),
        (2, "info", "sanic.access", "GET /api/v1/notifications/unread 200"),
        (3, "error", "sanic.access", "POST /internal/v1/events/<*> 500"),
        (4, "warning", None, "Rejected request from <*>: Signature has expired"),
    ]
