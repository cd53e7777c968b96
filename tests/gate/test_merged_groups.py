"""A baseline written before a takeover at ingest knows the taker by the group it took over:
the gate judges the taker (counted as top counts it) as known. A group someone merged with
`errctl merge` does not make its target known."""

from __future__ import annotations

import json
from pathlib import Path

from errctl.gate.baseline import Baseline, BaselineEntry, pruned, read_baseline, write_baseline
from errctl.gate.judge import Thresholds, judge
from errctl.query import lifecycle
from tests.cli_runner import run
from tests.gate.helpers import baseline, group
from tests.takeovers import ALICE, DISKS, OTHER, SDA, USERS, taken_over_store

FIRST = "2024-05-01T08:00:00Z ERROR user alice logged in from 10.0.0.1\n"
LATER = (
    "2024-05-01T09:00:00Z ERROR user bob logged in from 10.0.0.2\n"
    "2024-05-01T09:10:00Z ERROR user carol logged in from 10.0.0.3\n"
    "2024-05-01T09:20:00Z ERROR user dave logged in from 10.0.0.4\n"
)


def test_judge_knows_a_group_by_the_groups_it_took_over():
    taker = group("b0b0", count=6)
    base = baseline(("a11c", 2), ("5da0", 1))
    taken = {taker.fingerprint: [f"fp1:{'a11c':0<16}", f"fp1:{'5da0':0<16}"]}
    v = judge([taker], base, Thresholds(max_growth=0.0), taken_over=taken)
    assert [(g.status, g.baseline_count, g.failing) for g in v.groups] == [("known", 3, False)]
    assert v.passed
    # Without the takeover it is new; its own entry wins over its takers'.
    assert judge([taker], base, Thresholds()).groups[0].status == "new"
    own = Baseline({**base.entries, taker.fingerprint: BaselineEntry(taker.fingerprint, "", 0)})
    v = judge([taker], own, Thresholds(), taken_over=taken)
    assert v.groups[0].status == "regressed"  # its own count 0 marks it resolved


def test_the_gate_passes_a_taker_the_baseline_knows_by_its_earlier_id(tmp_path: Path):
    log, db, base = tmp_path / "auth.log", str(tmp_path / "s.duckdb"), str(tmp_path / "b.json")
    log.write_text(FIRST)
    assert run("--db", db, "ingest", str(log)).exit_code == 0
    assert run("--db", db, "baseline", "write", base).exit_code == 0
    with log.open("a") as f:
        f.write(LATER)
    assert run("--db", db, "ingest", str(log)).exit_code == 0
    result = run("--db", db, "gate", "--baseline", base, "--format", "json")
    assert result.exit_code == 0, result.stdout
    verdict = json.loads(result.stdout)
    assert [
        (g["title"], g["status"], g["count"], g["baseline_count"]) for g in verdict["groups"]
    ] == [("user <*> logged in from <*>", "known", 4, 1)]
    assert verdict["groups"][0]["location"]["line"] == 4
    # Prune keeps the earlier id: it is how this baseline knows the group.
    assert run("--db", db, "baseline", "prune", base).exit_code == 0
    assert len(read_baseline(base)) == 1
    assert run("--db", db, "gate", "--baseline", base).exit_code == 0


def test_a_users_merge_does_not_make_its_target_known(db: Path, tmp_path: Path):
    store = taken_over_store(db)
    base = tmp_path / "b.json"
    write_baseline(base, baseline(("a11ce", 1), ("5da", 2)))
    # Someone merges USERS (known through alice) into OTHER: OTHER is judged with their
    # events, and is as new as before (the baseline is reviewed; a merge in a store is not).
    lifecycle.merge(store, OTHER, [USERS])
    result = run("--db", str(db), "gate", "--baseline", str(base), "--format", "json")
    verdict = json.loads(result.stdout)
    assert {g["fingerprint"]: (g["status"], g["count"]) for g in verdict["groups"]} == {
        OTHER: ("new", 4),  # its own, alice, bob and carol (dave logged a warning)
        DISKS: ("known", 2),
    }
    assert result.exit_code == 1


def test_a_taker_with_no_event_of_its_own_is_located_by_its_taken_groups_events(db: Path):
    taken_over_store(db)
    result = run("--db", str(db), "gate", "--format", "json")
    groups = {g["fingerprint"]: g for g in json.loads(result.stdout)["groups"]}
    assert groups[DISKS]["count"] == 2 and groups[DISKS]["location"]["line"] == 3
    assert ALICE not in groups and SDA not in groups


def test_prune_keeps_the_entries_of_merged_groups():
    base = baseline(("a11ce", 1), ("dead", 3))
    kept, dropped = pruned(base, [group("b0b0")], merged=[ALICE])
    assert list(kept.entries) == [ALICE] and dropped == 1
