"""Ingest tunes the interpreter for a bulk run (GIL handover, garbage collector) and always
puts it back: errctl is also a library, and the caller's process must not stay changed."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from errctl.ingest import pipeline
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore


def _state() -> tuple:
    pool = pa.default_memory_pool().backend_name
    return sys.getswitchinterval(), gc.get_threshold(), gc.get_freeze_count(), pool


class _Watch:
    """A progress sink that records the interpreter's state while events are stored."""

    def __init__(self) -> None:
        self.seen: list[tuple] = []

    def start(self, total_bytes: int) -> None:
        pass

    def advance(self, nbytes: int, events: int) -> None:
        self.seen.append(_state())

    def warn(self, message: str) -> None:
        pass


def test_ingest_runs_tuned_and_restores_the_interpreter(tmp_path: Path):
    log = tmp_path / "app.jsonl"
    log.write_text('{"msg": "job done"}\n' * 50)
    before = _state()
    watch = _Watch()
    ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions(), watch)
    assert _state() == before
    switch, thresholds, frozen, pool = watch.seen[0]
    assert switch == pipeline.GIL_SWITCH_SECONDS
    assert thresholds[0] == pipeline.GC_THRESHOLD0
    assert frozen > 0  # start-up objects are left out of the collector's passes
    lean = pipeline.lean_memory_pool()
    assert pool == (lean.backend_name if lean is not None else before[-1])


def test_the_lean_pool_is_not_mimalloc():
    lean = pipeline.lean_memory_pool()
    assert lean is None or lean.backend_name in ("jemalloc", "system")
    if pa.default_memory_pool().backend_name == "mimalloc":
        assert lean is not None


def test_the_interpreter_is_restored_when_ingest_fails():
    before = _state()
    with pytest.raises(RuntimeError), pipeline._ingest_runtime():
        assert _state() != before
        raise RuntimeError("a store error, say")
    assert _state() == before
