import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.access import FORMAT, route_template


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
    assert f.template == "GET /api/v1/products/<*>?page=<*> HTTP/1.1 200"


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
            "GET /healthz HTTP/1.1 200",
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
        ("/users/jane%40example.com", None, "/users/<*>"),
        ("/api/oauth2/token", None, "/api/oauth2/token"),
        ("/api/getUserInfo", None, "/api/getUserInfo"),
        ("/s3/buckets/OrderItems", None, "/s3/buckets/OrderItems"),
        ("/api/v1/cart/cart_BLaHhpnx", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/cart/cart_pAtxboYl", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/cart/cart_qxvvhsp3", None, "/api/v1/cart/cart_<*>"),
        ("/api/v1/products", "page=5131&size=20", "/api/v1/products?page=<*>&size=<*>"),
        ("/search", "debug&q=", "/search?debug&q=<*>"),
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
    assert templates[1] == templates[2] == "GET /api/v1/orders/<*> HTTP/1.1 500"
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
