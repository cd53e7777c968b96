"""`errctl gate` and `errctl baseline` end to end: golden text on stderr, exit codes 0/1/2/3,
config thresholds and flags that override them, and the files each output option writes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

row = batches.row
AA = "fp1:aaaa000000000000"
BB = "fp1:bbbb000000000000"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """Two error groups (one high, one medium) and a warning group the gate does not judge."""
    db = tmp_path / "store.duckdb"
    logs = str(tmp_path / "logs" / "app.log")
    rows = [
        row(
            source=logs,
            line=3,
            fingerprint=AA,
            message="KeyError: 'id'",
            title="KeyError: 'id'",
            template="KeyError: <*>",
            exception_type="KeyError",
            exception_value="'id'",
            severity="high",
        ),
        row(
            source=logs,
            line=9,
            fingerprint=AA,
            message="KeyError: 'id'",
            title="KeyError: 'id'",
            template="KeyError: <*>",
            exception_type="KeyError",
            exception_value="'id'",
            severity="high",
            timestamp=datetime(2024, 5, 1, 13),
        ),
        row(
            source=logs,
            line=5,
            fingerprint=BB,
            message="retry 3 failed",
            template="retry <*> failed",
            title="retry 3 failed",
        ),
        row(
            source=logs,
            line=6,
            fingerprint="fp1:cccc000000000000",
            message="slow",
            template="slow",
            title="slow",
            level="warning",
            severity="low",
        ),
    ]
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def gate(db: Path, *args: str, input: str | None = None):
    return run("--db", str(db), "gate", "--root", str(db.parent), *args, input=input)


def test_no_baseline_every_group_is_new_and_fails(store: Path) -> None:
    result = gate(store)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "FAIL  2 new group(s): more than --max-new 0\n"
        "FAIL  aaaa000  new       high          2  KeyError: 'id'\n"
        "      at logs/app.log:9: new group: not in the baseline\n"
        "FAIL  bbbb000  new       medium        1  retry <*> failed\n"
        "      at logs/app.log:5: new group: not in the baseline\n"
        "errctl gate FAILED: 2 of 2 group(s) fail (2 new, 0 known, 0 regressed; 3 event(s) at "
        "level error and above; no baseline)\n"
        "hint: no baseline file, so every group is new; to accept these, run errctl baseline "
        "write (same --db) and commit errctl-baseline.json\n"
    )


def test_baseline_write_then_the_gate_passes(store: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    written = run("--db", str(store), "baseline", "write", str(base))
    assert written.exit_code == 0, written.stderr
    assert written.stderr == f"wrote 2 group(s) to {base}\n"
    data = json.loads(base.read_text())
    assert [(g["fingerprint"], g["count"]) for g in data["groups"]] == [(AA, 2), (BB, 1)]
    result = gate(store, "--baseline", str(base))
    assert result.exit_code == 0
    assert result.stderr == (
        "errctl gate passed: 0 of 2 group(s) fail (0 new, 2 known, 0 regressed; 3 event(s) at "
        f"level error and above; baseline {base} (2 group(s)))\n"
    )
    # the default file name is picked up when it exists
    Path("errctl-baseline.json").write_text(base.read_text())
    assert gate(store).exit_code == 0


def test_fail_on_severity_and_tolerated_new_groups(store: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    base.write_text(
        json.dumps({"version": 1, "groups": [{"fingerprint": AA, "title": "k", "count": 1}]})
    )
    result = gate(store, "--baseline", str(base), "--fail-on", "high", "--max-new", "1")
    assert result.exit_code == 1
    assert result.stderr == (
        "FAIL  aaaa000  known     high          2  KeyError: 'id'\n"
        "      at logs/app.log:9: severity high: at or above --fail-on high\n"
        "new   bbbb000  new       medium        1  retry <*> failed\n"
        "      at logs/app.log:5: new group: tolerated by --max-new\n"
        "errctl gate FAILED: 1 of 2 group(s) fail (1 new, 1 known, 0 regressed; 3 event(s) at "
        f"level error and above; baseline {base} (1 group(s)))\n"
    )


def test_config_sets_thresholds_and_flags_override(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "errctl.toml"
    config.write_text('[gate]\nmax_new = 5\nfail_on = "critical"\nlevel = "warning"\n')
    result = run("--config", str(config), "--db", str(store), "gate", "--format", "json")
    assert result.exit_code == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["thresholds"]["max_new"] == 5 and verdict["thresholds"]["fail_on"] == "critical"
    assert verdict["level"] == "warning" and verdict["totals"]["groups"] == 3
    overridden = run(
        "--config", str(config), "--db", str(store), "gate", "--max-new", "0", "--format", "json"
    )
    assert overridden.exit_code == 1
    assert json.loads(overridden.stdout)["passed"] is False


def test_exit_2_for_usage_and_malformed_baselines(store: Path, tmp_path: Path) -> None:
    assert gate(store, "--fail-on", "severe").exit_code == 2
    assert gate(store, "--format", "xml").exit_code == 2
    assert gate(store, "--format", "json", "--annotations", "github").exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 9, "groups": []}')
    result = gate(store, "--baseline", str(bad))
    assert result.exit_code == 2 and "version 9" in result.stderr
    config = tmp_path / "bad.toml"
    config.write_text("[gate]\nmax_nwe = 1\n")
    result = run("--config", str(config), "--db", str(store), "gate")
    assert result.exit_code == 2 and "'max_new'" in result.stderr


def test_exit_3_for_missing_inputs(store: Path, tmp_path: Path) -> None:
    result = gate(store, "--baseline", str(tmp_path / "missing.json"))
    assert result.exit_code == 3 and "no baseline file" in result.stderr
    result = gate(tmp_path / "nostore.duckdb")
    assert result.exit_code == 3 and "no store" in result.stderr
    assert run("--db", str(store), "baseline", "update", str(tmp_path / "x.json")).exit_code == 3


def test_update_and_prune(store: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    old = {"fingerprint": "fp1:0000000000000000", "title": "gone", "count": 4}
    base.write_text(json.dumps({"version": 1, "groups": [old]}))
    up = run("--db", str(store), "baseline", "update", str(base))
    assert up.exit_code == 0 and up.stderr == f"added 2 group(s) to {base} (3 in all)\n"
    pr = run("--db", str(store), "baseline", "prune", str(base))
    assert pr.exit_code == 0 and pr.stderr == f"dropped 1 group(s) from {base} (2 left)\n"
    assert [g["fingerprint"] for g in json.loads(base.read_text())["groups"]] == [AA, BB]


def test_a_dash_is_stdout_and_stdin_not_a_file_named_dash(store: Path, tmp_path: Path) -> None:
    # `baseline write -` wrote a file named '-' in the current folder and said 'to -'.
    written = run("--db", str(store), "baseline", "write", "-")
    assert written.exit_code == 0, written.stderr
    assert written.stderr == "wrote 2 group(s) to stdout\n"
    assert not Path("-").exists()
    assert [g["fingerprint"] for g in json.loads(written.stdout)["groups"]] == [AA, BB]
    # update and prune filter a piped baseline, stdin to stdout
    old = {"fingerprint": "fp1:0000000000000000", "title": "gone", "count": 4}
    piped = json.dumps({"version": 1, "groups": [old]})
    up = run("--db", str(store), "baseline", "update", "-", input=piped)
    assert up.stderr == "added 2 group(s) to the piped baseline (3 in all)\n"
    pr = run("--db", str(store), "baseline", "prune", "-", input=up.stdout)
    assert pr.stderr == "dropped 1 group(s) from the piped baseline (2 left)\n"
    assert pr.stdout == written.stdout
    assert not Path("-").exists()
    # the gate reads one from a pipe
    result = gate(store, "--baseline", "-", input=written.stdout)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.endswith("baseline stdin (2 group(s)))\n")
    empty = gate(store, "--baseline", "-", input="")
    assert empty.exit_code == 2
    assert empty.stderr == (
        "error: stdin is not a valid errctl baseline: it is empty\n"
        "hint: rewrite it with: errctl baseline write -\n"
    )


def test_a_report_file_named_dash_goes_to_stdout(store: Path) -> None:
    # `gate --junit -` wrote a file named '-' in the current folder.
    result = gate(store, "--junit", "-")
    assert result.exit_code == 1
    assert result.stdout.startswith("<?xml") and "<testsuite" in result.stdout
    assert not Path("-").exists()
    sarif = gate(store, "--sarif", "-")
    assert json.loads(sarif.stdout)["version"] == "2.1.0"
    both = gate(store, "--junit", "-", "--format", "json")
    assert both.exit_code == 2 and both.stdout == ""
    assert "--junit - and --format json all write stdout" in both.stderr
    assert not Path("-").exists()


def test_github_annotations_step_summary_and_files(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = tmp_path / "out"
    out.mkdir()
    result = gate(
        store,
        "--junit",
        str(out / "gate.xml"),
        "--sarif",
        str(out / "gate.sarif"),
        "--codequality",
        str(out / "cq.json"),
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == "::error title=errctl gate%3A too-many-new::2 new group(s): more than --max-new 0"
    )
    assert lines[1].startswith("::error file=logs/app.log,line=9,title=errctl new group aaaa000")
    assert len(lines) == 3
    assert summary.read_text().startswith("### errctl gate failed\n")
    assert json.loads((out / "gate.sarif").read_text())["version"] == "2.1.0"
    assert len(json.loads((out / "cq.json").read_text())) == 2
    assert (out / "gate.xml").read_text().startswith('<?xml version="1.0" encoding="UTF-8"?>')
    quiet = gate(store, "--annotations", "none")
    assert quiet.stdout == ""


def test_regressions_from_the_store_lifecycle(store: Path, tmp_path: Path) -> None:
    from errctl.models import GroupState

    base = tmp_path / "base.json"
    assert run("--db", str(store), "baseline", "write", str(base)).exit_code == 0
    # AA was resolved at 12:30; its 13:00 event came after: a regression.
    resolved = GroupState(
        AA,
        status="resolved",
        resolved_at=datetime(2024, 5, 1, 12, 30),
        updated_at=datetime(2024, 5, 1, 12, 30),
    )
    DuckDBStore(store).save_group_states([resolved], [])
    assert gate(store, "--baseline", str(base)).exit_code == 0  # tolerated by default
    result = gate(store, "--baseline", str(base), "--fail-on-regression")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "FAIL  aaaa000  regressed high          2  KeyError: 'id'",
        "      at logs/app.log:9: regression: resolved, and it happened again",
    ]


def test_exit_4_for_a_store_it_cannot_open_as_documented(tmp_path: Path) -> None:
    # A CI cache restoring a truncated store: a store error (4), which the gate's help and
    # docs/ci.md's exit table must list beside 0-3, so a pipeline can tell it from findings.
    from tests.conftest import ROOT

    bad = tmp_path / "store.duckdb"
    bad.write_text("not a database\n")
    assert gate(bad).exit_code == 4
    table = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "| 4 | store error" in table
    assert "4 store error" in " ".join(run("gate", "--help").stdout.split())


def test_report_files_may_go_to_a_folder_not_made_yet(store: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports" / "errctl"
    result = gate(store, "--junit", str(reports / "gate.xml"), "--sarif", str(reports / "g.sarif"))
    assert result.exit_code == 1  # the verdict (two new groups), not a usage error
    assert (reports / "gate.xml").is_file() and (reports / "g.sarif").is_file()


def test_a_baselined_warning_that_now_logs_as_an_error_fails_the_gate(tmp_path: Path) -> None:
    """A CI run's logs, ingested for real: the baseline (written with --level warning) knows
    `cache miss rate high` as a warning; a later run logs it as an error. That is an error that
    was not there before: the gate fails on it, at --level warning and at the default level,
    until `baseline update` accepts it."""
    first, later = tmp_path / "first.log", tmp_path / "later.log"
    first.write_text(
        "2026-11-28 10:00:00,000 WARNING [cache] cache miss rate high for shard 3\n"
        "2026-11-28 10:01:00,000 WARNING [cache] cache miss rate high for shard 4\n"
        "2026-11-28 10:02:00,000 ERROR [db] connection refused by primary 10.0.0.5\n"
    )
    later.write_text(
        "2026-11-29 10:00:00,000 WARNING [cache] cache miss rate high for shard 3\n"
        "2026-11-29 10:01:00,000 ERROR [cache] cache miss rate high for shard 4\n"
        "2026-11-29 10:02:00,000 ERROR [db] connection refused by primary 10.0.0.6\n"
    )
    one, two, base = tmp_path / "one.duckdb", tmp_path / "two.duckdb", tmp_path / "base.json"
    assert run("--db", str(one), "ingest", "--quiet", str(first)).exit_code == 0
    assert (
        run("--db", str(one), "baseline", "write", str(base), "--level", "warning").exit_code == 0
    )
    levels = {g["title"]: g["level"] for g in json.loads(base.read_text())["groups"]}
    assert levels == {
        "cache miss rate high for shard <*>": "warning",
        "connection refused by primary <*>": "error",
    }
    assert run("--db", str(two), "ingest", "--quiet", str(later)).exit_code == 0
    for level in ("warning", "error"):
        r = gate(two, "--baseline", str(base), "--level", level)
        assert r.exit_code == 1, r.stderr
        assert "new at level error: the baseline lists it at level warning" in r.stderr
        assert "(1 new, 1 known, 0 regressed;" in r.stderr
    r = run("--db", str(two), "baseline", "update", str(base), "--level", "warning")
    assert r.exit_code == 0 and "raised the level of 1 that rose above it" in r.stderr
    assert gate(two, "--baseline", str(base), "--level", "warning").exit_code == 0
    # A baseline written before entries had levels keeps its meaning: known at any level.
    data = json.loads(base.read_text())
    for g in data["groups"]:
        g.pop("level")
        g["count"] = 2
    base.write_text(json.dumps(data))
    assert gate(two, "--baseline", str(base)).exit_code == 0


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--service", "apj"), "no stored event's service is apj (did you mean api?)"),
        (("--service", "api", "--service", "billing"), "no stored event's service is billing"),
        # the value typed, never the glob made of it (the message said `matches *other.log*`)
        (("--source", "other.log"), "error: no stored event's source contains other.log\n"),
        (("--source", "/srv/*.log"), "error: no stored event's source matches /srv/*.log\n"),
    ],
)
def test_a_filter_no_stored_event_has_is_refused_not_passed(store: Path, args, said) -> None:
    # A gate whose --service is a typo judged no group and passed: green CI that checked nothing.
    result = gate(store, "--max-new", "9", *args)
    assert result.exit_code == 3 and said in result.stderr
    assert gate(store, "--max-new", "9", "--service", "api").exit_code == 0


def test_a_baseline_of_a_filter_no_stored_event_has_is_refused(store: Path, tmp_path) -> None:
    base = tmp_path / "base.json"
    result = run("--db", str(store), "baseline", "write", str(base), "--service", "apj")
    assert result.exit_code == 3 and "did you mean api?" in result.stderr
    assert not base.exists()
