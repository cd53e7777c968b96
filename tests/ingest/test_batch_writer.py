"""Batches are stored several to a transaction; what that must never change."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import orjson
import pytest

from errctl.config.schema import Settings
from errctl.formats.jsonl import FORMAT
from errctl.ingest import pipeline
from errctl.ingest.normalize import Normalizer
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.stages import BatchStages
from errctl.models import EventFilter
from errctl.store.duckdb_store import DuckDBStore

MTIME = datetime(2024, 5, 1)


def _lines(n: int, start: int = 0) -> str:
    return "".join(
        orjson.dumps({"ts": f"2024-05-01T12:00:{i % 60:02d}Z", "msg": f"job {i} done"}).decode()
        + "\n"
        for i in range(start, start + n)
    )


def _count(db: Path, sql: str = "SELECT count(*) FROM events") -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()[0][0]


@pytest.fixture
def transactions(monkeypatch):
    """Every commit_batch call: (events stored, {source path: the offset it stores})."""
    calls: list[tuple[int, dict[str, int]]] = []
    real = DuckDBStore.commit_batch

    def spy(self, events, quarantine, sources, *rest):
        offsets = {s.path: s.offset for s in sources}
        calls.append((events.num_rows if events is not None else 0, offsets))
        return real(self, events, quarantine, sources, *rest)

    monkeypatch.setattr(DuckDBStore, "commit_batch", spy)
    return calls


def test_small_batches_of_one_source_share_a_transaction(tmp_path, monkeypatch, transactions):
    log = tmp_path / "app.jsonl"
    log.write_text(_lines(5000))
    monkeypatch.setattr(pipeline, "COMMIT_ROWS", 2_000)
    db = tmp_path / "s.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions(batch_events=500))
    sizes = [rows for rows, _ in transactions]
    assert sum(sizes) == 5000
    assert len(sizes) < 5000 / 500  # several batches to a transaction
    assert all(rows >= 2_000 for rows in sizes[:-1])
    assert transactions[-1][1] == {str(log): log.stat().st_size}  # the end as the offset
    assert _count(db) == 5000
    # Appended lines are read from the stored offset: nothing twice, nothing lost.
    with log.open("a") as f:
        f.write(_lines(700, start=5000))
    ingest([str(log)], DuckDBStore(db), IngestOptions(batch_events=500))
    assert _count(db) == 5700
    assert _count(db, "SELECT count(DISTINCT line) FROM events") == 5700


def test_small_files_share_a_transaction_each_with_its_own_offset(
    tmp_path, monkeypatch, transactions
):
    """A folder of small logs is stored in one transaction, not one a file: the events of
    both files and both offsets commit together (a crash loses both or neither)."""
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(_lines(1200))
    second.write_text(_lines(900, start=1200))
    monkeypatch.setattr(pipeline, "COMMIT_ROWS", 10_000)  # never reached
    db = tmp_path / "s.duckdb"
    ingest([str(first), str(second)], DuckDBStore(db), IngestOptions(batch_events=500))
    ends = {str(first): first.stat().st_size, str(second): second.stat().st_size}
    assert transactions == [(2100, ends)]
    with duckdb.connect(str(db), read_only=True) as con:
        offsets = dict(con.execute('SELECT path, "offset" FROM sources').fetchall())
    assert offsets == ends
    # Each file resumes at its own offset.
    with second.open("a") as f:
        f.write(_lines(30, start=2100))
    ingest([str(first), str(second)], DuckDBStore(db), IngestOptions(batch_events=500))
    assert _count(db) == 2130
    assert _count(db, "SELECT count(DISTINCT (source, line)) FROM events") == 2130


def test_a_file_read_twice_in_one_run_waits_for_its_stored_offset(tmp_path):
    """The same file named twice (and a copy of it): the second lookup must see the offset
    the first stored, though its batches would otherwise still wait for company."""
    log = tmp_path / "app.jsonl"
    log.write_text(_lines(300))
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(log.read_bytes())
    db = tmp_path / "s.duckdb"
    ingest([str(log), str(log), str(copy)], DuckDBStore(db), IngestOptions(batch_events=100))
    assert _count(db) == 300


def test_a_batch_waits_for_company_at_most_commit_wait_seconds(tmp_path, monkeypatch):
    """A slow pipe (`tail -f | errctl ingest -`) still sees its events stored promptly."""
    monkeypatch.setattr(pipeline, "COMMIT_WAIT_SECONDS", 0.05)
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.initialise()
    normalizer = Normalizer("-", tz=UTC, reference=MTIME, fallback_time=MTIME)
    normalizer.add_rows(range(1, 11), FORMAT.parse_block(_lines(10).splitlines()), "json")
    writer = pipeline._BatchWriter(store, BatchStages(Settings(), []))
    try:
        writer.submit(normalizer.take(), None, None)  # more could follow
        deadline = time.monotonic() + 10
        while store.count_events(EventFilter()) < 10:
            assert time.monotonic() < deadline, "the batch was not stored while its source was open"
            time.sleep(0.05)
    finally:
        writer.close()
        store.release()


@pytest.fixture
def stage_calls(monkeypatch):
    """The number of events of every call of the stages."""
    calls: list[int] = []
    real = BatchStages.__call__

    def spy(self, events):
        calls.append(events.num_rows)
        return real(self, events)

    monkeypatch.setattr(BatchStages, "__call__", spy)
    return calls


def test_small_files_go_through_the_stages_together(tmp_path, stage_calls):
    """Masking, mining and severity run once for a folder of small files: a stage call costs
    the same for 8 events as for 8,000 (each regex is compiled per call)."""
    for i in range(30):
        (tmp_path / f"svc{i}.jsonl").write_text(_lines(8, start=8 * i))
    db = tmp_path / "s.duckdb"
    ingest([str(tmp_path)], DuckDBStore(db), IngestOptions())
    assert stage_calls == [240]
    assert _count(db, "SELECT count(DISTINCT source) FROM events") == 30
    with duckdb.connect(str(db), read_only=True) as con:
        offsets = con.execute('SELECT path, "offset" FROM sources').fetchall()
    assert {path: offset for path, offset in offsets} == {
        str(p): p.stat().st_size for p in tmp_path.glob("*.jsonl")
    }


def test_a_big_file_after_small_ones_keeps_the_order_of_batches(tmp_path, monkeypatch, stage_calls):
    """Small files' batches wait for company, never for long: the next big file's first batch
    takes them along, in order, so mining sees every message as the files hold them."""
    monkeypatch.setattr(pipeline, "SMALL_SOURCES_ROWS", 100)
    (tmp_path / "a.jsonl").write_text(_lines(40))
    (tmp_path / "b.jsonl").write_text(_lines(1000, start=40))
    db = tmp_path / "s.duckdb"
    ingest([str(tmp_path)], DuckDBStore(db), IngestOptions(batch_events=300))
    assert sum(stage_calls) == 1040
    assert len(stage_calls) > 1  # b.jsonl came in more than one batch
    assert stage_calls[0] > 40  # a.jsonl's only batch went with b.jsonl's first
    assert _count(db) == 1040
