from __future__ import annotations

import pytest

from errctl.report.build import build_report
from errctl.report.model import Report
from errctl.store.duckdb_store import DuckDBStore
from tests.report.sample import AT, D, build_store


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> DuckDBStore:
    """The sample store, built once: the report tests only read it."""
    return build_store(tmp_path_factory.mktemp("report") / "store.duckdb")


@pytest.fixture(scope="session")
def report(store: DuckDBStore) -> Report:
    return build_report(store, AT - D, AT)


@pytest.fixture(scope="session")
def browser():
    from tests.report.chromium import Browser, require_chromium

    b = Browser(require_chromium())
    yield b
    b.close()
