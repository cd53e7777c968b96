"""Every built-in regex finishes on adversarial input (issue #10: hostile input).

A child process runs each regex errctl applies to log text (tests/regex_inventory.py finds them
all) on 20 KB runs of separators, digits, quotes, brackets, hex, `at ` frames and near-matches
of the regex itself, printing each regex's name before running it. The parent fails when one
regex keeps the child busy for more than STALL_SECONDS.

This is not a speed test: on any machine a linear regex takes milliseconds here, and the
generous timeout only catches catastrophic backtracking (a quadratic pattern takes minutes on
such input, an exponential one forever). Worst-case times are measured, not asserted, by
`python bench/regex_worst_case.py`.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading

from tests.conftest import ROOT, subprocess_env

SIZE = 20_000
STALL_SECONDS = 30.0
STARTUP_SECONDS = 180.0
"""Importing errctl and finding its regexes, before the first one runs: no regex of the log's
is timed there, and a full suite on a loaded 2-core machine once took over 10 s for it."""


def test_every_builtin_regex_finishes_on_adversarial_input():
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.regex_inventory", str(SIZE)],
        cwd=ROOT,
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    current = "(start-up)"
    names = []
    try:
        while True:
            try:
                line = lines.get(timeout=STARTUP_SECONDS if not names else STALL_SECONDS)
            except queue.Empty:
                if not names:
                    raise AssertionError(f"no regex ran in {STARTUP_SECONDS:g}s") from None
                raise AssertionError(
                    f"regex {current} ran over {STALL_SECONDS:g}s on {SIZE:,}-character "
                    "adversarial input: catastrophic backtracking"
                ) from None
            if line is None:
                break
            if line == "-- done":
                current = "(done)"
                continue
            current = line
            names.append(line)
    finally:
        child.kill()
        child.wait()
    assert current == "(done)", child.stderr.read() if child.stderr else current  # type: ignore[union-attr]
    assert len(names) > 100  # the walk found the regexes (a broken walk would find none)
    assert any(n.startswith("masking.") for n in names)
    assert any(n.startswith("scrub.") for n in names)
    assert any(n.startswith("formats.timestamps.") for n in names)
