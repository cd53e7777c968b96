"""Golden files: the expected output of each renderer, kept in tests/report/golden/.

After an intended change, regenerate with ERRCTL_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ERRCTL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden {path}: run with ERRCTL_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its golden (ERRCTL_UPDATE_GOLDEN=1 rewrites)"
