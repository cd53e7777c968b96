"""Entry point of the `errctl` console script: registers the command modules and runs."""

from __future__ import annotations

from errctl.cli import ingest as _ingest  # noqa: F401  (registers commands)
from errctl.cli import search as _search  # noqa: F401
from errctl.cli.app import app


def main() -> None:
    app(prog_name="errctl")


if __name__ == "__main__":
    main()
