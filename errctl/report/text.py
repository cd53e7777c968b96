"""The report for a terminal: plain text, fixed-width columns, unicode sparklines.

Plain text rather than rich markup, so it reads the same piped into a file or a mail; log
text goes through `safe.one_line` (control characters shown, never obeyed).
"""

from __future__ import annotations

from errctl.report import fmt
from errctl.report.model import SEVERITY_ORDER, Breakdown, GroupList, Report
from errctl.report.safe import one_line

TITLE_WIDTH = 70


def render_text(report: Report) -> str:
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
    lines += _series(report)
    lines += _groups("Top groups by priority", report.top, trend=True)
    lines += _groups("New", report.new, hide="new")
    lines += _groups("Regressed", report.regressed, hide="regressed")
    lines += _groups("Escalating", report.escalating, hide="escalating")
    for b in report.breakdowns:
        lines += _breakdown(b)
    return "\n".join(lines).rstrip() + "\n"


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
        f"{fmt.when(report.period.since)} .. {fmt.when(report.period.until)}",
        f"  {'error rate':<10} |{fmt.sparkline(rates)}|",
    ]
    for k, sev in enumerate(SEVERITY_ORDER):
        counts = [b.by_severity[k] for b in buckets]
        out.append(f"  {sev:<10} |{fmt.sparkline(counts)}| {sum(counts):,}")
    out.append("")
    return out


def _groups(
    heading: str, groups: GroupList, trend: bool = False, hide: str | None = None
) -> list[str]:
    if not groups.total:
        return [f"{heading}: none", ""]
    out = [f"{heading} ({groups.total:,})"]
    width = max(7, *(len(g.id) for g in groups.groups))
    spark = max((len(g.series) for g in groups.groups), default=0) if trend else 0
    header = f"  {'ID':<{width}} {'SEV':<4} {'EVENTS':>7} {'CHG':>6} {'FIRST':<16} {'LAST':<16} "
    header += f"{'SERVICE':<12} " + (f"{'TREND':<{spark}} " if trend else "") + "TITLE"
    out.append(header)
    for g in groups.groups:
        service = one_line(g.top_service, 12)
        if g.services > 1:
            more = f" +{g.services - 1}"
            service = service[: 12 - len(more)] + more
        badges = "".join(b.upper() + " " for b in g.badges if b != hide)
        line = (
            f"  {g.id:<{width}} {fmt.SEVERITY_SHORT.get(g.severity or '', '-'):<4} "
            f"{g.count:>7,} {fmt.change(g.change, g.count):>6} {fmt.when(g.first_seen):<16} "
            f"{fmt.when(g.last_seen):<16} {service:<12} "
        )
        if trend:
            line += f"{fmt.sparkline(g.series):<{spark}} "
        out.append(line + badges + one_line(g.title, TITLE_WIDTH))
    if groups.total > len(groups.groups):
        out.append(f"  ... {groups.total - len(groups.groups):,} more")
    out.append("")
    return out


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
