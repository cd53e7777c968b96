"""Entry point of the `errctl` console script: registers the command modules and runs.

Commands are listed in `errctl --help` in the order their modules are imported here: the order
a newcomer needs them, not the alphabet.
"""

# ruff: noqa: I001, F401
from __future__ import annotations

from errctl.cli.app import app
from errctl.cli import ingest as _ingest
from errctl.cli import search as _search
from errctl.cli import top as _top
from errctl.cli import groups as _groups
from errctl.cli import lifecycle as _lifecycle
from errctl.cli import quarantine as _quarantine
from errctl.cli import reclassify as _reclassify
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


def main() -> None:
    app(prog_name="errctl")


if __name__ == "__main__":
    main()
