"""A JSON record printed over several lines is one event, in a JSON-lines file.

Elasticsearch 7's JSON server log (its Docker image's default output) prints the `stacktrace`
array of an error record one element a line; a pretty-printed object spans lines too. Those
lines are read together (`framing.SpanningRecords`); lines that never make a record are
rejected one by one, as before, and the records around them are kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import orjson
import pytest

from errctl.formats.jsonl import FORMAT
from errctl.ingest.framing import MAX_SPANNING_LINES, SpanningRecords, spanning_text
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.readers import DECODE_LINES, Line
from errctl.store.duckdb_store import DuckDBStore


def _es7(timestamp: str, level: str, component: str, message: str) -> str:
    """An Elasticsearch 7 JSON record (`, ` and `: ` between its fields, as ES writes them)."""
    return json.dumps(
        {
            "type": "server",
            "timestamp": timestamp,
            "level": level,
            "component": component,
            "cluster.name": "logs-prod",
            "node.name": "es-data-2",
            "message": message,
        }
    )


TRACE = [
    "org.elasticsearch.bootstrap.StartupException: java.lang.IllegalArgumentException: "
    "unknown setting [xpack.monitoring.enabledd]",
    "at org.elasticsearch.bootstrap.Elasticsearch.init(Elasticsearch.java:173) "
    "~[elasticsearch-7.17.9.jar:7.17.9]",
    "at org.elasticsearch.bootstrap.Elasticsearch.execute(Elasticsearch.java:160) "
    "~[elasticsearch-7.17.9.jar:7.17.9]",
    "Caused by: java.lang.IllegalArgumentException: unknown setting [xpack.monitoring.enabledd]",
    "at org.elasticsearch.common.settings.AbstractScopedSettings.validate"
    "(AbstractScopedSettings.java:531) ~[elasticsearch-7.17.9.jar:7.17.9]",
    "... 4 more",
]
ERROR = _es7(
    "2024-06-03T08:15:04,512Z",
    "ERROR",
    "o.e.b.ElasticsearchUncaughtExceptionHandler",
    "uncaught exception in thread [main]",
)
# ES 7 leaves the record open after its message and prints each element on its own line.
ERROR_LINES = [
    ERROR[:-1] + ", ",
    *[
        ('"stacktrace": [' if i == 0 else "") + json.dumps(frame) + ","
        for i, frame in enumerate(TRACE[:-1])
    ],
    json.dumps(TRACE[-1]) + "] }",
]
INFO = _es7(
    "2024-06-03T08:15:00,101Z", "INFO", "o.e.p.PluginsService", "loaded module [x-pack-security]"
)
WARN = _es7(
    "2024-06-03T08:15:05,003Z", "WARN", "o.e.d.SeedHostsResolver", "failed to resolve host [es-0]"
)
ES7 = "\n".join([INFO, *ERROR_LINES, WARN]) + "\n"


def ingest_text(tmp_path: Path, text: str, **options) -> tuple[list[tuple], list[tuple]]:
    """(events as (line, level, service, message, exception_type, exception_value), the
    quarantine's (line, raw))."""
    log = tmp_path / "app.log"
    log.write_text(text)
    db = tmp_path / "store.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions(**options))
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute(
            "SELECT line, level, service, message, exception_type, exception_value "
            "FROM events ORDER BY line"
        ).fetchall()
        rejected = con.execute("SELECT line, raw FROM quarantine ORDER BY line").fetchall()
    return events, rejected


def test_an_elasticsearch_7_error_with_its_stacktrace_array_is_one_event(tmp_path: Path):
    events, rejected = ingest_text(tmp_path, ES7)
    assert rejected == []
    assert events == [
        # `component` is the logging class (json_dialects): the logger; the service is ES.
        (1, "info", "elasticsearch", "loaded module [x-pack-security]", None, None),
        (
            2,
            "error",
            "elasticsearch",
            "uncaught exception in thread [main]",
            "org.elasticsearch.bootstrap.StartupException",
            "java.lang.IllegalArgumentException: unknown setting [xpack.monitoring.enabledd]",
        ),
        (
            9,
            "warning",
            "elasticsearch",
            "failed to resolve host [es-0]",
            None,
            None,
        ),
    ]
    with duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True) as con:
        (stack, ts) = con.execute("SELECT stack, timestamp FROM events WHERE line = 2").fetchone()
    chain = orjson.loads(stack)
    assert [c["type"] for c in chain] == [
        "org.elasticsearch.bootstrap.StartupException",
        "java.lang.IllegalArgumentException",
    ]
    assert {f["function"] for f in chain[0]["frames"]} == {"init", "execute"}
    assert chain[1]["frames"][0]["file"] == "AbstractScopedSettings.java"
    assert ts.isoformat() == "2024-06-03T08:15:04.512000"


def test_pretty_printed_json_objects_are_one_event_each(tmp_path: Path):
    records = [
        {
            "@timestamp": f"2024-06-03T09:00:0{i}.250Z",
            "level": "ERROR" if i == 1 else "INFO",
            "logger_name": "com.shop.checkout.PaymentService",
            "message": f"payment {i} settled",
            "context": {"order_id": 4100 + i, "tags": ["eu", "card"]},
        }
        for i in range(3)
    ]
    text = "".join(orjson.dumps(r, option=orjson.OPT_INDENT_2).decode() + "\n" for r in records)
    events, rejected = ingest_text(tmp_path, text, format="json")
    assert rejected == []
    assert [(e[0], e[1], e[3]) for e in events] == [
        (1, "info", "payment 0 settled"),
        (14, "error", "payment 1 settled"),
        (27, "info", "payment 2 settled"),
    ]


def test_an_object_that_never_closes_is_rejected_line_by_line(tmp_path: Path):
    """A writer killed mid-record: its lines are rejected as before; nothing else is lost."""
    lines = ES7.splitlines()
    cut = [lines[0], *lines[1:4], lines[-1]]  # the error record lost its end
    events, rejected = ingest_text(tmp_path, "\n".join(cut) + "\n")
    assert [e[0] for e in events] == [1, 5]
    assert [r[0] for r in rejected] == [2, 3, 4]
    assert rejected[0][1].decode().startswith('{"type": "server"')


def test_a_record_cut_by_a_new_record_is_rejected_and_the_new_one_kept(tmp_path: Path):
    lines = ES7.splitlines()
    # The first record's end is lost, and the next multi-line record starts right after.
    text = "\n".join([*lines[1:3], *lines[1:]]) + "\n"
    events, rejected = ingest_text(tmp_path, text, format="json")
    assert [(e[0], e[4]) for e in events] == [
        (3, "org.elasticsearch.bootstrap.StartupException"),
        (10, None),
    ]
    assert [r[0] for r in rejected] == [1, 2]


@pytest.mark.parametrize("batch_events", [1, 20_000])
def test_a_record_across_a_block_and_a_batch_boundary_is_one_event(tmp_path: Path, batch_events):
    one = ES7.splitlines()[0]
    error = ES7.splitlines()[1:8]
    before = DECODE_LINES - 3  # the error record's lines straddle the first block's end
    text = "\n".join([one] * before + error + [one] * 5) + "\n"
    events, rejected = ingest_text(tmp_path, text, batch_events=batch_events)
    assert rejected == []
    assert len(events) == before + 1 + 5
    assert events[before][0] == before + 1
    assert events[before][4] == "org.elasticsearch.bootstrap.StartupException"
    assert events[before + 1][0] == before + 1 + len(error)


def _lines(*texts: str) -> list[Line]:
    return [Line(text, i, 0, 0) for i, text in enumerate(texts, 1)]


def test_spanning_records_gives_up_an_object_past_its_bound():
    spanning = SpanningRecords(FORMAT.incomplete, 1 << 20)
    lines = _lines('{"message": "x", "items": [', *['"a",'] * MAX_SPANNING_LINES, '"b"] }')
    given_up = []
    for line in lines[:-1]:
        done, lost = spanning.feed(line)
        assert done == []
        given_up += lost
    assert len(given_up) == MAX_SPANNING_LINES + 1  # all of them, none kept
    done, lost = spanning.feed(lines[-1])
    assert done == [] and lost == [lines[-1]]  # alone, it opens nothing


def test_spanning_records_gives_up_when_a_line_read_alone_comes_between():
    spanning = SpanningRecords(FORMAT.incomplete, 1 << 20)
    first, second, _alone, last = _lines('{"message": "x",', '"level": "info",', "", '"a": 1}')
    assert spanning.feed(first) == ([], [])
    assert spanning.feed(second) == ([], [])
    assert spanning.feed(last) == ([], [first, second, last])


def test_text_after_a_closed_object_is_not_joined():
    spanning = SpanningRecords(FORMAT.incomplete, 1 << 20)
    first, last = _lines('{"message": "x",', '"a": 1} }')
    spanning.feed(first)
    done, lost = spanning.feed(last)
    assert done == [first, last] and lost == []  # complete, for the format to refuse
    assert FORMAT.parse_block([spanning_text(done)]) == [None]
