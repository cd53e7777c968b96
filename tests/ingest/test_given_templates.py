"""A template the log gives (an access line's route, a structured logger's message template) is
the event's template as given: its message is not mined, so the miner neither spends work on it
nor remembers it as an example that would shape the templates of other messages."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.cli_runner import run

ACCESS = """\
192.0.2.10 - - [01/Dec/2026:10:00:00 +0000] "GET /api/v1/orders/1842 HTTP/1.1" 200 512 "-" "curl/8"
192.0.2.11 - - [01/Dec/2026:10:00:01 +0000] "GET /api/v1/orders/77 HTTP/1.1" 200 498 "-" "curl/8"
192.0.2.12 - - [01/Dec/2026:10:00:02 +0000] "POST /api/v1/orders HTTP/1.1" 502 157 "-" "httpx/0.27"
"""
# Serilog's compact JSON: two records with their message template (@mt), one rendered only (@m).
CLEF = """\
{"@t":"2026-12-01T10:00:00Z","@mt":"Order {OrderId} shipped to {City}","OrderId":1842,"City":"Lyon"}
{"@t":"2026-12-01T10:00:01Z","@mt":"Order {OrderId} shipped to {City}","OrderId":77,"City":"Oslo"}
{"@t":"2026-12-01T10:00:02Z","@m":"cache warmed in 120 ms"}
"""


def _ingest(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "access.log").write_text(ACCESS)
    (tmp_path / "logs" / "app.jsonl").write_text(CLEF)
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(tmp_path / "logs"))
    assert result.exit_code == 0, result.stderr
    return duckdb.connect(str(db), read_only=True)


def test_given_templates_are_kept_and_only_the_other_messages_are_mined(tmp_path: Path):
    con = _ingest(tmp_path)
    by_template = "SELECT template, count(*) FROM events GROUP BY 1 ORDER BY 1"
    templates = con.execute(by_template).fetchall()
    assert templates == [
        ("GET /api/v1/orders/<*> 200", 2),
        ("Order <*> shipped to <*>", 2),
        ("POST /api/v1/orders 502", 1),
        ("cache warmed in <*> ms", 1),
    ]
    # Mined and remembered: the one message without a template. Before, the store also kept
    # `GET <*> HTTP/<*> 200` and `Order <*> shipped to Lyon`, templates no event has.
    examples = con.execute("SELECT template FROM template_examples ORDER BY 1").fetchall()
    assert examples == [("cache warmed in <*> ms",)]
