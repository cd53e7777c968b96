"""`--lock-timeout` as the user reads it when another process holds the store."""

from __future__ import annotations

from pathlib import Path

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run
from tests.lock_holder import held_by_another_process


def test_lock_timeout_zero_says_no_wait_was_asked_for(db: Path) -> None:
    """`--lock-timeout 0` said the store "stayed locked by another process for 0s", as if
    errctl had waited: it says the store is locked and that no wait was asked for. A real
    timeout keeps saying how long it waited."""
    DuckDBStore(db).commit_batch(batches.batch([{}]), None, None)
    with held_by_another_process(db):
        now = run("--db", str(db), "--lock-timeout", "0", "search", "boom")
        assert now.exit_code == 4
        assert f"error: the store {db} is locked by another process, and no wait was asked " in (
            now.stderr
        )
        assert "for 0s" not in now.stderr and "--lock-timeout" in now.stderr
        waited = run("--db", str(db), "--lock-timeout", "0.3", "search", "boom")
        assert (
            waited.exit_code == 4 and "stayed locked by another process for 0.3s" in waited.stderr
        )
