"""Event-boundary rules for plain-text logs: forces_new_event and looks_like_trace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.multiline import (
    continues_trace,
    forces_new_event,
    is_ruby_cause,
    looks_like_trace,
    named_by_message,
    untagged,
)

# A header test like the ones log formats provide: what the framer sees before asking us.
_HEADER = re.compile(r"^(\d{4}-\d\d-\d\d|\{|<\d+>|ts=|\d+\.\d+\.\d+\.\d+ )")


def frame(text: str) -> list[tuple[int, int]]:
    """(first line, line count) of each event, framing as ingest does."""
    events: list[list[int]] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        open_n = events[-1][1] if events else 0
        if not events or _HEADER.match(line) or forces_new_event(line, open_n, prev):
            events.append([i + 1, 1])
        else:
            events[-1][1] += 1
    return [(a, b) for a, b in events]


# A container log: gunicorn/celery stdout and stderr in one file, a JVM and a Go sidecar
# writing to the same stream.
MIXED = """\
2026-11-27 14:37:37,988 - etl.pipeline - ERROR - Job job-3vxpqWQr failed
Traceback (most recent call last):
  File "/srv/app/etl/transform.py", line 44, in normalize_row
    cid = int(row["customer_id"])
              ~~~^^^^^^^^^^^^^^^
KeyError: 'customer_id'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/etl/pipeline.py", line 210, in run
    raise JobFailed(job_id)
etl.errors.JobFailed: job-3vxpqWQr
2026-11-27 14:37:38,001 - etl.pipeline - INFO - Retrying job job-3vxpqWQr
Exception in thread Thread-3 (poll_queue):
Traceback (most recent call last):
  File "/usr/lib/python3.11/threading.py", line 1038, in _bootstrap_inner
    self.run()
ConnectionResetError: [Errno 104] Connection reset by peer
Traceback (most recent call last):
  File "/srv/app/etl/cli.py", line 12, in <module>
    main()
SystemExit: 2
2026-11-27 14:37:39,420 INFO  [main] com.acme.inventory.App - Started App in 4.2 seconds
Exception in thread "main" java.lang.IllegalStateException: No warehouses configured
\tat com.acme.inventory.App.main(App.java:31)
\t... 5 more
\x00\x00\x00\x00\x00\x00\x00\x00
ts=2026-11-27T14:37:40.000001Z level=info msg="sidecar up"
panic: runtime error: index out of range [3] with length 3

goroutine 1 [running]:
main.main()
\t/src/sidecar/main.go:9 +0x1d
exit status 2
2026-11-27 14:37:41,000 - etl.pipeline - INFO - Shutting down"""

# (first line, line count): the chained traceback, a log line, Python's thread excepthook with
# its traceback, a second stderr traceback, a log line, the JVM's uncaught handler, a NUL run,
# a logfmt line, the Go panic with its goroutine dump, a log line.
MIXED_EVENTS = [(1, 13), (14, 1), (15, 5), (20, 4), (24, 1), (25, 3), (28, 1), (29, 1), (30, 6)]
MIXED_EVENTS.append((36, 1))


def test_mixed_container_log_boundaries():
    assert frame(MIXED) == MIXED_EVENTS


def test_logger_exception_traceback_stays_with_its_header():
    assert not forces_new_event(
        "Traceback (most recent call last):", 1, "2026-11-27 ... ERROR - Job failed"
    )


def test_chained_sections_stay_together():
    # Python prints `<separator>`, a blank line, then the next `Traceback`.
    assert not forces_new_event("Traceback (most recent call last):", 9, "")
    assert not forces_new_event(
        "Traceback (most recent call last):",
        9,
        "The above exception was the direct cause of the following exception:",
    )


def test_second_traceback_after_a_finished_one_splits():
    assert forces_new_event("Traceback (most recent call last):", 5, "KeyError: 'x'")


def test_indented_traceback_never_splits():
    assert not forces_new_event("  Traceback (most recent call last):", 5, "KeyError: 'x'")
    assert not forces_new_event("    | Traceback (most recent call last):", 5, "    | x")


@pytest.mark.parametrize(
    "line",
    [
        'Exception in thread "main" java.lang.NullPointerException',
        'Exception in thread "pool-1-thread-3" java.lang.OutOfMemoryError: Java heap space',
        "Exception in thread Thread-1 (worker):",
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "panic: order 17 has no lines",
        "fatal error: concurrent map writes",
        "Unhandled exception. System.InvalidOperationException: Sequence contains no elements",
        "Unhandled Exception: System.NullReferenceException: Object reference not set",
        "\x00\x00\x00\x00",
        "*** Starting uWSGI 2.0.21 (64bit) on [Tue Mar 21 10:00:00 2023] ***",
        "*** stack smashing detected ***: terminated",
        "*** Running /container/run/startup/slapd...",
    ],
)
def test_headerless_event_starts(line):
    assert forces_new_event(line, 3, "2026-11-27 14:37:39,420 INFO  [main] x - y")
    assert forces_new_event(line, 1, "2026-11-27 14:37:39,420 INFO  [main] x - y")


@pytest.mark.parametrize(
    "line",
    [
        "",
        "\tat com.acme.App.main(App.java:31)",
        "Caused by: java.lang.IllegalStateException: x",
        "java.lang.IllegalStateException: No warehouses configured",
        "\tpanic: order 17 has no lines",  # Go's re-panic line, indented
        '  File "/srv/app/x.py", line 3, in f',
        "KeyError: 'customer_id'",
        "Exception: boom",
        "Exceptional circumstances",
        "panicked: no",
        "DETAIL:  Key (id)=(42) already exists.",
        "***************************",
        "**** 3 more",
        "*** 12 rows",
    ],
)
def test_continuation_lines(line):
    assert not forces_new_event(line, 2, "previous")


@given(st.text(), st.integers(min_value=0, max_value=10**6), st.one_of(st.none(), st.text()))
def test_forces_new_event_never_raises(line, n, prev):
    assert forces_new_event(line, n, prev) in (True, False)


# --- looks_like_trace ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["Traceback (most recent call last):", '  File "/srv/app/x.py", line 3, in f'],
        ['  File "/srv/app/settings.py", line 12', "    DEBUG = True,,", "SyntaxError: x"],
        ["  + Exception Group Traceback (most recent call last):", "  | ..."],
        ["java.lang.IllegalStateException: x", "\tat com.acme.App.main(App.java:31)"],
        ["\tat java.base/java.lang.Thread.run(Thread.java:840) ~[na:na]"],
        ["Caused by: java.io.IOException: x"],
        ["org.apache.kafka.common.errors.TimeoutException: Expiring 12 record(s)"],
        ["Error: x", "    at Object.<anonymous> (/srv/app/index.js:3:1)"],
        ["TypeError: x", "    at async handle (/srv/app/b.js:3:67)"],
        ["Error: x", "    at /srv/app/a.js:6:55"],
        ["Error: x", "    at new NodeError (node:internal/errors:405:5)"],
        ["Error: x", "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"],
        ["goroutine 1 [running]:", "main.main()", "\t/src/main.go:9 +0x1d"],
        ["main.main()", "\t/src/main.go:9 +0x1d"],
        # zap's stack under an error record (logr, controller-runtime): no pc offsets
        ["main.(*Server).handle", "\t/app/server/handler.go:42", "net/http.HandlerFunc.ServeHTTP"],
        # the same from a binary built with -trimpath: module paths, not absolute ones
        [
            "github.com/acme/billing/internal/store.(*DB).Charge",
            "\tgithub.com/acme/billing@v1.4.2/internal/store/db.go:217",
        ],
        ["main.main()", "\tgithub.com/acme/billing/cmd/billing/main.go:31 +0x25"],
        ["System.Exception: x", "   at Acme.Api.Program.Main(String[] args) in /p.cs:line 10"],
        ["   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)"],
    ],
)
def test_traces(lines):
    assert looks_like_trace(lines)


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [""],
        ["SELECT id, total", "  FROM orders", " WHERE user_id = 42"],
        ['  "user": 42,', '  "items": [1, 2]', "}"],
        ["  at least 3 retries failed (giving up)"],
        ["    at the moment the service is degraded"],
        ["Please check the configuration file at /etc/app.toml"],
        ["com.acme.Settings: loaded 4 keys"],
        ["  File size: 42 bytes"],
        ["\tpath: /srv/app/x.go"],
        ["\t/srv/app/x.go: 12 lines changed"],
        ["\tsee internal/store/db.go:217"],
        ["\t(internal/store/db.go:217)"],
        ["    github.com/acme/billing/internal/store/db.go:217"],
    ],
)
def test_not_traces(lines):
    assert not looks_like_trace(lines)


@given(st.lists(st.text(), max_size=8))
def test_looks_like_trace_never_raises(lines):
    assert looks_like_trace(lines) in (True, False)


def test_long_lines_are_cheap():
    big = " " * 1_048_576
    assert not looks_like_trace([big, "at " * 350_000, "\t" + "x" * 1_048_576])
    assert not forces_new_event(big, 5, big)


# --- Ruby --------------------------------------------------------------------------------------

# What a Ruby service's log file holds when stderr goes to it too (Ruby 3.1.2's own output): a
# Logger line with the backtrace under it, an uncaught exception with its cause, a Logger line,
# an uncaught exception.
RUBY_MIXED = """\
2024-05-01 12:00:00 ERROR order has no lines (ArgumentError)
/tmp/rbt/app/models/order.rb:10:in `rescue in ship'
main.rb:5:in `<main>'
cause.rb:6:in `rescue in load_config': config is not JSON (RuntimeError)
\tfrom cause.rb:8:in `<main>'
/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': 859: unexpected token at '{oops' (JSON::ParserError)
\tfrom cause.rb:4:in `load_config'
2024-05-01 12:00:01 INFO next
main.rb:9:in `+': nil can't be coerced into Integer (TypeError)
\tfrom main.rb:9:in `<main>'"""  # noqa: E501


def test_ruby_uncaught_exceptions_start_events_and_their_causes_stay():
    assert frame(RUBY_MIXED) == [(1, 3), (4, 4), (8, 1), (9, 2)]


def test_ruby_cause_is_told_by_the_from_line_before_it():
    cause = "/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': bad (JSON::ParserError)"
    assert is_ruby_cause(cause, "\tfrom cause.rb:8:in `<main>'")
    assert not is_ruby_cause(cause, "main.rb:5:in `<main>'")  # a Logger backtrace line
    assert not is_ruby_cause(cause, None)
    assert not is_ruby_cause("main.rb:5:in `<main>'", "\tfrom cause.rb:8:in `<main>'")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["app/models/user.rb:12:in `save'"], True),  # Logger: frames at column 0
        (["  app/controllers/users_controller.rb:10:in 'UsersController#show'"], True),
        (["\tfrom main.rb:9:in `<main>'"], True),
        (["the file user.rb:12:in `save' was read"], False),
        (["line 12: in `save'"], False),
        (["Stack trace:", "#0 {main}"], True),  # PHP
        (["#1 /var/www/app/X.php(20): App\\X->show()"], True),
        (["[stacktrace]", "#0 {main}"], True),  # Monolog
        (["#1 item of 3"], False),
    ],
)
def test_ruby_and_php_frames_are_a_trace(lines, expected):
    assert looks_like_trace(lines) is expected


def test_a_trace_whose_exception_line_is_the_message():
    assert named_by_message(["", "app/models/user.rb:12:in `save'"])
    assert named_by_message(["Stack trace:", "#0 {main}"])  # PHP
    assert not named_by_message(["NoMethodError (boom):", "app/models/user.rb:12:in `save'"])


def test_untagged_takes_the_tags_every_line_repeats():
    tagged = ["[req-1] NoMethodError (boom):", "[req-1] ", "", "[req-1] app/x.rb:1:in `f'"]
    assert untagged("[req-1]   ", tagged) == ["NoMethodError (boom):", "", "", "app/x.rb:1:in `f'"]
    assert untagged("[req-1] [web] x", ["[req-1] [web] a"]) == ["a"]
    assert untagged("[req-1] x", ["[req-2] a"]) is None  # another request's tags
    assert untagged("[req-1] x", ["[req-1] a", "untagged"]) is None
    assert untagged("no tags", ["no tags a"]) is None


@given(st.text(max_size=300), st.lists(st.text(max_size=100), max_size=5))
def test_untagged_never_raises_and_only_strips_tags(first, lines):
    out = untagged(first, lines)
    assert out is None or len(out) == len(lines)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("Use of uninitialized value $u in concatenation (.) or string at app.pl line 16.", True),
        ("connection refused at /srv/app/lib/Shop/Repo.pm line 7, <STDIN> line 2.", True),
        ("Illegal division by zero at (eval 12) line 3.", True),
        # a message's next line that only reads like Perl's: no file before `line N`
        ("syntax error at position 5 at line 1.", False),
    ],
)
def test_perl_die_and_warn_lines_start_an_event(line, starts):
    assert forces_new_event(line, 1, "2026-12-01 01:56:38 [INFO] starting") is starts


def test_a_jvm_frame_that_rsyslog_took_the_tab_off_goes_on_the_trace():
    """dCache's pools write their stacks to syslog, each frame an entry: rsyslog drops the
    leading tab, and `at pkg.C.m(C.java:1)` at column 0 is still a frame; a sentence that opens
    with `at` is not."""
    opened = "07 Jun 2024 10:45:17 (pool02_a) [door:x RemoteTransferManager] Command failed"
    exc = "dmg.util.CommandPanicException: (1) Command failed: java.lang.NullPointerException"
    frame = (
        "at org.dcache.util.cli.AnnotatedCommandExecutor.execute(AnnotatedCommandExecutor.java:156)"
    )
    assert continues_trace(frame, opened, exc)
    assert continues_trace("at sun.misc.Unsafe.park(Native Method)", opened, frame)
    assert not continues_trace("at 10:45 the pool went offline", opened, frame)
