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
