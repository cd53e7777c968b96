"""`errctl config show|check|init` and the global --config option."""

from __future__ import annotations

from pathlib import Path

import orjson

from errctl.config.loader import load_file
from errctl.config.schema import Settings
from tests.cli_runner import run

RULES = """\
[store]
lock_timeout = 5

[[severity.rules]]
name = "db"
message = "*too many clients*"
severity = "critical"
category = "database"
"""


def test_show_prints_values_with_their_origin() -> None:
    Path("errctl.toml").write_text(RULES)
    result = run("config", "show")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# config file: errctl.toml (found by ./errctl.toml)"
    assert "store.lock_timeout = 5.0  # errctl.toml:2" in lines
    assert 'severity.rules[0].name = "db"  # errctl.toml:5' in lines
    assert 'severity.rules[0].message = ["*too many clients*"]  # errctl.toml:6' in lines
    assert 'ingest.tz = "local"  # default' in lines
    assert "scrub.classes.email = false  # default" in lines
    # A key with no value is said so, as a comment: `store.retention = ""`, copied into the
    # file, is refused (not a duration), and `gate.max_events = ""` (not an integer) too.
    assert "# store.retention: not set (default)" in lines
    assert not [line for line in lines if ' = ""  # ' in line]


def test_show_json_and_the_db_flag(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(RULES)
    result = run(
        "--config", str(config), "--db", "/tmp/x.duckdb", "config", "show", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    data = orjson.loads(result.stdout)
    assert data["file"] == str(config) and data["found_by"] == "--config"
    values = {v["key"]: (v["value"], v["origin"]) for v in data["values"]}
    assert values["store.path"] == ("/tmp/x.duckdb", "--db")
    assert values["severity.rules[0].severity"] == ("critical", f"{config}:7")


def test_show_without_a_file_shows_defaults() -> None:
    result = run("config", "show")
    assert result.exit_code == 0
    assert result.stdout.startswith("# no config file found: built-in defaults\n")
    assert "store.path = " in result.stdout and "# default (user data dir)" in result.stdout


def test_check_reports_every_problem_with_its_line_and_exits_2() -> None:
    Path("bad.toml").write_text("[store]\nlock_timout = 5\n[ingest]\ntz = 3\n")
    result = run("config", "check", "bad.toml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "bad.toml:2: unknown key 'lock_timout' in [store] (did you mean 'lock_timeout'?)" in (
        result.stderr
    )
    assert "bad.toml:4: ingest.tz must be a string, got 3" in result.stderr
    assert "2 problem(s)" in result.stderr


def test_check_valid_discovered_and_absent_files() -> None:
    assert run("config", "check").exit_code == 0  # no file: defaults, fine
    Path("errctl.toml").write_text(RULES)
    result = run("config", "check")
    assert result.exit_code == 0 and "errctl.toml: ok" in result.stderr
    assert run("config", "check", "missing.toml").exit_code == 2


def test_check_warns_of_a_source_pattern_that_stores_what_it_did_not_mean() -> None:
    # Valid TOML and a valid regex, but `ts` and `lvl` become attributes, not the time and level.
    Path("errctl.toml").write_text(
        '[[sources]]\npath = "/var/log/app/*.log"\n'
        "pattern = '^(?P<ts>\\S+ \\S+) (?P<lvl>\\w+) (?P<message>.*)$'\n"
        '[[sources]]\npath = "/var/log/db/*.log"\n'
        "pattern = '^(?P<timestamp>\\S+ \\S+) (?P<level>\\w+) (?P<message>.*)$'\n"
    )
    result = run("config", "check")
    assert result.exit_code == 0 and "errctl.toml: ok" in result.stderr, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: sources[0] (/var/log/app/*.log): pattern group 'ts' is kept as the attribute "
        "attr.ts, not as the timestamp: name it (?P<timestamp>...)",
        "warning: sources[0] (/var/log/app/*.log): pattern group 'lvl' is kept as the attribute "
        "attr.lvl, not as the level: name it (?P<level>...)",
    ]


def test_a_bad_config_stops_commands_that_use_it_with_exit_2() -> None:
    Path("errctl.toml").write_text("[severity]\nrule = []\n")
    result = run("severity", "test", "hello")
    assert result.exit_code == 2
    assert "errctl.toml:2: unknown key 'rule'" in result.stderr
    assert "did you mean 'rules'?" in result.stderr


def test_init_writes_a_starter_that_loads_back(tmp_path: Path, monkeypatch) -> None:
    result = run("config", "init")
    assert result.exit_code == 0, result.stderr
    assert load_file(Path("errctl.toml")) == Settings()
    again = run("config", "init")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run("config", "init", "--force").exit_code == 0
    assert run("config", "check").exit_code == 0

    monkeypatch.setenv("ERRCTL_CONFIG_DIR", str(tmp_path / "user"))
    assert run("config", "init", "--user").exit_code == 0
    assert (tmp_path / "user" / "errctl.toml").is_file()

    printed = run("config", "init", "-")
    assert printed.exit_code == 0 and printed.stdout.startswith("# errctl configuration")


def test_help_lists_the_config_and_severity_commands() -> None:
    result = run("--help")
    assert (
        "config" in result.stdout and "severity" in result.stdout and "--config" in (result.stdout)
    )


def test_check_warns_of_receiver_variables_not_set(monkeypatch) -> None:
    """`errctl alert test` refuses a receiver whose url_env / secret_env is not set; config
    check said `ok` for it. It warns now (the file is valid: cron may set what a shell does
    not), and says nothing of a variable that is set."""
    monkeypatch.delenv("OPS_HOOK_URL", raising=False)
    monkeypatch.delenv("OPS_HOOK_SECRET", raising=False)
    monkeypatch.setenv("CHAT_SECRET", "whsec_c2VjcmV0")
    Path("errctl.toml").write_text(
        '[alerts.receivers.ops]\nkind = "webhook"\nurl_env = "OPS_HOOK_URL"\n'
        'secret_env = "OPS_HOOK_SECRET"\n'
        '[alerts.receivers.chat]\nkind = "webhook"\nurl = "https://hooks.example.com/x"\n'
        'secret_env = "CHAT_SECRET"\n'
    )
    result = run("config", "check")
    assert result.exit_code == 0 and "errctl.toml: ok" in result.stderr, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert [w.split(",")[0] for w in warnings] == [
        "warning: alerts.receivers.ops: url_env names OPS_HOOK_URL",
        "warning: alerts.receivers.ops: secret_env names OPS_HOOK_SECRET",
    ]
    assert "not set" in warnings[0]
