"""Batches are stored several to a transaction; what that must never change."""

from __future__ import annotations

import random
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
from errctl.store.batch_writes import BATCH_COLUMNS
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
    """Every commit_batch call: (events stored, the source offset it stores)."""
    calls: list[tuple[int, int | None]] = []
    real = DuckDBStore.commit_batch

    def spy(self, events, quarantine, source, learnt=None):
        calls.append((events.num_rows if events is not None else 0, source and source.offset))
        return real(self, events, quarantine, source, learnt)

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
    assert transactions[-1][1] == log.stat().st_size  # the last stores the end as the offset
    assert _count(db) == 5000
    # Appended lines are read from the stored offset: nothing twice, nothing lost.
    with log.open("a") as f:
        f.write(_lines(700, start=5000))
    ingest([str(log)], DuckDBStore(db), IngestOptions(batch_events=500))
    assert _count(db) == 5700
    assert _count(db, "SELECT count(DISTINCT line) FROM events") == 5700


def test_each_source_stores_its_own_offset(tmp_path, monkeypatch, transactions):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(_lines(1200))
    second.write_text(_lines(900, start=1200))
    monkeypatch.setattr(pipeline, "COMMIT_ROWS", 10_000)  # never reached: sources end first
    db = tmp_path / "s.duckdb"
    ingest([str(first), str(second)], DuckDBStore(db), IngestOptions(batch_events=500))
    assert transactions == [(1200, first.stat().st_size), (900, second.stat().st_size)]
    with duckdb.connect(str(db), read_only=True) as con:
        offsets = dict(con.execute('SELECT path, "offset" FROM sources').fetchall())
    assert offsets == {str(first): first.stat().st_size, str(second): second.stat().st_size}


def test_a_batch_waits_for_company_at_most_commit_wait_seconds(tmp_path, monkeypatch):
    """A slow pipe (`tail -f | errctl ingest -`) still sees its events stored promptly."""
    monkeypatch.setattr(pipeline, "COMMIT_WAIT_SECONDS", 0.05)
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.initialise()
    normalizer = Normalizer("-", tz=UTC, reference=MTIME, fallback_time=MTIME)
    normalizer.add_rows(range(1, 11), FORMAT.parse_block(_lines(10).splitlines()), "json")
    writer = pipeline._BatchWriter(store, BatchStages(Settings(), []))
    try:
        writer.submit(normalizer.take(), None, None, last=False)  # more could follow
        deadline = time.monotonic() + 10
        while store.count_events(EventFilter()) < 10:
            assert time.monotonic() < deadline, "the batch was not stored while its source was open"
            time.sleep(0.05)
    finally:
        writer.close()
        store.release()


def _service_log(n: int) -> list[str]:
    """JSON lines as a web service's structured logger writes them: a request line, a login,
    a retry, a cart change, each with its trace id, host, user and release."""
    rng = random.Random(7)
    services = ("orders", "auth", "cart", "payments", "search")
    lines = []
    for i in range(n):
        service = rng.choice(services)
        message = rng.choice(
            (
                f"GET /api/v1/{service}/{rng.randrange(10_000)} completed in "
                f"{rng.randrange(3, 900)}ms",
                f"User user{rng.randrange(90_000)}@example.com logged in from "
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}",
                f"Retrying request to http://{service}-db:5432/q/{rng.randrange(50_000)} "
                f"(attempt {rng.randrange(1, 5)} of 5)",
                f"Removed SKU-{rng.randrange(99_999)} from cart cart_{rng.randrange(16**8):08x}",
            )
        )
        record = {
            "timestamp": f"2026-11-27T12:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z",
            "level": rng.choice(("INFO", "INFO", "INFO", "WARNING", "ERROR")),
            "logger": f"{service}.{rng.choice(('api', 'http', 'service'))}",
            "service": service,
            "host": f"{service}-{rng.randrange(16**9):09x}-{rng.randrange(36**5):05d}",
            "message": message,
            "trace_id": f"{rng.getrandbits(128):032x}",
            "user_id": rng.choice((None, rng.randrange(100_000))),
            "env": "production",
            "version": f"2.{rng.randrange(4)}.{rng.randrange(12)}",
        }
        lines.append(orjson.dumps(record).decode())
    return lines


def test_a_transaction_of_common_json_events_fills_a_row_group():
    """Transactions are meant to hold whole row groups (COMMIT_ROWS), which DuckDB writes to the
    store directly; one cut short by the byte cap goes to its log and is written again by the
    closing checkpoint. Events of a common JSON log, as the writer holds them, must let a
    row group's worth fit under COMMIT_BYTES (at 32 MB, about 300-byte events did not)."""
    lines = _service_log(20_000)
    normalizer = Normalizer("app.jsonl", tz=UTC, reference=MTIME, fallback_time=MTIME)
    normalizer.add_rows(range(1, len(lines) + 1), FORMAT.parse_block(lines), "json")
    pending = pipeline._Pending()
    stages = BatchStages(Settings(), [])
    pending.add(stages(normalizer.take()).select(list(BATCH_COLUMNS)), None, None)
    per_event = pending.nbytes / pending.rows
    assert per_event > 200  # the events are realistic ones, not a trivial few bytes
    assert pipeline.COMMIT_ROWS * per_event < pipeline.COMMIT_BYTES
