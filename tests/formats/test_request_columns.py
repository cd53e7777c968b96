"""Go web frameworks' request lines (formats.request_columns): each request named by its method,
route and status, at its status's level, whatever header the line has; and messages with bars
or quotes that are no request left alone."""

from datetime import datetime

import pytest

from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.request_columns import bar_columns, chi_request, go_duration_ms
from errctl.formats.timestamps import parse_timestamp

# What each framework writes with its colours off (a file, not a terminal).
GIN = (
    '[GIN] 2024/06/04 - 06:00:02 | 500 |   12.345678ms |       127.0.0.1 | POST     "/api/chat/17"'
)
FIBER = "06:00:02 | 404 |      1.2ms |  10.0.0.2 | GET     | /api/orders/12 | -"
BEEGO = (
    "2024/06/04 06:00:02.123 [D] [router.go:1306]  |      127.0.0.1| 200 |  1.234ms|   match|"
    " GET      /api/orders/12   r:/api/orders/:id"
)
CHI = (
    '2024/06/04 06:00:02 "POST http://localhost:3333/api/orders/12 HTTP/1.1" from'
    " 127.0.0.1:52639 - 503 31B in 1m2.5s"
)


@pytest.mark.parametrize(
    ("line", "template", "level", "duration_ms", "client"),
    [
        (GIN, "POST /api/chat/<*> 500", "error", 12.345678, "127.0.0.1"),
        (FIBER, "GET /api/orders/<*> 404", "warning", 1.2, "10.0.0.2"),
        # (Beego logs its requests at its debug level, `[D]`: the header's, a 200 raises none.)
        (BEEGO, "GET /api/orders/<*> 200", "debug", 1.234, "127.0.0.1"),
        (CHI, "POST /api/orders/<*> 503", "error", 62_500.0, "127.0.0.1"),
    ],
)
def test_a_go_framework_s_request_is_named_by_method_route_and_status(
    line, template, level, duration_ms, client
):
    fields = GENERIC.parse(line)
    assert fields is not None
    assert fields.template == template
    assert fields.level == level
    attrs = fields.attributes
    assert attrs["duration_ms"] == duration_ms
    assert attrs["client_ip"] == client
    assert attrs["status"] == int(template.rsplit(" ", 1)[1])
    assert attrs["method"] == template.split(" ", 1)[0]


def test_the_line_stays_whole_as_the_message():
    fields = GENERIC.parse(FIBER)
    assert fields.message == "404 |      1.2ms |  10.0.0.2 | GET     | /api/orders/12 | -"


def test_gin_s_time_is_read_and_its_path_unquoted():
    fields = GENERIC.parse(GIN)
    assert parse_timestamp(fields.timestamp, None) == datetime(2024, 6, 4, 6, 0, 2)
    assert fields.attributes["path"] == "/api/chat/17"


def test_chi_s_host_is_the_server_s_name_not_part_of_the_route():
    request, status, _ = chi_request(CHI.split(" ", 2)[2])
    assert (request, status) == ("POST /api/orders/12 HTTP/1.1", "503")
    attrs = GENERIC.parse(CHI).attributes
    assert (attrs["vhost"], attrs["server_port"], attrs["bytes"]) == ("localhost", 3333, 31)
    assert attrs["client_ip"] == "127.0.0.1"


@pytest.mark.parametrize(
    "message",
    [
        "| name | status | owner |",  # a table's header
        "| api | 200 | alice | bob |",  # a status-like number, no method
        "| 200 | GET | orders | 1.2ms |",  # a method without a target
        "GET | /x | 200",  # too few columns to be a request's
        "| 200 | GET /x |",  # nothing a request line has beside its method and status
    ],
)
def test_bars_that_are_no_request_are_left_alone(message):
    assert bar_columns(message) is None


def test_a_quoted_message_that_is_not_chi_s_is_left_alone():
    assert chi_request('"GET /x HTTP/1.1" from somewhere - 200 12B') is None
    assert chi_request('"GET http://h/x HTTP/1.1" from 1.2.3.4:5 - 200 12 bytes in 1ms') is None


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("1.234567ms", 1.234567),
        ("45µs", 0.045),
        ("45us", 0.045),
        ("812ns", 0.000812),
        ("2.5s", 2500.0),
        ("1m2.5s", 62500.0),
        ("1h0m0s", 3_600_000.0),
        ("5m", 300_000.0),
    ],
)
def test_go_durations_in_milliseconds(text, ms):
    assert go_duration_ms(text) == ms


@pytest.mark.parametrize("text", ["", "12", "ms", "1.2.3ms", "1x", "-"])
def test_what_is_no_go_duration(text):
    assert go_duration_ms(text) is None


@pytest.mark.parametrize(
    ("line", "template", "level"),
    [
        (
            "[bunrouter]  06:19:36.081   404      3.551ms   GET      /api/dashboards/12 \t"
            "  *errors.errorString: sql: no rows in result set ",
            "GET /api/dashboards/<*> 404",
            "warning",
        ),
        (
            "[bunrouter]  06:25:26.089   200        699µs   POST     /v1/traces",
            "POST /v1/traces 200",
            "info",
        ),
    ],
)
def test_bunrouter_s_request_columns_after_its_prefix_and_time(line, template, level):
    """bunrouter's reqlog: the status, duration, method and path padded, a handler's error
    after a tab; its prefix is the process, the time the event's."""
    fields = GENERIC.parse(line)
    assert (fields.template, fields.level, fields.timestamp) == (template, level, line[13:25])
    assert fields.attributes["process"] == "bunrouter"
