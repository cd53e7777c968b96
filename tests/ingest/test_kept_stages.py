"""`ingest --follow` keeps its miner from one round to the next (`pipeline.KeptStages`) while
no other process writes to the store: a round then skips reading every template and example
again, which took 0.4 s on a store of 20,000 templates. Whatever another process did in
between (an ingest, a resolve) makes the next round build it from the store again."""

from __future__ import annotations

from pathlib import Path

import duckdb

from errctl.ingest.pipeline import IngestOptions, KeptStages, ingest
from errctl.query.lifecycle import resolve
from errctl.store.duckdb_store import DuckDBStore


def lines(start: int, stop: int, what: str = "query") -> str:
    return "".join(
        f"2026-12-01 07:{n // 60:02d}:{n % 60:02d},000 ERROR app.db: {what} {n} failed on "
        f"shard-{n % 7}\n"
        for n in range(start, stop)
    )


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def templates(db: Path) -> list[tuple[int, str]]:
    return query(db, "SELECT line, template FROM events ORDER BY line")


def test_rounds_with_nobody_else_writing_reuse_the_miner_and_store_the_same(tmp_path: Path):
    log = tmp_path / "app.log"
    store, kept = DuckDBStore(tmp_path / "s.duckdb"), KeptStages()
    log.write_text(lines(0, 30))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    first = kept.stages
    assert first is not None
    with log.open("a") as f:
        f.write(lines(30, 60))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    assert kept.stages is first
    # The same events and templates as rounds that each built their miner from the store.
    fresh = DuckDBStore(tmp_path / "fresh.duckdb")
    other = tmp_path / "other" / "app.log"
    other.parent.mkdir()
    other.write_text(lines(0, 30))
    ingest([str(other)], fresh, IngestOptions())
    with other.open("a") as f:
        f.write(lines(30, 60))
    ingest([str(other)], fresh, IngestOptions())
    assert templates(tmp_path / "s.duckdb") == templates(tmp_path / "fresh.duckdb")
    assert len(templates(tmp_path / "s.duckdb")) == 60


def test_another_process_writing_between_rounds_rebuilds_the_miner(tmp_path: Path):
    log, elsewhere = tmp_path / "app.log", tmp_path / "cron.log"
    db = tmp_path / "s.duckdb"
    store, kept = DuckDBStore(db), KeptStages()
    log.write_text(lines(0, 10))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    first = kept.stages
    # Another errctl (its own store object, its own connection) ingests a log of its own.
    elsewhere.write_text(lines(0, 10, what="backup"))
    ingest([str(elsewhere)], DuckDBStore(db), IngestOptions())
    with log.open("a") as f:
        f.write(lines(10, 20))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    assert kept.stages is not None and kept.stages is not first
    second = kept.stages
    # ... or resolves a group.
    ((group,),) = query(db, "SELECT fingerprint FROM groups WHERE template LIKE '%backup%'")
    resolve(DuckDBStore(db), [group])
    with log.open("a") as f:
        f.write(lines(20, 30))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    assert kept.stages is not None and kept.stages is not second


def test_a_round_that_let_another_process_in_keeps_nothing(tmp_path: Path):
    """A process that announces it waits gets the store between two batches; what it wrote
    then is nothing the kept miner would know, so the round keeps nothing."""
    log = tmp_path / "app.log"
    store, kept = DuckDBStore(tmp_path / "s.duckdb"), KeptStages()
    log.write_text(lines(0, 10))
    ingest([str(log)], store, IngestOptions(), kept=kept)
    assert kept.stages is not None
    waiter = DuckDBStore(tmp_path / "s.duckdb")
    mark = waiter._announce_wait()  # as a waiting process does; this process is alive
    try:
        with log.open("a") as f:
            f.write(lines(10, 40))
        ingest([str(log)], store, IngestOptions(batch_events=5), kept=kept)
    finally:
        mark.unlink()
    assert kept.stages is None
