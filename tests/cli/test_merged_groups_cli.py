"""After a takeover at ingest (a cron job's later run finds `user <*> logged in from <*>`
where the first run saw `user alice ...` alone), groups, show and search see the group as top
counts it: the taken-over group's events are the taker's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.takeovers import DISKS, OTHER, USERS, taken_over_store

FIRST = "2024-05-01T08:00:00Z ERROR user alice logged in from 10.0.0.1\n"
LATER = (
    "2024-05-01T09:00:00Z ERROR user bob logged in from 10.0.0.2\n"
    "2024-05-01T09:10:00Z ERROR user carol logged in from 10.0.0.3\n"
    "2024-05-01T09:20:00Z ERROR user dave logged in from 10.0.0.4\n"
)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture
def taken(tmp_path: Path) -> tuple[str, str, str]:
    """(db, the taker's fingerprint, the taken group's), from two ingest runs."""
    log, db = tmp_path / "auth.log", str(tmp_path / "s.duckdb")
    log.write_text(FIRST)
    ok("--db", db, "ingest", str(log))
    with log.open("a") as f:
        f.write(LATER)
    ok("--db", db, "ingest", str(log))
    events = [
        json.loads(line)
        for line in ok("--db", db, "search", "--oldest-first", "--format", "ndjson").splitlines()
    ]
    early, general = events[0]["fingerprint"], events[1]["fingerprint"]
    assert early != general
    return db, general, early


def test_groups_counts_the_taker_as_top_does_and_hides_the_taken(taken):
    db, general, early = taken
    top = json.loads(ok("--db", db, "top", "--since", "2024-05-01", "--format", "json"))
    listed = json.loads(ok("--db", db, "groups", "--format", "json"))
    assert [(g["fingerprint"], g["count"]) for g in top] == [(general, 4)]
    assert [(g["fingerprint"], g["count"]) for g in listed] == [(general, 4)]
    assert listed[0]["first_seen"] == "2024-05-01T08:00:00.000000Z"
    every = json.loads(ok("--db", db, "groups", "--all", "--format", "json"))
    assert {g["fingerprint"]: (g["count"], g["merged_into"]) for g in every} == {
        general: (4, None),
        early: (1, general[4:11]),
    }
    table = ok("--db", db, "groups", "--all")
    assert f"[merged into {general[4:11]}] user alice logged in from <*>" in table


def test_show_of_the_taker_has_the_taken_groups_events(taken):
    db, general, early = taken
    shown = ok("--db", db, "show", general)
    assert "4 event(s)" in shown
    assert f"merged in {early[4:11]}  1 event(s)  user alice logged in from <*>" in shown
    assert "(taken over at ingest)" in shown
    assert "user alice logged in from 10.0.0.1" in shown  # among the newest events
    assert "peak 3" in shown  # 08:00 holds alice, 09:00 the three others
    record = json.loads(ok("--db", db, "show", general, "--format", "json"))
    assert record["count"] == 4 and len(record["samples"]) == 4
    assert record["merged"] == [
        {
            "id": early[4:11],
            "fingerprint": early,
            "title": "user alice logged in from <*>",
            "count": 1,
            "by": "ingest",
        }
    ]


def test_show_of_the_taken_group_says_where_it_went(taken):
    db, general, early = taken
    shown = ok("--db", db, "show", early)
    head = shown.splitlines()[1]
    assert head.startswith(f"merged into {general[4:11]} (at ingest: a later template")
    assert f"errctl show {general[4:11]}" in head
    assert json.loads(ok("--db", db, "show", early, "--format", "json"))["merged_into"] == general


def test_show_and_groups_of_a_taker_with_no_event_of_its_own(db: Path):
    taken_over_store(db)
    listed = json.loads(ok("--db", str(db), "groups", "--format", "json"))
    assert {g["fingerprint"]: g["count"] for g in listed} == {USERS: 4, DISKS: 2, OTHER: 1}
    shown = ok("--db", str(db), "show", DISKS)
    assert "2 event(s)" in shown and "db-1 (2)" in shown
    assert "merged in 5da0000  2 event(s)  disk sda full" in shown


def test_search_by_the_takers_id_finds_the_taken_events_too(taken):
    db, general, early = taken

    def users(query: str) -> list[str]:
        out = ok("--db", db, "search", query, "--oldest-first", "--format", "ndjson")
        return [json.loads(line)["message"].split()[1] for line in out.splitlines()]

    assert users(f"fingerprint:{general[4:11]}") == ["alice", "bob", "carol", "dave"]
    assert users(f"fp:{general}") == ["alice", "bob", "carol", "dave"]
    assert users(f"fingerprint:={general}") == ["bob", "carol", "dave"]  # the stored ones
    assert users(f"fingerprint:{early[4:11]}") == ["alice"]


def test_top_shows_the_takers_services_with_the_taken_groups(db: Path):
    taken_over_store(db)
    out = ok("--db", str(db), "top", "--since", "2024-05-01", "--at", "2024-05-02")
    users = next(line for line in out.splitlines() if line.startswith(USERS[4:11]))
    assert users.split()[1] == "high" and "auth +1" in users  # alice: severity high, auth
    window = ("--since", "2024-05-01", "--at", "2024-05-02")
    rows = json.loads(ok("--db", str(db), "top", *window, "--format", "json"))
    found = {r["fingerprint"]: (r["services"], r["top_service"]) for r in rows}
    assert found == {USERS: (2, "auth"), DISKS: (1, "api"), OTHER: (1, "api")}


def test_top_shows_a_resolved_group_regressed_by_a_group_merged_into_it(db: Path):
    """`no route` (12:00) merged into the taker resolved at 11:30: its event is the taker's
    after the resolve, so the taker is back as REGRESSED (it was hidden as resolved, with the
    merged event)."""
    taken_over_store(db)
    ok("--db", str(db), "resolve", USERS[4:11], "--at", "2024-05-01T11:30Z")
    ok("--db", str(db), "merge", USERS[4:11], OTHER[4:11], "--at", "2024-05-01T13:00Z")
    out = ok("--db", str(db), "top", "--since", "2024-05-01", "--at", "2024-05-02")
    users = next(line for line in out.splitlines() if line.startswith(USERS[4:11]))
    assert " 5 " in users and "REGRESSED user <*> logged in from <*>" in users
    # `--at` replays the lifecycle of then: before the merge, the taker was still resolved.
    out = ok("--db", str(db), "top", "--since", "2024-05-01", "--at", "2024-05-01T12:30Z")
    assert USERS[4:11] not in out and OTHER[4:11] in out


def test_explain_of_a_taker_with_no_event_of_its_own_explains_its_template(db: Path):
    from tests.query.test_merged_groups import DISKS_TEMPLATE, taker_without_events

    _, disks, sda = taker_without_events(db)
    out = ok("--db", str(db), "explain", disks[4:11])
    assert f"the group {disks} has no events of its own: it took over 1 group(s)" in out
    assert f"stored in {sda} as 'disk sda full on host <*> after <*> retries'" in out
    lines = out.splitlines()
    assert lines[lines.index("template") + 1] == "  " + DISKS_TEMPLATE
    assert lines[lines.index("mined tokens (values in other messages of the template)") + 1] == (
        "  sda"
    )
    assert f"m|{DISKS_TEMPLATE}" in out and f"fingerprint {disks}  = fp1:" in out
    assert f"errctl explain {sda}" in out
    assert "grouped by other rules" not in out  # the taker's own template hashes to its id
