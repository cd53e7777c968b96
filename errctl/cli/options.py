"""Options shared by several commands, declared once (DESIGN.md 4.3) so their names, types and
help read the same everywhere."""

from __future__ import annotations

from typing import Annotated

import typer

SinceOpt = Annotated[
    str | None, typer.Option(help="From this time: 15m, 1h, 2d, 1w ago, or ISO 8601.")
]
UntilOpt = Annotated[str | None, typer.Option(help="Up to this time, not included (same forms).")]
ServiceOpt = Annotated[list[str] | None, typer.Option(help="Only this service.")]
HostOpt = Annotated[list[str] | None, typer.Option(help="Only this host.")]
SourceOpt = Annotated[
    list[str] | None, typer.Option(help="Only sources whose path matches this glob.")
]
OutputOpt = Annotated[str, typer.Option("--format", help="table, json, ndjson or csv.")]
CsvSafeOpt = Annotated[
    bool,
    typer.Option(
        "--csv-safe/--no-csv-safe",
        help="With --format csv, put ' before cells that start with =, +, -, @, tab or CR, so "
        "a spreadsheet does not run log text as a formula. --no-csv-safe writes cells as stored.",
    ),
]


def query_text(words: list[str] | None) -> str | None:
    """The query of a command's words, joined as one: `errctl search timeout -healthcheck` is
    the query 'timeout -healthcheck', as if quoted whole. errctl.cli.main puts a word opening
    with `-` that is no option of the command after `--`, so it reaches here as a term."""
    return " ".join(words) if words else None
