"""Structured access-log records (JSON, logfmt) are named by their request, as access logs are."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from errctl.formats.http_records import http_request, request_start, request_view
from tests.ingest.stored import stored_events

CADDY = {
    "logger": "http.log.access.log0",
    "request": {
        "remote_ip": "203.0.113.9",
        "proto": "HTTP/2.0",
        "method": "GET",
        "uri": "/a/7?x=1",
    },
    "status": 502,
}


@pytest.mark.parametrize(
    ("attrs", "expected"),
    [
        (CADDY, ("GET", "/a/7?x=1", 502)),
        (  # Traefik
            {"RequestMethod": "POST", "RequestPath": "/orders", "DownstreamStatus": 503},
            ("POST", "/orders", 503),
        ),
        (  # pino-http
            {"req": {"id": 1, "method": "get", "url": "/orders/42"}, "res": {"statusCode": 200}},
            ("GET", "/orders/42", 200),
        ),
        (  # Cloud Logging's httpRequest: the URL's path
            {
                "httpRequest": {
                    "requestMethod": "GET",
                    "requestUrl": "https://x.io/u/7?a=b",
                    "status": 500,
                }
            },
            ("GET", "/u/7?a=b", 500),
        ),
        (  # ECS, nested and flat
            {
                "http": {"request": {"method": "PUT"}, "response": {"status_code": 409}},
                "url": {"path": "/c"},
            },
            ("PUT", "/c", 409),
        ),
        (
            {"http.request.method": "DELETE", "url.path": "/c/1", "http.response.status_code": 204},
            ("DELETE", "/c/1", 204),
        ),
        ({"method": "GET", "path": "/x", "status": "404"}, ("GET", "/x", 404)),  # logfmt: text
        (  # Cloudflare Logpush's HTTP requests
            {
                "ClientRequestMethod": "PUT",
                "ClientRequestURI": "/v1/carts/7?sync=1",
                "EdgeResponseStatus": 429,
                "OriginResponseStatus": 0,
            },
            ("PUT", "/v1/carts/7?sync=1", 429),
        ),
        (  # Envoy's and Istio's JSON access log
            {"method": "POST", "path": "/api/pay", "response_code": 503, "response_flags": "UF"},
            ("POST", "/api/pay", 503),
        ),
        (  # nginx's `escape=json` log_format with `$request`: the request line, as text
            {"request": "POST /api/pay HTTP/1.1", "status": "502", "remote_addr": "10.0.0.2"},
            ("POST", "/api/pay", 502),
        ),
        (  # Apache's JSON LogFormat: `%m` as method, `%U` (the path) as request
            {"method": "POST", "request": "/api/pay", "query": "", "status": "503"},
            ("POST", "/api/pay", 503),
        ),
        (  # Hasura's http-log: the request under `detail.http_info`
            {
                "type": "http-log",
                "detail": {
                    "http_info": {"method": "GET", "url": "/api/rest/orders/3240", "status": 200},
                    "operation": {"query": {"type": "query"}, "request_id": "5f0c"},
                },
            },
            ("GET", "/api/rest/orders/3240", 200),
        ),
    ],
)
def test_requests_are_found_where_each_tool_writes_them(attrs, expected):
    assert http_request(attrs) == expected


ORY_REQUEST = {"method": "GET", "path": "/sessions/whoami", "query": None, "scheme": "http"}


def test_ory_and_authentik_requests():
    # Ory's (Kratos, Hydra): the request and the response in objects of their own
    ory = {"http_request": ORY_REQUEST, "http_response": {"status": 401, "took": 8_228_142}}
    assert http_request(ory, "completed handling request") == ("GET", "/sessions/whoami", 401)
    # authentik's: the message is the path, beside flat `method` and `status`
    authentik = {"method": "POST", "status": 200, "runtime": 290, "scheme": "https"}
    assert http_request(authentik, "/api/v3/flows/executor/x/") == (
        "POST",
        "/api/v3/flows/executor/x/",
        200,
    )
    assert http_request(authentik, "Starting HTTP server") is None


def test_a_request_that_came_in_is_named_by_what_it_says_and_its_route(tmp_path: Path):
    assert request_start({"http_request": ORY_REQUEST}, "started handling request") == (
        "GET",
        "/sessions/whoami",
    )
    assert request_start({"http_request": ORY_REQUEST}, "session refreshed") is None
    response = ',"http_response":{"status":401}'
    text = "".join(
        f'{{"level":"info","msg":"{said} handling request","time":"2024-06-04T06:00:0{i}Z",'
        f'"http_request":{{"method":"GET","path":"/sessions/{path}"}}{answered}}}\n'
        for i, (said, path, answered) in enumerate(
            [("started", "whoami", ""), ("completed", "whoami", response), ("started", "7f3a", "")]
        )
    )
    events = stored_events(tmp_path, text, "level, template")
    assert events == [
        ("info", "started handling request GET /sessions/whoami"),
        ("warning", "GET /sessions/whoami 401"),
        ("info", "started handling request GET /sessions/<*>"),
    ]


@pytest.mark.parametrize(
    "attrs",
    [
        {"status": "ok", "path": "/tmp/x"},  # no method
        {"method": "charge", "path": "/x", "status": 200},  # no HTTP method
        {"method": "GET", "path": "/x"},  # no status
        {"method": "GET", "path": "/x", "status": 42},  # no HTTP status
        {"method": "GET", "path": "relative/x", "status": 200},  # no path
        {"user_id": 7},
        {"request": "GET the report", "status": 200},  # words, no request line
        {"request": "GET /x", "status": 200},  # no protocol: not a request line
        None,
    ],
)
def test_what_is_not_a_request(attrs):
    assert http_request(attrs) is None


def test_the_view_keeps_what_the_record_says_itself():
    request = ("POST", "/pay/91", 402)
    assert request_view(request, "payment declined", "error", None) is None
    assert request_view(request, "", None, None) == (
        "POST /pay/91 402",
        "warning",
        "POST /pay/91 402",
        "POST /pay/<*> 402",
    )
    # A level above the status's stays; one below is raised.
    assert request_view(request, "request completed", "critical", None)[1] == "critical"
    assert request_view(("GET", "/", 200), "handled request", "debug", None)[1] == "debug"
    assert request_view(("GET", "/", 200), "handled request", None, "exact <*>")[3] == "exact <*>"
    # pino-http's failed request is its request too (Directus's 500s, one route each).
    assert request_view(("GET", "/items/7", 500), "request errored", "error", None) == (
        "request errored",
        "error",
        "GET /items/7 500",
        "GET /items/<*> 500",
    )


def test_caddy_and_traefik_logs_group_by_route_and_status(tmp_path: Path):
    text = (
        '{"level":"info","ts":1700000000.1,"msg":"handled request","request":{"method":"GET",'
        '"uri":"/api/orders/42"},"status":200}\n'
        '{"level":"error","ts":1700000001.1,"msg":"handled request","request":{"method":"POST",'
        '"uri":"/api/orders"},"status":502}\n'
        '{"RequestMethod":"GET","RequestPath":"/api/orders/43","DownstreamStatus":503,'
        '"level":"info","msg":"","time":"2024-11-15T00:00:02Z"}\n'
        '{"level":"error","msg":"payment declined","method":"POST","path":"/pay","status":402}\n'
    )
    events = stored_events(tmp_path, text, "level, message, template")
    assert events == [
        ("info", "handled request", "GET /api/orders/<*> 200"),
        ("error", "handled request", "POST /api/orders 502"),
        ("error", "GET /api/orders/43 503", "GET /api/orders/<*> 503"),
        ("error", "payment declined", "payment declined"),
    ]
    with duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True) as con:
        titles = con.execute("SELECT title FROM groups ORDER BY title").fetchall()
    # Each group is titled by a request of it, not by the access logger's `handled request`.
    assert [t for (t,) in titles] == [
        "GET /api/orders/42 200",
        "GET /api/orders/43 503",
        "POST /api/orders 502",
        "payment declined",
    ]


def test_a_response_logged_apart_from_its_request_is_named_by_its_status(tmp_path: Path):
    """Fastify logs a request (`incoming request`, `req`) and its response (`request
    completed`, `res.statusCode`) as two records, both at info: the response is named by its
    status, at its status's level, so its 502s are errors and not one group with the 200s;
    the request by its words and route. A record whose `status` is no HTTP status, or whose
    message is its own, is left alone."""
    text = (
        '{"level":30,"time":1717480802123,"reqId":"req-1","req":{"method":"POST",'
        '"url":"/api/orders"},"msg":"incoming request"}\n'
        '{"level":30,"time":1717480802135,"reqId":"req-1","res":{"statusCode":502},'
        '"responseTime":12.3,"msg":"request completed"}\n'
        '{"level":30,"time":1717480802235,"reqId":"req-2","res":{"statusCode":200},'
        '"responseTime":2.3,"msg":"request completed"}\n'
        '{"level":30,"time":1717480802335,"status":"ok","msg":"health"}\n'
        '{"level":30,"time":1717480802435,"status":404,"msg":"sku not found"}\n'
    )
    events = stored_events(tmp_path, text, "level, message, template")
    assert events == [
        ("info", "incoming request", "incoming request POST /api/orders"),
        ("error", "request completed", "request completed 502"),
        ("info", "request completed", "request completed 200"),
        ("info", "health", "health"),
        ("info", "sku not found", "sku not found"),
    ]


def test_envoy_and_nginx_json_access_logs_are_timed_and_named_by_their_request(tmp_path: Path):
    text = (
        '{"start_time":"2024-05-01T12:00:01.456Z","method":"POST","path":"/api/pay",'
        '"protocol":"HTTP/2","response_code":503,"response_flags":"UF","duration":3}\n'
        '{"time_local":"01/May/2024:14:00:02 +0200","remote_addr":"10.0.0.2",'
        '"request":"GET /api/orders?id=7 HTTP/1.1","status":"200","body_bytes_sent":"512"}\n'
    )
    events = stored_events(tmp_path, text, "timestamp, level, message, template")
    assert events == [
        (datetime(2024, 5, 1, 12, 0, 1, 456000), "error", "POST /api/pay 503", "POST /api/pay 503"),
        (
            datetime(2024, 5, 1, 12, 0, 2),
            "info",
            "GET /api/orders?id=7 200",
            "GET /api/orders?id=<*> 200",
        ),
    ]


def test_a_logfmt_request_line_is_named_by_its_request(tmp_path: Path):
    text = (
        "time=2024-11-15T00:00:01Z level=info method=GET path=/api/orders/42 status=200 dur=3ms\n"
        "time=2024-11-15T00:00:02Z level=info method=GET path=/api/orders/43 status=502 dur=9ms\n"
    )
    events = stored_events(tmp_path, text, "level, message, template")
    assert events == [
        ("info", "GET /api/orders/42 200", "GET /api/orders/<*> 200"),
        ("error", "GET /api/orders/43 502", "GET /api/orders/<*> 502"),
    ]


def test_a_failed_request_is_grouped_by_its_error_too(tmp_path: Path):
    """GraphQL answers 200 with the error inside (Hasura's `operation.error`), and a Go
    service logs a failed request's `error=` with no message of its own: the error names
    the group, its values masked, so a failing query is not lost among the route's
    successes; a record's own message still wins."""
    ok = (
        '{"level":"info","timestamp":"2024-06-04T06:00:01.000+0000","type":"http-log",'
        '"detail":{"http_info":{"method":"POST","status":200,"url":"/v1/graphql"},'
        '"operation":{"request_id":"a1"}}}\n'
    )
    failed = (
        '{"level":"error","timestamp":"2024-06-04T06:00:0%d.000+0000","type":"http-log",'
        '"detail":{"http_info":{"method":"POST","status":200,"url":"/v1/graphql"},'
        '"operation":{"error":{"code":"validation-failed","path":"$",'
        '"error":"field \\"%s\\" not found in type: \'query_root\'"},"request_id":"b%d"}}}\n'
    )
    text = ok + failed % (2, "orderz", 2) + failed % (3, "itemz", 3)
    assert stored_events(tmp_path, text, "level, template") == [
        ("info", "POST /v1/graphql 200"),
        ("error", "POST /v1/graphql 200: field <*> not found in type: <*>"),
        ("error", "POST /v1/graphql 200: field <*> not found in type: <*>"),
    ]
    assert _group_titles(tmp_path) == [
        "POST /v1/graphql 200",
        "POST /v1/graphql 200: field \"orderz\" not found in type: 'query_root'",
    ]
    logfmt = (
        "time=2024-06-04T06:00:04Z level=error method=POST path=/api/orders/7 status=500"
        ' error="dial tcp 10.0.0.9:5432: connect: connection refused"\n'
        "time=2024-06-04T06:00:05Z level=error method=POST path=/api/orders/8 status=500"
        ' msg="payment declined" error="card expired"\n'
    )
    (tmp_path / "logfmt").mkdir()
    assert stored_events(tmp_path / "logfmt", logfmt, "template") == [
        ("POST /api/orders/<*> 500: dial tcp <*>: connect: connection refused",),
        ("payment declined",),
    ]
    assert _group_titles(tmp_path / "logfmt") == [
        "POST /api/orders/7 500: dial tcp 10.0.0.9:5432: connect: connection refused",
        "payment declined",
    ]


def _group_titles(store_dir: Path) -> list[str]:
    with duckdb.connect(str(store_dir / "store.duckdb"), read_only=True) as con:
        return [t for (t,) in con.execute("SELECT title FROM groups ORDER BY title").fetchall()]


def test_lograge_lines_with_no_time_are_requests_too(tmp_path: Path):
    # Rails' lograge: a request's pairs alone, no time, no level.
    text = (
        "method=GET path=/users/1 format=html controller=UsersController action=show"
        " status=200 duration=58.33 view=40.43 db=15.26\n"
        "method=GET path=/users/2 format=html controller=UsersController action=show"
        " status=500 duration=8.33 view=0.00 db=1.26\n"
        "method=POST path=/login format=html controller=SessionsController action=create"
        " status=302 duration=12.1 view=0.00 db=3.2 location=http://x/home\n"
    )
    events = stored_events(tmp_path, text, "level, message, template, attributes")
    assert [e[:3] for e in events] == [
        ("info", "GET /users/1 200", "GET /users/<*> 200"),
        ("error", "GET /users/2 500", "GET /users/<*> 500"),
        ("info", "POST /login 302", "POST /login 302"),
    ]
    assert '"controller":"UsersController"' in events[0][3].replace(" ", "")


def test_cloudflare_logpush_requests_are_timed_and_named_by_their_request(tmp_path: Path):
    """Logpush writes the edge's times as the job asks: unix ns, unix s or RFC 3339."""
    text = (
        '{"ClientIP":"198.51.100.23","ClientRequestHost":"shop.example.org",'
        '"ClientRequestMethod":"POST","ClientRequestProtocol":"HTTP/2",'
        '"ClientRequestURI":"/api/cart/items?id=8812","EdgeEndTimestamp":1718093667412000000,'
        '"EdgeResponseStatus":502,"EdgeStartTimestamp":1718093667301000000,'
        '"RayID":"893f1a2b4c5d6e7f"}\n'
        '{"ClientIP":"203.0.113.9","ClientRequestMethod":"GET","ClientRequestURI":"/cart/31",'
        '"EdgeEndTimestamp":"2024-06-11T08:14:28Z","EdgeResponseStatus":200,'
        '"EdgeStartTimestamp":"2024-06-11T08:14:28Z","RayID":"893f1a2b4c5d6e80"}\n'
        '{"ClientIP":"192.0.2.44","ClientRequestMethod":"GET","ClientRequestURI":"/wp-login.php",'
        '"EdgeResponseStatus":403,"EdgeEndTimestamp":1718093669,"RayID":"893f1a2b4c5d6e81"}\n'
    )
    events = stored_events(
        tmp_path,
        text,
        "strftime(timestamp, '%Y-%m-%dT%H:%M:%S.%g'), level, message, template, "
        "attributes->>'RayID'",
    )
    assert events == [
        (
            "2024-06-11T08:14:27.301",
            "error",
            "POST /api/cart/items?id=8812 502",
            "POST /api/cart/items?id=<*> 502",
            "893f1a2b4c5d6e7f",
        ),
        (
            "2024-06-11T08:14:28.000",
            "info",
            "GET /cart/31 200",
            "GET /cart/<*> 200",
            "893f1a2b4c5d6e80",
        ),
        (
            "2024-06-11T08:14:29.000",
            "warning",
            "GET /wp-login.php 403",
            "GET /wp-login.php 403",
            "893f1a2b4c5d6e81",
        ),
    ]


def test_ocis_proxys_access_log_records_are_named_by_their_request(tmp_path: Path):
    """oCIS's proxy writes every request as `"message":"access-log"`, the request at the top."""
    text = "".join(
        f'{{"level":"info","service":"proxy","method":"{method}","status":{status},'
        f'"path":"{path}","time":"2024-06-07T06:00:0{i}Z","message":"access-log"}}\n'
        for i, (method, status, path) in enumerate(
            [
                ("PROPFIND", 207, "/remote.php/dav/spaces/1284"),
                ("POST", 200, "/konnect/v1/token"),
                ("POST", 200, "/konnect/v1/token"),
                ("GET", 401, "/ocs/v2.php/apps/notifications/api/v1/notifications"),
            ]
        )
    )
    templates = [t for (t,) in stored_events(tmp_path, text, "template")]
    assert templates[1] == templates[2] == "POST /konnect/v1/token 200"
    assert len(set(templates)) == 3
    assert templates[3].endswith(" 401")


def test_roadrunners_http_log_records_are_named_by_their_request(tmp_path: Path):
    """RoadRunner's HTTP plugin writes every request as `"msg":"http log"`, its whole URL under
    an upper-case `URI`."""
    text = "".join(
        f'{{"level":"info","ts":17177400{i}.5,"logger":"http","msg":"http log","status":{status},'
        f'"method":"GET","URI":"http://catalog-api.internal{path}","elapsed":0.01}}\n'
        for i, (status, path) in enumerate(
            [(200, "/api/products/7839"), (200, "/api/products/34698"), (404, "/api/cart/x")]
        )
    )
    templates = [t for (t,) in stored_events(tmp_path, text, "template")]
    assert templates[0] == templates[1] == "GET /api/products/<*> 200"
    assert templates[2].endswith(" 404")
