import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.access import FORMAT


def test_combined():
    f = FORMAT.parse(
        '203.0.113.9 - deploy [27/Nov/2026:14:28:19 +0000] "GET /api/v1/products/4?page=2 HTTP/1.1"'
        ' 200 26311 "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"'
    )
    assert f.message == "GET /api/v1/products/4?page=2 HTTP/1.1 200"
    assert f.timestamp == "27/Nov/2026:14:28:19 +0000"
    assert f.level == "info"
    assert f.attributes == {
        "client_ip": "203.0.113.9",
        "user": "deploy",
        "method": "GET",
        "path": "/api/v1/products/4",
        "query": "page=2",
        "protocol": "HTTP/1.1",
        "status": 200,
        "bytes": 26311,
        "referer": "https://shop.example.com/",
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
    }


def test_common_log_format():
    f = FORMAT.parse(
        '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
    )
    assert f.message == "GET /apache_pb.gif HTTP/1.0 200"
    assert f.attributes["user"] == "frank"
    assert f.attributes["referer"] is None and f.attributes["user_agent"] is None


@pytest.mark.parametrize(
    ("status", "level"), [(200, "info"), (304, "info"), (404, "warning"), (503, "error")]
)
def test_level_from_status(status, level):
    line = f'10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" {status} 0 "-" "curl/8"'
    assert FORMAT.parse(line).level == level


def test_odd_requests_and_extra_fields():
    f = FORMAT.parse(
        '2001:db8::1 - - [10/Oct/2000:13:55:36 -0700] "-" 400 - "-" "-" 0.003 upstream=1'
    )
    assert f.message == "- 400"
    assert f.attributes["method"] is None
    assert f.attributes["bytes"] is None
    assert f.attributes["client_ip"] == "2001:db8::1"
    assert f.attributes["extra"] == "0.003 upstream=1"
    f = FORMAT.parse(
        '10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a\\"b HTTP/1.1" 404 0 "-" "x"'
    )
    assert f.attributes["path"] == '/a\\"b'


def test_rejects():
    for line in [
        '10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 2000 0',
        '10.0.0.1 - - 10/Oct/2000:13:55:36 -0700 "GET / HTTP/1.1" 200 0',
        "10.0.0.1 connected",
        "",
    ]:
        assert FORMAT.parse(line) is None, line


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse('1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "' + line)
