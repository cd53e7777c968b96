# ruff: noqa: E501  (the captured lines are data, as the server wrote them)
"""Hypercorn 0.18's log with `--access-logfile - --error-logfile -` (captured from a real
Hypercorn serving an ASGI app here): the access logger writes its records under the error
log's header (`[time] [pid] [LEVEL]`), the request line ending with the bare HTTP version
(`"GET /orders/1 1.1"`, its `%(r)s`)."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

LOG = """\
[2026-12-04 18:42:59 +0000] [16167] [INFO] Running on http://127.0.0.1:3990 (CTRL + C to quit)
[2026-12-04 18:43:01 +0000] [16167] [INFO] 127.0.0.1:50856 - - [04/Dec/2026:18:43:01 +0000] "GET /orders/1 1.1" 200 - "-" "curl/7.88.1"
Handling /orders/2
[2026-12-04 18:43:01 +0000] [16167] [INFO] 127.0.0.1:50860 - - [04/Dec/2026:18:43:01 +0000] "GET /orders/2 1.1" 200 - "-" "curl/7.88.1"
Handling /orders/13
[2026-12-04 18:43:01 +0000] [16167] [ERROR] Error in ASGI Framework
Traceback (most recent call last):
  File "/tmp/asgi/app.py", line 14, in app
    raise RuntimeError(f"Order store unavailable for {path}")
RuntimeError: Order store unavailable for /orders/13
[2026-12-04 18:43:01 +0000] [16167] [INFO] 127.0.0.1:50874 - - [04/Dec/2026:18:43:01 +0000] "GET /orders/13 1.1" 500 - "-" "curl/7.88.1"
[2026-12-04 18:43:01 +0000] [16167] [INFO] 127.0.0.1:50886 - - [04/Dec/2026:18:43:01 +0000] "GET /orders/404?x=1 2" 404 - "-" "curl/7.88.1"
"""


def test_an_access_record_under_the_error_logs_header_is_a_request():
    f = FORMAT.parse(LOG.splitlines()[1])
    assert f.template == "GET /orders/<*> 200"
    assert (f.level, f.timestamp) == ("INFO", "2026-12-04 18:43:01 +0000")
    assert (f.attributes["status"], f.attributes["protocol"]) == (200, "1.1")
    http2 = FORMAT.parse(LOG.splitlines()[-1])
    assert (http2.template, http2.level) == ("GET /orders/<*>?x=<*> 404", "warning")
    # A message that merely quotes something after a bracket is no request.
    other = FORMAT.parse('[2026-12-04 18:43:01 +0000] [16167] [INFO] job [7] "nightly" 200 rows')
    assert other.template is None


def test_a_hypercorn_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, template, exception_type")
    assert [(r[0], r[1]) for r in rows] == [
        (1, "info"),
        (2, "info"),
        (3, None),  # the app's warning, printed bare by Python's last-resort handler
        (4, "info"),
        (5, None),
        (6, "error"),
        (11, "error"),
        (12, "warning"),
    ]
    by_line = {r[0]: r for r in rows}
    assert by_line[2][2] == by_line[4][2] == "GET /orders/<*> 200"
    assert by_line[6][3] == "RuntimeError"
    assert by_line[11][2] == "GET /orders/<*> 500"
