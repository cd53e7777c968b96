"""Fuzz the whole ingest (errctl.ingest.pipeline.ingest into a real DuckDB store) with damaged
real logs, plain and gzip-compressed: nothing escapes, every line that is not blank is stored
(within an event's lines) or quarantined, the summary's counts match the store, and a second
run finds nothing new."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import time
from pathlib import Path

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore
from tests.cli_runner import run
from tests.fuzz.corpus import examples, lines_of, must_account, mutated_logs


def _stored(db: Path) -> tuple[list[int], list[int]]:
    with duckdb.connect(str(db), read_only=True) as con:
        events = [r[0] for r in con.execute("SELECT line FROM events ORDER BY line").fetchall()]
        quarantined = [r[0] for r in con.execute("SELECT line FROM quarantine").fetchall()]
    return events, quarantined


def assert_accounted(data: bytes, events: list[int], quarantined: list[int]) -> None:
    """Events start at distinct lines; each line to keep is quarantined or belongs to an
    event: it is the first line of one or follows one (a continuation)."""
    assert len(set(events)) == len(events), "two events start at one line"
    assert len(set(quarantined)) == len(quarantined), "a line quarantined twice"
    assert not set(events) & set(quarantined), "a line both stored and quarantined"
    lines = lines_of(data)
    last = len(lines)
    assert all(1 <= n <= last for n in [*events, *quarantined])
    q = set(quarantined)
    first_event = events[0] if events else last + 1
    lost = [
        line.number
        for line in lines
        if must_account(line) and line.number not in q and line.number < first_event
    ]
    assert not lost, f"lines neither stored nor quarantined: {lost}"


def _at_rest(log: Path) -> None:
    """A file written a minute ago: its last line, newline or not, is a line (a file changed a
    moment ago keeps one without a newline for the next ingest; tests/ingest/
    test_unfinished_line.py)."""
    a_minute_ago = time.time() - 60
    os.utime(log, (a_minute_ago, a_minute_ago))


def _ingest_and_check(data: bytes, name: str, fmt: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / name
        log.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        _at_rest(log)
        db = Path(tmp) / "s.duckdb"
        summary = ingest([str(log)], DuckDBStore(db), IngestOptions(format=fmt))
        (source,) = summary.sources
        events, quarantined = _stored(db)
        if source.skipped:  # judged binary: skipped as a whole, and said so
            assert source.skipped == "binary content, not a log"
            assert (events, quarantined) == ([], [])
            return
        assert source.error is None
        assert (summary.events, summary.rejected) == (len(events), len(quarantined))
        assert (summary.files, summary.skipped) == (1, 0)
        assert source.lines == len(lines_of(data))
        assert source.bytes == len(data)
        assert_accounted(data, events, quarantined)

        again = ingest([str(log)], DuckDBStore(db), IngestOptions(format=fmt))
        assert (again.events, again.rejected) == (0, 0)
        assert _stored(db) == (events, quarantined)


@examples(25, share=0.05)
@given(
    data=mutated_logs(),
    name=st.sampled_from(["app.log", "app.jsonl", "app.log.gz"]),
    fmt=st.sampled_from([None, None, "json", "logfmt", "python", "generic"]),
)
def test_ingest_stores_or_quarantines_every_line(data: bytes, name: str, fmt: str | None):
    _ingest_and_check(data, name, fmt)


@examples(5, share=0.01)
@given(data=mutated_logs())
def test_errctl_ingest_summary_adds_up(tmp_path: Path, data: bytes):
    """Through the command: exit 0, and the JSON summary matches the store."""
    with tempfile.TemporaryDirectory(dir=tmp_path) as tmp:
        log = Path(tmp) / "app.log"
        log.write_bytes(data)
        _at_rest(log)
        db = Path(tmp) / "s.duckdb"
        result = run("--db", str(db), "ingest", str(log), "--summary", "json")
        assert result.exit_code == 0, result.stderr
        summary = json.loads(result.stdout)
        events, quarantined = _stored(db)
        assert (summary["events"], summary["rejected"]) == (len(events), len(quarantined))
        if not summary["skipped"]:
            assert_accounted(data, events, quarantined)
