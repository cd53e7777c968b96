"""`errctl search -C/-B/-A`: matches with the events around them in their file, as grep -C
prints lines around a match."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_runner import run

WORKER_LOG = """\
2024-06-11 03:00:00,000 INFO acme.scheduler: Enqueued export 17
2024-06-11 03:08:51,000 WARNING acme.exports: Export 17 holds 2,844,190 rows in memory
2024-06-11 03:13:37,000 ERROR acme.exports: Export 17 failed: MemoryError
2024-06-11 03:14:40,000 INFO acme.main: Worker starting (pid 3342)
2024-06-11 03:14:41,000 INFO acme.main: Connected to redis
2024-06-11 03:20:00,000 INFO acme.scheduler: Enqueued export 18
2024-06-11 03:29:12,000 ERROR acme.exports: Export 18 failed: MemoryError
"""


@pytest.fixture
def db(tmp_path: Path) -> str:
    (tmp_path / "worker.log").write_text(WORKER_LOG)
    db = str(tmp_path / "s.duckdb")
    result = run("--db", db, "ingest", str(tmp_path / "worker.log"))
    assert result.exit_code == 0, result.stderr
    return db


def test_table_shows_neighbours_as_grep_does(db: str) -> None:
    result = run("--db", db, "search", "MemoryError", "--since", "10y", "-C", "1")
    assert result.exit_code == 0, result.stderr
    places = [line.rsplit(" ", 1)[-1].rsplit("/", 1)[-1] for line in result.stdout.splitlines()]
    # newest match's block first; a neighbour's place is source-line, a match's source:line
    assert places == [
        "worker.log-6",
        "worker.log:7",
        "--",
        "worker.log-2",
        "worker.log:3",
        "worker.log-4",
    ]


def test_before_and_after_apart(db: str) -> None:
    result = run(
        "--db", db, "search", "MemoryError", "--since", "10y", "-B", "2", "-A", "0",
        "--oldest-first", "--format", "ndjson",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    got = [(r["line"], r["match"]) for r in map(json.loads, result.stdout.splitlines())]
    assert got == [(1, False), (2, False), (3, True), (5, False), (6, False), (7, True)]


def test_machine_formats_carry_match(db: str) -> None:
    as_json = run("--db", db, "search", "Export 18 failed", "--since", "10y", "-C", "1",
                  "--format", "json")  # fmt: skip
    assert [(r["line"], r["match"]) for r in json.loads(as_json.stdout)] == [
        (6, False),
        (7, True),
    ]
    as_csv = run("--db", db, "search", "Export 18 failed", "--since", "10y", "-C", "1",
                 "--format", "csv")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["line"], r["match"]) for r in rows] == [("6", "False"), ("7", "True")]


def test_without_context_no_match_field(db: str) -> None:
    result = run("--db", db, "search", "MemoryError", "--since", "10y", "--format", "ndjson")
    assert all("match" not in json.loads(line) for line in result.stdout.splitlines())


def test_follow_with_context_is_a_usage_error(db: str) -> None:
    result = run("--db", db, "search", "MemoryError", "-C", "1", "--follow")
    assert result.exit_code == 2
    assert "--follow" in result.stderr and result.stdout == ""


def test_a_table_cut_by_limit_says_so(db: str) -> None:
    result = run("--db", db, "search", "MemoryError", "--since", "10y", "-C", "1", "--limit", "1")
    places = [line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()]
    assert places == ["worker.log-6", "worker.log:7"]
    assert "more match" in result.stderr


def test_show_names_the_search_that_gives_what_came_before(db: str) -> None:
    listed = run("--db", db, "groups", "--since", "10y", "--format", "json")
    group = next(g for g in json.loads(listed.stdout) if "MemoryError" in g["title"])
    shown = run("--db", db, "show", group["id"])
    command = shown.stdout.split("(with what came before: errctl ", 1)[1].split(")", 1)[0]
    assert command == f"search fp:{group['id']} -B 10 --limit 1"
    result = run("--db", db, *command.split(), "--format", "ndjson")
    got = [(r["line"], r["match"]) for r in map(json.loads, result.stdout.splitlines())]
    assert got == [(n, n == 7) for n in range(1, 8)]
