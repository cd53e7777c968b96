"""`errctl prune`: the cutoff from the option or the config, dry runs, output, usage errors."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from errctl.query.timespec import utc_now
from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

OLD, LIVE = "fp1:bbbb000000000000", "fp1:cccc000000000000"


@pytest.fixture
def store(db: Path) -> Path:
    now = utc_now()
    rows = [
        {"line": 1, "fingerprint": OLD, "timestamp": now - timedelta(days=40), "title": "old"},
        {"line": 2, "fingerprint": OLD, "timestamp": now - timedelta(days=35), "title": "old"},
        {"line": 3, "fingerprint": LIVE, "timestamp": now - timedelta(days=1), "title": "live"},
    ]
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def cli(db: Path, *args: str):
    return run("--db", str(db), *args)


def _counts(db: Path) -> dict[str, int]:
    counts = DuckDBStore(db).table_counts()
    return {"events": counts["events"], "groups": counts["groups"]}


def test_dry_run_then_prune_by_option(store: Path) -> None:
    r = cli(store, "prune", "--older-than", "30d", "--dry-run")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("would remove what is older than ")
    assert "  events: 2\n" in r.stdout and "  groups with no newer event: 1\n" in r.stdout
    assert _counts(store) == {"events": 3, "groups": 2}
    r = cli(store, "prune", "--older-than", "30d", "--format", "json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    assert (out["events"], out["groups"], out["dry_run"]) == (2, 1, False)
    assert r.stderr == ""  # 30 days is more than escalation's history: no warning
    assert _counts(store) == {"events": 1, "groups": 1}


def test_the_configured_retention_is_the_default_cutoff(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "errctl.toml"
    config.write_text('[store]\nretention = "38d"\n', encoding="utf-8")
    r = run("--config", str(config), "--db", str(store), "prune", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["events"] == 1  # the event 40 days old, not the one 35
    assert _counts(store) == {"events": 2, "groups": 2}
    # The option wins over the config.
    r = run("--config", str(config), "--db", str(store), "prune", "--older-than", "2d", "-q")
    assert (r.exit_code, r.stdout) == (0, "")
    assert _counts(store) == {"events": 1, "groups": 1}


def test_a_bad_retention_in_the_config_is_a_config_error(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "errctl.toml"
    config.write_text('[store]\nretention = "a month"\n', encoding="utf-8")
    r = run("--config", str(config), "--db", str(store), "prune")
    assert r.exit_code == 2
    assert "store.retention must be a duration" in r.stderr


def test_without_a_cutoff_or_with_one_in_the_future_nothing_is_removed(store: Path) -> None:
    r = cli(store, "prune")
    assert r.exit_code == 2 and r.stdout == ""
    assert "prune needs a cutoff" in r.stderr and "--older-than 30d" in r.stderr
    r = cli(store, "prune", "--older-than", "2999-01-01")
    assert r.exit_code == 2 and "in the future" in r.stderr
    r = cli(store, "prune", "--older-than", "a while")
    assert r.exit_code == 2 and "not a time" in r.stderr
    assert _counts(store) == {"events": 3, "groups": 2}


@pytest.mark.parametrize("spec", ["0d", "0m", "now"])
def test_a_cutoff_of_now_is_refused_not_an_emptied_store(store: Path, spec: str) -> None:
    # --older-than 0d removed every event, group and quarantined line, and exited 0.
    r = cli(store, "prune", "--older-than", spec)
    assert r.exit_code == 2 and r.stdout == ""
    assert f"--older-than {spec} is now: it would remove every event" in r.stderr
    assert _counts(store) == {"events": 3, "groups": 2}


def test_pruning_inside_escalations_history_warns_on_stderr(store: Path) -> None:
    r = cli(store, "prune", "--older-than", "2d", "--format", "json")
    assert r.exit_code == 0
    assert "escalation compares the last 1h with the 7 days before it" in r.stderr
    assert json.loads(r.stdout)["events"] == 2


def test_a_resolved_group_pruned_comes_back_regressed(store: Path) -> None:
    assert cli(store, "resolve", "bbbb0").exit_code == 0
    assert cli(store, "prune", "--older-than", "30d", "-q").exit_code == 0
    assert "bbbb" not in cli(store, "groups").stdout
    DuckDBStore(store).commit_batch(
        batches.batch([{"line": 9, "fingerprint": OLD, "timestamp": utc_now(), "title": "old"}]),
        None,
        None,
    )
    shown = json.loads(cli(store, "show", "bbbb0", "--format", "json").stdout)
    assert shown["status"] == "unresolved" and shown["regressed"] is True


def test_an_ignored_group_pruned_stays_ignored_when_it_returns(store: Path) -> None:
    assert cli(store, "ignore", "bbbb0").exit_code == 0
    assert cli(store, "prune", "--older-than", "30d", "-q").exit_code == 0
    DuckDBStore(store).commit_batch(
        batches.batch([{"line": 9, "fingerprint": OLD, "timestamp": utc_now(), "title": "old"}]),
        None,
        None,
    )
    shown = json.loads(cli(store, "show", "bbbb0", "--format", "json").stdout)
    assert shown["status"] == "ignored"
    assert "bbbb" not in cli(store, "top", "--since", "1h").stdout


@pytest.mark.parametrize("dry_run", [(), ("--dry-run",)])
def test_pruning_where_no_store_is_says_so_and_creates_none(tmp_path: Path, dry_run) -> None:
    # A mistyped --db must not be answered by a new, empty store and exit 0.
    missing = tmp_path / "none.duckdb"
    result = cli(missing, "prune", "--older-than", "30d", *dry_run)
    assert result.exit_code == 4
    assert "no store at" in result.stderr and result.stdout == ""
    assert not missing.exists()
