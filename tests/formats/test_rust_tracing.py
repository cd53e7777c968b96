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
