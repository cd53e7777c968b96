"""The browser tests skip without Chromium on a workstation, and fail without it under CI."""

from __future__ import annotations

import pytest

from tests.report import chromium


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium.shutil, "which", lambda name: None)
    monkeypatch.delenv("ERRCTL_CHROMIUM", raising=False)


def test_missing_chromium_skips_outside_ci(no_chromium, monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        chromium.require_chromium()


def test_missing_chromium_fails_under_ci(no_chromium, monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI the browser tests must run"):
        chromium.require_chromium()
