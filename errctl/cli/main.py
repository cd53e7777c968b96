"""Entry point of the `errctl` console script: registers the command modules and runs.

Commands are listed in `errctl --help` in the order their modules are imported here: the order
a newcomer needs them, not the alphabet.

Start-up matters (`errctl top` answers in under half a second, issue #5): Typer builds a click
command for every registered command on every run, reading each function's signature and
evaluating its annotations (about 50 ms for all of them). `main` builds only the command the
command line names; `--help`, completion and unknown names get the whole application.
"""

# ruff: noqa: I001, F401
from __future__ import annotations

import copy
import sys
from collections.abc import Sequence

import typer
from typer.main import get_command_name

from errctl.cli.app import app
from errctl.cli import ingest as _ingest
from errctl.cli import search as _search
from errctl.cli import top as _top
from errctl.cli import groups as _groups
from errctl.cli import lifecycle as _lifecycle
from errctl.cli import quarantine as _quarantine
from errctl.cli import reclassify as _reclassify
from errctl.cli import prune as _prune
from errctl.cli import gate as _gate
from errctl.cli import alert as _alert
from errctl.cli import report as _report
from errctl.cli.config import config_app
from errctl.cli.severity import severity_app

app.add_typer(config_app, name="config")
app.add_typer(severity_app, name="severity")
app.add_typer(_gate.baseline_app, name="baseline")
app.add_typer(_alert.alert_app, name="alert")
app.add_typer(_alert.silence_app, name="silence")

GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--db", "--lock-timeout", "--config"})
"""The global options (app.main_options) that take a value: the word after one is its value,
not the command. A test holds this equal to the callback's options."""


def invoked_command(argv: Sequence[str]) -> str | None:
    """The command name a command line invokes: its first word that is not a global option or
    a global option's value; None when it names none (`errctl`, `errctl --version`)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def app_for(name: str | None, full: typer.Typer = app) -> typer.Typer:
    """`full` with only the command or command group `name` registered, so that only it is
    built; `full` itself when `name` is None or no command of it (click then lists them)."""
    if name is None:
        return full
    commands = [
        c
        for c in full.registered_commands
        if (c.name or get_command_name(c.callback.__name__)) == name  # type: ignore[union-attr]
    ]
    groups = [g for g in full.registered_groups if g.name == name]
    if not commands and not groups:
        return full
    lean = copy.copy(full)
    lean.registered_commands = commands
    lean.registered_groups = groups
    return lean


def main() -> None:
    app_for(invoked_command(sys.argv[1:]))(prog_name="errctl")


if __name__ == "__main__":
    main()
