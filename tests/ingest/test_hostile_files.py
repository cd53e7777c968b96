"""Hostile files and directories (issue #10, docs/security.md "Files"): the store and what DuckDB
writes beside it are owner-only, and special files, symlinks leaving the root, symlink loops and
unreadable files cost a warning, never a hang, a crash or the other files' events.

The discover()-level cases (FIFO and loop skipped in a walk) are in test_readers.py; these go
through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run
from tests.conftest import errctl_cmd, subprocess_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and FIFOs")


def _log(path: Path, message: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    line = {"ts": "2024-05-01T12:00:00Z", "level": "error", "msg": message}
    path.write_text(json.dumps(line) + "\n")
    return path


def _ingest(db: Path, *args: str) -> tuple[dict, str]:
    result = run("--db", str(db), "ingest", *args, "--summary", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def _messages(db: Path) -> list[str]:
    result = run("--db", str(db), "search", "--format", "ndjson", "--limit", "0")
    return sorted(json.loads(x)["message"] for x in result.stdout.splitlines())


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# The store: owner-only, with its .wal and the directories made for it.


def test_store_its_wal_and_created_directories_are_owner_only(tmp_path: Path):
    old = os.umask(0o022)  # a usual umask: what errctl creates must not follow it
    try:
        db = tmp_path / "made" / "for" / "it" / "s.duckdb"
        store = DuckDBStore(db)
        store.initialise()
        store.hold_seconds = 60.0  # keep the connection open so the .wal stays on disk
        store.commit_batch(batches.batch([batches.row()]), None, None)
        wal = db.with_name(db.name + ".wal")
        assert wal.exists()
        assert _mode(wal) == 0o600
        store.release()
        assert os.umask(0o022) == 0o022  # the process umask is restored
    finally:
        os.umask(old)
    assert _mode(db) == 0o600
    for d in (tmp_path / "made", tmp_path / "made" / "for", tmp_path / "made" / "for" / "it"):
        assert _mode(d) == 0o700, d


def test_an_existing_directory_is_not_changed(tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    _ingest(shared / "s.duckdb", str(_log(tmp_path / "logs" / "a.log", "a")))
    assert _mode(shared) == 0o755
    assert _mode(shared / "s.duckdb") == 0o600


# Special files, symlinks, unreadable files.


def test_a_fifo_in_a_directory_is_skipped_without_hanging(tmp_path: Path):
    root = tmp_path / "logs"
    _log(root / "a.log", "next to a fifo")
    os.mkfifo(root / "pipe.log")  # nobody writes to it: opening it would block for ever
    db = tmp_path / "s.duckdb"
    out = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", str(root), "--summary", "json"],
        capture_output=True, text=True, env=subprocess_env(), timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert (summary["files"], summary["skipped"], summary["events"]) == (1, 1, 1)
    assert "pipe.log" in out.stderr and "FIFO" in out.stderr
    assert _messages(db) == ["next to a fifo"]


def test_a_fifo_named_explicitly_is_skipped_without_hanging(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe")
    out = subprocess.run(
        [*errctl_cmd(), "--db", str(tmp_path / "s.duckdb"), "ingest", str(tmp_path / "pipe")],
        capture_output=True, text=True, env=subprocess_env(), timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "not a regular file" in out.stderr
    # `errctl ingest <(zcat app.log.gz)` names a pipe too: the warning says how to read one.
    assert "a pipe, read only from stdin: `command | errctl ingest -`" in out.stderr


@pytest.fixture
def escaping_links(tmp_path: Path) -> Path:
    """A root with its own log, a symlink to a file outside it and one to a directory outside."""
    root = tmp_path / "root"
    _log(root / "inside.log", "inside")
    outside = tmp_path / "outside"
    _log(outside / "secret.log", "outside file")
    _log(outside / "dir" / "deep.log", "outside dir")
    os.symlink(outside / "secret.log", root / "link.log")
    os.symlink(outside / "dir", root / "linkdir")
    return root


def test_symlinks_leaving_the_root_are_not_followed_by_default(tmp_path: Path, escaping_links):
    db = tmp_path / "s.duckdb"
    summary, _ = _ingest(db, str(escaping_links))
    assert (summary["files"], summary["events"]) == (1, 1)
    assert _messages(db) == ["inside"]


def test_symlinks_are_followed_with_follow_symlinks(tmp_path: Path, escaping_links):
    db = tmp_path / "s.duckdb"
    summary, _ = _ingest(db, str(escaping_links), "--follow-symlinks")
    assert (summary["files"], summary["events"]) == (3, 3)
    assert _messages(db) == ["inside", "outside dir", "outside file"]


def test_a_symlink_loop_with_follow_symlinks_terminates(tmp_path: Path):
    root = tmp_path / "root"
    _log(root / "a" / "one.log", "one")
    os.symlink(root, root / "a" / "up")  # root/a/up -> root: a loop through a parent
    os.symlink(root / "a", root / "a" / "self")  # and a loop onto itself
    os.symlink(root / "b", root / "b2")  # and a pair pointing at each other
    os.symlink(root / "b2", root / "b")
    db = tmp_path / "s.duckdb"
    out = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", str(root), "--follow-symlinks",
         "--summary", "json"],
        capture_output=True, text=True, env=subprocess_env(), timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert (summary["files"], summary["events"]) == (1, 1)
    assert _messages(db) == ["one"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anyway")
def test_an_unreadable_file_is_reported_and_counted_and_the_others_land(tmp_path: Path):
    root = tmp_path / "logs"
    _log(root / "a.log", "a")
    locked = _log(root / "b.log", "locked")
    _log(root / "c.log", "c")
    os.chmod(locked, 0)
    try:
        summary, stderr = _ingest(tmp_path / "s.duckdb", str(root))
    finally:
        os.chmod(locked, 0o600)
    assert (summary["files"], summary["skipped"], summary["events"]) == (2, 1, 2)
    assert "b.log" in stderr and "ermission denied" in stderr
    (skipped,) = [s for s in summary["sources"] if s["skipped"]]
    assert skipped["path"].endswith("b.log")
    assert _messages(tmp_path / "s.duckdb") == ["a", "c"]
