# ruff: noqa: E501  (the captured lines are data, as the server wrote them)
"""Twisted's log layout (captured from a real Twisted 26.10 web server here: `log.startLogging`
with a resource that raises and a Deferred that fails unhandled, then `twistd -n web`): the
event's system in brackets after the time, the access log's quoted client, a failure's
traceback under a tab."""

from __future__ import annotations

from errctl.formats.access import FORMAT as ACCESS
from errctl.formats.generic import FORMAT
from errctl.formats.stacktrace import parse_trace
from tests.ingest.stored import stored_events

LEGACY = """\
2026-12-04 20:44:58+0000 [-] Log opened.
2026-12-04 20:44:58+0000 [-] Site starting on 18082
2026-12-04 20:44:58+0000 [-] Starting factory <twisted.web.server.Site object at 0x7f738276c490>
2026-12-04 20:44:58+0000 [-] Unhandled error in Deferred:
2026-12-04 20:44:58+0000 [-] Unhandled Error
\tTraceback (most recent call last):
\tFailure: builtins.RuntimeError: nobody handled me
\t
2026-12-04 20:44:58+0000 [_GenericHTTPChannelProtocol,0,127.0.0.1] Handling order /a
2026-12-04 20:44:58+0000 [-] "127.0.0.1" - - [04/Dec/2026:20:44:58 +0000] "GET /a HTTP/1.1" 200 2 "-" "curl/7.88.1"
2026-12-04 20:44:58+0000 [-] Unhandled Error
\tTraceback (most recent call last):
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/server.py", line 228, in process
\t    self.render(resrc)
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/server.py", line 293, in render
\t    body = resrc.render(self)
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/resource.py", line 270, in render
\t    return m(request)
\t  File "/srv/shop/app.py", line 10, in render_GET
\t    raise ValueError("bad order %s" % request.args.get(b"id", [b"?"])[0].decode())
\tbuiltins.ValueError: bad order 1
\t
2026-12-04 20:44:58+0000 [-] "127.0.0.1" - - [04/Dec/2026:20:44:58 +0000] "GET /boom?id=1 HTTP/1.1" 500 95 "-" "curl/7.88.1"
2026-12-04 20:44:58+0000 [-] Unhandled Error
\tTraceback (most recent call last):
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/server.py", line 228, in process
\t    self.render(resrc)
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/server.py", line 293, in render
\t    body = resrc.render(self)
\t  File "/srv/venv/lib/python3.11/site-packages/twisted/web/resource.py", line 270, in render
\t    return m(request)
\t  File "/srv/shop/app.py", line 10, in render_GET
\t    raise ValueError("bad order %s" % request.args.get(b"id", [b"?"])[0].decode())
\tbuiltins.ValueError: bad order 2
\t
2026-12-04 20:44:58+0000 [-] "127.0.0.1" - - [04/Dec/2026:20:44:58 +0000] "GET /boom?id=2 HTTP/1.1" 500 95 "-" "curl/7.88.1"
2026-12-04 20:44:58+0000 [-] "127.0.0.1" - - [04/Dec/2026:20:44:58 +0000] "GET /defer HTTP/1.1" 200 2 "-" "curl/7.88.1"
2026-12-04 20:44:58+0000 [_GenericHTTPChannelProtocol,4,127.0.0.1] Handling order /b
2026-12-04 20:44:58+0000 [-] "127.0.0.1" - - [04/Dec/2026:20:44:58 +0000] "GET /b HTTP/1.1" 200 2 "-" "curl/7.88.1"
2026-12-04 20:45:04+0000 [twisted.web.server.Site] (TCP Port 18082 Closed)
2026-12-04 20:45:04+0000 [-] Stopping factory <twisted.web.server.Site object at 0x7f738276c490>
2026-12-04 20:45:04+0000 [-] Main loop terminated.
2026-12-04 20:45:04+0000 [-] Unhandled error in Deferred:
2026-12-04 20:45:04+0000 [-] Unhandled Error
\tTraceback (most recent call last):
\t  File "/srv/shop/app.py", line 15, in fail
\t    {}["missing"]
\tbuiltins.KeyError: 'missing'
\t
"""

TWISTD = """\
2026-12-04T20:45:44+0000 [twisted.scripts._twistd_unix.UnixAppLogger#info] twistd 26.10.0 (/tmp/pyapps/bin/python3 3.11.7) starting up.
2026-12-04T20:45:44+0000 [twisted.scripts._twistd_unix.UnixAppLogger#info] reactor class: twisted.internet.epollreactor.EPollReactor.
2026-12-04T20:45:44+0000 [-] Site starting on 18083
2026-12-04T20:45:44+0000 [twisted.web.server.Site#info] Starting factory <twisted.web.server.Site object at 0x7f182a1c66d0>
2026-12-04T20:45:45+0000 [twisted.python.log#info] "127.0.0.1" - - [04/Dec/2026:20:45:45 +0000] "GET / HTTP/1.1" 200 3 "-" "curl/7.88.1"
2026-12-04T20:45:45+0000 [twisted.python.log#info] "127.0.0.1" - - [04/Dec/2026:20:45:45 +0000] "GET /nope HTTP/1.1" 404 145 "-" "curl/7.88.1"
2026-12-04T20:45:48+0000 [twisted.internet.base#info] Received SIGTERM, shutting down.
2026-12-04T20:45:48+0000 [-] (TCP Port 18083 Closed)
2026-12-04T20:45:48+0000 [twisted.web.server.Site#info] Stopping factory <twisted.web.server.Site object at 0x7f182a1c66d0>
2026-12-04T20:45:48+0000 [twisted.internet.base#info] Main loop terminated.
2026-12-04T20:45:48+0000 [twisted.scripts._twistd_unix.UnixAppLogger#info] Server Shut Down.
"""


def test_the_system_is_an_attribute_and_not_the_messages_first_word():
    f = FORMAT.parse(
        "2026-12-04 20:44:58+0000 [_GenericHTTPChannelProtocol,0,127.0.0.1] Handling order /a"
    )
    assert (f.timestamp, f.message, f.level) == (
        "2026-12-04 20:44:58+0000",
        "Handling order /a",
        None,
    )
    assert f.attributes == {"system": "_GenericHTTPChannelProtocol,0,127.0.0.1"}
    none = FORMAT.parse("2026-12-04 20:44:58+0000 [-] Site starting on 18082")
    assert (none.message, none.attributes) == ("Site starting on 18082", None)


def test_twisted_loggers_namespace_and_level():
    f = FORMAT.parse(
        "2026-12-04T20:45:48+0000 [twisted.internet.base#info] Received SIGTERM, shutting down."
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2026-12-04T20:45:48+0000",
        "info",
        "twisted.internet.base",
        "Received SIGTERM, shutting down.",
    )


def test_other_layouts_brackets_after_such_a_time_are_left_to_them():
    thread = FORMAT.parse("2026-12-04 20:44:58+0000 [main] INFO Starting the shop")
    assert "system" not in (thread.attributes or {})
    pid = FORMAT.parse("2026-12-04 20:44:58+0000 [4242] listening")
    assert "system" not in (pid.attributes or {})


def test_a_utc_time_before_a_system_only_twisted_writes():
    """Cowrie sets Twisted's time format to ISO 8601 in UTC (`...333718Z`): its systems (a
    protocol's prefix, a namespace and level, a factory's qualified name) are context, and
    had split `login attempt [%s/%s] failed` by the session's transport."""
    lines = {
        "[HoneyPotSSHTransport,4121,218.92.0.177] Remote SSH version: SSH-2.0-Go": (
            "Remote SSH version: SSH-2.0-Go",
            None,
        ),
        "[SSHService b'ssh-userauth' on HoneyPotSSHTransport,4121,218.92.0.177] login attempt"
        " [b'root'/b'admin'] failed": ("login attempt [b'root'/b'admin'] failed", None),
        "[cowrie.ssh.transport.HoneyPotSSHTransport#debug] NEW KEYS": ("NEW KEYS", "debug"),
        "[cowrie.ssh.factory.CowrieSSHFactory] New connection: 218.92.0.177:61597": (
            "New connection: 218.92.0.177:61597",
            None,
        ),
    }
    for rest, (message, level) in lines.items():
        f = FORMAT.parse(f"2024-06-07T06:00:20.333718Z {rest}")
        assert (f.timestamp, f.message, f.level) == ("2024-06-07T06:00:20.333718Z", message, level)
    # After such a time, a word in brackets is another layout's (a thread's, a worker's).
    for other in ("[main] Starting the shop", "[worker-1] job 12 done", "[4242] listening"):
        f = FORMAT.parse(f"2024-06-07T06:00:20.333718Z {other}")
        assert "system" not in (f.attributes or {})


def test_an_access_line_with_a_quoted_client_is_a_request():
    line = '"127.0.0.1" - - [04/Dec/2026:20:45:45 +0000] "GET /nope HTTP/1.1" 404 145 "-" "curl/7.88.1"'
    f = ACCESS.parse(line)
    assert f.template == "GET /nope 404"
    assert (f.attributes["client_ip"], f.attributes["status"]) == ("127.0.0.1", 404)
    proxied = ACCESS.parse(line.replace('"127.0.0.1"', '"10.0.0.1, 10.0.0.2"'))
    assert proxied.attributes["client_ip"] == "10.0.0.1, 10.0.0.2"
    headed = FORMAT.parse(f"2026-12-04T20:45:45+0000 [twisted.python.log#info] {line}")
    assert (headed.template, headed.level, headed.logger) == (
        "GET /nope 404",
        "warning",
        "twisted.python.log",
    )
    assert ACCESS.parse('"quoted words" and more') is None


def test_a_frameless_failure_names_its_exception():
    chain = parse_trace(
        "\tTraceback (most recent call last):\n\tFailure: builtins.RuntimeError: nobody handled me\n"
    )
    assert [(e.type, e.value) for e in chain] == [("builtins.RuntimeError", "nobody handled me")]


def test_a_twisted_web_server_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, LEGACY, "line, level, template, exception_type")
    by_line = {r[0]: r for r in rows}
    assert by_line[1][2] == "Log opened."
    assert by_line[5][1:] == ("error", "Unhandled Error", "builtins.RuntimeError")
    assert by_line[11][1:] == by_line[24][1:] == ("error", "Unhandled Error", "builtins.ValueError")
    assert by_line[10][1:3] == ("info", "GET /a 200")
    assert by_line[23][1:3] == by_line[36][1:3] == ("error", "GET /boom?id=<*> 500")
    assert by_line[44][3] == "builtins.KeyError"
    assert by_line[9][2] == "Handling order /a"
    assert len(rows) == 19


def test_twistd_end_to_end(tmp_path):
    rows = stored_events(tmp_path, TWISTD, "line, level, template, logger")
    assert len(rows) == 11
    by_line = {r[0]: r for r in rows}
    assert by_line[1][1:] == (
        "info",
        "twistd <*> (<*>) starting up.",
        "twisted.scripts._twistd_unix.UnixAppLogger",
    )
    assert by_line[5][1:3] == ("info", "GET / 200")
    assert by_line[6][1:3] == ("warning", "GET /nope 404")
