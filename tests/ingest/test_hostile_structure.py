"""Hostile JSON structure through `errctl ingest` (issue #10, docs/security.md): whatever a line
holds, ingest does not crash, the good lines around it land, and the odd line is either stored
(with what it held kept visible) or quarantined with a clear reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from errctl.ingest.normalize import ATTRIBUTES_MAX_BYTES, ATTRIBUTES_MAX_DEPTH
from errctl.ingest.readers import MAX_LINE_BYTES
from tests.cli_runner import run
from tests.conftest import subprocess_env

BEFORE = '{"ts": "2024-05-01T12:00:00Z", "level": "info", "msg": "before"}'
AFTER = '{"ts": "2024-05-01T12:00:02Z", "level": "error", "msg": "after"}'


def _ingest(tmp_path: Path, middle: str | bytes) -> tuple[Path, dict]:
    log = tmp_path / "hostile.jsonl"
    middle_b = middle.encode() if isinstance(middle, str) else middle
    log.write_bytes(BEFORE.encode() + b"\n" + middle_b + b"\n" + AFTER.encode() + b"\n")
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(log), "--summary", "json", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return db, json.loads(result.stdout)


def _events(db: Path) -> list[dict]:
    result = run("--db", str(db), "search", "--format", "ndjson", "--oldest-first", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    return [json.loads(x) for x in result.stdout.splitlines()]


def _quarantine(db: Path) -> list[dict]:
    result = run("--db", str(db), "quarantine", "--format", "ndjson")
    assert result.exit_code == 0, result.stderr
    return [json.loads(x) for x in result.stdout.splitlines()]


def _assert_quarantined(tmp_path: Path, middle: str, reason: str) -> None:
    db, summary = _ingest(tmp_path, middle)
    assert (summary["events"], summary["rejected"]) == (2, 1)
    assert [(e["line"], e["message"]) for e in _events(db)] == [(1, "before"), (3, "after")]
    (q,) = _quarantine(db)
    assert q["line"] == 2
    assert q["reason"] == reason


def _stored(tmp_path: Path, middle: str) -> dict:
    db, summary = _ingest(tmp_path, middle)
    assert (summary["events"], summary["rejected"]) == (3, 0)
    events = _events(db)
    assert [e["line"] for e in events] == [1, 2, 3]
    assert _quarantine(db) == []
    return events[1]


# (a) deep nesting: orjson refuses past 1024 levels; the line is quarantined, with the reason.
@pytest.mark.parametrize(
    "middle",
    [
        "[" * 100_000,
        '{"a":' * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"msg": "deep", "a": ' + "[" * 2000 + "]" * 2000 + "}",
    ],
    ids=["arrays", "objects", "closed-arrays", "closed-objects", "deep-attribute"],
)
def test_nesting_past_orjson_limit_is_quarantined_with_reason(tmp_path: Path, middle: str):
    _assert_quarantined(tmp_path, middle, "invalid JSON: depth limit exceeded")


def test_nesting_orjson_reads_but_cannot_write_is_cut_and_flagged(tmp_path: Path):
    # 500 levels: orjson reads up to 1024 but writes only 255; this used to crash ingest.
    event = _stored(tmp_path, '{"msg": "deep", "a": ' + "[" * 500 + "]" * 500 + "}")
    assert event["message"] == "deep"
    attrs = event["attributes"]
    assert attrs["truncated"] is True
    depth, value = 0, attrs["a"]
    while isinstance(value, list):
        depth, value = depth + 1, value[0]
    assert value == f"<nested deeper than {ATTRIBUTES_MAX_DEPTH} levels>"
    assert depth == ATTRIBUTES_MAX_DEPTH - 1  # the top-level dict is level 0


# (b) 100,000 keys: stored, attributes capped at ATTRIBUTES_MAX_BYTES and flagged.
def test_object_with_100k_keys_keeps_leading_attributes_and_flags_the_rest(tmp_path: Path):
    keys = [f"{i:x}" for i in range(100_000)]
    line = '{"msg":"many",' + ",".join(f'"{k}":1' for k in keys) + "}"
    assert len(line) < MAX_LINE_BYTES
    event = _stored(tmp_path, line)
    assert event["message"] == "many"
    attrs = event["attributes"]
    assert attrs["truncated"] is True
    kept = [k for k in attrs if k not in ("truncated", "attributes_dropped")]
    assert kept == keys[: len(kept)]  # the leading keys, in order
    assert attrs["attributes_dropped"] == 100_000 - len(kept) > 0
    assert len(orjson.dumps(attrs)) <= ATTRIBUTES_MAX_BYTES


# (c) duplicate keys: the last value wins, for roles and attributes alike.
def test_duplicate_keys_last_wins(tmp_path: Path):
    event = _stored(
        tmp_path,
        '{"msg": "first", "level": "info", "x": 1, "msg": "second", "level": "error", "x": 2}',
    )
    assert (event["message"], event["level"], event["attributes"]) == ("second", "error", {"x": 2})


# (d) huge and special numbers: stored, the value kept visible, never a crash.
def test_number_past_double_range_in_timestamp_is_kept_as_text(tmp_path: Path):
    event = _stored(tmp_path, '{"ts": 1e400, "level": "error", "msg": "big ts"}')
    assert event["timestamp_inferred"] is True
    assert event["timestamp"] == "2024-05-01T12:00:00.000000Z"  # from the line before
    assert event["attributes"] == {"timestamp_raw": "1e400"}
    assert event["level"] == "error"


def test_integer_past_64_bits_in_timestamp_is_read_as_a_float(tmp_path: Path):
    event = _stored(tmp_path, f'{{"ts": {2**70}, "msg": "big int ts"}}')
    assert event["timestamp_inferred"] is True
    assert float(event["attributes"]["timestamp_raw"]) == float(2**70)


def test_nan_and_infinity_tokens_are_read_as_strings(tmp_path: Path):
    event = _stored(
        tmp_path, '{"ts": NaN, "level": Infinity, "msg": "nan", "a": -Infinity, "b": NaN}'
    )
    assert event["message"] == "nan"
    assert event["level"] is None  # "Infinity" is no level; its text is kept
    assert event["attributes"] == {
        "a": "-Infinity",
        "b": "NaN",
        "timestamp_raw": "NaN",
        "level_raw": "Infinity",
    }


def test_huge_numbers_in_level_and_attributes(tmp_path: Path):
    event = _stored(
        tmp_path,
        '{"ts": "2024-05-01T12:00:01Z", "level": 1e400, "msg": "nums", "a": 1e400, '
        f'"b": {2**70}, "c": {10**400}, "d": -0, "e": -0.0}}',
    )
    assert event["level"] is None
    attrs = event["attributes"]
    assert attrs["a"] == "1e400" and attrs["c"] == str(10**400)
    assert attrs["b"] == float(2**70)
    assert (attrs["d"], attrs["e"]) == (0, -0.0)


def test_negative_zero_timestamp_and_level(tmp_path: Path):
    event = _stored(tmp_path, '{"ts": -0, "level": -0, "msg": "zero"}')
    assert event["timestamp_inferred"] is True and event["level"] is None


def test_special_numbers_do_not_admit_lone_surrogates(tmp_path: Path):
    # The lenient re-read (for NaN) must not let through what orjson refuses.
    _assert_quarantined(
        tmp_path,
        '{"msg": "x", "a": NaN, "b": "\\ud800"}',
        "invalid JSON: unexpected character, expected a JSON value",
    )


# (e) valid JSON that is not an object: quarantined, saying what it is.
@pytest.mark.parametrize(
    ("middle", "what"),
    [
        ("[1, 2, 3]", "an array"),
        ('"hello"', "a string"),
        ("42", "a number"),
        ("-1.5e3", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
    ],
)
def test_json_that_is_not_an_object_is_quarantined(tmp_path: Path, middle: str, what: str):
    _assert_quarantined(tmp_path, middle, f"JSON {what}, not an object")


# (f) a 10 MB line: cut at MAX_LINE_BYTES, flagged, the rest of the file lands.
def test_10mb_line_is_cut_flagged_and_the_rest_lands(tmp_path: Path):
    huge = '{"msg": "huge", "pad": "' + "x" * (10 * 1024 * 1024) + '"}'
    db, summary = _ingest(tmp_path, huge)
    assert (summary["events"], summary["rejected"]) == (3, 0)
    events = _events(db)
    assert [e["message"] for e in events] == ["before", "huge", "after"]
    assert events[1]["attributes"]["truncated"] is True
    assert _quarantine(db) == []


def test_10mb_line_costs_bounded_memory_through_the_real_command(tmp_path: Path):
    """In a child process, peak RSS stays well under what holding the 10 MB line several times
    would cost (about 140 MB for errctl itself, about 250 MB measured with the line)."""
    log = tmp_path / "big.jsonl"
    pad = "x" * (10 * 1024 * 1024)
    log.write_text(f'{{"msg": "good"}}\n{{"msg": "huge", "pad": "{pad}"}}\n{{"msg": "good too"}}\n')
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    db = tmp_path / "s.duckdb"
    out = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "errctl", "--db", str(db),
         "ingest", str(log), "-q"],
        capture_output=True, text=True, env=subprocess_env(), check=True,
    )  # fmt: skip
    peak_mb = int(out.stdout.split()[-1]) / 1024
    assert peak_mb < 400, f"peak RSS {peak_mb:.0f} MB"
    assert sorted(e["message"] for e in _events(db)) == ["good", "good too", "huge"]


def test_a_level_no_alias_names_is_kept_as_level_raw(tmp_path: Path):
    # A custom level (`AUDIT`), a number outside every scheme: the event has no level, and the
    # text is not lost. A placeholder (`-`) is no text.
    event = _stored(tmp_path, '{"level": "AUDIT", "msg": "login"}')
    assert event["level"] is None and event["attributes"] == {"level_raw": "AUDIT"}
    (tmp_path / "dash").mkdir()
    event = _stored(tmp_path / "dash", '{"level": "-", "msg": "login"}')
    assert event["level"] is None and event["attributes"] is None


# (g) a record longer than the line cap: cut there, its time, level and message still stored
# (what came before the cut), as a plain-text line over the cap is.
@pytest.mark.parametrize("cut_in", ["message", "stack"])
def test_a_json_record_past_the_line_cap_is_stored_cut_and_flagged(tmp_path: Path, cut_in: str):
    big = "x" * (MAX_LINE_BYTES + 1000)
    record = {"ts": "2024-05-01T12:00:01Z", "level": "error", "user": 7, "msg": "huge body"}
    record["msg" if cut_in == "message" else "stack"] = (
        big if cut_in == "message" else 'Traceback (most recent call last):\n  File "a.py"' + big
    )
    event = _stored(tmp_path, json.dumps(record))
    assert (event["timestamp"], event["level"]) == ("2024-05-01T12:00:01.000000Z", "error")
    assert event["attributes"]["truncated"] is True
    if cut_in == "message":
        assert event["message"].startswith("xxxx")
        assert MAX_LINE_BYTES - 100 < len(event["message"]) < MAX_LINE_BYTES
    else:
        assert event["message"] == "huge body"
    assert event["attributes"]["user"] == 7
