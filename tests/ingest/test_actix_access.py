# ruff: noqa: E501  (the lines are data, as the server writes them)
"""actix-web's Logger middleware (Qdrant, Meilisearch and most Rust web services) writes each
request after the tracing header, `%a "%r" %s %b "%{Referer}i" "%{User-Agent}i" %T`: no ident,
user or time before the request line. Read as a request, named by its route and status, as an
access log's line is; before, the quoted request was masked whole and every route was one
group per status."""

from __future__ import annotations

from tests.ingest.stored import stored_events

LOG = """\
2024-06-04T06:00:40.378779Z  INFO actix_web::middleware::logger: 10.42.1.3 "GET /metrics HTTP/1.1" 200 5499 "-" "Prometheus/2.51.2" 0.001508
2024-06-04T06:01:25.936967Z  INFO actix_web::middleware::logger: 10.42.3.18 "POST /collections/docs/points/search HTTP/1.1" 200 1722 "-" "python-httpx/0.27.0" 0.003422
2024-06-04T06:01:26.100000Z  INFO actix_web::middleware::logger: 10.42.3.18 "DELETE /collections/docs/points HTTP/1.1" 500 88 "-" "python-httpx/0.27.0" 0.013422
2024-06-04T06:01:40.348818Z  INFO actix_web::middleware::logger: 10.42.1.3 "GET /metrics HTTP/1.1" 200 5447 "-" "Prometheus/2.51.2" 0.002505
"""


def test_an_actix_access_line_is_a_request(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, template")
    assert rows == [
        (1, "info", "GET /metrics 200"),
        (2, "info", "POST /collections/docs/points/search 200"),
        (3, "error", "DELETE /collections/docs/points 500"),
        (4, "info", "GET /metrics 200"),
    ]
