"""`errctl search --by`: the matches counted in time buckets (the empty ones kept, as a gap is
news) or by a name, in every format."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.errors import UsageError
from errctl.query.histogram import bucket_of, parse_by
from tests.cli_runner import ingested, run

LINES = "".join(
    json.dumps({"ts": ts, "level": level, "service": service, "msg": msg}) + "\n"
    for ts, level, service, msg in [
        ("2024-05-01T10:05:00Z", "error", "api", "timeout calling billing"),
        ("2024-05-01T10:45:00Z", "error", "api", "timeout calling billing"),
        ("2024-05-01T12:10:00Z", "warning", "worker", "timeout calling search"),
        ("2024-05-01T12:11:00Z", "info", "api", "request served"),
        ("2024-05-01T12:12:00Z", "info", None, "request served"),
    ]
).replace('"level": "error"', '"level": "error", "build": {"version": "1.2"}', 1)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return ingested(tmp_path, "app.jsonl", LINES)


def _search(db: Path, *args: str) -> str:
    result = run("--db", str(db), "search", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_hours_from_the_first_match_to_the_last_with_the_empty_one_kept(db: Path):
    rows = json.loads(_search(db, "timeout", "--by", "1h", "--format", "json"))
    assert rows == [
        {"time": "2024-05-01T10:00:00.000000Z", "count": 2},
        {"time": "2024-05-01T11:00:00.000000Z", "count": 0},
        {"time": "2024-05-01T12:00:00.000000Z", "count": 1},
    ]
    table = _search(db, "timeout", "--by", "1h").splitlines()
    assert table[0].startswith("2024-05-01 10:00Z  2  ") and table[0].endswith("█" * 40)
    assert table[1] == "2024-05-01 11:00Z  0"
    assert table[2].endswith("  1  " + "█" * 20)


def test_the_window_searched_is_the_histogram_s_span(db: Path):
    found = _search(
        db, "timeout", "--by", "30m", "--since", "2024-05-01T09:00Z", "--until",
        "2024-05-01T11:00Z", "--format", "csv",
    )  # fmt: skip
    assert found.splitlines() == [
        "time,count",
        "2024-05-01T09:00:00.000000Z,0",
        "2024-05-01T09:30:00.000000Z,0",
        "2024-05-01T10:00:00.000000Z,1",
        "2024-05-01T10:30:00.000000Z,1",
    ]


def test_by_a_name_most_first(db: Path):
    found = _search(db, "--by", "service", "--format", "ndjson")
    assert [json.loads(line) for line in found.splitlines()] == [
        {"service": "api", "count": 3},
        {"service": "worker", "count": 1},
        {"service": None, "count": 1},
    ]
    assert _search(db, "--by", "service").splitlines()[-1] == "-       1  " + "█" * 13
    levels = _search(db, "calling", "--by", "level", "--format", "json")
    assert json.loads(levels) == [{"level": "error", "count": 2}, {"level": "warning", "count": 1}]


def test_no_match_is_no_bucket(db: Path):
    result = run("--db", str(db), "search", "nothing-like-this", "--by", "1h")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no events match" in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--by", "fortnight"], "--by takes a bucket length or a name"),
        (["--by", "0.5s"], "1s to 4w"),
        (["--by", "1s", "--since", "2024-05-01", "--until", "2024-05-02"], "86,400 buckets"),
        (["--by", "1h", "--follow"], "--by counts events: --follow shows them"),
    ],
)
def test_what_cannot_be_counted_so_is_refused(db: Path, args: list[str], said: str):
    result = run("--db", str(db), "search", "timeout", *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr


def test_buckets_align_as_duckdb_aligns_them():
    assert bucket_of(datetime(2024, 5, 1, 10, 59), timedelta(hours=1)) == datetime(2024, 5, 1, 10)
    assert bucket_of(datetime(2024, 5, 1, 10, 59), timedelta(days=1)) == datetime(2024, 5, 1)
    assert bucket_of(datetime(2024, 5, 2), timedelta(weeks=1)) == datetime(2024, 4, 29)  # Monday
    assert parse_by(" Service ") == "service" and parse_by("15m") == timedelta(minutes=15)
    with pytest.raises(UsageError):
        parse_by("4w")


def test_by_an_attribute_s_value(db: Path):
    found = json.loads(_search(db, "timeout", "--by", "attr.build.version", "--format", "json"))
    assert found == [
        {"attr.build.version": None, "count": 2},
        {"attr.build.version": "1.2", "count": 1},
    ]


def test_limit_caps_the_names_not_the_buckets(db: Path):
    result = run("--db", str(db), "search", "--by", "service", "--limit", "1")
    assert result.stdout.splitlines() == ["api  3  " + "█" * 40]
    assert "the 1 most frequent shown" in result.stderr
    hours = _search(db, "--by", "1h", "--limit", "1", "--format", "ndjson").splitlines()
    assert len(hours) == 3
