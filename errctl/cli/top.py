"""`errctl top`: what is breaking now, what is new, what came back, at a glance.

Human output is one fixed-width line per group (the title takes what is left, cut on a
terminal, whole when piped; a narrow terminal drops the lesser columns first, so the title
stays readable); log text goes through render.visible(). Machine
formats carry every field. `--watch N` redraws every N seconds, opening the store read-only
per refresh so a running ingest is never shut out; Ctrl-C ends it with exit 130.
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
    SourceOpt,
    query_text,
)

if TYPE_CHECKING:
    from pathlib import Path

    from errctl.query.top import TopResult, TopRow

_EXAMPLES = """
Examples:

  errctl top                                   # the last hour, most urgent first

  errctl top --since 24h --new                 # only groups first seen in the last day

  errctl top --since 3d --at 2026-11-28T12:00Z # a window ending at a fixed time

  errctl top --since 1h --by service           # events per service, against the hour before

  errctl top --level error --service api --format json

  errctl top --watch 5                         # redraw every 5 s (Ctrl-C to stop)

Columns: ID (give it to show, resolve, ...), SEV (top severity), EVENTS in the window, CHG
against the window before (of the same length), TREND over the window, FIRST seen (NEW when
inside the window), LAST seen, SERVICE, and the title after its badges: REGRESSED (events after
it was resolved), ESCALATING (well above its usual rate: docs/triage.md). Resolved, ignored and
merged groups are left out unless --all. On a narrow terminal TREND, FIRST, SERVICE and
LAST give way to the title, in that order.
"""

_SEV = {"critical": "crit", "high": "high", "medium": "med", "low": "low"}
_SEV_STYLES = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "dim"}
_BADGE_STYLES = {"new": "bold green", "regressed": "bold magenta", "escalating": "bold red"}

TOP_FIELDS: tuple[str, ...] = (
    "id",
    "fingerprint",
    "title",
    "status",
    "badges",
    "max_severity",
    "max_level",
    "count",
    "previous",
    "change",
    "trend",
    "first_seen",
    "last_seen",
    "services",
    "top_service",
    "priority",
)
"""The fields of a `top` row in machine output, in this order."""

BREAKDOWN_FIELDS: tuple[str, ...] = ("value", "count", "previous", "change", "groups")


@app.command(epilog=_EXAMPLES)
def top(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help='Text (in title or template), "phrases", /regex/, and search\'s field terms; '
            "-term or !term leaves out the events a term matches. Several words are one query."
        ),
    ] = None,
    since: Annotated[
        str, typer.Option(help="The window: a length (15m, 1h, 2d, 1w) or a start (ISO 8601).")
    ] = "1h",
    until: Annotated[
        str | None, typer.Option(help="End of the window (default: --at, else now).")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            help="Evaluate as if it were this time (ISO 8601): the window ends here, and groups "
            "are resolved, ignored or merged as they were then."
        ),
    ] = None,
    level: Annotated[
        str | None, typer.Option(help="Count only events at least this level.")
    ] = None,
    service: ServiceOpt = None,
    host: HostOpt = None,
    source: SourceOpt = None,
    severity: Annotated[
        str | None, typer.Option(help="Only groups of at least this severity (low ... critical).")
    ] = None,
    new: Annotated[
        bool, typer.Option("--new", help="Only groups first seen in the window.")
    ] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also resolved, ignored and merged groups.")
    ] = False,
    by: Annotated[
        str | None,
        typer.Option(
            help="Break the window's events down by service, host, level or severity (most "
            "events first; levels and severities worst first)."
        ),
    ] = None,
    sort: Annotated[str, typer.Option(help="priority, count, new or last-seen.")] = "priority",
    limit: Annotated[int, typer.Option(help="At most this many groups; 0 for all.", min=0)] = 20,
    watch: Annotated[
        float | None,
        typer.Option(
            help="Redraw every this many seconds (Ctrl-C stops); a store not there yet is "
            "waited for.",
            min=0.2,
        ),
    ] = None,
    output: OutputOpt = "table",
    csv_safe: CsvSafeOpt = True,
) -> None:
    """The groups of a time window, most urgent first: severity, events, trend, change against
    the window before, first and last seen, NEW / REGRESSED / ESCALATING badges."""
    from errctl.cli import render
    from errctl.cli.groups import _window
    from errctl.errors import UsageError
    from errctl.query.parse import parse_query
    from errctl.query.top import BREAKDOWNS, TOP_SORTS

    if output not in render.OUTPUT_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(render.OUTPUT_FORMATS)}")
    if sort not in TOP_SORTS:
        raise UsageError(f"--sort must be one of {', '.join(TOP_SORTS)}")
    if by is not None and by not in BREAKDOWNS:
        raise UsageError(f"--by must be one of {', '.join(BREAKDOWNS)}")
    text = query_text(query)
    opts = options(ctx)
    store = opts.store()
    settings = opts.settings()
    base = _window(level, None, None, service, host, source)

    def run() -> TopResult:
        return _run(
            store, settings, text, base, since, until, at, severity, new, show_all, sort, limit, by
        )

    # What an empty window's hint is based on: the filters the stored events are read with.
    based_on = (
        render.filter_words(text, level, service, host, source),
        f"--severity {severity}" if severity else None,
    )

    def origins(fingerprints: list[str]) -> Any:
        return render.origins_of_rows(store, fingerprints, opts.settings)

    if watch is None:
        result = run()
        named = parse_query(text, base)
        if render.name_hints(store, named.services, named.hosts):
            based_on = None  # the hint said why no event matches: the window is not why
        _emit(result, output, by, csv_safe, based_on, origins)
        return
    # A window that cannot be read is said at once, not once a store missing appears.
    _top_query(text, base, since, until, at, severity, new, show_all, sort, limit)
    _watch(run, store.path, output, by, watch, csv_safe, based_on, origins)


def _run(store, settings, query, base, since, until, at, severity, new, show_all, sort, limit,
         by) -> TopResult:  # fmt: skip
    """Parse the window against the clock now (each --watch refresh anew) and query."""
    from errctl.query.top import top

    q = _top_query(query, base, since, until, at, severity, new, show_all, sort, limit)
    return top(store, q, settings.groups, by=by)


def _top_query(query, base, since, until, at, severity, new, show_all, sort,
               limit) -> Any:  # fmt: skip
    """The TopQuery of the options, its window against the clock now; a UsageError for a
    window that cannot be read or is empty."""
    from dataclasses import replace

    from errctl.errors import UsageError
    from errctl.models import GroupFilter
    from errctl.query.parse import parse_query
    from errctl.query.timespec import parse_time, utc_now, window_length
    from errctl.query.top import TopQuery

    now = parse_time(at) if at else utc_now()
    end = parse_time(until, now=now) if until else now
    start = None
    length = window_length(since)
    if length is None:
        start = parse_time(since, now=now)
    parsed = parse_query(query, base)
    q = TopQuery(
        length=length or (end - start),  # type: ignore[operator]
        at=end,
        since=start,
        events=replace(parsed, text=(), regex=(), fingerprints=(), groups=()),
        groups=GroupFilter(
            text=parsed.text,
            regex=parsed.regex,
            fingerprints=tuple(f.lower() for f in (*parsed.groups, *parsed.fingerprints)),
        ),
        min_severity=severity.lower() if severity else None,
        only_new=new,
        show_all=show_all,
        sort=sort,
        limit=limit or None,
        replay=bool(at or until),  # a window in the past sees the lifecycles of then
    )
    if start is not None and start >= end:
        raise UsageError("the window is empty: --since must be before --until")
    return q


def _watch(
    run: Any,
    store_path: Path,
    output: str,
    by: str | None,
    every: float,
    csv_safe: bool = True,
    based_on: tuple[str | None, str | None] | None = (None, None),
    origins: Any = None,
) -> None:
    import time

    from errctl.cli.console import out_console
    from errctl.cli.stopping import wait_for_store

    console = out_console()
    try:
        wait_for_store(store_path, min(every, 1.0))
        while True:
            result = run()  # the store is opened read-only for each query, then closed
            if output == "table" and console.is_terminal:
                console.clear()
            _emit(result, output, by, csv_safe, based_on, origins)
            time.sleep(every)
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def _emit(
    result: TopResult,
    output: str,
    by: str | None,
    csv_safe: bool = True,
    based_on: tuple[str | None, str | None] | None = (None, None),
    origins: Any = None,
) -> None:
    """`based_on`: the filters besides the window (in words) and those an empty window's hint
    does not count, or None each; None for no such hint (a name hint said why). `origins`:
    fingerprints -> what `tellable` asks of rows that read alike (render.origins_of_rows), or
    None."""
    from errctl.cli import render

    if by is not None:
        if output == "table":
            _breakdown_table(result, based_on)
        else:
            render.write_records(
                (breakdown_record(b) for b in result.breakdown),
                BREAKDOWN_FIELDS,
                output,
                csv_safe=csv_safe,
            )
        return
    if output != "table":
        render.write_records(
            (top_record(r) for r in result.rows), TOP_FIELDS, output, csv_safe=csv_safe
        )
        return
    _table(result, based_on, origins)


def top_record(r: TopRow) -> dict[str, Any]:
    from errctl.cli.render import iso_utc

    g = r.group
    change = r.change
    return {
        "id": r.short_id,
        "fingerprint": g.fingerprint,
        "title": g.title,
        "status": r.status,
        "badges": list(r.badges),
        "max_severity": g.max_severity,
        "max_level": g.max_level,
        "count": r.count,
        "previous": r.previous,
        "change": round(change, 4) if change is not None else None,
        "trend": list(r.trend),
        "first_seen": iso_utc(g.first_seen),
        "last_seen": iso_utc(r.last_seen),
        "services": g.services,
        "top_service": g.top_service,
        "priority": r.priority,
    }


def breakdown_record(b: Any) -> dict[str, Any]:
    return {
        "value": b.value,
        "count": b.count,
        "previous": b.previous,
        "change": round((b.count - b.previous) / b.previous, 4) if b.previous else None,
        "groups": b.groups,
    }


def _change(count: int, previous: int) -> str:
    if not previous:
        return "new" if count else "-"
    pct = (count - previous) / previous * 100
    if abs(pct) >= 1000:
        return f"x{count / previous:.0f}"
    return f"{pct:+.0f}%"


def _age(delta_seconds: float) -> str:
    s = max(0, int(delta_seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if s >= size:
            return f"{s // size}{unit}"
    return f"{s}s"


def _length(delta_seconds: float) -> str:
    """A window's length exactly, in the largest unit that says it whole: 36h stays 36h and
    90m 90m, where `_age` (how long ago, rounded down) said 1d and 1h, a window not asked for."""
    s = max(0, round(delta_seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if s >= size and s % size == 0:
            return f"{s // size}{unit}"
    return f"{s}s"


def _heading(result: TopResult) -> str:
    length = result.until - result.since
    span = _length(length.total_seconds())
    return (
        f"{result.since:%Y-%m-%d %H:%M} .. {result.until:%Y-%m-%d %H:%M} UTC ({span}): "
        f"{result.total:,} events in {result.matched:,} group(s), "
        f"{_change(result.total, result.total_previous)} vs the {span} before"
    )


def _where_the_events_are(
    result: TopResult, based_on: tuple[str | None, str | None] | None
) -> None:
    """After an empty window: when the stored events the filters keep all lie outside it (old
    logs read today, or a window in the future), say where they are and how to get there."""
    if based_on is None:
        return
    from errctl.cli.console import info
    from errctl.cli.render import window_hint
    from errctl.query.timespec import utc_now

    span = _length((result.until - result.since).total_seconds())
    now = utc_now()
    hint = window_hint(
        result.stored_span,
        result.since,
        result.until,
        at_length=span,
        matching=based_on[0],
        everything=result.store_span,
        not_counted=based_on[1],
        # A window that ends at the wall clock (no --at, --until): events after it are future.
        now=now if abs((now - result.until).total_seconds()) < 60 else None,
    )
    if hint:
        info(hint)


_BREAKDOWN_SIZES = {"events": 9, "before": 9, "chg": 6, "groups": 6}
_BREAKDOWN_LAYOUTS: tuple[tuple[str, ...], ...] = (
    ("events", "before", "chg", "groups"),
    ("events", "chg", "groups"),
    ("events", "chg"),
    ("events",),
)
"""The columns after a breakdown's value, from the widest (always the one piped) to the
narrowest: on a narrow terminal BEFORE goes first (CHG says the same against it), then GROUPS,
then CHG, so that the rows keep their value and count rather than being cut mid-column."""

_BREAKDOWN_VALUE = 24
"""The value's column when piped, and at most on a terminal."""


def _breakdown_layout(values: list[str]) -> tuple[tuple[str, ...], int]:
    """The columns of a breakdown and its value column's width: all, 24 wide, when piped; on a
    terminal, the widest layout that leaves the values their room (up to 24 columns, at least
    the 10 a name needs to be told apart), the value column taking what is left."""
    from errctl.cli.console import out_console
    from errctl.report.layout import pick

    console = out_console()
    if not console.is_terminal:
        return _BREAKDOWN_LAYOUTS[0], _BREAKDOWN_VALUE
    used = [sum(_BREAKDOWN_SIZES[c] + 1 for c in layout) for layout in _BREAKDOWN_LAYOUTS]
    need = min(_BREAKDOWN_VALUE, max(10, *map(len, values)))
    chosen = pick(used, console.width, need)
    room = max(1, min(_BREAKDOWN_VALUE, console.width - used[chosen]))
    return _BREAKDOWN_LAYOUTS[chosen], room


def _print_lines(lines: list[Any]) -> None:
    from errctl.cli.console import print_row

    for line in lines:
        print_row(line)


_TOP_LAYOUTS: tuple[frozenset[str], ...] = (
    frozenset({"chg", "trend", "first", "last", "service"}),
    frozenset({"chg", "first", "last", "service"}),
    frozenset({"chg", "last", "service"}),
    frozenset({"chg", "last"}),
    frozenset({"chg"}),
    frozenset(),
)
"""The columns between EVENTS and the title, from the widest layout (always the one piped) to
the narrowest: on a terminal, the first that leaves the title its share (errctl.report.layout).
TREND goes first (CHG says the same in a number), then FIRST (a NEW group keeps its badge,
before the title), then SERVICE, LAST and CHG. ID, SEV and EVENTS always stay."""

_TOP_TITLE_SHARE = 1 / 4
"""The title's share of a terminal's width: at 80 columns it takes TREND's place (32 columns
rather than 19, where `com.acme.billing.p…` said nothing); from 100 columns every column stays."""


def _table(
    result: TopResult,
    based_on: tuple[str | None, str | None] | None = (None, None),
    origins: Any = None,
) -> None:
    """ID SEV EVENTS CHG TREND FIRST LAST SERVICE, then badges and the title: 61 columns
    before the title when piped. On a terminal too narrow for them all and a fair share of
    title, the lesser columns go (_TOP_LAYOUTS). Rows whose titles read the same are told
    apart as `groups` tells them (report.layout.tellable)."""
    from rich.text import Text

    from errctl.cli.console import info, out_console
    from errctl.cli.render import service_cell, sparkline, visible
    from errctl.report.layout import pick, tellable, title_need

    if not result.rows:
        info("no groups in the window: " + _heading(result))
        _where_the_events_are(result, based_on)
        return
    width = max(7, *(len(r.short_id) for r in result.rows))
    spark = max(len(r.trend) for r in result.rows)
    console = out_console()
    sizes = {"chg": 6, "trend": spark + 1, "first": 6, "last": 5, "service": 11}
    titles = [visible(r.group.title.split("\n", 1)[0]) for r in result.rows]

    def marks(layout: frozenset[str]) -> list[str]:
        return [
            "".join(b.upper() + " " for b in r.badges if b != "new" or "first" not in layout)
            + (f"[{r.status}] " if r.status != "unresolved" else "")
            for r in result.rows
        ]

    def before(layout: frozenset[str]) -> int:
        return width + 1 + 5 + 7 + sum(sizes[c] for c in layout) + max(map(len, marks(layout)))

    layout, room = _TOP_LAYOUTS[0], None
    if console.is_terminal:
        used = [before(lay) for lay in _TOP_LAYOUTS]
        longest = max(len(t) for t in titles)
        chosen = pick(used, console.width, title_need(console.width, longest, _TOP_TITLE_SHARE))
        layout = _TOP_LAYOUTS[chosen]
        room = max(1, console.width - used[chosen])
    header = f"{'ID':<{width}} {'SEV':<4} {'EVENTS':>6} "
    header += f"{'CHG':>5} " if "chg" in layout else ""
    header += f"{'TREND':<{spark}} " if "trend" in layout else ""
    header += f"{'FIRST':>5} " if "first" in layout else ""
    header += f"{'LAST':>4} " if "last" in layout else ""
    header += f"{'SERVICE':<10} " if "service" in layout else ""
    shown = tellable(
        titles,
        [visible(r.group.template.split("\n", 1)[0]) for r in result.rows],
        room,
        origins([r.group.fingerprint for r in result.rows]) if origins else None,
    )
    lines: list[Any] = [
        Text(header + "TITLE", style="bold", no_wrap=True, overflow="ellipsis"),
    ]
    for r, title in zip(result.rows, shown, strict=True):
        g = r.group
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{r.short_id:<{width}} ", style="cyan")
        sev = g.max_severity or ""
        line.append(f"{_SEV.get(sev, '-'):<4} ", style=_SEV_STYLES.get(sev, ""))
        line.append(f"{_count(r.count):>6} ")
        if "chg" in layout:
            line.append(f"{_change(r.count, r.previous):>5} ")
        if "trend" in layout:
            line.append(f"{sparkline(r.trend):<{spark}} ", style="magenta")
        if "first" in layout:
            if "new" in r.badges:
                line.append(f"{'NEW':>5} ", style=_BADGE_STYLES["new"])
            else:
                first = _age((result.until - g.first_seen).total_seconds())
                line.append(f"{first:>5} ", style="dim")
        if "last" in layout:
            line.append(f"{_age((result.until - r.last_seen).total_seconds()):>4} ")
        if "service" in layout:
            line.append(service_cell(g.top_service, 10, g.services - 1) + " ")
        for badge in r.badges:
            if badge != "new" or "first" not in layout:
                line.append(badge.upper() + " ", style=_BADGE_STYLES[badge])
        if r.status != "unresolved":
            line.append(f"[{r.status}] ", style="dim")
        line.append(title)
        lines.append(line)
    _print_heading(_heading(result))
    _print_lines(lines)
    if result.matched > len(result.rows):
        from errctl.cli.console import info

        # On stderr, as search says it: stdout is the table alone (`| wc -l`, `| grep`).
        info(f"... {result.matched - len(result.rows):,} more groups match (--limit 0 for all)")


def _print_heading(text: str) -> None:
    """The window and its totals: whole, folded at spaces on a narrow terminal, where a cut
    left out the change against the window before."""
    from rich.text import Text

    from errctl.cli.console import out_console

    console = out_console()
    if console.is_terminal:
        console.print(Text(text, style="dim"), soft_wrap=False, overflow="fold")
    else:
        console.print(Text(text, style="dim"), soft_wrap=True)


def _count(n: int) -> str:
    if n < 100_000:
        return f"{n:,}"
    return f"{n / 1_000_000:.1f}M" if n >= 1_000_000 else f"{n // 1000}k"


def _breakdown_table(
    result: TopResult, based_on: tuple[str | None, str | None] | None = (None, None)
) -> None:
    from rich.text import Text

    from errctl.cli.console import info
    from errctl.cli.render import visible
    from errctl.report.layout import cut

    if not result.breakdown:
        info("no events in the window: " + _heading(result))
        _where_the_events_are(result, based_on)
        return
    by = (result.by or "value").upper()
    values = [visible(b.value) if b.value is not None else "-" for b in result.breakdown]
    columns, room = _breakdown_layout(values)
    lines: list[Any] = [
        Text(
            f"{by[:room]:<{room}}"
            + "".join(f" {name.upper():>{_BREAKDOWN_SIZES[name]}}" for name in columns),
            style="bold",
        )
    ]
    for b, value in zip(result.breakdown, values, strict=True):
        cells = {
            "events": f"{b.count:,}",
            "before": f"{b.previous:,}",
            "chg": _change(b.count, b.previous),
            "groups": f"{b.groups:,}",
        }
        lines.append(
            Text(
                f"{cut(value, room):<{room}}"
                + "".join(f" {cells[name]:>{_BREAKDOWN_SIZES[name]}}" for name in columns),
                no_wrap=True,
                overflow="ellipsis",
            )
        )
    _print_heading(_heading(result))
    _print_lines(lines)
