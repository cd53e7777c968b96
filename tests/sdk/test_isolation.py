"""errctl.sdk is importable with the standard library alone (DESIGN.md section 2)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import errctl.sdk
from tests.conftest import ROOT, subprocess_env

SDK_DIR = Path(errctl.sdk.__file__).parent
HEAVY = ("typer", "rich", "duckdb", "pyarrow", "orjson", "platformdirs", "httpx", "click")


def test_importing_the_sdk_loads_no_third_party_module_and_no_other_errctl_package():
    code = "import json, sys; import errctl.sdk; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=subprocess_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    modules = set(json.loads(out))
    assert not {m for m in modules if m.split(".")[0] in HEAVY}
    errctl_modules = {m for m in modules if m == "errctl" or m.startswith("errctl.")}
    assert errctl_modules - {"errctl"} == {m for m in errctl_modules if m.startswith("errctl.sdk")}
    assert "errctl.sdk" in errctl_modules
    for name in modules:
        top = name.split(".")[0]
        assert (
            top in sys.stdlib_module_names or top in ("errctl", "__main__") or top.startswith("_")
        ), name


def test_every_import_in_the_sdk_sources_is_stdlib_or_the_sdk_itself():
    for path in sorted(SDK_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{path.name}: use absolute errctl.sdk imports"
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                ok = top in sys.stdlib_module_names or top == "__future__"
                ok = ok or name == "errctl.sdk" or name.startswith("errctl.sdk.")
                assert ok, f"{path.name} imports {name}"


def test_errctl_package_init_stays_light():
    # `import errctl.sdk` runs errctl/__init__.py first: it must keep importing nothing.
    tree = ast.parse((SDK_DIR.parent / "__init__.py").read_text())
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
