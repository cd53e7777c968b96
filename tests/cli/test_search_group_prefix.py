"""`search fingerprint:ID` names one group, as `show ID` does: a prefix two groups share is an
error listing them (it used to return both groups' events, mixed, as if they were one), a
prefix too short says so, and a prefix of no group finds no events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

A, B, C = "fp1:3f2a9c1000000000", "fp1:3f2a7e4000000000", "fp1:77c0e12000000000"


@pytest.fixture
def store(db: Path) -> Path:
    rows = [
        {"fingerprint": A, "message": "charge timed out", "template": "charge timed out",
         "title": "charge timed out"},
        {"fingerprint": B, "message": "disk full on /var", "template": "disk full on <*>",
         "title": "disk full on /var"},
        {"fingerprint": C, "message": "cache miss storm", "template": "cache miss storm",
         "title": "cache miss storm"},
    ]  # fmt: skip
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def messages(db: Path, query: str) -> list[str]:
    r = run("--db", str(db), "search", query, "--format", "ndjson")
    assert r.exit_code == 0, r.stderr
    return [json.loads(line)["message"] for line in r.stdout.splitlines()]


def test_a_prefix_two_groups_share_is_an_error_that_lists_them(store: Path) -> None:
    r = run("--db", str(store), "search", "fingerprint:3f2a")
    assert r.exit_code == 2, r.stdout
    assert r.stdout == ""
    assert "the group id '3f2a' is ambiguous" in r.stderr, r.stderr
    assert "3f2a9c1" in r.stderr and "3f2a7e4" in r.stderr, r.stderr


def test_a_unique_prefix_or_the_whole_id_names_one_group(store: Path) -> None:
    assert messages(store, "fingerprint:3f2a9") == ["charge timed out"]
    assert messages(store, "fp:3F2A7E") == ["disk full on /var"]  # as show takes it
    assert messages(store, f"fingerprint:{C}") == ["cache miss storm"]


def test_a_prefix_of_no_group_finds_nothing_and_a_short_one_is_refused(store: Path) -> None:
    assert messages(store, "fingerprint:dead") == []
    r = run("--db", str(store), "search", "fingerprint:3f")
    assert r.exit_code == 2 and "too short" in r.stderr, r.stderr


def test_the_stored_fingerprint_form_still_takes_any_prefix(store: Path) -> None:
    # `fingerprint:=` is documented as "this fingerprint, or those that start so".
    assert sorted(messages(store, "fingerprint:=3f2a")) == ["charge timed out", "disk full on /var"]
