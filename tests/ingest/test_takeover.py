"""A log ingested a few lines at a time (a cron job on a growing file) groups as it does ingested
at once: the store remembers examples of each template, later runs mine their new messages with
them, and a later, more general template takes an earlier literal one over by merging its group
(`errctl.fingerprint.memory`), unless the user acted on that group."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from errctl.models import EXAMPLES_PER_TEMPLATE
from tests.cli_runner import run

FIRST = "user alice logged in from 10.0.0.1\n"
LATER = (
    "user bob logged in from 10.0.0.2\n"
    "user carol logged in from 10.0.0.3\n"
    "user dave logged in from 10.0.0.4\n"
)
GENERAL = "user <*> logged in from <*>"


def _ingest(db: Path, log: Path, *options: str) -> str:
    result = run(*options, "--db", str(db), "ingest", str(log))
    assert result.exit_code == 0, result.stderr
    return result.stderr


def _top(db: Path) -> list[tuple[str, int]]:
    result = run("--db", str(db), "top", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [(g["title"], g["count"]) for g in json.loads(result.stdout)]


def _search(db: Path) -> list[dict]:
    result = run("--db", str(db), "search", "--format", "ndjson", "--oldest-first")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_later_general_template_takes_the_early_literal_one_over(tmp_path: Path):
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    log.write_text(FIRST)
    _ingest(db, log)
    assert _top(db) == [("user alice logged in from <*>", 1)]
    with log.open("a") as f:
        f.write(LATER)
    _ingest(db, log)
    # Three new users alone are a small vocabulary (each its own template); with the
    # remembered `alice` they are a variable, and the early group joins the general one.
    assert _top(db) == [(GENERAL, 4)]
    events = _search(db)
    # A stored event keeps its template and fingerprint; its group is merged.
    assert [e["template"] for e in events] == ["user alice logged in from <*>"] + [GENERAL] * 3
    early, general = events[0]["fingerprint"], events[1]["fingerprint"]
    shown = run("--db", str(db), "show", early)
    assert shown.exit_code == 0, shown.stderr
    assert "merged" in shown.stdout and general in shown.stdout
    assert "errctl ingest" in shown.stdout and "took over" in shown.stdout
    # Later runs keep it so: `alice` again is stored under the general group.
    with log.open("a") as f:
        f.write(FIRST)
    _ingest(db, log)
    assert _top(db) == [(GENERAL, 5)]
    assert _search(db)[-1]["fingerprint"] == general


def test_without_the_memory_the_same_runs_split(tmp_path: Path):
    """What the memory changes: the same two runs, the examples taken out between them."""
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    log.write_text(FIRST)
    _ingest(db, log)
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM template_examples")
    with log.open("a") as f:
        f.write(LATER)
    _ingest(db, log)
    assert len(_top(db)) == 4


def test_a_group_the_user_resolved_is_not_taken_over(tmp_path: Path):
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    log.write_text(FIRST)
    _ingest(db, log)
    early = _search(db)[0]["fingerprint"]
    assert run("--db", str(db), "resolve", early).exit_code == 0
    with log.open("a") as f:
        f.write(LATER)
    _ingest(db, log)
    events = _search(db)
    # The new messages are still mined with alice's example; alice's group stays the user's.
    assert [e["template"] for e in events[1:]] == [GENERAL] * 3
    shown = run("--db", str(db), "show", early, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["status"] == "resolved"


def test_no_takeover_when_fingerprint_rules_decide_groups(tmp_path: Path):
    log, db, config = tmp_path / "auth.log", tmp_path / "s.duckdb", tmp_path / "c.toml"
    config.write_text('[fingerprint]\nrules = ["message:*nothing-matches* -> other"]\n')
    log.write_text(FIRST)
    _ingest(db, log, "--config", str(config))
    with log.open("a") as f:
        f.write(LATER)
    _ingest(db, log, "--config", str(config))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM group_state").fetchall() == [(0,)]


def test_the_store_keeps_a_bounded_number_of_examples(tmp_path: Path):
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    names = ["".join(chr(97 + i // 26**k % 26) for k in range(3)) for i in range(100)]
    users = [f"user {name} logged in from 10.0.0.{i}" for i, name in enumerate(names)]
    for start in range(0, 100, 25):  # four runs, each offering new examples
        with log.open("a") as f:
            f.write("\n".join(users[start : start + 25]) + "\n")
        _ingest(db, log)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT template, count(*), count(DISTINCT example) FROM template_examples GROUP BY 1"
        ).fetchall()
    assert rows == [(GENERAL, EXAMPLES_PER_TEMPLATE // 2, EXAMPLES_PER_TEMPLATE // 2)]


def test_the_general_group_is_as_old_as_the_group_it_took_over(tmp_path: Path):
    """No NEW badge (nor new-group alert) for a statement first seen days ago, because a later
    run named it better."""
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    log.write_text(f"2026-11-20T10:00:00Z ERROR {FIRST}")
    _ingest(db, log)
    with log.open("a") as f:
        for line in LATER.splitlines():
            f.write(f"2026-11-28T11:30:00Z ERROR {line}\n")
    _ingest(db, log)
    result = run(
        "--db", str(db), "top", "--since", "1h", "--at", "2026-11-28T12:00:00Z", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["title"] == GENERAL and row["count"] == 3
    assert "new" not in row["badges"]
    assert row["first_seen"].startswith("2026-11-20T10:00:00")


def test_a_group_taken_over_twice_follows_its_taker(tmp_path: Path):
    """A template taken over by one that is itself taken over later: its group is merged into
    the last one (no chains, as `errctl merge` keeps them), so top counts its events and its
    later events are stored where top sees them."""
    log, db = tmp_path / "rabbit.log", tmp_path / "s.duckdb"
    first = "Feature flag `stream_queue`: mark as enabled=state_changing\n"
    log.write_text(first)
    _ingest(db, log)
    with log.open("a") as f:
        f.write("Feature flag `stream_queue`: mark as enabled=true\n")
    _ingest(db, log)
    with log.open("a") as f:
        for flag in ("user_limits", "virtual_host_metadata", "maintenance_mode", "mirrored"):
            f.write(f"Feature flag `{flag}`: mark as enabled=true\n")
    _ingest(db, log)
    general = "Feature flag <*>: mark as enabled=<*>"
    assert _top(db) == [(general, 6)]
    with duckdb.connect(str(db), read_only=True) as con:
        targets = con.execute("SELECT DISTINCT merged_into FROM group_state").fetchall()
    (fingerprint,) = {e["fingerprint"] for e in _search(db)[2:]}
    assert targets == [(fingerprint,)]
    with log.open("a") as f:
        f.write(first)
    _ingest(db, log)
    assert _top(db) == [(general, 7)]


def test_prune_removes_the_examples_of_the_groups_it_removes(tmp_path: Path):
    """`errctl prune` takes a group's examples with it: they are no memory of any template
    stored any more, and would otherwise stay in the store forever."""
    log, db = tmp_path / "auth.log", tmp_path / "s.duckdb"
    log.write_text(
        "2026-10-01T10:00:00Z ERROR disk quota exceeded on /srv/old\n"
        "2026-11-28T10:00:00Z ERROR user alice logged in from 10.0.0.1\n"
    )
    _ingest(db, log)
    pruned = run("--db", str(db), "prune", "--older-than", "2026-11-01")
    assert pruned.exit_code == 0, pruned.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute("SELECT template FROM template_examples").fetchall()
    assert kept == [("user alice logged in from <*>",)]


def test_only_the_messages_of_events_are_mined_and_remembered(tmp_path: Path):
    """Masking first masks a message by its digits' shape (`code: 200` as `code: 100`) and
    masks it again from its own text when the mask keeps a digit: only that second mask is a
    message of the log. Mining the first too stored examples of templates no event has, and
    gave the batch values its log never had."""
    log, db = tmp_path / "haproxy.log", tmp_path / "s.duckdb"
    log.write_text(
        "Server web/app1 is UP, reason: Layer7 check passed, code: 200, check duration: 2ms.\n"
        "Server web/app2 is DOWN, reason: Layer7 wrong status, code: 503, check duration: 3ms.\n"
    )
    _ingest(db, log)
    with duckdb.connect(str(db), read_only=True) as con:
        examples = con.execute("SELECT example FROM template_examples ORDER BY 1").fetchall()
        orphans = con.execute(
            "SELECT template FROM template_examples "
            "WHERE template NOT IN (SELECT template FROM events)"
        ).fetchall()
    assert orphans == []
    assert [e for (e,) in examples if "code: 200" in e or "code: 503" in e] == [
        e for (e,) in examples
    ]
