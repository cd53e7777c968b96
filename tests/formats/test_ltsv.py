"""LTSV records (nginx's and Apache's LTSV access logs, services writing LTSV) read by logfmt."""

from pathlib import Path

import duckdb
import orjson

from errctl.formats.logfmt import FORMAT
from errctl.formats.registry import detect
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

# nginx: log_format ltsv "time:$time_iso8601\thost:$remote_addr\treq:$request\tstatus:$status...";
NGINX = (
    "time:2026-11-27T12:00:00+09:00\thost:10.0.0.1\tforwardedfor:-\t"
    "req:GET /api/users/42 HTTP/1.1\tstatus:200\tsize:512\treferer:-\tua:curl/8.4.0\n"
    "time:2026-11-27T12:00:01+09:00\thost:10.0.0.2\tforwardedfor:-\t"
    "req:POST /api/orders HTTP/1.1\tstatus:500\tsize:87\treferer:-\tua:Mozilla/5.0 (X11)\n"
    "time:2026-11-27T12:00:02+09:00\thost:10.0.0.3\tforwardedfor:-\t"
    "req:GET /missing HTTP/1.1\tstatus:404\tsize:0\treferer:-\tua:curl/8.4.0\n"
)


def test_a_record_maps_ltsv_org_labels():
    f = FORMAT.parse(NGINX.splitlines()[1])
    assert f.timestamp == "2026-11-27T12:00:01+09:00"
    assert f.host is None  # LTSV's `host` is the client, not the server
    assert f.attributes == {
        "client_ip": "10.0.0.2",
        "method": "POST",
        "uri": "/api/orders",
        "protocol": "HTTP/1.1",
        "status": "500",
        "bytes": "87",
        "user_agent": "Mozilla/5.0 (X11)",
    }


def test_an_application_record_takes_its_level_and_message():
    f = FORMAT.parse("time:2026-11-27 12:00:00\tlevel:ERROR\tmessage:db connection lost\tuser:42")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026-11-27 12:00:00",
        "ERROR",
        "db connection lost",
        {"user": "42"},
    )


def test_tab_separated_text_is_not_ltsv():
    assert FORMAT.parse("note:some words\tthen prose: here") is None
    assert FORMAT.parse("Error: disk full\tretrying") is None
    assert FORMAT.parse("time:2026-11-27T12:00:00Z\tjust a tab") is None


def test_ingest_reads_requests_as_an_access_log(tmp_path: Path):
    path, db = tmp_path / "access_ltsv.log", tmp_path / "s.duckdb"
    # Apache's `time:%t` is bracketed
    apache = "time:[27/Nov/2026:12:00:03 +0900]\thost:10.0.0.4\treq:GET /x/7 HTTP/1.1\tstatus:503"
    path.write_text(NGINX + apache + "\n")
    assert detect(NGINX.splitlines()).name == "logfmt"
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert (summary.events, summary.rejected) == (4, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT strftime(timestamp, '%Y-%m-%dT%H:%M:%S'), level, message, template, attributes"
            " FROM events ORDER BY line"
        ).fetchall()
    assert [r[:4] for r in rows] == [
        ("2026-11-27T03:00:00", "info", "GET /api/users/42 200", "GET /api/users/<*> 200"),
        ("2026-11-27T03:00:01", "error", "POST /api/orders 500", "POST /api/orders 500"),
        ("2026-11-27T03:00:02", "warning", "GET /missing 404", "GET /missing 404"),
        ("2026-11-27T03:00:03", "error", "GET /x/7 503", "GET /x/<*> 503"),
    ]
    assert orjson.loads(rows[1][4])["client_ip"] == "10.0.0.2"
