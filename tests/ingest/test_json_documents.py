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

from errctl.ingest.json_documents import DocumentReader, detect_document
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
            None,
            None,
            "[ERROR] KeyError: 'user_id'",
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
    assert [r[:3] for r in rows] == [
        (1, "2025-11-27T08:00:00.000000", None),
        (1, "2025-11-27T08:00:01.000000", None),
        (1, "2025-11-27T08:00:02.000000", None),
    ]
    assert [r[5] for r in rows] == ["PutObject", "GetObject", "PutObject"]
    assert orjson.loads(rows[1][6]) == {"type": "IAMUser", "userName": "deploy-1"}
    assert "eventName=GetObject" in rows[1][4]


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
    assert stored(db, ", host") == [
        (
            first,
            "2025-11-27T11:30:00.250000",
            "error",
            "orders",
            "connection reset by peer",
            "node-4",
        ),
        (second, "2025-11-27T11:30:01.000000", "info", "orders", "retrying", None),
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
}


@pytest.mark.parametrize("name", SHAPES)
def test_a_read_resumed_at_any_resume_point_gives_exactly_the_records_after_it(name: str):
    data = SHAPES[name]
    document = detect_document(data)
    assert document is not None
    whole = list(DocumentReader(io.BytesIO(data), document).elements())
    assert whole and all(e.reason is None for e in whole)
    assert [orjson.loads(e.text) for e in whole]  # each a record's JSON
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
