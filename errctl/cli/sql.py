"""`errctl sql`: the store's tables answer a user's own SQL (errctl.store.user_sql)."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

import orjson
import typer

from errctl.cli.app import app, options
from errctl.cli.options import CsvSafeOpt, OutputOpt

_EXAMPLES = """
Examples:

  errctl sql 'SELECT level, count(*) FROM events GROUP BY ALL ORDER BY 2 DESC'

  errctl sql "SELECT service, date_trunc('hour', timestamp) AS hour, count(*) AS errors
  FROM events WHERE level >= 'error' GROUP BY ALL ORDER BY hour" --format csv > errors.csv

  errctl sql "SELECT attributes->>'user_id' AS user, count(*) FROM events
  WHERE fingerprint LIKE 'fp1:3f2a%' GROUP BY 1 ORDER BY 2 DESC LIMIT 10"

  errctl sql - --format ndjson < query.sql

DuckDB's SQL over the store, read-only: it reads the store's tables and nothing else (no
file, no other database), and writes nothing. `events` holds one row per event, its columns
the event schema (docs/event-schema.md); `groups` one row per fingerprint (count, first_seen,
last_seen, title, template). `SHOW TABLES` and `DESCRIBE events` list the rest.
"""

_TABLE_ROWS = 1000  # a table on the terminal shows this many; machine formats stream all
_TABLE_CELL_CHARS = 600
"""A table cell shows this much of its value: a stack trace or a whole attributes object
folded into hundreds of lines hid the rows around it. Machine formats write every value whole."""


@app.command(epilog=_EXAMPLES)
def sql(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="A SQL query in DuckDB's dialect; - reads it from stdin.")
    ],
    output: OutputOpt = "table",
    csv_safe: CsvSafeOpt = True,
) -> None:
    """Answer a SQL query over the store: what top, search and show do not ask."""
    from errctl.cli import render
    from errctl.errors import UsageError

    if output not in render.OUTPUT_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(render.OUTPUT_FORMATS)}")
    text = sys.stdin.read() if query == "-" else query
    if not text.strip():
        raise UsageError("the query is empty")
    with options(ctx).store().user_sql(text) as result:
        if output == "table":
            _write_table(result)
            return
        records = (
            {
                column: _plain(value, is_json)
                for column, is_json, value in zip(result.columns, result.json, row, strict=True)
            }
            for row in result.rows
        )
        render.write_records(records, result.columns, output, csv_safe=csv_safe)


def _plain(value: Any, is_json: bool = False) -> Any:
    """A value as JSON and CSV write it: times in ISO 8601 (UTC, as stored), a JSON column's
    text as the object it holds, a decimal as a number, an interval in seconds."""
    from errctl.cli.render import iso_utc

    if value is None:
        return None
    if is_json and isinstance(value, str):
        return orjson.loads(value)
    if isinstance(value, datetime):
        return iso_utc(value) if value.tzinfo is None else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # a UUID, and what else DuckDB may hand back


def _write_table(result: Any) -> None:
    from rich import box
    from rich.table import Table

    from errctl.cli.console import info, out_console, visible

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column, numeric in zip(result.columns, result.numeric, strict=True):
        table.add_column(visible(column), overflow="fold", justify="right" if numeric else "left")
    shown = 0
    cut = False
    for row in result.rows:
        if shown == _TABLE_ROWS:
            more = 1 + sum(1 for _ in result.rows)
            info(f"... {more} more row(s): --format csv or ndjson for all, or a LIMIT")
            break
        cells = [_cell(value) for value in row]
        cut = cut or any(len(cell) > _TABLE_CELL_CHARS for cell in cells)
        table.add_row(*(_shortened(cell) for cell in cells))
        shown += 1
    if result.columns:
        out_console().print(table)
    if cut:
        info(
            f"values longer than {_TABLE_CELL_CHARS} characters are cut: "
            "--format ndjson shows them whole"
        )
    if not shown and result.columns:
        info("no rows")


def _shortened(cell: str) -> str:
    if len(cell) <= _TABLE_CELL_CHARS:
        return cell
    return f"{cell[:_TABLE_CELL_CHARS]}… (+{len(cell) - _TABLE_CELL_CHARS:,} chars)"


def _cell(value: Any) -> str:
    from errctl.cli.console import visible

    if value is None:
        return ""
    plain = _plain(value)
    text = plain if isinstance(plain, str) else orjson.dumps(plain).decode()
    return visible(text)
