"""The HTML report in a real headless Chromium (Debian's): it loads with no console error and
no request beyond itself, its charts hold the right number of bars and points, it fits a
phone, follows the light/dark theme and prints light; and hostile log text is shown literally
without running anything, with or without the CSP behind the escaping.

Skipped with a reason when Chromium is missing, failed instead when the CI variable is set
(see tests/report/chromium.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl.report.build import build_report
from errctl.report.html import CSP, render_html
from errctl.report.model import SEVERITY_ORDER, Report
from tests.report.sample import AT, D, build_store

# Each payload would set document.title to PWNED, set window.pwned or log to the console if
# it ran; each must show as text instead.
PAYLOADS = (
    "<script>document.title='PWNED';window.pwned=1</script>",
    '"><img src=x onerror="document.title=\'PWNED\'">',
    "'><svg onload=\"document.title='PWNED'\"></svg>",
    "<svg><script>window.pwned=2</script></svg>",
    "javascript:document.title='PWNED'",
    '<a href="javascript:window.pwned=3">click</a>',
    "</title></style></svg></table><script>console.error('PWNED')</script>",
    "<iframe src=\"javascript:parent.document.title='PWNED'\"></iframe>",
    "<style>body{display:none}</style>",
)
HOSTILE_TITLE = " ".join(PAYLOADS)


def load(browser, tmp_path: Path, page_html: str, name: str = "report.html"):
    path = tmp_path / name
    path.write_text(page_html, encoding="utf-8")
    page = browser.page()
    page.load(path.as_uri())
    return page, path


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    store = build_store(
        tmp_path_factory.mktemp("hostile") / "store.duckdb",
        title=HOSTILE_TITLE,
        service=PAYLOADS[0] + PAYLOADS[2],
        host=PAYLOADS[1] + PAYLOADS[5],
    )
    return build_report(
        store, AT - D, AT, services=(PAYLOADS[0] + PAYLOADS[2],), hosts=(PAYLOADS[1] + PAYLOADS[5],)
    )


def test_loads_without_console_errors_or_requests(browser, tmp_path: Path, report: Report) -> None:
    page, path = load(browser, tmp_path, render_html(report))
    assert page.console_errors() == []
    assert page.requests() == [path.as_uri()]  # the page itself, nothing else
    assert page.evaluate("document.title").startswith("errctl report 2026-11-27 12:00")


def test_charts_have_a_bar_per_bucket_and_severity(browser, tmp_path: Path, report: Report) -> None:
    page, _ = load(browser, tmp_path, render_html(report))
    counts = page.evaluate(
        """JSON.stringify({
          rate: document.querySelectorAll('svg.chart-rate').length,
          series: [...document.querySelectorAll('svg.chart-rate g.series')].map(
              g => [g.getAttribute('class'), g.querySelectorAll('rect').length]),
          points: document.querySelector('svg.chart-rate polyline.rate-line')
              .points.numberOfItems,
          hits: document.querySelectorAll('svg.chart-rate g.hits rect').length,
          groups: [...document.querySelectorAll('#top svg.chart-group')].map(
              s => s.querySelectorAll('g.bars rect').length),
          rows: document.querySelectorAll('#top tbody tr').length,
          width: document.querySelector('svg.chart-rate').getBoundingClientRect().width,
        })"""
    )
    data = json.loads(counts)
    n = len(report.buckets)
    assert n == 24
    assert data["rate"] == 1
    assert data["series"] == [[f"series sev-{s}", n] for s in SEVERITY_ORDER]
    assert data["points"] == n and data["hits"] == n
    assert data["groups"] == [n] * len(report.top.groups) and data["rows"] == len(report.top.groups)
    assert data["width"] > 300  # drawn, and scaled to the page


def test_chart_bar_heights_follow_the_data(browser, tmp_path: Path, report: Report) -> None:
    page, _ = load(browser, tmp_path, render_html(report))
    # The last bucket: 20 high of 22 events; the high bar is 20/22 of the chart's top value.
    heights = json.loads(
        page.evaluate(
            """JSON.stringify([...document.querySelectorAll('svg.chart-rate g.sev-high rect')]
                .map(r => r.height.baseVal.value))"""
        )
    )
    assert heights[-1] == max(heights) > 0
    assert heights[:13] == [0] * 13


def test_fits_a_phone(browser, tmp_path: Path, report: Report) -> None:
    page, _ = load(browser, tmp_path, render_html(report))
    page.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True},
    )
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 375  # wide tables scroll inside their box, the page does not
    page.send("Emulation.clearDeviceMetricsOverride")


def _background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


def test_themes_and_print(browser, tmp_path: Path, report: Report) -> None:
    page, _ = load(browser, tmp_path, render_html(report))
    light, dark = "rgb(255, 255, 255)", "rgb(13, 17, 23)"
    feature = {"name": "prefers-color-scheme", "value": "dark"}
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": [feature]})
    assert _background(page) == dark
    page.send("Emulation.setEmulatedMedia", {"media": "print", "features": [feature]})
    assert _background(page) == light  # print is light whatever the theme
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": []})
    page, _ = load(browser, tmp_path, render_html(report, theme="light"), "light.html")
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": [feature]})
    assert _background(page) == light  # data-theme wins over the system setting
    page, _ = load(browser, tmp_path, render_html(report, theme="dark"), "dark.html")
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": []})
    assert _background(page) == dark
    page.send("Emulation.setEmulatedMedia", {"media": "", "features": []})


def _assert_inert(page) -> None:
    assert page.evaluate("document.title") != "PWNED"
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("document.querySelectorAll('script, iframe, img, a, style').length") == 1
    assert "PWNED" not in " ".join(page.console_messages())
    assert page.evaluate("getComputedStyle(document.body).display") == "block"


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_text_is_shown_literally_and_runs_nothing(
    browser, tmp_path: Path, hostile_report: Report, csp: bool
) -> None:
    page_html = render_html(hostile_report)
    if not csp:  # prove the escaping on its own, without the policy behind it
        page_html = page_html.replace(
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">', ""
        )
        assert "Content-Security-Policy" not in page_html
    page, _ = load(browser, tmp_path, page_html)
    _assert_inert(page)
    assert page.console_errors() == []  # not even a blocked attempt
    text = page.evaluate("document.body.innerText")
    for payload in PAYLOADS[:4]:
        assert payload in text  # shown as typed
    assert hostile_report.top.total == 4


def test_the_csp_alone_stops_an_unescaped_script(browser, tmp_path: Path, report: Report) -> None:
    """The second layer: were escaping ever to fail, the policy still blocks script."""
    injected = "<script>document.title='PWNED'</script><img src=x onerror=\"window.pwned=1\">"
    page_html = render_html(report).replace("</main>", injected + "</main>")
    page, _ = load(browser, tmp_path, page_html)
    assert page.evaluate("document.title") != "PWNED"
    assert page.evaluate("window.pwned === undefined")
    assert any("Content Security Policy" in e for e in page.console_errors())
