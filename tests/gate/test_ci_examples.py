"""docs/ci.md's GitHub Actions and GitLab CI examples: their `errctl` lines run as written
against logs this test writes (a fresh store each run), with the exit codes and files the page
promises; and each example is a valid workflow / pipeline by its platform's JSON schema (as
check-jsonschema ships them), when that package is installed."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, subprocess_env

DOC = ROOT / "docs" / "ci.md"

BASE_LOG = """\
2024-05-01 12:00:00 INFO app started
2024-05-01 12:00:01 WARNING cache miss for user 17
2024-05-01 12:00:02 ERROR payment failed for order 1
2024-05-01 12:00:03 ERROR payment failed for order 2
"""
NEW_ERROR = "2024-05-01 12:00:04 CRITICAL database unreachable after 30 s\n"


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def errctl_lines(block: str) -> list[str]:
    lines = []
    for raw in block.splitlines():
        line = raw.strip()
        line = line[2:] if line.startswith("- ") else line
        if line.startswith("errctl "):
            lines.append(line)
    return lines


def examples() -> dict[str, list[str]]:
    found = [errctl_lines(b) for b in blocks("yaml")]
    assert len(found) == 2, "docs/ci.md should hold the GitHub and the GitLab example"
    return {"github": found[0], "gitlab": found[1]}


def run_lines(lines: list[str], cwd: Path) -> list[int]:
    codes = []
    for line in lines:
        argv = shlex.split(line)
        proc = subprocess.run(
            [sys.executable, "-m", "errctl", *argv[1:]],
            cwd=cwd,
            env=subprocess_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        codes.append(proc.returncode)
    return codes


def checkout(tmp: Path, name: str, log: str, baseline: str | None) -> Path:
    """A job's working copy: the test logs, and the committed baseline when there is one."""
    work = tmp / name
    (work / "test-logs").mkdir(parents=True)
    (work / "test-logs" / "app.log").write_text(log)
    if baseline is not None:
        (work / "errctl-baseline.json").write_text(baseline)
    return work


@pytest.mark.slow
@pytest.mark.parametrize("platform", ["github", "gitlab"])
def test_the_examples_pass_on_known_errors_and_fail_on_new_ones(
    tmp_path: Path, platform: str
) -> None:
    lines = examples()[platform]
    assert [line.split()[3] for line in lines] == ["ingest", "gate"]

    # Making the baseline, as the page says: ingest an accepted run, write the file.
    first = checkout(tmp_path, "accepted", BASE_LOG, None)
    setup = errctl_lines(blocks("sh")[-1])
    assert run_lines(setup, first) == [0, 0]
    baseline = (first / "errctl-baseline.json").read_text()
    assert json.loads(baseline)["groups"]

    same = checkout(tmp_path, "same", BASE_LOG + BASE_LOG.replace("order 2", "order 9"), baseline)
    assert run_lines(lines, same) == [0, 0]  # known errors repeat, with other values: pass

    worse = checkout(tmp_path, "worse", BASE_LOG + NEW_ERROR, baseline)
    assert run_lines(lines, worse) == [0, 1]  # a new group: the job fails
    reports = sorted(
        p.name for p in worse.iterdir() if p.suffix in (".xml", ".sarif", ".json") and p.is_file()
    )
    if platform == "github":
        assert reports == ["errctl-baseline.json", "errctl-gate.sarif", "errctl-gate.xml"]
        sarif = json.loads((worse / "errctl-gate.sarif").read_text())
        [result] = sarif["runs"][0]["results"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "test-logs/app.log"  # repository-relative, as code scanning wants
    else:
        assert reports == ["errctl-baseline.json", "errctl-gate.xml", "gl-code-quality.json"]
        [issue] = json.loads((worse / "gl-code-quality.json").read_text())
        assert issue["location"] == {"path": "test-logs/app.log", "lines": {"begin": 5}}

    empty = tmp_path / "nothing"
    empty.mkdir()
    # No logs at all: ingest only warns about the missing path; the gate refuses (exit 3).
    codes = run_lines(lines, empty)
    assert codes[1] == 3


def _schema(name: str) -> dict:
    pytest.importorskip("check_jsonschema")
    from importlib.resources import files

    text = files("check_jsonschema.builtin_schemas.vendor").joinpath(f"{name}.json").read_text()
    return json.loads(text)


@pytest.mark.parametrize(("index", "schema"), [(0, "github-workflows"), (1, "gitlab-ci")])
def test_the_examples_are_valid_for_their_platform(index: int, schema: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("ruamel.yaml")
    document = yaml.YAML(typ="safe").load(blocks("yaml")[index])
    validator_cls = jsonschema.validators.validator_for(_schema(schema))
    errors = [e.message for e in validator_cls(_schema(schema)).iter_errors(document)]
    assert errors == []


def test_no_example_hides_a_host_path() -> None:
    # The examples are copied into real pipelines: no path of this machine may leak in.
    text = DOC.read_text(encoding="utf-8")
    assert str(ROOT) not in text and os.path.expanduser("~") not in text
