"""The Typer application, its global options, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from errctl import __version__
from errctl.cli import console
from errctl.errors import EXIT_CODE_HELP, ErrctlError, ExitCode


def translate_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn an ErrctlError into its message on stderr and its exit code (DESIGN.md 4.2), and
    a stdout closed early (`errctl search ... | head -1`) into exit 141, quietly."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()  # here, where a reader gone is caught, not at exit
            return result
        except ErrctlError as e:
            console.error(e.message, e.hint)
            raise typer.Exit(int(e.exit_code)) from e
        except BrokenPipeError:
            _drop_stdout()
            raise typer.Exit(int(ExitCode.STDOUT_CLOSED)) from None

    return wrapper


def _drop_stdout() -> None:
    """Point stdout at /dev/null: what is still buffered for a reader that left would fail
    again at exit ("Exception ignored ... BrokenPipeError", exit 120). click would exit 1 for
    it, which a script reads as findings."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout (tests)
        pass


class ErrctlTyper(typer.Typer):
    """A Typer whose commands all translate ErrctlError the same way."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        register = super().command(*args, **kwargs)
        return lambda func: register(translate_errors(func))


app = ErrctlTyper(
    name="errctl",
    help="Error triage for log files: ingest, group, search, and see what is breaking.\n\n"
    + EXIT_CODE_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(slots=True)
class GlobalOptions:
    db: str | None
    lock_timeout: float | None
    config: str | None = None
    _settings: Any = field(default=None, repr=False)

    def settings(self):  # -> Settings (imported lazily: start-up)
        """The effective configuration, loaded on first use (a bad file is exit 2 then)."""
        if self._settings is None:
            from errctl.config.loader import load_settings

            self._settings = load_settings(self.config)
        return self._settings

    def store(self, announce_wait: bool = True):  # -> DuckDBStore (imported lazily: start-up)
        from errctl.config.paths import resolve_db_path
        from errctl.store.duckdb_store import DuckDBStore

        settings = self.settings()
        path, _origin = resolve_db_path(self.db, settings.store.path)
        lock_timeout = self.lock_timeout
        if lock_timeout is None:
            lock_timeout = settings.store.lock_timeout
        return DuckDBStore(
            Path(path),
            lock_timeout=lock_timeout,
            on_wait=console.warn if announce_wait else None,
        )


def _version(value: bool) -> None:
    if value:
        typer.echo(f"errctl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The store file (default: $ERRCTL_DB, else [store] path in the config, else "
            "the user data dir).",
        ),
    ] = None,
    lock_timeout: Annotated[
        float | None,
        typer.Option(
            "--lock-timeout",
            help="Seconds to wait for a store another errctl process is using, then exit 4 "
            "(default: [store] lock_timeout in the config, else 30).",
            min=0,
        ),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            help="The config file (default: $ERRCTL_CONFIG, ./errctl.toml, [tool.errctl] in "
            "./pyproject.toml, else the user config dir).",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """errctl: error triage for log files."""
    ctx.obj = GlobalOptions(db=db, lock_timeout=lock_timeout, config=config)


def options(ctx: typer.Context) -> GlobalOptions:
    obj = ctx.find_root().obj
    if not isinstance(obj, GlobalOptions):  # a command invoked without the callback (tests)
        obj = GlobalOptions(db=None, lock_timeout=None)
    return obj
