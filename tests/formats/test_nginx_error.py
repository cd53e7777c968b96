"""nginx's error log, as nginx 1.22 (Debian 12) wrote it proxying to a closed port and serving
a missing file."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.nginx_error import FORMAT
from errctl.formats.registry import detect, get_format
from tests.ingest.stored import stored_events

REAL = """\
2026/11/29 10:13:18 [notice] 21012#21012: using the "epoll" event method
2026/11/29 10:13:18 [notice] 21013#21013: start worker process 21015
2026/11/29 10:13:19 [error] 21015#21015: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example.com, request: "GET /api/orders/17 HTTP/1.1", upstream: "http://127.0.0.1:18090/api/orders/17", host: "shop.example.com"
2026/11/29 10:13:19 [info] 21015#21015: *1 client 127.0.0.1 closed keepalive connection
2026/11/29 10:13:19 [error] 21015#21015: *3 open() "/tmp/ngx/www/missing.html" failed (2: No such file or directory), client: 127.0.0.1, server: shop.example.com, request: "GET /missing.html HTTP/1.1", host: "127.0.0.1:18089", referrer: "http://x/"
2026/11/29 10:13:19 [notice] 21013#21013: signal 15 (SIGTERM) received from 21027, exiting""".splitlines()  # noqa: E501


def test_the_request_context_goes_to_attributes():
    f = FORMAT.parse(REAL[2])
    assert (f.timestamp, f.level, f.message) == (
        "2026/11/29 10:13:19",
        "error",
        "connect() failed (111: Connection refused) while connecting to upstream",
    )
    assert f.attributes == {
        "pid": 21015,
        "tid": 21015,
        "connection": 1,
        "client": "127.0.0.1",
        "server_name": "shop.example.com",
        "request": "GET /api/orders/17 HTTP/1.1",
        "upstream": "http://127.0.0.1:18090/api/orders/17",
        "http_host": "shop.example.com",
    }
    f = FORMAT.parse(REAL[4])
    assert f.message == 'open() "/tmp/ngx/www/missing.html" failed (2: No such file or directory)'
    assert f.attributes["referrer"] == "http://x/"


def test_keys_after_nginxs_own_are_context_too():
    """Kong (OpenResty) appends its `request_id` after nginx's context."""
    f = FORMAT.parse(
        "2024/06/12 09:41:27 [error] 2417#0: *88113 upstream timed out (110: Operation timed"
        " out) while reading response header from upstream, client: 172.18.0.1, server: kong,"
        ' request: "POST /payments/v2/charges HTTP/1.1", upstream:'
        ' "http://10.42.1.17:8443/v2/charges", host: "api.shop.test",'
        ' request_id: "5e1f0c2b8a7d4e6f9a0b1c2d3e4f5a6b"'
    )
    assert f.message == (
        "upstream timed out (110: Operation timed out) while reading response header from upstream"
    )
    assert f.attributes == {
        "pid": 2417,
        "tid": 0,
        "connection": 88113,
        "client": "172.18.0.1",
        "server_name": "kong",
        "request": "POST /payments/v2/charges HTTP/1.1",
        "upstream": "http://10.42.1.17:8443/v2/charges",
        "http_host": "api.shop.test",
        "request_id": "5e1f0c2b8a7d4e6f9a0b1c2d3e4f5a6b",
    }


def test_lines_without_a_connection_or_context():
    f = FORMAT.parse(REAL[0])
    assert (f.level, f.message, f.attributes) == (
        "notice",
        'using the "epoll" event method',
        {"pid": 21012, "tid": 21012},
    )
    # `, client: ` inside a message that is not followed by context alone stays in it.
    f = FORMAT.parse("2026/11/29 10:13:19 [warn] 1#1: *2 odd, client: 1.2.3.4 said hello; bye")
    assert f.message == "odd, client: 1.2.3.4 said hello; bye"


def test_nginx_units_log_has_the_header_without_its_colon():
    # NGINX Unit's unit.log (its documentation's `unitd --no-daemon` output).
    f = FORMAT.parse('2023/06/15 11:29:31 [notice] 43#43 module: wasm 0.1 "/m/wasm.unit.so"')
    assert (f.level, f.message, f.attributes) == (
        "notice",
        'module: wasm 0.1 "/m/wasm.unit.so"',
        {"pid": 43, "tid": 43},
    )
    f = FORMAT.parse("2021/01/20 18:19:01 [notice] 12#12 process 15 exited with code 0")
    assert f.message == "process 15 exited with code 0"


# PHP-FPM behind nginx 1.22 (Debian 12), PHP 8.2 logging to the FastCGI stream: nginx quotes
# what PHP said; a stack trace spans lines, the request context after it.
FASTCGI = """\
2026/12/01 02:03:20 [error] 8227#8227: *7 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught RuntimeException: could not load order 7 in /srv/www/app/orders.php:2
Stack trace:
#0 /srv/www/app/orders.php(3): load()
#1 /srv/www/app/orders.php(4): show()
#2 {main}
  thrown in /srv/www/app/orders.php on line 2" while reading response header from upstream, client: 127.0.0.1, server: shop.test, request: "GET /app/orders.php?id=7 HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "127.0.0.1"
2026/12/01 02:03:20 [error] 8227#8227: *9 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught RuntimeException: could not load order 8 in /srv/www/app/orders.php:2
Stack trace:
#0 /srv/www/app/orders.php(3): load()
#1 /srv/www/app/orders.php(4): show()
#2 {main}
  thrown in /srv/www/app/orders.php on line 2" while reading response header from upstream, client: 127.0.0.1, server: shop.test, request: "GET /app/orders.php?id=8 HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "127.0.0.1"
2026/12/01 02:04:35 [error] 8227#8227: *13 FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined array key "k" in /srv/www/app/notice.php on line 3; PHP message: PHP Notice:  cache miss for key 42 in /srv/www/app/notice.php on line 4" while reading response header from upstream, client: 127.0.0.1, server: shop.test, request: "GET /app/notice.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "127.0.0.1"
"""  # noqa: E501


def test_what_php_said_through_fastcgi_is_the_message():
    f = FORMAT.parse(FASTCGI.splitlines()[-1])
    assert (f.message, f.level) == (
        'Undefined array key "k" in /srv/www/app/notice.php on line 3',
        "warning",  # the gravest of the two messages, by PHP's kind of error
    )
    assert f.attributes["request"] == "GET /app/notice.php HTTP/1.1"
    assert f.attributes["php_error"] == "Warning"
    assert f.attributes["stderr"].endswith(
        "PHP Notice:  cache miss for key 42 in /srv/www/app/notice.php on line 4"
    )


def test_php_errors_through_fastcgi_are_groups_of_their_own(tmp_path):
    """Quoted whole, every PHP error behind nginx was one group, `FastCGI sent in stderr: <*>`,
    and the request context of a multi-line one was no attribute."""
    events = stored_events(
        tmp_path,
        FASTCGI,
        "line, level, message, exception_type, fingerprint,"
        " json_extract_string(attributes, '$.request')",
    )
    assert [e[:4] for e in events] == [
        (
            1,
            "critical",
            "Uncaught RuntimeException: could not load order 7 in /srv/www/app/orders.php:2",
            "RuntimeException",
        ),
        (
            7,
            "critical",
            "Uncaught RuntimeException: could not load order 8 in /srv/www/app/orders.php:2",
            "RuntimeException",
        ),
        (13, "warning", 'Undefined array key "k" in /srv/www/app/notice.php on line 3', None),
    ]
    assert events[0][4] == events[1][4] != events[2][4]
    assert events[1][5] == "GET /app/orders.php?id=8 HTTP/1.1"


@pytest.mark.parametrize(
    "line",
    [
        "2026/11/29 10:13:19 [fatal] 1#1: no such level",
        "2026/11/29 10:13:19 [error] no pid",
        "2026-11-29 10:13:19 [error] 1#1: dashes",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected():
    assert detect(REAL).name == "nginx-error"
    assert get_format("nginx_error") is FORMAT


@given(st.text(max_size=300))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("2026/11/29 10:13:19 [error] 1#1: *1 x, client: " + text)
