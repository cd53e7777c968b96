"""The examples in --help are printed as written: click used to refill them to 80 columns, so
`errctl top  # the last hour, most urgent first` ended with `first` alone on the next line,
indented like a command, and prune's cron line was cut inside `--older-than`."""

from __future__ import annotations

import re

from errctl.cli.main import keep_examples_whole
from tests.cli_runner import run


def help_at_80(*command: str) -> list[str]:
    r = run(*command, "--help")
    assert r.exit_code == 0, r.stderr
    return r.stdout.splitlines()


COMMANDS = [
    ("ingest",),
    ("search",),
    ("top",),
    ("groups",),
    ("show",),
    ("explain",),
    ("ignore",),
    ("prune",),
    ("report",),
    ("alert",),
    ("config", "show"),
    ("baseline", "write"),
    ("reclassify",),
]


def test_every_example_is_one_line_and_its_comment_fits(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for command in COMMANDS:
        lines = help_at_80(*command)
        start = next(i for i, line in enumerate(lines) if line.strip() == "Examples:")
        block = lines[start + 1 :]
        ends = [i for i, line in enumerate(block) if re.match(r" ?\S|  \S", line)]
        block = block[: ends[0] if ends else len(block)]
        examples = [line for line in block if line.strip()]
        assert examples, command
        for line in examples:
            # an example, or the comment above one: nothing refilled onto a line of its own
            assert re.match(r"    (errctl|kubectl|# |\d)", line), (command, line)
            if "#" in line:
                assert len(line) <= 80, (command, line)


def test_a_comment_goes_above_every_example_when_one_is_too_wide() -> None:
    epilog = (
        "Examples:\n\n  errctl a   # short\n\n  errctl bb --with-options  # "
        + "a comment much too long to fit beside its command in --help's columns"
        + "\n\nA paragraph of prose, refilled as before."
    )
    assert keep_examples_whole(epilog).split("\n\n") == [
        "Examples:",
        "\b\n  # short\n  errctl a",
        "\b\n  # a comment much too long to fit beside its command in --help's columns\n"
        "  errctl bb --with-options",
        "A paragraph of prose, refilled as before.",
    ]
    short = "Examples:\n\n  errctl a   # short"
    assert keep_examples_whole(short) == "Examples:\n\n\b\n  errctl a   # short"


def test_prunes_cron_line_is_whole() -> None:
    assert "    15 3 * * *  errctl prune --older-than 30d --quiet" in help_at_80("prune")
