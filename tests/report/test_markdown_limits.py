"""Markdown stays under GitHub's step-summary limit and the chat limit however many groups and
however long their titles, and log text cannot add formatting, links, HTML or mentions."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from errctl.report.markdown import (
    CHAT_LIMIT,
    STEP_SUMMARY_LIMIT,
    render_compact,
    render_markdown,
)
from errctl.report.model import Breakdown, BreakdownRow, GroupList, Report

HOSTILE = (
    "**bold** _it_ [click](https://evil.example) <script>alert(1)</script> @channel @here "
    "<!channel> <@U123> `code` ``` | cell | ![img](https://evil.example/x.png) "
    "https://evil.example/autolink www.evil.example # heading\n## second line"
)


def huge(report: Report, n: int, title_len: int) -> Report:
    base = report.top.groups[0]
    groups = tuple(
        replace(base, id=f"{i:07x}", fingerprint=f"fp1:{i:016x}",
                title=(HOSTILE + " " + "x" * title_len)[:title_len], top_service=HOSTILE,
                series=tuple(range(48)))
        for i in range(n)
    )  # fmt: skip
    lst = GroupList(groups, n)
    rows = tuple(BreakdownRow(f"{HOSTILE} {i}", n - i, i, 1) for i in range(n))
    return replace(
        report,
        top=lst,
        new=lst,
        regressed=lst,
        escalating=lst,
        breakdowns=tuple(Breakdown(d, rows) for d in ("service", "host", "severity")),
    )


@pytest.mark.parametrize(("n", "title_len"), [(50, 200), (2000, 5000), (20000, 300)])
def test_full_markdown_fits_the_step_summary(report: Report, n: int, title_len: int) -> None:
    text = render_markdown(huge(report, n, title_len))
    assert len(text.encode()) <= STEP_SUMMARY_LIMIT
    if len(text.encode()) > STEP_SUMMARY_LIMIT - 1000:
        assert text.endswith("_(report truncated to fit the size limit)_\n")


@pytest.mark.parametrize("n", [0, 1, 5, 500])
def test_compact_fits_chat(report: Report, n: int) -> None:
    r = huge(report, n, 5000) if n else replace(report, top=GroupList((), 0))
    text = render_compact(r, report_url="https://ci.example/" + "x" * 200)
    assert len(text) <= CHAT_LIMIT
    assert text.startswith("**errctl report**")


def test_compact_keeps_the_head_even_when_tiny(report: Report) -> None:
    text = render_compact(huge(report, 50, 5000), limit=400)
    assert len(text) <= 400 and "error rate" in text


def _outside_code(md: str) -> str:
    """The markdown with every code span removed: what GitHub would interpret."""
    return re.sub(r"(`+)(?:.|\n)*?\1", "", md)


@pytest.mark.parametrize("compact", [False, True])
def test_log_text_cannot_format_link_or_mention(report: Report, compact: bool) -> None:
    r = huge(report, 3, 1000)
    text = render_compact(r, links=False) if compact else render_markdown(r, links=False)
    assert "script" in text  # shown, as code
    outside = _outside_code(text)
    for bad in ("<script", "](", "http", "www.", "@channel", "@here", "<!", "<@", "\n#  heading"):
        assert bad not in outside, bad
    if compact:
        # Mentions broken even inside code, for chat apps that act on them there.
        assert "@channel" not in text and "<!channel>" not in text and "<@U123>" not in text


def test_every_table_row_has_the_header_column_count(report: Report) -> None:
    """A `|` from logs is escaped, so it can never split a cell."""
    text = render_markdown(huge(report, 3, 300))
    tables: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    tables = [t for t in tables if t]
    assert len(tables) == 9  # totals, severities, 4 group lists, 3 breakdowns
    for table in tables:
        cells = {len(re.split(r"(?<!\\)\|", row)) for row in table}
        assert len(cells) == 1, table[0]


def test_period_length_in_heading(report: Report) -> None:
    week = replace(
        report, period=replace(report.period, since=report.period.until - timedelta(days=7))
    )
    assert "(7d)" in render_markdown(week).splitlines()[0]
