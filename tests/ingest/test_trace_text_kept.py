"""A stack trace is stored as it was logged as well as parsed: a parser reads the parts it
knows, and what it skips (Java's `Suppressed:` blocks, the other goroutines of a Go panic)
must still be there for the person reading the event."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.ingest.stored import stored_events

JAVA_TRACE = (
    "java.lang.IllegalStateException: boom\n"
    "\tat com.acme.Service.run(Service.java:10)\n"
    "\tat com.acme.Main.main(Main.java:5)\n"
    "\tSuppressed: java.io.IOException: close failed\n"
    "\t\tat com.acme.Res.close(Res.java:3)\n"
    "\t\tat com.acme.Service.run(Service.java:11)\n"
    "Caused by: java.lang.RuntimeException: root\n"
    "\tat com.acme.Dao.q(Dao.java:7)\n"
    "\t... 2 more"
)

GO_PANIC = (
    "panic: runtime error: index out of range [3] with length 3\n"
    "\n"
    "goroutine 7 [running]:\n"
    "main.handle(...)\n"
    "\t/srv/app/main.go:21 +0x1d\n"
    "\n"
    "goroutine 1 [chan receive]:\n"
    "main.main()\n"
    "\t/srv/app/main.go:40 +0x85"
)


def _events(tmp_path: Path, text: str) -> list[tuple]:
    rows = stored_events(tmp_path, text, "line, exception_type, stack, attributes")
    return [(line, etype, _json(stack), _json(attrs)) for line, etype, stack, attrs in rows]


def _json(text: str | None) -> object:
    return None if text is None else orjson.loads(text)


def test_a_plain_text_trace_keeps_its_suppressed_block(tmp_path: Path):
    text = (
        "2026-11-29 10:00:00.123 ERROR [main] com.acme.Service - request failed\n"
        f"{JAVA_TRACE}\n"
        "2026-11-29 10:00:01.000 INFO [main] com.acme.Service - ok\n"
    )
    (line, etype, stack, attrs), _ = _events(tmp_path, text)
    assert (line, etype) == (1, "java.lang.IllegalStateException")
    assert [e["type"] for e in stack] == [etype, "java.lang.RuntimeException"]  # parsed as before
    assert attrs["exception_text"] == JAVA_TRACE  # and Suppressed: is still there


def test_a_json_field_trace_keeps_every_goroutine(tmp_path: Path):
    records = [
        {"ts": "2026-11-29T10:00:00Z", "level": "error", "msg": "crashed", "stack": GO_PANIC},
        {"ts": "2026-11-29T10:00:01Z", "level": "info", "msg": "restarted"},
    ]
    text = "".join(orjson.dumps(r).decode() + "\n" for r in records)
    rows = _events(tmp_path, text)
    (_, etype, stack, attrs), (_, _, no_stack, other) = rows
    assert etype == "runtime error"  # parsed: the panicking goroutine's frames
    assert [f["function"] for f in stack[0]["frames"]] == ["handle"]
    assert attrs == {"exception_text": GO_PANIC}
    assert no_stack is None and other is None


PY_TRACE = (
    "Traceback (most recent call last):\n"
    '  File "/app/pay.py", line 3, in charge\n'
    "    do()\n"
    "KeyError: 'amount'"
)
NODE_STACK = (
    "TypeError: x is undefined\n    at charge (/app/pay.js:3:9)\n    at main (/app/main.js:1:1)"
)
RECORDS = [
    # Google Cloud Logging's export of a crash on stderr: the trace is the message.
    {"timestamp": "2026-11-29T10:00:00Z", "severity": "ERROR", "textPayload": PY_TRACE + "\n"},
    # A logger handed `err.stack` as its message.
    {"ts": "2026-11-29T10:00:01Z", "level": "error", "msg": NODE_STACK},
    # A message that spans lines and holds no trace stays whole.
    {"ts": "2026-11-29T10:00:02Z", "level": "info", "msg": "config:\n  a: 1\n  b: 2"},
]
EXPECTED = [
    # The traceback's first line says nothing: the event is named by its exception.
    (PY_TRACE.rsplit("\n", 1)[1], "KeyError", PY_TRACE),
    ("TypeError: x is undefined", "TypeError", NODE_STACK),
    ("config:\n  a: 1\n  b: 2", None, None),
]


def _stored_traces(tmp_path: Path, text: str) -> list[tuple]:
    rows = stored_events(
        tmp_path, text, "message, exception_type, attributes->>'exception_text', format"
    )
    return [row[:3] for row in rows if row[3] == "json"]


def test_a_trace_in_a_json_message_is_parsed_block_by_block(tmp_path: Path):
    text = "".join(orjson.dumps(r).decode() + "\n" for r in RECORDS)
    assert _stored_traces(tmp_path, text) == EXPECTED


def test_a_trace_in_a_json_message_is_parsed_between_text_lines(tmp_path: Path):
    """A file that mixes JSON records with text is framed a line at a time: the same events."""
    lines = [orjson.dumps(r).decode() for r in RECORDS]
    text = "\n".join(["2026-11-29 09:59:59,000 - app - INFO - up", *lines]) + "\n"
    assert _stored_traces(tmp_path, text) == EXPECTED


def test_an_uncaught_traceback_in_text_is_named_by_its_exception(tmp_path: Path):
    """What Python prints on stderr for an uncaught exception (a cron job's mail, a service's
    stderr file): the message is the exception, not the traceback's first line, which says
    nothing of it."""
    rows = stored_events(tmp_path, PY_TRACE + "\n", "message, exception_type")
    assert rows == [("KeyError: 'amount'", "KeyError")]


def test_a_go_http_handler_panic_under_a_log_line_is_parsed(tmp_path: Path):
    """Go's standard `log` prefix, and net/http's recovered panic: the goroutine's stack is the
    panic's, though its `panic serving` line is the log line's message."""
    text = (
        "2024/11/29 10:00:05 http: panic serving 10.0.0.1:52044: boom\n"
        "goroutine 18 [running]:\n"
        "main.handler(0xc0000e6000)\n"
        "\t/app/main.go:15 +0x1d\n"
        "2024/11/29 10:00:06 served\n"
    )
    rows = stored_events(tmp_path, text, "line, exception_type, exception_value")
    assert rows == [(1, "panic", "boom"), (5, None, None)]


def test_jvm_frames_under_a_message_that_names_the_exception(tmp_path: Path):
    """Quarkus logs a failed request with the exception at the end of its message and only the
    frames below: the exception is read from the message."""
    text = (
        "2024-11-29 10:00:01,456 ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-1) "
        "HTTP Request to /orders/42 failed, error id: 5b2a-1: java.lang.IllegalStateException: "
        "boom\n"
        "\tat com.acme.OrderResource.get(OrderResource.java:20)\n"
        "2024-11-29 10:00:02,000 INFO  [io.quarkus] (main) ok\n"
    )
    rows = stored_events(tmp_path, text, "line, exception_type, exception_value, logger")
    assert rows == [
        (1, "java.lang.IllegalStateException", "boom", "io.qua.ver.htt.run.QuarkusErrorHandler"),
        (3, None, None, "io.quarkus"),
    ]


def test_a_dotnet_exception_under_a_serilog_console_line(tmp_path: Path):
    """Serilog's console sink writes the exception on the lines below the message: they are the
    event's, and its time of day is read (the date is the file's)."""
    text = (
        "[09:14:02 INF] Now listening on: http://[::]:8080\n"
        "[09:14:05 ERR] Failed to refresh rates\n"
        "System.Net.Http.HttpRequestException: Connection refused (rates.internal:443)\n"
        "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request)\n"
        "   at Acme.Rates.RateClient.RefreshAsync() in /src/Rates/RateClient.cs:line 31\n"
        "[09:14:06 WRN] Using cached rates from 08:00\n"
    )
    rows = stored_events(
        tmp_path, text, "line, level, message, exception_type, timestamp, timestamp_inferred"
    )
    assert [r[:4] for r in rows] == [
        (1, "info", "Now listening on: http://[::]:8080", None),
        (2, "error", "Failed to refresh rates", "System.Net.Http.HttpRequestException"),
        (6, "warning", "Using cached rates from 08:00", None),
    ]
    assert [(r[4].hour, r[4].minute, r[4].second, r[5]) for r in rows] == [
        (9, 14, 2, False),
        (9, 14, 5, False),
        (9, 14, 6, False),
    ]
