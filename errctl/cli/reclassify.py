"""`errctl reclassify`: apply the current severity rules to the events already stored."""

from __future__ import annotations

from typing import Annotated

import typer

from errctl.cli.app import app, options

_EXAMPLES = """
Examples:

  errctl reclassify --dry-run             # how many events the current rules would change

  errctl reclassify                       # change them, and their groups' top severity

  errctl --config new-rules.toml reclassify --format json
"""


@app.command(epilog=_EXAMPLES)
def reclassify(
    ctx: typer.Context,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would change; write nothing.")
    ] = False,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Re-classify stored events under the current [[severity.rules]]: each distinct
    combination of the fields the rules read is classified once, and the events whose severity
    or category changes are updated in batches (one transaction each), with their groups'
    max severity. Prints how many events changed."""
    from errctl.errors import UsageError
    from errctl.ingest.reclassify import reclassify as run_reclassify

    if output not in ("text", "json"):
        raise UsageError("--format must be text or json")
    opts = options(ctx)
    result = run_reclassify(opts.store(), opts.settings(), dry_run=dry_run)
    if output == "json":
        import orjson

        typer.echo(orjson.dumps(result.to_dict()).decode())
        return
    would = "would change" if dry_run else "changed"
    typer.echo(
        f"{result.events:,} events checked ({result.combinations:,} distinct combinations, "
        f"{result.batches} batch{'es' if result.batches != 1 else ''}, {result.seconds:.2f} s)"
    )
    typer.echo(f"severity {would}: {result.severity_changed:,} events")
    typer.echo(f"category {would}: {result.category_changed:,} events")
    groups = f"groups with a changed event: {result.groups_touched:,}"
    if not dry_run:
        groups += f"; top severity updated: {result.groups_changed:,}"
    typer.echo(groups)
