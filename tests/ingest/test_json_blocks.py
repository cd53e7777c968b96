"""JSON lines read a block at a time must give exactly what reading them one by one gives.

The block path (`JsonFormat.parse_block` + `Normalizer.add_rows`) is what ingest runs; the
per-line path (`JsonFormat.parse` + `Normalizer.add_fields`) is the reference it must match,
column for column, including the state carried from block to block (the last timestamp, which
an event without a readable one takes).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import orjson
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.jsonl import FORMAT
from errctl.ingest.normalize import Normalizer

MTIME = datetime(2026, 11, 27, 12, 0, 0)

TRACE = (
    "Traceback (most recent call last):\n"
    '  File "/srv/app/orders.py", line 12, in place\n'
    "    charge(order)\n"
    "ValueError: card declined"
)
JAVA = "java.lang.IllegalStateException: closed\n\tat com.acme.Pool.get(Pool.java:41)"

keys = st.sampled_from(
    [
        "ts", "time", "timestamp", "level", "severity", "msg", "message", "event", "log",
        "service", "app", "logger", "name", "host", "trace_id", "exc_info", "stack", "error",
        "user_id", "message_template", "error.stack", "extra",
    ]
)  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(
        [
            "2026-11-27T12:00:00.013Z",
            "2026-11-27T12:00:01+02:00",
            "2026-11-27 12:00:02,123",
            "not a time",
            "",
            "ERROR",
            "warn",
            "E",
            "order %s failed for %(user)s",
            "line one\nline two",
            "done\r\n",
            "   ",
            TRACE,
            JAVA,
        ]
    ),
    st.sampled_from([1764244800, 1764244800123, 1764244800.5, 0, 40]),
)
values = st.recursive(scalars, lambda inner: st.dictionaries(keys, inner, max_size=3), max_leaves=5)
# Records of the shapes applications write, whose values vary: most of a real file.
typical = st.fixed_dictionaries(
    {
        "timestamp": st.sampled_from(["2026-11-27T12:00:00.013Z", "", "soon", 1764244800123]),
        "level": st.sampled_from(["INFO", "error", 40, None, ""]),
        "message": st.sampled_from(["GET /a 200", "", "  ", "line\nbreak", "x" * 250, "done\r\n"]),
    },
    optional={
        "exc_info": st.sampled_from([TRACE, JAVA, "", None, "one line"]),
        "error": st.sampled_from([JAVA, "refused", {"stack": JAVA}]),
        "service": st.sampled_from(["api", ""]),
        "message_template": st.sampled_from(["GET %s %d", 3]),
    },
)
records = st.one_of(st.dictionaries(keys, values, max_size=8), typical).map(
    lambda r: orjson.dumps(r).decode()
)
odd_lines = st.sampled_from(
    [
        "",
        "   ",
        "not json",
        "[1, 2]",
        '"a string"',
        "null",
        '{"msg": "cut',
        ' \t{"msg": "leading blanks"}',
        '\ufeff{"msg": "a BOM"}',
        '\r{"msg": "a carriage return first"}',
        '{"msg": "nan", "v": NaN}',
        '{"msg": "huge", "v": 1e400}',
        '{"msg": "dup", "msg": "last wins"}',
    ]
)
blocks = st.lists(st.lists(st.one_of(records, records, odd_lines), max_size=12), max_size=4)


def _normalizer(tz) -> Normalizer:
    return Normalizer("app.jsonl", tz=tz, reference=MTIME, fallback_time=MTIME)


@given(blocks, st.sampled_from([UTC, ZoneInfo("Europe/Berlin")]), st.booleans())
def test_blocks_match_the_line_by_line_reading(texts_by_block, tz, default_service):
    one_by_one, by_block = _normalizer(tz), _normalizer(tz)
    if default_service:
        one_by_one.default_service = by_block.default_service = "checkout"
    number = 1
    for texts in texts_by_block:
        expected_rejects = []
        for i, text in enumerate(texts):
            fields = FORMAT.parse(text) if text else None
            if fields is None:
                expected_rejects.append(number + i)
            else:
                one_by_one.add_fields(fields, "json", number + i, False)

        rows = FORMAT.parse_block(texts)
        rejects = [number + i for i, row in enumerate(rows) if row is None]
        kept = [(number + i, row) for i, row in enumerate(rows) if row is not None]
        by_block.add_rows([n for n, _ in kept], [row for _, row in kept], "json")

        assert rejects == expected_rejects
        assert by_block.last_timestamp == one_by_one.last_timestamp
        number += len(texts)
    assert by_block.take().to_pylist() == one_by_one.take().to_pylist()


def test_a_json_message_that_opens_with_a_level_word_adds_no_level_on_either_path():
    """Only text takes a level from its first word: a JSON record's fields say all it says,
    read line by line or a block at a time."""
    texts = ['{"msg": "ERROR: disk full"}', '{"msg": "[WARN] slow"}']
    one_by_one, by_block = _normalizer(UTC), _normalizer(UTC)
    for i, text in enumerate(texts):
        one_by_one.add_fields(FORMAT.parse(text), "json", i + 1, False)
    by_block.add_rows([1, 2], FORMAT.parse_block(texts), "json")
    for normalizer in (one_by_one, by_block):
        assert normalizer.take().column("level").to_pylist() == [None, None]


def test_a_block_keeps_the_time_of_the_event_before_an_unreadable_one():
    normalizer = _normalizer(UTC)
    texts = [
        '{"ts": "2026-11-27T12:00:00Z", "msg": "a"}',
        '{"ts": "soon", "msg": "b"}',
        '{"msg": "c", "exc_info": "' + TRACE.replace("\n", "\\n").replace('"', '\\"') + '"}',
    ]
    rows = FORMAT.parse_block(texts)
    normalizer.add_rows([1, 2, 3], rows, "json")
    table = normalizer.take().to_pylist()
    assert [r["timestamp"] for r in table] == [datetime(2026, 11, 27, 12, 0)] * 3
    assert [r["timestamp_inferred"] for r in table] == [False, True, True]
    assert orjson.loads(table[1]["attributes"]) == {"timestamp_raw": "soon"}
    assert table[2]["exception_type"] == "ValueError"
    assert table[2]["level"] == "error"
    assert table[2]["title"] == "ValueError: card declined"


def test_records_before_the_first_time_take_it_not_the_files_mtime():
    """A file's first records without a time (a banner, a header) happened when the first
    timed record did, give or take; the file's modification time may be days later."""
    for by_block in (False, True):
        normalizer = _normalizer(UTC)
        blocks = [
            ['{"msg": "starting"}', '{"ts": "soon", "msg": "config loaded"}'],
            ['{"msg": "listening"}', '{"ts": "2026-11-26T08:00:00Z", "msg": "ready"}'],
            ['{"msg": "later, no time"}'],
        ]
        number = 1
        for texts in blocks:
            rows = FORMAT.parse_block(texts)
            numbers = list(range(number, number + len(texts)))
            if by_block:
                normalizer.add_rows(numbers, rows, "json")
            else:
                for n, text in zip(numbers, texts, strict=True):
                    normalizer.add_fields(FORMAT.parse(text), "json", n, False)
            number += len(texts)
        table = normalizer.take().to_pylist()
        assert [r["timestamp"] for r in table] == [datetime(2026, 11, 26, 8, 0)] * 5
        assert [r["timestamp_inferred"] for r in table] == [True, True, True, False, True]
        assert orjson.loads(table[1]["attributes"]) == {"timestamp_raw": "soon"}


def test_records_handed_over_before_any_time_keep_the_fallback():
    normalizer = _normalizer(UTC)
    normalizer.add_rows([1], FORMAT.parse_block(['{"msg": "starting"}']), "json")
    first = normalizer.take().to_pylist()
    normalizer.add_rows([2], FORMAT.parse_block(['{"ts": 1764244800, "msg": "ready"}']), "json")
    second = normalizer.take().to_pylist()
    assert first[0]["timestamp"] == MTIME and second[0]["timestamp"] != MTIME
