"""`errctl prune`: drop events older than the retention, so a store fed from cron stays bounded.

What goes and what stays is errctl.store.retention's (its module docstring).
"""

from __future__ import annotations

from typing import Annotated

import typer

from errctl.cli.app import app, options

_EXAMPLES = """
Examples:

  errctl prune --older-than 30d --dry-run     # what would go

  errctl prune --older-than 30d

  errctl prune --older-than 2026-01-01        # everything before that day (UTC)

  errctl prune                                # by [store] retention in the config

From cron, once a day after the ingest:

  15 3 * * *  errctl prune --older-than 30d --quiet
"""


@app.command(epilog=_EXAMPLES)
def prune(
    ctx: typer.Context,
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="Remove what is older than this: a duration ago (30d, 12w) or an ISO time "
            "(default: [store] retention in the config).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would go; remove nothing.")
    ] = False,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")] = False,
) -> None:
    """Remove events older than a cutoff (by their own time), the groups with no event after
    it, their hourly counts before it, and quarantined lines and delivered notifications from
    before it, in one transaction. A group with a newer event keeps its first-seen time and
    its counts, and a resolved or ignored group stays so if it comes back. Prints what went."""
    from datetime import timedelta

    from errctl.cli import console
    from errctl.errors import UsageError
    from errctl.query.timespec import parse_duration, prune_cutoff, utc_now

    if output not in ("text", "json"):
        raise UsageError("--format must be text or json")
    opts = options(ctx)
    settings = opts.settings()
    spec = older_than or settings.store.retention
    if spec is None:
        raise UsageError(
            "prune needs a cutoff",
            hint='give --older-than 30d, or set retention = "30d" under [store] in the config',
        )
    now = utc_now()
    cutoff = prune_cutoff(spec, now=now)
    history = parse_duration(settings.groups.escalation_window) + timedelta(
        days=settings.groups.escalation_days
    )
    if now - cutoff < history:
        console.warn(
            f"escalation compares the last {settings.groups.escalation_window} with the "
            f"{settings.groups.escalation_days} days before it: pruning events younger than "
            "that leaves it less history"
        )
    result = opts.store().prune(cutoff, dry_run=dry_run)
    if quiet:
        return
    if output == "json":
        import orjson

        typer.echo(orjson.dumps(result.to_dict()).decode())
        return
    verb = "would remove" if dry_run else "removed"
    typer.echo(
        f"{verb} what is older than {result.cutoff:%Y-%m-%d %H:%M:%S} UTC ({result.seconds:.2f} s):"
    )
    typer.echo(f"  events: {result.events:,}")
    typer.echo(f"  groups with no newer event: {result.groups:,}")
    typer.echo(f"  hourly counts: {result.hourly_rows:,}")
    typer.echo(f"  quarantined lines: {result.quarantined:,}")
    typer.echo(f"  delivered notifications: {result.notifications:,}")
