"""`errctl quarantine`: the lines ingest could not read, with where they came from and why."""

from __future__ import annotations

from typing import Annotated

import typer

from errctl.cli.app import app, options
from errctl.cli.options import CsvSafeOpt, OutputOpt

_EXAMPLES = """
Examples:

  errctl quarantine                          # the first 100, by source and line

  errctl quarantine --source '*app.jsonl' --format ndjson
"""


@app.command(epilog=_EXAMPLES)
def quarantine(
    ctx: typer.Context,
    source: Annotated[
        str | None, typer.Option(help="Only sources whose path matches this glob.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many lines; 0 for all.", min=0)] = 100,
    output: OutputOpt = "table",
    csv_safe: CsvSafeOpt = True,
) -> None:
    """List quarantined lines: rejected by ingest (invalid JSON, NUL runs, lines that match no
    --pattern), kept with their source, line number and reason so nothing is lost silently."""
    from errctl.cli import render
    from errctl.errors import UsageError

    if output not in render.OUTPUT_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(render.OUTPUT_FORMATS)}")
    from errctl.query.names import source_glob

    glob = None if source is None else source_glob(source)
    rows = options(ctx).store().quarantined(glob, limit or None)
    for row in rows:
        row["ingested_at"] = render.iso_utc(row["ingested_at"])
    if output != "table":
        render.write_records(rows, QUARANTINE_FIELDS, output, csv_safe=csv_safe)
        return
    from rich.text import Text

    from errctl.cli.console import info, print_row

    for row in rows:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{render.visible(row['source'])}:{row['line']}", style="bold")
        line.append(f"  {render.visible(row['reason'])}  ", style="dim")
        line.append(render.visible(row["raw"][:500]))
        print_row(line)
    if not rows:
        info("no quarantined lines")


QUARANTINE_FIELDS = ("source", "line", "reason", "raw", "ingested_at")
