"""`errctl config show|check|init`: the effective configuration, validation, a starter file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from errctl.cli import console
from errctl.cli.app import ErrctlTyper, options

_EXAMPLES = """
Examples:

  errctl config show                      # every value and where it came from

  errctl --config ci.toml config show --format json

  errctl config check errctl.toml         # exit 2 and every problem when it is invalid

  errctl config init                      # writes ./errctl.toml, commented

Files, first found wins: --config, $ERRCTL_CONFIG, ./errctl.toml, [tool.errctl] in
./pyproject.toml, errctl.toml in the user config dir. See docs/configuration.md.
"""

config_app = ErrctlTyper(
    name="config",
    help="Show, check and create the configuration file.\n" + _EXAMPLES,
    no_args_is_help=True,
    rich_markup_mode=None,
)


@config_app.command(epilog=_EXAMPLES)
def show(
    ctx: typer.Context,
    output: Annotated[str, typer.Option("--format", help="text (TOML-like) or json.")] = "text",
) -> None:
    """Print the effective configuration: every key, its value, and where it came from (a
    file and line, the environment, or the built-in default)."""
    import orjson

    from errctl.config.loader import apply_override, describe
    from errctl.errors import UsageError

    if output not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output!r}")
    opts = options(ctx)
    settings = opts.settings()
    if opts.db:
        settings = apply_override(settings, "store.path", str(Path(opts.db).expanduser()), "--db")
    items = describe(settings)
    if output == "json":
        data = {
            "file": settings.file,
            "found_by": settings.found_by,
            "values": [{"key": k, "value": v, "origin": o} for k, v, o in items],
        }
        typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    if settings.file:
        typer.echo(f"# config file: {settings.file} (found by {settings.found_by})")
    else:
        typer.echo("# no config file found: built-in defaults")
    for key, value, origin in items:
        if value is None:
            # TOML has no null, and `retention = ""` copied from here is refused: say it.
            typer.echo(f"# {key}: not set ({origin})")
            continue
        typer.echo(f"{key} = {toml_value(value)}  # {origin}")


@config_app.command(epilog=_EXAMPLES)
def check(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(help="The file to check (default: the one errctl would use)."),
    ] = None,
) -> None:
    """Validate a configuration file: report every unknown key and bad value with its line,
    and exit 2 if there is any."""
    from errctl.config.loader import FoundConfig, find_config, iter_problems

    found: FoundConfig | str | None = path or find_config(options(ctx).config)
    if found is None:
        console.info("no config file found: errctl uses its built-in defaults")
        return
    target = found.path if isinstance(found, FoundConfig) else found
    problems = list(iter_problems(found))
    from rich.markup import escape

    for problem in problems:
        # One problem per line, never wrapped: editors and CI jump to `file:line`.
        console.err_console().print(
            f"[bold red]error:[/bold red] {escape(str(problem))}", soft_wrap=True
        )
    if problems:
        console.info(f"{target}: {len(problems)} problem(s)")
        raise typer.Exit(2)
    from errctl.config.loader import load_file
    from errctl.formats.pattern import pattern_warnings

    # Valid, but a [[sources]] pattern whose groups are named as logs name fields (ts, msg), or
    # with no time, stores what its author did not mean: said as `ingest --pattern` says it.
    settings = load_file(found)
    for i, source in enumerate(settings.sources):
        for warning in pattern_warnings(source.pattern) if source.pattern else ():
            console.warn(f"sources[{i}] ({source.path}): {warning.replace('--pattern', 'pattern')}")
    for warning in _unset_variables(settings):
        console.warn(warning)
    console.info(f"{target}: ok")


def _unset_variables(settings: Any) -> list[str]:
    """Receivers whose url_env / secret_env name a variable not set here: `errctl alert` could
    not deliver to them (as `alert test` says). A warning, not a problem: cron's environment
    may well set what this shell does not."""
    import os

    found = []
    for name, receiver in settings.alerts.receivers.items():
        for key in ("url_env", "secret_env"):
            variable = getattr(receiver, key)
            if variable and not os.environ.get(variable):
                found.append(
                    f"alerts.receivers.{name}: {key} names {variable}, which is not set in this "
                    "environment (errctl alert cannot deliver to this receiver without it)"
                )
    return found


@config_app.command(epilog=_EXAMPLES)
def init(
    path: Annotated[
        str | None,
        typer.Argument(help="Where to write it (default ./errctl.toml; - for stdout)."),
    ] = None,
    user: Annotated[
        bool, typer.Option("--user", help="Write it to the user config dir instead.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter configuration file (every section, with the defaults)."""
    from errctl.config.loader import FILE_NAME, starter_text, user_config_dir
    from errctl.errors import UsageError

    text = starter_text()
    if path == "-":
        typer.echo(text, nl=False)
        return
    if path and user:
        raise UsageError("give a path or --user, not both")
    target = user_config_dir() / FILE_NAME if user else Path(path or FILE_NAME).expanduser()
    if target.exists() and not force:
        raise UsageError(f"{target} exists", hint="pass --force to overwrite it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {target}: {e.strerror or e}") from e
    console.info(f"wrote {target}; `errctl config check` validates it after you edit it")


def toml_value(value: Any) -> str:
    """A value as TOML writes it (inline), for `config show`."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return (
            "{ " + ", ".join(f"{_toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
        )
    if value is None:
        return '""'
    return json.dumps(str(value))


def _toml_key(key: str) -> str:
    import json
    import re

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)
