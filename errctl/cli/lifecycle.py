"""`errctl resolve`, `ignore`, `reopen`, `merge`: move groups through their lifecycle.

Each names groups by a unique prefix of their id (as `groups` and `top` show them), records
every transition in the group's history with the OS user and `--note`, and prints one line
per group changed (`--format json` for programs). The rules are errctl.query.lifecycle's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from errctl.cli.app import app, options

if TYPE_CHECKING:
    from errctl.query.lifecycle import Transition

_Note = Annotated[str | None, typer.Option(help="Why (kept in the group's history).")]
_At = Annotated[
    str | None,
    typer.Option(help="Act as of this time (ISO 8601; default now), e.g. when replaying logs."),
]
_Format = Annotated[str, typer.Option("--format", help="table or json.")]
_Groups = Annotated[list[str], typer.Argument(help="Group ids (unique prefixes).")]

_RESOLVE_EXAMPLES = """
Examples:

  errctl resolve 3f2a9c1 --note "fixed in 2.4.1"

  errctl resolve 3f2a9c1 77c0e12             # several at once

A resolved group leaves `top`. An event with a later timestamp brings it back as REGRESSED;
re-ingesting old logs (events from before the resolve) never does.
"""

_IGNORE_EXAMPLES = """
Examples:

  errctl ignore 3f2a9c1                      # until reopened

  errctl ignore 3f2a9c1 --until 2d           # for two days (or --until 2026-12-01)

  errctl ignore 3f2a9c1 --until-count 100    # until 100 more events

  errctl ignore 3f2a9c1 --until-rate 50/1h   # until 50 events within one hour

The first condition met ends the ignore and the group is unresolved again.
"""

_MERGE_EXAMPLES = """
Examples:

  errctl merge 3f2a9c1 77c0e12 --note "same bug, two messages"

Later events of 77c0e12 are stored under 3f2a9c1, and top, groups, show and search
fingerprint:3f2a9c1 count 77c0e12's earlier events with it. errctl reopen 77c0e12 splits it
off again.
"""


def _store(ctx: typer.Context):  # -> DuckDBStore
    return options(ctx).store()


def _when(at: str | None):  # -> datetime | None
    from errctl.query.timespec import parse_time

    return parse_time(at) if at else None


def _check_output(output: str) -> None:
    if output not in ("table", "json"):
        from errctl.errors import UsageError

        raise UsageError("--format must be table or json")


def _report(ctx: typer.Context, transitions: list[Transition], output: str) -> None:
    from errctl.query.groups import shortest_unique_prefixes

    store = _store(ctx)
    ids = shortest_unique_prefixes(store.group_digests(), [t.fingerprint for t in transitions])
    if output == "json":
        import orjson

        records = [
            {
                "id": ids[t.fingerprint],
                "fingerprint": t.fingerprint,
                "action": t.action,
                "before": t.before,
                "after": t.after,
                **({"now": t.now, "why": t.why} if t.now else {}),
            }
            for t in transitions
        ]
        typer.echo(orjson.dumps(records, option=orjson.OPT_INDENT_2).decode())
        return
    for t in transitions:
        now = f"  (now {t.now}: {t.why})" if t.now else ""
        typer.echo(f"{ids[t.fingerprint]}  {t.before} -> {t.after}{now}")


@app.command(epilog=_RESOLVE_EXAMPLES)
def resolve(
    ctx: typer.Context,
    group: _Groups,
    note: _Note = None,
    at: _At = None,
    output: _Format = "table",
) -> None:
    """Mark groups resolved: they leave top until an event newer than now comes."""
    from errctl.query import lifecycle

    _check_output(output)
    _report(ctx, lifecycle.resolve(_store(ctx), group, note=note, at=_when(at)), output)


@app.command(epilog=_IGNORE_EXAMPLES)
def ignore(
    ctx: typer.Context,
    group: _Groups,
    until: Annotated[
        str | None, typer.Option(help="For this long (2h, 7d) or until this time (ISO 8601).")
    ] = None,
    until_count: Annotated[
        int | None, typer.Option(help="Until this many more events.", min=1)
    ] = None,
    until_rate: Annotated[
        str | None, typer.Option(help="Until this many events within whole hours: 50/1h.")
    ] = None,
    note: _Note = None,
    at: _At = None,
    output: _Format = "table",
) -> None:
    """Ignore groups (they leave top), forever or until a time, a count or a rate."""
    from errctl.query import lifecycle

    _check_output(output)
    transitions = lifecycle.ignore(
        _store(ctx),
        group,
        until=until,
        until_count=until_count,
        until_rate=until_rate,
        note=note,
        at=_when(at),
    )
    _report(ctx, transitions, output)


@app.command()
def reopen(
    ctx: typer.Context,
    group: _Groups,
    note: _Note = None,
    at: _At = None,
    output: _Format = "table",
) -> None:
    """Make resolved, ignored or merged groups unresolved again."""
    from errctl.query import lifecycle

    _check_output(output)
    _report(ctx, lifecycle.reopen(_store(ctx), group, note=note, at=_when(at)), output)


@app.command(epilog=_MERGE_EXAMPLES)
def merge(
    ctx: typer.Context,
    group: Annotated[str, typer.Argument(help="The group to keep.")],
    other: Annotated[list[str], typer.Argument(help="Groups merged into it.")],
    note: _Note = None,
    at: _At = None,
    output: _Format = "table",
) -> None:
    """Merge groups into one: their later events land in GROUP."""
    from errctl.query import lifecycle

    _check_output(output)
    _report(ctx, lifecycle.merge(_store(ctx), group, other, note=note, at=_when(at)), output)


# -- what `errctl show` prints of a group's lifecycle (errctl.cli.groups calls these) ----------


def lifecycle_of(ctx: typer.Context, store, summary):  # -> (Lifecycle, [HistoryEntry])
    from errctl.query.lifecycle import effective, history, lifecycle_states
    from errctl.query.timespec import utc_now

    now = utc_now()
    settings = options(ctx).settings()
    states = lifecycle_states(store, now, settings.groups)
    life = effective(summary.fingerprint, states, now, summary.last_seen, settings.groups)
    return life, history(store, summary.fingerprint)


def lifecycle_record(life) -> dict:
    from errctl.cli.render import iso_utc

    state, entries = life
    return {
        "status": state.status,
        "regressed": state.regressed,
        "merged_into": state.state.merged_into if state.state else None,
        "history": [
            {
                "at": iso_utc(h.at),
                "action": h.action,
                "actor": h.actor,
                "note": h.note,
                "details": h.details,
            }
            for h in entries
        ],
    }


def lifecycle_text(life) -> None:
    from rich.text import Text

    from errctl.cli.console import out_console
    from errctl.cli.render import human_utc, visible

    state, entries = life
    console = out_console()
    line = Text(f"{'status':<10}", style="bold")
    line.append(state.status)
    if state.regressed and state.regressed_at:
        line.append(f"  REGRESSED: an event at {state.regressed_at:%Y-%m-%d %H:%M:%S} UTC")
        line.append(" came after the resolve", style="dim")
    if state.expired:
        line.append(f"  (the ignore ended: {state.expired} condition met)", style="dim")
    if state.auto_resolved:
        line.append("  (auto-resolved: quiet for [groups] auto_resolve_after)", style="dim")
    if state.state and state.state.merged_into:
        line.append(f"  into {state.state.merged_into}")
    console.print(line, soft_wrap=True)
    if not entries:
        return
    console.print(Text("history", style="bold"))
    for h in entries:
        row = Text(f"  {human_utc(h.at)}  {h.action:<8} {visible(h.actor or '?'):<12}")
        if h.details:
            row.append(" " + ", ".join(f"{k}={v}" for k, v in h.details.items()), style="dim")
        if h.note:
            row.append("  " + visible(h.note))
        console.print(row, soft_wrap=True)
