"""Apache httpd's error log, as Apache 2.4.68 (Debian 12) wrote it proxying to a closed port and
serving a missing file; and 2.2's layout."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.apache_error import FORMAT
from errctl.formats.registry import detect, get_format

REAL = """\
[Sun Nov 29 10:42:43.910488 2026] [mpm_event:notice] [pid 18410:tid 18410] AH00489: Apache/2.4.68 (Debian) configured -- resuming normal operations
[Sun Nov 29 10:42:43.910631 2026] [core:notice] [pid 18410:tid 18410] AH00094: Command line: 'apache2 -f /tmp/ap/httpd.conf'
[Sun Nov 29 10:42:44.909175 2026] [proxy:error] [pid 18413:tid 18417] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:18092 (127.0.0.1:18092) failed
[Sun Nov 29 10:42:44.909300 2026] [proxy_http:error] [pid 18413:tid 18417] [client 127.0.0.1:33494] AH01114: HTTP: failed to make connection to backend: 127.0.0.1
[Sun Nov 29 10:42:44.922374 2026] [core:info] [pid 18414:tid 18459] [client 127.0.0.1:33504] AH00128: File does not exist: /tmp/ap/www/missing.html""".splitlines()  # noqa: E501


def test_header():
    f = FORMAT.parse(REAL[2])
    assert (f.timestamp, f.level, f.logger, f.attributes) == (
        "Sun Nov 29 10:42:44.909175 2026",
        "error",
        "proxy",
        {"pid": 18413, "tid": 18417, "code": "AH00957"},
    )
    # The OS error is read; the code, the same in every such line, is no part of the title.
    assert f.message.startswith("(111)Connection refused: http: attempt to connect")
    f = FORMAT.parse(REAL[4])
    assert (f.level, f.logger, f.message, f.attributes) == (
        "info",
        "core",
        "File does not exist: /tmp/ap/www/missing.html",
        {"pid": 18414, "tid": 18459, "client": "127.0.0.1:33504", "code": "AH00128"},
    )


def test_a_client_after_the_os_error_and_the_call_site_are_attributes():
    """2.4 writes `%E: [client %a]`: the client after the OS error stayed in the title."""
    f = FORMAT.parse(
        "[Tue Dec 01 01:24:36.416882 2026] [proxy_http:error] [pid 31847:tid 31879] (20014)"
        "Internal error (specific information not available): [client 127.0.0.1:53516] AH01102:"
        " error reading status line from remote server 127.0.0.1:18498"
    )
    assert f.message == (
        "(20014)Internal error (specific information not available): error reading status line"
        " from remote server 127.0.0.1:18498"
    )
    assert f.attributes == {
        "pid": 31847,
        "tid": 31879,
        "client": "127.0.0.1:53516",
        "code": "AH01102",
    }
    f = FORMAT.parse(
        "[Tue Dec 01 01:30:02.101311 2026] [authz_core:debug] [pid 4127:tid 4160]"
        " mod_authz_core.c(815): [client 127.0.0.1:40312] AH01626: authorization result of"
        " Require all granted: granted"
    )
    assert f.message == "authorization result of Require all granted: granted"
    assert (f.attributes["caller"], f.attributes["code"]) == ("mod_authz_core.c(815)", "AH01626")


def test_what_a_cgi_script_said_is_the_message():
    f = FORMAT.parse(
        "[Tue Dec 01 01:25:45.763211 2026] [cgi:error] [pid 1269:tid 1277] [client"
        " 127.0.0.1:55682] AH01215: stderr from /srv/cgi/nohdr.sh: warning: something odd"
    )
    assert f.message == "warning: something odd"
    assert (f.attributes["code"], f.attributes["script"]) == ("AH01215", "/srv/cgi/nohdr.sh")


def test_what_a_fastcgi_application_said_is_the_message():
    """mod_proxy_fcgi quotes the application's stderr: quoted, the text was one value."""
    f = FORMAT.parse(
        "[Sun Jun 09 08:36:46.621250 2024] [proxy_fcgi:error] [pid 5493:tid 1401138726] [client"
        " 81.2.96.237:17881] AH01071: Got error 'PHP message: PHP Warning:  Undefined array key"
        ' "id" in /var/www/shop/view.php on line 42\', referer: https://shop.example.com/cart'
    )
    assert f.message == (
        'PHP message: PHP Warning:  Undefined array key "id" in /var/www/shop/view.php on line 42'
    )
    assert (f.attributes["code"], f.attributes["referer"]) == (
        "AH01071",
        "https://shop.example.com/cart",
    )
    f = FORMAT.parse(
        "[Sun Jun 09 08:36:47.101311 2024] [proxy_fcgi:error] [pid 5493:tid 1401138726] [client"
        " 81.2.96.237:17882] AH01071: Got error 'Primary script unknown'"
    )
    assert f.message == "Primary script unknown"
    # Another message's quotes stay.
    f = FORMAT.parse(
        "[Sun Jun 09 08:36:48.101311 2024] [core:notice] [pid 5490:tid 1401138726] AH00094:"
        " Command line: '/usr/sbin/apache2'"
    )
    assert f.message == "Command line: '/usr/sbin/apache2'"


def test_apache_22_and_a_referer():
    f = FORMAT.parse(
        "[Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by server"
        " configuration: /export/home/live/ap/htdocs/test, referer: http://example.com/x"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "error",
        None,
        "client denied by server configuration: /export/home/live/ap/htdocs/test",
        {"client": "127.0.0.1", "referer": "http://example.com/x"},
    )
    assert FORMAT.parse("[Wed Oct 11 14:32:52 2000] [core:trace3] [pid 1] x").level == "trace"


@pytest.mark.parametrize(
    "line",
    [
        "[Sun Nov 29 10:42:44 2026] [proxy:fatal] [pid 1] no such level",
        "[Sun Foo 29 10:42:44 2026] [error] no such month",
        "[2026-11-29 10:42:44] [error] iso",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected():
    assert detect(REAL).name == "apache-error"
    assert get_format("httpd-error") is FORMAT


@given(st.text(max_size=300))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("[Sun Nov 29 10:42:44 2026] [core:error] " + text)
