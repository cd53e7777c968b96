"""Zones after a time: abbreviations (PostgreSQL's `log_timezone`, date(1), Java's
Date.toString()) and offsets after a slashed date (Go's log package, Spacewalk's xmlrpc log)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.timestamps import (
    AMBIGUOUS_ZONE_ABBREVIATIONS,
    ZONE_ABBREVIATIONS,
    match_timestamp_prefix,
    parse_timestamp,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-08-13 01:45:01.127 PDT", datetime(2025, 8, 13, 8, 45, 1, 127000)),
        ("2025-04-12 00:14:12.837 CEST", datetime(2025, 4, 11, 22, 14, 12, 837000)),
        ("2025-01-20 23:10:00 EST", datetime(2025, 1, 21, 4, 10)),
        ("2025-01-20 23:10:00 GMT", datetime(2025, 1, 20, 23, 10)),
        ("2025-01-20 23:10:00 ACST", datetime(2025, 1, 20, 13, 40)),  # +9:30
        ("2025-01-20T23:10:00 NZDT", datetime(2025, 1, 20, 10, 10)),
        # date(1)'s default output and Java's Date.toString()
        ("Tue Mar 11 04:05:06 PDT 2014", datetime(2014, 3, 11, 11, 5, 6)),
        ("Mon Dec  1 18:00:00 EET 2025", datetime(2025, 12, 1, 16)),
        ("Fri Jun 6 08:00:01 UTC 2025", datetime(2025, 6, 6, 8, 0, 1)),
        ("Fri Jun 6 08:00:01 +03 2025", datetime(2025, 6, 6, 5, 0, 1)),  # tzdata's `+03`
        # a slashed date with an offset or a zone after it, with or without a blank
        ("2019/07/02 16:20:11 -05:00", datetime(2019, 7, 2, 21, 20, 11)),
        ("2019/07/02 16:20:11 +0200", datetime(2019, 7, 2, 14, 20, 11)),
        ("2019/07/02 16:20:11-05:00", datetime(2019, 7, 2, 21, 20, 11)),
        ("2019/07/02 16:20:11.5+05:30", datetime(2019, 7, 2, 10, 50, 11, 500000)),
        ("2019/07/02 16:20:11 MSK", datetime(2019, 7, 2, 13, 20, 11)),
    ],
)
def test_a_zone_after_the_time_is_read(raw, expected):
    # Berlin as the source's zone: the time must come from the text, not from it.
    assert parse_timestamp(raw, BERLIN) == expected


@pytest.mark.parametrize("word", sorted(AMBIGUOUS_ZONE_ABBREVIATIONS))
def test_an_ambiguous_abbreviation_is_read_in_the_source_zone(word):
    raw = f"2025-01-20 23:10:00 {word}"
    assert parse_timestamp(raw, UTC) == datetime(2025, 1, 20, 23, 10)
    assert parse_timestamp(raw, BERLIN) == datetime(2025, 1, 20, 22, 10)
    assert parse_timestamp(f"Mon Jan 20 23:10:00 {word} 2025", BERLIN) == datetime(
        2025, 1, 20, 22, 10
    )


def test_the_source_zone_s_own_abbreviation_wins_over_the_table():
    # Asia/Manila writes PST for +08: a Manila server's PST is not California's.
    assert parse_timestamp("2025-01-20 23:10:00 PST", ZoneInfo("Asia/Manila")) == datetime(
        2025, 1, 20, 15, 10
    )
    assert parse_timestamp("2025-01-20 23:10:00 PST", UTC) == datetime(2025, 1, 21, 7, 10)
    # China's CST, in China
    assert parse_timestamp("Mon Jan 20 23:10:00 CST 2025", ZoneInfo("Asia/Shanghai")) == datetime(
        2025, 1, 20, 15, 10
    )


def test_an_unknown_word_is_no_timestamp():
    assert parse_timestamp("2025-01-20 23:10:00 XYZ", UTC) is None
    assert parse_timestamp("2025-01-20 23:10:00 INFO", UTC) is None


def test_no_abbreviation_is_both_known_and_ambiguous():
    assert not set(ZONE_ABBREVIATIONS) & AMBIGUOUS_ZONE_ABBREVIATIONS
    assert all(w.isupper() and w.isalpha() for w in ZONE_ABBREVIATIONS)


@pytest.mark.parametrize(
    ("line", "timestamp", "level", "message"),
    [
        (
            "2019/07/02 16:20:11 -05:00 4021 10.1.2.3: xmlrpc/registration.welcome_message()",
            datetime(2019, 7, 2, 21, 20, 11),
            None,
            "4021 10.1.2.3: xmlrpc/registration.welcome_message()",
        ),
        (
            "2019/07/02 16:20:11+0200 connection reset by peer",
            datetime(2019, 7, 2, 14, 20, 11),
            None,
            "connection reset by peer",
        ),
        (
            "Tue Mar 11 04:05:06 PDT 2014 nightly backup started",
            datetime(2014, 3, 11, 11, 5, 6),
            None,
            "nightly backup started",
        ),
        (
            "2025-08-13 01:45:01.127 CEST ERROR cache miss storm",
            datetime(2025, 8, 12, 23, 45, 1, 127000),
            "ERROR",
            "cache miss storm",
        ),
        (  # an ambiguous word stays in the message, where it can be seen
            "2025-08-13 01:45:01 CST ERROR cache miss storm",
            datetime(2025, 8, 13, 1, 45, 1),
            None,
            "CST ERROR cache miss storm",
        ),
        (  # a level right after the time is not a zone
            "2025-08-13 01:45:01 WARN cache miss storm",
            datetime(2025, 8, 13, 1, 45, 1),
            "WARN",
            "cache miss storm",
        ),
    ],
)
def test_generic_lines_with_a_zone(line, timestamp, level, message):
    f = GENERIC.parse(line)
    assert f is not None
    assert parse_timestamp(f.timestamp, UTC) == timestamp
    assert (f.level, f.message) == (level, message)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2019/07/02 16:20:11 -05:00 x", 26),
        ("2019/07/02 16:20:11-05:00 x", 25),
        ("2019/07/02 16:20:11 +1 items", 19),  # not an offset
        ("2025-08-13 01:45:01 PDT x", 23),
        ("2025-08-13 01:45:01 PDTX x", 19),
        ("Tue Mar 11 04:05:06 PDT 2014 x", 28),
        ("2025-08-13 01:45:01 Z-Wave stick found", 19),
        ("2019/07/02 16:20:11 Z-Wave stick found", 19),
        ("2019/07/02 16:20:11Z x", 20),
    ],
)
def test_prefix_ends_after_the_zone(text, end):
    assert match_timestamp_prefix(text) == end
