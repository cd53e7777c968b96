"""The families of sources each template came from (`template_families`, m015): what template
mining reads back per family (`DuckDBStore.template_memory`), and what removes them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from errctl.models import MiningMemory, Takeover
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

APP, WEB = "/logs/app", "/logs/web"


def _store(db: Path) -> DuckDBStore:
    """Three message groups: `app <*>` of APP (seen last), `web <*>` of WEB, and `old <*>`
    with no family (a store from before families were kept)."""
    store = DuckDBStore(db)
    rows = [
        ("fp1:a000000000000000", "old <*>", datetime(2026, 11, 28, 8)),
        ("fp1:b000000000000000", "web <*>", datetime(2026, 11, 28, 9)),
        ("fp1:c000000000000000", "app <*>", datetime(2026, 11, 28, 10)),
    ]
    store.commit_batch(
        batches.batch(
            [
                {"fingerprint": fp, "template": t, "title": t, "timestamp": at, "line": i}
                for i, (fp, t, at) in enumerate(rows, 1)
            ]
        ),
        None,
        None,
        MiningMemory(
            [(t, t.replace("<*>", x)) for _, t, _ in rows for x in "xy"],
            families=[("app <*>", APP), ("web <*>", WEB), ("web <*>", WEB)],
        ),
    )
    return store


def _sorted(examples: dict[str, list[str]]) -> dict[str, list[str]]:
    return {template: sorted(values) for template, values in examples.items()}


def _families(db: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM template_families ORDER BY ALL").fetchall()


def test_a_family_reads_its_own_templates_and_those_of_none(tmp_path: Path):
    store = _store(tmp_path / "s.duckdb")
    assert _families(tmp_path / "s.duckdb") == [("app <*>", APP), ("web <*>", WEB)]
    examples, pinned, families = store.template_memory(100, [APP])
    assert _sorted(examples) == {"old <*>": ["old x", "old y"], "app <*>": ["app x", "app y"]}
    assert families == {"app <*>": {APP}}
    assert pinned == set()
    examples, _, families = store.template_memory(100)  # every family
    assert list(examples) == ["old <*>", "web <*>", "app <*>"]  # least recently seen first
    assert families == {"app <*>": {APP}, "web <*>": {WEB}}


def test_the_limit_holds_for_each_family(tmp_path: Path):
    store = _store(tmp_path / "s.duckdb")
    examples, _, _ = store.template_memory(2, [APP, WEB])
    # Two of each family's (and two of those of none), the most recently seen first.
    assert _sorted(examples) == {
        "old <*>": ["old x", "old y"],
        "web <*>": ["web x", "web y"],
        "app <*>": ["app x", "app y"],
    }
    examples, _, _ = store.template_memory(2)
    assert _sorted(examples) == {"app <*>": ["app x", "app y"]}


def test_a_taken_template_loses_its_families_and_a_pruned_one_too(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    store = _store(db)
    taken = Takeover("web <*>", "fp1:b000000000000000", "app <*>", "fp1:c000000000000000")
    store.commit_batch(None, None, None, MiningMemory([], [taken], [("app <*>", WEB)]))
    assert _families(db) == [("app <*>", APP), ("app <*>", WEB)]
    store.prune(datetime(2026, 11, 29))
    assert _families(db) == []


def test_a_folder_reads_the_families_of_its_programs(tmp_path: Path):
    from errctl.fingerprint.memory import mining_family

    db = tmp_path / "s.duckdb"
    store = _store(db)
    clamd = mining_family(f"{APP}/syslog", "clamd", "syslog")
    store.commit_batch(None, None, None, MiningMemory(families=[("web <*>", clamd)]))
    _, _, families = store.template_memory(100, [APP])
    assert families == {"app <*>": {APP}, "web <*>": {clamd}}
    assert "web <*>" not in store.template_memory(100, ["/logs"])[0]
