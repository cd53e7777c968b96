"""Web servers' error logs end to end, as Apache 2.4.71 (Debian 12) wrote them running CGI
scripts that fail and a restart on a broken configuration (paths as they ran, lines trimmed)."""

from __future__ import annotations

from tests.ingest.stored import stored_events

# mod_cgid hands a script's stderr to the error log as it is: a Python traceback with no
# header, right under an unrelated request's record. A graceful restart whose configuration
# fails writes httpd's own complaint, also with no header, and the server is gone.
CGID_STDERR = """\
[Tue Dec 01 01:24:36.498811 2026] [auth_basic:error] [pid 31846:tid 31849] [client 127.0.0.1:53546] AH01618: user bob not found: /private/x.html
[Tue Dec 01 01:24:36.522282 2026] [authz_core:error] [pid 31847:tid 31884] [client 127.0.0.1:53566] AH01630: client denied by server configuration: /srv/www/denied/x.html
Traceback (most recent call last):
  File "/srv/cgi/boom.py", line 7, in <module>
    handler({"user": None})
  File "/srv/cgi/boom.py", line 4, in handler
    return req["user"]["id"]
           ~~~~~~~~~~~^^^^^^
TypeError: 'NoneType' object is not subscriptable
warning: something odd on stderr
[Tue Dec 01 01:24:36.602494 2026] [cgid:error] [pid 31846:tid 31865] [client 127.0.0.1:53584] malformed header from script 'nohdr.sh': Bad header: oops no header
[Tue Dec 01 01:24:48.722004 2026] [mpm_event:notice] [pid 31611:tid 31611] AH00493: SIGUSR1 received.  Doing graceful restart
apache2: Syntax error on line 48 of /etc/apache2/apache2.conf: Could not open configuration file /etc/apache2/nope.conf: No such file or directory
"""  # noqa: E501


def test_apache_lines_with_no_header_are_another_writers_events(tmp_path):
    """The CGI's traceback was the `client denied` record's exception (that record grouped as a
    TypeError), and the failed restart was the text of an info record."""
    events = stored_events(tmp_path, CGID_STDERR, "line, format, level, message, exception_type")
    assert [(line, fmt, level, exc) for line, fmt, level, _, exc in events] == [
        (1, "apache-error", "error", None),
        (2, "apache-error", "error", None),
        (3, "raw", "error", "TypeError"),
        (10, "raw", "warning", None),
        (11, "apache-error", "error", None),
        (12, "apache-error", "info", None),
        (13, "raw", "error", None),
    ]
    assert events[1][3].endswith("client denied by server configuration: /srv/www/denied/x.html")
    assert events[5][3].endswith("SIGUSR1 received.  Doing graceful restart")
    assert events[6][3].startswith("apache2: Syntax error on line 48")


# mod_cgi logs what a script says on stderr a line a record; mod_wsgi does the same with the
# application's traceback.
CGI_TRACEBACK = """\
[Tue Dec 01 01:25:45.746563 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py: Traceback (most recent call last):
[Tue Dec 01 01:25:45.746652 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py:   File "/srv/cgi/boom.py", line 7, in <module>
[Tue Dec 01 01:25:45.746668 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py:     handler({"user": None})
[Tue Dec 01 01:25:45.746706 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py:   File "/srv/cgi/boom.py", line 4, in handler
[Tue Dec 01 01:25:45.746726 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py:     return req["user"]["id"]
[Tue Dec 01 01:25:45.746746 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py:            ~~~~~~~~~~~^^^^^^
[Tue Dec 01 01:25:45.746792 2026] [cgi:error] [pid 1268:tid 1288] [client 127.0.0.1:55666] AH01215: stderr from /srv/cgi/boom.py: TypeError: 'NoneType' object is not subscriptable
[Tue Dec 01 01:25:45.762987 2026] [cgi:error] [pid 1269:tid 1277] [client 127.0.0.1:55682] malformed header from script 'nohdr.sh': Bad header: oops no header
[Tue Dec 01 01:25:45.763211 2026] [cgi:error] [pid 1269:tid 1277] [client 127.0.0.1:55682] AH01215: stderr from /srv/cgi/nohdr.sh: warning: something odd on stderr
[Tue Dec 01 01:31:07.120318 2026] [wsgi:error] [pid 2210:tid 2233] [client 127.0.0.1:40516] Traceback (most recent call last):
[Tue Dec 01 01:31:07.120371 2026] [wsgi:error] [pid 2210:tid 2233] [client 127.0.0.1:40516]   File "/srv/app/views.py", line 12, in orders
[Tue Dec 01 01:31:07.120379 2026] [wsgi:error] [pid 2210:tid 2233] [client 127.0.0.1:40516]     return db.fetch(order_id)
[Tue Dec 01 01:31:07.120391 2026] [wsgi:error] [pid 2210:tid 2233] [client 127.0.0.1:40516] KeyError: 'order_id'
[Tue Dec 01 01:31:07.120340 2026] [core:info] [pid 2211:tid 2240] [client 127.0.0.1:40520] AH00128: File does not exist: /srv/www/favicon.ico
"""  # noqa: E501


def test_a_traceback_logged_a_line_a_record_is_one_event(tmp_path):
    """Each line of the script's traceback was an event and a group of its own."""
    events = stored_events(
        tmp_path,
        CGI_TRACEBACK,
        "line, message, exception_type, json_extract_string(attributes, '$.script')",
    )
    assert [(line, exc, script) for line, _, exc, script in events] == [
        (1, "TypeError", "/srv/cgi/boom.py"),
        (8, None, None),
        (9, None, "/srv/cgi/nohdr.sh"),  # the same request's, but no trace
        (10, "KeyError", None),
        (14, None, None),
    ]
    assert events[0][1] == "TypeError: 'NoneType' object is not subscriptable"
    assert events[2][1] == "warning: something odd on stderr"
