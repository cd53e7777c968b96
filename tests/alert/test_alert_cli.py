"""`errctl alert`, `alert test` and `errctl silence` through the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import add_events, ev, receiver_toml, write_config
from tests.cli_runner import run

T = datetime(2026, 11, 28, 12, 0)
M = timedelta(minutes=1)
AT = ("--at", "2026-11-28T12:00Z")
RULE = '[[alerts.rules]]\nname = "new"\nkind = "new"\n'


@pytest.fixture
def store(db: Path) -> Path:
    add_events(DuckDBStore(db), ev("a1", T - 2 * M, service="api"), ev("b2", T - M, service="web"))
    return db


def cli(db: Path, config: Path, *args: str):
    return run("--db", str(db), "--config", str(config), *args)


def test_alert_json_then_quiet_second_run(tmp_path, store, receiver) -> None:
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    r = cli(store, config, "alert", *AT, "--format", "json", "--fail-on-fire")
    assert r.exit_code == 1, r.stderr  # fired, and --fail-on-fire
    data = json.loads(r.stdout)
    assert data["fired"] and len(data["notifications"]) == 2
    assert data["delivery"]["pending"] == 0 and len(data["delivery"]["delivered"]) == 2
    assert "2 new notification(s); delivered 2 of 2 request(s)" in r.stderr
    r = cli(store, config, "alert", *AT, "--fail-on-fire")
    assert r.exit_code == 0 and len(receiver.requests) == 2


def test_dry_run_prints_and_records_nothing(tmp_path, store, receiver) -> None:
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url, "slack") + RULE)
    r = cli(store, config, "alert", *AT, "--dry-run")
    assert r.exit_code == 0 and r.stdout.count("FIRING   new") == 2
    r = cli(store, config, "alert", *AT, "--dry-run", "--format", "json")
    payloads = json.loads(r.stdout)["payloads"]
    assert len(payloads) == 2 and payloads[0]["kind"] == "slack" and payloads[0]["body"]["blocks"]
    assert receiver.requests == [] and DuckDBStore(store).outbox() == []


def test_undelivered_exits_5_unless_told_not_to(tmp_path, store, closed_port) -> None:
    url = f"http://127.0.0.1:{closed_port}/hook"
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", url, retries=0) + RULE)
    r = cli(store, config, "alert", *AT)
    assert r.exit_code == 5 and "2 notification(s) left undelivered" in r.stderr
    # Nothing reached the receiver: the summary must not say "sent", and each failure names
    # what the on-call person is missing.
    assert "2 new notification(s); delivered 0 of 2 request(s)" in r.stderr
    assert "sent" not in r.stderr
    assert "undelivered to ops: boom a1 (evt_" in r.stderr
    # The row after the one that found the receiver down was not tried: one line says how many
    # (cron mails stderr: a line per untried row repeated one reason twenty times).
    assert r.stderr.count("undelivered to ops") == 2
    assert "undelivered to ops: 1 more notification(s): not tried in this run" in r.stderr
    r = cli(store, config, "alert", *AT, "--no-fail-on-delivery")
    assert r.exit_code == 0 and "2 left in the outbox" in r.stderr


def test_backtest_json(tmp_path, store, receiver) -> None:
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    r = cli(store, config, "alert", *AT, "--backtest", "--since", "1h", "--format", "json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["notifications"] == {"new": 2} and data["total"] == 2
    assert [f["action"] for f in data["fires"]] == ["fire", "fire"]
    assert receiver.requests == []
    assert cli(store, config, "alert", "--backtest").exit_code == 2


def test_alert_test_command(tmp_path, receiver, closed_port) -> None:
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml("ops", receiver.url)
        + receiver_toml("down", f"http://127.0.0.1:{closed_port}/", retries=0),
    )
    r = run("--config", str(config), "alert", "test", "ops")
    assert r.exit_code == 0 and "delivered a test notification" in r.stderr
    assert receiver.requests[0].json["type"] == "alert.test"
    assert run("--config", str(config), "alert", "test", "down").exit_code == 5
    assert run("--config", str(config), "alert", "test", "nope").exit_code == 2


def test_alert_test_of_a_receiver_whose_secret_is_unset_is_a_config_error(
    tmp_path, receiver, monkeypatch
) -> None:
    monkeypatch.delenv("ERRCTL_TEST_SECRET", raising=False)
    config = write_config(
        tmp_path / "e.toml", receiver_toml("ops", receiver.url, secret_env="ERRCTL_TEST_SECRET")
    )
    r = run("--config", str(config), "alert", "test", "ops")
    assert r.exit_code == 2, r.stderr
    assert "ERRCTL_TEST_SECRET (secret_env) is not set" in r.stderr
    assert receiver.requests == []


def test_silence_add_list_expire(tmp_path, db, receiver, monkeypatch) -> None:
    # A silence starts now, so the alert it silences is evaluated now, on events of just now
    # (the shared `store` is pinned to T, which a run days later would find too old to alert).
    now = datetime.now(UTC).replace(tzinfo=None)
    add_events(
        DuckDBStore(db), ev("a1", now - 2 * M, service="api"), ev("b2", now - M, service="web")
    )
    store = db
    monkeypatch.setattr("getpass.getuser", lambda: "dana")
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    r = cli(
        store,
        config,
        "silence",
        "add",
        "--match",
        "service=api",
        "--duration",
        "2h",
        "--comment",
        "deploy",
    )
    assert r.exit_code == 0, r.stderr
    sid = r.stdout.strip()
    listed = json.loads(cli(store, config, "silence", "list", "--format", "json").stdout)
    assert listed[0]["id"] == sid and listed[0]["matchers"] == ["service=api"]
    assert listed[0]["created_by"] == "dana" and listed[0]["comment"] == "deploy"
    data = json.loads(cli(store, config, "alert", "--format", "json").stdout)
    assert [s["silence"] for s in data["silenced"]] == [sid]
    assert cli(store, config, "silence", "expire", sid).exit_code == 0
    assert cli(store, config, "silence", "list").stdout == ""
    assert cli(store, config, "silence", "expire", sid).exit_code == 2
    assert (
        cli(store, config, "silence", "add", "--match", "colour=red", "--duration", "1h").exit_code
        == 2
    )


def test_config_show_never_prints_secrets(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OPS_SECRET", "whsec_c2VjcmV0")
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml(
            "ops",
            "https://hooks.slack.com/services/T0/B0/XYZSECRET",
            "slack",
            secret_env="OPS_SECRET",
        )
        + RULE,
    )
    r = run("--config", str(config), "config", "show")
    assert r.exit_code == 0
    assert "XYZSECRET" not in r.stdout and "c2VjcmV0" not in r.stdout
    assert 'alerts.receivers.ops.url = "https://hooks.slack.com/..."' in r.stdout
    assert 'alerts.receivers.ops.secret_env = "OPS_SECRET"' in r.stdout


def test_config_rejects_a_secret_where_its_variable_name_belongs(tmp_path) -> None:
    config = write_config(
        tmp_path / "e.toml",
        '[alerts.receivers.ops]\nkind = "webhook"\nurl = "http://x/"\n'
        'secret_env = "whsec_c2VjcmV0"\n'
        '[[alerts.rules]]\nname = "n"\nkind = "nwe"\nreceivers = ["opz"]\n',
    )
    r = run("config", "check", str(config))
    assert r.exit_code == 2
    assert "e.toml:4: alerts.receivers.ops.secret_env must be the NAME" in r.stderr
    assert "c2VjcmV0" not in r.stderr.replace("whsec_c2VjcmV0", "")  # never echoed back
    assert (
        "e.toml:7: alerts.rules[0].kind: unknown alert kind 'nwe' (did you mean 'new'?)" in r.stderr
    )


def test_a_takeover_is_no_new_group_to_alert_on(tmp_path, receiver) -> None:
    """A cron ingest whose later template takes over an earlier one (`memory.py`) renames a
    statement the receivers were told about: the group that took it over is not new to them."""
    db, log = tmp_path / "s.duckdb", tmp_path / "auth.log"
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    log.write_text("2026-11-28T11:10:00Z ERROR user alice logged in from 10.0.0.1\n")
    assert cli(db, config, "ingest", str(log)).exit_code == 0
    assert cli(db, config, "alert", *AT).exit_code == 0
    assert [r.json["title"] for r in receiver.requests] == ["user alice logged in from <*>"]
    with log.open("a") as f:
        for user in ("bob", "carol", "dave"):
            f.write(f"2026-11-28T11:50:00Z ERROR user {user} logged in from 10.0.0.2\n")
    assert cli(db, config, "ingest", str(log)).exit_code == 0
    top = json.loads(cli(db, config, "top", *AT, "--format", "json").stdout)
    assert [(g["title"], g["count"]) for g in top] == [("user <*> logged in from <*>", 4)]
    r = cli(db, config, "alert", *AT, "--fail-on-fire")
    assert r.exit_code == 0, r.stderr
    assert len(receiver.requests) == 1


def test_no_rules_or_receivers_is_a_config_error_not_a_quiet_success(
    tmp_path, store, monkeypatch
) -> None:
    """Cron runs from $HOME, where no ./errctl.toml is: a run that found no [alerts] must not
    exit 0 and look healthy while nothing is ever evaluated."""
    monkeypatch.chdir(tmp_path)
    r = run("--db", str(store), "alert", *AT)
    assert r.exit_code == 2
    assert "no alert rules or receivers configured (no configuration file found)" in r.stderr
    assert "--config" in r.stderr
    config = write_config(tmp_path / "e.toml", "[store]\nlock_timeout = 5\n")
    r = cli(store, config, "alert", *AT)
    assert r.exit_code == 2 and f"configured in {config}" in r.stderr


def test_the_documented_cron_line_alerts_once_from_cron_s_bare_environment(
    tmp_path, receiver
) -> None:
    """docs/alerts.md's crontab line, run as cron does (from $HOME, no environment but PATH),
    with its paths moved under tmp: it ingests, alerts once, and sends nothing the next time."""
    import os
    import re
    import subprocess
    import sys

    from tests.conftest import ROOT

    text = (ROOT / "docs" / "alerts.md").read_text(encoding="utf-8")
    cron = re.search(r"```crontab\n(.*?)\n```", text, re.DOTALL).group(1)
    command = cron.split(None, 5)[5]  # after the five schedule fields
    for real, moved in (
        ("/etc/errctl", tmp_path / "etc"),
        ("/var/lib/errctl", tmp_path / "lib"),
        ("/var/log/app", tmp_path / "log"),
    ):
        command = command.replace(real, str(moved))
        moved.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "errctl"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m errctl "$@"\n')
    shim.chmod(0o755)
    (tmp_path / "etc" / "env").write_text("export OPS_SECRET=whsec_c2VjcmV0c2VjcmV0\n")
    write_config(
        tmp_path / "etc" / "errctl.toml",
        receiver_toml("ops", receiver.url, secret_env="OPS_SECRET") + RULE,
    )
    now = datetime.now(UTC)
    (tmp_path / "log" / "app.log").write_text(
        f"{now - 2 * M:%Y-%m-%dT%H:%M:%SZ} ERROR payment 42 declined by the gateway\n"
    )
    env = {"HOME": str(tmp_path), "PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin"}
    for _ in range(2):
        done = subprocess.run(
            ["sh", "-c", command], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    assert [r.json["title"] for r in receiver.acked()] == ["payment <*> declined by the gateway"]
    assert "webhook-signature" in receiver.requests[0].headers


def test_at_is_the_one_now_of_a_run_silences_and_outbox_included(tmp_path, db, receiver) -> None:
    """A backfill `alert --at` a time before a silence was made is not held back by it (the
    silence was not there then), one after it expired is not either, and the outbox records
    the decision as of `--at`, as the alert state does; sending itself is on the wall clock."""
    now = datetime.now(UTC).replace(tzinfo=None).replace(microsecond=0)
    add_events(DuckDBStore(db), ev("a1", now - 2 * 60 * M, service="api"))
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    r = cli(db, config, "silence", "add", "--match", "rule=new", "--duration", "2h")
    assert r.exit_code == 0, r.stderr
    sid = r.stdout.strip()
    during = (now + 60 * M).isoformat() + "Z"
    data = json.loads(
        cli(db, config, "alert", "--at", during, "--dry-run", "--format", "json").stdout
    )
    assert [s["silence"] for s in data["silenced"]] == [sid] and data["notifications"] == []
    for at in (now - 30 * M, now + 3 * 60 * M):  # before the silence was made; after it ended
        r = cli(db, config, "alert", "--at", at.isoformat() + "Z", "--dry-run", "--format", "json")
        data = json.loads(r.stdout)
        assert data["silenced"] == [] and len(data["notifications"]) == 1, at
    before = now - 30 * M
    r = cli(db, config, "alert", "--at", before.isoformat() + "Z", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["silenced"] == [] and len(receiver.acked()) == 1
    assert receiver.acked()[0].json["timestamp"] == before.isoformat() + "Z"
    [row] = DuckDBStore(db).outbox()
    [state] = DuckDBStore(db).alert_states().values()
    assert row.created_at == state.last_fired == before
    assert row.delivered_at is not None and row.delivered_at >= now  # when it was acknowledged


def test_a_silence_naming_no_configured_rule_warns(tmp_path, store) -> None:
    """README's example silences `rule=new-errors`; `config init` names the rule `new errors`.
    The silence is kept (rules change), but the user is told it matches nothing."""
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml("ops", "http://127.0.0.1:9/")
        + '[[alerts.rules]]\nname = "new errors"\nkind = "new"\n',
    )
    add = ("silence", "add", "--duration", "2h", "--match", "service=api", "--match")
    r = cli(store, config, *add, "rule=new-errors")
    assert r.exit_code == 0 and r.stdout.startswith("sil_")
    assert "warning: no configured rule matches rule=new-errors (did you mean 'new errors'?)" in (
        r.stderr
    )
    for fine in ("rule=New Errors", "rule=new*"):
        r = cli(store, config, *add, fine)
        assert r.exit_code == 0 and "warning" not in r.stderr


def test_the_payload_s_command_shows_the_group_from_anywhere(
    tmp_path, store, receiver, monkeypatch
) -> None:
    """The on-call person pastes `command` from the alert into a shell of their own: no
    --db of cron's, another folder. It must open the store the alert came from."""
    import shlex

    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    assert cli(store, config, "alert", *AT).exit_code == 0
    body = receiver.requests[0].json
    argv = shlex.split(body["command"])
    assert argv[0] == "errctl"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    r = run(*argv[1:])
    assert r.exit_code == 0, r.stderr
    assert body["group"]["id"] in r.stdout and body["title"] in r.stdout


def test_alert_help_shows_its_examples_once_and_names_the_config() -> None:
    r = run("alert", "--help")
    assert r.exit_code == 0
    assert r.stdout.count("Examples:") == 1 and r.stdout.count("alert test ops") == 1
    assert "errctl --config /etc/errctl/errctl.toml alert" in r.stdout


def test_backtest_and_silence_listings_mark_their_times_utc(tmp_path, store, receiver) -> None:
    """Like search, groups and show, the text listings of alert --backtest and silence list end
    each UTC time with a `Z`: an on-call engineer outside UTC read `12:00` as their own."""
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + RULE)
    r = cli(store, config, "alert", *AT, "--backtest", "--since", "1h")
    assert r.exit_code == 0, r.stderr
    rows = r.stdout.splitlines()
    assert len(rows) == 2 and all(row.startswith("2026-11-28 12:00Z  fire") for row in rows), rows
    r = cli(store, config, "silence", "add", "--match", "rule=new", "--until", "2099-01-02T03:04")
    assert r.exit_code == 0, r.stderr
    listed = cli(store, config, "silence", "list").stdout
    assert f"{r.stdout.strip()}  until 2099-01-02 03:04Z  rule=new" in listed, listed
    # The json keeps its ISO form.
    record = json.loads(cli(store, config, "silence", "list", "--format", "json").stdout)[0]
    assert record["expires_at"] == "2099-01-02T03:04:00Z"


@pytest.mark.parametrize(
    "args",
    [("silence", "add", "--match", "service=api", "--duration", "1h"), ("silence", "expire", "x")],
)
def test_silences_where_no_store_is_say_so_and_create_none(tmp_path, args) -> None:
    # A mistyped --db must not be answered by a new, empty store holding the silence.
    missing = tmp_path / "none.duckdb"
    result = run("--db", str(missing), *args)
    assert result.exit_code == 4 and "no store at" in result.stderr
    assert not missing.exists()


def test_a_silence_before_the_first_ingest_is_told_how_to_make_the_store(tmp_path) -> None:
    # Refused (see above), but 'ingest some logs first' left an operator with no logs yet, who
    # wanted a silence in place before the first cron run, without the way: an ingest of an
    # empty folder makes the store, as the cron's user.
    missing = tmp_path / "none.duckdb"
    add = ("silence", "add", "--match", "service=api", "--duration", "1h")
    result = run("--db", str(missing), *add)
    assert result.exit_code == 4
    assert "hint: a silence is kept in the store, which ingest creates" in result.stderr
    (tmp_path / "empty").mkdir()
    assert run("--db", str(missing), "ingest", "--quiet", str(tmp_path / "empty")).exit_code == 0
    again = run("--db", str(missing), *add)
    assert again.exit_code == 0 and again.stdout.startswith("sil_")


def test_a_rule_filter_no_stored_name_fits_is_said_by_a_dry_run(tmp_path, store, receiver):
    rules = (
        '[[alerts.rules]]\nname = "typo"\nkind = "new"\nservice = "wbe"\n'
        '[[alerts.rules]]\nname = "glob"\nkind = "new"\nservice = ["ap*", "payments"]\n'
        '[[alerts.rules]]\nname = "regex"\nkind = "new"\nservice = "re:^w"\nhost = "re:^db-"\n'
    )
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + rules)
    r = cli(store, config, "alert", *AT, "--dry-run")
    assert r.exit_code == 0, r.stderr
    said = [line for line in r.stderr.splitlines() if line.startswith("warning: rule")]
    assert said == [
        "warning: rule typo: no stored event's service fits 'wbe' (did you mean web?): it "
        "keeps no event, and fires on none",
        "warning: rule glob: no stored event's service fits 'payments': it keeps no event, and "
        "fires on none",
        "warning: rule regex: no stored event's host fits 're:^db-': it keeps no event, and "
        "fires on none",
    ]
    backtest = cli(store, config, "alert", "--backtest", "--since", "1d", *AT)
    assert backtest.exit_code == 0 and backtest.stderr.count("warning: rule") == 3
    # A cron run does not say it: a service a rule waits for may not have logged yet.
    cron = cli(store, config, "alert", *AT)
    assert "warning: rule" not in cron.stderr


def test_silence_list_says_when_there_is_none_and_checks_its_format(store) -> None:
    # It printed nothing at all, and took --format xml for text.
    r = run("--db", str(store), "silence", "list")
    assert (r.exit_code, r.stdout) == (0, "")
    assert r.stderr == "no active silences (--all: expired ones too)\n"
    assert run("--db", str(store), "silence", "list", "--format", "json").stdout == "[]\n"
    bad = run("--db", str(store), "silence", "list", "--format", "xml")
    assert bad.exit_code == 2 and "--format must be text or json" in bad.stderr
