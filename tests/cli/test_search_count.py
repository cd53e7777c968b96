"""`errctl search --count`: how many events match, as grep -c says, in every format; the
query's every kind of term counted as search finds them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import found, ingested, run

LINES = (
    "2024-05-01 10:00:00,000 ERROR api: timeout calling billing\n"
    "2024-05-01 10:00:01,000 ERROR api: timeout calling healthcheck\n"
    "2024-05-01 10:00:02,000 INFO api: request served\n"
    "2024-05-01 10:00:03,000 WARNING worker: timeout calling billing, retrying\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return ingested(tmp_path, "app.log", LINES)


@pytest.mark.parametrize(
    "query",
    ["timeout", "timeout -healthcheck", "/calling \\w+$/", "level:error", "-service:api", "zzz"],
)
def test_the_count_is_how_many_search_finds(db: Path, query: str):
    result = run("--db", str(db), "search", "--count", "--", query)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{len(found(db, query))}\n"


def test_every_format_and_no_limit(db: Path):
    def counted(*args: str) -> str:
        result = run("--db", str(db), "search", "-c", "timeout", "--limit", "1", *args)
        assert result.exit_code == 0, result.stderr
        return result.stdout

    assert counted() == "3\n"
    assert json.loads(counted("--format", "json")) == {"count": 3}
    assert json.loads(counted("--format", "ndjson")) == {"count": 3}
    assert counted("--format", "csv").splitlines() == ["count", "3"]


@pytest.mark.parametrize("shown", [["--follow"], ["-C", "1"], ["--after", "2"]])
def test_a_count_with_what_shows_events_is_refused(db: Path, shown: list[str]):
    result = run("--db", str(db), "search", "--count", "timeout", *shown)
    assert result.exit_code == 2 and result.stdout == ""
    assert "--count counts events" in result.stderr
