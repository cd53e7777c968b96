"""Terminal escapes and rich markup in log text never reach the terminal raw (issue #10,
docs/security.md): every human output shows them as visible text (`\\x1b`, `\\u202e`) and prints
markup literally."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli_runner import run

HOSTILE = (
    "A\x1b[31mRED\x1b[2J\x1b]0;pwned\x07\x1b]8;;https://evil\x07L\x1b]8;;\x07"
    "\x9bC\u202eRTL\u2066I\rCR\x08BS\x00NUL[bold]B[/bold][link=https://evil]x[/link]"
)
# Control characters and bidi overrides that must never be printed raw (newline and tab are
# the renderers' own layout).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
NOW = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "dir\x1b[31m[bold]"
    folder.mkdir()
    log = folder / "app\x1b]0;t\x07[bold]x.jsonl"
    trace = (
        'Traceback (most recent call last):\n  File "/a.py", line 1, in f\n    x()\n'
        "Evil\x1b[31m\u202e[bold]Error: v" + HOSTILE
    )
    record = {
        "ts": NOW,
        "level": "error",
        "msg": "m " + HOSTILE,
        "service": "s" + HOSTILE,
        "host": "h" + HOSTILE,
        "exc_info": trace,
    }
    log.write_text(json.dumps(record) + "\n{bad " + HOSTILE + "\n")
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    _check(result.stdout + result.stderr)
    assert "rejected" in result.stderr
    return db, log


def _check(out: str) -> None:
    leaks = sorted({repr(c) for c in RAW.findall(out)})
    assert not leaks, f"raw control characters printed: {leaks}\n{out!r}"


def _group(db: Path) -> str:
    out = run("--db", str(db), "groups", "--format", "json").stdout
    return json.loads(out)[0]["id"]


@pytest.mark.parametrize(
    "args",
    [
        ["search"],
        ["search", "--since", "1d"],
        ["top", "--since", "1d"],
        ["groups"],
        ["quarantine"],
        ["report", "--format", "text", "--since", "1d"],
        ["alert", "--dry-run"],
    ],
    ids=lambda a: " ".join(a),
)
def test_human_outputs_show_controls_visibly(store: tuple[Path, Path], args: list[str]):
    db, _log = store
    result = run("--db", str(db), *args)
    _check(result.stdout + result.stderr)
    if args[0] != "alert":
        assert "\\x1b" in result.stdout, result.stdout
    if args[0] in ("search", "quarantine"):
        assert "B[/bold][link=https://evil]x[/link]" in result.stdout  # markup kept literal


@pytest.mark.parametrize("command", ["show", "explain"])
def test_group_views_show_controls_visibly(store: tuple[Path, Path], command: str):
    db, _log = store
    result = run("--db", str(db), command, _group(db))
    assert result.exit_code == 0, result.stderr
    _check(result.stdout + result.stderr)
    assert "\\x1b" in result.stdout


def test_ingest_warning_shows_file_name_visibly(tmp_path: Path):
    log = tmp_path / "bin\x1b[2J\u202e[bold]x.log"
    log.write_bytes(b"\x00\x01\x02\xff" * 4096)
    result = run("--db", str(tmp_path / "s.duckdb"), "ingest", str(tmp_path))
    _check(result.stdout + result.stderr)
    assert "\\x1b[2J\\u202e[bold]x.log" in result.stderr
