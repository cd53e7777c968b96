"""`errctl` builds only the command its command line names (start-up time, errctl.cli.main):
the lean application must behave as the whole one for that command."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from errctl.cli.main import (
    GLOBAL_OPTIONS_WITH_VALUE,
    app,
    app_for,
    excluded_terms_as_words,
    hoist_global_options,
    invoked_command,
)
from tests.conftest import subprocess_env


def _names() -> list[str]:
    group = get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_global_options_with_a_value_are_those_of_the_callback():
    group = get_command(app)
    with_value = {opt for p in group.params if not getattr(p, "is_flag", False) for opt in p.opts}
    with_value = {o for o in with_value if o.startswith("--") and "completion" not in o}
    assert with_value == set(GLOBAL_OPTIONS_WITH_VALUE)


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        ([], None),
        (["--version"], None),
        (["-h"], None),
        (["top"], "top"),
        (["--db", "top", "search", "x"], "search"),  # `top` is the value of --db
        (["--db=x.duckdb", "top"], "top"),
        (["--lock-timeout", "3", "--config", "c.toml", "alert", "test", "hook"], "alert"),
        (["--", "top"], None),
    ],
)
def test_invoked_command(argv, name):
    assert invoked_command(argv) == name


def test_only_the_named_command_is_built():
    lean = get_command(app_for("top"))
    assert sorted(lean.commands) == ["top"]  # type: ignore[attr-defined]
    assert sorted(get_command(app_for("silence")).commands) == ["silence"]  # type: ignore[attr-defined]
    assert app_for("no-such-command") is app
    assert app_for(None) is app


def test_every_command_and_group_is_reachable_lean():
    names = _names()
    assert {"ingest", "search", "top", "alert", "silence", "config"} <= set(names)
    for name in names:
        assert name in get_command(app_for(name)).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", _names())
def test_help_of_each_command_is_the_same_lean_and_whole(name):
    runner = CliRunner()
    whole = runner.invoke(app, [name, "--help"], prog_name="errctl")
    lean = runner.invoke(app_for(name), [name, "--help"], prog_name="errctl")
    assert whole.exit_code == lean.exit_code == 0
    assert lean.stdout == whole.stdout


def test_the_console_script_runs_the_lean_command(tmp_path):
    db = tmp_path / "s.duckdb"
    log = tmp_path / "a.log"
    log.write_text("2024-01-01 00:00:00,000 ERROR app: boom 1\n")
    run = [sys.executable, "-m", "errctl", "--db", str(db)]
    ingested = subprocess.run([*run, "ingest", str(log), "--quiet"], capture_output=True)
    assert ingested.returncode == 0, ingested.stderr
    found = subprocess.run([*run, "search", "boom", "--format", "ndjson"], capture_output=True)
    assert found.returncode == 0 and b"boom 1" in found.stdout
    unknown = subprocess.run([*run, "serach"], capture_output=True, text=True)
    assert unknown.returncode == 2 and "No such command" in unknown.stderr


def test_lean_app_is_a_copy():
    before = list(app.registered_commands)
    app_for("top")
    assert app.registered_commands == before
    assert isinstance(app_for("top"), typer.Typer)


@pytest.mark.parametrize(
    ("argv", "hoisted"),
    [
        (["search", "x", "--db", "s.duckdb"], ["--db", "s.duckdb", "search", "x"]),
        (["config", "check", "--config=c.toml"], ["--config=c.toml", "config", "check"]),
        (
            ["--db", "a", "top", "--since", "1h", "--db", "b", "--lock-timeout", "3"],
            ["--db", "a", "--db", "b", "--lock-timeout", "3", "top", "--since", "1h"],
        ),
        (["search", "--", "--db", "x"], ["search", "--", "--db", "x"]),  # the query's words
        (["search", "--db"], ["search", "--db"]),  # no value: click says so
        (["--db", "search", "top"], ["--db", "search", "top"]),  # `search` is --db's value
        (["top"], ["top"]),
        ([], []),
    ],
)
def test_global_options_after_the_command_move_before_it(argv, hoisted):
    assert hoist_global_options(argv) == hoisted


def _commands(group) -> list:
    found = []
    for command in group.commands.values():
        found += _commands(command) if hasattr(command, "commands") else [command]
    return found


def test_no_command_has_an_option_named_as_a_global_one():
    # What hoist_global_options relies on: `--db` after any command is the global --db.
    for command in _commands(get_command(app)):
        names = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
        assert not names & GLOBAL_OPTIONS_WITH_VALUE, command.name


def test_the_console_script_takes_global_options_after_the_command(tmp_path):
    db = tmp_path / "s.duckdb"
    log = tmp_path / "a.log"
    log.write_text("2024-01-01 00:00:00,000 ERROR app: boom 1\n")
    run = [sys.executable, "-m", "errctl"]
    env = subprocess_env()
    ingested = subprocess.run([*run, "ingest", str(log), "--quiet", "--db", str(db)], env=env)
    assert ingested.returncode == 0
    found = subprocess.run(
        [*run, "search", "boom", "--format", "ndjson", f"--db={db}", "--lock-timeout", "5"],
        capture_output=True,
        env=env,
    )
    assert found.returncode == 0, found.stderr
    assert b"boom 1" in found.stdout


@pytest.mark.parametrize(
    ("argv", "rewritten"),
    [
        (["search", "-healthcheck"], ["search", "--", "-healthcheck"]),
        (
            ["search", "timeout", "-healthcheck", "--level", "error"],
            ["search", "--level", "error", "--", "timeout", "-healthcheck"],
        ),
        (  # an option's value stays its value, short options with theirs too
            ["search", "--since", "-2h", "-C5", "-A", "3", "-xyz"],
            ["search", "--since", "-2h", "-C5", "-A", "3", "--", "-xyz"],
        ),
        (["top", "-service:canary", "--since=1d"], ["top", "--since=1d", "--", "-service:canary"]),
        (
            ["groups", "a", "-beta", "--", "--not-an-option"],
            ["groups", "--", "a", "-beta", "--not-an-option"],
        ),
        (["search", "--lvel", "x"], ["search", "--lvel", "x"]),  # a typo, for click to report
        (["search", "-h"], ["search", "-h"]),
        (["search", "x", "-n", "5"], ["search", "-n", "--", "x", "5"]),  # click: no such option
        (["search", "-limit", "5", "-xyz"], ["search", "-limit", "--", "5", "-xyz"]),  # as well
        (["search", '-"a phrase"'], ["search", "--", '-"a phrase"']),
        (["search", "timeout"], ["search", "timeout"]),
        (["ingest", "-"], ["ingest", "-"]),  # not a query command: stdin as ever
        (["--db", "s", "search", "-xyz"], ["--db", "s", "search", "--", "-xyz"]),
        (
            ["sql", "-- why\nSELECT 1", "--format", "csv"],
            ["sql", "--format", "csv", "--", "-- why\nSELECT 1"],
        ),
    ],
)
def test_a_query_word_opening_with_a_dash_is_a_term(argv, rewritten):
    assert excluded_terms_as_words(argv) == rewritten


def test_the_console_script_leaves_out_a_dash_word(tmp_path):
    db = tmp_path / "s.duckdb"
    log = tmp_path / "a.log"
    log.write_text(
        "2024-01-01 00:00:00,000 ERROR app: timeout calling healthcheck\n"
        "2024-01-01 00:00:01,000 ERROR app: timeout calling billing\n"
    )
    run = [sys.executable, "-m", "errctl", "--db", str(db)]
    env = subprocess_env()
    assert subprocess.run([*run, "ingest", str(log), "--quiet"], env=env).returncode == 0
    found = subprocess.run(
        [*run, "search", "timeout", "-healthcheck", "--format", "ndjson"],
        capture_output=True,
        env=env,
    )
    assert found.returncode == 0, found.stderr
    assert b"billing" in found.stdout
    assert b"healthcheck" not in found.stdout
