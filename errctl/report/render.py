"""One entry point from a report model to the text of any format: the seam `errctl report`
and, later, `errctl report --send` (through the alert receivers) both call."""

from __future__ import annotations

from errctl.errors import UsageError
from errctl.report.model import Report

FORMATS: tuple[str, ...] = ("text", "markdown", "html", "json")


def render_report(
    report: Report,
    fmt: str,
    *,
    compact: bool = False,
    links: bool = True,
    report_url: str | None = None,
    theme: str = "auto",
    width: int | None = None,
) -> str:
    """`report` as `fmt`: text (`width` columns wide, 80 by default), markdown (full, or
    `compact` for chat), html or json."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", hint="formats: " + ", ".join(FORMATS))
    if compact and fmt != "markdown":
        raise UsageError("--compact applies to --format markdown only")
    if fmt == "text":
        from errctl.report.text import render_text

        return render_text(report) if width is None else render_text(report, width)
    if fmt == "markdown":
        from errctl.report.markdown import render_compact, render_markdown

        render = render_compact if compact else render_markdown
        return render(report, report_url=report_url, links=links)
    if fmt == "html":
        from errctl.report.html import render_html

        return render_html(report, theme=theme)
    from errctl.report.json import render_json

    return render_json(report)
