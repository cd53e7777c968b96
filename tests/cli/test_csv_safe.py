"""--csv-safe (the default) and --no-csv-safe: with --format csv, cells that a spreadsheet would
run as a formula (=, +, -, @, tab, CR first) get a leading ' unless the user asks for the cells
as stored (docs/security.md)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from errctl.cli import render
from tests.cli_runner import run

FORMULAS = ["=cmd|calc", "+cmd plus", "-cmd minus", "@cmd at", "\tx", "\rx"]

LOG = (
    "".join(
        json.dumps({"ts": f"2024-05-01T12:00:0{i}Z", "level": "error", "msg": m}) + "\n"
        for i, m in enumerate(FORMULAS[:4])
    )
    + "=cmd|' /C calc'!A0\n"  # not JSON: quarantined, with its raw text
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    log = tmp_path / "app.jsonl"
    log.write_text(LOG)
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(log), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    return db


def _column(db: Path, args: list[str], column: str) -> list[str]:
    result = run("--db", str(db), *args, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return sorted(row[column] for row in csv.DictReader(io.StringIO(result.stdout)))


COMMANDS = [
    (["search", "--limit", "0"], "message", FORMULAS[:4]),
    (["groups", "--limit", "0"], "title", FORMULAS[:4]),
    (["top", "--since", "1000w", "--limit", "0"], "title", FORMULAS[:4]),
    (["quarantine"], "raw", ["=cmd|' /C calc'!A0"]),
]


@pytest.mark.parametrize(("args", "column", "cells"), COMMANDS, ids=lambda a: str(a)[:12])
@pytest.mark.parametrize("flag", [[], ["--csv-safe"]], ids=["default", "csv-safe"])
def test_formulas_are_neutralised_by_default(store: Path, args, column, cells, flag):
    assert _column(store, [*args, *flag], column) == sorted("'" + c for c in cells)


@pytest.mark.parametrize(("args", "column", "cells"), COMMANDS, ids=lambda a: str(a)[:12])
def test_no_csv_safe_writes_cells_as_stored(store: Path, args, column, cells):
    assert _column(store, [*args, "--no-csv-safe"], column) == sorted(cells)


@pytest.mark.parametrize("safe", [True, False])
def test_every_formula_lead_character(safe: bool):
    out = io.StringIO()
    rows = [{"a": cell, "b": "plain", "c": 5} for cell in FORMULAS]
    render.write_records(rows, ("a", "b", "c"), "csv", out, csv_safe=safe)
    got = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["a"] for r in got] == [("'" + c if safe else c) for c in FORMULAS]
    assert {(r["b"], r["c"]) for r in got} == {("plain", "5")}


@pytest.mark.parametrize("safe", [True, False])
def test_line_breaks_inside_a_cell_never_start_a_row(safe: bool):
    # A lone CR used to be written unquoted (the writer quoted only "\n"), and a reader split the
    # row there: log text could add rows.
    out = io.StringIO()
    cells = ["a\rb", "a\nb", "a\r\nb", "\r", "x\r=cmd|calc"]
    render.write_records(
        ({"a": c, "b": "end"} for c in cells), ("a", "b"), "csv", out, csv_safe=safe
    )
    text = out.getvalue()
    assert text.endswith('"x\r=cmd|calc",end\n') and "\r\n" not in text.replace("a\r\nb", "")
    got = list(csv.reader(io.StringIO(text, newline="")))
    assert got[1:] == [[("'" + c if safe and c[0] == "\r" else c), "end"] for c in cells]


def test_flag_is_ignored_by_other_formats(store: Path):
    plain = run("--db", str(store), "search", "--format", "ndjson")
    unsafe = run("--db", str(store), "search", "--format", "ndjson", "--no-csv-safe")
    assert plain.stdout == unsafe.stdout
    assert {json.loads(x)["message"] for x in plain.stdout.splitlines()} == set(FORMULAS[:4])
