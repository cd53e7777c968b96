"""The configuration a newcomer copies from the README must load as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from errctl.config.loader import load_file

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_a_config_example() -> None:
    assert BLOCKS


@pytest.mark.parametrize("block", BLOCKS)
def test_each_readme_config_block_loads(tmp_path: Path, block: str) -> None:
    path = tmp_path / "errctl.toml"
    path.write_text(block, encoding="utf-8")
    settings = load_file(path)
    assert settings.file is not None
