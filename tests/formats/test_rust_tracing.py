"""Rust's tracing-subscriber `fmt()` layout: the thread id, spans and target after the level,
the event's fields after its message, and the `uptime()` timer's time (Linkerd's proxy)."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

CLOSED = (
    "[   118.344224s]  INFO ThreadId(01) inbound:server{port=8080}: linkerd_app_core::serve: "
    "Connection closed error=TLS detection timed out client.addr=10.42.1.210:45936"
)


def test_the_uptime_timers_line():
    f = FORMAT.parse(CLOSED)
    assert (f.timestamp, f.level, f.logger, f.message) == (
        None,
        "INFO",
        "linkerd_app_core::serve",
        "Connection closed",
    )
    assert f.attributes == {
        "uptime_s": 118.344224,
        "thread": 1,
        "spans": "inbound:server{port=8080}",
        "port": "8080",  # the span's field
        "error": "TLS detection timed out",
        "client.addr": "10.42.1.210:45936",
    }
    start = FORMAT.parse("[     0.002192s]  INFO ThreadId(01) linkerd2_proxy::rt: Using runtime")
    assert (start.logger, start.message) == ("linkerd2_proxy::rt", "Using runtime")
    # Under that header, a crate's root is a target too.
    admin = FORMAT.parse("[     0.002196s]  INFO ThreadId(01) linkerd2_proxy: Admin on 0.0.0.0:41")
    assert (admin.logger, admin.message) == ("linkerd2_proxy", "Admin on 0.0.0.0:41")


def test_fields_after_the_message_under_a_wall_clock():
    f = FORMAT.parse(
        "2024-06-04T06:00:02Z  WARN ThreadId(03) outbound:proxy{addr=10.96.44.12:8080}: "
        "linkerd_reconnect: Failed to connect error=Connection refused (os error 111)"
    )
    assert (f.level, f.logger, f.message) == ("WARN", "linkerd_reconnect", "Failed to connect")
    assert f.attributes["error"] == "Connection refused (os error 111)"
    assert f.attributes["thread"] == 3
    # A sentence with a colon is no target; a message of fields alone stays whole.
    assert FORMAT.parse("2024-06-04T06:00:02Z ERROR Failed: disk full").logger is None
    alone = FORMAT.parse("2024-06-04T06:00:02Z  INFO vector::app: port=8686 addr=0.0.0.0")
    assert alone.message == "port=8686 addr=0.0.0.0"


def test_one_statement_whatever_its_error_and_spans(tmp_path):
    text = "\n".join(
        [
            CLOSED,
            CLOSED.replace("TLS detection timed out", "connection closed before message completed")
            .replace("118.344224", "5199.730459")
            .replace("port=8080", "port=9090"),
            "[  4942.000000s]  WARN ThreadId(01) outbound:proxy{addr=10.96.44.12:8080}: "
            "linkerd_stack::failfast: Service has become unavailable",
        ]
    )
    rows = stored_events(tmp_path, text + "\n", "template, logger, timestamp_inferred")
    assert rows[0][0] == rows[1][0] == "Connection closed"
    assert rows[2][:2] == ("Service has become unavailable", "linkerd_stack::failfast")
    assert all(r[2] for r in rows)  # no wall-clock time: each took the file's


def test_tower_http_s_requests_are_named_by_their_route_and_status(tmp_path):
    """tower-http's TraceLayer writes `finished processing request` inside the request's span,
    whose fields hold the method and URI (or, with OpenTelemetry's names, after the message,
    strings quoted by `Debug`): one group per route and status, not one for every request."""
    span = "2024-06-04T06:00:0{}.748771Z  INFO request{{method={} uri={} version=HTTP/1.1}}: "
    otel = (
        "2024-06-04T06:00:1{}.500525Z DEBUG request: surreal::net::tracer: finished processing"
        ' request otel.kind="server" http.request.method="{}" url.path="{}"'
        ' http.response.status_code="{}"'
    )
    lines = [
        span.format(1, "GET", "/v1/documents/7")
        + "tower_http::trace::on_response: finished processing request latency=3 ms status=200",
        span.format(2, "GET", "/v1/documents/8")
        + "tower_http::trace::on_response: finished processing request latency=9 ms status=200",
        span.format(3, "POST", "/v1/documents")
        + "tower_http::trace::on_response: finished processing request latency=5 ms status=503",
        otel.format(1, "GET", "/health", 200),
        otel.format(2, "POST", "/sql", 200),
    ]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "level, logger, template")
    assert rows == [
        ("info", "tower_http::trace::on_response", "GET /v1/documents/<*> 200"),
        ("info", "tower_http::trace::on_response", "GET /v1/documents/<*> 200"),
        ("error", "tower_http::trace::on_response", "POST /v1/documents 503"),
        ("debug", "surreal::net::tracer", "GET /health 200"),
        ("debug", "surreal::net::tracer", "POST /sql 200"),
    ]


def test_a_quoted_fields_value_is_stored_as_the_program_had_it():
    f = FORMAT.parse(
        '2024-06-04T06:00:02Z  WARN rpc/call: surrealdb_core::kvs: slow query ws.id="a b \\"c\\""'
        " took=3s"
    )
    assert (f.logger, f.message) == ("surrealdb_core::kvs", "slow query")
    assert f.attributes == {"spans": "rpc/call", "ws.id": 'a b "c"', "took": "3s"}


def test_a_spans_field_that_prints_a_struct_is_the_spans(tmp_path):
    """text-generation-inference's `generate{parameters=GenerateParameters { ... } ...}`: a
    value's own braces inside a span's kept the spans in the message, one template per shape
    of the parameters."""
    head = "2024-06-05T06:00:{:02d}.110819Z  INFO "
    tail = ": text_generation_router::server: router/src/server.rs:322: Success"
    spans = [
        'chat_completions{total_time="5.96s" time_per_token="24.6ms"}',
        "chat_completions:generate{parameters=GenerateParameters { best_of: None, top_k: "
        'Some(10), stop: [] } total_time="12.6s" seed="Some(42)"}',
        'generate{parameters=GenerateParameters { best_of: Some(2) } total_time="1.2s"}',
    ]
    lines = [head.format(i) + s + tail for i, s in enumerate(spans * 4)]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "template, logger, attributes")
    # (And the file and line the subscriber names are where it was written: no words.)
    assert {(r[0], r[1]) for r in rows} == {("Success", "text_generation_router::server")}
    assert '"total_time":"12.6s"' in rows[1][2].replace(" ", "")
    f = FORMAT.parse(lines[1])
    assert f.attributes["parameters"].startswith("GenerateParameters { best_of: None")
    assert f.attributes["caller"] == "router/src/server.rs:322"
