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


# Meilisearch: the same record under env_logger's `[time LEVEL target] ` header.
ENV_LOGGER = """\
[2024-06-04T06:00:19Z INFO  actix_web::middleware::logger] 10.8.0.21 "POST /indexes/products/search HTTP/1.1" 200 6288 "-" "meilisearch-js (v0.36.0)" 0.017286
[2024-06-04T06:00:20Z INFO  actix_web::middleware::logger] 10.8.0.22 "GET /health HTTP/1.1" 200 20 "-" "kube-probe/1.29" 0.000032
[2024-06-04T06:00:21Z INFO  milli::update::index_documents] indexing 1200 documents
"""


def test_an_actix_access_line_under_env_loggers_header_is_a_request(tmp_path):
    rows = stored_events(tmp_path, ENV_LOGGER, "line, level, logger, template")
    assert rows[:2] == [
        (1, "info", "actix_web::middleware::logger", "POST /indexes/products/search 200"),
        (2, "info", "actix_web::middleware::logger", "GET /health 200"),
    ]
    assert rows[2][:3] == (3, "info", "milli::update::index_documents")
