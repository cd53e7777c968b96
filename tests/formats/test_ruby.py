"""Ruby's standard Logger (Rails, Sidekiq, Puma)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.registry import detect
from errctl.formats.ruby import FORMAT


def test_header():
    f = FORMAT.parse(
        'I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET "/" for 127.0.0.1'
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01T12:00:00.123456",
        "INFO",
        None,
        'Started GET "/" for 127.0.0.1',
        {"pid": 1234},
    )
    f = FORMAT.parse("E, [2024-05-01T12:00:01.000000 #7] ERROR -- sidekiq: boom (RuntimeError)")
    assert (f.level, f.logger, f.message) == ("ERROR", "sidekiq", "boom (RuntimeError)")
    assert FORMAT.parse("A, [2024-05-01T12:00:01 #7]   ANY -- : x").level == "critical"


@pytest.mark.parametrize(
    "line",
    [
        "I, [2024-05-01T12:00:00.123456 #1234] ERROR -- : letter and level disagree",
        "I, [2024-05-01 12:00:00 #1234]  INFO -- : no T",
        "I, [2024-05-01T12:00:00 1234]  INFO -- : no #",
        "INFO -- : x",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_with_its_backtrace_as_continuation():
    sample = [
        "I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET /",
        "E, [2024-05-01T12:00:01.000000 #1234] ERROR -- : undefined method `x' (NoMethodError)",
        "app/models/user.rb:12:in `save'",
        "app/controllers/users_controller.rb:5:in `create'",
        "W, [2024-05-01T12:00:02.000000 #1234]  WARN -- : slow request",
    ]
    assert detect(sample).name == "ruby"
    assert FORMAT.parse(sample[2]) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("E, [2024-05-01T12:00:01.000000 #7] ERROR -- " + text)
