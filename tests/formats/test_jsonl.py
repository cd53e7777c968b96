from datetime import UTC, datetime

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.jsonl import FORMAT
from errctl.formats.timestamps import parse_timestamp


def parse(obj):
    return FORMAT.parse(orjson.dumps(obj).decode())


def test_protocol():
    assert FORMAT.name == "json"
    assert FORMAT.multiline is False


def test_flat_object():
    line = (
        '{"timestamp": "2024-11-27T14:28:15.185Z", "level": "INFO", "logger": "users.profile",'
        ' "service": "users", "host": "users-59e1", "message": "Profile updated",'
        ' "trace_id": "e61a7029", "user_id": 59098}'
    )
    f = FORMAT.parse(line)
    assert f.message == "Profile updated"
    assert f.timestamp == "2024-11-27T14:28:15.185Z"
    assert f.level == "INFO"
    assert (f.service, f.host, f.logger, f.trace_id) == (
        "users",
        "users-59e1",
        "users.profile",
        "e61a7029",
    )
    assert f.attributes == {"user_id": 59098}


def test_bytes_and_whitespace():
    assert FORMAT.parse(b'{"msg": "hi"}').message == "hi"
    assert FORMAT.parse('  {"msg": "hi"}  ').message == "hi"
    assert FORMAT.parse('\ufeff{"msg": "hi"}').message == "hi"
    # RFC 7464's record separator opens each record of a JSON text sequence (json-seq).
    assert FORMAT.parse('\x1e{"msg": "hi"}').message == "hi"
    assert FORMAT.parse(b'\x1e{"msg": "hi"}').message == "hi"
    assert FORMAT.parse('\x1e"hi"') is None


def test_pino_line():
    f = FORMAT.parse(
        '{"level":50,"time":1700000000123,"pid":42,"hostname":"box","msg":"boom",'
        '"err":{"type":"Error","message":"boom","stack":"Error: boom\\n    at f (a.js:1:2)"}}'
    )
    assert f.level == 50
    assert f.timestamp == 1700000000123
    assert f.host == "box"
    assert f.message == "boom"
    assert f.exception_text == "Error: boom\n    at f (a.js:1:2)"
    assert f.attributes == {"pid": 42, "err": {"type": "Error", "message": "boom"}}


def test_alias_priority_and_losers_kept():
    f = parse({"time": "b", "ts": "a", "message": "m2", "msg": "m1", "severity": "warn"})
    assert (f.timestamp, f.message, f.level) == ("a", "m1", "warn")
    assert f.attributes == {"time": "b", "message": "m2"}


def test_created_at_and_papertrail_s_times_are_the_timestamp_below_the_log_keys():
    # A Rails / GitHub-API record: `created_at` is when it happened.
    f = parse({"created_at": "2023-02-11T09:14:03Z", "type": "IssuesEvent", "message": "opened"})
    assert (f.timestamp, f.message, f.attributes) == (
        "2023-02-11T09:14:03Z",
        "opened",
        {"type": "IssuesEvent"},
    )
    # Papertrail's event: the sender's time, not the time Papertrail received it.
    f = parse(
        {
            "id": "9900112233",
            "received_at": "2023-02-11T01:14:05-08:00",
            "generated_at": "2023-02-11T01:14:03-08:00",
            "hostname": "web-3",
            "program": "nginx",
            "severity": "Error",
            "message": "upstream timed out",
        }
    )
    assert (f.timestamp, f.level, f.host) == ("2023-02-11T01:14:03-08:00", "Error", "web-3")
    assert f.attributes["received_at"] == "2023-02-11T01:14:05-08:00"
    assert parse_timestamp(f.timestamp, UTC) == datetime(2023, 2, 11, 9, 14, 3)
    # A log record that carries a model's `created_at` keeps its own time.
    f = parse({"time": "2023-02-11T09:20:00Z", "msg": "user saved", "created_at": "2019-01-01"})
    assert (f.timestamp, f.attributes) == ("2023-02-11T09:20:00Z", {"created_at": "2019-01-01"})
    f = parse({"received_at": "2023-02-11T09:14:05Z", "msg": "x"})
    assert f.timestamp == "2023-02-11T09:14:05Z"


def test_nested_and_literal_dotted_names():
    f = parse(
        {
            "@timestamp": "2024-01-01T00:00:00Z",
            "log": {"level": "error", "logger": "app.db", "origin": {"file": "x.py"}},
            "service": {"name": "api", "version": "1.2"},
            "host": {"name": "h1", "ip": "10.0.0.1"},
            "trace": {"id": "abc"},
            "message": "failed",
        }
    )
    assert (f.level, f.logger, f.service, f.host, f.trace_id) == (
        "error",
        "app.db",
        "api",
        "h1",
        "abc",
    )
    assert f.attributes == {
        "log": {"origin": {"file": "x.py"}},
        "service": {"version": "1.2"},
        "host": {"ip": "10.0.0.1"},
    }
    g = parse({"service.name": "api", "log.level": "warn", "dd.trace_id": 123, "msg": "x"})
    assert (g.service, g.level, g.trace_id) == ("api", "warn", "123")
    assert g.attributes is None


def test_exception_fields():
    tb = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nValueError: x'
    assert parse({"msg": "failed", "exc_info": tb}).exception_text == tb
    assert parse({"msg": "failed", "stack_trace": "at a\nat b"}).exception_text == "at a\nat b"
    # a one-line `error` is a message, not a trace
    f = parse({"msg": "failed", "error": "connection refused"})
    assert f.exception_text is None
    assert f.attributes == {"error": "connection refused"}
    assert parse({"msg": "x", "error": "E: y\n  at z"}).exception_text == "E: y\n  at z"
    # a dict error keeps type and message, and they head a stack that lacks them
    f = parse(
        {
            "msg": "x",
            "error": {"type": "IOException", "message": "disk", "stack": "\tat a.B(B.java:1)"},
        }
    )
    assert f.exception_text == "IOException: disk\n\tat a.B(B.java:1)"
    assert f.attributes == {"error": {"type": "IOException", "message": "disk"}}
    assert parse({"msg": "x", "error.stack": "E\n at f"}).exception_text == "E\n at f"


def test_a_one_line_error_heads_the_stack_logged_beside_it():
    """zap's `error` and `stacktrace`, a recovering handler's `panic` and `debug.Stack()`: the
    stack opens with its frames, the error beside it says what failed; it stays an attribute."""
    from errctl.formats.stacktrace import parse_trace

    zap = {
        "level": "error",
        "ts": "2026-11-30T10:00:01.500Z",
        "msg": "fetch failed",
        "error": "dial tcp 10.0.0.5:5432: connect: connection refused",
        "stacktrace": "main.fetch\n\t/app/client.go:61\nmain.main\n\t/app/main.go:12",
    }
    f = parse(zap)
    assert f.exception_text == f"{zap['error']}\n{zap['stacktrace']}"
    assert f.attributes == {"error": zap["error"]}
    (exc,) = parse_trace(f.exception_text)
    assert (exc.type, exc.value, [fr.function for fr in exc.frames]) == (
        "error",
        zap["error"],
        ["main", "fetch"],
    )
    stack = "goroutine 12 [running]:\nmain.worker(0xc000010000)\n\t/app/worker.go:77 +0x65\n"
    f = parse({"msg": "panic recovered", "panic": "assignment to entry in nil map", "stack": stack})
    assert f.exception_text == f"panic: assignment to entry in nil map\n{stack}"
    assert parse_trace(f.exception_text)[0].type == "panic"
    # A panic logged whole is the stack.
    whole = f"panic: boom\n\n{stack}"
    f = parse({"msg": "worker crashed", "panic": whole})
    assert (f.exception_text, f.attributes) == (whole, None)
    assert parse({"msg": "x", "panic": "boom"}).attributes == {"panic": "boom"}
    # A stack that names its exception is not headed again.
    jvm = "java.lang.IllegalStateException: closed\n\tat a.B.c(B.java:1)"
    assert parse({"msg": "x", "error": "closed", "stack_trace": jvm}).exception_text == jvm
    tb = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nValueError: x'
    assert parse({"msg": "x", "error": "x", "exc_info": tb}).exception_text == tb
    # Frames alone under a JVM exception's line the record gives.
    f = parse(
        {"msg": "x", "error": "java.io.IOException: disk", "stack_trace": "\tat a.B(B.java:1)"}
    )
    assert f.exception_text == "java.io.IOException: disk\n\tat a.B(B.java:1)"


def test_a_backtrace_logged_as_a_list_of_lines():
    """Ruby's Semantic Logger writes `exception.stack_trace` as an array: its lines are the
    trace, headed by the exception's name and message; a list of other things is not one."""
    from errctl.formats.stacktrace import parse_trace

    frames = ["app/models/user.rb:12:in `display_name'", "app/controllers/c.rb:3:in `show'"]
    f = parse(
        {
            "message": "Failed",
            "exception": {"name": "NoMethodError", "message": "boom", "stack_trace": frames},
        }
    )
    assert f.exception_text == "NoMethodError: boom\n" + "\n".join(frames)
    assert f.attributes == {"exception": {"name": "NoMethodError", "message": "boom"}}
    (exc,) = parse_trace(f.exception_text)
    assert (exc.type, exc.value, [fr.function for fr in exc.frames]) == (
        "NoMethodError",
        "boom",
        ["show", "display_name"],
    )
    assert parse({"msg": "x", "stack": ["a", "b"]}).exception_text == "a\nb"
    f = parse({"msg": "x", "stack": ["a", 1]})
    assert f.exception_text is None
    assert f.attributes == {"stack": ["a", 1]}


def test_mongodb_log():
    """mongod's structured log: the time under `t.$date`, the severity a letter under `s`."""
    f = parse(
        {
            "t": {"$date": "2024-05-01T12:00:01.000+00:00"},
            "s": "E",
            "c": "STORAGE",
            "id": 22435,
            "ctx": "conn1",
            "msg": "WiredTiger error",
            "attr": {"error": 2},
        }
    )
    assert (f.timestamp, f.level, f.message) == (
        "2024-05-01T12:00:01.000+00:00",
        "E",
        "WiredTiger error",
    )
    assert f.attributes == {"c": "STORAGE", "id": 22435, "ctx": "conn1", "attr": {"error": 2}}
    # A key named `s` that holds no MongoDB severity stays what it was.
    f = parse({"msg": "x", "s": "slow"})
    assert (f.level, f.attributes) == (None, {"s": "slow"})


def test_n8ns_time_in_its_metadata():
    """n8n's winston records keep the time in `metadata`, beside the file and function; a
    record's own time at the top wins."""
    f = parse(
        {
            "level": "info",
            "message": "Initializing n8n process",
            "metadata": {"file": "start.js", "function": "init", "timestamp": "2024-06-05T05:59Z"},
        }
    )
    assert (f.timestamp, f.attributes) == (
        "2024-06-05T05:59Z",
        {"metadata": {"file": "start.js", "function": "init"}},
    )
    f = parse({"time": "2024-06-05T06:00Z", "msg": "x", "metadata": {"timestamp": "other"}})
    assert (f.timestamp, f.attributes) == (
        "2024-06-05T06:00Z",
        {"metadata": {"timestamp": "other"}},
    )


def test_monolog_json():
    f = parse(
        {
            "message": "could not load user 12",
            "context": {"userId": 12},
            "level": 400,
            "level_name": "ERROR",
            "channel": "app",
            "datetime": "2024-05-01T12:00:00.123456+00:00",
            "extra": {},
        }
    )
    assert (f.level, f.logger, f.timestamp) == ("ERROR", "app", "2024-05-01T12:00:00.123456+00:00")
    assert f.attributes == {"context": {"userId": 12}, "level": 400, "extra": {}}


@pytest.mark.parametrize("nested", [True, False])
def test_a_channel_outside_monologs_records_is_no_logger(nested):
    """Centrifugo's pub/sub `channel`: read as the logger, each channel's records were mined
    apart, as another program's. Monolog's `channel` (beside its `level_name`) stays its."""
    record = {
        "level": "info",
        "channel": "news",
        "msg": "attempt to subscribe without sufficient permission",
        "time": "2024-06-07T06:00:00Z",
    }
    if nested:
        record["client"] = {"id": "c1"}  # (a nested value: the general reading's path)
    f = parse(record)
    assert (f.logger, f.attributes["channel"]) == (None, "news")


def test_docker_json_log():
    f = parse({"log": "hello world\n", "stream": "stderr", "time": "2024-01-01T00:00:00.1Z"})
    assert f.message == "hello world"
    assert f.attributes == {"stream": "stderr"}


def test_journald_export():
    """`journalctl -o json`: upper-case keys, the time in microseconds as a string, and
    PRIORITY a syslog severity (3 = err), which the bunyan/pino reading of a number would miss."""
    f = parse(
        {
            "__REALTIME_TIMESTAMP": "1714564800123456",
            "PRIORITY": "3",
            "_HOSTNAME": "web-1",
            "SYSLOG_IDENTIFIER": "nginx",
            "_SYSTEMD_UNIT": "nginx.service",
            "MESSAGE": "connect() failed (111: Connection refused)",
        }
    )
    assert (f.message, f.timestamp, f.level, f.service, f.host) == (
        "connect() failed (111: Connection refused)",
        "1714564800123456",
        "error",
        "nginx",
        "web-1",
    )
    assert f.attributes == {"_SYSTEMD_UNIT": "nginx.service"}
    assert parse({"MESSAGE": "x", "PRIORITY": 7}).level == "debug"
    assert parse({"MESSAGE": "x", "PRIORITY": "loud"}).level == "loud"  # no severity: as it was
    # Both of journald's times: the one the source stamped wins, the other is kept.
    f = parse({"MESSAGE": "x", "__REALTIME_TIMESTAMP": "2", "_SOURCE_REALTIME_TIMESTAMP": "1"})
    assert (f.timestamp, f.attributes) == ("1", {"__REALTIME_TIMESTAMP": "2"})


def test_journald_entry_without_an_identifier_is_its_process():
    """A program that calls sd_journal_send() names no SYSLOG_IDENTIFIER: journalctl prints its
    process's name (`_COMM`) instead, and so is the service; an identifier wins over it."""
    entry = {
        "__REALTIME_TIMESTAMP": "1796098970000100",
        "PRIORITY": "6",
        "_PID": "4411",
        "_COMM": "myworker",
        "_SYSTEMD_UNIT": "myworker.service",
        "CODE_FUNC": "connect_queue",
        "MESSAGE": "connected to queue",
    }
    f = parse(entry)
    assert (f.service, f.level) == ("myworker", "info")
    assert "_COMM" not in f.attributes
    assert parse({**entry, "_COMM": "python3", "SYSLOG_IDENTIFIER": "api"}).service == "api"


def test_serilog_compact_json():
    f = parse(
        {
            "@t": "2024-05-01T12:00:00.000Z",
            "@mt": "Order {OrderId} failed",
            "@l": "Error",
            "OrderId": 42,
            "@x": "System.InvalidOperationException: nope\n   at Shop.Orders.Place()",
        }
    )
    # Rendered as Serilog renders `@m`; the template is kept, and makes the event's template.
    assert (f.message, f.timestamp, f.level, f.attributes) == (
        "Order 42 failed",
        "2024-05-01T12:00:00.000Z",
        "Error",
        {"OrderId": 42, "message_template": "Order {OrderId} failed"},
    )
    assert f.exception_text.startswith("System.InvalidOperationException")
    f = parse(
        {
            "@mt": "{@User} took {Elapsed:0.0} ms, {{braces}}, {Missing}",
            "User": {"id": 7},
            "Elapsed": 12.5,
        }
    )
    assert f.message == '{"id":7} took 12.5 ms, {braces}, {Missing}'
    # The rendered message, when the line has it, is the message; the template is kept.
    f = parse({"@t": "2024-05-01T12:00:00Z", "@m": "Order 42 failed", "@mt": "Order {OrderId}"})
    assert (f.message, f.attributes) == ("Order 42 failed", {"@mt": "Order {OrderId}"})


def test_google_cloud_logging_export():
    f = parse({"severity": "ERROR", "timestamp": "2024-05-01T12:00:00Z", "textPayload": "t/o"})
    assert (f.message, f.level) == ("t/o", "ERROR")
    f = parse({"severity": "WARNING", "jsonPayload": {"message": "slow", "ms": 900}})
    assert (f.message, f.attributes) == ("slow", {"jsonPayload": {"ms": 900}})


def test_google_error_reporting_names_the_service():
    f = parse({"severity": "ERROR", "message": "x", "serviceContext": {"service": "api", "v": 3}})
    assert (f.service, f.attributes) == ("api", {"serviceContext": {"v": 3}})


def test_elastic_common_schema_flat_and_nested():
    flat = {
        "@timestamp": "2024-05-01T12:00:00.123Z",
        "log.level": "error",
        "message": "failed",
        "service.name": "orders",
        "log.logger": "com.acme.Orders",
        "host.hostname": "web-1",
        "trace.id": "abc",
    }
    f = parse(flat)
    assert (f.level, f.service, f.logger, f.host, f.trace_id) == (
        "error",
        "orders",
        "com.acme.Orders",
        "web-1",
        "abc",
    )
    assert f.attributes is None
    nested = {
        "@timestamp": "2024-05-01T12:00:00.123Z",
        "log": {"level": "info", "logger": "com.acme.Api"},
        "message": "ok",
        "host": {"hostname": "web-2", "os": {"family": "debian"}},
    }
    f = parse(nested)
    assert (f.level, f.logger, f.host) == ("info", "com.acme.Api", "web-2")
    assert f.attributes == {"host": {"os": {"family": "debian"}}}


def test_no_message_field_renders_the_rest():
    f = parse({"ts": 1, "level": "info", "event_type": "login", "user": "bob smith", "n": {"a": 1}})
    assert f.message == 'event_type=login user="bob smith" n={"a":1}'
    assert parse({"ts": 1, "level": "error"}).message == "level=error"


def test_non_string_values_are_not_forced_into_fields():
    f = parse({"msg": "x", "service": {"a": 1}, "host": 5, "level": True})
    assert f.service is None and f.host is None and f.level is None
    assert f.attributes == {"service": {"a": 1}, "host": 5, "level": True}
    assert parse({"message": 42}).message == "42"


def test_rejects_non_objects_and_invalid_json():
    for line in ["[1, 2]", '"str"', "42", "null", "{bad json", "{}}", "", "hello", "{", '{"a": 1']:
        assert FORMAT.parse(line) is None, line
    assert FORMAT.parse("{}") is not None


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("{" + line)


@given(
    st.dictionaries(
        st.text(max_size=12),
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers(-(2**63), 2**64 - 1)
            | st.floats(allow_nan=False)
            | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=8), inner, max_size=3)
            ),
            max_leaves=8,
        ),
        max_size=8,
    )
)
def test_any_object_parses(obj):
    f = parse(obj)
    assert f is not None
    assert isinstance(f.message, str)


def test_parse_utf8_block_agrees_with_parse_block() -> None:
    """Lines read from their bytes give what their decoded text gives, line for line: the
    invalid UTF-8 one (its text has replacement characters), a byte-order mark, leading blanks,
    a carriage return first, JSON that is no object, broken JSON and a lenient number."""
    raws = [
        b'{"ts": "2026-03-02T08:15:00Z", "level": "error", "msg": "disk full", "host": "db-2"}',
        b'{"msg": "caf\xe9 closed", "user_id": 7}',  # Latin-1: not UTF-8
        b'\xef\xbb\xbf{"msg": "after a BOM"}',
        b'  {"msg": "indented", "level": "warn"}',
        b'\x1e{"msg": "a record of a JSON text sequence"}',
        b'\r{"msg": "carriage return first"}',
        b"[1, 2, 3]",
        b'{"msg": "cut short", "level": ',
        b'{"msg": "huge", "n": 1e400}',
        b'{"message": "na\xc3\xafve \xe2\x9c\x93", "logger": "app.core"}',
    ]
    texts = [raw.decode("utf-8", errors="replace") for raw in raws]
    asked = []

    def decoded() -> list[str]:
        asked.append(True)
        return texts

    assert FORMAT.parse_utf8_block(raws, decoded) == FORMAT.parse_block(list(texts))
    assert asked  # the odd lines were read from their text
    clean = raws[:1] + raws[-1:]
    assert FORMAT.parse_utf8_block(clean, lambda: pytest.fail("decoded")) == FORMAT.parse_block(
        [texts[0], texts[-1]]
    )


_LAMBDA_FRAMES = ['  File "/var/task/app.py", line 13, in handler\n    raise ValueError("boom")\n']


def test_lambda_python_json_records_carry_their_exception_in_three_fields():
    """AWS Lambda's Python runtime (JSON log format): `logger.exception` writes the frames
    (`traceback.format_tb`) as `stackTrace`, the class and text beside them."""
    f = parse(
        {
            "timestamp": "2024-05-01T12:00:00.456Z",
            "level": "ERROR",
            "message": "charge failed",
            "logger": "root",
            "stackTrace": _LAMBDA_FRAMES,
            "errorType": "ValueError",
            "errorMessage": "boom",
            "requestId": "6f7f0961-2ad3-4f4a-9a0b-1e2d3c4b5a69",
        }
    )
    assert f.message == "charge failed"
    assert f.exception_text == (
        "Traceback (most recent call last):\n"
        '  File "/var/task/app.py", line 13, in handler\n'
        '    raise ValueError("boom")\n'
        "ValueError: boom"
    )
    assert f.attributes["errorType"] == "ValueError"  # kept as written


def test_lambda_uncaught_error_record_is_named_by_its_error():
    """The runtime's report of an uncaught exception has no message of its own."""
    f = parse(
        {
            "timestamp": "2024-05-01T12:00:01",
            "level": "ERROR",
            "errorMessage": "'orderId'",
            "errorType": "KeyError",
            "requestId": "8b9c",
            "stackTrace": _LAMBDA_FRAMES,
        }
    )
    assert f.message == "'orderId'"
    assert f.exception_text.endswith("\nKeyError: 'orderId'")
    assert f.exception_text.startswith("Traceback (most recent call last):\n  File ")


def test_lambda_node_error_logged_as_the_message_is_read_as_the_exception():
    """Node.js's runtime (JSON log format) writes a logged Error as the record's message."""
    f = parse(
        {
            "timestamp": "2024-05-01T12:00:00.789Z",
            "level": "ERROR",
            "requestId": "7a8b",
            "message": {
                "errorType": "TypeError",
                "errorMessage": "x is not a function",
                "stackTrace": [
                    "TypeError: x is not a function",
                    "    at Runtime.handler (file:///var/task/index.mjs:3:24)",
                ],
            },
        }
    )
    assert f.message == "x is not a function"
    assert f.exception_text == (
        "TypeError: x is not a function\n    at Runtime.handler (file:///var/task/index.mjs:3:24)"
    )
    assert f.attributes == {"requestId": "7a8b"}
    # Any other object as the message is rendered with the record, as before.
    g = parse({"level": "info", "message": {"user": 7}})
    assert g.message == 'message={"user":7}'


def test_ecs_python_frames_only_stack_gets_its_error_line_below_the_frames():
    """ecs-logging-python writes `error.stack_trace` as `format_tb`'s frames alone; the error's
    class and text go where Python prints them, below the frames."""
    f = parse(
        {
            "@timestamp": "2024-05-01T12:00:03.789Z",
            "log.level": "error",
            "message": "job 17 failed",
            "error": {
                "message": "division by zero",
                "stack_trace": '  File "/app/worker.py", line 40, in run\n    return a / b\n',
                "type": "ZeroDivisionError",
            },
        }
    )
    assert f.exception_text == (
        "Traceback (most recent call last):\n"
        '  File "/app/worker.py", line 40, in run\n'
        "    return a / b\n"
        "ZeroDivisionError: division by zero"
    )


@pytest.mark.parametrize(
    ("record", "role", "expected"),
    [
        # Serilog's compact JSON (3.1+): the trace and span of the current Activity.
        (
            {"@t": "2024-05-01T12:00:00Z", "@mt": "hi", "@tr": "4bf92f35", "@sp": "00f0"},
            "trace_id",
            "4bf92f35",
        ),
        # log4j2's LogstashJsonEventLayoutV1: the host.
        ({"message": "ready", "@version": 1, "source_host": "api-3"}, "host", "api-3"),
        # logstash-logback-encoder: logback's HOSTNAME context property.
        ({"message": "ready", "@version": "1", "HOSTNAME": "orders-7d9f"}, "host", "orders-7d9f"),
        # W3C's traceparent header, as access logs record it: its trace id.
        (
            {
                "msg": "GET /",
                "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            },
            "trace_id",
            "4bf92f3577b34da6a3ce929d0e0e4736",
        ),
        ({"msg": "GET /", "traceparent": "garbled"}, "trace_id", "garbled"),
        # HashiCorp's hclog JSON (Vault, Consul, Nomad, Terraform): the subsystem.
        ({"@level": "info", "@message": "unsealed", "@module": "core"}, "logger", "core"),
        # Datadog's log injection, flat (ddtrace for Python, Java) and nested (Node's).
        ({"message": "x", "dd.service": "shop-web", "dd.trace_id": "123"}, "service", "shop-web"),
        ({"message": "x", "dd": {"service": "shop-web", "trace_id": "1"}}, "service", "shop-web"),
        # rsyslog's JSON templates name the program by its property.
        ({"message": "x", "programname": "sshd", "severity": "notice"}, "service", "sshd"),
        # Traefik's access log: the request's start to the nanosecond, over `time`'s second.
        (
            {
                "msg": "",
                "time": "2024-05-01T14:00:00+02:00",
                "StartUTC": "2024-05-01T12:00:00.123Z",
            },
            "timestamp",
            "2024-05-01T12:00:00.123Z",
        ),
        # ClickHouse's JSON log: unix seconds to the microsecond, over the ISO time's second.
        (
            {
                "message": "x",
                "date_time_utc": "2024-05-01T12:00:00Z",
                "date_time": "1714564800.123456",
            },
            "timestamp",
            "1714564800.123456",
        ),
        # Kong's file-log: when the request began, in unix ms.
        (
            {"request": {"method": "GET", "uri": "/x"}, "started_at": 1714564800120},
            "timestamp",
            1714564800120,
        ),
        # OpenCanary's alert: UTC beside the node's local time.
        (
            {
                "local_time_adjusted": "2024-06-07 08:41:09.794666",
                "logtype": 4000,
                "utc_time": "2024-06-07 06:41:09.794661",
            },
            "timestamp",
            "2024-06-07 06:41:09.794661",
        ),
    ],
)
def test_framework_aliases(record, role, expected):
    assert getattr(parse(record), role) == expected


def test_a_record_with_no_message_is_named_by_its_error():
    """go-kit's `logger.Log("err", err)` writes no message: the error names the event, as
    zerolog's console names such a line, and stays an attribute."""
    f = parse(
        {
            "caller": "service.go:88",
            "err": "context deadline exceeded",
            "level": "error",
            "method": "GetOrder",
            "ts": "2024-05-01T12:00:01.5Z",
        }
    )
    assert f.message == "context deadline exceeded"
    assert f.attributes == {
        "caller": "service.go:88",
        "err": "context deadline exceeded",
        "method": "GetOrder",
    }
    # Without an error the fields are rendered, as before.
    assert parse({"level": "info", "method": "GetOrder"}).message == "method=GetOrder"


def test_journald_message_as_bytes_is_read_as_the_programs_line():
    """A coloured line is written as an array of its bytes: decoded, the program's own
    header (here logfmt's level) is read as it is in a MESSAGE written as a string."""
    line = '\x1b[31mlevel=error msg="db down" pool=main\x1b[0m'
    f = parse(
        {
            "__REALTIME_TIMESTAMP": "1714564801000001",
            "PRIORITY": "6",
            "SYSLOG_IDENTIFIER": "myapp",
            "_PID": "900",
            "MESSAGE": list(line.encode()),
        }
    )
    assert (f.level, f.message, f.service) == ("error", "db down", "myapp")


def test_zerolog_stack_array_is_read_under_the_records_error(tmp_path):
    """zerolog's pkgerrors marshaller writes the stack as objects, innermost call first."""
    from tests.ingest.stored import stored_events

    record = {
        "level": "error",
        "stack": [
            {"func": "inner", "line": "20", "source": "errors.go"},
            {"func": "main", "line": "32", "source": "main.go"},
        ],
        "error": "seems we have an error here",
        "time": 1714564801,
        "message": "request failed",
    }
    f = parse(record)
    assert f.exception_text == (
        "Error: seems we have an error here\n  2: errors.go:20:inner\n  1: main.go:32:main"
    )
    (row,) = stored_events(tmp_path, orjson.dumps(record).decode() + "\n", "exception_type, stack")
    assert row[0] == "error"
    stack = orjson.loads(row[1]) if isinstance(row[1], str) else row[1]
    frames = stack[0]["frames"]
    assert [(f["function"], f["file"], f["lineno"]) for f in frames] == [
        ("main", "main.go", 32),
        ("inner", "errors.go", 20),
    ]
    # Other objects in a list are no stack: the record keeps them.
    assert parse({"msg": "x", "stack": [{"name": "a"}]}).exception_text is None


def test_a_record_of_one_object_and_no_message_is_named_by_its_key():
    """Tetragon's and Hubble's exports: the event's kind is the key of the one object."""
    line = (
        '{"process_exec":{"process":{"exec_id":"a1","pid":4112,"binary":"/usr/bin/curl",'
        '"pod":{"namespace":"shop","name":"api-7d9f"}},"parent":{"pid":4100}},'
        '"node_name":"worker-2","time":"2024-06-04T06:00:03.123Z"}'
    )
    f = FORMAT.parse(line)
    assert f.message == "process_exec"
    assert f.attributes["process_exec"]["process"]["pid"] == 4112
    # Two objects, a field that is no exporter's beside it, an object alone: as before.
    f = FORMAT.parse('{"a":{"x":1},"b":{"y":2},"time":"2024-06-04T06:00:03Z"}')
    assert f.message == 'a={"x":1} b={"y":2}'
    f = FORMAT.parse('{"a":{"x":1},"user":"bob","time":"2024-06-04T06:00:03Z"}')
    assert f.message == 'a={"x":1} user=bob'
    f = FORMAT.parse('{"a":{"x":1},"time":"2024-06-04T06:00:03Z"}')
    assert f.message == 'a={"x":1}'


def test_a_record_with_no_message_is_named_by_its_event_name():
    """Tracee's events: `eventName` names the event, exactly (its template), whatever the
    arguments; the record's other fields stay attributes."""
    line = (
        '{"timestamp":1717740000438671017,"processName":"argocd-repo-ser","eventId":"6011",'
        '"eventName":"k8s_service_account_token","argsNum":1,"args":[{"name":"triggeredBy",'
        '"value":{"args":[{"name":"pathname","value":"/var/run/token"}]}}]}'
    )
    f = FORMAT.parse(line)
    assert (f.message, f.template) == ("k8s_service_account_token", "k8s_service_account_token")
    assert f.attributes["eventId"] == "6011" and f.attributes["argsNum"] == 1
    # A name over lines, or none: rendered as before.
    f = FORMAT.parse('{"eventName":"a\\nb","user":"bob"}')
    assert (f.message, f.template) == ('eventName="a\\nb" user=bob', None)
    f = FORMAT.parse('{"event_kind":"login","user":"bob"}')
    assert (f.message, f.template) == ("event_kind=login user=bob", None)


def test_a_record_written_as_an_array_of_its_parts():
    # CryptPad's server: level, time, the event's name, then its data (an error's with a stack).
    f = parse(
        [
            "WARN",
            "2024-06-07T06:01:12.767Z",
            "EEXPIRED",
            {
                "message": "EEXPIRED",
                "stack": ("Error: EEXPIRED\n    at Object.WARN (/srv/lib/historyKeeper.js:20:24)"),
            },
        ]
    )
    assert (f.level, f.timestamp, f.message) == ("WARN", "2024-06-07T06:01:12.767Z", "EEXPIRED")
    assert f.exception_text.startswith("Error: EEXPIRED\n    at Object.WARN")
    f = parse(["ERROR", "2024-06-07T06:07:22.752Z", "SESSION_CLOSE", {"reason": "BAD_MESSAGE"}])
    assert (f.level, f.message, f.attributes["data"]) == (
        "ERROR",
        "SESSION_CLOSE",
        {"reason": "BAD_MESSAGE"},
    )


@pytest.mark.parametrize(
    "line",
    [
        "[1, 2, 3]",
        '["a", "b", "c"]',
        '["INFO", "starting", "now"]',  # no time
        '["2024-06-07T06:00:00Z", "x", "y"]',  # no level
        "[2024-06-07 06:00:00] INFO started",  # a bracketed time, no JSON
    ],
)
def test_an_array_without_a_level_and_a_time_is_no_record(line):
    assert FORMAT.parse(line) is None
