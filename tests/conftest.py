"""Test isolation (DESIGN.md 4.7): tests never see the developer's machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Hypothesis fails an example that takes over 200 ms by default: a timing assertion, which on a
# shared, loaded CI machine fails at random (seen: a two-thread masking example on a busy
# machine). Speed is measured by bench/, never asserted in tests.
settings.register_profile("errctl", deadline=None)
# `pytest --hypothesis-profile=thorough`: twenty times the examples, to hunt for what the
# default run finds only now and then (a failure found at random is a flaky CI run).
settings.register_profile("thorough", deadline=None, max_examples=2000)
settings.load_profile("errctl")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ERRCTL_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.delenv("ERRCTL_DB", raising=False)
    monkeypatch.delenv("ERRCTL_CONFIG", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERMINAL_WIDTH", "120")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("_TYPER_FORCE_DISABLE_TERMINAL", "1")
    monkeypatch.chdir(home)
    yield


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.duckdb"


def errctl_cmd() -> list[str]:
    """Run the CLI as a user would: a real process with this interpreter."""
    return [sys.executable, "-m", "errctl"]


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env
