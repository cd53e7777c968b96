"""Ingest under a configuration: scrubbing, severity rules, per-source settings, masking."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from tests.cli_runner import run

SECRET_LINES = (
    '{"ts": "2024-05-01T12:00:00Z", "level": "error", "msg": "login failed password=hunter22",'
    ' "headers": {"authorization": "Bearer abc.def.ghi"}, "card": "4111 1111 1111 1111"}\n'
    '{"ts": "2024-05-01T12:00:01Z", "level": "error", "msg": "db down",'
    ' "exc_info": "Traceback (most recent call last):\\n  File \\"/srv/app/db.py\\", line 3,'
    ' in connect\\n    c()\\nConnectionError: token=s3cr3tT0ken refused"}\n'
    "not json: api_key=AKIAIOSFODNN7EXAMPLE\n"
)

CONFIG = """
[store]
lock_timeout = 5

[[severity.rules]]
name = "database outage"
message = "db *"
severity = "critical"
category = "database"

[[sources]]
path = "*/custom/*.log"
pattern = '^(?P<timestamp>\\S+) (?P<level>[A-Z]+) (?P<message>.*)$'
service = "legacy"
tz = "Europe/Oslo"
"""


def everything_stored(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute("SELECT * FROM events").fetchall()
        quarantine = con.execute("SELECT raw FROM quarantine").fetchall()
        groups = con.execute("SELECT * FROM groups").fetchall()
    return repr(events) + repr([bytes(r[0]) for r in quarantine]) + repr(groups)


def test_secrets_never_reach_the_store_or_the_quarantine(tmp_path: Path):
    log = tmp_path / "app.jsonl"
    log.write_text(SECRET_LINES)
    db = tmp_path / "s.duckdb"
    assert run("--db", str(db), "ingest", str(log), "-q").exit_code == 0
    stored = everything_stored(db)
    for secret in ("hunter22", "abc.def.ghi", "4111 1111 1111 1111", "s3cr3tT0ken",
                   "AKIAIOSFODNN7EXAMPLE"):  # fmt: skip
        assert secret not in stored, secret
    assert "REDACTED" in stored


def test_severity_rules_and_categories_from_the_config(tmp_path: Path):
    (tmp_path / "errctl.toml").write_text(CONFIG)
    log = tmp_path / "app.jsonl"
    log.write_text(SECRET_LINES)
    db = tmp_path / "s.duckdb"
    cfg = str(tmp_path / "errctl.toml")
    assert run("--config", cfg, "--db", str(db), "ingest", str(log), "-q").exit_code == 0
    out = run("--config", cfg, "--db", str(db), "search", "--format", "ndjson", "--oldest-first")
    events = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert [(e["severity"], e["category"]) for e in events] == [
        ("medium", None),
        ("critical", "database"),
    ]


def test_per_source_pattern_service_and_zone(tmp_path: Path):
    (tmp_path / "errctl.toml").write_text(CONFIG)
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "old.log").write_text("2024-05-01T14:00:00 ERROR disk full on /var\n")
    db = tmp_path / "s.duckdb"
    cfg = str(tmp_path / "errctl.toml")
    assert run("--config", cfg, "--db", str(db), "ingest", str(custom), "-q").exit_code == 0
    event = orjson.loads(
        run("--config", cfg, "--db", str(db), "search", "--format", "ndjson").stdout
    )
    assert event["service"] == "legacy" and event["format"] == "pattern"
    assert event["timestamp"] == "2024-05-01T12:00:00.000000Z"  # 14:00 in Oslo is 12:00 UTC


def test_a_bad_config_is_a_usage_error_naming_the_file(tmp_path: Path):
    cfg = tmp_path / "errctl.toml"
    cfg.write_text("[stor]\npath = 'x'\n")
    result = run("--config", str(cfg), "--db", str(tmp_path / "s.duckdb"), "ingest", "x")
    assert result.exit_code == 2
    assert "errctl.toml" in result.stderr and "store" in result.stderr


def test_a_secret_word_quoted_inside_a_value_does_not_stop_the_batch(tmp_path: Path):
    """Authelia logs LDAP's `Code 49 "Invalid Credentials": `: scrubbing once broke the
    record's JSON, and the store refused the whole batch with it."""
    from tests.ingest.stored import stored_events

    text = (
        'time="2024-06-04T06:00:01Z" level=error msg="Unsuccessful 1FA authentication attempt"'
        ' error="LDAP Result Code 49 \\"Invalid Credentials\\": " method=POST path=/api/firstfactor'
        " remote_ip=10.0.0.7\n"
        'time="2024-06-04T06:00:02Z" level=info msg="next line" password=hunter2\n'
    )
    events = stored_events(tmp_path, text, "message, attributes")
    assert [m for m, _ in events] == ["Unsuccessful 1FA authentication attempt", "next line"]
    assert orjson.loads(events[0][1])["error"] == 'LDAP Result Code 49 "Invalid Credentials": '
    assert "hunter2" not in events[1][1]
