"""Terminal output: data goes to stdout, everything else (progress, warnings, errors) to stderr.

Colour only on a TTY and never with NO_COLOR (rich honours both). Text that came from logs is
printed as data, never as rich markup.
"""

from __future__ import annotations

from functools import cache

from rich.console import Console


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
    from rich.markup import escape

    return escape(text)
