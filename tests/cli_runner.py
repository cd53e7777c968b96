"""Invoke the CLI in-process, with stdout and stderr kept apart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from errctl.cli.main import app_for, command_line, invoked_command


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(*args: str, input: str | bytes | None = None) -> Result:
    runner = CliRunner()
    # The command line and the application `main` runs: only the named command built, the
    # words rewritten as errctl.cli.main rewrites them.
    argv = command_line(args)
    app = app_for(invoked_command(argv))
    result = runner.invoke(app, argv, input=input, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def found(db: Path, query: str) -> list[str]:
    """The messages of the events `query` finds, oldest first."""
    result = run("--db", str(db), "search", query, "--format", "ndjson", "--oldest-first")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["message"] for line in result.stdout.splitlines()]


def ingested(tmp_path: Path, name: str, text: str) -> Path:
    """A store in `tmp_path` holding the log `text`, ingested as the file `name`."""
    log = tmp_path / name
    log.write_text(text)
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(log))
    assert result.exit_code == 0, result.stderr
    return db
