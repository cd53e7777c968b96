from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.timestamps import match_timestamp_prefix, ordinal_no_year, parse_timestamp

REF = datetime(2024, 6, 15, 12, 0, 0)
PLUS2 = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-01T12:00:00Z", datetime(2024, 1, 1, 12)),
        ("2024-03-11  6:25:02", datetime(2024, 3, 11, 6, 25, 2)),  # MariaDB: the hour padded
        ("240311  6:25:04", datetime(2024, 3, 11, 6, 25, 4)),  # MySQL 5.5, InnoDB's own
        ("2024-01-01T12:00:00.123Z", datetime(2024, 1, 1, 12, 0, 0, 123000)),
        ("2024-01-01 12:00:00,123", datetime(2024, 1, 1, 12, 0, 0, 123000)),
        ("2024-01-01T12:00:00+0000", datetime(2024, 1, 1, 12)),
        ("2024-01-01T14:00:00+02:00", datetime(2024, 1, 1, 12)),
        ("2024-01-01T07:00:00-0500", datetime(2024, 1, 1, 12)),
        ("2024-01-01T12:00:00.123456789Z", datetime(2024, 1, 1, 12, 0, 0, 123456)),
        ("2024-01-01 12:00:00 UTC", datetime(2024, 1, 1, 12)),
        ("  2024-01-01T12:00:00Z\n", datetime(2024, 1, 1, 12)),
        # RFC 5424
        ("2003-10-11T22:14:15.003Z", datetime(2003, 10, 11, 22, 14, 15, 3000)),
        ("2003-08-24T05:14:15.000003-07:00", datetime(2003, 8, 24, 12, 14, 15, 3)),
        # Apache / nginx
        ("10/Oct/2000:13:55:36 -0700", datetime(2000, 10, 10, 20, 55, 36)),
        ("27/Nov/2026:14:28:16 +0000", datetime(2026, 11, 27, 14, 28, 16)),
        # compact layouts
        ("081109 203615", datetime(2008, 11, 9, 20, 36, 15)),
        ("17/06/09 20:10:40", datetime(2017, 6, 9, 20, 10, 40)),
        ("2005-06-03-15.42.50.675872", datetime(2005, 6, 3, 15, 42, 50, 675872)),
        ("27.11.2024 14:24:12", datetime(2024, 11, 27, 14, 24, 12)),
        ("2024/01/02 03:04:05", datetime(2024, 1, 2, 3, 4, 5)),
        ("27-Nov-2024 14:24:12.123", datetime(2024, 11, 27, 14, 24, 12, 123000)),
        ("Wed Oct 11 14:32:52 2000", datetime(2000, 10, 11, 14, 32, 52)),
        ("Nov 27, 2024 2:24:12 PM", datetime(2024, 11, 27, 14, 24, 12)),
        ("Nov 27 2024 14:24:12", datetime(2024, 11, 27, 14, 24, 12)),
        ("2024 Nov  7 14:24:12.000547", datetime(2024, 11, 7, 14, 24, 12, 547)),  # SONiC
        ("14:24:12 2024-11-07", datetime(2024, 11, 7, 14, 24, 12)),  # Resque's worker
        ("20240101", datetime(2024, 1, 1)),
        ("01/May/2024 12:00:00", datetime(2024, 5, 1, 12)),  # Werkzeug
        ("jun/04/2024 06:00:26", datetime(2024, 6, 4, 6, 0, 26)),  # MikroTik RouterOS
        # .NET / Windows en-US: month first, with AM/PM
        ("5/1/2024 10:00:02 AM", datetime(2024, 5, 1, 10, 0, 2)),
        ("12/31/2024 1:00:03 PM", datetime(2024, 12, 31, 13, 0, 3)),
        ("12/31/2024 12:00:03.25 AM", datetime(2024, 12, 31, 0, 0, 3, 250000)),
        ("20240501 10:00:05.123", datetime(2024, 5, 1, 10, 0, 5, 123000)),
        # a blank before the offset (Serilog's file sink)
        ("2024-05-01 12:00:01.456 +00:00", datetime(2024, 5, 1, 12, 0, 1, 456000)),
        ("2024-05-01 14:00:01.456 +0200", datetime(2024, 5, 1, 12, 0, 1, 456000)),
        ("2024-05-01 05:00:01.4 -07:00", datetime(2024, 5, 1, 12, 0, 1, 400000)),
    ],
)
def test_strings_in_utc(raw, expected):
    assert parse_timestamp(raw, UTC, REF) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60",
        "2016-12-31 23:59:60,000",
        "2017-01-01T00:59:60+01:00",
        "Dec 31 23:59:60",
        "31/Dec/2016:23:59:60 +0000",
        "2016/12/31 23:59:60",
    ],
)
def test_a_leap_second_reads_as_the_second_before_in_every_shape(raw):
    """A leap second (NTP and chrony logs have them) keeps its line's own time, a second early,
    whatever the layout; it used to be unreadable in ISO and syslog shapes only, so those lines
    took the time of the line before."""
    assert parse_timestamp(raw, UTC, datetime(2017, 1, 1)) == datetime(2016, 12, 31, 23, 59, 59)


@pytest.mark.parametrize(
    "raw",
    ["2016-12-31T23:59:61Z", "2016-12-31T23:60:00Z", "2016-12-31T23:59:600", "Dec 31 23:60:60"],
)
def test_only_a_sixtieth_second_is_a_leap_second(raw):
    assert parse_timestamp(raw, UTC, datetime(2017, 1, 1)) is None


@pytest.mark.parametrize(
    ("raw", "valid"),
    [
        ("2024-01-01T12:00:00+00:60", "2024-01-01T12:00:00+00:59"),
        ("2024-01-01 12:00:00,123+0060", "2024-01-01 12:00:00,123+0059"),
        ("2024-01-01T12:00:00-00:99", "2024-01-01T12:00:00-00:09"),
        ("2024-01-01T12:00:00+05:30:60", "2024-01-01T12:00:00+05:30:59"),
        ("2024-01-01T12:00:00+00:60 UTC", "2024-01-01T12:00:00+00:59 UTC"),
        ("01/Jan/2024:12:00:00 -0760", "01/Jan/2024:12:00:00 -0759"),
        ("01/Jan/2024:12:00:00 -07:60", "01/Jan/2024:12:00:00 -07:00"),  # not the CLF fast path
        ("2024-05-01 12:00:01.456 +00:60", "2024-05-01 12:00:01.456 +00:59"),
    ],
)
def test_an_offset_minute_of_60_or_more_is_unreadable_not_an_hour(raw, valid):
    """Python 3.11's fromisoformat reads `+00:60` as +01:00: the event was stored an hour off.
    ISO 8601 has no such offset; the time is unreadable, so the event is flagged inferred and
    keeps its raw text."""
    assert parse_timestamp(raw, UTC, REF) is None
    assert parse_timestamp(valid, UTC, REF) is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1700000000, datetime(2023, 11, 14, 22, 13, 20)),
        (1700000000.5, datetime(2023, 11, 14, 22, 13, 20, 500000)),
        (1700000000123, datetime(2023, 11, 14, 22, 13, 20, 123000)),
        (1700000000123456, datetime(2023, 11, 14, 22, 13, 20, 123456)),
        (1700000000123456789, datetime(2023, 11, 14, 22, 13, 20, 123456)),
        ("1700000000", datetime(2023, 11, 14, 22, 13, 20)),
        ("1700000000.25", datetime(2023, 11, 14, 22, 13, 20, 250000)),
        ("1700000000123", datetime(2023, 11, 14, 22, 13, 20, 123000)),
    ],
)
def test_epoch_unit_by_magnitude(raw, expected):
    assert parse_timestamp(raw, PLUS2) == expected  # epochs are UTC whatever the zone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"seconds": 1700000000, "nanos": 123456789}, datetime(2023, 11, 14, 22, 13, 20, 123456)),
        ({"seconds": "1700000000"}, datetime(2023, 11, 14, 22, 13, 20)),  # proto3's int64 JSON
        ({"seconds": 1700000000, "nanos": 10**9}, None),
        ({"seconds": 1.5, "nanos": 0}, None),
        ({"seconds": 1700000000, "unit": "s"}, None),  # some other object
        ({"seconds": 10**20}, None),
        ({}, None),
    ],
)
def test_protobuf_timestamp_objects(raw, expected):
    # Cloud Logging's structured records may carry `timestamp` as {"seconds", "nanos"}.
    assert parse_timestamp(raw, PLUS2) == expected


def test_naive_strings_are_read_in_tz():
    assert parse_timestamp("2024-01-01 12:00:00", PLUS2) == datetime(2024, 1, 1, 10)
    paris = ZoneInfo("Europe/Paris")
    assert parse_timestamp("2024-01-01 12:00:00", paris) == datetime(2024, 1, 1, 11)
    assert parse_timestamp("2024-07-01 12:00:00", paris) == datetime(2024, 7, 1, 10)
    # an explicit offset wins over tz
    assert parse_timestamp("2024-01-01T12:00:00Z", paris) == datetime(2024, 1, 1, 12)


def test_datetime_objects():
    assert parse_timestamp(datetime(2024, 1, 1, 12), PLUS2) == datetime(2024, 1, 1, 10)
    aware = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=-1)))
    assert parse_timestamp(aware, PLUS2) == datetime(2024, 1, 1, 13)
    assert parse_timestamp(aware, UTC).tzinfo is None


def test_rfc3164_takes_the_reference_year():
    assert parse_timestamp("Nov 27 14:24:12", UTC, REF) == datetime(2023, 11, 27, 14, 24, 12)
    assert parse_timestamp("Jun 15 11:00:00", UTC, REF) == datetime(2024, 6, 15, 11)
    assert parse_timestamp("Jun 16 11:00:00", UTC, REF) == datetime(2024, 6, 16, 11)  # < 1 day
    assert parse_timestamp("Nov  7 01:02:03", UTC, REF) == datetime(2023, 11, 7, 1, 2, 3)
    # read in January: December lines are last year's
    jan = datetime(2025, 1, 2, 8)
    assert parse_timestamp("Dec 31 23:59:59", UTC, jan) == datetime(2024, 12, 31, 23, 59, 59)
    assert parse_timestamp("Jan  2 07:00:00", UTC, jan) == datetime(2025, 1, 2, 7)
    # Feb 29 in a non-leap reference year falls back to the previous (leap) year
    assert parse_timestamp("Feb 29 10:00:00", UTC, datetime(2025, 3, 1)) == datetime(
        2024, 2, 29, 10
    )
    # in tz, then to UTC
    assert parse_timestamp("Jun 15 11:00:00", PLUS2, REF) == datetime(2024, 6, 15, 9)


def test_a_day_of_the_year_takes_the_reference_year_as_rfc3164_does():
    # `-DDDTHH:MM:SS` (`ordinal_no_year`): the 80th day is March 21st in 2023, March 20th in a
    # leap year; a day after the reference is last year's.
    assert parse_timestamp(ordinal_no_year(80, "10:00:00"), UTC, datetime(2023, 6, 1)) == (
        datetime(2023, 3, 21, 10)
    )
    assert parse_timestamp("-080T10:00:00", UTC, REF) == datetime(2024, 3, 20, 10)
    jan = datetime(2025, 1, 2, 8)
    assert parse_timestamp("-365T23:59:59", UTC, jan) == datetime(2024, 12, 30, 23, 59, 59)
    assert parse_timestamp("-366T12:00:00", UTC, datetime(2025, 3, 1)) == datetime(2024, 12, 31, 12)
    assert parse_timestamp("-080T10:00:00", PLUS2, datetime(2023, 6, 1)) == (
        datetime(2023, 3, 21, 8)
    )
    assert parse_timestamp("-367T10:00:00", UTC, REF) is None
    assert parse_timestamp("-000T10:00:00", UTC, REF) is None
    assert match_timestamp_prefix("-080T10:00:00 text") == -1


def test_a_slashed_date_on_a_24_hour_clock_reads_either_way_round():
    """A day over 12 says which part is the day; where neither part is, the reading on or
    before the reference (the file's last write) and nearest to it."""
    # REF is 2024-06-15: the 4th of June, not the 6th of April, whichever way it was written
    assert parse_timestamp("04/06/2024 06:00:01", UTC, REF) == datetime(2024, 6, 4, 6, 0, 1)
    assert parse_timestamp("06/04/2024 06:00:01.123", UTC, REF) == datetime(
        2024, 6, 4, 6, 0, 1, 123000
    )
    assert parse_timestamp("06/04/2024 - 06:00:01", UTC, REF) == datetime(2024, 6, 4, 6, 0, 1)
    # a reading after the reference is not the log's: the 6th of April
    assert parse_timestamp("04/06/2024 06:00:01", UTC, datetime(2024, 5, 1)) == datetime(
        2024, 4, 6, 6, 0, 1
    )
    # unambiguous either way round, whatever the reference
    assert parse_timestamp("13/06/2024 06:00:01", UTC, REF) == datetime(2024, 6, 13, 6, 0, 1)
    assert parse_timestamp("06/13/2024 06:00:01", UTC, REF) == datetime(2024, 6, 13, 6, 0, 1)
    assert parse_timestamp("31/02/2024 06:00:01", UTC, REF) is None
    assert match_timestamp_prefix("04/06/2024 06:00:01 :: Log opened.") == 19


def test_two_digit_years_slashed_read_year_first_or_last():
    """Spark's `yy/MM/dd` and C's `%x` (`MM/dd/yy`, ZoneMinder's): the reading on or before
    the reference and nearest to it; a recent year is no month, so one reading fails."""
    assert parse_timestamp("06/07/24 06:00:38.007045", UTC, REF) == datetime(
        2024, 6, 7, 6, 0, 38, 7045
    )
    assert parse_timestamp("24/06/07 06:00:38", UTC, REF) == datetime(2024, 6, 7, 6, 0, 38)
    assert parse_timestamp("12/06/07 06:00:38", UTC, REF) == datetime(2012, 6, 7, 6, 0, 38)
    assert match_timestamp_prefix("06/07/24 06:00:38.007045 zmc_m1[1512].INF-x") == 24


def test_am_pm_after_a_narrow_no_break_space():
    # Node 20's toLocaleString() (ICU 72): `6/7/2024, 6:00:29\u202fPM` (Homebridge's head).
    assert parse_timestamp("6/7/2024, 6:00:29\u202fPM", UTC, REF) == datetime(2024, 6, 7, 18, 0, 29)
    assert match_timestamp_prefix("6/7/2024, 6:00:29\u202fAM] x") == 20


def test_milliseconds_after_a_colon_on_a_time_of_day():
    # deCONZ's `HH:mm:ss:SSS`; a colon and other digits after a time stay no fraction.
    assert parse_timestamp("06:00:24:005", UTC, REF) == datetime(2024, 6, 15, 6, 0, 24, 5000)
    assert match_timestamp_prefix("06:00:24:005 ZCL attribute report") == 12
    assert match_timestamp_prefix("06:00:02:7 x") == -1


def test_reference_may_be_aware():
    ref = datetime(2025, 1, 1, 1, tzinfo=PLUS2)  # 2024-12-31 23:00 UTC
    assert parse_timestamp("Dec 31 22:00:00", UTC, ref) == datetime(2024, 12, 31, 22)


def test_time_only_takes_the_reference_day():
    assert parse_timestamp("11:00:00.250", UTC, REF) == datetime(2024, 6, 15, 11, 0, 0, 250000)
    # later than the reference: yesterday
    assert parse_timestamp("23:00:00", UTC, REF) == datetime(2024, 6, 14, 23)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "-",
        "nonsense",
        "2024-13-01 00:00:00",
        "2024-02-30T00:00:00",
        "32/Oct/2000:13:55:36 -0700",
        "Foo 27 14:24:12",
        "Nov 27 25:24:12",
        "13/1/2024 10:00:02 AM",  # no month 13: the day is never guessed to come first
        "5/1/2024 10:00:02",  # day or month first? no AM/PM, no guess
        None,
        True,
        [],
        {},
        float("nan"),
        float("inf"),
        10**40,
        "1e400",
    ],
)
def test_unreadable_is_none(raw):
    assert parse_timestamp(raw, UTC, REF) is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2024-01-01 12:00:00,123 - app - INFO - x", 23),
        ("2024-01-01T12:00:00Z INFO x", 20),
        ("2024-01-01T12:00:00.5+02:00 x", 27),
        ("Nov 27 14:24:12 host app: x", 15),
        ("081109 203615 148 INFO x", 13),
        ("1700000000.123 INFO x", 14),
        # An epoch before a label's colon (Mosquitto's `%ld: `), not one glued to more.
        ("1718085605: New connection from 10.0.40.5:50453 on port 1883.", 10),
        ("1718085605:12 x", -1),
        # Ten digits with a leading zero: an id (Postfix's queue id of digits), no clock's.
        ("0006798236: DKIM-Signature field added", -1),
        ("10/Oct/2000:13:55:36 -0700] x", 26),
        ("5/1/2024 10:00:02 AM ERROR x", 20),
        ("20240501 10:00:05.123 ERROR x", 21),
        ("hello world", -1),
        ("2024 was a year", -1),
        ("12345 apples", -1),
        ("", -1),
    ],
)
def test_match_timestamp_prefix(text, end):
    assert match_timestamp_prefix(text) == end


@given(st.text(max_size=60))
def test_never_raises_on_text(raw):
    result = parse_timestamp(raw, PLUS2, REF)
    assert result is None or (isinstance(result, datetime) and result.tzinfo is None)
    match_timestamp_prefix(raw)


@given(
    st.one_of(
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.datetimes(timezones=st.none() | st.just(UTC) | st.just(PLUS2)),
        st.binary(max_size=30),
        st.none(),
        st.booleans(),
    )
)
def test_never_raises_on_other_values(raw):
    result = parse_timestamp(raw, ZoneInfo("America/New_York"), REF)
    assert result is None or result.tzinfo is None


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)))
def test_iso_round_trip(dt):
    assert parse_timestamp(dt.isoformat() + "Z", PLUS2) == dt
    assert parse_timestamp(dt.isoformat(sep=" "), UTC) == dt


# The fast paths for `...Z` and for aware datetimes give what the plain reading gives: the
# instant in UTC, naive (written out here with `replace`, which the code avoids for speed).
def _reference_aware_to_naive(dt: datetime) -> datetime | None:
    off = dt.utcoffset()
    try:
        return dt.replace(tzinfo=None) - off if off else dt.replace(tzinfo=None)
    except OverflowError:
        return None


aware = st.datetimes(
    timezones=st.sampled_from(
        [
            UTC,
            timezone(timedelta(hours=5, minutes=30)),
            timezone(-timedelta(hours=11)),
            ZoneInfo("America/New_York"),
            ZoneInfo("Asia/Kathmandu"),
        ]
    )
)


@given(aware)
def test_an_aware_datetime_becomes_naive_utc(dt: datetime):
    assert parse_timestamp(dt, UTC) == _reference_aware_to_naive(dt)
    assert parse_timestamp(dt.isoformat(), UTC) == _reference_aware_to_naive(dt)


@given(st.datetimes(), st.sampled_from(["microseconds", "auto"]))
def test_a_z_stamp_is_its_wall_time_in_utc(dt: datetime, spec: str):
    for sep in ("T", " "):
        raw = dt.isoformat(sep=sep, timespec=spec) + "Z"
        assert parse_timestamp(raw, UTC) == dt, raw


def test_odd_z_stamps_read_as_before():
    assert parse_timestamp("2024-05-01T12:00:00+02:00Z", UTC) is None
    assert parse_timestamp("2024-05-01T12:00:00.123456789Z", UTC) == datetime(
        2024, 5, 1, 12, 0, 0, 123456
    )


def test_a_slashed_date_to_the_minute_with_am_or_pm_glued_to_it():
    """Portainer's zerolog console time, Go's `2006/01/02 03:04PM`."""
    line = "2024/06/07 10:31PM INF github.com/portainer/portainer/api/cmd/portainer/main.go:1 |"
    end = match_timestamp_prefix(line)
    assert line[:end] == "2024/06/07 10:31PM"
    assert parse_timestamp(line[:end], UTC) == datetime(2024, 6, 7, 22, 31)
    assert parse_timestamp("2024/06/07 12:05AM", UTC) == datetime(2024, 6, 7, 0, 5)


def test_a_dashed_date_with_a_two_digit_year_first_or_last():
    """`%y-%m-%d` (Lyrion's) and `%d-%m-%y` (Project Zomboid's): the reading nearest the
    reference and not after it."""
    june = datetime(2024, 6, 8, tzinfo=UTC)
    assert parse_timestamp("24-06-07 06:00:03.8235", UTC, june) == datetime(
        2024, 6, 7, 6, 0, 3, 823500
    )
    assert parse_timestamp("07-06-24 06:00:05.318", UTC, june) == datetime(
        2024, 6, 7, 6, 0, 5, 318000
    )
    assert match_timestamp_prefix("07-06-24 06:00:05.318] LOG  : General") == 21
