"""User regexes that could backtrack catastrophically are refused with a clear error, so a
hostile log line cannot stall ingest (issue #10)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from errctl.config.regex_safety import dangerous_construct
from errctl.errors import UsageError
from errctl.formats.pattern import PatternFormat
from tests.conftest import errctl_cmd, subprocess_env

EVIL = [r"(a+)+$", r"(.*)*x", r"(a|aa)+$", r"^(\w+\s?)*$", r"(x+x+)+y", r"(?P<m>(.*?,)*)x"]
FINE = [
    r"(?P<timestamp>\S+ \S+) (?P<level>\w+) (?P<message>.*)",
    r'"(?:[^"\\]|\\.)*"',
    r"(?:[a-z]+\.)+com",
    r"(?:a+)++",
    r"(?>a+)+",
    r"(GET|POST) (?P<path>\S+)",
    r"(\w|\d)*",  # the parser makes one character class of it: linear
]


@pytest.mark.parametrize("pattern", EVIL)
def test_nested_and_overlapping_repeats_are_named(pattern: str):
    assert dangerous_construct(pattern)


@pytest.mark.parametrize("pattern", FINE)
def test_ordinary_patterns_pass(pattern: str):
    assert dangerous_construct(pattern) is None


def test_pattern_format_refuses_an_evil_pattern():
    with pytest.raises(UsageError, match="exponential time"):
        PatternFormat(r"(?P<message>(a+)+)$")


def test_ingest_with_an_evil_pattern_stops_at_once_with_a_clear_error(tmp_path: Path):
    log = tmp_path / "evil.log"
    log.write_text("a" * 50_000 + "!\n")  # what would keep (a+)+$ busy for ages
    done = subprocess.run(
        [
            *errctl_cmd(),
            "--db",
            str(tmp_path / "s.duckdb"),
            "ingest",
            str(log),
            "--pattern",
            r"(?P<message>(a+)+)$",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(),
    )
    assert done.returncode == 2
    assert "exponential time" in done.stderr


def test_config_refuses_an_evil_regex(tmp_path: Path):
    from errctl.config.loader import check_matcher

    assert "exponential" in (check_matcher("re:(a|aa)+$") or "")
    assert check_matcher("re:timeout after \\d+ms") is None


def test_the_check_is_fast_on_a_long_pattern():
    # The check itself must not be the slow part: it walks the parsed pattern once.
    assert dangerous_construct("(?:ab)" * 2000) is None
