"""`errctl severity test`: parse like ingest, classify, explain."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.cli_runner import run

CONFIG = """\
[[severity.rules]]
name = "database down"
message = "*too many clients*"
severity = "critical"
category = "database"

[[severity.rules]]
name = "payments"
service = "billing"
severity = "high"
category = "payment"
"""


def test_a_json_line_matched_by_a_rule() -> None:
    Path("errctl.toml").write_text(CONFIG)
    line = '{"level": "error", "service": "billing", "message": "card declined", "token": "abc"}'
    result = run("severity", "test", line)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "event (format json):" in out and "  service: billing" in out
    assert "severity: high, category payment, by rule 'payments' (errctl.toml:7)" in out
    assert "'database down': message 'card declined' does not match *too many clients*" in out
    assert "abc" not in out  # scrubbed before the rules see it


def test_a_plain_line_and_the_defaults() -> None:
    Path("errctl.toml").write_text(CONFIG)
    result = run(
        "severity", "test", "2024-05-01 12:00:00,001 - app.db - ERROR - connection refused"
    )
    assert result.exit_code == 0, result.stderr
    assert "event (format python):" in result.stdout
    assert "  logger: app.db" in result.stdout
    assert (
        "severity: medium, by the defaults: level error without an exception is medium"
        in result.stdout
    )


def test_a_plain_line_matched_without_config() -> None:
    result = run(
        "severity", "test", "Nov 27 03:15:02 worker-1 kernel: Out of memory: Killed process 4242"
    )
    assert result.exit_code == 0, result.stderr
    assert "no [[severity.rules]] configured" in result.stdout


def test_a_file_with_a_traceback_as_json(tmp_path: Path) -> None:
    Path("errctl.toml").write_text(CONFIG)
    log = tmp_path / "worker.log"
    log.write_text(
        "2024-05-01 12:00:00,001 - app.jobs - ERROR - job failed\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/jobs.py", line 10, in run\n'
        "    connect()\n"
        "psycopg.OperationalError: FATAL: sorry, too many clients already\n"
        "2024-05-01 12:00:01,001 - app.jobs - INFO - retrying\n"
    )
    result = run("severity", "test", "--file", str(log), "--format", "json")
    assert result.exit_code == 0, result.stderr
    first, second = orjson.loads(result.stdout)
    assert first["event"]["exception_type"] == "psycopg.OperationalError"
    assert first["event"]["line"] == 1
    # The rule reads the message, not the exception: the defaults decide (error + exception).
    assert (first["severity"], first["rule"]) == ("high", None)
    assert first["checked"][0]["rule"] == "database down"
    assert (second["severity"], second["event"]["level"]) == (None, "info")


def test_source_option_and_usage_errors() -> None:
    Path("errctl.toml").write_text(
        '[[sources]]\npath = "*/billing/*.log"\nservice = "billing"\n\n' + CONFIG
    )
    result = run(
        "severity",
        "test",
        "--source",
        "/var/log/billing/app.log",
        "2024-05-01 12:00:00 ERROR card declined",
    )
    assert "by rule 'payments'" in result.stdout, result.stdout + result.stderr
    assert run("severity", "test").exit_code == 2
    assert run("severity", "test", "x", "--format", "yaml").exit_code == 2
