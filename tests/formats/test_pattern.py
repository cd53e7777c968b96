import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.errors import UsageError
from errctl.formats.pattern import PatternFormat


def test_named_groups():
    fmt = PatternFormat(
        r"(?P<timestamp>\S+ \S+) (?P<level>\w+) (?P<host>\S+) (?P<service>\w+)\[(?P<pid>\d+)\]: "
        r"(?P<message>.*)"
    )
    assert fmt.name == "pattern"
    f = fmt.parse("2024-01-01 12:00:00 ERROR web1 api[42]: boom")
    assert (f.timestamp, f.level, f.host, f.service, f.message) == (
        "2024-01-01 12:00:00",
        "ERROR",
        "web1",
        "api",
        "boom",
    )
    assert f.attributes == {"pid": "42"}


def test_without_message_group():
    fmt = PatternFormat(r"(?P<timestamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+)")
    assert fmt.parse("2024-01-01 12:00:00 INFO - server started").message == "server started"
    assert fmt.parse("2024-01-01 12:00:00 INFO").message == "2024-01-01 12:00:00 INFO"


def test_anchored_and_optional_groups():
    fmt = PatternFormat(r"(?P<level>[A-Z]+)(?: \[(?P<thread>\w+)\])? (?P<message>.*)")
    assert fmt.parse("x ERROR y") is None
    f = fmt.parse("ERROR boom")
    assert (f.level, f.message, f.attributes) == ("ERROR", "boom", None)


@pytest.mark.parametrize("regex", ["(?P<x", "[unclosed", "(?P<a>x)(?P<a>y)", "*"])
def test_compile_errors_are_usage_errors(regex):
    with pytest.raises(UsageError, match="invalid --pattern regex"):
        PatternFormat(regex)


@given(st.text(max_size=100))
def test_never_raises(line):
    PatternFormat(r"(?P<timestamp>\S+) (?P<level>\w+)?(?P<message>.*)").parse(line)
