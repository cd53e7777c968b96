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
