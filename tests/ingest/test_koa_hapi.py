# ruff: noqa: W291  (the captured lines are data, as the programs wrote them: hapi ends its tags with a blank)
"""Koa's and hapi's own output (captured from Koa 2 with koa-logger and hapi 21 on Node 20
here, each server's stdout redirected to a file): koa-logger's lines two blanks in, the error
Koa prints for a handler that threw; hapi's `Debug:` report of a failed request, the error
below its tags."""

from __future__ import annotations

from errctl.formats.access import FORMAT as ACCESS
from errctl.ingest.envelopes import detect_envelope
from tests.ingest.stored import stored_events

KOA = """\
  <-- GET /
  --> GET / 200 11ms 2b
  <-- GET /boom
  xxx GET /boom 500 0ms -

  Error: Order store unavailable
      at /srv/shop/koa.js:4:35
      at dispatch (/srv/shop/node_modules/koa-compose/index.js:42:32)
      at logger (/srv/shop/node_modules/koa-logger/index.js:130:13)
      at dispatch (/srv/shop/node_modules/koa-compose/index.js:42:32)
      at /srv/shop/node_modules/koa-compose/index.js:34:12
      at Application.handleRequest (/srv/shop/node_modules/koa/lib/application.js:224:12)
      at Server.handleRequest (/srv/shop/node_modules/koa/lib/application.js:195:21)
      at Server.emit (node:events:524:28)
      at parserOnIncoming (node:_http_server:1139:12)
      at HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)

  <-- GET /bad
  xxx GET /bad 400 0ms -
  <-- GET /x
  --> GET /x 200 2ms 2b
"""

HAPI = """\
Server running on http://127.0.0.1:18086
Debug: error, db 
    database connection lost
Debug: handler, error 
    Error: Order store unavailable for order 13
    at handler (/srv/shop/hapi.js:4:105)
    at exports.Manager.execute (/srv/shop/node_modules/@hapi/hapi/lib/toolkit.js:57:29)
    at internals.handler (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:46:48)
    at exports.execute (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:31:36)
    at Request._lifecycle (/srv/shop/node_modules/@hapi/hapi/lib/request.js:386:68)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Request._execute (/srv/shop/node_modules/@hapi/hapi/lib/request.js:290:9)
Debug: internal, error 
    Error: Order store unavailable for order 13
    at handler (/srv/shop/hapi.js:4:105)
    at exports.Manager.execute (/srv/shop/node_modules/@hapi/hapi/lib/toolkit.js:57:29)
    at internals.handler (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:46:48)
    at exports.execute (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:31:36)
    at Request._lifecycle (/srv/shop/node_modules/@hapi/hapi/lib/request.js:386:68)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Request._execute (/srv/shop/node_modules/@hapi/hapi/lib/request.js:290:9)
Debug: handler, error 
    Error: Not Found
    at internals.notFound (/srv/shop/node_modules/@hapi/hapi/lib/core.js:700:16)
    at exports.Manager.execute (/srv/shop/node_modules/@hapi/hapi/lib/toolkit.js:57:29)
    at internals.handler (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:46:48)
    at exports.execute (/srv/shop/node_modules/@hapi/hapi/lib/handler.js:31:36)
    at Request._lifecycle (/srv/shop/node_modules/@hapi/hapi/lib/request.js:386:68)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Request._execute (/srv/shop/node_modules/@hapi/hapi/lib/request.js:290:9)
"""


def test_koa_loggers_lines_are_requests():
    done = ACCESS.parse("--> GET /orders/7?full=1 200 11ms 1.5kb")
    assert done.template == "GET /orders/<*>?full=<*> 200"
    attrs = done.attributes
    assert (attrs["status"], attrs["duration_ms"], attrs["bytes"]) == (200, 11.0, 1536)
    threw = ACCESS.parse("xxx GET /boom 500 12s -")
    assert (threw.template, threw.level, threw.attributes["duration_ms"]) == (
        "GET /boom 500",
        "error",
        12000.0,
    )
    assert ACCESS.parse("--> GET /empty 304 2ms ").attributes["status"] == 304
    incoming = ACCESS.parse("<-- GET /orders/7")
    assert (incoming.template, incoming.level) == ("<-- GET /orders/<*>", None)
    assert ACCESS.parse("--> GET /orders/7") is None  # a response's line has its status


def test_a_file_written_a_few_blanks_in_is_read_without_them():
    envelope, payloads = detect_envelope(KOA.splitlines())
    assert envelope.name == "indented"
    assert payloads[:2] == ["<-- GET /", "--> GET / 200 11ms 2b"]
    # A trace written in, or frames alone, stays as it stands: one event.
    assert (
        detect_envelope(
            [
                "  Traceback (most recent call last):",
                '    File "a.py", line 1, in f',
                "  ValueError: x",
            ]
        )
        is None
    )
    assert detect_envelope(["    at f (/srv/a.js:1:2)", "    at g (/srv/a.js:2:2)"]) is None
    assert detect_envelope(["GET /", "  --> GET / 200 1ms 2b"]) is None


def test_koa_end_to_end(tmp_path):
    rows = stored_events(tmp_path, KOA, "line, level, template, exception_type")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, None, "<-- GET /"),
        (2, "info", "GET / 200"),
        (3, None, "<-- GET /boom"),
        (4, "error", "GET /boom 500"),
        (6, "error", "Error: Order store unavailable"),
        (18, None, "<-- GET /bad"),
        (19, "warning", "GET /bad 400"),
        (20, None, "<-- GET /x"),
        (21, "info", "GET /x 200"),
    ]
    assert rows[4][3] == "Error"


def test_hapis_report_names_the_error_below_its_tags(tmp_path):
    rows = stored_events(tmp_path, HAPI, "line, template, exception_type, exception_value")
    errors = [(r[0], r[2], r[3]) for r in rows if r[2] is not None]
    assert errors == [
        (4, "Error", "Order store unavailable for order 13"),
        (13, "Error", "Order store unavailable for order 13"),
        (22, "Error", "Not Found"),
    ]
