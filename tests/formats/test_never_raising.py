"""A line no format can read never stops an ingest: each format is held `never_raising`, and
the formats themselves read absurd numbers (more digits than Python converts) as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from errctl.formats.base import never_raising, number
from errctl.formats.registry import FORMATS, get_format
from tests.ingest.stored import stored_events

DIGITS = "1" * 5000  # past Python's 4,300-digit limit on int("...")


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("syslog", f"<86>Nov 27 14:28:30 web-01 sshd[{DIGITS}]: Accepted publickey"),
        ("access", f'10.1.2.3 - - [27/Nov/2024:14:28:19 +0000] "GET /x HTTP/1.1" 200 {DIGITS}'),
        ("python", f"/app/x.py:{DIGITS}: UserWarning: pool exhausted"),
        ("klog", f"E0501 12:00:01.223456 {DIGITS} reflector.go:138] Failed"),
    ],
)
def test_a_format_reads_a_number_past_pythons_limit_as_text(name, line):
    fmt = FORMATS[name]
    fields = type(fmt).parse(fmt, line)  # the format's own parse, unguarded
    assert fields is not None
    assert DIGITS in repr(fields.attributes)


def test_number():
    assert number("0042") == 42
    assert number(DIGITS) == DIGITS
    # A superscript is a digit to `str.isdigit` and a regex's `\d`, not to `int`: text.
    assert number("\u00b9") == "\u00b9"
    assert number("\u0663") == 3  # an Arabic-Indic three is a decimal digit


class _Broken:
    name = "broken"
    multiline = True

    def parse(self, line: str):
        raise ValueError(line)


def test_the_guard_turns_a_parsers_failure_into_no_reading():
    fmt = never_raising(_Broken())
    assert fmt.parse("anything") is None
    assert never_raising(fmt) is fmt  # guarded once
    assert all(getattr(f.parse, "never_raises", False) for f in FORMATS.values())
    assert getattr(get_format(None, pattern=r"(?P<message>.*)").parse, "never_raises", False)


def test_a_hostile_line_lands_and_the_rest_of_the_file_with_it(tmp_path: Path):
    text = (
        f"<86>Nov 27 14:28:30 web-01 sshd[{DIGITS}]: Accepted publickey\n"
        "<86>Nov 27 14:28:31 web-01 sshd[12]: Accepted publickey\n"
    )
    rows = stored_events(tmp_path, text, "line, format")
    assert [line for line, _ in rows] == [1, 2]
    assert rows[1] == (2, "syslog")


def test_a_json_request_record_with_an_absurd_status_lands(tmp_path: Path):
    record = '{"msg": "handled request", "method": "GET", "path": "/x", "status": "%s"}\n'
    text = record % DIGITS + '{"msg": "ok", "level": "info"}\n'
    rows = stored_events(tmp_path, text, "line, message")
    assert rows == [(1, "handled request"), (2, "ok")]
