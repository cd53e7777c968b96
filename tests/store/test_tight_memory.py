"""A batch too big for the writer's memory limit (duckdb_store.WRITER_CONFIG) is still stored:
a hostile file's megabyte-long exception values once failed the ingest at its COMMIT (`failed
to pin block`), and every event after them was lost."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store import duckdb_store
from errctl.store.duckdb_store import DuckDBStore
from errctl.store.migrations import default_memory_limit


def _tracebacks(n: int, value_chars: int) -> str:
    return "".join(
        f"2024-01-01 12:00:{i:02d},000 ERROR app: failed\n"
        "Traceback (most recent call last):\n"
        '  File "a.py", line 1, in f\n'
        f"ValueError: {str(i) * value_chars}\n"
        for i in range(n)
    )


def test_a_batch_over_the_writers_memory_limit_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer's limit made small, where the real one takes 36 such megabyte lines to reach.
    monkeypatch.setitem(duckdb_store.WRITER_CONFIG, "memory_limit", "4MB")
    log = tmp_path / "app.log"
    log.write_text(_tracebacks(4, 1_000_000) + "2024-01-01 12:01:00,000 INFO app: done\n")
    db = tmp_path / "store.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert (summary.events, summary.rejected) == (5, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT line, length(exception_value) FROM events ORDER BY line")
        assert rows.fetchall() == [*((1 + 4 * i, 1_000_000) for i in range(4)), (17, None)]


def test_the_writers_own_limit_is_back_after_the_retry(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "s.duckdb"), config={"memory_limit": "4MB"}) as con:
        with default_memory_limit(con):
            during = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        after = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    # DuckDB's default (80% of RAM) during; 4MB again after (as DuckDB spells it, rounded).
    assert during.endswith("GiB")
    assert after in ("3.7 MiB", "3.8 MiB")
