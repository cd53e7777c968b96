"""The report as one self-contained HTML page: inline CSS, inline SVG, no script, no fetch.

Safety, in two layers:
1. Every string from logs goes through `safe.html_text` (html.escape with quote=True, control
   characters made visible) and only into element content, never into a URL, a style, a
   script or an unquoted attribute.
2. A Content-Security-Policy meta (`CSP`) forbids every script, fetch, frame, form and base
   URL, allowing only the inline style and `data:` images; so even an escaping bug could
   neither run script nor send anything anywhere.

Layout: readable on a phone (viewport meta, fluid grid; id, first/last seen and trend columns
give way to the title, wide tables and the chart scroll sideways inside their box), printable (a
print style: light colours, no page break inside a table or chart), light and dark themes
(`prefers-color-scheme`, or `theme="light"|"dark"`, which sets `data-theme` on <html> and wins
over the system setting).
"""

from __future__ import annotations

from errctl.errors import UsageError
from errctl.report import fmt
from errctl.report.charts import group_chart, rate_chart, share_bar
from errctl.report.model import SEVERITY_ORDER, Breakdown, GroupList, Report
from errctl.report.safe import html_text, one_line

THEMES = ("auto", "light", "dark")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)
TITLE_WIDTH = 300

_LIGHT = {
    "bg": "#ffffff",
    "fg": "#1f2328",
    "muted": "#59636e",
    "card": "#f6f8fa",
    "line": "#d1d9e0",
    "accent": "#0969da",
    "critical": "#b3261e",
    "high": "#e8590c",
    "medium": "#d4a72c",
    "low": "#8c959f",
    "rate": "#1f2328",
    "new": "#1a7f37",
    "regressed": "#8250df",
    "escalating": "#cf222e",
}
_DARK = {
    "bg": "#0d1117",
    "fg": "#e6edf3",
    "muted": "#9198a1",
    "card": "#161b22",
    "line": "#30363d",
    "accent": "#4493f8",
    "critical": "#ff6b61",
    "high": "#ff9a4d",
    "medium": "#e3b341",
    "low": "#6e7681",
    "rate": "#e6edf3",
    "new": "#3fb950",
    "regressed": "#ab7df8",
    "escalating": "#ff7b72",
}


def _vars(colours: dict[str, str], important: bool = False) -> str:
    flag = " !important" if important else ""
    return "".join(f"--{k}:{v}{flag};" for k, v in colours.items())


_CSS = (
    ":root{" + _vars(_LIGHT) + "color-scheme:light}"
    "@media (prefers-color-scheme:dark){:root:not([data-theme=light]){"
    + _vars(_DARK)
    + "color-scheme:dark}}"
    ":root[data-theme=dark]{" + _vars(_DARK) + "color-scheme:dark}"
    """
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);
 font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.muted,.sub{color:var(--muted)}.sub{margin:0 0 1rem}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:10px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card .k{color:var(--muted);font-size:.8rem}.card .v{font-size:1.5rem;font-weight:600}
.card .d{font-size:.8rem;color:var(--muted)}
.box{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--card);font-weight:600;white-space:nowrap}
tr:last-child td{border-bottom:0}
td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.t{min-width:14rem;overflow-wrap:anywhere}
td.w{white-space:nowrap}
.chart{display:block;width:100%;height:auto}
.chart-group{width:120px;min-width:96px}
.share{width:100px;height:10px;display:inline-block;vertical-align:middle}
.share rect{fill:var(--accent)}
.grid line{stroke:var(--line);stroke-width:1}
.axis{fill:var(--muted);font-size:11px}
.rate-line{fill:none;stroke:var(--rate);stroke-width:2;stroke-linejoin:round}
.hits rect{fill:transparent}.hits rect:hover{fill:var(--line);opacity:.35}
.chart-group .bars rect{fill:var(--accent)}.chart-group .baseline{stroke:var(--line)}
.sev-critical rect{fill:var(--critical)}.sev-high rect{fill:var(--high)}
.sev-medium rect{fill:var(--medium)}.sev-low rect{fill:var(--low)}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.85rem;margin:.4rem 0}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.sw.critical{background:var(--critical)}.sw.high{background:var(--high)}
.sw.medium{background:var(--medium)}.sw.low{background:var(--low)}
.sw.rate{background:var(--rate);height:3px;vertical-align:middle}
.sev{font-weight:600;white-space:nowrap}.sev.critical{color:var(--critical)}
.sev.high{color:var(--high)}.sev.medium{color:var(--medium)}.sev.low{color:var(--muted)}
.badge{display:inline-block;font-size:.7rem;font-weight:700;padding:0 5px;border-radius:4px;
 border:1px solid currentColor;margin-right:4px}
.badge.new{color:var(--new)}.badge.regressed{color:var(--regressed)}
.badge.escalating{color:var(--escalating)}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}
footer{margin:2rem 0 1rem;color:var(--muted);font-size:.8rem}
.chartbox{overflow-x:auto}
@media (max-width:600px){main{padding:10px}.cards{grid-template-columns:repeat(2,minmax(0,1fr))}
 .card .v{font-size:1.25rem}.opt{display:none}.chart-rate{min-width:540px}
 th,td{padding:5px 6px}td.t{min-width:10rem}}
@media print{:root{"""
    # !important: print is light whatever the theme, over the more specific theme selectors
    + _vars(_LIGHT, important=True)
    + """color-scheme:light}
 body{font-size:11pt}main{max-width:none;padding:0}
 .box{overflow:visible;border:0}.card{break-inside:avoid}
 table,svg,.cards,tr{break-inside:avoid}h2{break-after:avoid}
 .hits rect:hover{fill:transparent}}
"""
)


def render_html(report: Report, *, theme: str = "auto") -> str:
    """The whole page (see the module doc)."""
    if theme not in THEMES:
        raise UsageError(f"unknown theme {theme!r}", hint="themes: " + ", ".join(THEMES))
    p = report.period
    title = f"errctl report {fmt.period(p.since, p.until)}"
    data_theme = f' data-theme="{theme}"' if theme != "auto" else ""
    body = [
        f"<h1>{html_text(title)}</h1>",
        f'<p class="sub">{html_text(_subtitle(report))}</p>',
        _cards(report),
        "<h2>Error rate over time, by severity</h2>",
        _legend(),
        f'<div class="chartbox">{rate_chart(report.buckets)}</div>',
        _groups("Top groups by priority", report.top, "top"),
        _groups("New", report.new, "new", hide="new"),
        _groups("Regressed", report.regressed, "regressed", hide="regressed"),
        _groups("Escalating", report.escalating, "escalating", hide="escalating"),
        '<div class="cols">',
        *(_breakdown(b) for b in report.breakdowns),
        "</div>",
        f"<footer>Generated by errctl from {report.totals.events:,} events. Times in UTC. "
        f"JSON of this report: errctl report --format json (schema errctl.report/1).</footer>",
    ]
    return (
        "<!doctype html>\n"
        f'<html lang="en"{data_theme}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{html_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _subtitle(report: Report) -> str:
    parts = [f"compared with the {fmt.span(report.period.length)} before"]
    if report.filters.services:
        parts.append("service " + ", ".join(one_line(s, 60) for s in report.filters.services))
    if report.filters.hosts:
        parts.append("host " + ", ".join(one_line(h, 60) for h in report.filters.hosts))
    parts.append(f"buckets of {fmt.duration(report.bucket_seconds)}")
    return "; ".join(parts)


def _card(key: str, value: str, detail: str = "") -> str:
    return (
        f'<div class="card"><div class="k">{html_text(key)}</div>'
        f'<div class="v">{html_text(value)}</div><div class="d">{html_text(detail)}</div></div>'
    )


def _cards(report: Report) -> str:
    t, r = report.totals, report.resolution
    return (
        '<section class="cards">'
        + _card("Events", fmt.count(t.events), f"{fmt.change(t.events_change, t.events)} vs before")
        + _card("Errors", fmt.count(t.errors), f"{fmt.change(t.errors_change, t.errors)} vs before")
        + _card(
            "Error rate",
            fmt.pct(t.error_rate),
            f"{fmt.points(t.error_rate, t.previous_error_rate)} "
            f"(was {fmt.pct(t.previous_error_rate)})",
        )
        + _card("Problem groups", fmt.count(t.groups), f"{t.problem_events:,} events")
        + _card("New", fmt.count(report.new.total), "first seen in the period")
        + _card("Regressed", fmt.count(report.regressed.total), "back after a resolve")
        + _card("Escalating", fmt.count(report.escalating.total), "well above their usual rate")
        + _card(
            "Resolved",
            fmt.count(r.groups),
            f"time to resolve: median {fmt.duration(r.median_seconds)}, "
            f"mean {fmt.duration(r.mean_seconds)}",
        )
        + "</section>"
    )


def _legend() -> str:
    items = "".join(
        f'<span><span class="sw {s}"></span>{html_text(s)}</span>' for s in SEVERITY_ORDER
    )
    return (
        f'<div class="legend">{items}<span><span class="sw rate"></span>error rate</span>'
        '<span class="muted">bars: problem events / all events, per bucket</span></div>'
    )


def _groups(heading: str, groups: GroupList, section: str, hide: str | None = None) -> str:
    if not groups.total:
        return f"<h2>{html_text(heading)}: none</h2>"
    chart = section == "top"
    head = (
        "<tr><th class=opt>ID</th><th>Severity</th><th class=n>Events</th><th class=n>Change</th>"
        '<th class="opt">First seen</th><th class="opt">Last seen</th><th>Service</th>'
        + ('<th class="opt">Trend</th>' if chart else "")
        + "<th>Title</th></tr>"
    )
    rows = []
    for g in groups.groups:
        sev = g.severity if g.severity in SEVERITY_ORDER else "none"
        service = html_text(one_line(g.top_service, 40))
        if g.services > 1:
            service += f' <span class="muted">+{g.services - 1}</span>'
        badges = "".join(
            f'<span class="badge {b}">{html_text(b.upper())}</span>'
            for b in g.badges
            if b != hide and b in ("new", "regressed", "escalating")
        )
        # One exception from two places: where this one came from.
        origin = (
            f' <span class="muted">{html_text(one_line(g.origin, TITLE_WIDTH))}</span>'
            if g.origin
            else ""
        )
        rows.append(
            f'<tr><td class="mono opt">{html_text(g.id)}</td>'
            f'<td><span class="sev {sev}">{html_text(g.severity or "-")}</span></td>'
            f'<td class="n">{g.count:,}</td>'
            f'<td class="n">{html_text(fmt.change(g.change, g.count))}</td>'
            f'<td class="w opt">{html_text(fmt.when_utc(g.first_seen))}</td>'
            f'<td class="w opt">{html_text(fmt.when_utc(g.last_seen))}</td><td>{service}</td>'
            + (f'<td class="opt">{group_chart(g.series)}</td>' if chart else "")
            + f'<td class="t">{badges}{html_text(one_line(g.title, TITLE_WIDTH))}{origin}</td></tr>'
        )
    more = (
        f'<p class="muted">… and {groups.total - len(groups.groups):,} more.</p>'
        if groups.total > len(groups.groups)
        else ""
    )
    return (
        f'<section class="groups" id="{section}"><h2>{html_text(heading)} ({groups.total:,})</h2>'
        f'<div class="box"><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody>'
        f"</table></div>{more}</section>"
    )


def _breakdown(b: Breakdown) -> str:
    heading = f"By {b.dimension}"
    if not b.rows:
        return f"<section><h2>{html_text(heading)}</h2><p class=muted>No events.</p></section>"
    peak = max(r.count for r in b.rows)
    rows = "".join(
        f"<tr><td>{html_text(one_line(r.value, 60))}</td><td class=n>{r.count:,}</td>"
        f"<td>{share_bar(r.count, peak)}</td><td class=n>{r.previous:,}</td>"
        f"<td class=n>{html_text(fmt.change(r.change, r.count))}</td>"
        f"<td class=n>{r.groups:,}</td></tr>"
        for r in b.rows
    )
    if b.rest_values:
        rows += (
            f'<tr><td class="muted">({b.rest_values:,} more)</td><td class=n>{b.rest:,}</td>'
            "<td></td><td></td><td></td><td></td></tr>"
        )
    return (
        f'<section class="breakdown"><h2>{html_text(heading)}</h2><div class="box"><table>'
        f"<thead><tr><th>{html_text(b.dimension.capitalize())}</th><th class=n>Events</th><th></th>"
        "<th class=n>Before</th><th class=n>Change</th><th class=n>Groups</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></section>"
    )
