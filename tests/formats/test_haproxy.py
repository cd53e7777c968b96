"""HAProxy's HTTP and TCP logs, in the layouts of HAProxy's configuration manual, alone and under
the syslog header rsyslog writes."""

from __future__ import annotations

from errctl.formats.haproxy import FORMAT
from errctl.formats.registry import detect
from errctl.formats.syslog import FORMAT as SYSLOG

HTTP = (
    "10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - "
    '---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"'
)
FAILED = (
    "203.0.113.10:46533 [15/Nov/2024:00:00:02.123] fe_https~ be_api/api2 0/0/-1/-1/3001 503 212 "
    '- - sC-- 2/2/1/0/3 0/0 "POST /api/orders/8812 HTTP/1.1"'
)
NO_SERVER = (
    "203.0.113.11:46534 [15/Nov/2024:00:00:03.123] fe_https~ be_api/<NOSRV> 0/-1/-1/-1/0 503 217 "
    '- - SC-- 3/3/0/0/0 0/0 "POST /api/orders/17 HTTP/1.1"'
)
TCP = "10.0.1.2:33313 [06/Feb/2009:12:12:51.443] fnt bck/srv1 0/0/5007 212 -- 0/0/0/0/3 0/0"


def test_an_http_request():
    f = FORMAT.parse(HTTP)
    assert (f.timestamp, f.level, f.message, f.template) == (
        "2009-02-06T12:14:14.655",
        "info",
        "GET /index.html HTTP/1.1 200 ---- via static/srv1",
        "GET /index.html 200 ---- via static",
    )
    assert f.attributes["captured_headers"] == "{1wt.eu} {}"
    assert (f.attributes["timers"], f.attributes["bytes"], f.attributes["server"]) == (
        "10/0/30/69/109",
        2750,
        "srv1",
    )


def test_the_termination_state_tells_failures_apart_and_servers_do_not():
    failed, none_up = FORMAT.parse(FAILED), FORMAT.parse(NO_SERVER)
    assert (failed.level, failed.template) == (
        "error",
        "POST /api/orders/<*> 503 sC-- via be_api",
    )
    assert none_up.template == "POST /api/orders/<*> 503 SC-- via be_api"
    other_server = FAILED.replace("be_api/api2", "be_api/api7")
    assert FORMAT.parse(other_server).template == failed.template


def test_a_tcp_session():
    f = FORMAT.parse(TCP)
    assert (f.level, f.message, f.template) == ("info", "fnt -> bck/srv1 --", "fnt -> bck/<*> --")
    assert FORMAT.parse(TCP.replace(" -- ", " sC ")).level == "error"
    assert FORMAT.parse(TCP.replace(" -- ", " cD ")).level == "warning"


def test_under_a_syslog_header_the_request_is_read():
    line = f"Nov 15 00:00:02 lb1 haproxy[1234]: {FAILED}"
    f = SYSLOG.parse(line)
    assert (f.timestamp, f.level, f.host, f.service) == (
        "2024-11-15T00:00:02.123",
        "error",
        "lb1",
        "haproxy",
    )
    assert f.template == "POST /api/orders/<*> 503 sC-- via be_api"
    # HAProxy's own messages stay syslog messages.
    down = SYSLOG.parse("Nov 15 00:00:02 lb1 haproxy[1234]: Server be_api/api2 is DOWN.")
    assert down.message == "Server be_api/api2 is DOWN."


def test_what_is_not_haproxys():
    assert FORMAT.parse('10.0.0.1 - - [15/Nov/2024:00:00:01 +0000] "GET / HTTP/1.1" 200 5') is None
    assert FORMAT.parse("Server be_api/api2 is DOWN.") is None
    assert FORMAT.parse(HTTP.replace("Feb", "Fox")) is None


def test_detection():
    assert detect([HTTP, FAILED, NO_SERVER, TCP]).name == "haproxy"


def test_the_syslog_severity_reaches_the_level_when_higher():
    """HAProxy sends its traffic at the `log` line's level (`local0 info`), and with `option
    log-separate-errors` a session that did not end well at `err`: the PRI's severity, when
    higher than the one the status gives, is the event's level; a lower one does not hide a
    503."""
    aborted = HTTP.replace(" ---- ", " CD-- ")
    for line in (
        f"<131>Nov 15 00:00:02 lb1 haproxy[1234]: {aborted}",  # local0.err
        f"<131>1 2024-11-15T00:00:02.123Z lb1 haproxy 1234 - - {aborted}",
        f"<131>Nov 15 00:00:02 lb1 haproxy[1234]: {TCP.replace(' -- ', ' CD ')}",
    ):
        assert SYSLOG.parse(line).level == "error", line
    assert SYSLOG.parse(f"<132>Nov 15 00:00:02 lb1 haproxy[1234]: {HTTP}").level == "warning"
    assert SYSLOG.parse(f"<134>Nov 15 00:00:02 lb1 haproxy[1234]: {FAILED}").level == "error"
    assert SYSLOG.parse(f"<134>Nov 15 00:00:02 lb1 haproxy[1234]: {HTTP}").level == "info"
    # An application that writes its own level keeps it: journald sends stdout at info.
    pylog = "2024-11-15 00:00:02,123 DEBUG app.db: pool warmed"
    assert SYSLOG.parse(f"<131>Nov 15 00:00:02 web1 app[7]: {pylog}").level == "DEBUG"
