"""Ctrl-C in an ingest: exit 130, and a line on stderr that says what became of the run (it
ended silently, leaving an on-call engineer to wonder whether anything was kept, or would be
stored twice by the next run)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import errctl_cmd, subprocess_env
from tests.ingest.test_follow import DEADLINE, line, stored, wait_for

pytestmark = pytest.mark.slow

KEPT = "interrupted: the events stored so far stay stored"


def sigint_default() -> None:
    """In the child: Ctrl-C's default. A pytest-xdist worker ignores SIGINT, its children
    inherit that, and Python then installs no KeyboardInterrupt handler at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=DEADLINE)
    return proc.returncode, err.decode()


def test_ctrl_c_in_follow_says_the_stored_events_stay_and_how_to_go_on(tmp_path: Path) -> None:
    logs, db = tmp_path / "logs", tmp_path / "s.duckdb"
    logs.mkdir()
    (logs / "app.log").write_text(line(1) + line(2))
    follower = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "ingest", str(logs), "--follow", "--interval", "0.2"],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=sigint_default,
    )
    try:
        wait_for(lambda: len(stored(db)) == 2, "the lines the file held")
    finally:
        code, err = interrupt(follower)
    assert code == 130, err
    assert f"{KEPT}; ingest the same paths again to go on where it stopped" in err, err
    assert "Traceback" not in err, err


def test_ctrl_c_while_reading_a_pipe_says_the_stored_events_stay(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    # A program that logs two lines, then nothing more for as long as it runs.
    script = f"import sys, time\nsys.stdout.write({line(1) + line(2)!r})\nsys.stdout.flush()\n"
    script += "time.sleep(600)\n"
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    ingest = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "ingest", "-"],
        stdin=writer.stdout,
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=sigint_default,
    )
    assert writer.stdout is not None
    writer.stdout.close()  # the ingest holds the pipe's reading end
    try:
        wait_for(lambda: len(stored(db)) == 2, "the lines of a pipe gone quiet")
    finally:
        code, err = interrupt(ingest)
        writer.kill()
        writer.wait()
    assert code == 130, err
    assert KEPT in err and "again" not in err, err  # stdin cannot be read again
    assert "Traceback" not in err, err
