"""Shared by the end-to-end tests of one log file: ingest a text as a file, read its events."""

from __future__ import annotations

from pathlib import Path

import duckdb

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore


def stored_events(tmp_path: Path, text: str, columns: str, rejected: int = 0) -> list[tuple]:
    """`columns` of every event of `text` ingested as a file, in line order; `rejected` lines
    rejected (none, unless told)."""
    log = tmp_path / "app.log"
    log.write_text(text)
    db = tmp_path / "store.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert summary.rejected == rejected
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT {columns} FROM events ORDER BY line").fetchall()
