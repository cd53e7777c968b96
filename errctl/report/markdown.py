"""The report as markdown: a full version for GitHub's job step summary (at most 1 MiB) and
pages, and a compact one for chat messages (under `CHAT_LIMIT` characters).

Both are plain functions returning a string, so a caller (`errctl report --send`, a CI step)
can post them as they are. Log-derived text is always a code span (`safe.md_code`): it cannot
add formatting, links, autolinks, HTML or mentions. The only link a report ever holds is the
`report_url` a caller passes; `links=False` (the fallback for targets that reject or unfurl
links) leaves it out, so the text then holds no link at all.
"""

from __future__ import annotations

from errctl.report import fmt
from errctl.report.model import SEVERITY_ORDER, Breakdown, GroupLine, GroupList, Report
from errctl.report.safe import md_code, one_line

STEP_SUMMARY_LIMIT = 1024 * 1024  # bytes: GitHub refuses a larger $GITHUB_STEP_SUMMARY
CHAT_LIMIT = 3500  # characters: under Slack's 4,000 per text block, with room to spare
TITLE_WIDTH = 120
CHAT_TITLE_WIDTH = 60
CHAT_GROUPS = 5
_TRUNCATED = "\n_(report truncated to fit the size limit)_\n"


def render_markdown(
    report: Report,
    *,
    report_url: str | None = None,
    links: bool = True,
    max_bytes: int = STEP_SUMMARY_LIMIT,
) -> str:
    """The full report, at most `max_bytes` bytes of UTF-8 (see the module doc)."""
    p, t, r = report.period, report.totals, report.resolution
    span = fmt.span(p.length)
    out: list[str] = [f"## errctl report: {fmt.period(p.since, p.until)}", ""]
    if report.filters.services or report.filters.hosts:
        out += [_filters(report), ""]
    out += [
        f"| | this {span} | the {span} before | change |",
        "| --- | ---: | ---: | ---: |",
        f"| Events | {t.events:,} | {t.previous_events:,} "
        f"| {fmt.change(t.events_change, t.events)} |",
        f"| Errors | {t.errors:,} | {t.previous_errors:,} "
        f"| {fmt.change(t.errors_change, t.errors)} |",
        f"| Error rate | {fmt.pct(t.error_rate)} | {fmt.pct(t.previous_error_rate)} | "
        f"{fmt.points(t.error_rate, t.previous_error_rate)} |",
        "",
        f"**{t.groups:,}** problem groups with {t.problem_events:,} events: "
        f"**{report.new.total:,}** new, **{report.regressed.total:,}** regressed, "
        f"**{report.escalating.total:,}** escalating. "
        f"Resolved: **{r.groups:,}** group(s), time to resolve median "
        f"{fmt.duration(r.median_seconds)}, mean {fmt.duration(r.mean_seconds)}.",
        "",
        f"Error rate per {fmt.duration(report.bucket_seconds)}: "
        f"`{_spark([b.error_rate or 0.0 for b in report.buckets])}` "
        f"(peak {fmt.pct(max((b.error_rate or 0.0 for b in report.buckets), default=0.0))})",
        "",
    ]
    if links and report_url:
        out += [f"[Full report]({_url(report_url)})", ""]
    out += _severity_table(report)
    out += _group_table("Top groups by priority", report.top, trend=True)
    out += _group_table("New", report.new, hide="new")
    out += _group_table("Regressed", report.regressed, hide="regressed")
    out += _group_table("Escalating", report.escalating, hide="escalating")
    for b in report.breakdowns:
        out += _breakdown_table(b)
    return _fit_bytes("\n".join(out).rstrip() + "\n", max_bytes)


def render_compact(
    report: Report,
    *,
    report_url: str | None = None,
    links: bool = True,
    limit: int = CHAT_LIMIT,
) -> str:
    """A short digest for chat (Slack, Teams, Mattermost, Discord): the figures and the most
    urgent groups, at most `limit` characters. Log text is a code span with mentions broken."""
    p, t = report.period, report.totals
    head = [
        f"**errctl report** {fmt.period(p.since, p.until)}",
        f"Events {t.events:,} ({fmt.change(t.events_change, t.events)}) · errors {t.errors:,} "
        f"({fmt.change(t.errors_change, t.errors)}) · error rate {fmt.pct(t.error_rate)} "
        f"(was {fmt.pct(t.previous_error_rate)})",
        f"Groups {t.groups:,} · new {report.new.total:,} · regressed "
        f"{report.regressed.total:,} · escalating {report.escalating.total:,} · resolved "
        f"{report.resolution.groups:,}",
    ]
    if report.filters.services or report.filters.hosts:
        head.insert(1, _filters(report, chat=True))
    tail = [f"Full report: {report_url}"] if links and report_url else []
    groups = [_chat_line(g) for g in report.top.groups[:CHAT_GROUPS]]
    if groups:
        groups.insert(0, "Top groups:")
    if report.top.total > len(groups) - 1 and groups:
        groups.append(f"… {report.top.total - len(groups) + 1:,} more")
    # Drop group lines from the end until the message fits (the head always stays).
    while groups and len("\n".join(head + groups + tail)) > limit:
        groups.pop(-2 if len(groups) > 2 and groups[-1].startswith("…") else -1)
        if groups == ["Top groups:"]:
            groups = []
    text = "\n".join(head + groups + tail)
    return (text[: limit - 1] + "…" if len(text) > limit else text) + "\n"


def _chat_line(g: GroupLine) -> str:
    badges = " ".join(b.upper() for b in g.badges)
    return (
        f"• {fmt.SEVERITY_SHORT.get(g.severity or '', '-')} {g.count:,}× "
        f"{md_code(one_line(g.title, CHAT_TITLE_WIDTH), in_table=False, chat=True)}"
        + (f" {badges}" if badges else "")
    )


def _filters(report: Report, chat: bool = False) -> str:
    parts = [
        f"service {md_code(one_line(s, 40), in_table=False, chat=chat)}"
        for s in report.filters.services
    ]
    parts += [
        f"host {md_code(one_line(h, 40), in_table=False, chat=chat)}" for h in report.filters.hosts
    ]
    return "Filters: " + ", ".join(parts)


def _url(url: str) -> str:
    # The caller's URL, never log text; still, keep it from closing the link early.
    return url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")


def _spark(values: list[float]) -> str:
    return fmt.sparkline(values).replace(" ", "·") or "·"


def _severity_table(report: Report) -> list[str]:
    out = ["| Severity | Events | Per bucket |", "| --- | ---: | --- |"]
    for k, sev in enumerate(SEVERITY_ORDER):
        counts = [b.by_severity[k] for b in report.buckets]
        out.append(f"| {sev} | {sum(counts):,} | `{_spark(counts)}` |")
    return [*out, ""]


def _group_table(
    heading: str, groups: GroupList, trend: bool = False, hide: str | None = None
) -> list[str]:
    if not groups.total:
        return [f"### {heading}: none", ""]
    out = [f"### {heading} ({groups.total:,})", ""]
    cols = ["ID", "Sev", "Events", "Change", "First seen", "Last seen", "Service"]
    cols += ["Trend"] if trend else []
    cols += ["Title"]
    out.append("| " + " | ".join(cols) + " |")
    out.append(
        "| " + " | ".join("---:" if c in ("Events", "Change") else "---" for c in cols) + " |"
    )
    for g in groups.groups:
        service = md_code(one_line(g.top_service, 30)) if g.top_service else "-"
        if g.services > 1:
            service += f" +{g.services - 1}"
        badges = " ".join(f"**{b.upper()}**" for b in g.badges if b != hide)
        cells = [
            f"`{g.id}`",
            g.severity or "-",
            f"{g.count:,}",
            fmt.change(g.change, g.count),
            fmt.when_utc(g.first_seen),
            fmt.when_utc(g.last_seen),
            service,
        ]
        if trend:
            cells.append(f"`{_spark(list(g.series))}`")
        title = md_code(one_line(g.title, TITLE_WIDTH))
        if g.origin:  # one exception from two places: where this one came from
            title += " " + md_code(one_line(g.origin, TITLE_WIDTH))
        cells.append((badges + " " if badges else "") + title)
        out.append("| " + " | ".join(cells) + " |")
    if groups.total > len(groups.groups):
        out += ["", f"… and {groups.total - len(groups.groups):,} more."]
    return [*out, ""]


def _breakdown_table(b: Breakdown) -> list[str]:
    if not b.rows:
        return [f"### By {b.dimension}: no events", ""]
    out = [
        f"### By {b.dimension}",
        "",
        f"| {b.dimension.capitalize()} | Events | Before | Change | Groups |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in b.rows:
        value = md_code(one_line(r.value, 60)) if r.value is not None else "-"
        out.append(
            f"| {value} | {r.count:,} | {r.previous:,} | {fmt.change(r.change, r.count)} "
            f"| {r.groups:,} |"
        )
    if b.rest_values:
        out.append(f"| ({b.rest_values:,} more) | {b.rest:,} | | | |")
    return [*out, ""]


def _fit_bytes(text: str, max_bytes: int) -> str:
    """`text` cut at a line end so that, with a note saying so, it fits in `max_bytes`."""
    if len(text.encode()) <= max_bytes:
        return text
    room = max_bytes - len(_TRUNCATED.encode())
    cut = text.encode()[:room].decode(errors="ignore")
    return cut[: cut.rfind("\n") + 1] + _TRUNCATED
