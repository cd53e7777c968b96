"""Heroku's log stream, as `heroku logs` and log drains write it (Heroku's documentation's
router, platform and application lines)."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.heroku import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

ROUTER_OK = (
    '2024-11-15T00:00:01.123456+00:00 heroku[router]: at=info method=GET path="/api/orders/42?x=1" '
    "host=shop.herokuapp.com request_id=8601b555-6a76-4ea8-9f22-34e7a2f5d1f2 "
    'fwd="203.0.113.9" dyno=web.1 connect=0ms service=31ms status=200 bytes=366 protocol=https'
)
ROUTER_H12 = (
    '2024-11-15T00:00:02.123456+00:00 heroku[router]: at=error code=H12 desc="Request timeout" '
    'method=POST path="/api/orders/77" host=shop.herokuapp.com request_id=9601b555 '
    'fwd="203.0.113.10" dyno=web.2 connect=1ms service=30000ms status=503 bytes=0 protocol=https'
)
ROUTER_H10 = ROUTER_H12.replace("code=H12", "code=H10").replace("Request timeout", "App crashed")
LOG = "\n".join(
    [
        ROUTER_OK,
        ROUTER_H12,
        ROUTER_H10,
        "2024-11-15T00:00:03.123456+00:00 app[web.1]: Started GET /api/orders/42 for 203.0.113.9",
        "2024-11-15T00:00:04.123456+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)",
        '2024-11-15T00:00:05.123456+00:00 app[worker.1]: {"level":"error","msg":"charge failed"}',
        "2024-11-15T00:00:06.123456+00:00 heroku[web.2]: State changed from up to crashed",
        "2024-11-15T00:00:07.123456+00:00 heroku[web.2]: Process exited with status 0",
    ]
)


def test_a_router_error_is_named_by_its_code_and_route():
    f = FORMAT.parse(ROUTER_H12)
    assert (f.timestamp, f.level, f.service, f.logger, f.trace_id) == (
        "2024-11-15T00:00:02.123456+00:00",
        "error",
        "router",
        "heroku",
        "9601b555",
    )
    assert f.message == "H12 Request timeout: POST /api/orders/77 503"
    assert f.template == "H12 Request timeout: POST /api/orders/<*> 503"
    # A crashed app (H10) is another problem than a timeout (H12) on the same route.
    assert FORMAT.parse(ROUTER_H10).template == "H10 App crashed: POST /api/orders/<*> 503"
    ok = FORMAT.parse(ROUTER_OK)
    assert (ok.level, ok.message, ok.template) == (
        "info",
        "GET /api/orders/42?x=1 200",
        "GET /api/orders/<*>?x=<*> 200",
    )
    assert ok.attributes["dyno"] == "web.1"


def test_platform_and_application_lines(tmp_path: Path):
    events = stored_events(tmp_path, LOG + "\n", "line, level, service, host, logger, message")
    assert events[3:] == [
        (4, None, "web", "web.1", "app", "Started GET /api/orders/42 for 203.0.113.9"),
        (5, "error", "web", "web.1", "heroku", "Error R14 (Memory quota exceeded)"),
        (6, "error", "worker", "worker.1", "app", "charge failed"),
        (7, "error", "web", "web.2", "heroku", "State changed from up to crashed"),
        (8, "info", "web", "web.2", "heroku", "Process exited with status 0"),
    ]


def test_detection_and_what_is_not_herokus():
    assert detect(LOG.splitlines()).name == "heroku"
    assert FORMAT.parse("2024-11-15T00:00:01.123456+00:00 other[web.1]: x") is None
    assert FORMAT.parse("2024-11-15T00:00:01Z INFO app[web.1]: x") is None


def test_a_drain_with_short_times():
    """A drain may forward times with no fraction and `Z`: `[` comes sooner after them."""
    f = FORMAT.parse("2024-11-15T00:00:04Z app[web.1]: ERROR: disk full")
    assert (f.timestamp, f.service, f.host, f.message) == (
        "2024-11-15T00:00:04Z",
        "web",
        "web.1",
        "ERROR: disk full",
    )


RAILS = """\
2024-06-04T06:17:35.096062+00:00 app[web.2]: I, [2024-06-04T06:17:35.096062 #4]  INFO -- : [193050ee-d604-4d4f-b8f3-3d1d4aa9534a] Started GET "/wp-login.php" for 185.224.128.19 at 2024-06-04 06:17:35 +0000
2024-06-04T06:17:35.098548+00:00 app[web.2]: F, [2024-06-04T06:17:35.098548 #4] FATAL -- : [193050ee-d604-4d4f-b8f3-3d1d4aa9534a]   
2024-06-04T06:17:35.098589+00:00 app[web.2]: [193050ee-d604-4d4f-b8f3-3d1d4aa9534a] ActionController::RoutingError (No route matches [GET] "/wp-login.php"):
2024-06-04T06:17:35.098630+00:00 app[web.2]: [193050ee-d604-4d4f-b8f3-3d1d4aa9534a]   
2024-06-04T06:17:35.108547+00:00 app[web.1]: I, [2024-06-04T06:17:35.108547 #4]  INFO -- : [ecba74eb-a3ca-4d4d-b72d-56e126739ddf] Started GET "/" for 10.0.0.1 at 2024-06-04 06:17:35 +0000
2024-06-04T08:15:12.354664+00:00 app[web.1]: /app/config/initializers/stripe.rb:2:in `require': cannot load such file -- stripe (LoadError)
2024-06-04T08:15:12.354701+00:00 app[web.1]: \tfrom /app/config/initializers/stripe.rb:2:in `<main>'
2024-06-04T08:15:12.354738+00:00 app[web.1]: \tfrom config.ru:3:in `require_relative'
2024-06-04T08:15:12.629051+00:00 heroku[web.1]: Process exited with status 1
"""  # noqa: E501, W291  (log lines as Heroku writes them; Rails writes the blanks after its tag)


def test_a_rails_apps_lines_and_its_records_over_several_lines(tmp_path: Path):
    # Ruby's Logger header is read inside Heroku's; an exception Rails reports over several
    # lines (its tag on each) is one event, and so is an uncaught error at boot with Ruby's
    # `from` frames under it: logplex gives each line a header of its own.
    rows = stored_events(tmp_path, RAILS, "line, level, message, exception_type")
    assert [r[:2] for r in rows] == [
        (1, "info"),
        (2, "critical"),
        (5, "info"),
        (6, "error"),
        (9, "error"),
    ]
    assert (
        rows[0][2] == 'Started GET "/wp-login.php" for 185.224.128.19 at 2024-06-04 06:17:35 +0000'
    )
    assert "ActionController::RoutingError" in rows[1][2]
