"""`errctl reclassify`: stored events follow the current severity rules, batch by batch."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from errctl.config.loader import load_file
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.reclassify import reclassify
from errctl.store.duckdb_store import DuckDBStore
from tests.cli_runner import run

LINES = [
    {"level": "error", "service": "api", "message": "upstream 1 failed", "http": {"status": 503}},
    {"level": "error", "service": "api", "message": "upstream 2 failed", "http": {"status": 404}},
    {"level": "warning", "service": "web", "message": "worker 7 out of memory"},
    {"level": "info", "service": "web", "message": "card declined for order 9"},
] * 3

RULES = """
[[severity.rules]]
name = "api 5xx"
service = "api"
attributes = { "http.status" = "5*" }
severity = "critical"
category = "network"

[[severity.rules]]
name = "payments"
message = "*declined*"
severity = "high"
category = "payment"
"""


def stored(db: Path) -> tuple[list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute("SELECT severity, category FROM events ORDER BY id").fetchall()
        groups = con.execute(
            "SELECT template, max_severity FROM groups ORDER BY template"
        ).fetchall()
    return events, groups


def test_reclassify_applies_new_rules_in_batches(tmp_path: Path):
    log = tmp_path / "app.jsonl"
    log.write_text("".join(orjson.dumps(x).decode() + "\n" for x in LINES))
    db = tmp_path / "s.duckdb"
    store = DuckDBStore(db)
    ingest([str(log)], store, IngestOptions())
    before = stored(db)
    assert before[0][:4] == [("medium", None), ("medium", None), ("critical", None), (None, None)]
    cfg = tmp_path / "errctl.toml"
    cfg.write_text(RULES)
    settings = load_file(cfg)

    dry = reclassify(store, settings, dry_run=True, batch_events=5)
    assert (dry.severity_changed, dry.category_changed, dry.batches) == (6, 6, 3)
    assert stored(db) == before  # a dry run writes nothing

    done = reclassify(store, settings, batch_events=5)
    assert (done.severity_changed, done.category_changed, done.events) == (6, 6, 12)
    events, groups = stored(db)
    assert events[:4] == [
        ("critical", "network"),
        ("medium", None),
        ("critical", None),  # the defaults' crash sign still decides where no rule matches
        ("high", "payment"),
    ]
    assert dict(groups) == {
        "card declined for order <*>": "high",
        "upstream <*> failed": "critical",
        "worker <*> out of memory": "critical",
    }
    # What ingest with the same rules would have stored.
    fresh = tmp_path / "fresh.duckdb"
    ingest([str(log)], DuckDBStore(fresh), IngestOptions(settings=settings))
    assert stored(fresh) == (events, groups)

    again = reclassify(store, settings)
    assert (again.severity_changed, again.category_changed) == (0, 0)


def test_the_command_prints_counts(tmp_path: Path):
    log = tmp_path / "app.jsonl"
    log.write_text("".join(orjson.dumps(x).decode() + "\n" for x in LINES))
    db = tmp_path / "s.duckdb"
    assert run("--db", str(db), "ingest", str(log), "-q").exit_code == 0
    cfg = tmp_path / "errctl.toml"
    cfg.write_text(RULES)
    out = run("--config", str(cfg), "--db", str(db), "reclassify", "--dry-run")
    assert out.exit_code == 0, out.stderr
    assert "severity would change: 6 events" in out.stdout
    out = run("--config", str(cfg), "--db", str(db), "reclassify", "--format", "json")
    data = orjson.loads(out.stdout)
    assert data["severity_changed"] == 6 and data["groups_changed"] == 2


def test_reclassify_reads_a_death_logged_at_info_as_ingest_does(tmp_path: Path):
    """The store's crash test (SeverityKey) reads info lines for a death, as ingest's does."""
    lines = [
        {"level": "info", "service": "web", "message": "web.service: Main process exited, "
         "code=dumped, status=11/SEGV"},
        {"level": "info", "service": "web", "message": "oom_score_adj set to -1000"},
        {"level": "warning", "service": "web", "message": "child pid 7 exit signal Aborted (6)"},
    ]  # fmt: skip
    log = tmp_path / "app.jsonl"
    log.write_text("".join(orjson.dumps(x).decode() + "\n" for x in lines))
    db = tmp_path / "s.duckdb"
    store = DuckDBStore(db)
    ingest([str(log)], store, IngestOptions())
    expected = [("critical", None), (None, None), ("critical", None)]
    assert stored(db)[0] == expected
    cfg = tmp_path / "errctl.toml"
    cfg.write_text(RULES)
    done = reclassify(store, load_file(cfg))
    assert (done.severity_changed, done.events) == (0, 3)
    assert stored(db)[0] == expected
