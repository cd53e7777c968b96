import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.access import FORMAT, headed_request, route_template
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events


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
        "route": "/api/v1/products/<*>?page=<*>",
        "query": "page=2",
        "protocol": "HTTP/1.1",
        "status": 200,
        "bytes": 26311,
        "referer": "https://shop.example.com/",
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
    }
    assert f.template == "GET /api/v1/products/<*>?page=<*> 200"


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
    FORMAT.parse("GET " + line + " ms")


@pytest.mark.parametrize(
    ("head", "vhost", "port"),
    [
        ("shop.example.org:443 198.51.100.23", "shop.example.org", 443),  # vhost_combined
        ("shop.example.org 198.51.100.23", "shop.example.org", None),  # `%v %h ...`
    ],
)
def test_apache_virtual_host_first(head, vhost, port):
    """Debian's and Ubuntu's `other_vhosts_access.log` (`LogFormat vhost_combined`)."""
    f = FORMAT.parse(
        f'{head} - - [03/Mar/2025:09:14:02 +0100] "POST /cart/checkout HTTP/2.0" 502 311'
        ' "https://shop.example.org/cart" "Mozilla/5.0 (Macintosh)"'
    )
    assert (f.message, f.timestamp, f.level) == (
        "POST /cart/checkout HTTP/2.0 502",
        "03/Mar/2025:09:14:02 +0100",
        "error",
    )
    assert f.template == "POST /cart/checkout 502"
    assert f.attributes["client_ip"] == "198.51.100.23"
    assert f.attributes["vhost"] == vhost
    assert f.attributes.get("server_port") == port
    assert f.attributes["user_agent"] == "Mozilla/5.0 (Macintosh)"
    assert f.host is None


def test_fields_padded_with_blanks():
    f = FORMAT.parse(
        '192.0.2.44 -  -  [14/Jun/2024:17:02:11 +0000] "PUT /v2/items/991 HTTP/1.1" 204 - "-" "-"'
        "  87"
    )
    assert (f.message, f.level, f.template) == (
        "PUT /v2/items/991 HTTP/1.1 204",
        "info",
        "PUT /v2/items/<*> 204",
    )
    assert f.attributes["client_ip"] == "192.0.2.44"
    assert f.attributes["extra"] == "87"
    assert "vhost" not in f.attributes


def test_a_quoted_user_is_no_virtual_host():
    f = FORMAT.parse('10.0.0.5 - "ann lee" [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 5')
    assert f.attributes["client_ip"] == "10.0.0.5"
    assert f.attributes["user"] == '"ann lee"'
    assert "vhost" not in f.attributes


_OWNER = "4d5e6f" + "0" * 52 + "a1b2c3"


def test_s3_server_access_log():
    f = FORMAT.parse(
        f"{_OWNER} media-uploads [21/Jan/2025:08:30:12 +0000] 203.0.113.77 "
        "arn:aws:iam::111122223333:user/uploader 7B4A0FABC1EXAMPLE REST.GET.OBJECT "
        'videos/intro.mp4 "GET /media-uploads/videos/intro.mp4 HTTP/1.1" 404 NoSuchKey 243 - 21 -'
        ' "-" "aws-sdk-java/2.20.1" - Hx8kQm1vZ3k= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader'
        " media-uploads.s3.eu-west-1.amazonaws.com TLSv1.3 - - eu-west-1"
    )
    assert (f.message, f.timestamp, f.level, f.service) == (
        "GET /media-uploads/videos/intro.mp4 HTTP/1.1 404 NoSuchKey",
        "21/Jan/2025:08:30:12 +0000",
        "warning",
        "media-uploads",
    )
    # named by its operation, not by the key's route: a key is data, not an endpoint
    assert f.template == "REST.GET.OBJECT 404 NoSuchKey"
    assert f.attributes == {
        "bucket": "media-uploads",
        "bucket_owner": _OWNER,
        "client_ip": "203.0.113.77",
        "requester": "arn:aws:iam::111122223333:user/uploader",
        "request_id": "7B4A0FABC1EXAMPLE",
        "operation": "REST.GET.OBJECT",
        "key": "videos/intro.mp4",
        "method": "GET",
        "path": "/media-uploads/videos/intro.mp4",
        "route": "/media-uploads/videos/intro.mp4",
        "protocol": "HTTP/1.1",
        "status": 404,
        "error_code": "NoSuchKey",
        "bytes": 243,
        "total_time_ms": 21,
        "user_agent": "aws-sdk-java/2.20.1",
        "host_id": "Hx8kQm1vZ3k=",
        "signature_version": "SigV4",
        "cipher_suite": "ECDHE-RSA-AES128-GCM-SHA256",
        "authentication_type": "AuthHeader",
        "host_header": "media-uploads.s3.eu-west-1.amazonaws.com",
        "tls_version": "TLSv1.3",
        "source_region": "eu-west-1",
    }


def test_s3_operation_without_a_request():
    """A lifecycle rule's expiry is S3's own operation: no request line, no status."""
    f = FORMAT.parse(
        f"{_OWNER} media-uploads [22/Jan/2025:00:14:09 +0000] - AmazonS3 5C1D0EEXAMPLE"
        ' S3.EXPIRE.OBJECT tmp/upload-77.part "-" - - - 5120 - - "-" "-" -'
    )
    assert (f.message, f.level, f.template) == (
        "S3.EXPIRE.OBJECT tmp/upload-77.part -",
        "info",
        "S3.EXPIRE.OBJECT -",
    )
    assert f.attributes["object_size"] == 5120
    assert "status" not in f.attributes


@pytest.mark.parametrize(
    ("took", "ms"), [("212 msecs", 212), ("640 micros", 0.64), ("3 msecs via sendfile()", 3)]
)
def test_uwsgi_request_log(took, ms):
    f = FORMAT.parse(
        "[pid: 4121|app: 0|req: 88/913] 10.20.0.9 () {42 vars in 811 bytes} [Thu Feb  6 14:03:27"
        f" 2025] GET /reports/2025/summary?fmt=csv => generated 1893 bytes in {took} (HTTP/1.1"
        " 500) 5 headers in 160 bytes (1 switches on core 2)"
    )
    assert (f.message, f.timestamp, f.level) == (
        "GET /reports/2025/summary?fmt=csv HTTP/1.1 500",
        "Thu Feb  6 14:03:27 2025",
        "error",
    )
    assert f.template == "GET /reports/<*>/summary?fmt=<*> 500"
    assert f.attributes == {
        "pid": 4121,
        "client_ip": "10.20.0.9",
        "user": None,
        "method": "GET",
        "path": "/reports/2025/summary",
        "route": "/reports/<*>/summary?fmt=<*>",
        "query": "fmt=csv",
        "protocol": "HTTP/1.1",
        "status": 500,
        "bytes": 1893,
        "duration_ms": ms,
    }


def test_a_request_after_the_components_name():
    """InfluxDB 1.x's HTTP service logs its requests after `[httpd] `: the request is read, the
    component is the logger; any other line after a component's name is not a request."""
    f = FORMAT.parse(
        '[httpd] 172.17.0.1 - - [21/Mar/2023:10:00:13 +0000] "POST /write?db=missing HTTP/1.1"'
        ' 404 45 "-" "telegraf" 63e1f1ab-c7cd-11ed-8004-0242ac110002 391'
    )
    assert (f.timestamp, f.level, f.logger, f.template, f.attributes["client_ip"]) == (
        "21/Mar/2023:10:00:13 +0000",
        "warning",
        "httpd",
        "POST /write?db=<*> 404",
        "172.17.0.1",
    )
    assert FORMAT.parse("[httpd] 2023/03/21 10:00:03 Starting HTTP service") is None
    assert FORMAT.parse("[tsm1] compacting level 1 group (0) /var/lib/influxdb/x.tsm") is None


@pytest.mark.parametrize(
    "line",
    [
        "[pid: 4121] spawned uWSGI worker 1 (pid: 4122, cores: 1)",
        "[pid: 4121|app: 0|req: 1/1] 10.0.0.1 () {4 vars in 81 bytes} [Thu Feb  6 14:03:27 2025]"
        " GET / => generated 0 bytes",
        f"{_OWNER} media-uploads [22/Jan/2025:00:14:09 +0000] 203.0.113.77 upload failed",
        "www.example.org 10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] GET / 200 0",
    ],
)
def test_not_s3_uwsgi_or_vhost(line):
    assert FORMAT.parse(line) is None


@pytest.mark.parametrize(
    ("line", "level", "template", "attrs"),
    [
        (  # morgan("dev")
            "GET /api/orders/42 500 3.210 ms - 45",
            "error",
            "GET /api/orders/<*> 500",
            {"bytes": 45, "duration_ms": 3.21},
        ),
        (  # morgan("tiny")
            "POST /api/login?next=/home 401 12 - 1.000 ms",
            "warning",
            "POST /api/login?next=<*> 401",
            {"bytes": 12, "duration_ms": 1.0, "query": "next=/home"},
        ),
        (  # morgan("short")
            "::ffff:10.0.0.7 - GET /healthz HTTP/1.1 200 - - 0.412 ms",
            "info",
            "GET /healthz 200",
            {"client_ip": "::ffff:10.0.0.7", "user": None, "duration_ms": 0.412},
        ),
    ],
)
def test_express_morgan_layouts(line, level, template, attrs):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.template) == (None, level, template)
    assert attrs.items() <= f.attributes.items()


@pytest.mark.parametrize(
    "line",
    [
        "GET /api/orders 200 took 12 ms",
        "get /api/orders 200 12.3 ms - 45",
        "GET /api/orders 2000 12.3 ms - 45",
        "Waited 12 ms - then retried",
    ],
)
def test_not_morgan(line):
    assert FORMAT.parse(line) is None


@pytest.mark.parametrize(
    ("path", "query", "route"),
    [
        ("/", None, "/"),
        ("/healthz", None, "/healthz"),
        ("/api/v1/orders/2791", None, "/api/v1/orders/<*>"),
        ("/api/v2/orders/4/invoice.pdf", None, "/api/v2/orders/<*>/invoice.pdf"),
        ("/static/js/app.67258e9c.js", None, "/static/js/app.<*>.js"),
        ("/api/v1/cart/cart_pATiWCuk/items", None, "/api/v1/cart/cart_<*>/items"),
        ("/api/v2/inventory/SKU-08499", None, "/api/v2/inventory/SKU-<*>"),
        ("/files/deadbeefcafe", None, "/files/<*>"),
        ("/u/3f0c2a6e-4b1d-4c7e-9a53-0d8b6f1e2c44/x", None, "/u/<*>/x"),
        # A UUID with a group of hex letters alone is still one value.
        ("/servers/f4f53cfb-952b-45f4-bdfe-6a28a1601bd6", None, "/servers/<*>"),
        ("/servers/0c39f43c-4101-48fe-8bf6-a7bfc15e5a18/action", None, "/servers/<*>/action"),
        ("/users/jane%40example.com", None, "/users/<*>"),
        ("/api/oauth2/token", None, "/api/oauth2/token"),
        ("/api/v1/checkout2/confirm", None, "/api/v1/checkout2/confirm"),
        ("/internal/endpoint2", None, "/internal/endpoint2"),
        ("/api/v1/orders/order12", None, "/api/v1/orders/<*>"),
        ("/api/getUserInfo", None, "/api/getUserInfo"),
        ("/s3/buckets/OrderItems", None, "/s3/buckets/OrderItems"),
        ("/api/v1/cart/cart_BLaHhpnx", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/cart/cart_pAtxboYl", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/cart/cart_qxvvhsp3", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/products", "page=5131&size=20", "/api/v1/products?page=<*>&size=<*>"),
        ("/search", "debug&q=", "/search?debug&q=<*>"),
        # An API version with its minor number is the API's name; a release's three are not.
        ("/v2.1/servers/42/action", None, "/v2.1/servers/<*>/action"),
        ("/v2.0/networks", None, "/v2.0/networks"),
        ("/downloads/v1.2.3/app.tar.gz", None, "/downloads/v1.<*>/app.tar.gz"),
        # An API's custom method after a resource's id (AIP-136) is the route's.
        (
            "/v1/targets/ttcp_1a2b3c4d5e:authorize-session",
            None,
            "/v1/targets/ttcp_<*>:authorize-session",
        ),
        ("/v1/sessions/s_joL9KdWnYM:cancel", None, "/v1/sessions/s_<*>:cancel"),
        # `ch`, `th` and the like are one sound: `healthcheck` is no random letters.
        ("/healthcheck", None, "/healthcheck"),
        ("/api/watchdog/strengths", None, "/api/watchdog/strengths"),
        (
            "/v1/projects/shop/topics/orders:publish",
            None,
            "/v1/projects/shop/topics/orders:publish",
        ),
    ],
)
def test_route_template_keeps_names_and_masks_values(path, query, route):
    assert route_template(path, query) == route


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_route_does_not_move_when_only_ids_change(a, b):
    assert route_template(f"/api/v1/orders/{a}/items/SKU-{a}") == route_template(
        f"/api/v1/orders/{b}/items/SKU-{b}"
    )


def test_different_endpoints_keep_different_templates():
    lines = [
        '1.2.3.4 - - [27/Nov/2026:12:00:00 +0000] "GET /healthz HTTP/1.1" 500 1 "-" "x"',
        '1.2.3.4 - - [27/Nov/2026:12:00:00 +0000] "GET /api/v1/orders/5 HTTP/1.1" 500 1 "-" "x"',
        '1.2.3.4 - - [27/Nov/2026:12:00:00 +0000] "GET /api/v1/orders/77 HTTP/1.1" 500 1 "-" "x"',
        '1.2.3.4 - - [27/Nov/2026:12:00:00 +0000] "POST /api/v1/orders HTTP/1.1" 500 1 "-" "x"',
    ]
    templates = [FORMAT.parse(line).template for line in lines]
    assert templates[1] == templates[2] == "GET /api/v1/orders/<*> 500"
    assert len(set(templates)) == 3


def test_a_request_that_is_not_a_path_has_no_template():
    f = FORMAT.parse('1.2.3.4 - - [27/Nov/2026:12:00:00 +0000] "\x16\x03\x01" 400 0 "-" "-"')
    assert f is not None and f.template is None


def test_random_ids_rarely_pass_for_names():
    """Ids of random letters and digits become `<*>` (a kept one would be its own group):
    fewer than 1 in 100, where judging by digits alone would keep 1 in 4."""
    import random
    import string

    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits
    ids = ["".join(rng.choice(alphabet) for _ in range(8)) for _ in range(5000)]
    kept = [i for i in ids if route_template(f"/cart/cart_{i}") != "/cart/cart_<*>"]
    assert len(kept) < 50, kept[:10]


def test_route_words_are_judged_the_same_cached_or_not():
    from errctl.formats import access

    access._cached_segment_template.cache_clear()
    segments = ["api", "v1", "orders", "cart_8Xk2pQ", "app.67258e9c.js", "x" * 64, "y" * 65]
    first = [access._segment_template(s) for s in segments]
    again = [access._segment_template(s) for s in segments]  # from the cache
    assert first == again == [access._judge_segment(s) for s in segments]
    # Long segments (ids, hostile input) never enter the cache: it stays small.
    assert access._cached_segment_template.cache_info().currsize == 6


def test_django_runserver_request_line():
    f = FORMAT.parse('[14/Feb/2025 09:31:07] "POST /api/carts/7/checkout/ HTTP/1.1" 201 58')
    assert (f.message, f.timestamp, f.level, f.logger) == (
        "POST /api/carts/7/checkout/ HTTP/1.1 201",
        "14/Feb/2025 09:31:07",
        "info",
        None,
    )
    assert f.template == "POST /api/carts/<*>/checkout/ 201"
    assert f.attributes == {
        "status": 201,
        "method": "POST",
        "path": "/api/carts/7/checkout/",
        "route": "/api/carts/<*>/checkout/",
        "protocol": "HTTP/1.1",
        "bytes": 58,
    }
    f = FORMAT.parse('[14/Feb/2025 09:31:08] "GET /static/app.css HTTP/1.1" 304 -')
    assert (f.level, f.template, "bytes" in f.attributes) == (
        "info",
        "GET /static/app.css 304",
        False,
    )
    assert FORMAT.parse('[14/Feb/2025 09:31:09] "GET /boom HTTP/1.1" 503 0').level == "error"


@pytest.mark.parametrize(
    ("line", "level", "status", "template"),
    [
        ("Not Found: /robots.txt", "warning", 404, "Not Found: /robots.txt"),
        (
            "Internal Server Error: /api/carts/7/checkout/",
            "error",
            500,
            "Internal Server Error: /api/carts/<*>/checkout/",
        ),
        (
            "Forbidden (CSRF token from POST incorrect.): /accounts/login/",
            "warning",
            403,
            "Forbidden (CSRF token from POST incorrect.): /accounts/login/",
        ),
        ("Method Not Allowed (PUT): /api/carts/", "warning", 405, None),
        ("Service Unavailable: /healthz", "error", 503, "Service Unavailable: /healthz"),
    ],
)
def test_django_request_records(line, level, status, template):
    """Django's `django.request` logger, message alone (its default logging on stderr)."""
    f = FORMAT.parse(line)
    assert (f.message, f.timestamp, f.level, f.logger, f.attributes["status"]) == (
        line,
        None,
        level,
        "django.request",
        status,
    )
    assert f.template == (template or line)


@pytest.mark.parametrize(
    "line",
    [
        "Not Found: the page you asked for",
        "Not Found: /a path with blanks",
        "Completely Broken: /x",  # not a reason phrase
        "OK: /healthz",  # not a failed response
        "Forbidden (unclosed: /x",
    ],
)
def test_not_django_request_records(line):
    assert FORMAT.parse(line) is None


def test_a_django_error_record_takes_its_traceback():
    opened = "Internal Server Error: /api/carts/7/checkout/"
    assert FORMAT.continues("Traceback (most recent call last):", opened, opened) is not None
    frame = '  File "/srv/shop/carts/views.py", line 40, in checkout'
    assert FORMAT.continues(frame, opened, "Traceback (most recent call last):") == frame
    assert FORMAT.continues("ValueError: empty cart", opened, "    cart.pay()") is not None
    request = '[14/Feb/2025 09:31:07] "POST /api/carts/7/checkout/ HTTP/1.1" 500 145'
    assert FORMAT.continues("Traceback (most recent call last):", request, request) is None
    assert FORMAT.continues(frame, None) is None


def test_squid_native_access_log():
    f = FORMAT.parse(
        "1764244800.123    532 10.8.0.21 TCP_MISS/503 1234 GET "
        "http://inventory.example/api/items/8812?fields=sku - HIER_DIRECT/203.0.113.40 text/html"
    )
    assert (f.timestamp, f.level, f.message, f.template) == (
        "1764244800.123",
        "error",
        "GET http://inventory.example/api/items/8812?fields=sku TCP_MISS/503",
        "GET http://inventory.example/api/items/<*>?fields=<*> TCP_MISS/503",
    )
    assert f.attributes == {
        "client_ip": "10.8.0.21",
        "duration_ms": 532,
        "result_code": "TCP_MISS",
        "status": 503,
        "bytes": 1234,
        "method": "GET",
        "url": "http://inventory.example/api/items/8812?fields=sku",
        "user": None,
        "hierarchy": "HIER_DIRECT",
        "peer": "203.0.113.40",
        "content_type": "text/html",
        "host": "inventory.example",
    }
    denied = FORMAT.parse(
        "1764244801.456      0 10.8.0.22 TCP_DENIED/403 3900 CONNECT blocked.example:443 jane "
        "HIER_NONE/- text/html"
    )
    assert (denied.level, denied.template, denied.attributes["user"]) == (
        "warning",
        "CONNECT blocked.example:443 TCP_DENIED/403",
        "jane",
    )
    aborted = FORMAT.parse(
        "1764244802.000     12 10.8.0.23 NONE_NONE/000 0 GET http://a.example/ - HIER_NONE/- -"
    )
    assert (aborted.level, aborted.attributes["content_type"]) == ("info", None)
    # An epoch-led line of another layout is not Squid's, and a client address with its dot
    # where Squid's time has one is still a request.
    assert FORMAT.parse("1764244800.123 something else entirely") is None
    combined = FORMAT.parse(
        '10.100.100.1 - - [27/Nov/2026:12:00:00 +0000] "GET /health HTTP/1.1" 200 2 "-" "curl"'
    )
    assert (combined.attributes["client_ip"], combined.level) == ("10.100.100.1", "info")


def test_a_whole_url_keeps_its_site_in_the_route():
    """Varnish's varnishncsa (and a forward proxy) log the whole URL as the request target:
    its path is routed as a path is, its site kept (`/` of one site is not `/` of another)."""
    f = FORMAT.parse(
        '10.0.0.1 - - [27/Nov/2026:12:00:00 +0000] "GET http://shop.example.com/api/v1/orders/77'
        '?x=1 HTTP/1.1" 503 157 "-" "curl/8.5.0"'
    )
    assert (f.level, f.template, f.attributes["route"]) == (
        "error",
        "GET http://shop.example.com/api/v1/orders/<*>?x=<*> 503",
        "http://shop.example.com/api/v1/orders/<*>?x=<*>",
    )
    bare = FORMAT.parse(
        '10.0.0.1 - - [27/Nov/2026:12:00:00 +0000] "GET https://shop.example.com HTTP/1.1" 200 1'
        ' "-" "-"'
    )
    assert bare.template == "GET https://shop.example.com 200"
    # A CONNECT's `host:port` is no URL: no route, as before.
    tunnel = FORMAT.parse(
        '10.0.0.1 - - [27/Nov/2026:12:00:00 +0000] "CONNECT shop.example.com:443 HTTP/1.1" 200 1'
        ' "-" "-"'
    )
    assert tunnel.template is None


def test_request_template_of_a_whole_url():
    from errctl.formats.access import request_template

    attributes: dict[str, object] = {}
    template = request_template("GET http://cdn.example/img/a1b2c3d4e5.png", " 404", attributes)
    assert template == "GET http://cdn.example/img/<*>.png 404"
    assert (attributes["path"], attributes["route"]) == (
        "http://cdn.example/img/a1b2c3d4e5.png",
        "http://cdn.example/img/<*>.png",
    )


# The head of an access line, word by word: maybe a virtual host, the client, ident and user
# (a user quoted, with a blank inside, or holding a bracket), the blanks between them.
_VHOSTS = st.sampled_from(["", "shop.example.org:443", "h", '"v"', "[v]"])
_CLIENTS = st.sampled_from(["10.0.0.1", "::1", "host", '"c"'])
_IDENTS = st.sampled_from(["-", "id", '"q"', "a[b"])
_USERS = st.sampled_from(["-", "bob", '"jane doe"', '""', '"a', "b[c", "[u]"])
_BLANKS = st.sampled_from([" ", " ", " ", "  ", "\t"])


@given(_VHOSTS, _CLIENTS, _IDENTS, _USERS, st.lists(_BLANKS, min_size=4, max_size=4))
def test_a_line_without_room_for_a_vhost_reads_as_the_whole_pattern_reads_it(
    vhost, client, ident, user, blanks
):
    """The pattern without the optional virtual host is asked only where `_may_have_vhost`
    says the vhost cannot take part: its groups are then those of the whole pattern."""
    from errctl.formats.access import _ACCESS, _ACCESS_NO_VHOST, _may_have_vhost

    words = [w for w in (vhost, client, ident, user) if w]
    line = "".join(w + b for w, b in zip(words, blanks, strict=False))
    line += '[27/Nov/2026:14:28:19 +0000] "GET /x HTTP/1.1" 200 12 "-" "curl/8.5.0"'
    whole = _ACCESS.match(line)
    chosen = (_ACCESS if _may_have_vhost(line) else _ACCESS_NO_VHOST).match(line)
    assert (chosen and chosen.groups()) == (whole and whole.groups())


def test_http_server_notes_beside_its_requests():
    """Python's http.server writes `send_error`'s note and a handler's `log_message` text in
    its request lines' head (`client - - [time] text`); Django's runserver writes the note
    under its `[time]` alone. Each is an event at its time, `send_error`'s at its status's
    level, mined as any message is."""
    f = FORMAT.parse("127.0.0.1 - - [04/Dec/2026 05:48:24] code 404, message File not found")
    assert (f.message, f.timestamp, f.level, f.template) == (
        "code 404, message File not found",
        "04/Dec/2026 05:48:24",
        "warning",
        None,
    )
    assert f.attributes == {"status": 404, "client_ip": "127.0.0.1"}
    f = FORMAT.parse("::1 - - [04/Dec/2026 05:48:25] cache warmed in 3 s")
    assert (f.message, f.level, f.attributes) == ("cache warmed in 3 s", None, {"client_ip": "::1"})
    f = FORMAT.parse("[14/Feb/2025 09:31:07] code 400, message Bad request version ('\\x16')")
    assert (f.message, f.timestamp, f.level, f.attributes) == (
        "code 400, message Bad request version ('\\x16')",
        "14/Feb/2025 09:31:07",
        "warning",
        {"status": 400},
    )
    # Any other text under a bare `[time]` is another program's record, not the dev server's;
    # an access line's head with a zone is nginx's, whose lines always quote the request.
    assert FORMAT.parse("[14/Feb/2025 09:31:07] INFO worker started") is None
    assert FORMAT.parse("10.0.0.1 - - [14/Feb/2025:09:31:07 +0000] worker started") is None


@pytest.mark.parametrize(
    ("line", "template", "level"),
    [
        (
            "2024-06-04 06:03:01,849 INFO httpx: HTTP Request: POST"
            ' https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"',
            "HTTP Request: POST https://api.openai.com/v1/chat/completions 429",
            "warning",
        ),
        (
            'INFO:httpx:HTTP Request: POST https://pay.internal/v1/charges "HTTP/1.1 502 Bad"',
            "HTTP Request: POST https://pay.internal/v1/charges 502",
            "error",
        ),
        (
            "2024-06-04 06:03:02 INFO HTTP Request: GET https://api.example.com/v1/orders/123"
            ' "HTTP/2 200 OK"',
            "HTTP Request: GET https://api.example.com/v1/orders/<*> 200",
            "info",
        ),
    ],
)
def test_an_http_client_s_request_is_named_by_its_url_route_and_status(line, template, level):
    """httpx's `HTTP Request: POST url "HTTP/1.1 429 Too Many Requests"` (the OpenAI SDK's
    every call), at INFO whatever the status: a 429 or a 502 is not one group with the 200s."""
    fields = detect([line]).formats[0].parse(line)
    assert (fields.template, fields.level.lower()) == (template, level)
    assert fields.attributes["status"] == int(template[-3:])
    assert fields.message.startswith("HTTP Request: ")


def test_a_client_request_line_of_another_shape_is_a_message():
    fields = headed_request('HTTP Request: POST https://x/y "pending"')
    assert fields is None


@pytest.mark.parametrize(
    ("line", "template", "level"),
    [
        (  # Rocket (Vaultwarden): a request as it comes in, no status yet
            "[2024-06-04 06:22:03.712][request][INFO] GET /api/ciphers/1f0c2d9e-5b7a-4c1e-9d2a",
            "GET /api/ciphers/<*>",
            "info",
        ),
        (
            "2024-06-04 06:22:03,712 DEBUG app.http: POST /orders/42/items HTTP/1.1",
            "POST /orders/<*>/items",
            "debug",
        ),
        (  # an application's request middleware: request and status first, then its own
            "2024-06-04 06:22:04,001 INFO app.http: PUT /orders/42 503 17ms - curl/8.5.0",
            "PUT /orders/<*> 503",
            "error",
        ),
        (  # the longest method, its path's slash furthest in
            "2024-06-04 06:22:04,002 INFO app.http: OPTIONS /orders/42 204 1ms",
            "OPTIONS /orders/<*> 204",
            "info",
        ),
    ],
)
def test_a_request_under_another_loggers_header_is_named_by_its_route(line, template, level):
    """Without it, every route's requests were one `GET <*>` group."""
    fields = detect([line]).formats[0].parse(line)
    assert (fields.template, fields.level.lower()) == (template, level)


@pytest.mark.parametrize(
    "message",
    ["GET /orders is slow", "GET /orders 20000 rows", "POST orders", "GETTING /x", "GET /x 600"],
)
def test_words_after_a_request_are_no_request_record(message):
    assert headed_request(message) is None


@pytest.mark.parametrize(
    ("message", "template", "level"),
    [
        ("200 GET /ping (10.0.3.1:40549) 897.542µs", "GET /ping 200", "info"),
        (
            "200 GET /stats?format=json (10.0.9.14:50011) 849.645µs",
            "GET /stats?format=<*> 200",
            "info",
        ),
        ("500 POST /pub?topic=orders (10.0.5.30:53624) 1m2.5s", "POST /pub?topic=<*> 500", "error"),
    ],
)
def test_a_status_first_request_line_is_named_by_its_route(message, template, level):
    # NSQ's HTTP API: `%d %s %s (%s) %s`, the status, the request, the client, a Go duration.
    fields = headed_request(message)
    assert (fields.template, fields.level, fields.message) == (template, level, message)


@pytest.mark.parametrize(
    ("message", "template", "level"),
    [
        # uvicorn's access record with its status's phrase (SGLang's, under `[time] INFO:`).
        (
            '127.0.0.1:38110 - "GET /get_model_info HTTP/1.1" 200 OK',
            "GET /get_model_info 200",
            "info",
        ),
        (
            '10.0.0.5:45704 - "POST /generate HTTP/1.1" 503 Service Unavailable',
            "POST /generate 503",
            "error",
        ),
        # Django's `django.server` under the application's header: request, status, size.
        ('"GET /health/ HTTP/1.1" 200 16', "GET /health/ 200", "info"),
        ('"PATCH /api/tasks/42/ HTTP/1.1" 404 -', "PATCH /api/tasks/<*>/ 404", "warning"),
    ],
)
def test_a_request_record_under_an_applications_header(message, template, level):
    fields = headed_request(message)
    assert (fields.template, fields.level) == (template, level)


@pytest.mark.parametrize(
    ("message", "template"),
    [
        (
            "[api_server:1] 10.42.2.41:53985 (scheme=http,method=POST,path=/is_fraud,"
            "type=application/json,length=226) (status=500,type=application/json,length=62) "
            "13.153ms (trace=3ad9216,span=2,sampled=0,service.name=fraud_detection)",
            "POST /is_fraud 500",
        ),
        (
            "[runner:xgb_fraud:1] _ (scheme=http,method=POST,path=/predict_proba_batch,"
            "type=application/octet-stream,length=300256) (status=200,type=application/"
            "vnd.bentoml.NdarrayContainer,length=33) 1.204ms",
            "POST /predict_proba_batch 200",
        ),
    ],
)
def test_bentomls_access_record_is_named_by_its_route(message, template):
    # Read as text, every route's 200s were one template: the path was a masked value.
    assert headed_request(message).template == template


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Joplin Server's request log, under its logger's name.
        ("App: GET /api/ping (200) (2ms)", "GET /api/ping 200"),
        ("App: POST /api/sessions (429) (2ms)", "POST /api/sessions 429"),
        # Trilium's, the status first, the slow request's warning a statement of its own.
        ("200 GET /api/sync/check with 4292 bytes took 9ms", "GET /api/sync/check 200"),
        ("Slow 204 PUT /api/sync/update with 0 bytes took 47ms", "Slow PUT /api/sync/update 204"),
    ],
)
def test_request_logs_with_the_status_in_parentheses_or_first(message, template):
    # Read as text, the method, route and status were masked: one template for every route.
    assert headed_request(message).template == template


def test_words_after_a_quoted_request_and_status_are_no_size():
    assert headed_request('"GET /health/ HTTP/1.1" 200 took long') is None


def test_tornados_request_line_with_no_header_is_a_request():
    # Tornado's access log under no formatter (a Streamlit app's output): `%d %s %.2fms`.
    line = "404 GET /media/d35875cc7c59.jpg (10.0.4.35) 1.40ms"
    fields = FORMAT.parse(line)
    assert (fields.template, fields.level, fields.message) == (
        "GET /media/<*>.jpg 404",
        "warning",
        line,
    )
    assert FORMAT.parse("200 users loaded (batch 3) 12ms") is None


@pytest.mark.parametrize(
    "message", ["200 users loaded (batch 3) 12ms", "200 GET /ping (10.0.3.1:40549) soon"]
)
def test_a_status_first_line_without_its_request_or_duration_is_no_request(message):
    assert headed_request(message) is None


@pytest.mark.parametrize(
    ("message", "template", "level"),
    [
        # Ktor's CallLogging: the status and its phrase, the method, ` - `, the path.
        ("200 OK: GET - /api/orders/176304 in 15ms", "GET /api/orders/<*> 200", "info"),
        (
            "500 Internal Server Error: POST - /api/orders/5/pay",
            "POST /api/orders/<*>/pay 500",
            "error",
        ),
        ("302 Found: GET - /old -> /new", "GET /old 302", "info"),
        ("Unhandled: POST - /api/orders/12/pay", "POST /api/orders/<*>/pay", None),
        # Play's documented LoggingFilter.
        ("GET /products/1696 took 17ms and returned 200", "GET /products/<*> 200", "info"),
        ("POST /cart/add took 5ms and returned 503", "POST /cart/add 503", "error"),
        # Strapi's request logger, under npm's `http` level: the time taken, then the status.
        (
            "http: GET /api/articles?populate=* (23 ms) 200",
            "GET /api/articles?populate=<*> 200",
            "info",
        ),
        ("POST /api/auth/local (9 ms) 429", "POST /api/auth/local 429", "warning"),
        # Ghost's (@tryghost/logging): the request in quotes, the status, the time taken.
        ('"GET /a-year-of-on-call/" 200 22ms', "GET /a-year-of-on-call/ 200", "info"),
        (
            '"POST /members/api/send-magic-link/" 429 13ms',
            "POST /members/api/send-magic-link/ 429",
            "warning",
        ),
    ],
)
def test_a_frameworks_own_request_line_is_named_by_its_route(message, template, level):
    fields = headed_request(message)
    assert (fields.template, fields.level, fields.message) == (template, level, message)


@pytest.mark.parametrize(
    "message",
    [
        "200 OK: order 12 shipped",
        "Unhandled: exception in handler",
        "GET /x took a while and returned 200",
        "GET /x took 5ms and returned nothing",
        "http: TLS handshake error from 10.0.0.1:5123: EOF",
        "http: GET /x (a while) 200",
        '"GET /x" 200 bytes',
    ],
)
def test_words_like_a_frameworks_request_line_are_no_request(message):
    assert headed_request(message) is None


def test_a_level_word_and_colon_is_no_virtual_host():
    # java.util.logging's `INFO: ` before Vert.x's request line: no vhost named `INFO:`.
    line = 'INFO: 10.0.3.12 - - [Tue, 04 Jun 2024 06:00:14 GMT] "GET /x HTTP/1.1" 200 41 "-" "c"'
    assert FORMAT.parse(line) is None
    fields = FORMAT.parse(
        line.removeprefix("INFO: ").replace("10.0.3.12", "shop.example:443 10.0.3.12")
    )
    assert fields.attributes["client_ip"] == "10.0.3.12"


def test_oauth2_proxy_request_and_auth_logs():
    # Its default request log: the request's id (7.x), the user, the host, the method, the
    # upstream, the URI and the user agent quoted by Go's %q, the status, size and duration.
    f = FORMAT.parse(
        "10.0.1.57 - 7ee7771a-aecb-4d61-9320-127823f95632 - alice@example.com "
        '[2024/06/04 06:47:42] grafana.example.com POST / "/api/ds/query?ds=7" HTTP/1.1 '
        '"Mozilla/5.0 \\"x\\"" 502 10196 0.020'
    )
    assert (f.message, f.timestamp, f.level, f.template) == (
        "POST /api/ds/query?ds=7 502",
        "2024/06/04 06:47:42",
        "error",
        "POST /api/ds/query?ds=<*> 502",
    )
    assert f.attributes["user"] == "alice@example.com"
    assert f.attributes["vhost"] == "grafana.example.com"
    assert f.attributes["upstream"] == "/"
    assert f.attributes["duration_s"] == 0.02
    # Before 7.0, no request id; a probe with no user and no upstream.
    f = FORMAT.parse(
        '10.42.3.1 - - [2024/06/04 06:00:21] grafana.example.com GET - "/ping" HTTP/1.1 '
        '"kube-probe/1.29" 200 2 0.019'
    )
    assert (f.template, f.level) == ("GET /ping 200", "info")
    assert "user" not in f.attributes and "upstream" not in f.attributes
    # Its auth log: the event's outcome is its level; its message is its own.
    f = FORMAT.parse(
        "10.0.1.9 - 1a8a197f-84f2-4bcd-8673-a87d78a5d27f - - [2024/06/04 09:02:08] "
        "[AuthFailure] Invalid authentication via OAuth2: unauthorized"
    )
    assert (f.message, f.level, f.template) == (
        "[AuthFailure] Invalid authentication via OAuth2: unauthorized",
        "warning",
        None,
    )


def test_a_quoted_request_first_then_its_status_and_duration():
    """WriteFreely's request line under Go's log: `"GET /alice/" 200 4.189426ms "agent"`."""
    f = headed_request('"GET /api/collections/tinkerlog" 200 4.189426ms "Misskey/2024.5.0"')
    assert (f.template, f.level) == ("GET /api/collections/tinkerlog 200", "info")
    f = headed_request('"POST /api/posts HTTP/1.1" 502 1.5s "curl/8"')
    assert (f.template, f.level) == ("POST /api/posts 502", "error")
    # A quoted sentence is no request.
    assert headed_request('"GET this" 200 times a day') is None


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Serilog.AspNetCore's request logging, alone or after its source context.
        ("HTTP GET /api/series/100 responded 200 in 15.5016 ms", "GET /api/series/<*> 200"),
        (
            "Serilog.AspNetCore.RequestLoggingMiddleware HTTP POST /api/reader/progress"
            " responded 500 in 21.2013 ms",
            "POST /api/reader/progress 500",
        ),
        # A status right before a quoted request line, amid the layout's other columns:
        # Synapse's `Processed request:`, a client and a status (Mealie's uvicorn logger).
        (
            "172.18.0.7 - 8008 - {@bot:chat.example.org} Processed request: 0.233sec/0.002sec"
            ' (0.011sec, 0.001sec) (0.002sec/0.016sec/13) 6926B 200 "GET'
            ' /_matrix/client/v3/sync?timeout=30000 HTTP/1.1" "Element/1.11" [13 dbevts]',
            "GET /_matrix/client/v3/sync?timeout=<*> 200",
        ),
        ('- [172.19.0.1:37542] 404 "GET /api/app/about HTTP/1.1"', "GET /api/app/about 404"),
    ],
)
def test_request_records_in_an_applications_own_layout(message, template):
    assert headed_request(message).template == template


@pytest.mark.parametrize(
    "message",
    [
        # An error's text that quotes a request names no status beside it.
        'upstream timed out while reading, request: "GET /api/x HTTP/1.1", host: "a"',
        'retried 3 times "GET /api/x HTTP/1.1"',
        "the server responded 200 in time",
    ],
)
def test_a_quoted_request_without_its_status_is_no_record(message):
    assert headed_request(message) is None


def test_a_request_record_after_a_level_and_time_the_header_reads(tmp_path):
    # Mealie's `%(levelname)-8s %(asctime)s - [client] status "request"`: the generic header
    # reads the level and time, and the request after it is named by route and status; and a
    # failed request's record keeps the exception written right under it (Serilog's).
    text = (
        'INFO     2024-06-07T06:00:11 - [172.19.0.1:37542] 200 "GET /api/app/about HTTP/1.1"\n'
        'INFO     2024-06-07T06:00:12 - [172.19.0.1:37542] 200 "GET /api/users/self HTTP/1.1"\n'
        "[2024-06-07 08:30:38.429 +00:00  44] [Error] Serilog.AspNetCore.RequestLoggingMiddleware"
        " HTTP GET /api/reader/image responded 500 in 2.1 ms\n"
        "System.IO.DirectoryNotFoundException: Could not find a part of the path '/manga/x'.\n"
        "   at System.IO.FileSystem.Open(String path)\n"
    )
    rows = stored_events(tmp_path, text, "line, template, exception_type")
    assert [r[:3] for r in rows] == [
        (1, "GET /api/app/about 200", None),
        (2, "GET /api/users/self 200", None),
        (3, "GET /api/reader/image 500", "System.IO.DirectoryNotFoundException"),
    ]


def test_koa_loggers_incoming_and_outgoing_lines_are_requests(tmp_path):
    """koa-logger under another header (Logto's request id and `docker logs -t`): `<-- GET /x`
    as a request comes in, `--> GET /x 200 17ms 1.25kb` as it goes out, read as koa-logger's own
    lines are. Read as text, the route (one token) was masked: five routes' incoming lines made
    one template, and a 500 no error."""
    incoming = headed_request("Fn1pd06H5-ppU7qf   <-- GET /api/users/rc94mb0e51o0")
    assert (incoming.template, incoming.level) == ("<-- GET /api/users/<*>", None)
    out = headed_request("  --> POST /oidc/token 400 12ms 96b")
    assert (out.template, out.level, out.attributes["status"]) == (
        "POST /oidc/token 400",
        "warning",
        400,
    )
    lines = [
        f"2024-06-07T06:00:{i:02d}.92Z lKskgH43vXCENv9q   {arrow} GET {path}{tail}"
        for i, (arrow, path, tail) in enumerate(
            [("<--", "/oidc/jwks", ""), ("-->", "/oidc/jwks", " 200 9ms 2.92kb")] * 3
            + [("<--", "/oidc/me", ""), ("-->", "/oidc/me", " 500 3ms 12b")]
        )
    ]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "template, level")
    assert [r[0] for r in rows[-2:]] == ["<-- GET /oidc/me", "GET /oidc/me 500"]
    assert rows[-1][1] == "error"
    assert len({r[0] for r in rows}) == 4
    # Words after the arrow are no request.
    assert headed_request("<-- GET started") is None
