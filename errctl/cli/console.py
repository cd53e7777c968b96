"""Terminal output: data goes to stdout, everything else (progress, warnings, errors) to stderr.

Colour only on a TTY and never with NO_COLOR (rich honours both). Text that came from logs is
printed as data, never as rich markup.
"""

from __future__ import annotations

import re
from functools import cache

from rich.console import Console

# C0/C1 controls (ANSI and OSC escapes start with them) and the bidi overrides that reorder
# text; tab and newline stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Control characters (ANSI escapes, bidi overrides, ...) shown as `\\x1b`, not obeyed:
    text from logs is data, and a log line must not be able to drive the terminal."""
    return _CONTROL.sub(_show, text)


def _show(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


@cache
def err_console() -> Console:
    return Console(stderr=True, highlight=False)


@cache
def out_console() -> Console:
    return Console(highlight=False)


def warn(message: str) -> None:
    err_console().print(f"[yellow]warning:[/yellow] {_escape(message)}", soft_wrap=True)


def error(message: str, hint: str | None = None) -> None:
    err_console().print(f"[bold red]error:[/bold red] {_escape(message)}")
    if hint:
        err_console().print(f"[dim]hint:[/dim] {_escape(hint)}")


def info(message: str) -> None:
    err_console().print(_escape(message), soft_wrap=True)


def _escape(text: str) -> str:
    """Safe to print: no rich markup, no terminal control sequences."""
    from rich.markup import escape

    return escape(visible(text))
