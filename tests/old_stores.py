"""Stores as an earlier errctl left them, for the tests of the migrations that bring them up."""

from __future__ import annotations

from pathlib import Path

import duckdb

from errctl.store import migrations


def store_at(path: Path, version: int) -> duckdb.DuckDBPyConnection:
    """A connection to the store at `path` with the migrations up to `version` applied (the
    schema errctl wrote then), and none after; the next DuckDBStore to open it migrates it."""
    con = duckdb.connect(str(path))
    real = migrations.MIGRATIONS
    try:
        migrations.MIGRATIONS = real[:version]
        migrations.migrate(con)
    finally:
        migrations.MIGRATIONS = real
    return con
