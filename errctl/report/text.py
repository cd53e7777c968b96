"""The report for a terminal: plain text, fixed-width columns, unicode sparklines.

Plain text rather than rich markup, so it reads the same piped into a file or a mail; log
text goes through `safe.one_line` (control characters shown, never obeyed). It fits `width`
columns (the terminal's, or 80: `errctl report` decides): the group tables shorten or drop
their lesser columns first and cut the titles last (errctl.report.layout).
"""

from __future__ import annotations

from errctl.report import fmt
from errctl.report.layout import cut, pick, tellable, title_need
from errctl.report.model import SEVERITY_ORDER, Breakdown, GroupLine, GroupList, Report
from errctl.report.safe import one_line

WIDTH = 80
"""The width of a text report when no terminal says otherwise (piped, mailed, written to a
file)."""
MIN_WIDTH = 40
TITLE_WIDTH = 120
"""A title is cut here even on a wide terminal: a report is read, not grepped."""


def render_text(report: Report, width: int = WIDTH) -> str:
    width = max(MIN_WIDTH, width)
    lines: list[str] = []
    p, t = report.period, report.totals
    span = fmt.span(p.length)
    lines.append(f"errctl report  {fmt.period(p.since, p.until)}")
    if report.filters.services or report.filters.hosts:
        lines.append("filters: " + _filters(report))
    lines.append("")
    lines.append(
        f"events      {t.events:>9,}  {fmt.change(t.events_change, t.events):>6} "
        f"vs the {span} before ({t.previous_events:,})"
    )
    lines.append(
        f"errors      {t.errors:>9,}  {fmt.change(t.errors_change, t.errors):>6} "
        f"vs the {span} before ({t.previous_errors:,})"
    )
    lines.append(
        f"error rate  {fmt.pct(t.error_rate):>9}  "
        f"{fmt.points(t.error_rate, t.previous_error_rate):>6}"
        f" (was {fmt.pct(t.previous_error_rate)})"
    )
    lines.append(
        f"groups      {t.groups:>9,}  with {t.problem_events:,} events: {report.new.total:,} new, "
        f"{report.regressed.total:,} regressed, {report.escalating.total:,} escalating"
    )
    r = report.resolution
    lines.append(
        f"resolved    {r.groups:>9,}  group(s); time to resolve: median "
        f"{fmt.duration(r.median_seconds)}, mean {fmt.duration(r.mean_seconds)}"
    )
    lines.append("")
    # The summary above folds where it does not fit (its ends, `0 escalating` or the mean time
    # to resolve, said as much as its starts); the charts and tables below are cut.
    lines = [folded for line in lines for folded in _fold(line, width)]
    lines += _series(report)
    lines += _groups("Top groups by priority", report.top, width, trend=True)
    lines += _groups("New", report.new, width, hide="new")
    lines += _groups("Regressed", report.regressed, width, hide="regressed")
    lines += _groups("Escalating", report.escalating, width, hide="escalating")
    for b in report.breakdowns:
        lines += _breakdown(b)
    # The lines above the tables are short but for the filters (values of up to 40 each).
    return "\n".join(cut(line, width) for line in lines).rstrip() + "\n"


_SUMMARY_INDENT = 23
"""Where a summary line's words start, after its label and number (`groups      ...42  `)."""


def _fold(line: str, width: int) -> list[str]:
    """`line` in lines of at most `width`, broken at spaces, the rest indented as its words
    are: after `errctl report  `, `filters: `, or a figure's label and number."""
    import textwrap

    if len(line) <= width:
        return [line]
    indent = next(
        (len(head) for head in ("errctl report  ", "filters: ") if line.startswith(head)),
        _SUMMARY_INDENT,
    )
    return textwrap.wrap(
        line, width, subsequent_indent=" " * min(indent, width // 2), break_on_hyphens=False
    ) or [line]


def _filters(report: Report) -> str:
    parts = [f"service={one_line(s, 40)}" for s in report.filters.services]
    parts += [f"host={one_line(h, 40)}" for h in report.filters.hosts]
    return " ".join(parts)


def _series(report: Report) -> list[str]:
    buckets = report.buckets
    size = fmt.duration(report.bucket_seconds)
    rates = [b.error_rate or 0.0 for b in buckets]
    peak = max(rates, default=0.0)
    out = [
        f"Error rate per {size} (peak {fmt.pct(peak)}), "
        f"{fmt.when(report.period.since)} .. {fmt.when(report.period.until)} UTC",
        f"  {'error rate':<10} |{fmt.sparkline(rates)}|",
    ]
    for k, sev in enumerate(SEVERITY_ORDER):
        counts = [b.by_severity[k] for b in buckets]
        out.append(f"  {sev:<10} |{fmt.sparkline(counts)}| {sum(counts):,}")
    out.append("")
    return out


_LAYOUTS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("first", 17), ("last", 17), ("service", 12), ("trend", 0)),
    (("first", 12), ("last", 12), ("service", 12), ("trend", 0)),
    (("last", 12), ("service", 12), ("trend", 0)),
    (("last", 12), ("service", 12)),
    (("last", 12), ("service", 8)),
    (("service", 8),),
    (),
)
"""The columns of a group table between CHG and the title, from the widest to the narrowest:
the first that leaves the title a third of the width is used. The times (UTC, each with its
`Z`) lose their year, then FIRST goes, then TREND (of the top groups), then SERVICE narrows,
then LAST and SERVICE go.
A trend's width (0 here) is its number of buckets."""

_HEADERS = {"first": "FIRST", "last": "LAST", "service": "SERVICE", "trend": "TREND"}


def _groups(
    heading: str, groups: GroupList, width: int, trend: bool = False, hide: str | None = None
) -> list[str]:
    if not groups.total:
        return [f"{heading}: none", ""]
    out = [f"{heading} ({groups.total:,})"]
    id_width = max(7, *(len(g.id) for g in groups.groups))
    spark = max((len(g.series) for g in groups.groups), default=0) if trend else 0
    layouts = [
        tuple((key, spark if key == "trend" else w) for key, w in lay if trend or key != "trend")
        for lay in _LAYOUTS
    ]
    fixed = 2 + id_width + 1 + 4 + 1 + 7 + 1 + 6 + 1
    before = [fixed + sum(w + 1 for _, w in lay) for lay in layouts]
    badges = ["".join(b.upper() + " " for b in g.badges if b != hide) for g in groups.groups]
    titles = [one_line(g.title, 10_000) for g in groups.groups]
    longest = max(len(b) + len(t) for b, t in zip(badges, titles, strict=True))
    layout = layouts[pick(before, width, title_need(width, longest, share=1 / 3))]
    room = min(TITLE_WIDTH, width - fixed - sum(w + 1 for _, w in layout))
    header = f"  {'ID':<{id_width}} {'SEV':<4} {'EVENTS':>7} {'CHG':>6} "
    header += "".join(f"{_HEADERS[key]:<{w}} " for key, w in layout)
    out.append(header + "TITLE")
    # Badges first, so the title's room is what is left after them on the widest row.
    lines = groups.groups
    shown = tellable(
        titles,
        [one_line(g.template, 10_000) for g in lines],
        max(8, room - max(map(len, badges))),
        lambda rows: {i: lines[i].origin for i in rows if lines[i].origin},
    )
    for g, badge, title in zip(groups.groups, badges, shown, strict=True):
        line = (
            f"  {g.id:<{id_width}} {fmt.SEVERITY_SHORT.get(g.severity or '', '-'):<4} "
            f"{g.count:>7,} {fmt.change(g.change, g.count):>6} "
        )
        line += "".join(f"{_cell(g, key, w):<{w}} " for key, w in layout)
        out.append(cut(line + badge + title, max(len(line) + 1, width)))
    if groups.total > len(groups.groups):
        out.append(f"  ... {groups.total - len(groups.groups):,} more")
    out.append("")
    return out


def _cell(g: GroupLine, key: str, width: int) -> str:
    if key == "service":
        service = one_line(g.top_service, width)
        if g.services > 1:
            more = f" +{g.services - 1}"
            service = service[: width - len(more)] + more
        return service
    if key == "trend":
        return fmt.sparkline(g.series)
    at = g.first_seen if key == "first" else g.last_seen
    # Each marked, as `groups` marks them: a row copied into a ticket loses the heading's UTC.
    return fmt.when_utc(at) if width >= 17 else fmt.when_utc(at, "%m-%d %H:%M")


def _breakdown(b: Breakdown) -> list[str]:
    if not b.rows:
        return [f"By {b.dimension}: no events", ""]
    out = [
        f"By {b.dimension}",
        f"  {'VALUE':<24} {'EVENTS':>9} {'BEFORE':>9} {'CHG':>6} {'GROUPS':>6}",
    ]
    for r in b.rows:
        out.append(
            f"  {one_line(r.value, 24):<24} {r.count:>9,} {r.previous:>9,} "
            f"{fmt.change(r.change, r.count):>6} {r.groups:>6,}"
        )
    if b.rest_values:
        out.append(f"  {f'({b.rest_values:,} more)':<24} {b.rest:>9,}")
    out.append("")
    return out
