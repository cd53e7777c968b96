"""`configure()`: one call that sets up an application's logging the way errctl reads it best.

Owns `configure`, `Settings` and the environment variables:

    ERRCTL_SERVICE     service name (default: the program's name)
    ERRCTL_LOG_DIR     directory of the log files (default: ./logs)
    ERRCTL_LOG_LEVEL   minimum level, a name or a number (default: INFO)
    ERRCTL_CONSOLE     1/0, true/false, yes/no, on/off (default: on)
    ERRCTL_JSON_FILE   the JSON-lines file of every event (default: on)
    ERRCTL_ERROR_FILE  the JSON-lines file of errors only (default: on)
    ERRCTL_MAX_BYTES   size at which files rotate (default: 10 MiB)
    ERRCTL_BACKUPS     rotated files kept (default: 5)

An argument passed to `configure` wins over its variable, which wins over the default, so a
program that passes nothing lets its deployment decide.

Promises: the handlers it adds are marked, and a second call removes (and closes) exactly those
before adding new ones, so calling it twice never duplicates events and never touches handlers
someone else added. Files are `<log_dir>/<service>.jsonl` (every event at the level and above)
and `<log_dir>/<service>.errors.jsonl` (ERROR and above, the same JSON), rotated by size with
`RotatingFileHandler` (`.1`, `.2`, ...; errctl recognises rotated files by content, so
re-ingesting the directory never reads an event twice). Ingest the `.jsonl` file: the errors file
is a subset of it, for people and tools that want only errors.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from errctl.sdk.formatter import ConsoleFormatter, ContextFilter, JsonFormatter

__all__ = ["Settings", "configure"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_BACKUPS = 5
_MARK = "_errctl_sdk_handler"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


@dataclass(frozen=True, slots=True)
class Settings:
    """What `configure` settled on, after arguments, environment and defaults."""

    service: str
    log_dir: Path
    level: int
    console: bool
    json_file: bool
    error_file: bool
    max_bytes: int
    backups: int

    @property
    def json_path(self) -> Path:
        return self.log_dir / f"{_file_stem(self.service)}.jsonl"

    @property
    def error_path(self) -> Path:
        return self.log_dir / f"{_file_stem(self.service)}.errors.jsonl"


def _file_stem(service: str) -> str:
    return re.sub(r"[^\w.-]", "_", service) or "app"


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value.strip() if value is not None else None


def _env_bool(name: str, default: bool) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ValueError(f"{name}={raw!r}: expected one of 1/0, true/false, yes/no, on/off")


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: expected a whole number") from None
    if value < 0:
        raise ValueError(f"{name}={raw!r}: must not be negative")
    return value


def _level(value: str | int | None, source: str) -> int:
    if value is None:
        return logging.INFO
    if isinstance(value, int):
        return value
    text = value.strip()
    if text.isdigit():
        return int(text)
    level = logging.getLevelName(text.upper())
    if not isinstance(level, int):
        raise ValueError(f"{source}={value!r}: not a logging level (DEBUG, INFO, WARNING, ...)")
    return level


def _default_service() -> str:
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    name = Path(argv0).stem
    if name in ("", "-c", "__main__", "-m"):
        return "app"
    return name


def _resolve(
    service: str | None,
    log_dir: str | os.PathLike[str] | None,
    level: str | int | None,
    console: bool | None,
    json_file: bool | None,
    error_file: bool | None,
    max_bytes: int | None,
    backups: int | None,
) -> Settings:
    return Settings(
        service=service or _env("ERRCTL_SERVICE") or _default_service(),
        log_dir=Path(log_dir if log_dir is not None else (_env("ERRCTL_LOG_DIR") or "logs")),
        level=(
            _level(level, "level")
            if level is not None
            else _level(_env("ERRCTL_LOG_LEVEL") or None, "ERRCTL_LOG_LEVEL")
        ),
        console=console if console is not None else _env_bool("ERRCTL_CONSOLE", True),
        json_file=json_file if json_file is not None else _env_bool("ERRCTL_JSON_FILE", True),
        error_file=error_file if error_file is not None else _env_bool("ERRCTL_ERROR_FILE", True),
        max_bytes=(
            max_bytes if max_bytes is not None else _env_int("ERRCTL_MAX_BYTES", DEFAULT_MAX_BYTES)
        ),
        backups=backups if backups is not None else _env_int("ERRCTL_BACKUPS", DEFAULT_BACKUPS),
    )


def _mark(handler: logging.Handler) -> logging.Handler:
    setattr(handler, _MARK, True)
    handler.addFilter(ContextFilter())
    return handler


def remove_handlers(logger: logging.Logger | None = None) -> None:
    """Remove and close the handlers `configure` added to `logger` (default: the root)."""
    target = logger if logger is not None else logging.getLogger()
    for handler in list(target.handlers):
        if getattr(handler, _MARK, False):
            target.removeHandler(handler)
            handler.close()


def configure(
    service: str | None = None,
    log_dir: str | os.PathLike[str] | None = None,
    level: str | int | None = None,
    console: bool | None = None,
    json_file: bool | None = None,
    error_file: bool | None = None,
    max_bytes: int | None = None,
    backups: int | None = None,
    *,
    logger: logging.Logger | str | None = None,
    scrub: bool = True,
) -> Settings:
    """Set up logging: a console handler (human format, stderr), a rotating JSON-lines file of
    every event and a rotating JSON-lines file of errors, on the root logger (or `logger`).

    Safe to call again: it replaces the handlers it added before. Returns the settings used.
    """
    settings = _resolve(service, log_dir, level, console, json_file, error_file, max_bytes, backups)
    target = logger if isinstance(logger, logging.Logger) else logging.getLogger(logger or None)
    remove_handlers(target)
    target.setLevel(settings.level)

    handlers: list[logging.Handler] = []
    if settings.console:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.setFormatter(ConsoleFormatter(scrub=scrub))
        handlers.append(console_handler)
    if settings.json_file or settings.error_file:
        settings.log_dir.mkdir(parents=True, exist_ok=True)
        json_formatter = JsonFormatter(settings.service, scrub=scrub)
        files = []
        if settings.json_file:
            files.append((settings.json_path, logging.NOTSET))
        if settings.error_file:
            files.append((settings.error_path, logging.ERROR))
        for path, file_level in files:
            handler = logging.handlers.RotatingFileHandler(
                path,
                maxBytes=settings.max_bytes,
                backupCount=settings.backups,
                encoding="utf-8",
                # A surrogate that slipped past the formatter must cost a character, not the
                # event (the default 'strict' would drop the whole line in handleError).
                errors="replace",
                delay=True,
            )
            handler.setLevel(file_level)
            handler.setFormatter(json_formatter)
            handlers.append(handler)
    for handler in handlers:
        target.addHandler(_mark(handler))
    return settings
