"""PHP's error log and PHP-FPM's log, as PHP 8.2 writes them."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.php import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events


def test_fatal_error_with_a_zone_php_names():
    f = FORMAT.parse(
        "[29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught PDOException: could not find"
        " driver in /srv/a/UserController.php:14"
    )
    assert f.timestamp == datetime(2026, 11, 29, 9, 59, 56, tzinfo=f.timestamp.tzinfo)
    assert f.timestamp.utcoffset().total_seconds() == 0
    assert (f.level, f.message, f.attributes) == (
        "critical",
        "Uncaught PDOException: could not find driver in /srv/a/UserController.php:14",
        {"php_error": "Fatal error"},
    )


def test_a_named_zone_makes_the_time_exact():
    f = FORMAT.parse(
        "[29-Nov-2026 10:00:01 Europe/Berlin] PHP Warning:  Undefined variable $id in /a.php on"
        " line 12"
    )
    assert f.timestamp.astimezone(UTC) == datetime(2026, 11, 29, 9, 0, 1, tzinfo=UTC)
    assert (f.level, f.attributes) == ("warning", {"php_error": "Warning"})
    # A zone errctl does not know: the time as written, read in --tz.
    f = FORMAT.parse("[29-Nov-2026 10:00:01 Mars/Olympus] PHP Notice:  x")
    assert (f.timestamp, f.level) == ("2026-11-29 10:00:01", "info")


@pytest.mark.parametrize(
    ("kind", "level"),
    [("Parse error", "critical"), ("Deprecated", "warning"), ("Strict Standards", "info")],
)
def test_kinds_of_error_are_levels(kind, level):
    assert FORMAT.parse(f"[29-Nov-2026 09:59:56 UTC] PHP {kind}:  x").level == level


def test_php_fpm_log():
    f = FORMAT.parse(
        "[29-Nov-2026 10:00:05] WARNING: [pool www] server reached pm.max_children setting (5)"
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-29 10:00:05",
        "WARNING",
        "server reached pm.max_children setting (5)",
        {"pool": "www"},
    )
    f = FORMAT.parse("[29-Nov-2026 10:00:06.120448] NOTICE: [pool api] child 31 started")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-29 10:00:06.120448",
        "NOTICE",
        "child 31 started",
        {"pool": "api"},
    )
    # `log_level = debug`: where FPM logged, before the pool. It was left in the message.
    f = FORMAT.parse(
        "[29-Nov-2026 10:00:06.120501] DEBUG: pid 7, fpm_event_loop(), line 354: "
        "[pool api] event module is epoll"
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-29 10:00:06.120501",
        "DEBUG",
        "event module is epoll",
        {"pid": 7, "function": "fpm_event_loop", "lineno": 354, "pool": "api"},
    )
    f = FORMAT.parse("[29-Nov-2026 10:00:06.120502] DEBUG: pid 7, fpm_got_signal(), line 77: ok")
    assert (f.message, f.attributes) == (
        "ok",
        {"pid": 7, "function": "fpm_got_signal", "lineno": 77},
    )


@pytest.mark.parametrize(
    ("said", "level", "message", "kind"),
    [
        (
            '"NOTICE: PHP message: PHP Warning:  Undefined array key "sku" in'
            ' /srv/shop/cart.php on line 88"',
            "warning",
            'Undefined array key "sku" in /srv/shop/cart.php on line 88',
            "Warning",
        ),
        (
            '"NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes'
            ' exhausted (tried to allocate 20480 bytes) in /srv/shop/report.php on line 17"',
            "critical",
            "Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)"
            " in /srv/shop/report.php on line 17",
            "Fatal error",
        ),
        (
            '"NOTICE: PHP message: PHP Deprecated:  strlen(): Passing null to parameter #1 is'
            ' deprecated in /srv/shop/util.php on line 5", pipe is closed',
            "warning",
            "strlen(): Passing null to parameter #1 is deprecated in /srv/shop/util.php on line 5",
            "Deprecated",
        ),
        (  # what the script itself wrote to stderr: FPM's level
            '"cache miss for key cart:77"',
            "WARNING",
            "cache miss for key cart:77",
            None,
        ),
    ],
)
def test_php_fpm_worker_output_is_the_message(said, level, message, kind):
    """What a worker said into stderr is the message, with PHP's kind of error its level; the
    pool and the worker's pid are attributes."""
    header = "[29-Nov-2026 10:00:07] WARNING: [pool www] child 4127 said into stderr:"
    f = FORMAT.parse(f"{header} {said}")
    expected = {"pool": "www", "child": 4127} | ({"php_error": kind} if kind else {})
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-29 10:00:07",
        level,
        message,
        expected,
    )


def test_the_applications_own_error_log_message():
    """`error_log("...")` writes the application's message with PHP's time and zone, and no kind
    of error: a levelless message, not raw text with its timestamp in its template."""
    f = FORMAT.parse("[01-Dec-2026 01:54:54 UTC] custom log line pid=9997")
    assert (f.message, f.timestamp, f.level) == (
        "custom log line pid=9997",
        datetime(2026, 12, 1, 1, 54, 54, tzinfo=UTC),
        None,
    )


@pytest.mark.parametrize(
    "line",
    [
        "[29-Nov-2026 09:59:56 UTC] PHP Bogus thing:  not a kind of error",
        "[29-Foo-2026 09:59:56 UTC] PHP Warning:  no such month",
        "[2026-11-29 09:59:56] production.ERROR: monolog",
        "29-Nov-2026 09:59:56 PHP Warning:  no brackets",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_with_the_trace_as_continuation():
    sample = [
        "[29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught Exception: x in /a.php:3",
        "Stack trace:",
        "#0 /a.php(9): f()",
        "#1 {main}",
        "  thrown in /a.php on line 3",
        "[29-Nov-2026 09:59:57 UTC] PHP Warning:  y in /b.php on line 2",
    ]
    assert detect(sample).name == "php"


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("[29-Nov-2026 09:59:56 " + text)
    FORMAT.parse("[29-Nov-2026 09:59:56 UTC] PHP Warning:  " + text)


def test_codeigniter_log_lines(tmp_path):
    """CodeIgniter's `{level} - {date} --> {message}`: time, level and message read, each
    line an event of its own."""
    rows = stored_events(
        tmp_path,
        'INFO - 2024-05-01 12:00:00 --> Controller "App\\Controllers\\Orders" loaded.\n'
        "WARNING - 2024-05-01 12:00:01 --> [DEPRECATED] strlen(): Passing null\n"
        "CRITICAL - 2024-05-01 12:00:02 --> Call to undefined method App\\M::y()\n"
        "EMERGENCY - 2024-05-01 12:00:03 --> Disk full\n",
        "timestamp, level, message",
    )
    assert rows == [
        (datetime(2024, 5, 1, 12, 0), "info", 'Controller "App\\Controllers\\Orders" loaded.'),
        (datetime(2024, 5, 1, 12, 0, 1), "warning", "[DEPRECATED] strlen(): Passing null"),
        (
            datetime(2024, 5, 1, 12, 0, 2),
            "critical",
            "Call to undefined method App\\M::y()",
        ),
        (datetime(2024, 5, 1, 12, 0, 3), "critical", "Disk full"),  # levels normalised
    ]
