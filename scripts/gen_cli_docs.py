"""Write docs/cli.md from the CLI's own --help texts (DESIGN.md 4.8: docs that describe flags
are generated, and tests/test_cli_docs.py fails when they drift).

Usage: python scripts/gen_cli_docs.py [--check]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"

HEADER = """# Command reference

Generated from `errctl --help` by `python scripts/gen_cli_docs.py`; do not edit by hand
(a test fails when this file and the CLI disagree).

**Times are UTC**, as the store keeps them. Tables for people mark each time with a `Z`
(`2026-11-30 08:00:00Z`; `top`, whose rows give ages, says `UTC` in its heading); json, ndjson
and csv carry ISO 8601 times ending in `Z`. A time typed on the command line (`--since`,
`--until`, `--at`, `ignore --until`, `prune --older-than`) without a zone is read as UTC too:
`--since '2026-11-30 10:00'` is 10:00 UTC. To give your zone, add its offset: `--since
2026-11-30T10:00+02:00` (08:00 UTC). Lengths (`15m`, `2d`) count from now, whatever the zone
(back for a window, ahead for `ignore --until`). Times *in logs* without a zone are read in
`ingest --tz` (default: this host's zone).
"""


def command_paths() -> list[list[str]]:
    """Every command and sub-command, in the order `errctl --help` lists them."""
    import typer

    from errctl.cli.main import app

    root = typer.main.get_command(app)
    paths: list[list[str]] = [[]]

    def walk(group, prefix: list[str]) -> None:
        for name in group.list_commands(None):  # type: ignore[arg-type]
            cmd = group.get_command(None, name)  # type: ignore[arg-type]
            if cmd is None or getattr(cmd, "hidden", False):
                continue
            paths.append([*prefix, name])
            if hasattr(cmd, "list_commands"):
                walk(cmd, [*prefix, name])

    walk(root, [])
    return paths


def render() -> str:
    os.environ.update(
        {
            "COLUMNS": "100",
            "TERMINAL_WIDTH": "100",
            "NO_COLOR": "1",
            "_TYPER_FORCE_DISABLE_TERMINAL": "1",
        }
    )
    from typer.testing import CliRunner

    from errctl.cli.main import app

    runner = CliRunner()
    parts = [HEADER]
    for path in command_paths():
        result = runner.invoke(app, [*path, "--help"], prog_name="errctl")
        title = " ".join(["errctl", *path])
        help_text = "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip()
        parts.append(f"## `{title}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if DOC.read_text() != text:
            print("docs/cli.md is out of date: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
