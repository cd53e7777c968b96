"""Hand-made ingest batches, for tests that fill a store without parsing logs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyarrow as pa

from errctl.store.batch_writes import BATCH_COLUMNS

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
    "exception_chain": None,
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


# Two events of one problem: same in-app frames, other line numbers and values.
PY_LOG = """\
2024-05-01 12:00:01,002 - app.jobs - ERROR - Job job-1a2b failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 10, in run
    total = compute(rows)
  File "/usr/lib/python3.11/site-packages/lib/x.py", line 3, in helper
    return f()
  File "/srv/app/calc.py", line 42, in compute
    return sum(r["amount"] for r in rows)
KeyError: 'amount'
2024-05-01 14:05:01,002 - app.jobs - ERROR - Job job-7c7c failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 11, in run
    total = compute(rows)
  File "/usr/lib/python3.11/site-packages/lib/x.py", line 9, in helper
    return f()
  File "/srv/app/calc.py", line 45, in compute
    return sum(r["amount"] for r in rows)
KeyError: 'total'
"""
