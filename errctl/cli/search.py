"""`errctl search`: find events by text, regex, fields and time."""

from __future__ import annotations

from typing import Annotated, Any

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

_EXAMPLES = """
Examples:

  errctl search timeout --level error --since 2h

  errctl search '"connection reset" service:api' --format ndjson

  errctl search '/dead(lock|line)/' --since 2024-05-01 --until 2024-05-02

  errctl search 'attr.user_id:42 fingerprint:3f2a' --limit 0 --format csv > events.csv

  errctl search SocketTimeoutException --since 1d   # raised, or a cause (Caused by:)

  errctl search 'stack:OrderService.charge' --since 1d   # errors that pass through a function

  errctl search --level error --follow   # as they are ingested (ingest --follow, or cron)

  errctl search 'timeout !healthcheck -service:canary'   # as grep -v: not these

  errctl search 'OutOfMemoryError' -C 5   # with the 5 events before and after in its file

  errctl search -c 'level:error -healthcheck' --since 1h   # how many, as grep -c

  errctl search OutOfMemoryError --since 1d --by 1h   # since when: a histogram

Query terms: free text (substring, any case, of the message, of any exception of the
chain: the one raised and each cause, type and message, not frames, or of a field's value:
`"error": "i/o timeout"`, nested ones too, not keys), "a phrase", /regex/ (over the same,
one line per exception, each value on its own), level:, service:, host:,
source:, trace:, fingerprint: (a group by its id or a unique prefix, with the events of the
groups merged into it; fingerprint:=ID for the events of that fingerprint alone), attr.KEY:
(dotted paths reach nested fields), stack: (text of the stack trace, parsed or as logged: a
frame's file, module or function, any case). A - or ! before a term leaves out what it
matches (-healthcheck, !service:canary, -"a phrase"). Several words are one query: errctl
search timeout -healthcheck. A word that is an option of search (-C5, -h) stays the option:
after -- every word is a term. Newest first.
"""


@app.command(epilog=_EXAMPLES)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(help="Search terms (see below); several words are one query."),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(help="Minimum level: trace, debug, info, warning, error, critical."),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    service: ServiceOpt = None,
    host: HostOpt = None,
    source: SourceOpt = None,
    limit: Annotated[
        int,
        typer.Option(
            help="At most this many events (with --by a name: values, the most frequent); "
            "0 for all (streamed). A table cut short says so on stderr.",
            min=0,
        ),
    ] = 50,
    oldest_first: Annotated[bool, typer.Option(help="Oldest first.")] = False,
    output: OutputOpt = "table",
    csv_safe: CsvSafeOpt = True,
    follow: Annotated[
        bool,
        typer.Option(
            "--follow",
            help="Keep running, as tail -f: the newest --limit matches oldest first, then "
            "each match ingest stores later. A store not there yet is waited for, as tail -F "
            "waits for its file. SIGTERM ends it (exit 0).",
        ),
    ] = False,
    interval: Annotated[
        float, typer.Option(help="With --follow: seconds between looks at the store.", min=0.05)
    ] = 1.0,
    context: Annotated[
        int,
        typer.Option(
            "--context",
            "-C",
            help="Show N events around each match: those its file held just before and "
            "after it, in the order read, as grep -C (a neighbour's place is written "
            "source-line, blocks apart are split by --; machine formats add match: true|false).",
            min=0,
        ),
    ] = 0,
    before: Annotated[
        int, typer.Option("--before", "-B", help="N events before each match (as -C).", min=0)
    ] = 0,
    after: Annotated[
        int, typer.Option("--after", "-A", help="N events after each match (as -C).", min=0)
    ] = 0,
    count: Annotated[
        bool,
        typer.Option(
            "--count",
            "-c",
            help="Print how many events match, not the events (as grep -c): the number alone, "
            'or {"count": N} as json and ndjson, a count column as csv. --limit does not cap it.',
        ),
    ] = False,
    by: Annotated[
        str | None,
        typer.Option(
            help="Count the matches in time buckets this long (5m, 1h, 1d: a histogram, the "
            "empty ones kept) or by level, service, host, source or attr.KEY (an attribute's "
            "value: attr.version, which release), not show them.",
        ),
    ] = None,
) -> None:
    """Search stored events. Prints newest first; machine formats carry every field of the
    event schema, including source, line, template and fingerprint."""
    import functools
    import itertools

    from errctl.cli import render
    from errctl.errors import UsageError
    from errctl.models import EventFilter
    from errctl.query.histogram import parse_by
    from errctl.query.names import source_glob
    from errctl.query.parse import level_name, parse_query
    from errctl.query.search import search_events, search_rows
    from errctl.query.timespec import parse_window

    if output not in render.OUTPUT_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(render.OUTPUT_FORMATS)}")
    start, end = parse_window(since, until)
    base = EventFilter(
        min_level=level_name(level) if level else None,
        since=start,
        until=end,
        services=tuple(service or ()),
        hosts=tuple(host or ()),
        sources=tuple(source_glob(s) for s in source or ()),
    )
    text = query_text(query)
    flt = parse_query(text, base)
    if follow and (context or before or after):
        raise UsageError(
            "--follow shows matches as they are stored: the events after one are not there yet",
            hint="search with --context N without --follow, or pipe --follow to grep -A N",
        )
    if (count or by) and (follow or context or before or after):
        given = "--follow" if follow else "--context, --before or --after"
        counting = "--by" if by else "--count"
        raise UsageError(f"{counting} counts events: {given} shows them", hint="drop one of them")
    bucket = parse_by(by) if by is not None else None
    store = options(ctx).store()
    if follow:
        from errctl.cli.stopping import stop_on_sigterm, wait_for_store

        _refuse_json_follow(output)  # before waiting for a store: a usage error is said at once
        with stop_on_sigterm() as stop:
            if not wait_for_store(store.path, interval, stop):
                return
    if flt.groups:
        # `fingerprint:ID` names one group, as show's ID does: a prefix that several share is
        # an error listing them (it used to search them all, mixed), one of none finds none.
        from dataclasses import replace

        from errctl.query.groups import resolve_group

        named = tuple(resolve_group(store, ref, missing_ok=True) for ref in flt.groups)
        flt = replace(flt, groups=named)
    if follow:
        _follow(store, flt, output, limit, interval, csv_safe)
        return
    named_nothing = render.name_hints(store, flt.services, flt.hosts)
    if bucket is not None:
        _write_histogram(store, flt, bucket, limit, output, csv_safe)
        return
    if count:
        _write_count(store.count_events(flt), output)
        return
    if context or before or after:
        _with_context(
            store, flt, output, limit, oldest_first, before or context, after or context, csv_safe
        )
        return
    if output == "ndjson":  # the export: stored rows, their JSON written out unparsed
        rows = search_rows(store, flt, limit=limit or None, oldest_first=oldest_first)
        render.write_ndjson_rows(rows)
        return
    # A table asks for one more than it shows, to say when there are more: 50 rows of 448
    # matches read as all of them. Machine formats give what --limit says, no more said.
    more = 1 if output == "table" and limit else 0
    found = iter(search_events(store, flt, limit=limit + more or None, oldest_first=oldest_first))
    writers = {
        "table": render.write_table,
        "json": render.write_json,
        "csv": functools.partial(render.write_csv, safe=csv_safe),
    }
    count = writers[output](itertools.islice(found, limit) if more else found)
    if more and next(found, None) is not None:
        from errctl.cli.console import info

        first = "oldest" if oldest_first else "newest"
        info(f"... more match: the {first} {limit:,} shown (--limit 0 for all)")
    if count == 0 and output == "table":
        from errctl.cli.console import info

        info("no events match")
        if named_nothing:
            return  # the name hint said why: no window would hold a match
        matching = render.filter_words(text, level, service, host, source)
        hint = render.window_hint(
            store.event_span(flt),
            flt.since,
            flt.until,
            matching=matching,
            everything=store.event_span() if matching else None,
        )
        if hint:
            info(hint)


def _write_histogram(
    store: Any, flt: Any, bucket: Any, limit: int, output: str, csv_safe: bool
) -> None:
    """`--by`: time buckets all (MAX_BUCKETS bounds them), names the first --limit."""
    from datetime import timedelta

    from errctl.cli import render
    from errctl.cli.console import info
    from errctl.query.histogram import histogram

    timed = isinstance(bucket, timedelta)
    cap = None if timed or not limit else limit
    rows = histogram(store, flt, bucket, limit=None if cap is None else cap + 1)
    more = cap is not None and len(rows) > cap
    render.write_histogram(rows[:cap], "time" if timed else bucket, output, csv_safe=csv_safe)
    if output == "table" and more:
        info(f"... more values: the {cap:,} most frequent shown (--limit 0 for all)")
    elif output == "table" and not rows:
        info("no events match")


def _write_count(n: int, output: str) -> None:
    import sys

    import orjson

    from errctl.cli import render

    if output == "table":
        sys.stdout.write(f"{n}\n")  # the number alone, for $(errctl search -c ...)
    elif output in ("json", "ndjson"):
        option = orjson.OPT_INDENT_2 if output == "json" else 0
        sys.stdout.write(orjson.dumps({"count": n}, option=option).decode() + "\n")
    else:
        render.write_records([{"count": n}], ("count",), output)


def _with_context(
    store: Any,
    flt: Any,
    output: str,
    limit: int,
    oldest_first: bool,
    before: int,
    after: int,
    safe: bool,
) -> None:
    """`search --context`: each match in a block of the events around it (query/context.py)."""
    from errctl.cli import render
    from errctl.cli.console import info
    from errctl.query.context import match_ids, rows_with_context

    # A table asks for one more match than it shows, to say when there are more (as without
    # --context).
    more = 1 if output == "table" and limit else 0
    hits = match_ids(store, flt, limit=limit + more or None, oldest_first=oldest_first)
    cut = more and len(hits) > limit
    rows = rows_with_context(store, hits[:limit] if cut else hits, before=before, after=after)
    if output == "table":
        if render.write_context_table(rows) == 0:
            info("no events match")
        if cut:
            first = "oldest" if oldest_first else "newest"
            info(f"... more match: the {first} {limit:,} shown (--limit 0 for all)")
    elif output == "csv":
        render.write_context_csv(rows, safe=safe)
    else:
        records = render.context_records(rows, stored=output == "ndjson")
        write = render.write_ndjson_records if output == "ndjson" else render.write_json_records
        write(records)


def _refuse_json_follow(output: str) -> None:
    from errctl.errors import UsageError

    if output == "json":
        raise UsageError(
            "--follow writes events as they come: --format json is one array, written at the end",
            hint="use --format ndjson (a JSON object a line), table or csv",
        )


def _follow(store: Any, flt: Any, output: str, limit: int, interval: float, safe: bool) -> None:
    import functools
    import sys

    from errctl.cli import render
    from errctl.cli.console import warn
    from errctl.cli.stopping import stop_on_sigterm
    from errctl.query.search import follow_matches

    _refuse_json_follow(output)
    rows = output == "ndjson"  # the export's stored rows, as without --follow

    def fetch(f: Any, n: int | None, oldest_first: bool) -> Any:
        if rows:
            return store.search_rows(f, limit=n, oldest_first=oldest_first)
        return store.search(f, limit=n, oldest_first=oldest_first)

    writers = {
        "ndjson": render.write_ndjson_rows,
        "table": render.write_table,
        "csv": functools.partial(render.write_csv, safe=safe),
    }
    with stop_on_sigterm() as stop:  # the look under way is written out first
        writers[output](
            follow_matches(
                store,
                flt,
                fetch,
                backlog=limit or None,
                interval=interval,
                stop=stop,
                on_wait=sys.stdout.flush,  # a pipe (`| jq`) sees each look's events at once
                on_busy=lambda busy: warn(f"{busy.message}; looking again in {interval:g}s"),
            )
        )
