# ruff: noqa: E501
"""A JSON record as the whole message of a plain-text line (errctl.formats.embedded_record):
its message key is the message, its other keys attributes; the text head's time, level and
logger stand, and the record's fill what the head left out."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest.stored import stored_events

PYTHON_LOGGING = """\
2024-06-07 09:05:14,200 INFO {"event": "payment declined", "order": 4182, "reason": "cvv"}
2024-06-07 09:05:15,310 ERROR {"event": "payment declined", "order": 4190, "reason": "expired"}
2024-06-07 09:05:16,420 WARNING {"event": "card vault slow", "ms": 5120}
"""


def test_a_json_record_after_a_python_logging_head_is_read(tmp_path: Path):
    rows = stored_events(
        tmp_path,
        PYTHON_LOGGING,
        "line, strftime(timestamp, '%H:%M:%S'), level, logger, message, template, attributes",
    )
    assert [row[:6] for row in rows] == [
        (1, "09:05:14", "info", None, "payment declined", "payment declined"),
        (2, "09:05:15", "error", None, "payment declined", "payment declined"),
        (3, "09:05:16", "warning", None, "card vault slow", "card vault slow"),
    ]
    assert json.loads(rows[1][6]) == {"order": 4190, "reason": "expired"}


NAMED = """\
2024-06-07T09:05:14.200Z billing {"level": "error", "msg": "upstream timed out after 30s", "ts": "2024-06-07T09:05:14.180Z"}
2024-06-07T09:05:14.900Z billing {"level": "info", "msg": "retry 2 scheduled"}
2024-06-07T09:05:15.100Z billing {"level": "error", "msg": "upstream timed out after 45s"}
"""


def test_a_name_before_the_record_is_its_logger_and_the_record_gives_the_level(tmp_path: Path):
    rows = stored_events(
        tmp_path,
        NAMED,
        "line, strftime(timestamp, '%H:%M:%S.%g'), level, logger, template, attributes",
    )
    assert [row[:5] for row in rows] == [
        (1, "09:05:14.200", "error", "billing", "upstream timed out after <*>"),
        (2, "09:05:14.900", "info", "billing", "retry <*> scheduled"),
        (3, "09:05:15.100", "error", "billing", "upstream timed out after <*>"),
    ]
    # The head's time is the event's; the record's own is kept beside it.
    assert json.loads(rows[0][5]) == {"time": "2024-06-07T09:05:14.180Z"}


WITHOUT_MESSAGE = """\
2024-06-07 09:05:14,200 INFO {"order": 4182, "status": "paid"}
2024-06-07 09:05:15,310 INFO {"order": 4190, "status": "refunded"}
"""


def test_a_record_with_no_message_key_stays_text(tmp_path: Path):
    rows = stored_events(tmp_path, WITHOUT_MESSAGE, "line, level, message")
    assert rows == [
        (1, "info", '{"order": 4182, "status": "paid"}'),
        (2, "info", '{"order": 4190, "status": "refunded"}'),
    ]
