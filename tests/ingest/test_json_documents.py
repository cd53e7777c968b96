"""Log exports written as one JSON document: each record is one event, read as a JSON line is.

Shapes (`ingest.json_documents`): a top-level array (Cloud Logging's "download as JSON",
`jq -s .`), an object wrapping the records (CloudTrail's `Records`, `aws logs
filter-log-events`' `events`, Elasticsearch's `hits.hits[]._source`), concatenated
pretty-printed objects (`jq .`). Resuming, idempotence, the per-record cap and bad input too.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import orjson
import pytest

from errctl.ingest import json_documents
from errctl.ingest.json_documents import BROKEN, DocumentReader, detect_document
from tests.ingest.test_pipeline import query, run

EVENTS = "SELECT line, strftime(timestamp, '%Y-%m-%dT%H:%M:%S.%f'), level, service, message"
QUARANTINE = "SELECT line, reason FROM quarantine ORDER BY line, reason"


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def stored(db: Path, extra: str = "") -> list[tuple]:
    return query(db, f"{EVENTS}{extra} FROM events ORDER BY id")


# Cloud Logging's download: an array of LogEntry objects, pretty-printed with two spaces.
GCP = [
    {
        "insertId": "1x9k2f0b3",
        "jsonPayload": {"message": "payment declined {card: visa}", "order": 1812},
        "resource": {"type": "cloud_run_revision", "labels": {"service_name": "checkout"}},
        "timestamp": "2025-11-27T09:14:03.512Z",
        "severity": "ERROR",
        "logName": "projects/shop-prod/logs/run.googleapis.com%2Fstdout",
    },
    {
        "insertId": "1x9k2f0b4",
        "textPayload": 'GET /healthz "200"',
        "timestamp": "2025-11-27T09:14:04Z",
        "severity": "INFO",
        "logName": "projects/shop-prod/logs/run.googleapis.com%2Frequests",
    },
]


def test_a_pretty_printed_array_of_records_is_one_event_a_record(tmp_path: Path, db):
    log = tmp_path / "downloaded-logs-20251127.json"
    text = json.dumps(GCP, indent=2) + "\n"
    log.write_text(text)
    second = line_of(text, '"insertId": "1x9k2f0b4"') - 1  # its `{` line
    summary = run([log], db)
    assert summary.sources[0].format == "json"
    assert summary.sources[0].format_reason == "a JSON array of records"
    assert stored(db, ", attributes->>'insertId'") == [
        (
            2,
            "2025-11-27T09:14:03.512000",
            "error",
            "checkout",  # Cloud Run's service, from resource.labels (json_dialects)
            "payment declined {card: visa}",
            "1x9k2f0b3",
        ),
        (second, "2025-11-27T09:14:04.000000", "info", None, 'GET /healthz "200"', "1x9k2f0b4"),
    ]
    assert query(db, QUARANTINE) == []


def test_a_compact_one_line_array_and_its_elements_that_are_not_objects(tmp_path: Path, db):
    records = [
        {"time": "2025-11-27T10:00:00+01:00", "level": "warn", "msg": "disk 91% full"},
        "a stray string",
        17,
        {"time": "2025-11-27T10:00:01+01:00", "level": "error", "msg": "disk full"},
    ]
    log = tmp_path / "export.json"
    log.write_text(json.dumps(records))
    run([log], db)
    assert stored(db) == [
        (1, "2025-11-27T09:00:00.000000", "warning", None, "disk 91% full"),
        (1, "2025-11-27T09:00:01.000000", "error", None, "disk full"),
    ]
    assert query(db, QUARANTINE) == [
        (1, "JSON document element is a number, not an object"),
        (1, "JSON document element is a string, not an object"),
    ]


AWS_EVENTS = {
    "events": [
        {
            "logStreamName": "2025/11/27/[$LATEST]5f1c0e",
            "timestamp": 1764244800000,
            "message": "[ERROR] KeyError: 'user_id'",
            "ingestionTime": 1764244800412,
            "eventId": "38212718520339873",
        },
        {
            "logStreamName": "2025/11/27/[$LATEST]5f1c0e",
            "timestamp": 1764244801250,
            "message": "END RequestId: 7a1c",
            "ingestionTime": 1764244801600,
            "eventId": "38212718520339874",
        },
    ],
    "searchedLogStreams": [
        {"logStreamName": "2025/11/27/[$LATEST]5f1c0e", "searchedCompletely": True}
    ],
}


def test_aws_logs_filter_log_events_output_reads_its_events(tmp_path: Path, db):
    log = tmp_path / "events.json"
    log.write_text(json.dumps(AWS_EVENTS, indent=4) + "\n")
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "events"'
    assert stored(db, ", attributes->>'logStreamName'") == [
        (
            3,
            "2025-11-27T12:00:00.000000",
            "error",  # the Python runtime's `[ERROR] Type: message` (json_dialects)
            None,
            "KeyError: 'user_id'",
            "2025/11/27/[$LATEST]5f1c0e",
        ),
        (
            10,
            "2025-11-27T12:00:01.250000",
            None,
            None,
            "END RequestId: 7a1c",
            "2025/11/27/[$LATEST]5f1c0e",
        ),
    ]
    assert query(db, QUARANTINE) == []


def cloudtrail(n: int, pad: int = 0) -> bytes:
    """A trail's file: `{"Records":[...]}` on one line, as CloudTrail writes it to S3."""
    records = [
        {
            "eventVersion": "1.09",
            "userIdentity": {"type": "IAMUser", "userName": f"deploy-{i % 3}"},
            "eventTime": f"2025-11-27T08:{i // 60 % 60:02d}:{i % 60:02d}Z",
            "eventSource": "s3.amazonaws.com",
            "eventName": "GetObject" if i % 2 else "PutObject",
            "awsRegion": "eu-west-1",
            "errorCode": "AccessDenied" if i % 5 == 0 else None,
            "requestParameters": {"bucketName": "invoices", "key": "x" * pad},
        }
        for i in range(n)
    ]
    return orjson.dumps({"Records": records})


def test_a_gzipped_cloudtrail_file_is_one_event_a_record(tmp_path: Path, db):
    log = tmp_path / "123456789012_CloudTrail_eu-west-1_20251127T0805Z_Ab3.json.gz"
    log.write_bytes(gzip.compress(cloudtrail(3)))
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "Records"'
    rows = stored(db, ", attributes->>'eventName', attributes->>'userIdentity'")
    assert [r[:5] for r in rows] == [  # (json_dialects' CloudTrail reading)
        (1, "2025-11-27T08:00:00.000000", "warning", "s3.amazonaws.com", _put_denied),
        (1, "2025-11-27T08:00:01.000000", "info", "s3.amazonaws.com", "s3.amazonaws.com GetObject"),
        (1, "2025-11-27T08:00:02.000000", "info", "s3.amazonaws.com", "s3.amazonaws.com PutObject"),
    ]
    assert [r[5] for r in rows] == ["PutObject", "GetObject", "PutObject"]
    assert orjson.loads(rows[1][6]) == {"type": "IAMUser", "userName": "deploy-1"}


_put_denied = "s3.amazonaws.com PutObject: AccessDenied"


def test_a_one_line_document_with_no_final_newline_reads_one_line(tmp_path: Path, db):
    log = tmp_path / "ct.json"
    log.write_bytes(b'{"Records":[{"eventTime":"2026-11-27T12:00:00Z","eventName":"X"}]}')
    summary = run([log], db)
    assert (summary.events, summary.sources[0].lines) == (1, 1)
    log.write_bytes(log.read_bytes() + b"\n")
    assert run([log], tmp_path / "other.duckdb").sources[0].lines == 1


def test_a_one_line_document_larger_than_the_line_cap_reads_every_record(tmp_path: Path, db):
    text = cloudtrail(400, pad=4000)  # 1.7 MB on one line: records, not lines, are capped
    assert len(text) > 1024 * 1024 and b"\n" not in text
    log = tmp_path / "trail.json"
    log.write_bytes(text)
    summary = run([log], db)
    assert summary.events == 400 and summary.rejected == 0
    assert query(db, "SELECT count(DISTINCT timestamp), max(line) FROM events") == [(400, 1)]


def test_a_record_over_the_cap_is_rejected_and_the_rest_still_land(tmp_path: Path, db):
    big = {"time": "2025-11-27T10:00:01Z", "msg": "x" * (1024 * 1024 + 10)}
    small = {"time": "2025-11-27T10:00:02Z", "level": "info", "msg": "after"}
    log = tmp_path / "big.json"
    log.write_text("[\n" + ",\n".join(json.dumps(r) for r in (small, big, small)) + "\n]\n")
    run([log], db)
    assert [r[0] for r in stored(db)] == [2, 4]
    assert query(db, QUARANTINE) == [(3, "JSON record over 1024 KiB: not read")]


ES_SEARCH = {
    "took": 12,
    "timed_out": False,
    "_shards": {"total": 3, "successful": 3, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 2, "relation": "eq"},
        "max_score": None,
        "hits": [
            {
                "_index": ".ds-logs-app-2025.11.27-000001",
                "_id": "k2Pj3ZMB",
                "_score": None,
                "_source": {
                    "@timestamp": "2025-11-27T11:30:00.250Z",
                    "log.level": "error",
                    "message": "connection reset by peer",
                    "service.name": "orders",
                    "host.name": "node-4",
                },
                "sort": [1764243000250],
            },
            {
                "_index": ".ds-logs-app-2025.11.27-000001",
                "_id": "k2Pj3ZMC",
                "_score": None,
                "_source": {
                    "@timestamp": "2025-11-27T11:30:01Z",
                    "log.level": "info",
                    "message": "retrying",
                    "service.name": "orders",
                },
                "sort": [1764243001000],
            },
        ],
    },
}


def test_elasticsearch_search_output_reads_each_hits_source(tmp_path: Path, db):
    log = tmp_path / "search.json"
    text = json.dumps(ES_SEARCH, indent=2)
    log.write_text(text)
    first, second = (line_of(text, f'"_id": "{i}"') - 2 for i in ("k2Pj3ZMB", "k2Pj3ZMC"))
    summary = run([log], db)
    assert (
        summary.sources[0].format_reason
        == 'JSON document: records under "hits.hits" (each its _source)'
    )
    attrs = "attributes->>'_index', attributes->>'_id', attributes->>'_score'"
    assert stored(db, f", host, {attrs}") == [
        (
            first,
            "2025-11-27T11:30:00.250000",
            "error",
            "orders",
            "connection reset by peer",
            "node-4",
            ".ds-logs-app-2025.11.27-000001",
            "k2Pj3ZMB",
            None,  # the hit's score and sort values are the search's, not the event's
        ),
        (
            second,
            "2025-11-27T11:30:01.000000",
            "info",
            "orders",
            "retrying",
            None,
            ".ds-logs-app-2025.11.27-000001",
            "k2Pj3ZMC",
            None,
        ),
    ]


def test_an_object_whose_only_list_of_objects_is_the_records(tmp_path: Path, db):
    export = {
        "exportedAt": "2025-11-28T00:00:00Z",
        "count": 2,
        "lines": [
            {"ts": "2025-11-27T10:00:00Z", "level": "error", "msg": "a"},
            {"ts": "2025-11-27T10:00:01Z", "level": "debug", "msg": "b"},
        ],
    }
    log = tmp_path / "export.json"
    log.write_text(json.dumps(export, indent=2))
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "lines"'
    assert [r[2:] for r in stored(db)] == [("error", None, "a"), ("debug", None, "b")]


def test_concatenated_pretty_printed_objects_are_detected(tmp_path: Path, db):
    records = [
        {"ts": "2025-11-27T10:00:00Z", "level": "error", "msg": "first", "user": {"id": 7}},
        {"ts": "2025-11-27T10:00:01Z", "level": "info", "msg": "second"},
    ]
    log = tmp_path / "jq.out"
    log.write_text("".join(json.dumps(r, indent=2) + "\n" for r in records))
    summary = run([log], db)
    assert summary.sources[0].format_reason == "concatenated JSON objects, pretty-printed"
    assert stored(db, ", attributes->>'user'") == [
        (1, "2025-11-27T10:00:00.000000", "error", None, "first", '{"id":7}'),
        (9, "2025-11-27T10:00:01.000000", "info", None, "second", None),
    ]


def test_a_truncated_document_keeps_its_records_and_says_where_it_was_cut(tmp_path: Path, db):
    text = json.dumps(GCP + GCP, indent=2)
    cut = text[: text.index('"severity": "INFO"', text.index("1x9k2f0b4") + 200)]
    log = tmp_path / "cut.json"
    log.write_text(cut)
    summary = run([log], db)
    assert summary.events == 3
    assert query(db, QUARANTINE) == [(41, "JSON document cut short in a record")]
    run([log], db)  # read again: nothing new, the cut record not rejected twice
    assert query(db, "SELECT count(*) FROM events") == [(3,)]
    assert query(db, "SELECT count(*) FROM quarantine") == [(1,)]


def test_invalid_json_in_a_record_and_text_after_the_document(tmp_path: Path, db):
    log = tmp_path / "bad.json"
    log.write_text(
        "[\n"
        '  {"ts": "2025-11-27T10:00:00Z", "msg": "good one"},\n'
        '  {"ts": "2025-11-27T10:00:01Z", "msg": broken},\n'
        '  {"ts": "2025-11-27T10:00:02Z", "msg": "good two"}\n'
        "]\n"
        "trailing garbage\n"
    )
    run([log], db)
    assert [r[4] for r in stored(db)] == ["good one", "good two"]
    assert query(db, QUARANTINE) == [
        (3, "invalid JSON: unexpected character, expected a JSON value"),
        (6, "text outside the JSON document"),
    ]


def test_the_same_document_twice_adds_nothing(tmp_path: Path, db):
    log = tmp_path / "events.json"
    log.write_text(json.dumps(AWS_EVENTS, indent=4))
    assert run([log], db).events == 2
    again = run([log], db)
    assert again.events == 0 and again.rejected == 0
    assert query(db, "SELECT count(*) FROM events") == [(2,)]


def test_an_array_still_being_written_resumes_at_its_last_record(tmp_path: Path, db):
    """A read that ended at a record boundary inside the array resumes there: the records
    appended later are read, and none twice."""
    first, second = GCP
    log = tmp_path / "growing.json"
    log.write_text("[\n" + json.dumps(first) + ",\n" + json.dumps(second))
    run([log], db)
    with log.open("a") as f:
        f.write(",\n" + json.dumps({**first, "insertId": "third"}) + "\n]\n")
    summary = run([log], db)
    assert summary.events == 1
    assert query(db, "SELECT line, attributes->>'insertId' FROM events ORDER BY id") == [
        (2, "1x9k2f0b3"),
        (3, "1x9k2f0b4"),
        (4, "third"),
    ]


def test_batches_commit_inside_a_document_and_every_record_lands_once(tmp_path: Path, db):
    records = [{"ts": f"2025-11-27T10:00:{i % 60:02d}Z", "msg": f"r{i}"} for i in range(50)]
    log = tmp_path / "many.json"
    log.write_text(json.dumps(records, indent=1))
    run([log], db, batch_events=7)
    assert query(db, "SELECT count(*), count(DISTINCT message) FROM events") == [(50, 50)]


def subscription(group: str, stream: str, *messages: str, at: int = 1764244800000) -> bytes:
    """One CloudWatch Logs subscription data object, as Firehose delivers it to S3."""
    return orjson.dumps(
        {
            "messageType": "DATA_MESSAGE",
            "owner": "123456789012",
            "logGroup": group,
            "logStream": stream,
            "subscriptionFilters": ["to-s3"],
            "logEvents": [
                {"id": f"3821271852033987{i}", "timestamp": at + i, "message": m}
                for i, m in enumerate(messages)
            ],
        }
    )


RID = "8f5b2c1e-4a7d-4e21-9c3b-5d6e7f809a1b"


def test_cloudwatch_subscription_data_gives_each_event_its_log_group_and_stream(tmp_path: Path, db):
    log = tmp_path / "firehose-1-2025-11-27-12-00-00-ab12"
    log.write_bytes(
        subscription(
            "/aws/lambda/checkout",
            "2025/11/27/[$LATEST]5f1c0e",
            f"2025-11-27T12:00:00.000Z\t{RID}\tERROR\tpayment declined for order 1812\n",
            '{"level":"WARN","msg":"slow upstream","upstream":"stripe"}\n',
        )
        + subscription("/ecs/cart", "cart/web/0a1b", "cart emptied", at=1764244900000)
    )
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "logEvents"'
    attrs = "attributes->>'logStream', attributes->>'owner', attributes->>'request_id'"
    assert stored(db, f", {attrs}, attributes->>'upstream'") == [
        (
            1,
            "2025-11-27T12:00:00.000000",
            "error",  # the Lambda Node.js runtime's header (json_dialects)
            "/aws/lambda/checkout",
            "payment declined for order 1812",
            "2025/11/27/[$LATEST]5f1c0e",
            "123456789012",
            RID,
            None,
        ),
        (
            1,
            "2025-11-27T12:00:00.001000",
            "warning",  # a JSON logger's record, read through the aliases
            "/aws/lambda/checkout",
            "slow upstream",
            "2025/11/27/[$LATEST]5f1c0e",
            "123456789012",
            None,
            "stripe",
        ),
        (
            1,
            "2025-11-27T12:01:40.000000",
            None,
            "/ecs/cart",
            "cart emptied",
            "cart/web/0a1b",
            "123456789012",
            None,
            None,
        ),
    ]
    # The wrapper's bookkeeping is not the events'.
    assert query(
        db, "SELECT count(*) FROM events WHERE attributes->>'messageType' IS NOT NULL"
    ) == [(0,)]


def test_a_read_resumed_inside_a_wrapper_keeps_the_heads_context(tmp_path: Path, db):
    """The second read starts between two records of the array: the group and stream come
    from the file's head."""
    whole = subscription("/aws/lambda/checkout", "s1", "first", "second", "third")
    cut = whole.index(b',{"id"', whole.index(b'"first"'))  # a growing file, cut there
    log = tmp_path / "growing.json"
    log.write_bytes(whole[:cut])
    assert run([log], db).events == 1
    log.write_bytes(whole)
    assert run([log], db).events == 2
    assert query(
        db, "SELECT message, service, attributes->>'logStream' FROM events ORDER BY id"
    ) == [
        ("first", "/aws/lambda/checkout", "s1"),
        ("second", "/aws/lambda/checkout", "s1"),
        ("third", "/aws/lambda/checkout", "s1"),
    ]


def test_records_of_a_later_wrapper_resume_at_its_end_only():
    """Resuming inside the second object would give it the first one's context: its records
    are no resume points, the object's end is one."""
    data = subscription("/a", "s1", "a1", "a2") + b"\n" + subscription("/b", "s2", "b1", "b2")
    document = detect_document(data)
    assert document is not None
    assert document.context == (
        ("owner", b'"123456789012"'),
        ("logGroup", b'"/a"'),
        ("logStream", b'"s1"'),
    )
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    shown = [(orjson.loads(e.text)["message"] if e.text else None, e.resumable) for e in whole]
    assert shown == [("a1", True), ("a2", True), ("b1", False), ("b2", False), (None, True)]
    assert whole[-1].end == len(data)


OTLP_LINE = {
    "resourceLogs": [
        {
            "resource": {
                "attributes": [
                    {"key": "service.name", "value": {"stringValue": "checkout"}},
                    {"key": "host.name", "value": {"stringValue": "web-3"}},
                ]
            },
            "scopeLogs": [
                {
                    "scope": {"name": "com.shop.payments"},
                    "logRecords": [
                        {
                            "timeUnixNano": "1764244800123456789",
                            "severityNumber": 17,
                            "severityText": "ERROR",
                            "body": {"stringValue": "payment failed"},
                            "attributes": [
                                {"key": "order.id", "value": {"intValue": "1812"}},
                                {
                                    "key": "exception.stacktrace",
                                    "value": {
                                        "stringValue": "java.lang.IllegalStateException: card"
                                        "\n\tat com.shop.Pay.charge(Pay.java:42)"
                                    },
                                },
                            ],
                            "traceId": "5b8aa5a2d2c872e8321cf37308d69df2",
                            "spanId": "051581bf3cb55c13",
                        },
                        {
                            "timeUnixNano": "0",
                            "observedTimeUnixNano": "1764244801000000000",
                            "severityNumber": 13,
                            "body": {"stringValue": "retrying"},
                        },
                    ],
                }
            ],
        },
        {
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart"}}]},
            "scopeLogs": [
                {
                    "scope": {"name": "cart"},
                    "logRecords": [
                        {"timeUnixNano": "1764244802000000000", "body": {"stringValue": "ok"}}
                    ],
                }
            ],
        },
    ]
}


def test_the_otel_collector_file_exporter_gives_each_log_record_its_resource_and_scope(
    tmp_path: Path, db
):
    log = tmp_path / "otel-logs.json"
    log.write_bytes(orjson.dumps(OTLP_LINE) + b"\n")
    summary = run([log], db)
    assert summary.sources[0].format_reason == (
        'JSON document: records under "resourceLogs.scopeLogs.logRecords"'
    )
    attrs = "attributes->>'span_id', attributes->>'order.id'"
    assert stored(db, f", host, logger, trace_id, exception_type, {attrs}") == [
        (
            1,
            "2025-11-27T12:00:00.123456",
            "error",
            "checkout",
            "payment failed",
            "web-3",
            "com.shop.payments",
            "5b8aa5a2d2c872e8321cf37308d69df2",
            "java.lang.IllegalStateException",
            "051581bf3cb55c13",
            "1812",
        ),
        (
            1,
            "2025-11-27T12:00:01.000000",
            "warning",  # severityNumber 13-16
            "checkout",
            "retrying",
            "web-3",
            "com.shop.payments",
            None,
            None,
            None,
            None,
        ),
        (1, "2025-11-27T12:00:02.000000", None, "cart", "ok", None, "cart", None, None, None, None),
    ]
    # A line appended later is read alone: resumed between two requests.
    line2 = orjson.loads(orjson.dumps(OTLP_LINE))
    line2["resourceLogs"] = line2["resourceLogs"][1:]
    with log.open("ab") as f:
        f.write(orjson.dumps(line2) + b"\n")
    assert run([log], db).events == 1
    assert query(db, "SELECT line, service FROM events WHERE id = 4") == [(2, "cart")]


SHAPES = {
    "pretty array": json.dumps(GCP * 3, indent=2).encode(),
    "compact array": json.dumps(GCP * 3).encode(),
    "cloudtrail": cloudtrail(7),
    "aws events": json.dumps(AWS_EVENTS, indent=4).encode(),
    "elasticsearch": json.dumps(ES_SEARCH, indent=2).encode(),
    "concatenated": b"".join(json.dumps(r, indent=2).encode() + b"\n" for r in GCP * 3),
    "subscription data": b"".join(  # Firehose's concatenated CloudWatch Logs objects
        orjson.dumps({"messageType": "DATA_MESSAGE", "logGroup": "/x", "logEvents": GCP})
        for _ in range(3)
    ),
    "subscription data, other groups": b"\n".join(
        subscription(f"/aws/lambda/f{i}", "s", "a", "b") for i in range(3)
    ),
    "otlp": b"".join(orjson.dumps(OTLP_LINE) + b"\n" for _ in range(3)),
    "subscription data, context after the events": b"\n".join(
        json.dumps(orjson.loads(subscription(f"/f{i}", "s", "a", "b")), sort_keys=True).encode()
        for i in range(3)
    ),
    "otlp, resource and scope after": orjson.dumps(
        {
            "resourceLogs": [
                {
                    "scopeLogs": [
                        {"logRecords": scope["logRecords"], "scope": scope["scope"]}
                        for scope in resource["scopeLogs"]
                    ],
                    "resource": resource["resource"],
                }
                for resource in OTLP_LINE["resourceLogs"]
            ]
        }
    ),
}


@pytest.mark.parametrize("name", SHAPES)
def test_a_read_resumed_at_any_resume_point_gives_exactly_the_records_after_it(name: str):
    data = SHAPES[name]
    document = detect_document(data)
    assert document is not None
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    assert whole and all(e.reason is None for e in whole)
    assert [orjson.loads(e.text) for e in whole if e.text is not None]  # each a record's JSON
    points = [i for i, e in enumerate(whole) if e.resumable]
    assert points
    for i in points:
        stream = io.BytesIO(data)
        stream.seek(whole[i].end)
        rest = list(DocumentReader(stream, document, whole[i].end, whole[i].end_line).elements())
        expected = whole[i + 1 :]
        assert [(e.text, e.line) for e in rest] == [(e.text, e.line) for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        '{"ts": "2025-11-27T10:00:00Z", "msg": "a", "items": [{"id": 1}]}\n{"msg": "b"}\n',
        '{"log": "hello\\n", "stream": "stdout", "time": "2025-11-27T10:00:00Z"}\n',
        '{"request": "r1", "spans": [{"name": "db"}]}\n{"request": "r2", "spans": []}\n',
        "[2025-11-27 10:00:00] production.ERROR: boom\n",
        "[INFO] started\n",
        '[{"a": 1}] is what the client sent\n',
        "{not json at all\n",
        "plain text\n",
    ],
)
def test_json_lines_and_text_are_not_documents(text: str):
    assert detect_document(text.encode()) is None


# A Windows path written into JSON by hand-rolled string concatenation: its final backslash
# escapes the closing quote, and every quote after it pairs up the wrong way.
UNESCAPED = '"copy failed: C:\\Temp\\"'


def test_a_record_with_a_stray_quote_is_rejected_and_the_records_after_it_land(tmp_path: Path, db):
    after = {**GCP[1], "insertId": "after", "textPayload": "GET /orders 200"}
    text = json.dumps([*GCP, after], indent=2).replace('"GET /healthz \\"200\\""', UNESCAPED)
    assert UNESCAPED in text
    log = tmp_path / "downloaded-logs.json"
    log.write_text(text + "\n")
    run([log], db)
    assert stored(db, ", attributes->>'insertId'") == [
        (
            2,
            "2025-11-27T09:14:03.512000",
            "error",
            "checkout",
            "payment declined {card: visa}",
            "1x9k2f0b3",
        ),
        (
            line_of(text, '"after"') - 1,
            "2025-11-27T09:14:04.000000",
            "info",
            None,
            "GET /orders 200",
            "after",
        ),
    ]
    broken = line_of(text, '"1x9k2f0b4"') - 1
    assert query(db, QUARANTINE) == [(broken, BROKEN)]


def test_a_broken_last_record_keeps_the_documents_end(tmp_path: Path, db):
    """The broken record is the last: framing resumes at the array's `]`, and the wrapper
    closes as it should (no `cut short`, no text outside the document)."""
    text = json.dumps(AWS_EVENTS, indent=4).replace('"END RequestId: 7a1c"', UNESCAPED)
    log = tmp_path / "events.json"
    log.write_text(text)
    run([log], db)
    assert [r[4] for r in stored(db)] == ["KeyError: 'user_id'"]
    assert query(db, QUARANTINE) == [(line_of(text, '"2025/11/27/[$LATEST]5f1c0e",') + 6, BROKEN)]


def test_a_broken_record_in_a_one_line_trail_over_the_cap_loses_no_other_record(tmp_path: Path, db):
    """CloudTrail's one line, its second record broken: the frame runs past the cap, is cut
    at the next `},{"eventVersion":` and the 599 other records land (nested `[{...},{...}]`
    in the records are no boundary)."""
    text = cloudtrail(600, pad=3000).replace(
        b'"eventTime":"2025-11-27T08:00:01Z"', b'"eventTime":"\\"'
    )
    log = tmp_path / "trail.json"
    log.write_bytes(text)
    summary = run([log], db)
    assert (summary.events, summary.rejected) == (599, 1)
    assert query(db, QUARANTINE) == [(1, BROKEN)]
    rows = query(db, "SELECT min(timestamp)::VARCHAR, count(DISTINCT timestamp) FROM events")
    assert rows == [("2025-11-27 08:00:00", 599)]


def test_a_broken_object_of_concatenated_jq_output(tmp_path: Path, db):
    records = [{"ts": f"2025-11-27T10:00:0{i}Z", "level": "info", "msg": f"m{i}"} for i in range(3)]
    text = "".join(json.dumps(r, indent=2) + "\n" for r in records).replace('"m1"', UNESCAPED)
    log = tmp_path / "jq.out"
    log.write_text(text)
    run([log], db)
    assert stored(db) == [
        (1, "2025-11-27T10:00:00.000000", "info", None, "m0"),
        (11, "2025-11-27T10:00:02.000000", "info", None, "m2"),
    ]
    assert query(db, QUARANTINE) == [(6, BROKEN)]


def test_a_valid_record_holding_objects_that_start_like_records_is_not_cut():
    records = [
        {"id": 1, "msg": "parent", "children": [{"id": 2, "msg": "x"}, {"id": 3, "msg": "y"}]},
        {"id": 4, "msg": "next"},
    ]
    data = json.dumps(records, separators=(",", ":")).encode()
    document = detect_document(data)
    assert document is not None
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    assert [orjson.loads(e.text) for e in whole] == records


@pytest.mark.parametrize("indent", [2, None])
@pytest.mark.parametrize("chunk", [1024 * 1024, 4096, 97])
def test_a_read_resumed_after_a_broken_record_gives_exactly_the_records_after_it(
    chunk: int, indent: int | None, monkeypatch
):
    monkeypatch.setattr(json_documents, "CHUNK", chunk)
    monkeypatch.setattr(json_documents, "OVERLAP", 64)
    records = [
        {"ts": f"2025-11-27T10:00:{i:02d}Z", "msg": f"m{i}", "pad": "x" * 300} for i in range(40)
    ]
    data = json.dumps({"records": records}, indent=indent).replace('"m3"', UNESCAPED).encode()
    document = detect_document(data)
    assert document is not None
    reader = DocumentReader(io.BytesIO(data), document, max_bytes=2048)
    whole = list(reader.elements())
    assert [e.reason for e in whole] == [None] * 3 + [BROKEN] + [None] * 36
    for i in [i for i, e in enumerate(whole) if e.resumable]:
        stream = io.BytesIO(data)
        stream.seek(whole[i].end)
        rest = DocumentReader(stream, document, whole[i].end, whole[i].end_line, max_bytes=2048)
        expected = whole[i + 1 :]
        assert [(e.text, e.line) for e in rest.elements()] == [(e.text, e.line) for e in expected]


def sorted_subscription(group: str, stream: str, *messages: str) -> bytes:
    """Subscription data as a Firehose transformation Lambda re-serializes it with
    `json.dumps(..., sort_keys=True)`: `logEvents` before `logGroup`, `logStream`, `owner`."""
    return json.dumps(orjson.loads(subscription(group, stream, *messages)), sort_keys=True).encode()


def test_context_members_after_the_records_are_given_to_each_record(tmp_path: Path, db):
    log = tmp_path / "transformed-2025-11-27-12-00-00"
    log.write_bytes(
        sorted_subscription("/aws/lambda/checkout", "2025/11/27/[$LATEST]5f1c0e", "card declined")
        + b"\n"
        + sorted_subscription("/ecs/cart", "cart/web/0a1b", "cart emptied", "cart saved")
    )
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "logEvents"'
    attrs = "attributes->>'logStream', attributes->>'owner', attributes->>'messageType'"
    assert stored(db, f", {attrs}") == [
        (
            1,
            "2025-11-27T12:00:00.000000",
            None,
            "/aws/lambda/checkout",
            "card declined",
            "2025/11/27/[$LATEST]5f1c0e",
            "123456789012",
            None,
        ),
        (
            2,
            "2025-11-27T12:00:00.000000",
            None,
            "/ecs/cart",
            "cart emptied",
            "cart/web/0a1b",
            "123456789012",
            None,
        ),
        (
            2,
            "2025-11-27T12:00:00.001000",
            None,
            "/ecs/cart",
            "cart saved",
            "cart/web/0a1b",
            "123456789012",
            None,
        ),
    ]
    assert run([log], db).events == 0  # read again: nothing twice


def test_a_wrapper_too_long_to_look_through_keeps_the_context_before_its_records(monkeypatch):
    monkeypatch.setattr(json_documents, "LOOKAHEAD_BYTES", 200)
    data = sorted_subscription("/a", "s1", *(f"event {i}" for i in range(20)))
    document = detect_document(data[:150])  # a sample that does not hold the whole wrapper
    assert document is not None and document.context == ()
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    records = [orjson.loads(e.text) for e in whole if e.text]
    assert [r["message"] for r in records] == [f"event {i}" for i in range(20)]
    assert all("logGroup" not in r for r in records) and all(e.resumable for e in whole)


def test_a_read_resumed_inside_a_wrapper_with_trailing_context_keeps_it():
    data = sorted_subscription("/a", "s1", "a1", "a2", "a3")
    document = detect_document(data)
    assert document is not None
    assert document.context == (
        ("logGroup", b'"/a"'),
        ("logStream", b'"s1"'),
        ("owner", b'"123456789012"'),
    )
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    assert [orjson.loads(e.text)["logGroup"] for e in whole] == ["/a"] * 3
    assert all(e.resumable for e in whole)


def test_otlp_with_resource_and_scope_after_the_records_still_names_service_and_logger(
    tmp_path: Path, db
):
    log = tmp_path / "otel-logs.json"
    log.write_bytes(SHAPES["otlp, resource and scope after"] + b"\n")
    run([log], db)
    assert stored(db, ", host, logger") == [
        (
            1,
            "2025-11-27T12:00:00.123456",
            "error",
            "checkout",
            "payment failed",
            "web-3",
            "com.shop.payments",
        ),
        (
            1,
            "2025-11-27T12:00:01.000000",
            "warning",
            "checkout",
            "retrying",
            "web-3",
            "com.shop.payments",
        ),
        (1, "2025-11-27T12:00:02.000000", None, "cart", "ok", None, "cart"),
    ]


def lookup_event(event_id: str, name: str, at: str, user: str, record: dict | str) -> dict:
    """One entry of `aws cloudtrail lookup-events` (CLI v2): the record as a JSON string."""
    return {
        "EventId": event_id,
        "EventName": name,
        "ReadOnly": "false",
        "AccessKeyId": "",
        "EventTime": at,
        "EventSource": "signin.amazonaws.com",
        "Username": user,
        "Resources": [],
        "CloudTrailEvent": record if type(record) is str else json.dumps(record),
    }


def test_cloudtrail_lookup_events_reads_each_events_cloudtrail_record(tmp_path: Path, db):
    login = {
        "eventVersion": "1.09",
        "userIdentity": {"type": "IAMUser", "userName": "alice", "accountId": "123456789012"},
        "eventTime": "2025-11-27T09:12:44Z",
        "eventSource": "signin.amazonaws.com",
        "eventName": "ConsoleLogin",
        "awsRegion": "us-east-1",
        "sourceIPAddress": "203.0.113.9",
        "errorMessage": "Failed authentication",
        "responseElements": {"ConsoleLogin": "Failure"},
        "eventID": "5f1c0e2a-0000-4a7d-9c3b-5d6e7f809a1b",
    }
    output = {
        "Events": [
            lookup_event(
                "5f1c0e2a-0000-4a7d-9c3b-5d6e7f809a1b",
                "ConsoleLogin",
                "2025-11-27T10:12:44+01:00",
                "alice",
                login,
            ),
            # A record cut short by whoever saved the output: the entry's own fields stand in.
            lookup_event(
                "9d0e1f2a-1111-4b8c-8d9e-0a1b2c3d4e5f",
                "ConsoleLogin",
                "2025-11-27T10:15:02+01:00",
                "bob",
                '{"eventVersion":"1.09","userIdentity":{"type":"IAMUser"',
            ),
        ],
        "NextToken": "eyJOZXh0VG9rZW4iOiBudWxsfQ==",
    }
    log = tmp_path / "lookup-events.json"
    text = json.dumps(output, indent=4)
    log.write_text(text + "\n")
    summary = run([log], db)
    assert summary.sources[0].format_reason == 'JSON document: records under "Events"'
    attrs = "attributes->>'eventID', attributes->>'username', attributes->>'sourceIPAddress'"
    assert stored(db, f", {attrs}, attributes->>'CloudTrailEvent'") == [
        (
            3,
            "2025-11-27T09:12:44.000000",
            "warning",  # a refused sign-in (json_dialects' CloudTrail reading)
            "signin.amazonaws.com",
            "signin.amazonaws.com ConsoleLogin: Failure Failed authentication",
            "5f1c0e2a-0000-4a7d-9c3b-5d6e7f809a1b",
            "alice",
            "203.0.113.9",
            None,
        ),
        (
            line_of(text, '"9d0e1f2a') - 1,
            "2025-11-27T09:15:02.000000",
            "info",
            "signin.amazonaws.com",
            "signin.amazonaws.com ConsoleLogin",
            "9d0e1f2a-1111-4b8c-8d9e-0a1b2c3d4e5f",
            "bob",
            None,
            None,
        ),
    ]
    assert query(db, QUARANTINE) == []


def test_a_stray_brace_line_before_json_lines_is_no_document(tmp_path: Path, db):
    """A `{` alone on the first line opens a pretty-printed object only when a key follows
    it: before JSON lines it is a bad line, quarantined, and the first record is an event
    (it was swallowed by the open object, quarantined with it)."""
    records = [orjson.dumps({"ts": 1714564800 + i, "msg": f"m{i}"}) for i in range(3)]
    data = b"{\n" + b"\n".join(records) + b"\n"
    assert detect_document(data) is None
    assert detect_document(b'{\n  "records": [\n') is not None  # a pretty-printer's
    log = tmp_path / "app.jsonl"
    log.write_bytes(data)
    summary = run([log], db)
    assert (summary.events, summary.rejected) == (3, 1)
    assert [r[0] for r in query(db, "SELECT message FROM events ORDER BY id")] == [
        "m0",
        "m1",
        "m2",
    ]
