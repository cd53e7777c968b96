"""`errctl report`: a period's errors as a text, markdown, html or json report.

A thin command: parse the period and filters, build the model (errctl.report.build), render it
(errctl.report.render), write it to stdout or -o FILE.
"""

from __future__ import annotations

from typing import Annotated

import typer

from errctl.cli.app import app, options
from errctl.cli.options import HostOpt, ServiceOpt

_EXAMPLES = """
Examples:

  errctl report                                    # the last 24 hours, on the terminal

  errctl report --since 7d --format html -o week.html

  errctl report --format markdown >> "$GITHUB_STEP_SUMMARY"

  errctl report --format markdown --compact --no-links   # a chat-sized digest

  errctl report --since 24h --at 2026-11-28T12:00Z --format json

  errctl report --send team-slack        # post a chat digest through an alert receiver

A daily digest from cron: `0 8 * * * errctl report --send team-slack`.

The report: events, errors and the error rate against the period before; problem groups
(those with a severity) by priority with NEW / REGRESSED / ESCALATING; events by service,
host and severity; resolves and time to resolve; the error rate over time by severity, and a
chart per top group. docs/reports.md describes each format and the JSON schema.
"""


@app.command(epilog=_EXAMPLES)
def report(
    ctx: typer.Context,
    since: Annotated[
        str, typer.Option(help="The period: a length (24h, 7d) or a start (ISO 8601).")
    ] = "24h",
    until: Annotated[
        str | None, typer.Option(help="End of the period (default: --at, else now).")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            help="Report as if it were this time (ISO 8601): the period ends here, and groups "
            "are resolved, ignored or merged as they were then."
        ),
    ] = None,
    service: ServiceOpt = None,
    host: HostOpt = None,
    output: Annotated[str, typer.Option("--format", help="text, markdown, html or json.")] = "text",
    out_file: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write the report to this file (- for stdout)."),
    ] = None,
    limit: Annotated[int, typer.Option(help="Top groups shown.", min=1)] = 10,
    compact: Annotated[
        bool,
        typer.Option("--compact", help="Markdown: a digest under 3,500 characters, for chat."),
    ] = False,
    links: Annotated[
        bool, typer.Option("--links/--no-links", help="Markdown: include --url (or no link).")
    ] = True,
    url: Annotated[
        str | None, typer.Option(help="Markdown: a link to the full report (a CI run, a page).")
    ] = None,
    theme: Annotated[
        str, typer.Option(help="HTML: auto (follows the system), light or dark.")
    ] = "auto",
    send: Annotated[
        str | None,
        typer.Option(
            help="Post the report through this receiver of [alerts.receivers] (signed, "
            "retried, kept in the outbox if it is down: exit 5): the compact markdown digest, "
            "rendered for the receiver's kind. Nothing is printed unless -o is given too."
        ),
    ] = None,
) -> None:
    """A report of a period for a team, a CI step summary or an incident review: totals and
    error rate against the period before, new, regressed and escalating groups, top groups,
    breakdowns, resolution figures and charts."""
    from errctl.cli.console import info
    from errctl.errors import UsageError
    from errctl.query.timespec import parse_time, utc_now, window_length
    from errctl.report.build import build_report
    from errctl.report.html import THEMES
    from errctl.report.render import FORMATS

    if output not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    if theme not in THEMES:
        raise UsageError(f"--theme must be one of {', '.join(THEMES)}")
    if compact and output != "markdown":
        raise UsageError("--compact applies to --format markdown only")
    now = parse_time(at) if at else utc_now()
    end = parse_time(until, now=now) if until else now
    length: str | None = since  # a duration, to hint at --at when the period holds no events
    span = window_length(since)
    if span is not None:
        start = end - span
    else:
        start = parse_time(since, now=now)
        length = None
    if start >= end:
        raise UsageError("the period is empty: --since must be before --until")
    opts = options(ctx)
    from errctl.fingerprint.inapp import InAppRules

    model = build_report(
        opts.store(),
        start,
        end,
        services=tuple(service or ()),
        hosts=tuple(host or ()),
        top_limit=limit,
        config=opts.settings().groups,
        replay=bool(at or until),  # a period in the past sees the lifecycles of then
        in_app_rules=InAppRules.from_settings(opts.settings()),
    )
    from errctl.cli.render import name_hints

    named_nothing = name_hints(opts.store(), tuple(service or ()), tuple(host or ()))
    if model.totals.events == 0 and not named_nothing:
        from errctl.cli.render import filter_words, window_hint
        from errctl.models import EventFilter

        # An empty report of old logs read today says where their events are, as top does:
        # the events of the services and hosts asked for, when some were.
        store = opts.store()
        matching = filter_words(services=service, hosts=host)
        hint = window_hint(
            store.event_span(EventFilter(services=tuple(service or ()), hosts=tuple(host or ()))),
            start,
            end,
            at_length=length,
            matching=matching,
            everything=store.event_span() if matching else None,
            now=None if at or until else now,  # events past the wall clock: a zone misread
        )
        if hint:
            info(hint)
    # The file first: a receiver that is down (exit 5) must not cost the user the report.
    if send is None or out_file is not None:
        _write_report(model, output, out_file, compact=compact, links=links, url=url, theme=theme)
    if send is not None:
        _send(opts, model, send, links=links, url=url)


def _write_report(
    model, output: str, out_file: str | None, *, compact: bool, links: bool, url, theme: str
) -> None:
    """Render the report; print it, or write it to `out_file` (its folder made if need be).
    `-o -` prints it, as gate's `--junit -` does (it wrote a file named `-`)."""
    from errctl.cli.console import info, text_width
    from errctl.errors import UsageError
    from errctl.report.render import render_report

    if out_file == "-":
        out_file = None
    text = render_report(
        model,
        output,
        compact=compact,
        links=links,
        report_url=url,
        theme=theme,
        width=text_width(terminal=out_file is None),
    )
    if out_file is None:
        typer.echo(text, nl=False)
        return
    from pathlib import Path

    try:
        # As gate's --junit and --sarif do: `-o reports/$(date +%F).html` from cron, first run.
        Path(out_file).parent.mkdir(parents=True, exist_ok=True)
        Path(out_file).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {out_file}: {e.strerror or e}") from e
    info(f"wrote the {output} report to {out_file}")


def _send(opts, model, receiver: str, *, links: bool, url: str | None) -> None:
    """The chat digest through an alert receiver: the same signing, retry and outbox path as
    alerts, so a receiver that is down gets it on the next `errctl alert` run."""
    from errctl.alert import send_message
    from errctl.cli.console import info
    from errctl.errors import DeliveryError
    from errctl.report.render import render_report

    digest = render_report(model, "markdown", compact=True, links=links, report_url=url)
    p = model.period
    title = f"errctl report {p.since:%Y-%m-%d %H:%M} .. {p.until:%Y-%m-%d %H:%M} UTC"
    result = send_message(opts.settings(), opts.store(), receiver, title, digest)
    if not result.delivered:
        raise DeliveryError(
            f"the report to {receiver} was not delivered ({result.error or result.status}); "
            "it stays in the outbox",
            hint="the next errctl alert run retries it",
        )
    info(f"sent the report to {receiver} (id {result.id})")
