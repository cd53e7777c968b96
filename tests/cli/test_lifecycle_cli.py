"""`errctl resolve / ignore / reopen / merge`, and `show` with the history."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

A, B = "fp1:aaaa000000000000", "fp1:aaaa100000000000"
T = datetime(2026, 11, 28, 10, 0)


@pytest.fixture
def store(db: Path) -> Path:
    rows = [{"fingerprint": fp, "timestamp": T, "title": fp[4:8], "template": fp} for fp in (A, B)]
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def cli(db: Path, *args: str):
    return run("--db", str(db), *args)


def test_resolve_reopen_and_history_in_show(store: Path, monkeypatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "carol")
    r = cli(store, "resolve", "aaaa0", "--note", "fixed in 2.4", "--at", "2026-11-28T11:00Z")
    assert (r.exit_code, r.stdout) == (0, "aaaa000  unresolved -> resolved\n")
    shown = json.loads(cli(store, "show", "aaaa0", "--format", "json").stdout)
    assert shown["status"] == "resolved"
    assert shown["history"] == [
        {
            "at": "2026-11-28T11:00:00.000000Z",
            "action": "resolve",
            "actor": "carol",
            "note": "fixed in 2.4",
            "details": None,
        }
    ]
    r = cli(store, "reopen", "aaaa0", "--format", "json", "--at", "2026-11-28T11:30Z")
    assert json.loads(r.stdout)[0]["after"] == "unresolved"
    text = cli(store, "show", "aaaa0").stdout
    assert "status    unresolved" in text
    assert "2026-11-28 11:00:00Z  resolve  carol" in text and "fixed in 2.4" in text
    assert "reopen" in text


def test_ignore_options_and_merge(store: Path) -> None:
    r = cli(store, "ignore", "aaaa0", "--until-count", "5", "--until-rate", "10/1h")
    assert r.exit_code == 0 and "-> ignored" in r.stdout
    shown = json.loads(cli(store, "show", "aaaa0", "--format", "json").stdout)
    assert shown["history"][0]["details"] == {"until_count": 5, "until_rate": "10/1h"}
    assert cli(store, "ignore", "aaaa0", "--until-rate", "10/30m").exit_code == 2
    r = cli(store, "merge", "aaaa1", "aaaa0", "--note", "same")
    assert (r.exit_code, r.stdout) == (0, "aaaa000  ignored -> merged\n")
    shown = json.loads(cli(store, "show", "aaaa0", "--format", "json").stdout)
    assert (shown["status"], shown["merged_into"]) == ("merged", B)


def test_ambiguous_prefix_is_a_usage_error(store: Path) -> None:
    r = cli(store, "resolve", "aaa")
    assert r.exit_code == 2 and "too short" in r.stderr
    r = cli(store, "resolve", "aaaa")
    assert r.exit_code == 2 and "ambiguous" in r.stderr
    assert cli(store, "resolve", "aaaa0", "--format", "xml").exit_code == 2


def test_ignore_until_a_bad_time_says_a_duration_counts_from_now(store: Path) -> None:
    """For ignore, `--until 2d` is two days from now: the hint of a bad time said "a duration
    ago", as it does for --since."""
    r = cli(store, "ignore", "aaaa0", "--until", "bogus")
    assert r.exit_code == 2
    assert "not a time: 'bogus'" in r.stderr
    assert "a duration from now (2h, 3d, 1w)" in r.stderr and " ago" not in r.stderr


@pytest.mark.parametrize("rate", ["0/1h", "0/1d", "00/2h"])
def test_an_ignore_until_a_rate_of_0_is_a_usage_error(store: Path, rate: str) -> None:
    # Accepted, it ended the ignore at once: every hour holds 0 events or more.
    r = cli(store, "ignore", "aaaa0", "--until-rate", rate)
    assert r.exit_code == 2 and f"the rate '{rate}' is 0 events" in r.stderr
    shown = json.loads(cli(store, "show", "aaaa0", "--format", "json").stdout)
    assert shown["status"] != "ignored" and shown["history"] == []


def test_a_change_dated_back_that_does_not_hold_now_says_so(store: Path) -> None:
    # Resolved as of 09:00, before the 10:00 event: it printed `-> resolved`, while top and
    # show called the group REGRESSED at once.
    r = cli(store, "resolve", "aaaa0", "--at", "2026-11-28T09:00Z")
    assert r.stdout == (
        "aaaa000  unresolved -> resolved  (now regressed: an event at 2026-11-28 10:00 UTC "
        "came after it)\n"
    )
    ignore = ("ignore", "aaaa1", "--until-count", "1", "--at", "2026-11-28T09:00Z")
    record = json.loads(cli(store, *ignore, "--format", "json").stdout)[0]
    assert (record["after"], record["now"]) == ("ignored", "unresolved")
    assert record["why"] == "the ignore's count condition was met since"
    # Dated after the event, it holds: nothing more said.
    assert cli(store, "resolve", "aaaa0", "--at", "2026-11-28T11:00Z").stdout == (
        "aaaa000  regressed -> resolved\n"
    )


def test_acting_on_a_merged_group_names_the_target_by_its_short_id(store: Path) -> None:
    # It named the stored fingerprint, fp1:aaaa000000000000, no id top or groups shows.
    assert cli(store, "merge", "aaaa0", "aaaa1").exit_code == 0
    r = cli(store, "resolve", "aaaa1")
    assert r.exit_code == 2
    assert "error: the group 'aaaa1' was merged into aaaa000\n" in r.stderr
