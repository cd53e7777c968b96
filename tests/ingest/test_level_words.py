"""Text with no level of its own takes one from its words (syslog on disk, raw output), and
only when the words say it: whole words, not denied, not the name of the idea."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.ingest.level_words import READ_CHARS, level_from_words
from tests.ingest.stored import stored_events


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)", "critical"),
        ("Kernel panic - not syncing: Attempted to kill init!", "critical"),
        ("Failed to start nginx.service - A high performance web server.", "error"),
        ("nginx.service: Control process exited, code=exited, status=1/FAILURE", "error"),
        ("Out of memory: Killed process 4321 (java) total-vm:8000000kB", "error"),
        ("Failed password for invalid user admin from 203.0.113.9 port 40022 ssh2", "error"),
        ("pam_unix(sshd:auth): authentication failure; logname= uid=0", "error"),
        ("EXT4-fs error (device sda1): ext4_find_entry:1456: inode #2", "error"),
        ("connect() to 10.0.0.5:8080 failed: Connection refused", "error"),
        # strerror's text after the caller's name is the error (uWSGI's, Go's, Python's).
        (
            "uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] "
            "during GET /export/orders.csv (10.0.0.9)",
            "error",
        ),
        ("IOError: write error", "error"),
        ("write tcp 10.0.0.2:8080->10.0.0.9:51234: write: connection reset by peer", "error"),
        ("[Errno 28] No space left on device: '/var/spool/out.tmp'", "error"),
        ("open /etc/app/conf.d/extra.yaml: no such file or directory", "error"),
        ("the pipe broke", None),
        # A health check's verdict on a peer: lost is an error, back is nothing to report.
        (
            "Server backend_api/api2 is DOWN, reason: Layer7 timeout, check duration: 2001ms.",
            "error",
        ),
        ("Server backend_api/api2 is UP, reason: Layer7 check passed, code: 200", None),
        ("node db-2 is unreachable, removing it from the pool", "error"),
        # A setting named after a level or a mode reports nothing; an outcome's key does.
        ("starting worker pid=27990 mode=fatal", None),
        ("config loaded: log_level=error listen=:8080", None),
        ("Log level set to WARN", None),
        ("verbosity: warning", None),
        ("job 812 finished status=failed", "error"),
        ("level 3 of the cache failed to load", "error"),
        # A pool with nothing left to serve fails every request sent to it.
        ("backend app has no server available!", "error"),
        ("no live upstreams while connecting to upstream, client: 10.0.0.9", "error"),
        ("no nodes available to schedule pods", "error"),
        ("5 servers available in backend app", None),
        ("From 10.0.0.1 icmp_seq=1 Destination Host Unreachable", "error"),
        ("the retry queue is down to 3 items", None),
        ("Shutting down the server, scaled down to 2 replicas", None),
        ("PLAY RECAP web1 : ok=5 changed=1 unreachable=0 failed=0 skipped=2", None),
        # A program refused what it needs, a login refused: errors. A policy's verdict on a
        # client's request (BIND's, at info in its security category): a warning at most.
        ("open(/var/mail/carol) failed: Permission denied", "error"),
        ("cannot open '/etc/app.conf': permission denied", "error"),
        ("Access denied for user 'root'@'localhost' (using password: YES)", "error"),
        ("Access is denied.", "error"),
        (
            "client @0x7f3a2c0b8d68 10.0.0.5#53211 (example.com): query (cache) "
            "'example.com/A/IN' denied",
            "warning",
        ),
        (
            "client @0x7f3a 10.0.0.5#53212 (example.com): zone transfer 'example.com/AXFR/IN' "
            "denied",
            "warning",
        ),
        ("postfix/smtp[99]: connect to mx.example.com[1.2.3.4]:25: Connection timed out", "error"),
        # Postfix's verdicts on a delivery, written at info: a bounce failed for good, a
        # deferral is retried, a rejected recipient is a client's request refused.
        (
            "6F75C1825FB: to=<nobody@slow.example.org>, relay=127.0.0.1[127.0.0.1]:2527, "
            "delay=0.06, dsn=5.1.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 550 5.1.1 "
            "<nobody@slow.example.org>: Recipient address rejected: User unknown)",
            "error",
        ),
        (
            "9D3891825FB: to=<full@slow.example.org>, relay=127.0.0.1[127.0.0.1]:2527, "
            "delay=0.07, dsn=4.2.2, status=deferred (host 127.0.0.1[127.0.0.1] said: 452 4.2.2 "
            "Mailbox full, try again later (in reply to RCPT TO command))",
            "warning",
        ),
        (
            "NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <x@example.test>: "
            "Recipient address rejected: User unknown in local recipient table",
            "warning",
        ),
        ("Invalid user admin from 203.0.113.9 port 39118", "warning"),
        ("Connection closed by invalid user admin 203.0.113.9 port 39118 [preauth]", "warning"),
        ("queue: sent 12, deferred 0, bounced 0", None),
        ("queue: sent=12 deferred=3 bounced=1", None),
        ("invalidating the cache of user 17", None),
        ("sudo: pam_unix(sudo:auth): conversation failed", "error"),
        (
            "php-fpm: [pool www] server reached pm.max_children setting (5), [warn] raise it",
            "warning",
        ),
        ("Warning: the GPG key is deprecated", "warning"),
        ("kubelet: node not responding, retrying", "warning"),
        ("Started Session 42 of user root.", None),
        ("backup finished: 0 errors, 12 files", None),
        ("backup finished with no errors", None),
        ("check complete: errors=0 warnings=0", None),
        ("sync done, failed: 0", None),
        ("Connection to 10.0.0.5 failed.", "error"),
        ("Error rate is 0.1%, error budget fine", None),
        ("rotating /var/log/nginx/error.log", None),
        ("set error_page 404 /404.html; on_failure=retry", None),
        ("errorHandler registered, error-free run", None),
        ("", None),
        # Test runners' verdicts and commands' exit codes (CI job logs).
        ("--- FAIL: TestServe (0.01s)", "error"),
        ("FAIL\tgithub.com/acme/api/server\t0.123s", "error"),
        ("FAIL src/app.test.js", "error"),
        ("the pool will fail over to the replica", None),
        # A verdict that the test did not fail decides: the rest names the test.
        ("PASS: gdb.arch/amd64-invalid-stack.exp: first backtrace, with error message", None),
        ("PASS: gdb.compile/compile-cplus.exp: compile code segfault first", None),
        ("XFAIL: gdb.base/attach.exp: attach to nonexistent process is an error", None),
        ("UNSUPPORTED: gdb.base/catch-signal.exp: SIGSEGV aborted", None),
        ("Passed: runtime/ErrorHandling/TestCrashOnOutOfMemoryError.java", None),
        ("    --- PASS: TestRetryOnError/refused (0.00s)", None),
        ("--- SKIP: TestPanicRecovery (0.00s)", None),
        ("ok 3 - refuses a connection with a bad certificate", None),
        ("tests/test_client.py::test_timeout_error PASSED                            [ 42%]", None),
        ("tests/test_client.py::test_refused SKIPPED", None),
        ("FAIL: gdb.base/break.exp: run until function breakpoint (timeout)", "error"),
        ("Failed: runtime/ErrorHandling/TestOnError.java", "error"),
        ("not ok 4 - refuses a connection with an expired certificate", "error"),
        ("tests/test_client.py::test_timeout_error FAILED                    [ 42%]", "error"),
        ("ok, failed to connect to 10.0.0.4", "error"),
        ("Passed health check, but replica failed to sync", "error"),
        ("Exited with code exit status 1", "error"),
        ('#12 ERROR: process "/bin/sh -c make" did not complete: exit code: 2', "error"),
        ("worker exited with code 137", "error"),
        ("Process completed with exit code 0.", None),
        ("exit status 0", None),
        # A counter's label and its value, in a line of statistics (any value, zero included),
        # is no error word: dnsmasq's cache statistics (SIGUSR1), ifconfig's interface
        # counters, a sync's or a test run's summary. A label with a code after it, a count
        # before its word, a count of times something failed, still say the error.
        (
            "server 1.1.1.1#53: queries sent 1302, retried 0, failed 0, nxdomain replies 12, "
            "avg. latency 18ms",
            None,
        ),
        ("server 192.168.1.1#53: queries sent 48213, retried or failed 12", None),
        ("eth0: RX packets 1843 bytes 2201834 errors 0 dropped 0 overruns 0 frame 0", None),
        ("TX errors 3  dropped 0 overruns 0  carrier 0  collisions 0", None),
        ("sync finished: ok=118 failed=2 skipped=0", None),
        ("backup completed: files 1200, failures=0, warnings 3", None),
        ("checked 42 hosts, failed: 3", None),
        ("Summary: 120 passed, 0 failed, 2 skipped", None),
        ("failed 0", None),
        ("errors: 0", None),
        ("0 errors", None),
        ("failures=0", None),
        ("failed to connect to 10.0.0.4:5432", "error"),
        ("connection failed", "error"),
        ("error: disk full", "error"),
        ("Error 111 connecting to redis-1:6379. Connection refused.", "error"),
        ("HTTP error 502 from upstream, retrying in 5 seconds", "error"),
        ("Login failed 3 times for user admin", "error"),
        ("mount failed: 32", "error"),
        ("Build finished with 3 errors", "error"),
        ("Found 3 errors in 2 files (checked 40 source files)", "error"),
        ("Tests: 3 failed, 117 passed, 120 total", "error"),
        ("upload failed 0x80070005: access denied", "error"),
        # An alarm raised with `!!!` standing at the message's start or end is a warning,
        # unless its words say worse; an exclamation that ends a word is no alarm.
        (
            "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on "
            "request /x (ip 1.2.3.4) !!!",
            "warning",
        ),
        ("!!! no internal routing support, rebuild with pcre support !!!", "warning"),
        ("!!! UNABLE to load uWSGI plugin: cannot open shared object file !!!", "error"),
        ("Deploy finished, all green!!!", None),
        ("pressed ! then !!! then ?", None),
        # The program's own `WARNING: ` label is its level, whatever the words after it say;
        # in lower case, or inside a word, it is a word like the others.
        ("SPINE: Device[41] WARNING: Invalid Response(s), Errors[2] Device[41]", "warning"),
        ("WARN: upstream failed health check", "warning"),
        ("warning: upstream failed health check", "error"),
        ("NOWARNING: upstream failed", "error"),
        ("ERROR: sync failed; WARNING: retrying later", "error"),
    ],
)
def test_words(message, level):
    assert level_from_words(message) == level


def test_only_the_start_of_a_long_message_is_read():
    assert level_from_words("x" * READ_CHARS + " failed") is None
    assert level_from_words("failed " + "x" * 100_000) == "error"


@given(st.text(max_size=600))
def test_never_raises(message):
    assert level_from_words(message) in (None, "warning", "error", "critical")


def test_adversarial_text_is_read_in_linear_time():
    started = time.perf_counter()
    for text in ("0 " * 300 + "errors", " " * 600, "no " * 200 + "error" * 50, "error " * 100):
        level_from_words(text)
    assert time.perf_counter() - started < 1.0  # quadratic would take minutes, not a second


SYSLOG = """\
Nov 29 10:00:00 web-1 systemd[1]: Starting nginx.service - A high performance web server...
Nov 29 10:00:01 web-1 nginx[1234]: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: in use)
Nov 29 10:00:01 web-1 systemd[1]: Failed to start nginx.service - A high performance web server.
Nov 29 10:00:05 web-1 kernel: Out of memory: Killed process 4321 (java) total-vm:8000000kB
"""


def test_a_syslog_file_on_disk_has_levels_and_severities(tmp_path: Path):
    flag = "attributes->>'level_inferred'"
    rows = stored_events(tmp_path, SYSLOG, f"line, level, severity, {flag}")
    assert rows == [
        (1, None, None, None),
        (2, "critical", "critical", "true"),
        (3, "error", "medium", "true"),
        (4, "error", "critical", "true"),  # a crash sign makes an error critical
    ]


# dnsmasq's statistics, written to syslog when it gets SIGUSR1 (a cron job's `pkill -USR1`),
# between its ordinary lines and a failure of its own.
DNSMASQ = """\
Nov 29 10:00:00 gw dnsmasq[8]: time 1732874400
Nov 29 10:00:00 gw dnsmasq[8]: cache size 150, 0/0 cache insertions re-used unexpired cache entries.
Nov 29 10:00:00 gw dnsmasq[8]: queries forwarded 48213, queries answered locally 10244
Nov 29 10:00:00 gw dnsmasq[8]: server 192.168.1.1#53: queries sent 48213, retried or failed 12
Nov 29 10:00:00 gw dnsmasq[8]: server 1.1.1.1#53: queries sent 1302, retried 0, failed 0
Nov 29 10:00:07 gw dnsmasq[8]: failed to access /etc/dnsmasq.d/blocklist.conf: No such file
"""


def test_statistics_lines_are_no_errors(tmp_path: Path):
    rows = stored_events(tmp_path, DNSMASQ, "line, level, severity")
    assert rows == [(n, None, None) for n in range(1, 6)] + [(6, "error", "medium")]


# uWSGI's log: its startup lines, the request log, and the alarm it raises when a client went
# away before its response was written (in its own timestamped form, and bare).
UWSGI = """\
*** Starting uWSGI 2.0.21 (64bit) on [Mon Nov 30 10:00:00 2026] ***
detected number of CPU cores: 4
[pid: 12|app: 0|req: 1/1] 10.0.0.7 () {40 vars in 612 bytes} [Mon Nov 30 10:00:01 2026] \
GET /health => generated 2 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on \
core 0)
Mon Nov 30 10:00:02 2026 - SIGPIPE: writing to a closed pipe/socket/fd (probably the client \
disconnected) on request /export/orders.csv (ip 10.0.0.9) !!!
SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request \
/export/orders.csv (ip 10.0.0.9) !!!
uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET \
/export/orders.csv (10.0.0.9)
IOError: write error
"""


def test_an_alarm_a_program_raises_is_a_warning(tmp_path: Path):
    rows = stored_events(tmp_path, UWSGI, "line, level, severity, attributes->>'level_inferred'")
    assert rows == [
        (1, None, None, None),
        (2, None, None, None),
        (3, "info", None, None),
        (4, "warning", "low", "true"),
        (5, "warning", "low", "true"),
        (6, "error", "medium", "true"),
        (7, "error", "medium", "true"),
    ]


def test_a_level_the_line_says_is_not_second_guessed(tmp_path: Path):
    # RFC 5424 carries its severity (<14>: user.info): an info line that says `failed` stays info.
    line = "<14>1 2024-11-29T10:00:00Z web-1 app 7 - - retry of job 7 after it failed\n"
    assert stored_events(tmp_path, line, "level, attributes->>'level_inferred'") == [("info", None)]


def test_explain_says_the_level_was_read_from_words():
    from errctl.severity.rules import RuleSet

    event = {
        "level": "error",
        "message": "Failed to start nginx.service",
        "exception_type": None,
        "attributes": '{"level_inferred": true}',
    }
    reason = RuleSet().explain(event).default_reason
    assert reason.startswith("level error without an exception is medium")
    assert "read from the message's words" in reason
    assert "words" not in RuleSet().explain({**event, "attributes": None}).default_reason
