"""The text report fits its width: the terminal's, COLUMNS, or 80 when piped. It used to be
about 150 columns wide whatever the terminal, each title cut at 70 characters after 100
columns of fixed ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from errctl.report.build import build_report
from errctl.report.text import render_text
from errctl.store.duckdb_store import DuckDBStore
from tests.cli.test_terminal_width import on_terminal
from tests.report.sample import AT, AT_TEXT, D, build_store

LONG = "com.acme.billing.provider.PaymentProviderException: paystream answered late for"


@pytest.fixture(scope="module")
def long_titles(tmp_path_factory: pytest.TempPathFactory) -> DuckDBStore:
    """The sample store with every title 80 characters longer, alike up to its last word."""
    return build_store(tmp_path_factory.mktemp("long") / "store.duckdb", title=LONG)


def _titles(text: str) -> list[list[str]]:
    """The titles each group table shows (from under its header's TITLE, badges left out)."""
    tables: list[list[str]] = []
    rows: list[str] | None = None
    at = 0
    for line in text.splitlines():
        if line.startswith("  ID ") and line.endswith("TITLE"):
            rows, at = [], line.index("TITLE")
            tables.append(rows)
        elif rows is not None and line.startswith("  ") and not line.startswith("  ..."):
            words = line[at:].split(" ")
            while words[0] in ("NEW", "REGRESSED", "ESCALATING"):
                words.pop(0)
            rows.append(" ".join(words))
        else:
            rows = None
    return tables


@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_text_report_fits_its_width(long_titles: DuckDBStore, width: int) -> None:
    text = render_text(build_report(long_titles, AT - D, AT), width)
    assert max(len(line) for line in text.splitlines()) <= width
    tables = _titles(text)
    assert len(tables) == 4 and all(tables)
    for titles in tables:
        # Every row shows the start of its title, and no two titles read the same (the titles
        # are alike for 80 characters: cut there, they are told apart by their ends). At 80,
        # under ESCALATING, that start is 5 characters since LAST's `Z` took one.
        assert all(title.startswith("com.a") for title in titles), titles
        assert len(set(titles)) == len(titles), titles


def test_text_report_piped_without_columns_is_80_wide(
    store: DuckDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.cli_runner import run

    monkeypatch.delenv("COLUMNS")
    r = run("--db", str(store.path), "report", "--since", "24h", "--at", AT_TEXT)
    assert r.exit_code == 0, r.stderr
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    assert "KeyError: 'customer_id'" in r.stdout


def test_text_report_on_a_terminal_fits_it(long_titles: DuckDBStore) -> None:
    lines = on_terminal(Path(long_titles.path), "report", "--since", "24h", "--at", AT_TEXT,
                        columns=90)  # fmt: skip
    assert max(len(line) for line in lines) <= 90, lines
    assert any(line.endswith("TITLE") for line in lines), lines


def test_the_summary_folds_on_a_narrow_width_where_it_was_cut(store: DuckDBStore) -> None:
    # At 60 columns the figures' ends were cut: `1 new, 1 regressed, 1…` lost what the last
    # count was of, `median 6h,…` the mean time to resolve, the period its length.
    lines = render_text(build_report(store, AT - D, AT), 60).splitlines()
    assert max(len(line) for line in lines) <= 60
    assert lines[:10] == [
        "errctl report  2026-11-27 12:00 .. 2026-11-28 12:00 UTC",
        "               (24h)",
        "",
        "events             89    +29% vs the 24h before (69)",
        "errors             29   +222% vs the 24h before (9)",
        "error rate      32.6%  +19.5 pt (was 13.0%)",
        "groups              4  with 37 events: 1 new, 1 regressed, 1",
        "                       escalating",
        "resolved            3  group(s); time to resolve: median 6h,",
        "                       mean 12h",
    ]
    # At 80 nothing folds.
    wide = render_text(build_report(store, AT - D, AT), 80).splitlines()
    assert wide[5] == "groups              4  with 37 events: 1 new, 1 regressed, 1 escalating"
