"""gunicorn 27 with uvicorn's worker and `--access-logfile -` (captured from a real FastAPI app
here): uvicorn's access record goes out as its message alone, `client - "request" status`,
between gunicorn's lines and the application's bare warnings (Python's last-resort handler)."""

from __future__ import annotations

from errctl.formats.access import FORMAT as ACCESS
from tests.ingest.stored import stored_events

LOG = """\
[2026-12-04 19:37:44 +0000] [5802] [INFO] Starting gunicorn 27.0.1
[2026-12-04 19:37:44 +0000] [5802] [INFO] Listening at: http://127.0.0.1:3900 (5802)
[2026-12-04 19:37:44 +0000] [5802] [INFO] Using worker: uvicorn.workers.UvicornWorker
[2026-12-04 19:37:44 +0000] [5813] [INFO] Booting worker with pid: 5813
[2026-12-04 19:37:44 +0000] [5814] [INFO] Booting worker with pid: 5814
[2026-12-04 19:37:44 +0000] [5802] [INFO] Control socket listening at /root/.gunicorn/gunicorn.ctl
[2026-12-04 19:37:45 +0000] [5814] [INFO] Started server process [5814]
[2026-12-04 19:37:45 +0000] [5814] [INFO] Waiting for application startup.
[2026-12-04 19:37:45 +0000] [5814] [INFO] Application startup complete.
[2026-12-04 19:37:45 +0000] [5813] [INFO] Started server process [5813]
[2026-12-04 19:37:45 +0000] [5813] [INFO] Waiting for application startup.
[2026-12-04 19:37:45 +0000] [5813] [INFO] Application startup complete.
Handling order 1
127.0.0.1:46420 - "GET /orders/1 HTTP/1.1" 200
Handling order 13
127.0.0.1:46422 - "GET /orders/13 HTTP/1.1" 500
[2026-12-04 19:37:49 +0000] [5814] [ERROR] Exception in ASGI application
Traceback (most recent call last):
  File "/tmp/fa/main.py", line 9, in order
    raise RuntimeError(f"Order store unavailable for {oid}")
RuntimeError: Order store unavailable for 13
Handling order 404
127.0.0.1:46430 - "GET /orders/404 HTTP/1.1" 404
Handling order 7
127.0.0.1:46436 - "GET /orders/7 HTTP/1.1" 200
[2026-12-04 19:37:50 +0000] [5802] [INFO] Handling signal: term
"""


def test_uvicorns_bare_access_record_is_a_request():
    f = ACCESS.parse('127.0.0.1:46420 - "GET /orders/1?x=2 HTTP/1.1" 200')
    assert (f.template, f.level) == ("GET /orders/<*>?x=<*> 200", "info")
    assert (f.attributes["client_ip"], f.attributes["status"]) == ("127.0.0.1", 200)
    assert ACCESS.parse('10.0.0.5 - "POST /api HTTP/2" 503').level == "error"
    # Words and a quote are no request.
    assert ACCESS.parse('job 7 - "nightly export" 200') is None


def test_requests_and_bare_lines_are_not_glued_to_the_line_above(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, template, exception_type, exception_value")
    assert [(r[0], r[1], r[2]) for r in rows if r[0] >= 12] == [
        (12, "info", "Application startup complete."),
        (13, None, "Handling order <*>"),
        (14, "info", "GET /orders/<*> 200"),
        (15, None, "Handling order <*>"),
        (16, "error", "GET /orders/<*> 500"),
        (17, "error", "Exception in ASGI application"),
        (22, None, "Handling order <*>"),
        (23, "warning", "GET /orders/<*> 404"),
        (24, None, "Handling order <*>"),
        (25, "info", "GET /orders/<*> 200"),
        (26, "info", "Handling signal: term"),
    ]
    # The exception's value is its own, not the lines printed after it.
    error = next(r for r in rows if r[0] == 17)
    assert error[3:] == ("RuntimeError", "Order store unavailable for 13")


def test_a_failed_requests_report_set_off_by_a_blank_line_is_its_own(tmp_path):
    """Ghost writes a failed request's error under its request line, after a blank line: the
    message, its context and help, `Error ID:` and the stack. The report is the request's
    event; a line right under a request, and anything after a 2xx, is not."""
    esc = "\x1b"
    text = (
        f'[2024-06-05 08:31:24] {esc}[31mERROR{esc}[39m "POST /members/api/send-magic-link/" '
        f"{esc}[33m429{esc}[39m 13ms\n"
        f"{esc}[31m\n"
        f"{esc}[31mToo many attempts try again in 10 minutes{esc}[39m\n"
        "\n"
        f'{esc}[37m"Only 5 tries per IP address every 3600 seconds."{esc}[39m\n'
        f"{esc}[1m{esc}[37mError ID:{esc}[39m{esc}[22m\n"
        f"    {esc}[90m00d09966-5c1f-4dfe-9905-1fac4e55fa63{esc}[39m\n"
        "\n"
        f'[2024-06-05 08:31:41] {esc}[36mINFO{esc}[39m "GET /a-post/" {esc}[32m200{esc}[39m 22ms\n'
        "Handling a webhook\n"
    )
    rows = stored_events(tmp_path, text, "line, level, template")
    assert rows == [
        (1, "error", "POST /members/api/send-magic-link/ 429"),
        (9, "info", "GET /a-post/ 200"),
        (10, None, "Handling a webhook"),
    ]
