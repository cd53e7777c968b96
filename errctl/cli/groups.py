"""`errctl groups`, `errctl show`, `errctl explain`: the problems in the store, one problem in
full, and how an event's fingerprint (its group) was formed.

Human output is rich text on stdout built from `Text` objects (log text is never read as
markup) with control characters made visible; machine formats print only data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from errctl.cli.app import app, options
from errctl.cli.options import (
    CsvSafeOpt,
    HostOpt,
    OutputOpt,
    ServiceOpt,
    SinceOpt,
    SourceOpt,
    UntilOpt,
    query_text,
)

if TYPE_CHECKING:
    from errctl.models import EventFilter, GroupDetail, GroupSummary
    from errctl.query.explain import Explanation

_GROUPS_EXAMPLES = """
Examples:

  errctl groups                                  # the biggest groups, all time

  errctl groups --since 1d --level error         # errors of the last day, counted in it

  errctl groups timeout --sort last-seen         # title or template contains "timeout"

  errctl groups 'service:billing /Paystream|Socket/' --format ndjson

  errctl groups --limit 0 --format csv > groups.csv

The ID column is the shortest unique prefix of each group's id: give it to errctl show or
errctl explain. With --since/--until, --level, --service, --host, --source or field terms, a
group's counts are over its matching events only.

On a terminal the title keeps a fair share of the width: the lesser columns shorten (times
without their year) or go (FIRST SEEN, then LEVEL, then LAST SEEN and SERVICE) first. Piped,
every column and the whole title are printed. Two groups whose titles would read the same
show where they differ, or the message logged with the exception, in parentheses.
"""

_SHOW_EXAMPLES = """
Examples:

  errctl show 3f2a9c1                    # a group by a unique prefix of its id

  errctl show 3f2a9c1 --since 2d         # counts, histogram and samples of the last two days

  errctl show 3f2a9c1 --as-logged        # the latest stack trace as the log wrote it

  errctl show fp1:3f2a9c1d0e4b5a67 --format json
"""

_EXPLAIN_EXAMPLES = """
Examples:

  errctl explain 3f2a9c1                 # a group, through its newest event

  errctl explain 1234                    # event 1234 (event:1234 when it is also a group prefix)

  errctl explain event:1234 --format json
"""

_LEVEL_STYLES = {"critical": "bold red", "error": "red", "warning": "yellow", "debug": "dim"}
_SEVERITY_STYLES = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "dim"}


def _window(
    level: str | None,
    since: str | None,
    until: str | None,
    service: list[str] | None = None,
    host: list[str] | None = None,
    source: list[str] | None = None,
) -> EventFilter:
    from errctl.models import EventFilter
    from errctl.query.names import source_glob
    from errctl.query.parse import level_name
    from errctl.query.timespec import parse_window

    start, end = parse_window(since, until)
    return EventFilter(
        min_level=level_name(level) if level else None,
        since=start,
        until=end,
        services=tuple(service or ()),
        hosts=tuple(host or ()),
        sources=tuple(source_glob(s) for s in source or ()),
    )


def _check_format(output: str, allowed: tuple[str, ...]) -> None:
    from errctl.errors import UsageError

    if output not in allowed:
        raise UsageError(f"--format must be one of {', '.join(allowed)}")


@app.command(epilog=_GROUPS_EXAMPLES)
def groups(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help='Text (in title or template), "phrases", /regex/, and search\'s field terms; '
            "-term or !term leaves out the events a term matches. Several words are one query."
        ),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(help="Count only events at least this level (trace ... critical)."),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    host: HostOpt = None,
    source: SourceOpt = None,
    sort: Annotated[
        str, typer.Option(help="count, last-seen or first-seen (largest / newest first).")
    ] = "count",
    limit: Annotated[int, typer.Option(help="At most this many groups; 0 for all.", min=0)] = 50,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Also the groups merged into others, each with its own events (their "
            "events count in the group they were merged into either way).",
        ),
    ] = False,
    output: OutputOpt = "table",
    csv_safe: CsvSafeOpt = True,
) -> None:
    """List groups (one per fingerprint: the same problem): events, top level and severity,
    services, first and last seen, title. A group counts the events of the groups merged into
    it, as top does; those are left out unless --all."""
    from dataclasses import replace

    from errctl.cli import render
    from errctl.errors import UsageError
    from errctl.models import GROUP_SORTS, GroupFilter
    from errctl.query.groups import list_groups, short_ids
    from errctl.query.parse import parse_query

    _check_format(output, render.OUTPUT_FORMATS)
    if sort not in GROUP_SORTS:
        raise UsageError(f"--sort must be one of {', '.join(GROUP_SORTS)}")
    parsed = parse_query(query_text(query), _window(level, since, until, service, host, source))
    flt = GroupFilter(
        text=parsed.text,
        regex=parsed.regex,
        fingerprints=tuple(f.lower() for f in (*parsed.groups, *parsed.fingerprints)),
        events=replace(parsed, text=(), regex=(), fingerprints=(), groups=()),
    )
    store = options(ctx).store()
    with store.read_session():  # one read-only connection for the groups, their ids, merges
        # A table asks for one more than it shows, to say when there are more (as search).
        more = 1 if output == "table" and limit else 0
        found = list_groups(store, flt, sort=sort, limit=limit + more or None, show_merged=show_all)
        truncated = more and len(found) > limit
        found = found[:limit] if truncated else found
        ids = short_ids(store, found)
        into = _merged_into(store, found) if show_all else {}
        named_nothing = render.name_hints(store, parsed.services, parsed.hosts)
    if output != "table":
        records = (render.group_record(g, ids[g.fingerprint]) for g in found)
        fields = render.GROUP_FIELDS
        if show_all:  # which listed groups are merged, and into which (by its short id)
            records = ({**r, "merged_into": into.get(r["fingerprint"])} for r in records)
            fields = (*fields, "merged_into")
        render.write_records(records, fields, output, csv_safe=csv_safe)
        return
    if not found:
        from errctl.cli.console import info

        info("no groups match")
        if named_nothing:
            return  # the name hint said why: no window would hold a match
        matching = render.filter_words(query_text(query), level, service, host, source)
        hint = render.window_hint(
            store.event_span(flt.events, flt),
            flt.events.since,
            flt.events.until,
            matching=matching,
            everything=store.event_span() if matching else None,
        )
        if hint:
            info(hint)
        return
    _groups_table(found, ids, into, store=store, settings=options(ctx).settings)
    if truncated:
        from errctl.cli.console import info

        info(f"... more groups match: the first {limit:,} shown (--limit 0 for all)")


def _merged_into(store: Any, found: list[GroupSummary]) -> dict[str, str]:
    """fingerprint -> the short id of the group it was merged into, for the merged ones."""
    from errctl.query.groups import merges, shortest_unique_prefixes

    every = merges(store)
    merged = {g.fingerprint: every[g.fingerprint].into for g in found if g.fingerprint in every}
    ids = shortest_unique_prefixes(store.group_digests(), set(merged.values()))
    return {fp: ids[target] for fp, target in merged.items()}


_GROUP_LAYOUTS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("level", 8), ("severity", 8), ("service", 12), ("first", 17), ("last", 17)),
    (("level", 8), ("severity", 8), ("service", 12), ("first", 12), ("last", 12)),
    (("level", 8), ("severity", 8), ("service", 12), ("last", 12)),
    (("sev", 4), ("service", 12), ("last", 12)),
    (("sev", 4), ("service", 8), ("last", 12)),
    (("sev", 4), ("service", 8)),
    (("sev", 4),),
)
"""The columns between EVENTS and TITLE, from the widest layout (always the one piped) to the
narrowest: on a terminal, the first that leaves the title its share (errctl.report.layout).
The times (UTC, each with its `Z`) lose their year first, then FIRST SEEN goes, then LEVEL
(SEVERITY, shortened, says more), then SERVICE narrows, then LAST SEEN and SERVICE go."""

_GROUP_HEADERS = {
    "level": "LEVEL",
    "severity": "SEVERITY",
    "sev": "SEV",
    "service": "SERVICE",
    "first": "FIRST SEEN",
    "last": "LAST SEEN",
}


def _groups_table(
    found: list[GroupSummary],
    ids: dict[str, str],
    into: dict[str, str] | None,
    *,
    store: Any,
    settings: Any,
) -> None:
    """One line per group, fixed columns and the title last: like `search`, cut to the width of
    a terminal, whole when piped (so grep sees every title). On a narrow terminal the lesser
    columns shorten or go first (_GROUP_LAYOUTS), so the title keeps a useful share."""
    from rich.text import Text

    from errctl.cli.console import out_console, print_row
    from errctl.cli.render import human_utc, origins_of_rows, service_cell, visible
    from errctl.report.fmt import SEVERITY_SHORT
    from errctl.report.layout import pick, tellable, title_need

    width = max(len(i) for i in ids.values())
    events = max(7, *(len(f"{g.count:,}") for g in found))
    marks = [f"[merged into {into[g.fingerprint]}] " if into and g.fingerprint in into else ""
             for g in found]  # fmt: skip
    titles = [visible(g.title.split("\n", 1)[0]) for g in found]
    details = [visible(g.template.split("\n", 1)[0]) for g in found]
    console = out_console()
    layout, room = _GROUP_LAYOUTS[0], None
    if console.is_terminal:
        fixed = width + 2 + events + 2
        before = [fixed + sum(w + 2 for _, w in lay) for lay in _GROUP_LAYOUTS]
        longest = max(len(m) + len(t) for m, t in zip(marks, titles, strict=True))
        chosen = pick(before, console.width, title_need(console.width, longest))
        layout = _GROUP_LAYOUTS[chosen]
        room = max(1, console.width - before[chosen])
    shown = tellable(
        titles,
        details,
        None if room is None else max(1, room - max(map(len, marks))),
        origins_of_rows(store, [g.fingerprint for g in found], settings),
    )
    header = Text(f"{'ID':<{width}}  {'EVENTS':>{events}}  ", style="bold")
    for key, w in layout:
        header.append(f"{_GROUP_HEADERS[key]:<{w}}  ")
    header.append("TITLE")
    lines = [header]
    for g, mark, title in zip(found, marks, shown, strict=True):
        line = Text()
        line.append(f"{ids[g.fingerprint]:<{width}}  ", style="cyan")
        line.append(f"{g.count:>{events},}  ")
        for key, w in layout:
            if key == "level":
                level = g.max_level or "-"
                line.append(f"{level:<{w}}  ", style=_LEVEL_STYLES.get(level, ""))
            elif key in ("severity", "sev"):
                sev = g.max_severity or "-"
                text = SEVERITY_SHORT.get(sev, sev) if key == "sev" else sev
                line.append(f"{text:<{w}}  ", style=_SEVERITY_STYLES.get(sev, ""))
            elif key == "service":
                line.append(service_cell(g.top_service, w, g.services - 1) + "  ")
            else:
                at = g.first_seen if key == "first" else g.last_seen
                fmt = "%Y-%m-%d %H:%M" if w >= 17 else "%m-%d %H:%M"
                cell = human_utc(at, fmt)
                line.append(f"{cell:<{w}}  ", style="dim" if key == "first" else "")
        if mark:
            line.append(mark, style="dim")
        line.append(title)
        lines.append(line)
    for line in lines:
        print_row(line)


@app.command(epilog=_SHOW_EXAMPLES)
def show(
    ctx: typer.Context,
    group: Annotated[str, typer.Argument(help="A group id: a unique prefix (7+ digits shown).")],
    since: Annotated[
        str | None, typer.Option(help="Only events from this time: 15m, 1h, 2d, 1w, ISO 8601.")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Only events before this time.")] = None,
    samples: Annotated[int, typer.Option(help="How many of the newest events to show.", min=0)] = 5,
    output: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    as_logged: Annotated[
        bool,
        typer.Option(
            "--as-logged",
            help="Print the latest event's stack trace as the log wrote it, with what the "
            "parsed frames leave out (Java's Suppressed: blocks, a Go panic's other "
            "goroutines), instead of its parsed frames.",
        ),
    ] = False,
) -> None:
    """Show one group: title, template (and the other groups of the very same title, with
    theirs), counts, an hourly histogram, services, hosts and users, its newest events with
    their source:line, and the stack trace of the latest."""
    from errctl.fingerprint.inapp import InAppRules
    from errctl.fingerprint.masking import configured_rules
    from errctl.query.groups import group_detail

    _check_format(output, ("table", "json"))
    window = _window(None, since, until)
    opts = options(ctx)
    store = opts.store()
    settings = opts.settings()
    rules = InAppRules.from_settings(settings)
    # One read-only connection for the dozen questions below: opening the store costs tens of
    # milliseconds each time, which made `show` take over a second on a small store.
    with store.read_session():
        detail = group_detail(
            store,
            group,
            window=window,
            samples=samples,
            in_app_rules=rules,
            mask_rules=configured_rules(settings.masking),
        )
        life = _lifecycle(ctx, store, detail.summary)  # (status, history): errctl.cli.lifecycle
    if output == "json":
        import orjson

        record = {**_detail_record(detail), **_lifecycle_record(life)}
        typer.echo(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
        return
    _show_text(detail, as_logged=as_logged)
    _lifecycle_text(life)


def _lifecycle(ctx: typer.Context, store: Any, summary: Any) -> Any:
    from errctl.cli.lifecycle import lifecycle_of

    return lifecycle_of(ctx, store, summary)


def _lifecycle_record(life: Any) -> dict[str, Any]:
    from errctl.cli.lifecycle import lifecycle_record

    return lifecycle_record(life)


def _lifecycle_text(life: Any) -> None:
    from errctl.cli.lifecycle import lifecycle_text

    lifecycle_text(life)


def _detail_record(d: GroupDetail) -> dict[str, Any]:
    from errctl.cli.render import event_record, group_record, iso_utc

    return {
        **group_record(d.summary, d.short_id),
        "since": iso_utc(d.since) if d.since else None,
        "until": iso_utc(d.until) if d.until else None,
        "hourly": [{"hour": iso_utc(h), "count": c} for h, c in d.hourly],
        **{
            dim.dim + "s_top": [{"value": v, "count": c} for v, c in dim.top]
            for dim in d.dimensions
        },
        "errors_top": [{"value": v, "count": c} for v, c in d.errors],
        "errors_distinct": d.errors_distinct,
        "samples": [event_record(e) for e in d.samples],
        "culprit": d.culprit,
        "stack": [e.to_dict() for e in d.stack] if d.stack else None,
        "stack_text": d.stack_text,
        "merged": [
            {
                "id": m.short_id,
                "fingerprint": m.group.fingerprint,
                "title": m.group.title,
                "count": m.group.count,
                "by": "ingest" if m.by_ingest else "user",
            }
            for m in d.merged
        ],
        "alike": [
            {
                "id": short_id,
                "fingerprint": g.fingerprint,
                "template": g.template,
                "count": g.count,
            }
            for short_id, g in d.alike
        ],
    }


def _show_text(d: GroupDetail, *, as_logged: bool = False) -> None:
    from rich.text import Text

    from errctl.cli.console import out_console
    from errctl.cli.render import human_utc, sparkline, visible
    from errctl.query.groups import error_text, hour_buckets
    from errctl.report.layout import tellable

    console = out_console()
    g = d.summary

    def field(label: str, value: str | Text, style: str = "") -> None:
        line = Text(f"{label:<10}", style="bold")
        line.append(value if isinstance(value, Text) else Text(value, style=style))
        console.print(line, soft_wrap=True)

    head = Text(f"group {d.short_id}", style="bold cyan")
    head.append(f"  {g.fingerprint}", style="dim")
    console.print(head)
    if d.merged_into is not None:
        into = d.merged_into
        line = Text(f"merged into {into.short_id}", style="bold yellow")
        line.append(
            " (at ingest: a later template of the same statement took it over)"
            if into.by_ingest
            else " (by errctl merge)"
        )
        line.append(
            f": its events count there, and its later ones are stored there; "
            f"errctl show {into.short_id}",
            style="dim",
        )
        console.print(line, soft_wrap=True)
    field("title", visible(g.title))
    field("template", visible(g.template))
    if d.culprit:
        field("culprit", visible(d.culprit))
    for i, (short_id, other) in enumerate(d.alike):
        # One exception raised from two places reads the same in a listing: say which other
        # groups have this title, and what tells them apart.
        text = Text(short_id, style="cyan")
        text.append(f"  {other.count:,} event(s), the same title; template: ", style="dim")
        text.append(visible(other.template.split("\n", 1)[0]))
        field("alike" if i == 0 else "", text)
    counts = Text(f"{g.count:,} event(s)")
    if d.since or d.until:
        counts.append(" in the window", style="dim")
    counts.append(f"  level {g.max_level or '-'}", style=_LEVEL_STYLES.get(g.max_level or "", ""))
    counts.append(
        f"  severity {g.max_severity or '-'}",
        style=_SEVERITY_STYLES.get(g.max_severity or "", ""),
    )
    field("events", counts)
    # With no event in the window, the group's life: when it was seen, outside the window.
    life = "  (its life: none in the window)" if g.count == 0 else ""
    field("seen", f"{g.first_seen:%Y-%m-%d %H:%M:%S} .. {g.last_seen:%Y-%m-%d %H:%M:%S} UTC{life}")
    merged_titles = tellable(
        [visible(m.group.title) for m in d.merged],
        [visible(m.group.template.split("\n", 1)[0]) for m in d.merged],
    )
    for i, (m, title) in enumerate(zip(d.merged, merged_titles, strict=True)):
        # The events above include theirs (as top counts them); say whose they are.
        text = Text(f"{m.short_id}", style="cyan")
        text.append(f"  {m.group.count:,} event(s){' in all' if d.since or d.until else ''}  ")
        text.append(title)
        text.append(
            "  (taken over at ingest)" if m.by_ingest else "  (by errctl merge)", style="dim"
        )
        field("merged in" if i == 0 else "", text)

    width, columns = hour_buckets(
        d.hourly, d.span_start, d.span_end, max(10, min(96, console.width - 12))
    )
    spark = Text(sparkline(columns), style="magenta")
    console.print(Text("hourly", style="bold"))
    bar = Text("  │")
    bar.append(spark)
    bar.append("│")
    console.print(bar, soft_wrap=True, crop=False)
    unit = "hour" if width == 1 else f"{width} hours"
    console.print(
        Text(
            f"   {d.span_start:%Y-%m-%d %H:00} .. {d.span_end:%Y-%m-%d %H:00} UTC, "
            f"one column per {unit}, peak {max(columns, default=0):,}",
            style="dim",
        ),
        soft_wrap=True,
    )

    for dim in d.dimensions:
        label = {"service": "services", "host": "hosts", "user": "users"}.get(dim.dim, dim.dim)
        if not dim.distinct:
            field(label, "-", "dim")
            continue
        text = Text(", ".join(f"{visible(v)} ({c:,})" for v, c in dim.top))
        if dim.estimated:  # a sample of its values (errctl/store/dim_sample.py)
            text.append(f", ... about {dim.distinct:,} in all (a sample shown)", style="dim")
        elif dim.distinct > len(dim.top):
            text.append(f", ... {dim.distinct:,} in all", style="dim")
        field(label, text)

    if d.errors:
        # What failed, where the message is the statement and an attribute the reason.
        text = Text(", ".join(f"{visible(v)} ({c:,})" for v, c in d.errors))
        if d.errors_distinct > len(d.errors):
            text.append(f", ... {d.errors_distinct:,} in all", style="dim")
        field("errors", text)

    if d.samples:
        head = Text(f"newest {len(d.samples)} event(s)", style="bold")
        # What led to an event is in the lines its program wrote just before it.
        head.append(
            f"  (with what came before: errctl search fp:{d.short_id} -B 10 --limit 1)",
            style="dim",
        )
        console.print(head, soft_wrap=True)
        for e in d.samples:
            line = Text("  ")
            line.append(f"{human_utc(e.timestamp)}  ", style="dim")
            line.append(f"{(e.level or '-'):<8} ", style=_LEVEL_STYLES.get(e.level or "", ""))
            line.append(f"#{e.id}  ", style="dim")
            line.append(visible(e.message.split("\n", 1)[0])[:160])
            error = error_text(e.attributes) if d.errors else None
            if error is not None:
                line.append(f"  error: {visible(error)[:120]}", style="red")
            line.append(f"  {visible(e.source)}:{e.line}", style="cyan")
            console.print(line, soft_wrap=True)
        # What a database's error says beside its message (PostgreSQL's DETAIL, HINT and
        # STATEMENT lines, read as attributes so that one error is one group): the newest
        # event's, or the samples would no longer show which statement failed.
        said = d.samples[0].attributes or {}
        for key in _SAID_BESIDE:
            value = said.get(key)
            if isinstance(value, str) and value.strip():
                text = Text(f"    {key:<9} ", style="dim")
                text.append(visible(value.strip().split("\n", 1)[0])[:200])
                console.print(text, soft_wrap=True)

    if d.stack_text and (as_logged or not d.stack):
        # No parser read it, or the user asked for the text: the trace line by line, as logged.
        why = "as logged" if d.stack else "as logged; no parser read it"
        console.print(Text(f"stack trace of the latest event ({why})", style="bold"))
        for text_line in d.stack_text.split("\n")[:_LOGGED_LINES]:
            console.print(Text("  " + visible(text_line.rstrip("\r"))), soft_wrap=True)
        hidden = d.stack_text.count("\n") + 1 - _LOGGED_LINES
        if hidden > 0:
            console.print(
                Text(f"  ... {hidden:,} more line(s): errctl show --format json", style="dim")
            )
    elif d.stack:
        console.print(
            Text("stack trace of the latest event (* in-app, raised first)", style="bold")
        )
        for i, exc in enumerate(d.stack):
            title = Text("  " if i == 0 else "  caused by: ")
            title.append(visible(exc.type), style="red")
            if exc.value:
                title.append(": " + visible(exc.value.split("\n", 1)[0]))
            console.print(title, soft_wrap=True)
            for f in exc.frames:
                console.print(_frame_line(f), soft_wrap=True)
                if f.source:
                    console.print(Text("        " + visible(f.source.strip()), style="dim"))


_LOGGED_LINES = 200  # of a stack trace printed as logged; the JSON output has all of it
# Attributes that explain an error beside its message (csvlog's names, which the PostgreSQL
# readers give its follower lines), shown under the samples; `show --format json` has them all.
_SAID_BESIDE = ("detail", "hint", "query", "internal_query", "context")


def _frame_line(f: Any) -> Any:
    from rich.text import Text

    from errctl.cli.render import visible

    where = f.file or f.module or "?"
    if f.lineno is not None:
        where += f":{f.lineno}"
    mark = "  * " if f.in_app else "    "
    line = Text("  " + mark, style="bold green" if f.in_app else "")
    text = f"{visible(where)} in {visible(f.function or '?')}"
    if f.module and f.file:
        text += f"  ({visible(f.module)})"
    line.append(text, style="" if f.in_app else "dim")
    return line


@app.command(epilog=_EXPLAIN_EXAMPLES)
def explain(
    ctx: typer.Context,
    ref: Annotated[
        str,
        typer.Argument(help="A group id (a unique prefix) or an event id (123 or event:123)."),
    ],
    output: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Explain how a fingerprint was formed: the tokens masked and by which class, the frames
    that counted and why the others did not, the fingerprint rule that fired (or default),
    the canonical text and its hash, recomputed by the code that made the fingerprint; and
    the event's severity, with the severity rule that set it."""
    from errctl.query.explain import explain as run_explain

    _check_format(output, ("table", "json"))
    opts = options(ctx)
    store = opts.store()
    with store.read_session():  # one read-only connection for the event, its group, merges
        result = run_explain(store, ref, opts.settings())
    if output == "json":
        import orjson

        typer.echo(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode())
        return
    _explain_text(result)


def _explain_text(x: Explanation) -> None:
    from rich.text import Text

    from errctl.cli.console import out_console
    from errctl.cli.render import visible

    console = out_console()

    def heading(text: str) -> None:
        console.print(Text(text, style="bold"))

    def indented(text: str, style: str = "") -> None:
        for line in text.split("\n"):
            console.print(Text("  " + visible(line), style=style), soft_wrap=True)

    head = Text(f"event #{x.event_id}", style="bold cyan")
    if x.taken_group is not None:
        head.append(
            f"  (the group {x.fingerprint} has no events of its own: it took over "
            f"{len(x.took_over)} group(s) at ingest, whose events count in it; this is the "
            f"newest of them, stored in {x.taken_group} as {x.taken_template!r}, read with "
            "the taker's template)",
            style="dim",
        )
    elif x.via_group:
        head.append("  (the newest event of its group)", style="dim")
    console.print(head, soft_wrap=True)
    rule = Text("rule      ", style="bold")
    rule.append(x.rule)
    rule.append(f"  ({x.rules_note})", style="dim")
    console.print(rule, soft_wrap=True)

    if not x.chain:
        heading("message")
        indented(x.message)
        heading("masked tokens")
        if x.masks:
            for m in x.masks:
                console.print(Text(f"  {m.cls:<10} {visible(m.token)}"), soft_wrap=True)
        else:
            console.print(Text("  none: no token looks variable", style="dim"))
        if x.kept:
            heading(
                "kept constant (after a key that names a status or an error code, or written "
                "as a code: two codes stay two problems)"
            )
            for k in x.kept:
                console.print(Text(f"  {visible(k.token):<10} {_kept_why(k.key)}"), soft_wrap=True)
        heading("template")
        indented(x.template)
        if x.masked != x.template:
            console.print(
                Text(
                    "  (the masking classes alone give the line below; template mining "
                    "generalised it further)",
                    style="dim",
                )
            )
            indented(x.masked, "dim")
        if x.mined:
            heading("mined tokens (values in other messages of the template)")
            for token in x.mined:
                console.print(Text(f"  {visible(token)}"), soft_wrap=True)
    else:
        heading("exception chain (raised first, then its causes)")
        for i, exc in enumerate(x.chain):
            line = Text("  " if i == 0 else "  caused by: ")
            line.append(visible(exc.type), style="red")
            if exc.value:
                line.append(": " + visible(exc.value.split("\n", 1)[0]))
            console.print(line, soft_wrap=True)
            for m in exc.masks:
                console.print(
                    Text(f"      masked {m.cls:<10} {visible(m.token)}", style="dim"),
                    soft_wrap=True,
                )
            for k in exc.kept:
                console.print(
                    Text(f"      kept   {visible(k.token):<10} {_kept_why(k.key)}", style="dim"),
                    soft_wrap=True,
                )
            for f in exc.frames:
                style = {"counted": "green", "library": "dim", "recursion": "yellow"}[f.status]
                row = Text(f"    {f.status:<10} ", style=style)
                row.append(visible(f.key))
                row.append(f"   {f.reason}", style="dim")
                console.print(row, soft_wrap=True)
            if (
                not exc.frames
                and not exc.masks
                and not exc.kept
                and x.rule != "exception chain without frames"
            ):
                console.print(Text("    (no frames)", style="dim"))

    heading("canonical text")
    indented(x.canonical)
    version = x.default.split(":", 1)[0]
    how = f"= {version}: + the first 16 hex digits of sha256(canonical text)"
    fp = Text("fingerprint ", style="bold")
    fp.append(f"{x.default}  {how}" if x.rule_canonical is None else f"{x.default}  (default)")
    console.print(fp, soft_wrap=True)
    frule = Text("fingerprint rule ", style="bold")
    frule.append(visible(x.fingerprint_rule))
    console.print(frule, soft_wrap=True)
    for text, why in x.rules_checked:
        console.print(Text(f"  not {visible(text)}: {visible(why)}", style="dim"), soft_wrap=True)
    if x.rule_canonical is not None:
        indented(x.rule_canonical)
        fp = Text("fingerprint ", style="bold")
        fp.append(f"{x.computed}  = {version}: + the first 16 hex digits of sha256(the line above)")
        console.print(fp, soft_wrap=True)
    if x.severity is not None:
        sev = Text("severity  ", style="bold")
        sev.append(
            x.severity.severity or "none", style=_SEVERITY_STYLES.get(x.severity.severity or "", "")
        )
        if x.severity.category:
            sev.append(f", category {x.severity.category}")
        if x.severity.rule is not None:
            origin = f" ({x.severity.origin})" if x.severity.origin else ""
            sev.append(f", by rule {x.severity.rule!r}{origin}")
        else:
            sev.append(f", by default: {x.severity.default_reason}")
        console.print(sev, soft_wrap=True)
        for name, why in x.severity.checked:
            console.print(Text(f"  not {name!r}: {visible(why)}", style="dim"), soft_wrap=True)
    if x.took_over:
        console.print(
            Text(
                "  each group it took over has its own fingerprint: "
                + "; ".join(f"errctl explain {fp}" for fp in x.took_over[:3]),
                style="dim",
            ),
            soft_wrap=True,
        )
    if not x.matches:
        console.print(
            Text(
                f"  the stored fingerprint is {x.fingerprint}: the event was grouped by other "
                "rules (another errctl version); re-ingest with --reingest to regroup it",
                style="yellow",
            ),
            soft_wrap=True,
        )


def _kept_why(key: str) -> str:
    """Why explain's kept token stayed: the key before it, or (no key) its shape, a code's
    (`ORA-00942:`, `[MY-010116]`)."""
    from errctl.cli.render import visible

    return f"after {visible(key)}" if key else "a code by its shape"
