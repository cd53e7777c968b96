"""A stack printed where a record was logged, with no exception (Python's `stack_info=True`,
the stack zap writes under a Go error record) says where, not what: the event stays the
message it logged, at its own level, grouped by its template, and the stack is kept as logged
(the `exception_text` attribute) for whoever reads the event."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.ingest.stored import stored_events

COLUMNS = "level, message, template, exception_type, exception_value, attributes"


def _events(tmp_path: Path, text: str) -> list[tuple]:
    rows = stored_events(tmp_path, text, COLUMNS)
    return [(*row[:-1], orjson.loads(row[-1]) if row[-1] else {}) for row in rows]


PY_WARNING_WITH_STACK = (
    "2024-05-01 10:00:00,123 WARNING app.db: slow query took 2.5s\n"
    "Stack (most recent call last):\n"
    '  File "/srv/app/main.py", line 10, in <module>\n'
    "    run()\n"
    '  File "/srv/app/db.py", line 42, in run\n'
    '    log.warning("slow query took %.1fs", t, stack_info=True)\n'
)


def test_a_python_warning_with_its_stack_stays_a_warning(tmp_path: Path):
    text = PY_WARNING_WITH_STACK + "2024-05-01 10:00:01,123 INFO app.db: ok\n"
    (level, message, template, etype, _value, attrs), _ = _events(tmp_path, text)
    assert (level, message, template, etype) == (
        "warning",
        "slow query took 2.5s",
        "slow query took <*>",
        None,
    )
    assert attrs["exception_text"].startswith("Stack (most recent call last):\n")


def test_a_python_exception_logged_with_its_stack_keeps_its_value(tmp_path: Path):
    text = (
        "2024-05-01 10:00:00,123 ERROR app.cache: lookup failed\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/cache.py", line 7, in run\n'
        '    value = store["k"]\n'
        "KeyError: 'k'\n" + PY_WARNING_WITH_STACK.split("\n", 1)[1]
    )
    ((level, message, _template, etype, value, _attrs),) = _events(tmp_path, text)
    assert (level, message, etype, value) == ("error", "lookup failed", "KeyError", "'k'")


ZAP_CONSOLE = (
    "2023-11-14T22:13:20.123Z\tERROR\tserver/handler.go:42\trequest failed\t"
    '{"error": "dial tcp 10.0.0.5:5432: connect: connection refused"}\n'
    "main.(*Server).handle\n"
    "\t/app/server/handler.go:42\n"
    "net/http.HandlerFunc.ServeHTTP\n"
    "\t/usr/local/go/src/net/http/server.go:2136\n"
    "2023-11-14T22:13:21.123Z\tINFO\tserver/handler.go:30\trequest served\t"
    '{"path": "/api/users/42", "status": 200}\n'
)


def test_zap_console_stack_stays_out_of_the_message(tmp_path: Path):
    (level, message, template, etype, _value, attrs), served = _events(tmp_path, ZAP_CONSOLE)
    assert (level, message, template, etype) == ("error", "request failed", "request failed", None)
    assert attrs["error"] == "dial tcp 10.0.0.5:5432: connect: connection refused"
    assert attrs["exception_text"] == (
        "main.(*Server).handle\n\t/app/server/handler.go:42\n"
        "net/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136"
    )
    assert served[1] == "request served"


# The OpenTelemetry Collector (and most Go release images) is built with -trimpath: zap's stack
# names module paths, not absolute ones.
ZAP_CONSOLE_TRIMPATH = (
    "2024-03-02T08:15:04.512Z\terror\texporterhelper/retry.go:95\tExport failed.\t"
    '{"kind": "exporter", "name": "otlp/tempo", "dropped_spans": 12}\n'
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*retrySender).send\n"
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/retry.go:95\n"
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*baseExporter).send\n"
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/common.go:211\n"
    "2024-03-02T08:15:05.001Z\tinfo\tservice/service.go:180\tEverything is ready.\n"
)


def test_zap_console_stack_of_a_trimpath_binary_stays_out_of_the_message(tmp_path: Path):
    (level, message, template, etype, _value, attrs), ready = _events(
        tmp_path, ZAP_CONSOLE_TRIMPATH
    )
    assert (level, message, template, etype) == ("error", "Export failed.", "Export failed.", None)
    assert (attrs["name"], attrs["dropped_spans"]) == ("otlp/tempo", 12)
    assert attrs["exception_text"] == (
        "go.opentelemetry.io/collector/exporter/exporterhelper.(*retrySender).send\n"
        "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/retry.go:95\n"
        "go.opentelemetry.io/collector/exporter/exporterhelper.(*baseExporter).send\n"
        "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/common.go:211"
    )
    assert ready[:2] == ("info", "Everything is ready.")
