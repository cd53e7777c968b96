"""Daemons' own layouts in a whole file: each record is an event of its own, with its time,
level and logger, rather than text of the record above it."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.stored import stored_events

INFLUXDB_18 = """\
ts=2023-03-21T10:00:00.000000Z lvl=info msg="InfluxDB starting" log_id=0gXyZ9Vl000 version=1.8.10
ts=2023-03-21T10:00:00.001234Z lvl=info msg="Opened service" log_id=0gXyZ9Vl000 service=subscriber
[httpd] 172.17.0.1 - - [21/Mar/2023:10:00:00 +0000] "POST /write?db=telegraf HTTP/1.1" 204 0 \
"-" "telegraf" 5c1e3b4a-c7cd-11ed-8001-0242ac110002 10513
[httpd] 172.17.0.5 - - [21/Mar/2023:10:00:13 +0000] "POST /write?db=missing HTTP/1.1" 404 45 \
"-" "telegraf" 63e1f1ab-c7cd-11ed-8004-0242ac110002 391
ts=2023-03-21T10:00:20.123456Z lvl=info msg="Compacting file" log_id=0gXyZ9Vl000 engine=tsm1
"""


def test_influxdb_requests_among_its_logfmt_lines(tmp_path: Path):
    """InfluxDB 1.x's HTTP service logs each request after `[httpd] `: a request of its own,
    not text of the logfmt line before it."""
    assert stored_events(tmp_path, INFLUXDB_18, "line, level, logger, message") == [
        (1, "info", None, "InfluxDB starting"),
        (2, "info", None, "Opened service"),
        (3, "info", "httpd", "POST /write?db=telegraf HTTP/1.1 204"),
        (4, "warning", "httpd", "POST /write?db=missing HTTP/1.1 404"),
        (5, "info", None, "Compacting file"),
    ]
