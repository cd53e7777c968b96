"""Framing rules that decide where an event ends, beyond a format's headers."""

from __future__ import annotations

import json

import pytest

from errctl.formats.registry import FORMATS
from errctl.ingest.framing import Framer, Record, StreamFramer, unfinished_traceback
from errctl.ingest.readers import Line
from tests.ingest.stored import stored_events


def frame(lines: list[Line]) -> list[Record]:
    framer = Framer((FORMATS["json"], FORMATS["python"]), multiline=True, unmatched_is_event=True)
    out = [r for line in lines for r in framer.feed(line)]
    return [r for r in [*out, *framer.finish()] if isinstance(r, Record)]


def test_text_after_a_json_record_is_not_part_of_it():
    """A JSON record is whole: the text after it in a mixed file (an uncaught traceback)
    starts its own event, while it still continues a text header's event."""
    texts = [
        '{"level": "error", "msg": "request failed"}',
        "Traceback (most recent call last):",
        '  File "/app/main.py", line 3, in <module>',
        "RuntimeError: boom",
        "2024-05-01 12:00:00,001 - app - ERROR - failed",
        "  more detail",
    ]
    records = frame([Line(t, i + 1, 0, 0) for i, t in enumerate(texts)])
    assert [(r.number, r.format, len(r.continuation)) for r in records] == [
        (1, "json", 0),
        (2, None, 2),
        (5, "python", 1),
    ]


_REQUESTS = {
    "access": '198.51.100.7 - - [05/May/2025:10:00:01 +0000] "GET /orders/7 HTTP/1.1" 200 812 "-"'
    ' "curl/8.5.0"',
    "elb": "2025-05-05T10:00:01.204311Z shop-lb 198.51.100.7:51122 10.0.3.9:8080 0.000041 "
    '0.012 0.00002 200 200 0 812 "GET https://shop.example.net:443/orders/7 HTTP/1.1" '
    '"curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2',
    "envoy": '[2025-05-05T10:00:01.204Z] "GET /orders/7 HTTP/1.1" 200 - 0 812 12 11 "-" '
    '"curl/8.5.0" "0f4c2a9e-1b7d" "shop.example.net" "10.0.3.9:8080"',
    "haproxy": "198.51.100.7:51122 [05/May/2025:10:00:01.204] www~ shop/web2 0/0/1/11/12 200 812"
    ' - - ---- 3/3/0/0/0 0/0 "GET /orders/7 HTTP/1.1"',
}


@pytest.mark.parametrize("fname", list(_REQUESTS))
def test_a_request_line_takes_no_continuation(fname):
    """A request's line is whole: an unread line after it (a layout no format reads, a
    crash's text) is its own event, not glued to the request."""
    request = _REQUESTS[fname]
    assert FORMATS[fname].parse(request) is not None
    framer = Framer((FORMATS[fname],), multiline=True, unmatched_is_event=True)
    texts = [request, "upstream sent garbage at offset 3", "  and more", request]
    out = [r for i, t in enumerate(texts) for r in framer.feed(Line(t, i + 1, 0, 0))]
    records = [r for r in [*out, *framer.finish()] if isinstance(r, Record)]
    assert [(r.number, r.format, len(r.continuation)) for r in records] == [
        (1, fname, 0),
        (2, None, 1),
        (4, fname, 0),
    ]


def test_a_container_streams_never_share_an_event():
    texts = ["2024-05-01 12:00:00,001 - app - ERROR - failed", "  detail", "GET /health 200"]
    streams = ["stderr", "stderr", "stdout"]
    lines = [
        Line(t, i + 1, 0, 0, envelope=("2024-05-01T12:00:00Z", s, None))
        for i, (t, s) in enumerate(zip(texts, streams, strict=True))
    ]
    assert [(r.number, len(r.continuation)) for r in frame(lines)] == [(1, 1), (3, 0)]


def test_postgres_detail_lines_continue_the_error_before_them():
    """They carry the full prefix, so generic (the fallback of every plain-text source) would
    take each for a header; the format's `continues` is asked first."""
    framer = Framer(
        (FORMATS["postgres"], FORMATS["generic"]), multiline=True, unmatched_is_event=True
    )
    texts = [
        "2024-05-01 12:00:01.200 UTC [1234] ERROR:  duplicate key value",
        "2024-05-01 12:00:01.200 UTC [1234] DETAIL:  Key (id)=(42) already exists.",
        "2024-05-01 12:00:01.200 UTC [1234] STATEMENT:  SELECT *",
        "\tFROM users",
        "2024-05-01 12:00:02.000 UTC [901] LOG:  checkpoint starting: time",
    ]
    out = [r for i, t in enumerate(texts) for r in framer.feed(Line(t, i + 1, 0, 0))]
    records = [r for r in [*out, *framer.finish()] if isinstance(r, Record)]
    assert [(r.number, r.format, r.continuation) for r in records] == [
        (
            1,
            "postgres",
            ["DETAIL:  Key (id)=(42) already exists.", "STATEMENT:  SELECT *", "\tFROM users"],
        ),
        (5, "postgres", []),
    ]


# What a Go program prints when an HTTP handler panics and nothing recovers (net/http does,
# so this one came from a worker goroutine), with Go 1.21+'s `in goroutine` on `created by`.
GO_PANIC = """\
panic: assignment to entry in nil map

goroutine 34 [running]:
github.com/acme/shop/internal/cart.(*Store).Add(0x0, {0xc0001a2000, 0x24}, 0x3)
\t/src/internal/cart/store.go:57 +0x9c
github.com/acme/shop/internal/worker.process(...)
\t/src/internal/worker/worker.go:88
created by github.com/acme/shop/internal/worker.Start in goroutine 1
\t/src/internal/worker/worker.go:41 +0x5a

goroutine 1 [chan receive, 3 minutes]:
main.main()
\t/src/cmd/shop/main.go:30 +0x2e5"""


def test_a_go_panic_with_no_log_header_is_one_event():
    """Raw Go runtime output (a file of stderr, a container's log): its goroutine headers
    and function lines are at column 0, and are the panic's, not events of their own."""
    texts = [*GO_PANIC.split("\n"), "exit status 2"]  # `go run` says how the program ended
    texts += ["fatal error: all goroutines are asleep - deadlock!", ""]
    texts += ["goroutine 1 [chan receive]:", "main.main()", "\t/src/main.go:9 +0x1d"]
    texts += ["2024-05-01 12:00:00,001 - app - INFO - restarted"]
    framer = Framer((FORMATS["python"],), multiline=True, unmatched_is_event=True)
    lines = [Line(t, i + 1, 0, 0) for i, t in enumerate(texts)]
    out = [r for line in lines for r in framer.feed(line)]
    records = [r for r in [*out, *framer.finish()] if isinstance(r, Record)]
    assert [(r.number, r.header[:12], len(r.continuation)) for r in records] == [
        (1, "panic: assig", 13),
        (15, "fatal error:", 4),
        (20, "2024-05-01 1", 0),
    ]


UVICORN = """\
INFO:     127.0.0.1:50001 - "GET /health HTTP/1.1" 200 OK
ERROR:    Exception in ASGI application
Traceback (most recent call last):
  File "/app/main.py", line 12, in orders
    return db[order_id]
KeyError: 'abc'
INFO:     127.0.0.1:50002 - "GET /orders/abc HTTP/1.1" 500 Internal Server Error"""

# Node's report of an uncaught exception on stderr, as `node server.js` prints it.
NODE_CRASH = """\
Server listening on port 3000
/app/src/handlers/orders.js:42
    const total = order.items.reduce((a, b) => a + b.price, 0);
                              ^

TypeError: Cannot read properties of undefined (reading 'reduce')
    at getTotal (/app/src/handlers/orders.js:42:31)
    at next (/app/node_modules/express/lib/router/route.js:149:13)

Node.js v20.10.0
Server listening on port 3000"""


def test_raw_text_keeps_a_traceback_under_its_one_line_message(tmp_path):
    """uvicorn's `ERROR:    Exception in ASGI application` with the traceback below it: one
    event, and the request it failed is a server error although logged at INFO."""
    rows = stored_events(tmp_path, UVICORN + "\n", "line, level, exception_type, format")
    assert rows == [
        (1, "info", None, "python"),
        (2, "error", "KeyError", "python"),
        (7, "error", None, "python"),
    ]
    # Text no format reads (one blank after the level, not uvicorn's padding): still one event.
    raw = UVICORN.replace(":     ", ": ").replace(":    ", ": ")
    (tmp_path / "raw").mkdir()
    rows = stored_events(tmp_path / "raw", raw + "\n", "line, level, exception_type, format")
    assert rows == [
        (1, "info", None, "raw"),
        (2, "error", "KeyError", "raw"),
        (7, "info", None, "raw"),
    ]


# A deploy script's stdout: its progress lines, then the uncaught exception Python printed.
SCRIPT_OUTPUT = """\
Collecting requirements
Applying schema changes
Traceback (most recent call last):
  File "/srv/deploy/apply.py", line 31, in <module>
    apply(plan["steps"])
KeyError: 'steps'
Failed to sync orders
Traceback (most recent call last):
  File "/srv/deploy/sync.py", line 8, in run
    raise TimeoutError("orders api")
TimeoutError: orders api
cleanup done"""


def test_a_traceback_under_a_raw_progress_line_is_its_own_event(tmp_path):
    """The progress line above an uncaught traceback does not carry its exception; a line
    that announces it (logger.exception under a bare `%(message)s`) still does."""
    rows = stored_events(
        tmp_path,
        SCRIPT_OUTPUT + "\n",
        "line, level, message, exception_type, exception_value, format",
    )
    assert rows == [
        (1, None, "Collecting requirements", None, None, "raw"),
        (2, None, "Applying schema changes", None, None, "raw"),
        (3, "error", "KeyError: 'steps'", "KeyError", "'steps'", "raw"),
        (7, "error", "Failed to sync orders", "TimeoutError", "orders api", "raw"),
        (12, None, "cleanup done", None, None, "raw"),
    ]


def test_a_node_uncaught_exception_report_is_one_event(tmp_path):
    rows = stored_events(
        tmp_path, NODE_CRASH + "\n", "line, exception_type, exception_value, message"
    )
    error = "Cannot read properties of undefined (reading 'reduce')"
    assert rows == [
        (1, None, None, "Server listening on port 3000"),
        # Named by its exception, not by the location line that opens the report.
        (2, "TypeError", error, f"TypeError: {error}"),
        (11, None, None, "Server listening on port 3000"),
    ]


DOTNET_CRASH = """\
2024-11-29 10:00:00,123 INFO  [main] com.acme.Gateway - forwarding to the worker
Unhandled exception. System.InvalidOperationException: Sequence contains no elements
   at System.Linq.ThrowHelper.ThrowNoElementsException()
   at Shop.Worker.Process(Order order) in /src/Shop/Worker.cs:line 42
   at Shop.Program.Main(String[] args) in /src/Shop/Program.cs:line 12
Unhandled Exception: System.NullReferenceException: Object reference not set to an instance
   at Shop.Legacy.Run() in C:\\src\\Shop\\Legacy.cs:line 7
"""


def test_a_dotnet_unhandled_exception_starts_its_own_event_and_is_parsed(tmp_path):
    """.NET's report of an uncaught exception (.NET 5+, then .NET Framework's spelling), on
    stderr in the same file as another program's log."""
    rows = stored_events(tmp_path, DOTNET_CRASH, "line, level, exception_type, exception_value")
    assert rows == [
        (1, "info", None, None),
        (2, "error", "System.InvalidOperationException", "Sequence contains no elements"),
        (6, "error", "System.NullReferenceException", "Object reference not set to an instance"),
    ]


RUST_SERVICE = """\
2024-11-29T10:00:00.123456Z  INFO shop: listening on 0.0.0.0:8080
thread 'main' panicked at src/main.rs:42:10:
called `Option::unwrap()` on a `None` value
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
2024-11-29T10:00:05.123456Z  INFO shop: listening on 0.0.0.0:8080
thread 'tokio-runtime-worker' panicked at src/db.rs:17:5:
connection refused
stack backtrace:
   0: shop::db::connect
             at ./src/db.rs:17:5
   1: shop::main
             at ./src/main.rs:9:5
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
2024-11-29T10:00:09.123456Z  INFO shop: listening on 0.0.0.0:8080
"""


def test_a_rust_panic_is_one_event_between_log_lines(tmp_path):
    rows = stored_events(tmp_path, RUST_SERVICE, "line, level, exception_type, exception_value")
    assert rows == [
        (1, "info", None, None),
        (2, "error", "panic", "called `Option::unwrap()` on a `None` value"),
        (5, "info", None, None),
        (6, "error", "panic", "connection refused"),
        (14, "info", None, None),
    ]


def test_one_generic_line_does_not_make_generic_read_the_lines_after_it(tmp_path):
    """The fallback reads a Python line too, without its logger or (with this layout's dashes)
    its level: a line only it reads must not make it the first format asked from then on."""
    events = stored_events(
        tmp_path,
        "2024-05-01 12:00:00,001 - app.jobs - INFO - one\n"
        "2024-05-01 12:00:00,002 - app.jobs - INFO - two\n"
        "2024-05-01 12:00:01 [notice] a line of another layout\n"
        "2024-05-01 12:00:02,004 - app.jobs - ERROR - three\n",
        "line, format, level, logger",
    )
    assert events == [
        (1, "python", "info", "app.jobs"),
        (2, "python", "info", "app.jobs"),
        (3, "generic", "info", None),
        (4, "python", "error", "app.jobs"),
    ]


ASYNCIO = """\
2024-11-29 10:00:00,123 ERROR asyncio: Task exception was never retrieved
future: <Task finished name='Task-7' coro=<fetch() done> exception=ValueError('bad')>
Traceback (most recent call last):
  File "/app/w.py", line 12, in fetch
    raise ValueError("bad")
ValueError: bad
Traceback (most recent call last):
  File "/app/w.py", line 20, in main
    raise KeyError("k")
KeyError: 'k'
2024-11-29 10:00:01,123 INFO worker: ok
"""


def test_a_multi_line_log_message_keeps_its_traceback(tmp_path):
    """asyncio's record spans two lines before its traceback: the traceback is still its own
    (a second traceback right after it, an uncaught one on stderr, is not)."""
    rows = stored_events(tmp_path, ASYNCIO, "line, message, exception_type")
    assert rows == [
        (1, "Task exception was never retrieved", "ValueError"),
        (7, "KeyError: 'k'", "KeyError"),
        (11, "ok", None),
    ]


ASTERISK_FULL = """\
[Mar 14 09:41:05] VERBOSE[1630] chan_sip.c:
<--- SIP read from UDP:192.0.2.77:5062 --->
INVITE sip:401@10.0.0.4 SIP/2.0
Call-ID: 5f2c0a1e@192.0.2.77
<------------->
[Mar 14 09:41:07] VERBOSE[31877][C-0000002c] pbx.c: Executing [401@ext-local:1] Answer()
[Mar 14 09:41:08] WARNING[31877][C-0000002c] app_dial.c: No channel of type 'SIP' (cause 20)
"""


def test_an_asterisk_sip_dump_is_one_event_with_its_header(tmp_path):
    """A VERBOSE header with nothing after the file's colon heads the SIP message dumped below
    it; the call's lines are read with their level and call id."""
    rows = stored_events(tmp_path, ASTERISK_FULL, "line, level, message, attributes")
    assert [(r[0], r[1], r[2].splitlines()[0]) for r in rows] == [
        (1, "info", "<--- SIP read from UDP:192.0.2.77:5062 --->"),
        (6, "info", "Executing [401@ext-local:1] Answer()"),
        (7, "warning", "No channel of type 'SIP' (cause 20)"),
    ]
    assert len(rows[0][2].splitlines()) == 4
    attributes = rows[2][3] if isinstance(rows[2][3], dict) else json.loads(rows[2][3])
    assert attributes == {"thread": 31877, "call_id": "C-0000002c", "caller": "app_dial.c"}


DJANGO_RUNSERVER = """\
Watching for file changes with StatReloader
Performing system checks...

System check identified no issues (0 silenced).
February 14, 2025 - 09:31:00
Django version 5.1.6, using settings 'shop.settings'
Starting development server at http://0.0.0.0:8000/
Quit the server with CONTROL-C.

[14/Feb/2025 09:31:05] "GET /api/carts/7/ HTTP/1.1" 200 311
Not Found: /robots.txt
[14/Feb/2025 09:31:06] "GET /robots.txt HTTP/1.1" 404 2213
Internal Server Error: /api/carts/7/checkout/
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/shop/carts/views.py", line 40, in checkout
    cart.pay()
ValueError: empty cart
[14/Feb/2025 09:31:07] "POST /api/carts/7/checkout/ HTTP/1.1" 500 145
/srv/shop/carts/views.py changed, reloading.
"""  # noqa: E501


def test_django_runserver_records_are_not_glued_to_the_request_before_them(tmp_path):
    """The dev server's request lines are one line each; Django's `Not Found` and `Internal
    Server Error` records (message alone, no time) are events of their own, the traceback the
    error's, each at the time of the line before it."""
    rows = stored_events(
        tmp_path,
        DJANGO_RUNSERVER,
        "line, strftime(timestamp, '%H:%M:%S'), level, logger, message, template, exception_type",
    )
    assert [r for r in rows if r[0] >= 10] == [
        (10, "09:31:05", "info", None, "GET /api/carts/7/ HTTP/1.1 200",
         "GET /api/carts/<*>/ 200", None),
        (11, "09:31:05", "warning", "django.request", "Not Found: /robots.txt",
         "Not Found: /robots.txt", None),
        (12, "09:31:06", "warning", None, "GET /robots.txt HTTP/1.1 404",
         "GET /robots.txt 404", None),
        (13, "09:31:06", "error", "django.request", "Internal Server Error: /api/carts/7/checkout/",
         "Internal Server Error: /api/carts/<*>/checkout/", "ValueError"),
        (20, "09:31:07", "error", None, "POST /api/carts/7/checkout/ HTTP/1.1 500",
         "POST /api/carts/<*>/checkout/ 500", None),
        (21, "09:31:07", None, None, "/srv/shop/carts/views.py changed, reloading.",
         "<*> changed, reloading.", None),
    ]  # fmt: skip


def test_a_continues_hook_for_its_own_events_is_asked_only_while_one_is_open():
    """`continues_own` (formats.base): syslog's hook reads the open event's header, so in a
    file of several formats it must not run for every line of the other formats' events."""
    asked: list[str] = []

    class Own:
        name, multiline, continues_own = "own", True, True

        def parse(self, line):
            return FORMATS["syslog"].parse(line)

        def continues(self, line, opened, previous=None):
            asked.append(line)
            return None

    python = FORMATS["python"]
    framer = Framer((python, Own()), multiline=True, unmatched_is_event=True)
    texts = [
        "2024-05-01 12:00:00,000 ERROR app: python's",
        "  an indented line of python's event",
        "May  1 12:00:01 web-1 app[12]: syslog's",
        "  an indented line of syslog's event",
    ]
    for i, text in enumerate(texts):
        list(framer.feed(Line(text, i + 1, 0, 0)))
    assert asked == texts[3:]  # asked under its own event only


@pytest.mark.parametrize(
    ("continuation", "unfinished"),
    [
        (["Traceback (most recent call last):"], True),
        (["Traceback (most recent call last):", '  File "a.py", line 1, in f', "    f()"], True),
        (
            ["Traceback (most recent call last):", '  File "a.py", line 1, in f', "KeyError: 'x'"],
            False,
        ),
        # A chain: the first traceback ended, the next one has not.
        (
            [
                "Traceback (most recent call last):",
                "ValueError: v",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
            ],
            True,
        ),
        (["  indented detail", "  more detail"], False),  # no traceback at all
        ([], False),
    ],
)
def test_a_record_cut_inside_a_traceback_is_unfinished(continuation, unfinished):
    record = Record(None, None, "2026-11-28 10:00:01 ERROR job failed", 1, 0, 10, continuation)
    assert unfinished_traceback(record) is unfinished


def test_a_request_line_among_another_formats_lines_is_its_own_event(tmp_path):
    """gunicorn and uWSGI print their request log on the stdout their own log goes to: a
    request is an event (a 500 an error), never the line before it going on; an indented
    line still goes on, and what follows a request starts its own event."""
    boot = "[2024-05-01 12:00:{:02d} +0000] [7] [INFO] Booting worker with pid: {}"
    text = "\n".join(
        [
            *(boot.format(s, 10 + s) for s in range(12)),
            '10.0.0.5 - - [01/May/2024:12:00:12 +0000] "GET /api/orders/42 HTTP/1.1" 500 53',
            "[pid: 31|app: 0|req: 1/1] 10.0.0.5 () {40 vars in 700 bytes} [Wed May  1 12:00:13"
            " 2024] GET /crc => generated 21 bytes in 0 msecs (HTTP/1.1 404) 2 headers in 83"
            " bytes (0 switches on core 0)",
            "announcing my loyalty to the Emperor...",
            "[2024-05-01 12:00:14 +0000] [7] [ERROR] Error handling request /api/orders/42",
            "  detail: upstream",
        ]
    )
    events = stored_events(tmp_path, text + "\n", "line, format, level, message")
    assert events[11:] == [
        (12, "generic", "info", "Booting worker with pid: 21"),
        (13, "access", "error", "GET /api/orders/42 HTTP/1.1 500"),
        (14, "access", "warning", "GET /crc HTTP/1.1 404"),
        (15, "raw", None, "announcing my loyalty to the Emperor..."),
        (16, "generic", "error", "Error handling request /api/orders/42\n  detail: upstream"),
    ]


# A worker's Python logging file: logger.exception under an ERROR line, a traceback logged with
# exc_info=True under WARNING and DEBUG lines (caught in the function that logged it), then a
# start-up that crashed: the interpreter printed the uncaught exception under the last INFO
# line, and again under a DEBUG line for a `python -m` run.
WORKER_CRASHES = """\
2026-11-28 10:48:31,660 - acme_worker.tasks - ERROR - Task invoices.sync failed
Traceback (most recent call last):
  File "/srv/worker/acme_worker/tasks/invoices.py", line 118, in sync
    result = billing.fetch(since)
TimeoutError: billing timed out
2026-11-28 10:48:32,001 - acme_worker.tasks - WARNING - Retrying invoices.sync in 60s
Traceback (most recent call last):
  File "/srv/worker/acme_worker/tasks/invoices.py", line 118, in sync
    result = billing.fetch(since)
TimeoutError: billing timed out
2026-11-28 10:48:33,002 - acme_worker.cache - DEBUG - cache miss for invoices:since
Traceback (most recent call last):
  File "/srv/worker/acme_worker/cache.py", line 40, in get
    return self._data[key]
KeyError: 'invoices:since'
2026-11-28 11:40:07,220 - acme_worker.main - INFO - Worker starting (pid 4120, concurrency 4)
Traceback (most recent call last):
  File "/srv/worker/.venv/bin/acme-worker", line 8, in <module>
    sys.exit(main())
             ^^^^^^
  File "/srv/worker/acme_worker/broker.py", line 19, in connect
    self.redis.ping()
redis.exceptions.ConnectionError: Error 111 connecting to redis-1:6379. Connection refused.
2026-11-28 11:41:00,100 - acme_worker.main - DEBUG - Config key 'queues' is deprecated
Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "/srv/worker/acme_worker/__main__.py", line 4, in <module>
    main()
ValueError: concurrency must be positive
2026-11-28 11:42:00,000 - acme_worker.main - INFO - Worker starting (pid 4188, concurrency 4)
"""


def test_an_uncaught_traceback_under_a_log_line_below_error_is_its_own_event(tmp_path):
    """A traceback whose outermost frame is the program's entry (`<module>`, `python -m`) went
    up uncaught: the interpreter printed it under whatever line came last, so it is an error
    event of its own, not the INFO or DEBUG line's text. A traceback that starts in the
    function that caught it is the record's (`logger.exception`, `exc_info=True`), at every
    level."""
    rows = stored_events(
        tmp_path,
        WORKER_CRASHES,
        "line, level, message, exception_type, format, timestamp_inferred",
    )
    assert rows == [
        (1, "error", "Task invoices.sync failed", "TimeoutError", "python", False),
        (6, "warning", "Retrying invoices.sync in 60s", "TimeoutError", "python", False),
        (11, "debug", "cache miss for invoices:since", "KeyError", "python", False),
        (16, "info", "Worker starting (pid 4120, concurrency 4)", None, "python", False),
        (
            17,
            "error",
            "redis.exceptions.ConnectionError: Error 111 connecting to redis-1:6379. "
            "Connection refused.",
            "redis.exceptions.ConnectionError",
            "raw",
            True,
        ),
        (24, "debug", "Config key 'queues' is deprecated", None, "python", False),
        (25, "error", "ValueError: concurrency must be positive", "ValueError", "raw", True),
        (30, "info", "Worker starting (pid 4188, concurrency 4)", None, "python", False),
    ]


def test_an_error_record_keeps_a_traceback_that_reached_the_program_entry(tmp_path):
    """A script's `try: main() except Exception: logger.exception(...)` at module level: the
    traceback starts at `<module>` but the ERROR record asked for it."""
    text = (
        "2026-11-28 11:40:07,220 - backup - ERROR - Backup failed\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/local/bin/backup.py", line 52, in <module>\n'
        "    main()\n"
        "OSError: [Errno 28] No space left on device\n"
        "2026-11-28 11:40:08,000 - backup - CRITICAL - Giving up\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/local/bin/backup.py", line 52, in <module>\n'
        "    main()\n"
        "OSError: [Errno 28] No space left on device\n"
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [(1, "error", "OSError"), (6, "critical", "OSError")]


def test_a_warning_keeps_a_traceback_that_reached_the_program_entry(tmp_path):
    """`logger.warning(..., exc_info=True)` in a script's module-level `try`: the traceback
    starts at `<module>`, as an uncaught one's does, but a warning's is its own; the same
    traceback under a DEBUG or INFO line is an uncaught exception's, an event of its own."""
    traceback = (
        "Traceback (most recent call last):\n"
        '  File "/usr/local/bin/sync_mirror.py", line 88, in <module>\n'
        "    manifest = fetch_manifest(MIRROR_URL)\n"
        '  File "/usr/local/bin/sync_mirror.py", line 31, in fetch_manifest\n'
        "    raise ConnectionError(f'{url} unreachable')\n"
        "ConnectionError: https://mirror.example.org/manifest.json unreachable\n"
    )
    text = (
        "2026-11-28 03:00:01,512 - sync_mirror - WARNING - Manifest fetch failed, using cache\n"
        + traceback
        + "2026-11-28 03:00:02,003 - sync_mirror - DEBUG - Loaded manifest from cache\n"
        + traceback
        + "2026-11-28 03:00:02,410 - sync_mirror - INFO - Mirror sync started\n"
        + traceback
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type, format")
    assert rows == [
        (1, "warning", "ConnectionError", "python"),
        (8, "debug", None, "python"),
        (9, "error", "ConnectionError", "raw"),
        (15, "info", None, "python"),
        (16, "error", "ConnectionError", "raw"),
    ]


def test_an_uncaught_traceback_after_a_captured_warning_is_its_own_event(tmp_path):
    """`logging.captureWarnings(True)` logs a warning whose text ends in a line break, so a
    blank line follows it; the script then crashed and the interpreter printed the traceback
    below. Logging never puts a blank line between a record and its own traceback, so that one
    is an error of its own, not the warning's. A chained traceback's blank lines, under its
    separator, stay inside the one event."""
    text = (
        "2026-12-04 10:31:05,402 WARNING py.warnings: /srv/app/main.py:5: DeprecationWarning: "
        "the old API is deprecated\n"
        '  warnings.warn("the old API is deprecated", DeprecationWarning)\n'
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/main.py", line 7, in <module>\n'
        '    config["x"]\n'
        "KeyError: 'x'\n"
        "2026-12-04 10:31:06,000 ERROR app: reload failed\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/main.py", line 12, in <module>\n'
        "    load()\n"
        "KeyError: 'y'\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/main.py", line 14, in <module>\n'
        "    fallback()\n"
        "OSError: no fallback\n"
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type, format")
    assert rows == [
        (1, "warning", None, "python"),
        (4, "error", "KeyError", "raw"),
        (8, "error", "OSError", "python"),
    ]


def test_a_split_traceback_is_held_back_until_it_is_finished():
    """The INFO record is complete once the traceback's first frame shows it uncaught; the
    traceback itself is an open record that ends inside it (`unfinished_traceback`)."""
    texts = WORKER_CRASHES.splitlines()[15:19]
    framer = Framer((FORMATS["python"],), multiline=True, unmatched_is_event=True)
    lines = [Line(t, 16 + i, i * 100, (i + 1) * 100) for i, t in enumerate(texts)]
    out = [r for line in lines for r in framer.feed(line)]
    assert [(r.number, r.continuation, r.end) for r in out] == [(16, [], 100)]
    assert framer.open is not None and framer.open.number == 17
    assert framer.open.start == 100 and unfinished_traceback(framer.open)


def test_a_request_record_in_another_format_s_layout_takes_no_unindented_line(tmp_path):
    """uvicorn writes its access lines in its own `LEVEL:     message` layout, and an app's
    bare line (a logger with no handler, a print) after one is that line's own event, not
    more of the request; an indented line still goes on."""
    text = "\n".join(
        [
            "INFO:     Started server process [19917]",
            'INFO:     127.0.0.1:56666 - "GET /orders/1 HTTP/1.1" 200 OK',
            "order 4 is slow: 68 ms",
            'INFO:     127.0.0.1:56680 - "GET /orders/2 HTTP/1.1" 500 Internal Server Error',
            "  (a detail line)",
        ]
    )
    events = stored_events(tmp_path, text + "\n", "line, message")
    assert events == [
        (1, "Started server process [19917]"),
        (2, "GET /orders/1 HTTP/1.1 200"),
        (3, "order 4 is slow: 68 ms"),
        (4, "GET /orders/2 HTTP/1.1 500\n  (a detail line)"),
    ]


# `python -m http.server` (a BaseHTTPRequestHandler) on stderr: requests, `send_error`'s notes,
# and socketserver's report of a handler's exception between two rules of dashes.
HTTP_SERVER = """\
127.0.0.1 - - [04/Dec/2026 05:48:24] code 404, message File not found
127.0.0.1 - - [04/Dec/2026 05:48:24] "GET /missing.html HTTP/1.1" 404 -
----------------------------------------
Exception occurred during processing of request from ('127.0.0.1', 49354)
Traceback (most recent call last):
  File "/usr/lib/python3.11/socketserver.py", line 691, in process_request_thread
    self.finish_request(request, client_address)
  File "/srv/app/srv.py", line 5, in do_POST
    raise ValueError(f"bad payload for {self.path}")
ValueError: bad payload for /boom/1
----------------------------------------
127.0.0.1 - - [04/Dec/2026 05:48:25] code 405, message no posts here
127.0.0.1 - - [04/Dec/2026 05:48:25] "POST /x HTTP/1.1" 405 -
"""


def test_rules_of_dashes_are_never_events_of_their_own(tmp_path):
    """A rule line says nothing: the one above socketserver's report goes on the request
    before it, the one below goes on the report; the notes are events at their times."""
    rows = stored_events(
        tmp_path, HTTP_SERVER, "line, strftime(timestamp, '%H:%M:%S'), level, message"
    )
    assert rows == [
        (1, "05:48:24", "warning", "code 404, message File not found"),
        (2, "05:48:24", "warning", "GET /missing.html HTTP/1.1 404"),
        (4, "05:48:24", "error",
         "Exception occurred during processing of request from ('127.0.0.1', 49354)"),
        (12, "05:48:25", "warning", "code 405, message no posts here"),
        (13, "05:48:25", "warning", "POST /x HTTP/1.1 405"),
    ]  # fmt: skip
    # A rule with nothing open before it is kept, as an event (no line is lost).
    (tmp_path / "first").mkdir()
    rows = stored_events(tmp_path / "first", "--------\nplain words\n", "line, message")
    assert rows == [(1, "--------"), (2, "plain words")]


def test_a_child_process_s_crash_is_its_own_event_with_its_process_line(tmp_path):
    """multiprocessing writes `Process <name>:` above the traceback of a child that died of an
    exception (CPython 3.11, spawn start method): that line opens the crash's event, as
    threading's `Exception in thread ...:` does, and the log line above stays whole."""
    text = (
        "2026-12-04 10:41:03,392 INFO main: pool starting\n"
        "Process SpawnProcess-1:\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.11/multiprocessing/process.py", line 314, in _bootstrap\n'
        "    self.run()\n"
        '  File "/srv/app/pool.py", line 4, in init\n'
        '    raise RuntimeError("cannot open model file")\n'
        "RuntimeError: cannot open model file\n"
        "2026-12-04 10:41:03,500 INFO main: exit 1\n"
    )
    rows = stored_events(tmp_path, text, "line, level, message, exception_type")
    assert rows == [
        (1, "info", "pool starting", None),
        (2, "error", "Process SpawnProcess-1:", "RuntimeError"),
        (9, "info", "exit 1", None),
    ]


def test_an_exception_python_ignored_is_its_own_event_not_the_log_line_s(tmp_path):
    """An exception raised in `__del__` reaches no caller: Python's unraisable hook prints
    `Exception ignored in: <obj>` and its traceback (starting in the finalizer, not at the
    program's entry) under whatever line came last (CPython 3.11's output). It is an error of
    its own; the INFO lines above keep no exception."""
    ignored = (
        "Exception ignored in: <function Conn.__del__ at 0x7f1cafd3f4c0>\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/db.py", line 5, in __del__\n'
        '    raise OSError("socket already closed")\n'
        "OSError: socket already closed\n"
    )
    text = (
        "2026-12-04 10:48:09,082 INFO main: opening conn 4\n"
        + ignored
        + "2026-12-04 10:48:09,082 INFO main: opening conn 5\n"
        + ignored.replace("0x7f1cafd3f4c0", "0x7f1cafd3f9a0")
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type, template, fingerprint")
    assert [r[:4] for r in rows] == [
        (1, "info", None, "opening conn <*>"),
        (2, "error", "OSError", "Exception ignored in: <*>"),
        (7, "info", None, "opening conn <*>"),
        (8, "error", "OSError", "Exception ignored in: <*>"),
    ]
    assert rows[1][4] == rows[3][4]


def test_a_files_streams_share_one_cache_of_refused_lines():
    """A file of thousands of streams (a day of a Lambda's CloudWatch streams) held a cache of
    refused lines per stream, up to REFUSED_LINES each; one cache serves them all, since what
    every format refuses is refused on any stream. The streams' events are as before."""
    framer = StreamFramer(
        (FORMATS["json"], FORMATS["python"]), multiline=True, unmatched_is_event=True
    )
    texts = [
        "2024-05-01 12:00:00,001 - app - ERROR - failed",
        "Traceback (most recent call last):",
        '  File "/app/main.py", line 3, in <module>',
        "RuntimeError: boom",
    ]
    out = []
    offset = 0
    for stream in ("2024/05/01/[$LATEST]a1", "2024/05/01/[$LATEST]b2", "2024/05/01/[$LATEST]c3"):
        for n, text in enumerate(texts, 1):
            size = len(text) + 1
            out += framer.feed(Line(text, n, offset, offset + size, envelope=(None, stream, None)))
            offset += size
    out += framer.finish()
    records = [r for r in out if isinstance(r, Record)]
    assert len(records) == 3
    assert all("RuntimeError: boom" in r.continuation[-1] for r in records)
    caches = {id(f._refused) for f in framer._framers.values()}
    assert len(framer._framers) == 3 and len(caches) == 1


def test_a_json_body_under_a_text_record_is_its_data(tmp_path):
    # Fluent Bit prints an Elasticsearch response under its own line: the body is JSON, with no
    # time or level, so it goes on the record that printed it; a JSON record beside the text
    # lines (a time, a level) is an event of its own.
    text = (
        "[2024/06/04 06:00:01] [ info] [fluent bit] version=3.0.7\n"
        "[2024/06/04 06:00:02] [error] [output:es:es.0] HTTP status=400 URI=/_bulk, response:\n"
        '{"took":3,"errors":true,"items":[{"create":{"_index":"k8s","status":400}}]}\n'
        "\n"
        '{"level":"warn","time":"2024-06-04T06:00:03Z","msg":"a sidecar\'s own record"}\n'
        "[2024/06/04 06:00:04] [ warn] [engine] failed to flush chunk '1-1717480801.12.flb'\n"
    )
    rows = stored_events(tmp_path, text, "line, format, level, message")
    assert [r[:3] for r in rows] == [
        (1, "generic", "info"),
        (2, "generic", "error"),
        (5, "json", "warning"),
        (6, "generic", "warning"),
    ]
    assert rows[1][3].endswith(
        'response:\n{"took":3,"errors":true,"items":[{"create":{"_index":"k8s","status":400}}]}'
    )


def test_a_unity_players_trailer_is_its_messages_own(tmp_path):
    """A Unity player (Valheim's dedicated server) prints where each message was logged under
    it, after a blank line: the message's, never an event of its own."""
    trailer = "(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)"
    text = (
        f"06/04/2024 06:00:10: Loaded 1246818 zdos\n\n{trailer}\n\n"
        "NullReferenceException: Object reference not set to an instance of an object\n"
        "  at ZNet.Update () [0x000a4] in <c3d2b1a0>:0 \n \n(Filename: <c3d2b1a0> Line: 0)\n\n"
        f"06/04/2024 06:00:11: Game server connected\n \n{trailer}\n\n"
        "Fallback handler could not load library /lib/libc\n"
    )
    events = stored_events(tmp_path, text, "line, message")
    # The trailer ends its message: an exception Unity logs after it is an event of its own.
    assert [line for line, _ in events] == [1, 5, 10, 14]
    assert events[0][1].endswith(trailer) and events[2][1].endswith(trailer)
    assert events[1][1].startswith("NullReferenceException")


def test_gins_errors_under_a_request_are_the_requests(tmp_path):
    """gin prints the errors a handler attached under the request's line (KrakenD's failed
    backends): the request's, while any other unread line after a request is its own."""
    text = (
        '[GIN] 2024/06/04 - 06:19:38 | 500 |   25.813192ms |      10.0.6.140 | GET      "/v1/p/5"\n'
        "Error #01: invalid status code\n"
        "Error #02: context deadline exceeded\n"
        '[GIN] 2024/06/04 - 06:19:54 | 200 |   13.448328ms |       10.0.8.15 | GET      "/v1/p/8"\n'
        "upstream sent garbage\n"
    )
    events = stored_events(tmp_path, text, "line, template")
    assert events == [
        (1, "GET /v1/p/<*> 500"),
        (4, "GET /v1/p/<*> 200"),
        (5, "upstream sent garbage"),
    ]
