"""winston's `format.simple()` lines (errctl.formats.winston): the level, the message, and the
record's other fields as JSON, read as a JSON line's are."""

from __future__ import annotations

import pytest

from errctl.formats.winston import FORMAT
from tests.ingest.stored import stored_events


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'warn: slow lookup for order 5 {"ms":155,"timestamp":"2026-12-04T02:53:52.779Z"}',
            ("warning", "slow lookup for order 5", "2026-12-04T02:53:52.779Z", None, {"ms": 155}),
        ),
        (
            'error: db query failed {"code":"ECONNRESET","service":"orders","timestamp":"t1"}',
            ("error", "db query failed", "t1", "orders", {"code": "ECONNRESET"}),
        ),
        (  # a ` {` in the message: the JSON is the object that ends the line
            'info: cache {warm} now {"keys":3}',
            ("info", "cache {warm} now", None, None, {"keys": 3}),
        ),
        ('verbose: tick {"n":1}', ("debug", "tick", None, None, {"n": 1})),
    ],
)
def test_the_level_message_and_fields(line, expected):
    fields = FORMAT.parse(line)
    assert fields is not None
    assert (
        fields.level,
        fields.message,
        fields.timestamp,
        fields.service,
        fields.attributes,
    ) == expected


def test_format_label_is_the_logger():
    fields = FORMAT.parse('info: started {"label":"billing","port":8080}')
    assert fields is not None
    assert (fields.logger, fields.attributes) == ("billing", {"port": 8080})


def test_format_errors_stack_is_the_trace():
    line = 'error: boom {"stack":"Error: boom\\n    at f (/srv/a.js:1:2)","timestamp":"t"}'
    fields = FORMAT.parse(line)
    assert fields is not None and fields.exception_text == "Error: boom\n    at f (/srv/a.js:1:2)"


@pytest.mark.parametrize(
    "line",
    [
        "error: no fields after it",  # too little to tell from another program's line
        "error: {}",
        'ERROR: shouting {"a":1}',
        'warning: not an npm level {"a":1}',
        'info: another record {"level":"info","message":"inside"}',
        'error: cut {"a":',
    ],
)
def test_what_is_not_winston_s(line):
    assert FORMAT.parse(line) is None


def test_a_file_of_these_lines_takes_their_times(tmp_path):
    text = (
        'info: server listening {"port":8080,"timestamp":"2024-05-01T10:00:00.000Z"}\n'
        'warn: slow lookup for order 5 {"ms":155,"timestamp":"2024-05-01T10:00:01.500Z"}\n'
        'error: db query failed {"code":"ECONNRESET","timestamp":"2024-05-01T10:00:02.000Z"}\n'
    )
    assert stored_events(tmp_path, text, "format, timestamp::VARCHAR, level, message") == [
        ("winston", "2024-05-01 10:00:00", "info", "server listening"),
        ("winston", "2024-05-01 10:00:01.5", "warning", "slow lookup for order 5"),
        ("winston", "2024-05-01 10:00:02", "error", "db query failed"),
    ]


def test_in_a_file_of_winstons_records_a_line_without_json_is_one_too(tmp_path):
    """Parse Server's console: a record's JSON ends its message's last line, so the first
    line of a message of several lines has none; nor has a record without metadata."""
    text = (
        'error: Parse error: Invalid session token {"code":209,'
        '"timestamp":"2024-06-04T06:00:45.778Z"}\n'
        "info: Ran cloud function getFeed for user 77UQ1rA4lD with:\n"
        '  Input: {"page":1}\n'
        '  Result: {"count":20} {"functionName":"getFeed","user":"77UQ1rA4lD"}\n'
        "warn: DeprecationWarning: option 'x' will change\n"
    )
    rows = stored_events(tmp_path, text, "line, format, level, split_part(message, chr(10), 1)")
    assert rows == [
        (1, "winston", "error", "Parse error: Invalid session token"),
        (2, "winston", "info", "Ran cloud function getFeed for user 77UQ1rA4lD with:"),
        (5, "winston", "warning", "DeprecationWarning: option 'x' will change"),
    ]
    # Alone, such a line is no winston record: another program's `error: ...` looks the same.
    assert FORMAT.parse("info: Ran cloud function getFeed with:") is None
