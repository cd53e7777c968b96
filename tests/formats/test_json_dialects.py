"""JSON dialects whose fields the aliases do not reach (Loguru's serialize, log4j2's JsonLayout,
GELF) and python-json-logger's `asctime`, as each library documents its records (written for
these tests, not copied from real logs)."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.formats.jsonl import FORMAT, _as_row
from errctl.formats.stacktrace import parse_trace

LOGURU_TRACE = """\
Traceback (most recent call last):

  File "/app/app.py", line 15, in <module>
    main()
    └ <function main at 0x7f3a2c1e0d30>

> File "/app/app.py", line 10, in main
    1 / 0

ZeroDivisionError: division by zero"""


def _loguru(exception: dict | None, text_below: str = "") -> dict:
    head = "2024-05-01 10:00:01.123 | ERROR    | app:main:12 - boom"
    return {
        "text": head + ("\n" + text_below if text_below else "") + "\n",
        "record": {
            "elapsed": {"repr": "0:00:01.000000", "seconds": 1.0},
            "exception": exception,
            "extra": {"request_id": "r-42", "service": "billing"},
            "file": {"name": "app.py", "path": "/app/app.py"},
            "function": "main",
            "level": {"icon": "❌", "name": "ERROR", "no": 40},
            "line": 12,
            "message": "boom",
            "module": "app",
            "name": "app",
            "process": {"id": 1, "name": "MainProcess"},
            "thread": {"id": 1, "name": "MainThread"},
            "time": {"repr": "2024-05-01 10:00:01.123000+00:00", "timestamp": 1714557601.123},
        },
    }


def _both(record: dict):
    """`parse` and `parse_block` of one line, which must agree."""
    line = orjson.dumps(record).decode()
    fields = FORMAT.parse(line)
    (row,) = FORMAT.parse_block([line])
    assert row == _as_row(fields)
    return fields


def test_loguru_serialized_records_are_read_from_their_record():
    f = _both(_loguru(None))
    assert (f.message, f.timestamp, f.level, f.logger, f.service) == (
        "boom",
        1714557601.123,
        "ERROR",
        "app",
        "billing",
    )
    assert f.attributes == {
        "request_id": "r-42",
        "file": "/app/app.py",
        "function": "main",
        "line": 12,
    }
    assert f.exception_text is None


def test_a_loguru_exception_is_the_traceback_in_its_text():
    exception = {"type": "ZeroDivisionError", "value": "division by zero", "traceback": True}
    f = _both(_loguru(exception, LOGURU_TRACE))
    assert f.exception_text == LOGURU_TRACE
    (error,) = parse_trace(f.exception_text)
    assert (error.type, error.value) == ("ZeroDivisionError", "division by zero")
    assert [(x.function, x.lineno, x.source) for x in error.frames] == [
        ("<module>", 15, "main()"),
        ("main", 10, "1 / 0"),
    ]
    # Without the traceback (backtrace off), the type and value alone.
    f = _both(_loguru(exception))
    assert f.exception_text == "ZeroDivisionError: division by zero"


def test_a_record_and_text_that_are_not_loguru_are_read_as_they_stand():
    f = _both({"text": "hello", "record": "not an object"})
    assert f.message == "hello" and f.attributes == {"record": "not an object"}


LOG4J2 = {
    "instant": {"epochSecond": 1714557603, "nanoOfSecond": 123456789},
    "thread": "main",
    "level": "ERROR",
    "loggerName": "com.acme.App",
    "message": "startup failed",
    "thrown": {
        "commonElementCount": 0,
        "localizedMessage": "cannot start",
        "message": "cannot start",
        "name": "java.lang.IllegalStateException",
        "cause": {
            "name": "java.net.ConnectException",
            "message": "Connection refused",
            "extendedStackTrace": [
                {"class": "sun.nio.ch.Net", "method": "connect0", "file": None, "line": -2},
            ],
        },
        "extendedStackTrace": [
            {"class": "com.acme.Db", "method": "open", "file": "Db.java", "line": 41},
            {"class": "com.acme.App", "method": "main", "file": "App.java", "line": 10},
        ],
    },
    "endOfBatch": False,
    "loggerFqcn": "org.apache.logging.log4j.spi.AbstractLogger",
    "contextMap": {"traceId": "4bf92f3577b34da6"},
    "threadId": 1,
    "threadPriority": 5,
}


def test_log4j2_json_layout():
    f = _both(LOG4J2)
    assert (f.message, f.level, f.logger, f.trace_id) == (
        "startup failed",
        "ERROR",
        "com.acme.App",
        "4bf92f3577b34da6",
    )
    assert f.timestamp == 1714557603123456789  # epoch nanoseconds
    assert f.exception_text == (
        "java.lang.IllegalStateException: cannot start\n"
        "\tat com.acme.Db.open(Db.java:41)\n"
        "\tat com.acme.App.main(App.java:10)\n"
        "Caused by: java.net.ConnectException: Connection refused\n"
        "\tat sun.nio.ch.Net.connect0(Unknown Source)"
    )
    chain = parse_trace(f.exception_text)
    assert [e.type for e in chain] == [
        "java.lang.IllegalStateException",
        "java.net.ConnectException",
    ]
    assert f.attributes == {"thread": "main"}
    older = {"timeMillis": 1714557603123, "loggerName": "a.B", "level": "INFO", "message": "hi"}
    assert _both(older).timestamp == 1714557603123


def test_log4j2_json_layout_with_the_stack_trace_as_a_string():
    """`<JsonLayout stacktraceAsString="true"/>` (log4j 2.19): each throwable's
    `extendedStackTrace` is its printed trace, with `%xEx`'s jar suffixes; the top one's holds
    the causes and their suppressed exceptions too."""
    printed = (
        "java.lang.IllegalStateException: could not load order 42\n"
        "\tat App.service(App.java:20) ~[app.jar:?]\n"
        "\tat App.main(App.java:29) ~[app.jar:?]\n"
        "Caused by: java.sql.SQLException: Connection refused: db-42.internal:5432\n"
        "\tat App$Repo.load(App.java:11) ~[app.jar:?]\n"
        "\t... 1 more\n"
    )
    thrown = {
        "commonElementCount": 0,
        "message": "could not load order 42",
        "name": "java.lang.IllegalStateException",
        "cause": {
            "commonElementCount": 1,
            "message": "Connection refused: db-42.internal:5432",
            "name": "java.sql.SQLException",
            "extendedStackTrace": printed.split("Caused by: ", 1)[1],
        },
        "extendedStackTrace": printed,
    }
    f = _both({**LOG4J2, "thrown": thrown})
    assert f.exception_text == printed.rstrip("\n")
    chain = parse_trace(f.exception_text)
    assert [(e.type, [fr.function for fr in e.frames]) for e in chain] == [
        ("java.lang.IllegalStateException", ["main", "service"]),
        ("java.sql.SQLException", ["load"]),
    ]


def test_gelf():
    f = _both(
        {
            "version": "1.1",
            "host": "web-2",
            "short_message": "disk almost full",
            "full_message": "disk almost full\n/var is at 97%",
            "timestamp": 1714557604.123,
            "level": 4,
            "_service": "node-exporter",
            "_mount": "/var",
        }
    )
    assert (f.message, f.timestamp, f.level, f.host, f.service) == (
        "disk almost full",
        1714557604.123,
        "warning",
        "web-2",
        "node-exporter",
    )
    assert f.attributes == {"mount": "/var", "full_message": "disk almost full\n/var is at 97%"}
    trace = "java.lang.IllegalStateException: x\n\tat com.acme.App.main(App.java:10)"
    f = _both({"version": "1.1", "host": "h", "short_message": "x", "full_message": trace})
    assert f.exception_text == trace and f.level is None


def _cloudevent(kind: str, data: dict) -> dict:
    """An event as HashiCorp Boundary writes its event log: a CloudEvents envelope."""
    return {
        "id": "Xl1Y3L8ogH",
        "source": "https://hashicorp.com/boundary/worker-1/worker",
        "specversion": "1.0",
        "type": kind,
        "data": data,
        "datacontentype": "application/cloudevents",
        "time": "2024-06-04T06:15:06.453348695Z",
    }


def test_a_cloudevent_is_read_as_the_record_it_carries():
    system = _both(
        _cloudevent(
            "system",
            {
                "version": "v0.1",
                "op": "worker.(Worker).handleProxy",
                "data": {"msg": "connection closed", "session_id": "s_joL9KdWnYM"},
            },
        )
    )
    assert (system.message, system.level, system.timestamp) == (
        "connection closed",
        None,
        "2024-06-04T06:15:06.453348695Z",
    )
    assert system.attributes["session_id"] == "s_joL9KdWnYM"
    assert system.attributes["ce_type"] == "system"
    error = _both(
        _cloudevent(
            "error",
            {
                "error": "proxy.(Server).handleConnection: error dialing endpoint: dial tcp "
                "10.0.22.9:3389: connect: no route to host",
                "id": "e_g0AS5sEu9B",
                "op": "worker.(Worker).handleProxy",
            },
        )
    )
    assert error.level == "error"
    assert error.message.startswith("proxy.(Server).handleConnection: error dialing endpoint")
    # An observation of a request: its method, path and status name it (`http_records`).
    request = _both(
        _cloudevent(
            "observation",
            {
                "latency-ms": 8.2,
                "request_info": {"id": "gtraceid_5N7B", "method": "POST", "path": "/v1/x"},
                "status": 200,
            },
        )
    )
    assert (request.attributes["method"], request.attributes["path"]) == ("POST", "/v1/x")
    assert request.attributes["request_info"] == {"id": "gtraceid_5N7B"}


def test_python_json_logger_asctime_is_the_time():
    f = _both({"asctime": "2024-05-01 10:00:00,123", "levelname": "ERROR", "message": "x"})
    assert f.timestamp == "2024-05-01 10:00:00,123"


@pytest.mark.parametrize("by_block", [False, True])
def test_dialects_end_to_end(by_block, tmp_path):
    from errctl.ingest.normalize import Normalizer

    mtime = datetime(2026, 1, 1)
    normalizer = Normalizer("app.jsonl", tz=UTC, reference=mtime, fallback_time=mtime)
    records = [_loguru(None), LOG4J2]
    lines = [orjson.dumps(r).decode() for r in records]
    if by_block:
        normalizer.add_rows([1, 2], FORMAT.parse_block(lines), "json")
    else:
        for n, line in enumerate(lines, 1):
            normalizer.add_fields(FORMAT.parse(line), "json", n, False)
    table = normalizer.take().to_pylist()
    assert [r["timestamp"] for r in table] == [
        datetime(2024, 5, 1, 10, 0, 1, 123000),
        datetime(2024, 5, 1, 10, 0, 3, 123456),
    ]
    assert [r["level"] for r in table] == ["error", "error"]
    assert table[1]["exception_type"] == "java.lang.IllegalStateException"


DOTNET = {
    "Timestamp": "2024-05-01T10:00:00.123Z",
    "EventId": 0,
    "LogLevel": "Error",
    "Category": "Shop.Api.OrdersController",
    "Message": "Order 42 failed",
    "Exception": "System.InvalidOperationException: Sequence contains no elements\n"
    "   at Shop.Api.OrdersController.Get(Int32 id) in /src/OrdersController.cs:line 27",
    "State": {
        "Message": "Order 42 failed",
        "OrderId": 42,
        "{OriginalFormat}": "Order {OrderId} failed",
    },
}


def test_dotnet_json_console_records_and_their_templates():
    f = _both(DOTNET)
    assert (f.message, f.timestamp, f.level, f.logger) == (
        "Order 42 failed",
        "2024-05-01T10:00:00.123Z",
        "Error",
        "Shop.Api.OrdersController",
    )
    assert f.exception_text == DOTNET["Exception"]
    assert f.attributes == {"OrderId": 42, "message_template": "Order {OrderId} failed"}
    with_scopes = {**DOTNET, "EventId": 7, "Scopes": [{"RequestId": "r-1"}], "Exception": None}
    f = _both(with_scopes)
    assert f.exception_text is None
    assert f.attributes["event_id"] == 7 and f.attributes["scopes"] == [{"RequestId": "r-1"}]


SERILOG = {
    "Timestamp": "2024-05-01T10:00:01.1234567+00:00",
    "Level": "Warning",
    "MessageTemplate": "Payment {PaymentId} declined after {Ms} ms",
    "Properties": {"PaymentId": "p-9", "Ms": 12, "SourceContext": "Shop.Pay"},
}


def test_serilog_json_formatter_records_as_their_compact_form():
    f = _both(SERILOG)
    assert (f.message, f.level, f.logger) == (
        "Payment p-9 declined after 12 ms",
        "Warning",
        "Shop.Pay",
    )
    assert f.attributes == {
        "PaymentId": "p-9",
        "Ms": 12,
        "message_template": "Payment {PaymentId} declined after {Ms} ms",
    }
    rendered = {**SERILOG, "RenderedMessage": 'Payment "p-9" declined after 12 ms'}
    rendered["Exception"] = (
        "System.Exception: declined\n   at Shop.Pay.Charge() in /s/Pay.cs:line 9"
    )
    f = _both(rendered)
    assert f.message == 'Payment "p-9" declined after 12 ms'
    assert f.attributes["message_template"] == SERILOG["MessageTemplate"]
    assert "@mt" not in f.attributes
    assert f.exception_text == rendered["Exception"]


def test_a_dotnet_template_groups_its_events_exactly(tmp_path):
    from tests.ingest.stored import stored_events

    lines = []
    for order in (42, 43, 1044):
        record = {**DOTNET, "Message": f"Order {order} failed", "Exception": None}
        lines.append(orjson.dumps(record).decode())
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "template, fingerprint")
    assert {r[0] for r in rows} == {"Order <*> failed"}
    assert len({r[1] for r in rows}) == 1


def test_postgresql_jsonlog_names_its_level_error_severity():
    record = {
        "timestamp": "2024-05-01 10:00:00.123 UTC",
        "pid": 1234,
        "error_severity": "ERROR",
        "state_code": "23505",
        "message": 'duplicate key value violates unique constraint "orders_pkey"',
        "detail": "Key (id)=(42) already exists.",
        "backend_type": "client backend",
    }
    f = _both(record)
    assert (f.level, f.timestamp) == ("ERROR", "2024-05-01 10:00:00.123 UTC")
    assert f.attributes["detail"] == "Key (id)=(42) already exists."


def test_pm2_json_logs_name_their_app():
    record = {
        "message": "listening on 3000\n",
        "timestamp": "2024-05-01T10:00:00",
        "type": "out",
        "process_id": 0,
        "app_name": "api",
    }
    f = _both(record)
    assert (f.message, f.service, f.timestamp) == (
        "listening on 3000",
        "api",
        "2024-05-01T10:00:00",
    )


def test_rust_tracing_json_reads_its_fields_and_target():
    record = {
        "timestamp": "2024-11-29T10:00:00.123456Z",
        "level": "ERROR",
        "fields": {"message": "failed to load order", "order_id": 42, "error": "reset by peer"},
        "target": "api::handlers::orders",
        "span": {"name": "request", "method": "GET"},
        "spans": [{"name": "request", "method": "GET"}],
    }
    f = _both(record)
    assert (f.message, f.level, f.logger, f.timestamp) == (
        "failed to load order",
        "ERROR",
        "api::handlers::orders",
        "2024-11-29T10:00:00.123456Z",
    )
    assert f.attributes == {
        "order_id": 42,
        "error": "reset by peer",  # a message, not a stack: an attribute
        "span": {"name": "request", "method": "GET"},
        "spans": [{"name": "request", "method": "GET"}],
    }


def test_cloud_logging_structured_records_time_and_trace():
    record = {
        "severity": "ERROR",
        "message": "charge failed",
        "timestamp": {"seconds": 1732874400, "nanos": 123000000},
        "logging.googleapis.com/trace": "projects/shop/traces/06796866738c859f2f19b7cfb3214824",
    }
    f = _both(record)
    # The bare id, as a LogEntry's `trace` is read and as the services it called log it.
    assert (f.message, f.level, f.trace_id) == (
        "charge failed",
        "ERROR",
        "06796866738c859f2f19b7cfb3214824",
    )
    assert f.timestamp == {"seconds": 1732874400, "nanos": 123000000}  # read by timestamps


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _nextcloud(level: int, exception: dict | None = None) -> dict:
    record = {
        "reqId": "Qm7tYp2RkX9vLc4NbW1s",
        "level": level,
        "time": "2024-06-11T08:14:27+00:00",
        "remoteAddr": "203.0.113.24",
        "user": "jdoe",
        "app": "files",
        "method": "PUT",
        "url": "/remote.php/dav/files/jdoe/Invoices/2024-06.pdf",
        "message": "File not found",
        "userAgent": "Mozilla/5.0 (Linux) mirall/3.13.0",
        "version": "29.0.2.2",
    }
    if exception is not None:
        record["exception"] = exception
    return record


NEXTCLOUD_EXCEPTION = {
    "Exception": "OCP\\Files\\NotFoundException",
    "Message": "File not found",
    "Code": 0,
    "Trace": [
        {
            "file": "/var/www/html/apps/dav/lib/Connector/Sabre/File.php",
            "line": 184,
            "function": "getFileInfo",
            "class": "OC\\Files\\View",
            "type": "->",
        },
        {"function": "put", "class": "OCA\\DAV\\Connector\\Sabre\\File", "type": "->"},
    ],
    "File": "/var/www/html/lib/private/Files/View.php",
    "Line": 1402,
    "Previous": {
        "Exception": "OC\\Files\\Storage\\StorageNotAvailableException",
        "Message": "mount /data/jdoe is gone",
        "Code": 0,
        "Trace": [],
        "File": "/var/www/html/lib/private/Files/Storage/Local.php",
        "Line": 77,
    },
    "CustomMessage": "--",
}


def test_nextcloud_numeric_levels_are_its_own():
    assert [_both(_nextcloud(n)).level for n in range(5)] == [
        "debug",
        "info",
        "warning",
        "error",
        "fatal",
    ]
    f = _both(_nextcloud(1))
    assert (f.message, f.timestamp, f.service) == (
        "File not found",
        "2024-06-11T08:14:27+00:00",
        "files",
    )
    assert f.attributes["reqId"] == "Qm7tYp2RkX9vLc4NbW1s" and "level" not in f.attributes


def test_a_nextcloud_exception_object_is_its_php_trace():
    f = _both(_nextcloud(3, NEXTCLOUD_EXCEPTION))
    assert f.level == "error" and "exception" not in f.attributes
    assert f.exception_text == (
        "OC\\Files\\Storage\\StorageNotAvailableException: mount /data/jdoe is gone in "
        "/var/www/html/lib/private/Files/Storage/Local.php:77\n"
        "Stack trace:\n"
        "#0 {main}\n"
        "Next OCP\\Files\\NotFoundException: File not found in "
        "/var/www/html/lib/private/Files/View.php:1402\n"
        "Stack trace:\n"
        "#0 /var/www/html/apps/dav/lib/Connector/Sabre/File.php(184): "
        "OC\\Files\\View->getFileInfo()\n"
        "#1 [internal function]: OCA\\DAV\\Connector\\Sabre\\File->put()\n"
        "#2 {main}"
    )
    top, cause = parse_trace(f.exception_text)
    assert (top.type, top.value, cause.type, cause.value) == (
        "OCP\\Files\\NotFoundException",
        "File not found",
        "OC\\Files\\Storage\\StorageNotAvailableException",
        "mount /data/jdoe is gone",
    )
    # innermost last: where it was thrown, in the function the first call entered
    assert (top.frames[-1].file, top.frames[-1].lineno, top.frames[-1].function) == (
        "/var/www/html/lib/private/Files/View.php",
        1402,
        "getFileInfo",
    )


def test_a_gitlab_request_log_exception_is_its_ruby_backtrace():
    """production_json.log / api_json.log: Gitlab::ExceptionLogFormatter's flat keys."""
    record = {
        "method": "PUT",
        "path": "/api/v4/projects/7/repository/files/README.md",
        "status": 500,
        "time": "2024-06-03T10:20:30.456Z",
        "correlation_id": "01J0ABCDEF",
        "exception.class": "Gitlab::Git::PreReceiveError",
        "exception.message": "GitLab: You are not allowed to push code to protected branches.",
        "exception.backtrace": [
            "lib/gitlab/git/operation_service.rb:37:in `with_hooks'",
            "app/services/files/update_service.rb:12:in `create_commit!'",
        ],
        "duration_s": 0.42,
    }
    f = _both(record)
    assert f.exception_text == (
        "GitLab: You are not allowed to push code to protected branches. "
        "(Gitlab::Git::PreReceiveError)\n"
        "lib/gitlab/git/operation_service.rb:37:in `with_hooks'\n"
        "app/services/files/update_service.rb:12:in `create_commit!'"
    )
    assert f.timestamp == "2024-06-03T10:20:30.456Z"
    assert f.attributes["status"] == 500 and f.attributes["correlation_id"] == "01J0ABCDEF"
    assert not any(k.startswith("exception.") for k in f.attributes)
    (top,) = parse_trace(f.exception_text)
    assert (top.type, top.value, top.language) == (
        "Gitlab::Git::PreReceiveError",
        "GitLab: You are not allowed to push code to protected branches.",
        "ruby",
    )
    assert (top.frames[-1].file, top.frames[-1].lineno, top.frames[-1].function) == (
        "lib/gitlab/git/operation_service.rb",
        37,
        "with_hooks",
    )


def test_a_gitlab_sidekiq_job_failure_is_its_ruby_backtrace():
    record = {
        "severity": "WARN",
        "time": "2024-06-03T10:21:00.001Z",
        "class": "ProjectExportWorker",
        "jid": "0f1e2d3c4b5a69788796a5b4",
        "message": "ProjectExportWorker JID-0f1e2d3c4b5a69788796a5b4: fail: 3.2 sec",
        "job_status": "fail",
        "error_class": "Errno::ENOSPC",
        "error_message": "No space left on device @ io_write - /var/opt/gitlab/tmp/export.tgz",
        "error_backtrace": ["app/services/projects/import_export/export_service.rb:88:in `save'"],
    }
    f = _both(record)
    assert (f.message, f.level) == (
        "ProjectExportWorker JID-0f1e2d3c4b5a69788796a5b4: fail: 3.2 sec",
        "WARN",
    )
    (top,) = parse_trace(f.exception_text)
    assert (top.type, top.value) == (
        "Errno::ENOSPC",
        "No space left on device @ io_write - /var/opt/gitlab/tmp/export.tgz",
    )
    assert [(fr.function, fr.lineno) for fr in top.frames] == [("save", 88)]
    assert f.attributes == {
        "class": "ProjectExportWorker",
        "jid": "0f1e2d3c4b5a69788796a5b4",
        "job_status": "fail",
    }


def test_a_gitlab_exception_without_backtrace_keeps_its_fields():
    """A class and a message alone make no trace: they stay attributes, as logged."""
    record = {
        "severity": "ERROR",
        "time": "2024-06-03T10:22:00.000Z",
        "message": "Error processing OmniAuth callback",
        "exception.class": "OAuth2::Error",
        "exception.message": "invalid_grant",
    }
    f = _both(record)
    assert f.exception_text is None
    assert f.attributes == {
        "exception.class": "OAuth2::Error",
        "exception.message": "invalid_grant",
    }


_DIALECT_KEYS = [
    ("text", "record"),
    ("instant", "loggerName", "level", "message", "thrown", "contextMap"),
    ("timeMillis", "loggerName", "message"),
    ("version", "short_message", "full_message", "level", "timestamp", "_service"),
    ("Timestamp", "LogLevel", "Category", "Message", "Exception", "State", "EventId", "Scopes"),
    ("Timestamp", "Level", "MessageTemplate", "RenderedMessage", "Exception", "Properties"),
    ("timestamp", "level", "fields", "target", "span", "spans"),
    ("reqId", "level", "time", "remoteAddr", "user", "app", "message", "userAgent", "exception"),
    ("time", "status", "exception.class", "exception.message", "exception.backtrace"),
    ("severity", "message", "error_class", "error_message", "error_backtrace", "stack_trace"),
]


@settings(max_examples=300)
@given(
    st.sampled_from(_DIALECT_KEYS).flatmap(
        lambda keys: st.fixed_dictionaries({k: _JSON for k in keys})
    )
)
def test_any_values_under_a_dialects_keys_never_break_reading(record: dict):
    """Each dialect's rewrite meets whatever types a writer put under its keys: never an
    error, and the line and block readings agree."""
    _both(record)


def test_google_cloud_log_entry_names_service_host_and_trace():
    # A GKE container's entry as `gcloud logging read --format=json` prints it.
    entry = {
        "insertId": "5f2a1c",
        "jsonPayload": {"message": "upstream connect error", "latency_ms": 532},
        "resource": {
            "type": "k8s_container",
            "labels": {"container_name": "api", "pod_name": "api-7f9c-x2", "project_id": "p"},
        },
        "timestamp": "2026-11-27T12:00:00.123456Z",
        "severity": "ERROR",
        "logName": "projects/p/logs/stderr",
        "trace": "projects/p/traces/06796866738c859f2f19b7cfb3214824",
        "receiveTimestamp": "2026-11-27T12:00:01Z",
    }
    f = _both(entry)
    assert (f.message, f.level, f.service, f.host, f.trace_id, f.timestamp) == (
        "upstream connect error",
        "ERROR",
        "api",
        "api-7f9c-x2",
        "06796866738c859f2f19b7cfb3214824",
        "2026-11-27T12:00:00.123456Z",
    )
    assert f.attributes["resource"]["labels"]["pod_name"] == "api-7f9c-x2"  # kept as it was
    assert f.attributes["logName"] == "projects/p/logs/stderr"
    # Cloud Run names its service; an entry without `timestamp` takes when Logging got it.
    run = {
        "textPayload": "worker timeout",
        "resource": {"type": "cloud_run_revision", "labels": {"service_name": "billing"}},
        "logName": "projects/p/logs/run.googleapis.com%2Fstderr",
        "receiveTimestamp": "2026-11-27T12:00:02Z",
    }
    f = _both(run)
    assert (f.message, f.service, f.host, f.timestamp) == (
        "worker timeout",
        "billing",
        None,
        "2026-11-27T12:00:02Z",
    )


def test_google_cloud_audit_log_call_is_the_message():
    entry = {
        "protoPayload": {
            "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
            "methodName": "storage.objects.get",
            "resourceName": "projects/_/buckets/b/objects/o",
            "status": {"code": 7, "message": "PERMISSION_DENIED"},
        },
        "resource": {"type": "gcs_bucket", "labels": {"bucket_name": "b"}},
        "severity": "ERROR",
        "logName": "projects/p/logs/cloudaudit.googleapis.com%2Fdata_access",
        "timestamp": "2026-11-27T12:00:00Z",
    }
    f = _both(entry)
    assert f.message == "storage.objects.get projects/_/buckets/b/objects/o: PERMISSION_DENIED"
    assert f.attributes["protoPayload"]["methodName"] == "storage.objects.get"


def test_clef_without_level_is_information_and_source_context_is_the_logger():
    f = _both({"@t": "2026-11-27T12:00:01Z", "@mt": "Started in {Elapsed} ms", "Elapsed": 532})
    assert (f.message, f.level, f.logger) == ("Started in 532 ms", "Information", None)
    f = _both(
        {"@t": "2026-11-27T12:00:01Z", "@m": "Cache warm", "@l": "Debug", "SourceContext": "Shop"}
    )
    assert (f.message, f.level, f.logger) == ("Cache warm", "Debug", "Shop")


def _audit(code: int | None, reason: str = "") -> dict:
    record = {
        "kind": "Event",
        "apiVersion": "audit.k8s.io/v1",
        "level": "Metadata",
        "auditID": "0b1c-4d2e",
        "stage": "ResponseComplete",
        "requestURI": "/api/v1/namespaces/shop/pods/api-7f9c?timeout=10s",
        "verb": "delete",
        "user": {"username": "system:serviceaccount:ci:deployer"},
        "objectRef": {"resource": "pods", "namespace": "shop", "name": "api-7f9c"},
        "requestReceivedTimestamp": "2026-11-27T12:00:00.000000Z",
        "stageTimestamp": "2026-11-27T12:00:00.010000Z",
    }
    if code is not None:
        record["responseStatus"] = {"metadata": {}, "code": code, "reason": reason}
    return record


def test_kubernetes_audit_event_is_its_request():
    f = _both(_audit(403, "Forbidden"))
    assert (f.message, f.level, f.service, f.timestamp) == (
        "delete pods 403 Forbidden",
        "warning",
        "kube-apiserver",
        "2026-11-27T12:00:00.010000Z",
    )
    # The template is exact: a 403 and a 500 of one call never merge, and the object's name
    # (in the URI) never splits them.
    assert f.attributes["message_template"] == "delete pods 403 Forbidden"
    assert f.attributes["audit_level"] == "Metadata"
    assert f.attributes["requestURI"].startswith("/api/v1/namespaces/shop/pods/api-7f9c")
    assert _both(_audit(500, "InternalError")).level == "error"
    assert _both(_audit(200)).message == "delete pods 200"
    no_status = _both(_audit(None))
    assert (no_status.message, no_status.level) == ("delete pods", None)


def test_elasticsearch_7_component_is_the_logger_and_the_node_the_host():
    record = {
        "type": "server",
        "timestamp": "2026-11-27T12:00:00,123Z",
        "level": "WARN",
        "component": "o.e.c.r.a.DiskThresholdMonitor",
        "cluster.name": "prod",
        "node.name": "es-1",
        "message": "high disk watermark [90%] exceeded on [abc][es-1]",
        "cluster.uuid": "u1",
    }
    f = _both(record)
    assert (f.logger, f.host, f.service, f.level) == (
        "o.e.c.r.a.DiskThresholdMonitor",
        "es-1",
        "elasticsearch",
        "WARN",
    )
    assert f.attributes == {"type": "server", "cluster.name": "prod", "cluster.uuid": "u1"}


def _trail(**extra) -> dict:
    """A CloudTrail record, as a trail's file holds it (one of its `Records`)."""
    return {
        "eventVersion": "1.09",
        "userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::123456789012:user/deploy"},
        "eventTime": "2026-11-27T12:00:00Z",
        "eventSource": "ec2.amazonaws.com",
        "eventName": "RunInstances",
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "203.0.113.7",
        **extra,
    }


def test_cloudtrail_record_is_its_call_and_a_refusal_a_warning():
    denied = "You are not authorized to perform this operation. Encoded message: AbC1x"
    f = _both(_trail(errorCode="Client.UnauthorizedOperation", errorMessage=denied))
    assert (f.message, f.level, f.service, f.timestamp) == (
        f"ec2.amazonaws.com RunInstances: Client.UnauthorizedOperation {denied}",
        "warning",
        "ec2.amazonaws.com",
        "2026-11-27T12:00:00Z",
    )
    # The call and the code are exact, the free text a placeholder.
    assert f.attributes == {
        "eventVersion": "1.09",
        "userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::123456789012:user/deploy"},
        "eventName": "RunInstances",
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "203.0.113.7",
        "errorCode": "Client.UnauthorizedOperation",
        "errorMessage": denied,
        "message_template": (
            "ec2.amazonaws.com RunInstances: Client.UnauthorizedOperation {errorMessage}"
        ),
    }
    ok = _both(_trail())
    assert (ok.message, ok.level, ok.attributes["message_template"]) == (
        "ec2.amazonaws.com RunInstances",
        "info",
        "ec2.amazonaws.com RunInstances",
    )
    login = _both(
        _trail(
            eventSource="signin.amazonaws.com",
            eventName="ConsoleLogin",
            responseElements={"ConsoleLogin": "Failure"},
            errorMessage="Failed authentication",
        )
    )
    assert (login.message, login.level) == (
        "signin.amazonaws.com ConsoleLogin: Failure Failed authentication",
        "warning",
    )


def test_cloudwatch_event_message_with_a_lambda_runtime_header():
    rid = "8f5b2c1e-4a7d-4e21-9c3b-5d6e7f809a1b"
    event = {
        "logGroup": "/aws/lambda/checkout",
        "logStream": "2026/11/27/[$LATEST]abc",
        "id": "1",
        "timestamp": 1764244800000,
        "message": f"2026-11-27T12:00:00.000Z\t{rid}\tERROR\tpayment failed\n",
    }
    f = _both(event)
    assert (f.message, f.level, f.service, f.timestamp) == (
        "payment failed",
        "ERROR",
        "/aws/lambda/checkout",
        1764244800000,
    )
    assert f.attributes == {"logStream": "2026/11/27/[$LATEST]abc", "id": "1", "request_id": rid}
    # A message that is JSON is the program's own record; one with no header stays as it is.
    event["message"] = '{"time":"2026-11-27T12:00:01Z","level":"warn","msg":"slow"}\n'
    f = _both(event)
    assert (f.message, f.level, f.timestamp) == ("slow", "warn", "2026-11-27T12:00:01Z")
    event["message"] = "plain text\n"
    f = _both(event)
    assert (f.message, f.level, f.service) == ("plain text", None, "/aws/lambda/checkout")


def test_otlp_log_record_is_read_from_its_any_values():
    record = {
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
        "scope": {"name": "com.shop.payments", "version": "2.1.0"},
        "timeUnixNano": "1764244800123456789",
        "severityNumber": 21,
        "body": {
            "kvlistValue": {
                "values": [
                    {"key": "event", "value": {"stringValue": "charge"}},
                    {"key": "tries", "value": {"arrayValue": {"values": [{"intValue": "3"}]}}},
                ]
            }
        },
        "attributes": [
            {"key": "msg", "value": {"stringValue": "an attribute of that name"}},
            {"key": "ratio", "value": {"doubleValue": 0.5}},
        ],
        "flags": 1,
        "traceId": "",
        "spanId": "",
    }
    f = _both(record)
    assert (f.message, f.level, f.service, f.logger, f.timestamp, f.trace_id) == (
        '{"event":"charge","tries":[3]}',
        "fatal",  # severityNumber 21-24, with no severityText
        "checkout",
        "com.shop.payments",
        1764244800123456789,
        None,
    )
    assert f.attributes == {
        "otel.scope.version": "2.1.0",
        "attributes.msg": "an attribute of that name",
        "ratio": 0.5,
    }


def test_cloudwatch_event_message_in_a_text_layout_is_read_as_that_layout():
    """An ECS task's or the CloudWatch agent's line keeps its own level, logger, service and
    trace: the program's layout is read (the record's time stays the event's)."""
    event = {
        "logStreamName": "ecs/api/5f2a",
        "timestamp": 1764244800000,
        "message": "2026-11-27 12:00:00,123 - payments.api - ERROR - charge failed for 1812\n"
        "Traceback (most recent call last):\n"
        '  File "/app/pay.py", line 3, in pay\n'
        "ValueError: declined",
        "logGroup": "/ecs/shop",
    }
    f = _both(event)
    assert (f.message, f.level, f.logger, f.service, f.timestamp) == (
        "charge failed for 1812",
        "ERROR",
        "payments.api",
        "/ecs/shop",
        1764244800000,
    )
    assert f.exception_text.endswith("ValueError: declined")
    event["message"] = 'ts=2026-11-27T12:00:01Z level=warn service=gateway msg="slow" took=532ms'
    f = _both(event)
    assert (f.message, f.level, f.service) == ("slow", "warn", "gateway")
    assert (f.attributes["logGroup"], f.attributes["took"]) == ("/ecs/shop", "532ms")
    # Lines below a header that are no trace stay the message's.
    event["message"] = "2026-11-27 12:00:02,000 - app - INFO - config:\n  a: 1"
    assert _both(event).message == "config:\n  a: 1"


def _eve(event_type: str, **body) -> dict:
    """A Suricata EVE record as `eve.json` holds it: the flow's five-tuple, then its type's own."""
    return {
        "timestamp": "2026-11-27T12:00:00.123456+0000",
        "flow_id": 1482593817443201,
        "in_iface": "ens5",
        "event_type": event_type,
        "src_ip": "10.20.0.7",
        "src_port": 40312,
        "dest_ip": "198.51.100.9",
        "dest_port": 80,
        "proto": "TCP",
        **body,
    }


def test_suricata_alert_is_its_rule_at_its_severity():
    rule = "ET POLICY curl User-Agent Outbound"
    alert = {
        "action": "allowed",
        "gid": 1,
        "signature_id": 2013028,
        "rev": 7,
        "signature": rule,
        "category": "Attempted Information Leak",
        "severity": 2,
    }
    f = _both(_eve("alert", alert=alert, app_proto="http"))
    assert (f.message, f.level, f.service, f.timestamp) == (
        rule,
        "warning",
        "suricata",
        "2026-11-27T12:00:00.123456+0000",
    )
    assert f.attributes["message_template"] == rule  # one group per rule, never masked
    assert f.attributes["alert"]["signature_id"] == 2013028
    assert (f.attributes["src_ip"], f.attributes["dest_port"]) == ("10.20.0.7", 80)
    high = _both(_eve("alert", alert={**alert, "severity": 1, "signature": "ET MALWARE x"}))
    assert high.level == "error"
    assert _both(_eve("alert", alert={**alert, "severity": 3})).level == "info"


def test_suricata_protocol_records_name_their_type():
    http = _both(
        _eve(
            "http",
            tx_id=0,
            http={
                "hostname": "shop.example",
                "url": "/api/orders/7731",
                "http_method": "POST",
                "protocol": "HTTP/1.1",
                "status": 503,
            },
        )
    )
    assert (http.message, http.level, http.attributes["message_template"]) == (
        "http POST shop.example/api/orders/7731 503",
        "error",
        "http POST {hostname}/api/orders/<*> 503",
    )
    assert http.attributes["http"]["status"] == 503
    anomaly = _both(
        _eve("anomaly", anomaly={"type": "stream", "event": "stream.pkt_invalid_timestamp"})
    )
    assert (anomaly.message, anomaly.level, anomaly.attributes["message_template"]) == (
        "anomaly stream.pkt_invalid_timestamp",
        "warning",
        "anomaly stream.pkt_invalid_timestamp",
    )
    dns = _both(
        _eve(
            "dns",
            dns={"type": "answer", "rrname": "db.internal", "rrtype": "A", "rcode": "NXDOMAIN"},
        )
    )
    assert (dns.message, dns.level, dns.attributes["message_template"]) == (
        "dns answer db.internal A NXDOMAIN",
        "info",
        "dns answer {rrname} A NXDOMAIN",
    )
    v3 = _both(
        _eve(
            "dns",
            dns={"version": 3, "type": "request", "queries": [{"rrname": "a.b", "rrtype": "AAAA"}]},
        )
    )
    assert v3.message == "dns request a.b AAAA"
    flow = _both(_eve("flow", app_proto="tls", flow={"state": "closed", "reason": "timeout"}))
    assert (flow.message, flow.level, flow.service) == ("flow TCP tls closed", "info", "suricata")
    tls = _both(_eve("tls", tls={"sni": "api.example", "version": "TLS 1.3"}))
    assert (tls.message, tls.attributes["message_template"]) == (
        "tls api.example TLS 1.3",
        "tls {sni} TLS 1.3",
    )
    stats = _both(
        {
            "timestamp": "2026-11-27T12:00:00.000000+0000",
            "event_type": "stats",
            "stats": {"uptime": 8},
        }
    )
    assert (stats.message, stats.level, stats.attributes["stats"]) == (
        "stats",
        "info",
        {"uptime": 8},
    )
    # A record with an `event_type` but nothing of Suricata's is read as it stands.
    other = _both({"timestamp": "2026-11-27T12:00:00Z", "event_type": "login", "message": "hi"})
    assert (other.message, other.service) == ("hi", None)


def test_lambda_platform_records_are_named_by_their_type():
    """AWS Lambda's JSON log format writes the platform's own records as `{"time", "type",
    "record"}`: debug, a report info, one whose status is not success an error."""
    rid = "6f7f0961-2ad3-4f4a-9a0b-1e2d3c4b5a69"
    start = _both(
        {"time": "2024-05-01T12:00:00Z", "type": "platform.start", "record": {"requestId": rid}}
    )
    assert (start.message, start.level, start.timestamp) == (
        "platform.start",
        "debug",
        "2024-05-01T12:00:00Z",
    )
    assert start.attributes == {"request_id": rid, "message_template": "platform.start"}
    report = {"requestId": rid, "metrics": {"durationMs": 3000.0}, "status": "timeout"}
    f = _both({"time": "2024-05-01T12:00:03Z", "type": "platform.report", "record": report})
    assert (f.message, f.level) == ("platform.report timeout", "error")
    assert f.attributes["record"] == {"metrics": {"durationMs": 3000.0}, "status": "timeout"}
    # Another `type` with a `record` is no platform record: read as it stands.
    g = _both({"time": "2024-05-01T12:00:03Z", "type": "order", "record": {"id": 1}})
    assert g.level is None and "platform" not in g.message


def test_kubernetes_json_logs_take_their_level_from_v_and_err():
    """component-base's JSON format writes no level: `v` on InfoS records, `err` on ErrorS's."""
    info = _both({"ts": 1714564800123.4568, "caller": "app/server.go:163", "msg": "up", "v": 2})
    assert (info.level, info.attributes) == ("info", {"caller": "app/server.go:163", "v": 2})
    error = _both(
        {
            "ts": 1714564801500.1,
            "caller": "kubelet/pod_workers.go:1298",
            "msg": "Error syncing pod, skipping",
            "err": "CrashLoopBackOff",
        }
    )
    assert error.level == "error"
    # A logger that writes a level keeps it.
    zap = _both({"ts": 1.5, "caller": "a.go:1", "msg": "x", "err": "y", "level": "warn"})
    assert zap.level == "warn"


def test_otlp_log_record_with_plain_body_and_attributes():
    """A record written without OTLP's AnyValue wrappers (SDK console exporters, shippers):
    the plain body is the message, the plain attributes are read as OTLP's."""
    f = _both(
        {
            "timeUnixNano": "1714564802000000000",
            "severityNumber": 17,
            "body": "charge failed",
            "attributes": {"http.route": "/pay"},
            "resource": {"attributes": {"service.name": "edge", "host.name": "web-1"}},
        }
    )
    assert (f.message, f.level, f.service, f.host) == ("charge failed", "error", "edge", "web-1")
    assert f.attributes == {"http.route": "/pay"}


def test_otel_log_data_model_field_names():
    """The data model's own names (sourcegraph/log): `SeverityText`, `Timestamp` in
    nanoseconds, `Body`, `InstrumentationScope` the logger, plain `Resource` and `Attributes`."""
    f = _both(
        {
            "SeverityText": "WARN",
            "Timestamp": 1717740006262594626,
            "InstrumentationScope": "frontend.search",
            "Caller": "jobutil/log_job.go:94",
            "Body": "slow search request",
            "Resource": {"service.name": "frontend", "service.version": "5.4.5099"},
            "Attributes": {"duration": "2.2s"},
        }
    )
    assert (f.message, f.level, f.service, f.logger) == (
        "slow search request",
        "WARN",
        "frontend",
        "frontend.search",
    )
    assert f.timestamp == 1717740006262594626
    assert f.attributes == {
        "Caller": "jobutil/log_job.go:94",
        "service.version": "5.4.5099",
        "duration": "2.2s",
    }
    # A number for the level, and no scope.
    f = _both({"SeverityNumber": 17, "Timestamp": 1717740006262594626, "Body": "charge failed"})
    assert (f.message, f.level) == ("charge failed", "error")


def test_dotnet_json_console_scope_trace_id_and_no_timestamp():
    """With IncludeScopes, ASP.NET Core's activity scope names the trace; without a
    TimestampFormat the formatter writes no Timestamp, and no empty attribute stands for it."""
    f = _both(
        {
            "EventId": 1,
            "LogLevel": "Error",
            "Category": "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
            "Message": "An unhandled exception has occurred while executing the request.",
            "State": {"{OriginalFormat}": "An unhandled exception has occurred."},
            "Scopes": [
                {
                    "Message": "SpanId:00f067aa0ba902b7, TraceId:4bf92f3577b34da6, ParentId:0000",
                    "SpanId": "00f067aa0ba902b7",
                    "TraceId": "4bf92f3577b34da6",
                    "ParentId": "0000",
                },
                {"Message": "RequestPath:/orders/7", "RequestPath": "/orders/7"},
            ],
        }
    )
    assert f.trace_id == "4bf92f3577b34da6"
    assert f.timestamp is None
    assert "timestamp" not in f.attributes


def test_kubernetes_shipper_records_are_read_as_the_container_wrote_its_line():
    """Fluent Bit's kubernetes filter (and Fluentd's, Vector's kubernetes_logs): the
    container's line in `log` or `message`, the pod's metadata beside it."""
    meta = {"pod_name": "ctrl-5c9d", "namespace_name": "kube-system", "host": "node-3"}
    klog = _both(
        {
            "time": "2024-05-01T12:00:00.123456789Z",
            "stream": "stderr",
            "_p": "F",
            "log": "E0501 12:00:00.123456       1 controller.go:114] failed to sync: refused",
            "kubernetes": {**meta, "container_name": "manager"},
        }
    )
    assert (klog.message, klog.level, klog.service, klog.host) == (
        "failed to sync: refused",
        "error",
        "manager",
        "node-3",
    )
    assert klog.timestamp == "2024-05-01T12:00:00.123456789Z"
    assert klog.attributes["kubernetes"]["pod_name"] == "ctrl-5c9d"
    inner = '{"level":"error","ts":1714564801.5,"msg":"reconcile failed","logger":"deploy"}'
    vector = _both(
        {
            "timestamp": "2024-05-01T12:00:01.5Z",
            "message": inner,
            "stream": "stdout",
            "kubernetes": {"container_name": "op", "pod_node_name": "node-4"},
        }
    )
    assert (vector.message, vector.level, vector.logger, vector.service, vector.host) == (
        "reconcile failed",
        "error",
        "deploy",
        "op",
        "node-4",
    )


def test_jboss_json_records_read_their_mdc_and_exception_object():
    """Quarkus's and WildFly's JSON (JBoss LogManager): the logger, the host, the MDC's trace
    id, and the "detailed" exception object as the JVM's trace, its cause included."""
    f = _both(
        {
            "timestamp": "2024-05-01T14:00:01.456+02:00",
            "sequence": 2,
            "loggerClassName": "org.jboss.logging.Logger",
            "loggerName": "io.quarkus.vertx.http.runtime.QuarkusErrorHandler",
            "level": "ERROR",
            "message": "HTTP Request to /orders/7 failed",
            "mdc": {"traceId": "4bf92f3577b34da6a3ce929d0e0e4736"},
            "hostName": "orders-7d9f",
            "exception": {
                "refId": 1,
                "exceptionType": "java.lang.IllegalStateException",
                "message": "Order not found: 7",
                "frames": [
                    {"class": "com.example.OrderResource", "method": "get", "line": 31},
                    {"class": "com.example.OrderResource$invoker", "method": "invoke", "line": -1},
                ],
                "causedBy": {
                    "exception": {
                        "refId": 2,
                        "exceptionType": "java.sql.SQLException",
                        "message": "Connection closed",
                        "frames": [],
                    }
                },
            },
        }
    )
    assert (f.logger, f.host, f.trace_id) == (
        "io.quarkus.vertx.http.runtime.QuarkusErrorHandler",
        "orders-7d9f",
        "4bf92f3577b34da6a3ce929d0e0e4736",
    )
    assert f.exception_text == (
        "java.lang.IllegalStateException: Order not found: 7\n"
        "\tat com.example.OrderResource.get(OrderResource.java:31)\n"
        "\tat com.example.OrderResource$invoker.invoke(Unknown Source)\n"
        "Caused by: java.sql.SQLException: Connection closed"
    )


def test_azure_resource_logs_are_named_by_their_text_or_their_operation():
    resource = "/SUBSCRIPTIONS/0000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV1"
    audit = _both(
        {
            "time": "2024-05-01T12:00:02.0000000Z",
            "resourceId": resource,
            "category": "AuditEvent",
            "operationName": "SecretGet",
            "resultType": "Success",
            "resultSignature": "Forbidden",
            "level": "Warning",
            "properties": {"httpStatusCode": 403},
        }
    )
    assert (audit.message, audit.level, audit.service) == (
        "SecretGet Success",
        "Warning",
        "kv1",
    )
    assert audit.attributes["message_template"] == "SecretGet Success"
    console = _both(
        {
            "time": "2024-05-01T12:00:01.5000000Z",
            "resourceId": "/SUBSCRIPTIONS/0/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.WEB/SITES/SHOP",
            "category": "AppServiceConsoleLogs",
            "operationName": "Microsoft.Web/sites/log",
            "level": "Error",
            "resultDescription": "Unhandled exception. System.InvalidOperationException: boom",
        }
    )
    assert (console.message, console.service) == (
        "Unhandled exception. System.InvalidOperationException: boom",
        "shop",
    )
    assert "message_template" not in console.attributes


def test_gelf_senders_name_the_logger_and_the_service_in_additional_fields():
    """Spring Boot's GELF structured logging (`_log_logger`, `_service_name`) and the
    logstash-gelf appenders (`_LoggerName`)."""
    spring = _both(
        {
            "version": "1.1",
            "short_message": "Started Application in 0.295 seconds",
            "timestamp": 1722328870.561,
            "level": 6,
            "_level_name": "INFO",
            "_process_thread_name": "main",
            "host": "web-1",
            "_log_logger": "org.example.Application",
            "_service_name": "myapp",
        }
    )
    assert (spring.logger, spring.service, spring.host) == (
        "org.example.Application",
        "myapp",
        "web-1",
    )
    appender = _both({"version": "1.0", "short_message": "x", "_LoggerName": "com.example.A"})
    assert appender.logger == "com.example.A"


def test_clef_formatted_holes_take_their_renderings():
    """Serilog's CompactJsonFormatter writes the raw value of a formatted hole and, in `@r`,
    how .NET formatted it: the message shows what Serilog itself would."""
    f = _both(
        {
            "@t": "2024-05-01T12:00:03Z",
            "@mt": "Disk {Drive} is {Pct:P0} full after {Elapsed:000} ms",
            "@l": "Warning",
            "@r": ["85 %", "034"],
            "Drive": "C:",
            "Pct": 0.85,
            "Elapsed": 34,
        }
    )
    assert f.message == "Disk C: is 85 % full after 034 ms"
    assert (
        f.attributes["message_template"] == "Disk {Drive} is {Pct:P0} full after {Elapsed:000} ms"
    )
    # Without renderings, the raw values.
    g = _both({"@t": "2024-05-01T12:00:03Z", "@mt": "{Pct:P0} full", "Pct": 0.85})
    assert g.message == "0.85 full"


def test_docker_fluentd_driver_records_are_read_as_the_container_wrote_its_line():
    """Docker's fluentd logging driver (and ECS's FireLens) sends no time: the line's own is
    the event's; the container, without Docker's leading slash, is the service."""
    f = _both(
        {
            "container_id": "3f1c9a2b7e4d",
            "container_name": "/shop-web-1",
            "source": "stderr",
            "log": "2024-05-01 12:00:01,456 ERROR [app.db] query failed",
        }
    )
    assert (f.message, f.level, f.logger, f.service, f.timestamp) == (
        "query failed",
        "ERROR",
        "app.db",
        "shop-web-1",
        "2024-05-01 12:00:01,456",
    )
    assert f.attributes["source"] == "stderr"


def test_logstash_own_json_log_reads_its_log_event():
    """Logstash's own log in JSON (`log.format: json`): the message and the event's fields
    in `logEvent`."""
    f = _both(
        {
            "level": "INFO",
            "loggerName": "logstash.agent",
            "timeMillis": 1714564800123,
            "thread": "Api Webserver",
            "logEvent": {"message": "Successfully started Logstash API endpoint", "port": 9600},
        }
    )
    assert (f.message, f.logger, f.timestamp) == (
        "Successfully started Logstash API endpoint",
        "logstash.agent",
        1714564800123,
    )
    assert f.attributes == {"thread": "Api Webserver", "port": 9600}


def test_vault_audit_records_are_the_operation_on_the_path():
    request = {"id": "7a1b", "operation": "read", "path": "secret/data/db"}
    f = _both(
        {
            "time": "2024-05-01T12:00:00.124001Z",
            "type": "response",
            "auth": {"display_name": "approle"},
            "request": request,
            "response": {"mount_type": "kv"},
            "error": "1 error occurred:\n\t* permission denied\n\n",
        }
    )
    assert (f.message, f.level) == ("response read secret/data/db: permission denied", "warning")
    g = _both({"time": "2024-05-01T12:00:00Z", "type": "request", "auth": {}, "request": request})
    assert (g.message, g.level) == ("request read secret/data/db", "info")
    assert g.attributes["request"] == request


def test_vault_audit_records_are_their_own_template_with_the_paths_route():
    # Mined, every path of one operation was one `<*>` (`request read <*>`): each secret's
    # reads and each role's credentials one group. The path is a route, as a request's.
    def record(path: str, error: str | None = None) -> dict:
        out = {"time": "2024-05-01T12:00:00Z", "type": "request", "auth": {}}
        out["request"] = {"operation": "read", "path": path}
        if error:
            out["error"] = error
        return out

    templates = [
        _both(record(path)).attributes["message_template"]
        for path in (
            "secret/data/billing/config",
            "database/creds/9f1c2e7a-0b3d-4e8f-a6c1-2d4e5f6a7b8c",
        )
    ]
    assert templates == [
        "request read secret/data/billing/config",
        "request read database/creds/<*>",
    ]
    denied = _both(record("secret/data/db", "1 error occurred:\n\t* permission denied\n\n"))
    assert denied.attributes["message_template"] == "request read secret/data/db: permission denied"
    held = _both(record("sys/leases/renew", "lease 4712 not found"))
    assert held.attributes["message_template"] == "request read sys/leases/renew: {error}"


def test_foundationdb_trace_events_are_named_by_their_type():
    """FoundationDB's JSON trace files: no message, the event's `Type` its name and template,
    `Severity` a number (30, SevWarnAlways, a warning; 40 an error), `Time` unix seconds."""
    event = {
        "Severity": "30",
        "Time": "1717480863.020866",
        "DateTime": "2024-06-04T06:01:03Z",
        "Type": "ConnectionClosed",
        "ID": "6d80b850b554d290",
        "Error": "connection_failed",
        "PeerAddr": "10.0.4.13:4500",
        "Machine": "10.0.4.11:4500",
        "LogGroup": "default",
        "Roles": "SS,TL",
    }
    f = _both(event)
    assert (f.message, f.level, f.timestamp) == ("ConnectionClosed", "warning", 1717480863.020866)
    assert f.attributes["message_template"] == "ConnectionClosed"
    assert (f.attributes["severity"], f.attributes["Error"]) == ("30", "connection_failed")
    assert _both({**event, "Severity": "40"}).level == "error"
    assert _both({**event, "Time": "soon"}).timestamp == "2024-06-04T06:01:03Z"
