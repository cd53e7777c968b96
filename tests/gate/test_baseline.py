"""The baseline file: stable bytes, strict reading with the right exit codes, update/prune."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errctl import __version__
from errctl.errors import ExitCode, InputError, UsageError
from errctl.gate.baseline import (
    from_groups,
    parse_baseline,
    pruned,
    read_baseline,
    render_baseline,
    updated,
    write_baseline,
)
from tests.gate.helpers import baseline, group


def test_written_sorted_stable_and_diff_friendly(tmp_path: Path) -> None:
    groups = [
        group("cc", 3, max_level="warning"),
        group("aa", 5, title="a\ntraceback"),
        group("bb", 1),
    ]
    path = tmp_path / "base.json"
    write_baseline(path, from_groups(groups))
    text = path.read_text()
    assert text == (
        "{\n"
        '  "version": 1,\n'
        f'  "generated_by": "errctl {__version__}",\n'
        '  "groups": [\n'
        "    {\n"
        '      "fingerprint": "fp1:aa00000000000000",\n'
        '      "title": "a",\n'
        '      "level": "error",\n'
        '      "count": 5\n'
        "    },\n"
        "    {\n"
        '      "fingerprint": "fp1:bb00000000000000",\n'
        '      "title": "error bb",\n'
        '      "level": "error",\n'
        '      "count": 1\n'
        "    },\n"
        "    {\n"
        '      "fingerprint": "fp1:cc00000000000000",\n'
        '      "title": "error cc",\n'
        '      "level": "warning",\n'
        '      "count": 3\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    again = read_baseline(path)
    assert render_baseline(again) == text  # a round trip changes no byte
    assert again.get("fp1:aa00000000000000").count == 5


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_baseline(tmp_path / "nope.json")
    assert info.value.exit_code == ExitCode.INPUT
    assert "baseline write" in (info.value.hint or "")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("{", "invalid JSON at line 1"),
        ("[]", "top level must be an object"),
        ('{"version": 0, "groups": []}', "unknown version 0"),
        ('{"groups": []}', "unknown version None"),
        ('{"version": 1}', '"groups" must be a list'),
        ('{"version": 1, "groups": [{"title": "x", "count": 1}]}', 'needs a "fingerprint"'),
        ('{"version": 1, "groups": [{"fingerprint": "f", "count": -1}]}', "count must be"),
        ('{"version": 1, "groups": [{"fingerprint": "f", "count": true}]}', "count must be"),
        (
            '{"version": 1, "groups": [{"fingerprint": "f", "count": 1},'
            ' {"fingerprint": "f", "count": 2}]}',
            "listed twice",
        ),
    ],
)
def test_malformed_files_are_usage_errors(text: str, why: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_baseline(text, "b.json")
    assert info.value.exit_code == ExitCode.USAGE
    assert why in info.value.message and "b.json" in info.value.message


def test_a_newer_version_asks_for_an_upgrade() -> None:
    with pytest.raises(UsageError) as info:
        parse_baseline(json.dumps({"version": 2, "groups": []}), "b.json")
    assert "version 2" in info.value.message and info.value.hint == "upgrade errctl"


def test_update_adds_and_keeps_prune_drops() -> None:
    base = baseline(("aa", 5), ("bb", 0))
    now = [group("aa", 50), group("cc", 2)]
    up, added, raised = updated(base, now)
    assert (added, raised) == (1, 0)
    assert {fp[4:6]: e.count for fp, e in up.entries.items()} == {"aa": 5, "bb": 0, "cc": 2}
    pr, dropped = pruned(up, now)
    assert dropped == 1
    assert {fp[4:6] for fp in pr.entries} == {"aa", "cc"}


def test_an_older_file_without_levels_reads_and_writes_back_unchanged() -> None:
    text = render_baseline(parse_baseline(json.dumps({"version": 1, "groups": []})))
    old = text.replace('"groups": []', '"groups": [{"fingerprint": "fp1:aa", "count": 2}]')
    base = parse_baseline(old)
    assert base.get("fp1:aa").level is None
    assert "level" not in render_baseline(base)


def test_a_level_that_is_no_level_is_a_usage_error() -> None:
    bad = {"version": 1, "groups": [{"fingerprint": "fp1:aa", "count": 2, "level": "loud"}]}
    with pytest.raises(UsageError) as info:
        parse_baseline(json.dumps(bad), "b.json")
    assert info.value.exit_code == ExitCode.USAGE
    assert "groups[0].level must be one of trace, debug, info, warning, error, critical" in (
        info.value.message
    )


def test_update_raises_the_level_of_a_group_that_rose_and_keeps_its_count() -> None:
    base = from_groups([group("aa", 5, max_level="warning"), group("bb", 1)])
    up, added, raised = updated(base, [group("aa", 50), group("bb", 9, max_level="warning")])
    assert (added, raised) == (0, 1)
    assert {fp[4:6]: (e.level, e.count) for fp, e in up.entries.items()} == {
        "aa": ("error", 5),
        "bb": ("error", 1),
    }
    # An entry without a level stays without one (`write` records levels).
    up, added, raised = updated(baseline(("aa", 5)), [group("aa", 50, max_level="critical")])
    assert (added, raised) == (0, 0) and up.get("fp1:aa00000000000000").level is None
