"""A service name from where a file lies: `{dir}` and `{file}` in `--service` and in a
`[[sources]]` entry's `service` (errctl/config/service_template.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl.config.service_template import file_stem, service_for, template_problem
from tests.cli_runner import run


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("error.log", "error"),
        ("error.log.2.gz", "error"),
        ("access.log-20240611.gz", "access"),
        ("error-20240611.log", "error"),
        ("app.1.log", "app"),
        ("x.2024-06-11.log", "x"),
        ("syslog.1", "syslog"),
        ("messages-20240611", "messages"),
        ("kern.log.10", "kern"),
        ("redis-server.log", "redis-server"),
        ("php8.2-fpm.log", "php8.2-fpm"),
        ("worker-2.log", "worker-2"),  # a worker's number, not a rotation's
        ("api.jsonl", "api"),
        (".log", ".log"),
    ],
)
def test_the_file_stem_drops_rotation_compression_and_extension(name: str, stem: str):
    assert file_stem(name) == stem


def test_service_for_fills_the_placeholders():
    assert service_for("{dir}", "/var/log/nginx/error.log") == "nginx"
    assert service_for("{file}", "/var/log/redis/redis-server.log.1") == "redis-server"
    assert service_for("web-{dir}", "/srv/logs/api/app.log") == "web-api"
    assert service_for("billing", "/srv/a.log") == "billing"
    # Standard input lies in no folder; it is named by its source name, when it has one.
    assert service_for("{dir}", "api") is None
    assert service_for("{file}", "api") == "api"
    assert service_for("{file}", None) is None
    assert service_for(None, "/srv/a.log") is None


def test_a_template_with_an_unknown_placeholder_or_a_lone_brace_is_refused():
    assert template_problem("{dir}-{file}") is None
    assert template_problem("plain") is None
    assert "unknown placeholder {folder}" in (template_problem("{folder}") or "")
    assert "brace" in (template_problem("{dir") or "")
    assert "brace" in (template_problem("dir}") or "")


def _tree(root: Path) -> None:
    (root / "api").mkdir(parents=True)
    (root / "worker").mkdir()
    (root / "api" / "app.log").write_text("2024-05-01 12:00:00,000 ERROR api: charge failed\n")
    (root / "worker" / "jobs.log.1").write_text(
        "2024-05-01 12:00:01,000 ERROR jobs: queue stalled\n"
    )
    # A line that names its program keeps it.
    (root / "worker" / "syslog").write_text(
        "May  1 12:00:02 web-1 cron[42]: (root) CMD (run-parts /etc/cron.hourly)\n"
    )


def _services(db: str) -> list[tuple[str, str | None]]:
    out = run("--db", db, "search", "--format", "ndjson", "--limit", "0").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    return sorted((r["source"].rsplit("/", 1)[-1], r["service"]) for r in rows)


def test_ingest_names_each_folders_events_by_it(tmp_path: Path):
    _tree(tmp_path / "logs")
    db = str(tmp_path / "s.duckdb")
    result = run("--db", db, "ingest", str(tmp_path / "logs"), "--service", "{dir}", "-q")
    assert result.exit_code == 0, result.stderr
    assert _services(db) == [("app.log", "api"), ("jobs.log.1", "worker"), ("syslog", "cron")]


def test_a_sources_entry_names_them_by_file(tmp_path: Path):
    _tree(tmp_path / "logs")
    config = tmp_path / "errctl.toml"
    config.write_text('[[sources]]\npath = "*/logs/*"\nservice = "svc-{file}"\n')
    db = str(tmp_path / "s.duckdb")
    result = run("--config", str(config), "--db", db, "ingest", str(tmp_path / "logs"), "-q")
    assert result.exit_code == 0, result.stderr
    assert _services(db) == [("app.log", "svc-app"), ("jobs.log.1", "svc-jobs"), ("syslog", "cron")]


def test_stdin_takes_its_source_name_for_file(tmp_path: Path):
    db = str(tmp_path / "s.duckdb")
    line = "2024-05-01 12:00:00,000 ERROR api: charge failed\n"
    for name, service in (("payments", "payments"), (None, None)):
        named = ["--source-name", name] if name else []
        args = ["--db", db, "ingest", "-", *named, "--service", "{file}", "-q"]
        assert run(*args, input=line).exit_code == 0
        rows = run("--db", db, "search", "--format", "ndjson", "--limit", "1").stdout
        assert json.loads(rows)["service"] == service


def test_an_unknown_placeholder_is_a_usage_error(tmp_path: Path):
    log = tmp_path / "a.log"
    log.write_text("2024-05-01 12:00:00,000 ERROR api: x\n")
    db = str(tmp_path / "s.duckdb")
    result = run("--db", db, "ingest", str(log), "--service", "{folder}")
    assert result.exit_code == 2
    assert "unknown placeholder {folder}" in result.stderr
    config = tmp_path / "errctl.toml"
    config.write_text('[[sources]]\npath = "*.log"\nservice = "{dir"\n')
    result = run("--config", str(config), "--db", db, "ingest", str(log))
    assert result.exit_code == 2
    assert "sources" in result.stderr and "brace" in result.stderr
