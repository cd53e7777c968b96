# ruff: noqa: E501  (the captured lines are data, as the program wrote them)
"""log4js's default layouts (captured from log4js 6 on Node 20 here: the stdout appender's
coloured layout and the file appender's basic one, `[time] [LEVEL] category - message`): the
category is the logger, an error's frames under the line its exception."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

COLOURED = "\x1b[32m[2026-12-04T20:52:45.957] [INFO] default - \x1b[39mServer listening on port 3000\n\x1b[36m[2026-12-04T20:52:45.964] [DEBUG] default - \x1b[39mHandling order 0\n\x1b[36m[2026-12-04T20:52:45.964] [DEBUG] default - \x1b[39mHandling order 1\n\x1b[36m[2026-12-04T20:52:45.964] [DEBUG] default - \x1b[39mHandling order 2\n\x1b[33m[2026-12-04T20:52:45.964] [WARN] db - \x1b[39mSlow query took 1200 ms\n\x1b[91m[2026-12-04T20:52:45.964] [ERROR] default - \x1b[39mFailed to parse payload SyntaxError: Expected property name or '}' in JSON at position 1\n    at JSON.parse (<anonymous>)\n    at Object.<anonymous> (/srv/shop/l4.js:8:12)\n    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n    at Module.load (node:internal/modules/cjs/loader:1266:32)\n    at Module._load (node:internal/modules/cjs/loader:1091:12)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n    at node:internal/main/run_main_module:28:49\n\x1b[91m[2026-12-04T20:52:45.966] [ERROR] db - \x1b[39mTypeError: Cannot read properties of null (reading 'x')\n    at Object.<anonymous> (/srv/shop/l4.js:9:12)\n    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n    at Module.load (node:internal/modules/cjs/loader:1266:32)\n    at Module._load (node:internal/modules/cjs/loader:1091:12)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n    at node:internal/main/run_main_module:28:49\n\x1b[35m[2026-12-04T20:52:45.966] [FATAL] default - \x1b[39mShutting down after 2 errors\n"

BASIC = """\
[2026-12-04T20:52:45.957] [INFO] default - Server listening on port 3000
[2026-12-04T20:52:45.964] [DEBUG] default - Handling order 0
[2026-12-04T20:52:45.964] [DEBUG] default - Handling order 1
[2026-12-04T20:52:45.964] [DEBUG] default - Handling order 2
[2026-12-04T20:52:45.964] [WARN] db - Slow query took 1200 ms
[2026-12-04T20:52:45.964] [ERROR] default - Failed to parse payload SyntaxError: Expected property name or '}' in JSON at position 1
    at JSON.parse (<anonymous>)
    at Object.<anonymous> (/srv/shop/l4.js:8:12)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
    at Module.load (node:internal/modules/cjs/loader:1266:32)
    at Module._load (node:internal/modules/cjs/loader:1091:12)
    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
    at node:internal/main/run_main_module:28:49
[2026-12-04T20:52:45.966] [ERROR] db - TypeError: Cannot read properties of null (reading 'x')
    at Object.<anonymous> (/srv/shop/l4.js:9:12)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
    at Module.load (node:internal/modules/cjs/loader:1266:32)
    at Module._load (node:internal/modules/cjs/loader:1091:12)
    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
    at node:internal/main/run_main_module:28:49
[2026-12-04T20:52:45.966] [FATAL] default - Shutting down after 2 errors
"""


def test_the_category_is_the_logger():
    f = FORMAT.parse("[2026-12-04T20:52:45.964] [WARN] db - Slow query took 1200 ms")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2026-12-04T20:52:45.964",
        "WARN",
        "db",
        "Slow query took 1200 ms",
    )


def test_a_hosts_access_record_under_such_a_header_keeps_its_client():
    f = FORMAT.parse(
        '[2026-12-04 18:40:01 +0000] [31200] [INFO] localhost - - [04/Dec/2026:18:40:01 +0000] "GET /orders/1 HTTP/1.1" 200 10 "-" "curl/7.88.1"'
    )
    assert f.template == "GET /orders/<*> 200"
    assert f.attributes["client_ip"] == "localhost"


def test_log4js_end_to_end(tmp_path):
    for name, text in (("stdout", COLOURED), ("file", BASIC)):
        (tmp_path / name).mkdir()
        rows = stored_events(tmp_path / name, text, "line, level, logger, template, exception_type")
        assert [(r[0], r[1], r[2]) for r in rows] == [
            (1, "info", "default"),
            (2, "debug", "default"),
            (3, "debug", "default"),
            (4, "debug", "default"),
            (5, "warning", "db"),
            (6, "error", "default"),
            (15, "error", "db"),
            (23, "critical", "default"),
        ]
        assert rows[1][3] == rows[3][3] == "Handling order <*>"
        assert rows[5][4] == "SyntaxError"  # its first frame a built-in's, `(<anonymous>)`
        assert rows[6][4] == "TypeError"
