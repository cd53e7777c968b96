"""Every renderer against its golden file (a fixed store, a fixed --at), through the CLI as a
user runs it, and the rules each format promises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl.report.html import CSP
from errctl.report.markdown import CHAT_LIMIT, render_compact, render_markdown
from errctl.report.model import Report
from errctl.store.duckdb_store import DuckDBStore
from tests.cli_runner import run
from tests.report.golden import assert_golden
from tests.report.sample import AT_TEXT


def report_cli(db: Path, *args: str):
    return run("--db", str(db), "report", "--since", "24h", "--at", AT_TEXT, *args)


@pytest.mark.parametrize(
    ("args", "golden"),
    [
        ((), "report.txt"),
        (("--format", "markdown"), "report.md"),
        (("--format", "markdown", "--compact", "--url", "https://ci.example/run/1"), "compact.md"),
        (("--format", "json"), "report.json"),
        (("--format", "html"), "report.html"),
    ],
)
def test_golden(store: DuckDBStore, args: tuple[str, ...], golden: str) -> None:
    r = report_cli(store.path, *args)
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    assert_golden(golden, r.stdout)


def test_output_file_keeps_stdout_empty(store: DuckDBStore, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = report_cli(store.path, "--format", "html", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert "wrote the html report" in r.stderr
    assert out.read_text().startswith("<!doctype html>")


def test_output_dash_is_stdout(store: DuckDBStore) -> None:
    # `-o -` wrote a file named '-' in the current folder.
    r = report_cli(store.path, "--format", "markdown", "-o", "-")
    assert r.exit_code == 0 and r.stderr == ""
    assert r.stdout == report_cli(store.path, "--format", "markdown").stdout
    assert not Path("-").exists()


def test_output_file_in_a_folder_not_made_yet(store: DuckDBStore, tmp_path: Path) -> None:
    # A cron line's `-o reports/$(date +%F).html` on its first day, as gate's --junit takes it.
    out = tmp_path / "reports" / "2026-11-28.md"
    r = report_cli(store.path, "--format", "markdown", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert out.read_text().startswith("## ")
    r = report_cli(store.path, "-o", str(tmp_path))  # a folder: nothing to write to
    assert r.exit_code == 2 and "cannot write" in r.stderr, r.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "pdf"),
        ("--format", "text", "--compact"),
        ("--theme", "sepia", "--format", "html"),
        ("--until", "2026-11-20T00:00Z", "--since", "2026-11-21T00:00Z"),
    ],
)
def test_usage_errors_exit_2(store: DuckDBStore, args: tuple[str, ...]) -> None:
    r = report_cli(store.path, *args)
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.startswith("error:")


def test_json_is_versioned_and_parses(store: DuckDBStore) -> None:
    data = json.loads(report_cli(store.path, "--format", "json").stdout)
    assert data["schema"] == "errctl.report/1"
    assert data["totals"]["errors"] == 29
    assert len(data["series"]["buckets"]) == 24


def test_markdown_link_only_when_asked_and_allowed(report: Report) -> None:
    url = "https://ci.example/run/1"
    assert url not in render_markdown(report)
    assert f"[Full report]({url})" in render_markdown(report, report_url=url)
    for text in (
        render_markdown(report, report_url=url, links=False),
        render_compact(report, report_url=url, links=False),
    ):
        assert "http" not in text and "](" not in text
    assert len(render_compact(report, report_url=url)) < CHAT_LIMIT


def test_html_theme_override_and_csp(report: Report) -> None:
    from errctl.report.html import render_html

    assert '<html lang="en">' in render_html(report)
    assert '<html lang="en" data-theme="dark">' in render_html(report, theme="dark")
    page = render_html(report)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert "default-src 'none'" in CSP and "script" not in CSP
    # Self-contained: nothing that could fetch (no src/href, no CSS url(), no @import).
    for needle in ("src=", "href=", "url(", "@import", "<script", "<link", "<iframe"):
        assert needle not in page.lower()


def test_an_empty_period_of_old_logs_says_where_the_events_are(store: DuckDBStore) -> None:
    # The sample's events end before 2026-11-28 12:00: a report of the day after is empty.
    r = run("--db", str(store.path), "report", "--since", "24h", "--at", "2026-12-05T00:00Z")
    assert r.exit_code == 0, r.stderr
    assert "events              0" in r.stdout
    assert "hint: the store's events span " in r.stderr
    assert "for their last 24h" in r.stderr  # --at for the events' last day
    assert "hint" not in report_cli(store.path).stderr  # a period with events: no hint
    iso = run("--db", str(store.path), "report", "--since", "2026-12-01", "--at", "2026-12-05")
    assert "for all of them" in iso.stderr and "their last" not in iso.stderr


def test_first_and_last_seen_cells_mark_their_times_utc(report: Report) -> None:
    """Each group's first and last seen carry the `Z` that search, groups and show put on every
    UTC time: a row copied out of a report into a ticket or a chat loses the heading's `UTC`."""
    from errctl.report.html import render_html
    from errctl.report.text import render_text

    for width in (80, 200):  # times without their year at 80, with it at 200
        text = render_text(report, width)
        assert "bbbb000 crit       3    new " in text
        row = next(line for line in text.splitlines() if line.startswith("  bbbb000 crit"))
        assert ("11-28 09:40Z " if width == 80 else "2026-11-28 09:00Z 2026-11-28 09:40Z ") in row
    cells = '<td class="w opt">2026-11-28 09:00Z</td><td class="w opt">2026-11-28 09:40Z</td>'
    assert cells in render_html(report)
    assert "| 2026-11-28 09:00Z | 2026-11-28 09:40Z |" in render_markdown(report)
