"""`errctl report --send RECEIVER`: the chat digest goes through an alert receiver (a real
HTTP server on 127.0.0.1), signed and kept in the outbox when the receiver is down."""

from __future__ import annotations

from pathlib import Path

from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import (
    receiver,  # noqa: F401  (the fixture)
    receiver_toml,
    write_config,
)
from tests.cli_runner import run
from tests.report.sample import build_store

AT = ("--at", "2026-11-28T12:00Z")


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "store.duckdb"
    build_store(db)
    return db


def test_send_posts_the_compact_digest_signed(tmp_path, receiver, monkeypatch) -> None:  # noqa: F811
    db = _store(tmp_path)
    monkeypatch.setenv("TEAM_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml("team", receiver.url, kind="slack", secret_env="TEAM_SECRET"),
    )
    r = run("--db", str(db), "--config", str(config), "report", *AT, "--send", "team")
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""  # sent, not printed
    assert "sent the report to team" in r.stderr
    (request,) = receiver.requests
    assert request.headers["webhook-id"] and request.headers["webhook-signature"]
    text = " ".join(b["text"]["text"] for b in request.json["blocks"] if "text" in b)
    assert "errctl report" in text
    assert len(text) < 4000  # a chat message, not the full report


def test_send_to_a_receiver_that_is_down_exits_5_and_keeps_it(tmp_path, receiver) -> None:  # noqa: F811
    db = _store(tmp_path)
    receiver.default = 503
    config = write_config(tmp_path / "e.toml", receiver_toml("team", receiver.url, retries=0))
    r = run("--db", str(db), "--config", str(config), "report", *AT, "--send", "team")
    assert r.exit_code == 5, r.stderr
    assert "stays in the outbox" in r.stderr
    receiver.default = 200
    r = run("--db", str(db), "--config", str(config), "alert", *AT)
    assert r.exit_code == 0, r.stderr
    delivered = [q for q in receiver.acked() if q.json.get("type") == "message"]
    assert len(delivered) == 1 and "errctl report" in delivered[0].json["title"]
    assert DuckDBStore(db).path.exists()


def test_send_and_write_a_file_too(tmp_path, receiver) -> None:  # noqa: F811
    db = _store(tmp_path)
    config = write_config(tmp_path / "e.toml", receiver_toml("team", receiver.url))
    out = tmp_path / "r.html"
    r = run(
        "--db", str(db), "--config", str(config), "report", *AT,
        "--send", "team", "--format", "html", "-o", str(out),
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert out.read_text().lower().startswith("<!doctype html>") and len(receiver.requests) == 1


def test_send_to_an_unknown_receiver_is_a_usage_error(tmp_path) -> None:
    db = _store(tmp_path)
    config = write_config(tmp_path / "e.toml", "")
    r = run("--db", str(db), "--config", str(config), "report", *AT, "--send", "nobody")
    assert r.exit_code == 2, r.stderr


def test_a_failed_send_keeps_the_file_written(tmp_path, receiver) -> None:  # noqa: F811
    # The file used to be written after the send: a receiver down (exit 5) lost the report.
    db = _store(tmp_path)
    receiver.default = 503
    config = write_config(tmp_path / "e.toml", receiver_toml("team", receiver.url, retries=0))
    out = tmp_path / "day" / "r.md"
    r = run(
        "--db", str(db), "--config", str(config), "report", *AT,
        "--send", "team", "--format", "markdown", "-o", str(out),
    )  # fmt: skip
    assert r.exit_code == 5, r.stderr
    assert "stays in the outbox" in r.stderr and r.stdout == ""
    assert out.read_text().startswith("#")
