"""Envoy's default access log and Istio's, as the Envoy and Istio documentation show them."""

from __future__ import annotations

from errctl.formats.envoy import FORMAT
from errctl.formats.registry import FORMATS, detect

ENVOY = (
    '[2016-04-15T20:17:00.310Z] "POST /api/v1/locations/42?dry=1 HTTP/2" 204 - 154 0 226 100 '
    '"10.0.35.28" "nsq2http" "cc21d9b0-cf5c-432b-8c7e-98aeb7988cd2" "locations" "tcp://10.0.2.1:80"'
)
ISTIO = [
    '[2020-11-25T21:26:18.409Z] "GET /status/418 HTTP/1.1" 418 - via_upstream - "-" 0 135 4 4 '
    '"-" "curl/7.73.0-DEV" "84961386-6d84-929d-98bd-c5aee93b5c88" "httpbin:8000" '
    '"10.44.1.27:80" outbound|8000||httpbin.foo.svc.cluster.local 10.44.1.23:37652 '
    "10.0.45.184:8000 10.44.1.23:46520 - default",
    '[2020-11-25T21:26:19.100Z] "POST /api/orders/77 HTTP/1.1" 503 UF '
    'upstream_reset_before_response_started{connection_failure} - "delayed connect error: 111" '
    '0 91 2 - "-" "curl/7.73.0-DEV" "94961386-6d84-929d-98bd-c5aee93b5c88" "orders:8000" '
    '"10.44.1.28:80" outbound|8000||orders.foo.svc.cluster.local - 10.0.45.185:8000 '
    "10.44.1.23:46521 - default",
    '[2020-11-25T21:26:20.100Z] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" '
    "outbound|5432||db.foo.svc.cluster.local - 10.0.45.186:5432 10.44.1.23:46522 - -",
]


def test_envoys_default_format():
    f = FORMAT.parse(ENVOY)
    assert (f.timestamp, f.level, f.message, f.template) == (
        "2016-04-15T20:17:00.310Z",
        "info",
        "POST /api/v1/locations/42?dry=1 HTTP/2 204",
        "POST /api/v1/locations/<*>?dry=<*> 204",
    )
    assert f.attributes == {
        "status": 204,
        "bytes_received": 154,
        "bytes_sent": 0,
        "duration_ms": 226,
        "upstream_service_time": 100,
        "x_forwarded_for": "10.0.35.28",
        "user_agent": "nsq2http",
        "request_id": "cc21d9b0-cf5c-432b-8c7e-98aeb7988cd2",
        "authority": "locations",
        "upstream_host": "tcp://10.0.2.1:80",
        "method": "POST",
        "path": "/api/v1/locations/42",
        "route": "/api/v1/locations/<*>?dry=<*>",
        "protocol": "HTTP/2",
        "query": "dry=1",
    }


def test_istios_format_and_response_flags():
    teapot, failed, tcp = (FORMAT.parse(line) for line in ISTIO)
    assert (teapot.level, teapot.template) == ("warning", "GET /status/<*> 418")
    assert teapot.attributes["upstream_cluster"] == "outbound|8000||httpbin.foo.svc.cluster.local"
    assert teapot.attributes["route_name"] == "default"
    # The flags name the problem: `503 UF` (connection failure) is not `503 UH`.
    assert (failed.level, failed.message, failed.template) == (
        "error",
        "POST /api/orders/77 HTTP/1.1 503 UF",
        "POST /api/orders/<*> 503 UF",
    )
    assert failed.attributes["upstream_transport_failure_reason"] == "delayed connect error: 111"
    assert failed.attributes["response_flags"] == "UF"
    assert (tcp.level, tcp.template) == (
        "error",
        "- - - 0 UH outbound|5432||db.foo.svc.cluster.local",
    )


def test_status_zero():
    gone = ENVOY.replace('" 204 - ', '" 0 DC ', 1)
    assert FORMAT.parse(gone).level == "warning"
    assert FORMAT.parse(ENVOY.replace('" 204 - ', '" 0 UT ', 1)).level == "error"


def test_other_columns_are_kept_whole():
    f = FORMAT.parse('[2024-11-15T00:00:01.123Z] "GET /x HTTP/1.1" 200 - 0 12 "custom"')
    assert f.attributes["extra"] == '0 12 "custom"'


def test_what_is_not_envoys():
    assert FORMAT.parse('[2024-11-15T00:00:01.123Z] "quoted" message here') is None
    assert FORMAT.parse("[2024-11-15T00:00:01.123Z] INFO started") is None
    assert FORMAT.parse('10.0.0.1 - - [15/Nov/2024:00:00:01 +0000] "GET / HTTP/1.1" 200 5') is None
    assert FORMATS["envoy"] is FORMAT


def test_detection():
    assert detect([ENVOY, *ISTIO]).name == "envoy"
