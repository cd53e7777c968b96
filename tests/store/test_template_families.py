"""The families each template's messages came from (`template_families`, m015): what template
mining reads back (`DuckDBStore.template_memory`), and what removes them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from errctl.fingerprint.memory import mining_family
from errctl.models import MiningMemory, Takeover
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

SSHD, WORKER = mining_family("sshd", "syslog"), mining_family(None, "python")


def _store(db: Path) -> DuckDBStore:
    """Three message groups: `app <*>` of WORKER (seen last), `web <*>` of SSHD, and `old <*>`
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
            families=[("app <*>", WORKER), ("web <*>", SSHD), ("web <*>", SSHD)],
        ),
    )
    return store


def _families(db: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM template_families ORDER BY ALL").fetchall()


def test_the_memory_reads_each_templates_families(tmp_path: Path):
    store = _store(tmp_path / "s.duckdb")
    assert _families(tmp_path / "s.duckdb") == [("app <*>", WORKER), ("web <*>", SSHD)]
    examples, pinned, families = store.template_memory(100)
    assert list(examples) == ["old <*>", "web <*>", "app <*>"]  # least recently seen first
    assert sorted(examples["app <*>"]) == ["app x", "app y"]
    assert families == {"app <*>": {WORKER}, "web <*>": {SSHD}}
    assert pinned == set()
    examples, _, families = store.template_memory(2)  # the most recently seen only
    assert list(examples) == ["app <*>"] and families == {"app <*>": {WORKER}}


def test_a_taken_template_loses_its_families_and_a_pruned_one_too(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    store = _store(db)
    taken = Takeover("web <*>", "fp1:b000000000000000", "app <*>", "fp1:c000000000000000")
    store.commit_batch(None, None, None, MiningMemory([], [taken], [("app <*>", SSHD)]))
    assert _families(db) == sorted([("app <*>", SSHD), ("app <*>", WORKER)])
    store.prune(datetime(2026, 11, 29))
    assert _families(db) == []
