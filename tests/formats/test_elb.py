"""AWS load balancers' access logs, in the layouts AWS documents for the ALB and the Classic LB."""

from __future__ import annotations

from errctl.formats.elb import FORMAT
from errctl.formats.registry import detect

ALB_OK = (
    "http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 "
    "192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "
    '"GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - '
    "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "
    '"Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z '
    '"forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90'
)
ALB_FAILED = (
    "https 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 "
    "192.168.131.39:2817 10.0.0.1:80 0.000 -1 -1 502 - 34 366 "
    '"POST https://www.example.com:443/api/orders/8812?dry=1 HTTP/1.1" "curl/7.46.0" '
    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
    "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "
    '"Root=1-58337262-36d228ad5d99923122bbe355;Sampled=1" "www.example.com" '
    '"arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 '
    '2018-07-02T22:22:48.364000Z "forward" "-" "TargetConnectionError" "10.0.0.1:80" "-" "-" "-"'
)
CLASSIC = (
    "2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 "
    '0.001048 0.000057 503 - 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -'
)


def test_an_application_load_balancer_request():
    f = FORMAT.parse(ALB_OK)
    assert (f.timestamp, f.level, f.service, f.trace_id) == (
        "2018-07-02T22:23:00.186641Z",
        "info",
        "my-loadbalancer",
        "1-58337262-36d228ad5d99923122bbe354",
    )
    assert (f.message, f.template) == (
        "GET http://www.example.com:80/ HTTP/1.1 200",
        # the protocol an attribute, the scheme's own port left out
        "GET http://www.example.com/ 200",
    )
    a = f.attributes
    assert (a["client"], a["target"], a["status"], a["target_status"]) == (
        "192.168.131.39:2817",
        "10.0.0.1:80",
        200,
        200,
    )
    assert a["target_processing_time"] == 0.001
    assert a["actions_executed"] == "forward"
    assert a["conn_trace_id"] == "TID_1234abcd5678ef90"


def test_the_error_reason_names_the_problem():
    f = FORMAT.parse(ALB_FAILED)
    assert f.level == "error"
    assert f.message == (
        "POST https://www.example.com:443/api/orders/8812?dry=1 HTTP/1.1 502 TargetConnectionError"
    )
    assert f.template == (
        "POST https://www.example.com/api/orders/<*>?dry=<*> 502 TargetConnectionError"
    )
    assert f.trace_id == "1-58337262-36d228ad5d99923122bbe355"
    assert "target_status" not in f.attributes
    assert f.attributes["target_processing_time"] == -1.0  # AWS's "no response"


def test_a_classic_load_balancer_request():
    f = FORMAT.parse(CLASSIC)
    assert (f.level, f.service, f.trace_id, f.template) == (
        "error",
        "my-loadbalancer",
        None,
        "GET http://www.example.com/ 503",
    )
    assert "ssl_cipher" not in f.attributes


def test_what_is_not_a_load_balancers():
    assert FORMAT.parse('2024-11-15T00:00:01.123Z INFO "quoted" "twice"') is None
    assert (
        FORMAT.parse('10.0.0.1 - - [15/Nov/2024:00:00:01 +0000] "GET / HTTP/1.1" 200 5 "-" "-"')
        is None
    )


def test_detection():
    assert detect([ALB_OK, ALB_FAILED, CLASSIC]).name == "elb"
