"""Terminal output: data goes to stdout, everything else (progress, warnings, errors) to stderr.

Colour only on a TTY and never with NO_COLOR (rich honours both). Text that came from logs is
printed as data, never as rich markup.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

# Text from logs is data: a log line must not be able to drive the terminal. `visible` is the
# one rule for every medium, kept with the report's escaping (cli may import report, not the
# other way round); the cli modules import it from here.
from errctl.report.safe import visible as visible

if TYPE_CHECKING:  # rich is imported on first use: output as JSON never needs it (start-up)
    from rich.console import Console


@cache
def err_console() -> Console:
    return _console_class()(stderr=True, highlight=False)


@cache
def out_console() -> Console:
    return _console_class()(highlight=False)


@cache
def _console_class() -> type[Console]:
    from rich.console import Console

    class PipeAwareConsole(Console):
        """A Console that leaves a reader gone (`errctl top | head -3`) to the command's
        wrapper (cli.app.translate_errors: exit 141), where rich would exit 1, which reads as
        findings (a failed gate) to a script."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return PipeAwareConsole


def print_row(line: Any) -> None:
    """One row of a listing on stdout: cut to the terminal's width with an ellipsis on a
    terminal, whole when piped (so grep sees all of it).

    rich joins the Text objects given to `print` into a new Text that drops their own
    `no_wrap`/`overflow`, so those are passed to `print` itself: set on the Text alone, a long
    row word-wraps onto the next lines of an 80-column terminal."""
    console = out_console()
    if console.is_terminal:
        console.print(line, crop=True, soft_wrap=False, no_wrap=True, overflow="ellipsis")
    else:
        console.print(line, soft_wrap=True)


def text_width(*, terminal: bool = True, default: int = 80) -> int:
    """The width plain text on stdout should fit: COLUMNS when set, else the terminal's when
    stdout is one (and `terminal`), else `default`. Unlike rich's width, a terminal on stdin
    or stderr does not count: piped output is 80 wide, whoever runs it."""
    import os
    import sys

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if terminal:
        try:
            if sys.stdout.isatty():
                return os.get_terminal_size(sys.stdout.fileno()).columns or default
        except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout
            pass
    return default


def warn(message: str) -> None:
    err_console().print(f"[yellow]warning:[/yellow] {_escape(message)}", soft_wrap=True)


def error(message: str, hint: str | None = None) -> None:
    # soft_wrap: a message is one line however long (not cut at 80 columns in a CI log), so
    # grep finds it whole.
    err_console().print(f"[bold red]error:[/bold red] {_escape(message)}", soft_wrap=True)
    if hint:
        err_console().print(f"[dim]hint:[/dim] {_escape(hint)}", soft_wrap=True)


def info(message: str) -> None:
    err_console().print(_escape(message), soft_wrap=True)


def _escape(text: str) -> str:
    """Safe to print: no rich markup, no terminal control sequences."""
    from rich.markup import escape

    return escape(visible(text))
