"""A reader that stops early (`errctl search ... | head -1`) ends errctl with exit 141, as a
shell reports `cat` killed by SIGPIPE, and nothing on stderr. click and rich exited 1 for it,
which is "findings" (a failed gate) to a script that checks the code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from errctl.errors import ExitCode
from tests.cli_runner import run
from tests.conftest import errctl_cmd, subprocess_env

LOG = "".join(
    f"2026-11-28 10:{i // 60 % 60:02d}:{i % 60:02d},120 ERROR [shop.orders.checkout] order "
    f"{100000 + i} for customer c{i % 977} failed: the payment provider answered 502 after "
    f"{i % 9000} ms\n"
    for i in range(3000)
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    log = tmp_path / "orders.log"
    log.write_text(LOG)
    r = run("--db", str(db), "ingest", "--tz", "UTC", "--quiet", str(log))
    assert r.exit_code == 0, r.stderr
    return db


def first_line_then_close(*args: str) -> tuple[int, bytes, bytes]:
    proc = subprocess.Popen(
        [*errctl_cmd(), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    err = proc.stderr.read()
    return proc.wait(timeout=60), first, err


@pytest.mark.parametrize(
    "args",
    [
        ("search", "--limit", "0"),  # rows through rich
        ("search", "--limit", "0", "--format", "ndjson"),
        ("search", "--limit", "0", "--format", "csv"),
        ("show", "--samples", "3000", "LATER"),  # the group's id, below
    ],
)
def test_a_reader_gone_early_is_exit_141_quietly(store: Path, args: tuple[str, ...]) -> None:
    if "LATER" in args:
        gid = run("--db", str(store), "groups", "--format", "csv").stdout.splitlines()[1]
        args = (*args[:-1], gid.split(",")[0])
    code, first, err = first_line_then_close("--db", str(store), *args)
    assert first, err
    assert code == ExitCode.STDOUT_CLOSED == 141, err
    assert err == b"", err  # no traceback, no "Exception ignored"


def test_output_read_whole_is_exit_0(store: Path) -> None:
    proc = subprocess.run(
        [*errctl_cmd(), "--db", str(store), "search", "--limit", "0", "--format", "ndjson"],
        capture_output=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3000
