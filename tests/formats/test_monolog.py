"""Monolog's line format (Laravel, Symfony): lines as Debian's php-monolog 2 wrote them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.monolog import FORMAT
from errctl.formats.registry import detect, get_format


def test_defaults_with_empty_context_and_extra():
    f = FORMAT.parse("[2026-11-29T09:59:56.281616+00:00] app.WARNING: Slow query took 1200ms [] []")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes, f.exception_text) == (
        "2026-11-29T09:59:56.281616+00:00",
        "WARNING",
        "app",
        "Slow query took 1200ms",
        None,
        None,
    )


def test_context_and_extra_are_attributes_and_the_exception_is_taken():
    f = FORMAT.parse(
        '[2026-11-29T09:59:56.281483+00:00] app.ERROR: could not load user 12 {"userId":12,'
        '"exception":"[object] (RuntimeException(code: 0): could not load user 12 at '
        '/srv/a/UserController.php:16)"} {"request_id":"r-1"}'
    )
    assert f.message == "could not load user 12"
    assert f.attributes == {"userId": 12, "request_id": "r-1"}
    assert f.exception_text == (
        "[object] (RuntimeException(code: 0): could not load user 12 at"
        " /srv/a/UserController.php:16)"
    )


def test_laravel_leaves_empty_context_out_and_its_trace_goes_on_below():
    f = FORMAT.parse("[2026-11-29 09:59:56] production.INFO: User 12 logged in  ")
    assert (f.timestamp, f.logger, f.message, f.attributes) == (
        "2026-11-29 09:59:56",
        "production",
        "User 12 logged in",
        None,
    )
    # The record's JSON goes on over the next lines: the keys before the exception are read,
    # and the exception's start is the exception text (its JSON escapes undone).
    f = FORMAT.parse(
        "[2026-11-29 09:59:56] production.ERROR: Call to undefined method App\\Models\\User::foo()"
        ' {"userId":12,"exception":"[object] (BadMethodCallException(code: 0): Call to undefined'
        " method App\\\\Models\\\\User::foo() at /var/www/html/vendor/x/ForwardsCalls.php:67)"
    )
    assert f.message == "Call to undefined method App\\Models\\User::foo()"
    assert f.attributes == {"userId": 12}
    assert f.exception_text.startswith(
        "[object] (BadMethodCallException(code: 0): Call to undefined method App\\Models\\User"
    )


def test_a_message_with_braces_of_its_own():
    f = FORMAT.parse('[2026-11-29 09:59:56] app.INFO: Payload {a} got {"x":1} from {"y":2} []')
    assert (f.message, f.attributes) == ('Payload {a} got {"x":1} from', {"y": 2})


@pytest.mark.parametrize(
    "line",
    [
        "[2026-11-29 09:59:56] production.VERBOSE: no such level",
        "[2026-11-29 09:59:56] ERROR: no channel",
        "[29-Nov-2026 09:59:56 UTC] PHP Warning:  x",
        "2026-11-29 09:59:56 production.ERROR: no brackets",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_with_laravel_traces_as_continuation():
    sample = [
        "[2026-11-29 09:59:56] production.INFO: User 12 logged in  ",
        '[2026-11-29 09:59:56] production.ERROR: boom {"exception":"[object] (E(code: 0): boom at'
        " /a.php:1)",
        "[stacktrace]",
        "#0 /a.php(2): f()",
        "#1 {main}",
        '"} ',
        "[2026-11-29 09:59:57] production.WARNING: slow  ",
    ]
    assert detect(sample).name == "monolog"
    assert get_format("laravel") is FORMAT


@given(st.text(max_size=300))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("[2026-11-29 09:59:56] app.ERROR: " + text)


def test_hostile_context_is_a_message():
    f = FORMAT.parse("[2026-11-29 09:59:56] app.ERROR: x " + "[" * 100_000)
    assert f.message.startswith("x [[[")
