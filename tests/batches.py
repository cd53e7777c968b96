"""Hand-made ingest batches, for tests that fill a store without parsing logs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyarrow as pa

from errctl.store.duckdb_store import BATCH_COLUMNS

DEFAULTS: dict[str, Any] = {
    "source": "/logs/app.log",
    "line": 1,
    "timestamp": datetime(2024, 5, 1, 12),
    "timestamp_inferred": False,
    "level": "error",
    "service": "api",
    "host": "web-1",
    "logger": None,
    "message": "boom",
    "template": "boom",
    "fingerprint": "fp1:aaaa000000000000",
    "severity": "medium",
    "exception_type": None,
    "exception_value": None,
    "stack": None,
    "trace_id": None,
    "attributes": None,
    "format": "json",
    "title": "boom",
    "category": None,
}


def row(**kw: Any) -> dict[str, Any]:
    return {**DEFAULTS, **kw}


def batch(rows: list[dict[str, Any]], **defaults: Any) -> pa.Table:
    """A table of BATCH_COLUMNS from partial rows (missing fields take `defaults`, then
    DEFAULTS)."""
    full = [{**DEFAULTS, **defaults, **r} for r in rows]
    return pa.table({c: [r[c] for r in full] for c in BATCH_COLUMNS})
