"""Where errctl keeps its store: `--db` > `ERRCTL_DB` > `[store] path` in the config > the
user data dir (DESIGN.md section 3)."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "ERRCTL_DB"
DATA_DIR_ENV = "ERRCTL_DATA_DIR"  # overrides the platform data dir (tests use it)


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("errctl", appauthor=False))


def resolve_db_path(cli_value: str | None, config_value: str | None = None) -> tuple[Path, str]:
    """The store path and where it came from (for messages and `config show`)."""
    if cli_value:
        return Path(cli_value).expanduser(), "--db"
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser(), DB_ENV
    if config_value:
        return Path(config_value).expanduser(), "config [store] path"
    return default_data_dir() / "errctl.duckdb", "default (user data dir)"
