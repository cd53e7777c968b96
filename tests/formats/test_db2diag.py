"""IBM Db2's db2diag.log: its headers, and a record's lines read as one event's fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.db2diag import FORMAT
from errctl.models import ParsedFields


@pytest.mark.parametrize(
    ("line", "when", "level"),
    [
        (
            "2024-03-05-09.15.42.118734-300 E2911E512            LEVEL: Event",
            datetime(2024, 3, 5, 9, 15, 42, 118734, timezone(timedelta(hours=-5))),
            "info",
        ),
        (
            "2024-03-05-15.20.11.000417+060 I4286E1190           LEVEL: Severe",
            datetime(2024, 3, 5, 15, 20, 11, 417, timezone(timedelta(hours=1))),
            "critical",
        ),
        (
            "2024-03-05-19.50.00.000000+330 I1E300  LEVEL: Critical",
            datetime(2024, 3, 5, 19, 50, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "critical",
        ),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Warning", None, "warning"),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Info", None, "info"),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Error", None, "error"),
    ],
)
def test_header(line, when, level):
    f = FORMAT.parse(line)
    assert f is not None
    assert f.level == level
    assert f.message == ""  # the record's fields name it (`fold`)
    assert f.timestamp.utcoffset() is not None
    if when is not None:
        assert f.timestamp == when
    assert f.attributes["record_id"] == line.split()[1]


def test_the_os_qualifier_of_a_level_is_kept():
    f = FORMAT.parse("2024-03-05-14.26.19.004000+000 I6076E640            LEVEL: Error (OS)")
    assert (f.level, f.attributes) == ("error", {"record_id": "I6076E640", "level_qualifier": "OS"})


@pytest.mark.parametrize(
    "line",
    [
        "PID     : 41822                TID : 139870212912896 PROC : db2sysc 0",
        "FUNCTION: DB2 UDB, buffer pool services, sqlbExtendTablespace, probe:3001",
        "2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full",
        "2024-03-05-15.20.11.000417 written by a script",  # a Db2 time in a payload's text
        "2024-03-05T15:20:11.000417+01:00 I4286E1190 LEVEL: Severe",
        "  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_the_records_lines_continue_it_up_to_the_next_header():
    header = "2024-03-05-09.15.42.118734-300 E2911E512            LEVEL: Event"
    for line in [
        "PID     : 41822                TID : 139870212912896 PROC : db2sysc 0",
        "db2stop requested",
        "2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full",
        "  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5",
    ]:
        assert FORMAT.continues(line, header) == line
    following = "2024-03-05-09.15.43.000001-300 I3424E861  LEVEL: Error"
    assert FORMAT.continues(following, header) is None
    # With no record open (detection), only Db2's own field lines are a record's.
    assert FORMAT.continues("INSTANCE: db2prod              NODE : 000", None) is not None
    assert FORMAT.continues("DATA #12: String, 3 bytes", None) is not None
    assert FORMAT.continues("db2stop requested", None) is None
    assert FORMAT.continues("WARNING : retry scheduled", None) is None


def test_fold_of_lines_under_no_field_keeps_them():
    fields = ParsedFields("", None, "error")
    assert FORMAT.fold(fields, ["plain text", "more"]) == (fields, ["plain text", "more"])
    folded, rest = FORMAT.fold(fields, ["lost line", "MESSAGE : said"])
    assert (folded.message, rest) == ("MESSAGE: said", ["lost line"])


_FIELD_LINES = st.sampled_from(
    [
        "PID     : ",
        "INSTANCE: ",
        "AUTHID  : ",
        "FUNCTION: ",
        "MESSAGE : ",
        "DATA #1 : ",
        "CALLSTCK: ",
        "RETCODE : ",
        "          ",
        "",
    ]
)


@given(st.text(max_size=200), st.lists(st.tuples(_FIELD_LINES, st.text(max_size=60)), max_size=12))
def test_never_raises(text, lines):
    header = "2024-03-05-14.25.00.731200+000 I5477E598            LEVEL: Warning"
    for line in (text, "2024-03-05-14.25.00." + text, header[:31] + text, header + text):
        fields = FORMAT.parse(line)
        FORMAT.continues(line, None)
        FORMAT.continues(line, header)
        if fields is not None:
            assert isinstance(fields.message, str)
    continuation = [key + value for key, value in lines]
    folded, rest = FORMAT.fold(ParsedFields("", datetime(2024, 3, 5, tzinfo=UTC)), continuation)
    assert isinstance(folded.message, str) and isinstance(rest, list)
