"""Free text and `/regex/` read the values of an event's attributes too, as grep reads the whole
line: a structured log's error is often a field beside a generic message (zap's `"error"`,
`"err": {"message": ...}`), and `errctl search timeout` must find it. Keys are no values, and
the stack trace as logged (`exception_text`) stays for `stack:` alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import found, ingested, run

RECORDS = (
    {"ts": "2024-05-01T14:00:00Z", "level": "error", "logger": "proxy",
     "msg": "request failed", "error": "upstream connect timeout after 5s", "path": "/api/v1"},
    {"ts": "2024-05-01T14:00:01Z", "level": "error", "logger": "dialer",
     "msg": "dial failed", "err": {"message": "dial tcp 10.0.0.7:443: i/o timeout", "retries": 3}},
    {"ts": "2024-05-01T14:00:02Z", "level": "info", "logger": "proxy",
     "msg": "limits loaded", "timeout_ms": 5000, "tags": ["edge", "canary"]},
    {"ts": "2024-05-01T14:00:03Z", "level": "error", "logger": "jobs",
     "msg": "job crashed", "exc_info": (
         "Traceback (most recent call last):\n"
         '  File "/srv/jobs/timeout_guard.py", line 9, in run\n'
         "    step()\n"
         "ValueError: bad step"
     )},
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return ingested(tmp_path, "app.jsonl", "".join(json.dumps(r) + "\n" for r in RECORDS))


def test_a_value_of_a_field_is_found_at_any_depth(db: Path):
    assert found(db, "timeout") == ["request failed", "dial failed"]
    assert found(db, '"I/O TIMEOUT"') == ["dial failed"]  # nested, any case
    assert found(db, "canary") == ["limits loaded"]  # an item of a list
    assert found(db, "5000") == ["limits loaded"]  # a number as it reads
    assert found(db, "/^upstream .* after \\d+s$/") == ["request failed"]  # the value alone
    assert found(db, "/10\\.0\\.0\\.\\d+:443/") == ["dial failed"]


def test_keys_and_frames_are_not_values(db: Path):
    assert found(db, "timeout_ms") == []  # a key
    assert found(db, "retries") == []  # a nested object's key
    assert found(db, "timeout_guard") == []  # a frame of the trace as logged
    assert found(db, "stack:timeout_guard") == ["job crashed"]
    assert found(db, "ValueError") == ["job crashed"]  # the chain, as before


def test_the_table_shows_the_logged_error_a_message_does_not_hold(db: Path):
    result = run("--db", str(db), "search", "timeout", "--oldest-first")
    assert result.exit_code == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert "request failed  error: upstream connect timeout after 5s" in first
    assert "dial failed  error: dial tcp 10.0.0.7:443: i/o timeout" in second  # nested


def test_a_negated_term_leaves_out_what_it_matches(db: Path):
    assert found(db, "timeout -dial") == ["request failed"]  # -dial: the value's word too
    assert found(db, "!timeout") == ["limits loaded", "job crashed"]
    assert found(db, '!"i/o timeout" -level:info') == ["request failed", "job crashed"]
    # A term over what an event lacks (no exception chain, no attributes) leaves it in.
    assert found(db, "!ValueError -/^edge$/") == ["request failed", "dial failed"]
    # A query opening with a dash, after `--` (else the shell's words read it as options).
    result = run("--db", str(db), "search", "--format", "ndjson", "--", "-level:error")
    assert result.exit_code == 0 and '"limits loaded"' in result.stdout
    assert result.stdout.count("\n") == 1
    result = run("--db", str(db), "groups", "--since", "2024-05-01", "!ValueError")
    assert result.exit_code == 0 and "request failed" in result.stdout
    assert "job crashed" not in result.stdout
