"""--tz and [ingest] tz: a fixed offset is a zone too (what one knows of a host whose logs are
"two hours ahead"), and a misspelt IANA name gets the name it meant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from errctl.config.timezones import resolve_tz
from errctl.errors import UsageError
from tests.cli_runner import run


@pytest.mark.parametrize(
    ("name", "hours"),
    [("+02:00", 2), ("-0530", -5.5), ("UTC+2", 2), ("utc-05:30", -5.5), ("GMT+1", 1), ("+9", 9)],
)
def test_fixed_offsets(name: str, hours: float) -> None:
    assert datetime(2026, 7, 1, tzinfo=resolve_tz(name)).utcoffset() == timedelta(hours=hours)


def test_names_still_read_as_before() -> None:
    assert resolve_tz("UTC") is UTC
    berlin = resolve_tz("Europe/Berlin")
    assert datetime(2026, 7, 1, tzinfo=berlin).utcoffset() == timedelta(hours=2)  # summer
    assert datetime(2026, 1, 1, tzinfo=berlin).utcoffset() == timedelta(hours=1)


def test_a_misspelt_zone_gets_a_suggestion_and_nonsense_does_not() -> None:
    with pytest.raises(UsageError) as info:
        resolve_tz("Europe/Berln")
    assert info.value.hint is not None
    assert info.value.hint.startswith("did you mean 'Europe/Berlin'? ")
    with pytest.raises(UsageError) as info:
        resolve_tz("Mars/Base")
    assert info.value.hint is not None and "did you mean" not in info.value.hint
    with pytest.raises(UsageError):
        resolve_tz("+15:00")  # no zone is that far from UTC


def test_ingest_reads_naive_times_at_an_offset(tmp_path) -> None:
    import json

    log = tmp_path / "app.log"
    log.write_text("2026-11-28 10:00:00,120 ERROR [app.db] connection refused by db-1\n")
    db = str(tmp_path / "s.duckdb")
    assert run("--db", db, "ingest", "--quiet", "--tz", "+02:00", str(log)).exit_code == 0
    out = run("--db", db, "search", "--format", "ndjson").stdout
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["timestamp"] == "2026-11-28T08:00:00.120000Z"
