"""Inline SVG charts for the HTML report, drawn here (no library, nothing fetched).

Charts hold numbers, times and fixed class names only: no text from logs ever reaches them.
Colours come from CSS classes (`sev-critical`, `rate-line`, ...), so the page's light and dark
themes and its print style apply to them. Every bucket is drawn, empty ones as zero-height
bars, so a chart of N buckets always holds N bars per series (the browser tests count them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from errctl.report import fmt
from errctl.report.model import SEVERITY_ORDER, Bucket
from errctl.report.safe import html_text

_NICE = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1.0)
# Stacked from the bottom: the worst first, so it is never hidden under lesser ones.
STACK_ORDER = SEVERITY_ORDER


def _n(x: float) -> str:
    """Coordinates with two decimals at most (a small file, a stable golden)."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _nice_top(peak: float) -> float:
    return next((v for v in _NICE if peak <= v + 1e-12), 1.0)


def _tick(ts, length: timedelta) -> str:
    return ts.strftime("%H:%M") if length <= timedelta(days=1) else ts.strftime("%m-%d %H:%M")


def rate_chart(buckets: Sequence[Bucket], *, width: int = 720, height: int = 220) -> str:
    """Stacked bars: per bucket, the share of all events that are problems of each severity;
    a line: the error rate (errors / all events). Each bucket has a tooltip with its counts."""
    n = max(1, len(buckets))
    left, right, top, bottom = 44, 8, 10, 28
    pw, ph = width - left - right, height - top - bottom
    shares = [sum(b.by_severity) / b.events if b.events else 0.0 for b in buckets]
    rates = [b.error_rate or 0.0 for b in buckets]
    ymax = _nice_top(max([*shares, *rates, 0.0]))
    bw = pw / n

    def y(v: float) -> float:
        return top + ph - v / ymax * ph

    out = [
        f'<svg class="chart chart-rate" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Error rate over time, by severity" data-buckets="{len(buckets)}" '
        'xmlns="http://www.w3.org/2000/svg">',
        "<title>Error rate over time, by severity</title>",
        '<g class="grid">',
    ]
    for frac in (0.0, 0.5, 1.0):
        gy = y(ymax * frac)
        out.append(
            f'<line x1="{left}" y1="{_n(gy)}" x2="{width - right}" y2="{_n(gy)}"/>'
            f'<text class="axis" x="{left - 6}" y="{_n(gy + 4)}" text-anchor="end">'
            f"{fmt.pct(ymax * frac, 0 if ymax >= 0.1 else 1)}</text>"
        )
    out.append("</g>")
    base = [0.0] * len(buckets)
    for sev in STACK_ORDER:
        k = SEVERITY_ORDER.index(sev)
        out.append(f'<g class="series sev-{sev}">')
        for i, b in enumerate(buckets):
            share = b.by_severity[k] / b.events if b.events else 0.0
            y0, y1 = y(base[i]), y(base[i] + share)
            base[i] += share
            out.append(
                f'<rect x="{_n(left + i * bw + bw * 0.1)}" y="{_n(y1)}" '
                f'width="{_n(bw * 0.8)}" height="{_n(y0 - y1)}"/>'
            )
        out.append("</g>")
    pts = " ".join(f"{_n(left + (i + 0.5) * bw)},{_n(y(r))}" for i, r in enumerate(rates))
    out.append(f'<polyline class="rate-line" points="{pts}"/>')
    out.append('<g class="hits">')
    for i, b in enumerate(buckets):
        sev = ", ".join(
            f"{s} {c:,}" for s, c in zip(SEVERITY_ORDER, b.by_severity, strict=True) if c
        )
        tip = (
            f"{fmt.when(b.start)} .. {fmt.when(b.end)}: {b.events:,} events, {b.errors:,} "
            f"errors ({fmt.pct(b.error_rate)})" + (f"; {sev}" if sev else "")
        )
        out.append(
            f'<rect x="{_n(left + i * bw)}" y="{top}" width="{_n(bw)}" height="{ph}">'
            f"<title>{html_text(tip)}</title></rect>"
        )
    out.append("</g>")
    if buckets:
        length = buckets[-1].end - buckets[0].start
        ticks = sorted({0, len(buckets) // 2, len(buckets)})
        for i in ticks:
            ts = buckets[i].start if i < len(buckets) else buckets[-1].end
            anchor = "start" if i == 0 else "end" if i == len(buckets) else "middle"
            out.append(
                f'<text class="axis" x="{_n(left + i * bw)}" y="{height - 8}" '
                f'text-anchor="{anchor}">{html_text(_tick(ts, length))}</text>'
            )
    out.append("</svg>")
    return "".join(out)


def group_chart(series: Sequence[int], *, width: int = 160, height: int = 28) -> str:
    """One group's events per bucket as small bars scaled to its busiest bucket."""
    n = max(1, len(series))
    peak = max(series, default=0) or 1
    bw = width / n
    bars = "".join(
        f'<rect x="{_n(i * bw + bw * 0.1)}" y="{_n(height - v / peak * (height - 2))}" '
        f'width="{_n(bw * 0.8)}" height="{_n(v / peak * (height - 2))}"/>'
        for i, v in enumerate(series)
    )
    total = sum(series)
    return (
        f'<svg class="chart chart-group" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{total:,} events over the period" data-buckets="{len(series)}" '
        'xmlns="http://www.w3.org/2000/svg">'
        f"<title>{total:,} events; busiest bucket {max(series, default=0):,}</title>"
        f'<line class="baseline" x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}"/>'
        f'<g class="bars">{bars}</g></svg>'
    )


def share_bar(value: int, peak: int, *, width: int = 100, height: int = 10) -> str:
    """A horizontal bar of `value` against `peak` (a breakdown row)."""
    w = value / peak * width if peak else 0.0
    return (
        f'<svg class="share" viewBox="0 0 {width} {height}" aria-hidden="true" '
        f'xmlns="http://www.w3.org/2000/svg"><rect width="{_n(w)}" height="{height}"/></svg>'
    )
