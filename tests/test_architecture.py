"""The import rules of DESIGN.md section 2, checked on every module (lazy imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "errctl"

BASE = {"models", "errors", "__init__", "__main__"}
PARTS = {"store", "formats", "fingerprint", "severity", "config", "scrub"}
SERVICES = {"ingest", "query", "report", "alert", "gate"}

# What each layer may import from errctl (besides its own package).
ALLOWED: dict[str, set[str]] = {
    "cli": BASE | PARTS | SERVICES | {"cli"},
    "ingest": BASE | PARTS,
    "query": BASE | PARTS,
    "report": BASE | PARTS | {"query"},
    "alert": BASE | PARTS | {"query"},
    "gate": BASE | PARTS | {"query"},
    **{part: BASE | {"config"} for part in PARTS},
    "models": BASE,
    "errors": BASE,
    "sdk": set(),  # applications import it: the standard library only
    "__main__": {"cli"},  # `python -m errctl` runs the CLI
    "__init__": set(),
}

# Third-party modules and the packages allowed to import them.
THIRD_PARTY = {
    "typer": {"cli"},
    "click": set(),  # typer only, never click directly
    "rich": {"cli", "report"},
    "duckdb": {"store"},
    "httpx": {"alert", "store"},
}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path):
    layer = layer_of(path)
    for name in imported(path):
        top, _, rest = name.partition(".")
        if top == "errctl":
            target = rest.split(".")[0] or "__init__"
            if target == layer:
                continue
            if layer == "sdk":
                pytest.fail(f"{path.name}: errctl.sdk may use only the standard library ({name})")
            assert target in ALLOWED.get(layer, set()), f"{layer} may not import {name}"
        elif top in THIRD_PARTY:
            assert layer in THIRD_PARTY[top], f"{layer} may not import {top} ({path.name})"
