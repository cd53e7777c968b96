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


# What `php -S 127.0.0.1:8080 -t www` (PHP 8.2.36) wrote to its stderr, errors not sent to a
# file: its start, each connection, PHP's own errors, the application's error_log(), requests.
_SERVED = """\
[Fri Dec  4 07:50:04 2026] PHP 8.2.36 Development Server (http://127.0.0.1:18891) started
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39084 Accepted
[Fri Dec  4 07:50:05 2026] PHP Warning:  Undefined variable $x in /srv/www/index.php on line 3
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39084 [200]: GET /index.php?id=warn
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39084 Closing
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39086 Accepted
[Fri Dec  4 07:50:05 2026] PHP Fatal error:  Uncaught RuntimeException: gateway timeout after 770ms in /srv/www/index.php:5
Stack trace:
#0 {main}
  thrown in /srv/www/index.php on line 5
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39086 [500]: GET /index.php?id=ex - Uncaught RuntimeException: gateway timeout after 770ms in /srv/www/index.php:5
Stack trace:
#0 {main}
  thrown in /srv/www/index.php on line 5
[Fri Dec  4 07:50:05 2026] 127.0.0.1:39086 Closing
[Fri Dec  4 07:50:05 2026] user 45 login failed
[Fri Dec  4 07:50:06 2026] [::1]:39108 [404]: GET /missing.php - No such file or directory
"""  # noqa: E501


def test_the_built_in_servers_log(tmp_path):
    """`php -S`'s stamp is the one `dmesg -T` writes: its file was read as the kernel's (every
    event the kernel's, no level, a request's status and the trace's lines events of their
    own). Read as PHP's: connections at debug, requests named by route and status at the
    status's level, PHP's errors at their kind's, the application's message bare, and an
    uncaught exception's trace on both the error and the request that raised it."""
    assert detect(_SERVED.splitlines()).name == "php"
    rows = stored_events(
        tmp_path, _SERVED, "line, service, level, template, exception_type, attributes"
    )
    by_line = {line: tuple(rest) for line, *rest in rows}
    assert sorted(by_line) == [1, 2, 3, 4, 5, 6, 7, 11, 15, 16, 17]  # trace lines continue
    assert all(service is None for service, *_ in by_line.values())
    assert by_line[1][1:3] == ("info", "PHP <*> Development Server (<*>) started")
    assert by_line[2][1:3] == ("debug", "<*> Accepted")
    assert by_line[3][1] == "warning"
    assert by_line[4][1:3] == ("info", "GET /index.php?id=<*> 200")
    assert by_line[7][1:4] == (
        "critical",
        "Uncaught RuntimeException: gateway timeout after <*> in <*>",
        "RuntimeException",
    )
    assert by_line[11][1:4] == ("error", "GET /index.php?id=<*> 500", "RuntimeException")
    assert by_line[16][2] == "user <*> login failed"  # (its level guessed from its words)
    assert by_line[17][1:3] == ("warning", "GET /missing.php 404")
    assert '"client_ip":"::1"' in by_line[17][4].replace(" ", "")


def test_the_same_uncaught_exception_is_one_group_on_the_request_and_the_error(tmp_path):
    rows = stored_events(tmp_path, _SERVED, "line, fingerprint")
    fingerprints = dict(rows)
    assert fingerprints[7] == fingerprints[11]


def test_a_dmesg_file_stays_the_kernels():
    """The same stamp over kernel messages: no request, no PHP error, so no PHP file."""
    sample = [
        "[Fri Dec  4 07:49:17 2026] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
        "[Fri Dec  4 07:49:18 2026] EXT4-fs (sda1): mounted filesystem with ordered data mode",
        "[Fri Dec  4 07:49:19 2026] Out of memory: Killed process 4321 (php-fpm8.2)",
    ]
    assert detect(sample).name == "dmesg"
    assert FORMAT.parse(sample[0]) is None


def test_requests_of_php_before_7_4_name_no_method():
    f = FORMAT.parse(
        "[Mon Jun  3 10:00:00 2019] 127.0.0.1:51000 [404]: /favicon.ico - No such file"
    )
    assert (f.level, f.template, f.attributes["path"]) == (
        "warning",
        "/favicon.ico 404",
        "/favicon.ico",
    )
