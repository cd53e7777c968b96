"""Names given to --service/--host that no stored event has, and the stored ones close to them."""

from __future__ import annotations

from pathlib import Path

from errctl.query.names import close_names, describe, unknown_names
from errctl.store.duckdb_store import DuckDBStore
from tests import batches


def test_unknown_names_come_with_the_close_stored_ones(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    rows = [
        {"service": "billing", "host": "web-1"},
        {"service": "checkout", "host": "web-2"},
    ]
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    found = unknown_names(DuckDBStore(db), ["billing", "biling", "zzz"], ["web-3", "web-1"])
    assert [(n.option, n.value, n.close) for n in found] == [
        ("service", "biling", ("billing",)),
        ("service", "zzz", ()),
        ("host", "web-3", found[2].close),
    ]
    assert sorted(found[2].close) == ["web-1", "web-2"]  # equally close: in either order
    assert describe(found[0]) == "no stored event's service is biling (did you mean billing?)"
    assert describe(found[1]) == "no stored event's service is zzz"


def test_close_names_fold_case() -> None:
    assert close_names("API", ["api", "worker"]) == ["api"]
