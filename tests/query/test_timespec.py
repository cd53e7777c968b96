from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from errctl.errors import UsageError
from errctl.query.timespec import parse_duration, parse_time, parse_window

NOW = datetime(2024, 5, 1, 12, 0, 0)


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("15m", timedelta(minutes=15)),
        ("1h", timedelta(hours=1)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("90s", timedelta(seconds=90)),
        ("10y", timedelta(days=3650)),
    ],
)
def test_durations_ago(text, delta):
    assert parse_duration(text) == delta
    assert parse_time(text, now=NOW) == NOW - delta


def test_iso_times_are_converted_to_utc():
    assert parse_time("2024-05-01T14:00:00+02:00", now=NOW) == datetime(2024, 5, 1, 12)
    assert parse_time("2024-05-01T12:00Z", now=NOW) == datetime(2024, 5, 1, 12)
    assert parse_time("2024-05-01", now=NOW) == datetime(2024, 5, 1)


@pytest.mark.parametrize("bad", ["yesterday-ish", "1x", "", "12:00:00+"])
def test_bad_times_are_usage_errors(bad):
    with pytest.raises(UsageError):
        parse_time(bad, now=NOW)


@pytest.mark.parametrize("huge", ["100000w", "99999999999999999999d", "5300w"])
def test_absurd_durations_are_usage_errors_not_crashes(huge):
    with pytest.raises(UsageError, match="too long"):
        parse_time(huge, now=NOW)


def test_top_over_an_absurd_window_is_a_usage_error(tmp_path):
    from tests.cli_runner import run

    r = run("--db", str(tmp_path / "s.duckdb"), "top", "--since", "100000w")
    assert r.exit_code == 2 and "too long" in r.stderr


def test_a_window_that_ends_before_it_starts_is_a_usage_error():
    now = datetime(2026, 11, 28, 12, 0)
    assert parse_window("2h", "1h", now=now) == (
        datetime(2026, 11, 28, 10),
        datetime(2026, 11, 28, 11),
    )
    assert parse_window(None, "1h", now=now) == (None, datetime(2026, 11, 28, 11))
    with pytest.raises(UsageError) as info:
        parse_window("1h", "2h", now=now)  # one hour ago, until two hours ago
    assert info.value.message == "the window is empty: --since must be before --until"
    assert info.value.hint == "--since 1h is 2026-11-28 11:00, --until 2h is 2026-11-28 10:00 UTC"
    with pytest.raises(UsageError):
        parse_window("2026-11-28T10:00Z", "2026-11-28T10:00Z", now=now)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-30 10:00 UTC",
        "2026-11-30 10:00utc",
        "2026-11-30T10:00 GMT",
        "2026-11-30 10:00:00 UTC",
    ],
)
def test_a_time_ending_in_utc_is_read_in_utc(text):
    # As errctl prints its own times (`2026-11-30 10:00 UTC`): copied into --since, refused.
    assert parse_time(text, tz=ZoneInfo("Europe/Berlin")) == datetime(2026, 11, 30, 10, 0)


@pytest.mark.parametrize("bad", ["UTC", "2026-11-30 10:00+02:00 UTC", "2026-11-30 10:00 UTCX"])
def test_utc_after_something_else_is_still_refused(bad):
    with pytest.raises(UsageError):
        parse_time(bad)
