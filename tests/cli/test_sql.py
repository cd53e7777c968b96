"""`errctl sql`: DuckDB's SQL over the store, read-only and reaching no other file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_runner import run

LOG = "".join(
    json.dumps(record) + "\n"
    for record in (
        {"ts": "2024-05-01T10:00:00Z", "level": "error", "service": "api",
         "msg": "payment failed", "user_id": 7},
        {"ts": "2024-05-01T10:05:00Z", "level": "error", "service": "api",
         "msg": "payment failed", "user_id": 9},
        {"ts": "2024-05-01T10:06:00Z", "level": "info", "service": "worker", "msg": "job done"},
    )
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "app.jsonl").write_text(LOG)
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(tmp_path / "app.jsonl"))
    assert result.exit_code == 0, result.stderr
    return db


def sql(db: Path, query: str, *args: str, input: str | None = None):
    return run("--db", str(db), "sql", query, *args, input=input)


def test_a_count_by_column_as_every_format(db: Path):
    query = "SELECT service, count(*) AS events FROM events GROUP BY ALL ORDER BY 2 DESC"
    ndjson = sql(db, query, "--format", "ndjson")
    assert ndjson.exit_code == 0, ndjson.stderr
    assert [json.loads(line) for line in ndjson.stdout.splitlines()] == [
        {"service": "api", "events": 2},
        {"service": "worker", "events": 1},
    ]
    table = sql(db, query)
    assert table.exit_code == 0
    header, rule, *body = table.stdout.splitlines()
    assert header.split() == ["service", "events"] and set(rule) == {"─"}
    assert [line.split() for line in body] == [["api", "2"], ["worker", "1"]]
    assert body[0].endswith(" 2") and header.endswith("events")  # a number column, right-aligned
    rows = list(csv.reader(io.StringIO(sql(db, query, "--format", "csv").stdout)))
    assert rows == [["service", "events"], ["api", "2"], ["worker", "1"]]


def test_times_json_and_the_query_from_stdin(db: Path):
    query = "SELECT timestamp, attributes, attributes->>'user_id' AS user FROM events LIMIT 1"
    result = sql(db, "-", "--format", "json", input=query)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"timestamp": "2024-05-01T10:00:00.000000Z", "attributes": {"user_id": 7}, "user": "7"}
    ]


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("DELETE FROM events", "read-only"),
        ("CREATE TABLE notes (x INT)", "read-only"),
        ("COPY events TO 'out.csv'", "file system operations are disabled"),
        ("SELECT * FROM read_csv('/etc/hostname')", "file system operations are disabled"),
        ("ATTACH 'other.duckdb'", "file system operations are disabled"),
        ("SELEC 1", "syntax error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
    ],
)
def test_what_would_write_or_reach_out_is_refused(db: Path, tmp_path: Path, query: str, said):
    result = sql(db, query)
    assert result.exit_code == 2 and said in result.stderr and result.stdout == ""
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "other.duckdb").exists()
    count = sql(db, "SELECT count(*) AS n FROM events", "--format", "ndjson")
    assert json.loads(count.stdout) == {"n": 3}


def test_no_store_and_an_empty_query(tmp_path: Path, db: Path):
    missing = run("--db", str(tmp_path / "none.duckdb"), "sql", "SELECT 1")
    assert missing.exit_code == 4 and "no store" in missing.stderr
    assert not (tmp_path / "none.duckdb").exists()
    assert sql(db, "  ").exit_code == 2


def test_one_statement_is_answered_not_the_last_of_several(db: Path):
    several = sql(db, "SELECT 1 AS a; SELECT 2 AS b")
    assert several.exit_code == 2 and several.stdout == ""
    assert "2 statements" in several.stderr
    one = sql(
        db,
        "-- the count\nSELECT count(*) AS n FROM events; -- a comment after\n",
        "--format",
        "ndjson",
    )
    assert one.exit_code == 0, one.stderr
    assert json.loads(one.stdout) == {"n": 3}


def test_a_long_value_is_cut_in_the_table_only(db: Path):
    query = "SELECT repeat('x', 5000) AS big, 1 AS n"
    table = sql(db, query)
    assert table.exit_code == 0, table.stderr
    assert table.stdout.count("x") == 600
    assert "+4,400 chars" in table.stdout.replace("\n", "")
    assert "cut" in table.stderr
    whole = sql(db, query, "--format", "ndjson")
    assert json.loads(whole.stdout) == {"big": "x" * 5000, "n": 1}
