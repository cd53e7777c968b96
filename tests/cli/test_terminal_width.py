"""On a real 80-column terminal each row of a listing is one line, cut with an ellipsis; it
used to word-wrap a long title over three or four lines, because rich drops the `no_wrap` of
a Text handed to `print`. Piped, the same rows are printed whole."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.cli_runner import run

LOG = "\n".join(
    f"2026-11-28 11:{m:02d}:00,120 ERROR [billing.provider] charge request for invoice "
    f"INV-2026-0{m:04d} timed out after 8000 ms while waiting for the payment provider "
    f"paystream to answer on its primary endpoint"
    for m in range(10, 40, 5)
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    log = tmp_path / "billing.log"
    log.write_text(LOG + "\n")
    r = run("--db", str(db), "ingest", "--tz", "UTC", "--quiet", str(log))
    assert r.exit_code == 0, r.stderr
    return db


def on_terminal(db: Path, *args: str, columns: int = 80) -> list[str]:
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "TERMINAL_WIDTH")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.Popen(
        [sys.executable, "-m", "errctl", "--db", str(db), *args],
        stdin=subprocess.DEVNULL,
        stdout=child,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait(timeout=60) == 0
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.decode())  # bold and dim stay under NO_COLOR
    return text.replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize(
    ("args", "headings", "rows"),
    [
        # The window (folded: cut, it lost the change against the window before), the header,
        # one group.
        (("top", "--at", "2026-11-28T12:00Z"), 3, 1),
        (("groups",), 1, 1),
        (("search", "timed out"), 0, 6),
    ],
)
def test_rows_are_cut_to_an_80_column_terminal_not_wrapped(
    store: Path, args, headings: int, rows: int
) -> None:
    lines = on_terminal(store, *args)
    assert len(lines) == headings + rows, lines
    assert all(len(line) <= 80 for line in lines), lines
    assert all(line.endswith("…") for line in lines[-rows:]), lines
    assert not any("primary endpoint" in line for line in lines), lines


def test_piped_rows_stay_whole(store: Path) -> None:
    r = run("--db", str(store), "search", "timed out")
    assert r.exit_code == 0, r.stderr
    assert sum("on its primary endpoint" in line for line in r.stdout.splitlines()) == 6
