"""An event the store refuses costs its own line, not the file: if ingest ever makes a value
no column takes (the scrubber once turned an Authelia error text into JSON that did not
parse, and the whole log was lost with exit 4), the other events land, the refused one is
quarantined and counted as rejected, and stderr says so. The fault is injected into the
stages, as a bug of ours would put it there."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from errctl.ingest.stages import BatchStages
from tests.cli_runner import run

LINES = [
    '{"ts": "2024-05-01T12:00:00Z", "level": "info", "msg": "before"}',
    '{"ts": "2024-05-01T12:00:01Z", "level": "error", "msg": "POISON here", "user": "u1"}',
    '{"ts": "2024-05-01T12:00:02Z", "level": "error", "msg": "after"}',
]


@pytest.fixture
def poisoned_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages give the POISON event attributes that are not JSON."""
    stages = BatchStages.__call__

    def poisoning(self: BatchStages, events: pa.Table) -> pa.Table:
        events = stages(self, events)
        poisoned = pc.match_substring(events.column("message"), "POISON")
        column = events.schema.get_field_index("attributes")
        broken = pc.if_else(poisoned, pa.scalar('{"k": "Invalid": }'), events.column(column))
        return events.set_column(column, "attributes", broken)

    monkeypatch.setattr(BatchStages, "__call__", poisoning)


def test_a_refused_event_is_quarantined_and_the_file_still_lands(
    tmp_path: Path, poisoned_stages: None
):
    log = tmp_path / "app.jsonl"
    log.write_text("\n".join(LINES) + "\n")
    db = str(tmp_path / "s.duckdb")

    result = run("--db", db, "ingest", str(log), "--summary", "json")

    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["events"], summary["rejected"]) == (2, 1)
    assert "the store refused 1 event(s) (Conversion Error: Malformed JSON" in result.stderr
    searched = run("--db", db, "search", "--format", "ndjson", "--oldest-first")
    assert [json.loads(x)["message"] for x in searched.stdout.splitlines()] == [
        "before",
        "after",
    ]
    quarantined = run("--db", db, "quarantine", "--format", "ndjson")
    (q,) = [json.loads(x) for x in quarantined.stdout.splitlines()]
    assert (q["line"], q["source"]) == (2, str(log))
    assert q["reason"].startswith("refused by the store: Conversion Error: Malformed JSON")
    assert "POISON here" in q["raw"]
    # Read to its end: a second run adds nothing and refuses nothing again.
    again = run("--db", db, "ingest", str(log), "--summary", "json")
    assert json.loads(again.stdout)["events"] == 0
    assert "refused" not in again.stderr
