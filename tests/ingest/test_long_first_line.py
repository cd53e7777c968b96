"""A file whose first line is longer than the detection sample (64 KiB) is still detected by
what that line is, not stored as raw text because the sample cut it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.cli_runner import run


@pytest.mark.parametrize("name", ["app.jsonl", "app.jsonl.gz"])
def test_a_json_file_with_a_100_kb_first_record_is_json(tmp_path: Path, name: str) -> None:
    log = tmp_path / name
    records = [{"ts": "2026-11-28T12:00:00Z", "level": "error", "msg": "dump " + "x" * 100_000}]
    records += [
        {"ts": f"2026-11-28T12:00:0{i}Z", "level": "info", "msg": f"ok {i}"} for i in range(3)
    ]
    text = "".join(json.dumps(r) + "\n" for r in records).encode()
    log.write_bytes(gzip.compress(text) if name.endswith(".gz") else text)
    db = str(tmp_path / "store.duckdb")
    r = run("--db", db, "ingest", str(log), "--summary", "json")
    assert r.exit_code == 0, r.stderr
    (source,) = json.loads(r.stdout)["sources"]
    assert source["format"] == "json", source
    r = run("--db", db, "search", "--format", "ndjson")
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(events) == 4
    assert {e["level"] for e in events} == {"error", "info"}
    assert any(e["message"].startswith("dump xxx") for e in events)
