"""parse_timestamps must answer exactly what parse_timestamp answers, value by value: every test
compares against the one-at-a-time reference rather than against expected datetimes."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats import timestamp_columns
from errctl.formats.timestamp_columns import parse_timestamps
from errctl.formats.timestamps import parse_timestamp

REF = datetime(2024, 6, 15, 12, 0, 0)
ZONES = [
    UTC,
    None,
    timezone(timedelta(hours=5, minutes=30)),
    timezone(-timedelta(hours=11)),
    ZoneInfo("America/New_York"),
    ZoneInfo("Europe/Berlin"),
]


@contextmanager
def batch_path_always():
    """Short lists would take the plain loop; the tests want the batch path for any length."""
    old = timestamp_columns.SMALL
    timestamp_columns.SMALL = 0
    try:
        yield
    finally:
        timestamp_columns.SMALL = old


def check(raws, tz, reference=REF):
    expected = [parse_timestamp(r, tz, reference) for r in raws]
    with batch_path_always():
        got = parse_timestamps(list(raws), tz, reference)
    assert got == expected
    # Equal is not enough for datetimes: an aware result would compare unequal, but a wrong
    # type (a subclass, a date) would not show.
    assert [type(g) for g in got] == [type(e) for e in expected]
    # Each value alone, and the list long enough for the real threshold.
    for r, e in zip(raws, expected, strict=True):
        with batch_path_always():
            assert parse_timestamps([r], tz, reference) == [e], r
    assert parse_timestamps(list(raws) * 70, tz, reference) == expected * 70


CASES = [
    # `Z`, the commonest
    "2026-11-27T12:00:00.013Z",
    "2026-11-27 12:00:00.123456Z",
    "2026-11-27T12:00:00Z",
    "2026-11-27T12:00:00.1Z",
    "2026-11-27T12:00:00.123456789Z",
    "2026-11-27T12:00:00,5Z",
    "2024-02-29T23:59:59.999999Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999Z",
    # offsets
    "2026-11-27T12:00:00+02:00",
    "2026-11-27T12:00:00.5-07:00",
    "2026-11-27T12:00:00+0530",
    "2026-11-27T12:00:00-00:00",
    "2026-11-27T12:00:00+14:00",
    "2026-11-27T12:00:00+23:59",
    "2026-11-27T12:00:00+24:00",
    "2026-11-27T12:00:00+00:60",
    "2026-11-27T12:00:00-0099",
    "2026-11-27T12:00:00+05:30:60",
    "2026-11-27T12:00:00.1234567+02:00",
    "0001-01-01T00:30:00+01:00",  # before year 1 in UTC
    "9999-12-31T23:30:00-01:00",  # after 9999 in UTC
    # naive
    "2026-11-27T12:00:00.013",
    "2026-11-27 12:00:00",
    "2026-11-27 12:00:00,123",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59",
    # DST gaps and folds in the zones below
    "2026-03-08T02:30:00",
    "2026-11-01T01:30:00",
    "2026-03-29T02:30:00",
    "2026-10-25T02:30:00",
    "2026-03-08T04:30:00",
    "2026-03-07T23:59:59.5",
    "2026-11-01T03:30:00",
    "2026-03-29T03:30:00",
    "2026-10-25T04:30:00",
    "1883-11-18T12:01:00",  # New York's LMT change, off the hour
    # out of range or near misses
    "2026-13-01T00:00:00Z",
    "2026-00-01T00:00:00Z",
    "2026-02-29T00:00:00Z",
    "2026-04-31T00:00:00+02:00",
    "2026-11-27T24:00:00Z",
    "2026-11-27T12:60:00",
    "2026-11-27T12:00:60Z",  # a leap second, read as :59
    "2026-11-27T12:00:60.5+02:00",
    "2026-11-27 12:00:60",
    "Nov 27 14:24:60",
    "0000-01-01T00:00:00Z",
    "2026-11-27T12:00:00z",
    "2026-11-27T12:00:00Z\n",
    " 2026-11-27T12:00:00Z",
    "2026-11-27T12:00:00+02:00Z",
    "2026-11-27T12:00Z",
    "2026-11-27T12:00:00.Z",
    "2026-11-27T12:00:00 UTC",
    "2026-11-27T12:00:00+02",
    "2026-11-27T12:00:00+02:00:30",
    "２026-11-27T12:00:00Z",
    "2026-11-27T12:00:00\ud800Z",
    # other layouts and epochs as text
    "27/Nov/2026:14:28:16 +0000",
    "Nov 27 14:24:12",
    "14:24:12",
    "1700000000",
    "1700000000.25",
    "-1700000000123",
    "20240101",
    "",
    "garbage",
]


@pytest.mark.parametrize("tz", ZONES, ids=repr)
def test_strings_read_as_one_at_a_time(tz):
    check(CASES, tz)


EPOCHS = [
    0,
    1_700_000_000,
    -1_700_000_000,
    1_700_000_000_123,
    1_700_000_000_123_456,
    1_700_000_000_123_456_789,
    -1_700_000_000_123_456_789,
    99_999_999_999,
    100_000_000_000,
    -99_999_999_999,  # before year 1: None
    10**40,
    1_700_000_000.5,
    1_700_000_000_123.5,
    1.7e17,
    1e300,
    -0.0,
    float("nan"),
    float("inf"),
]


def test_epoch_numbers():
    check(EPOCHS, UTC)
    check(EPOCHS, ZoneInfo("Europe/Berlin"))


class Str(str):
    pass


class Float(float):
    pass


class Int(int):
    pass


def test_other_values_and_mixtures():
    odd = [
        None,
        True,
        False,
        b"2026-11-27T12:00:00Z",
        Str("2026-11-27T12:00:00Z"),
        Float(1_700_000_000.0),
        Int(1_700_000_000),
        datetime(2026, 11, 27, 12),
        datetime(2026, 11, 27, 12, tzinfo=timezone(timedelta(hours=2))),
        [],
        {},
    ]
    for tz in ZONES:
        check(odd + CASES[:10] + EPOCHS[:5], tz)


def test_short_lists_are_a_plain_loop():
    assert parse_timestamps([], UTC) == []
    assert parse_timestamps(["2026-11-27T12:00:00Z", None], UTC) == [
        datetime(2026, 11, 27, 12),
        None,
    ]


def test_repeats_and_long_lists():
    raws = [f"2026-11-27T12:00:{i % 60:02d}Z" for i in range(500)] + ["Nov 27 14:24:12"] * 100
    check(raws, UTC)


# -- properties ---------------------------------------------------------------------------


@st.composite
def iso_strings(draw):
    dt = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
    sep = draw(st.sampled_from("T T T "))
    digits = draw(st.integers(0, 9))
    frac = ""
    if digits:
        frac = draw(st.sampled_from(".,")) + f"{dt.microsecond:06d}{draw(st.integers(0, 999))}"[
            :digits
        ].ljust(digits, "0")
    hh = draw(st.integers(0, 25))
    mm = draw(st.sampled_from([0, 0, 30, 45, 59, 60]))
    sign = draw(st.sampled_from("+-"))
    suffix = draw(
        st.sampled_from(
            [
                "Z",
                "Z",
                "",
                "",
                f"{sign}{hh:02d}:{mm:02d}",
                f"{sign}{hh:02d}{mm:02d}",
                f"{sign}{hh:02d}",
                "z",
                " UTC",
                "Z ",
                "\n",
            ]
        )
    )
    text = f"{dt:%Y-%m-%d}{sep}{dt:%H:%M:%S}{frac}{suffix}"
    if draw(st.integers(0, 9)) == 0:  # a near miss: one character changed
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + draw(st.sampled_from("09:-+TZ. x")) + text[i + 1 :]
    return text


@st.composite
def wall_times_near_transitions(draw):
    """Naive times within hours of the DST changes of the zones tested, on and off the hour."""
    base = draw(
        st.sampled_from(
            [
                datetime(2026, 3, 8, 2),
                datetime(2026, 11, 1, 1),
                datetime(2026, 3, 29, 2),
                datetime(2026, 10, 25, 2),
                datetime(1883, 11, 18, 12),
                datetime(1945, 9, 30, 1),
            ]
        )
    )
    dt = base + timedelta(seconds=draw(st.integers(-3 * 3600, 3 * 3600)))
    return dt.isoformat(sep=draw(st.sampled_from("T ")))


epochs = st.one_of(
    st.integers(),
    st.integers(-(10**20), 10**20),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(-1e19, 1e19),
    st.floats(-1e12, 1e12),
)

values = st.one_of(
    iso_strings(),
    wall_times_near_transitions(),
    epochs,
    epochs.map(str),
    st.text(max_size=30),
    st.none(),
    st.booleans(),
    st.sampled_from(CASES),
)


@given(st.lists(values, max_size=120), st.sampled_from(ZONES))
def test_any_list_reads_as_one_at_a_time(raws, tz):
    expected = [parse_timestamp(r, tz, REF) for r in raws]
    with batch_path_always():
        assert parse_timestamps(raws, tz, REF) == expected


@given(st.lists(iso_strings(), min_size=1, max_size=120), st.sampled_from(ZONES))
def test_iso_lists_read_as_one_at_a_time(raws, tz):
    expected = [parse_timestamp(r, tz, REF) for r in raws]
    with batch_path_always():
        assert parse_timestamps(raws, tz, REF) == expected


@given(st.lists(epochs, min_size=1, max_size=120))
def test_epoch_lists_read_as_one_at_a_time(raws):
    expected = [parse_timestamp(r, UTC, REF) for r in raws]
    with batch_path_always():
        assert parse_timestamps(raws, UTC, REF) == expected


@given(
    st.lists(wall_times_near_transitions(), min_size=1, max_size=60),
    st.sampled_from([ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")]),
)
def test_naive_times_near_dst_changes(raws, tz):
    expected = [parse_timestamp(r, tz, REF) for r in raws]
    with batch_path_always():
        assert parse_timestamps(raws, tz, REF) == expected
