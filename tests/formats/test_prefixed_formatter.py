"""logrus' prefixed text formatter (`formats.prefixed_formatter`), as Blocky writes it: a
padded level, the entry's prefix, the message and its fields sorted by key, values bare."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.generic import FORMAT
from errctl.formats.prefixed_formatter import parenthesized_pairs, prefixed_fields, sorted_pairs
from tests.ingest.stored import stored_events

LOG = """\
[2024-06-06 06:00:08]  INFO queryLog: query resolved answer=A (140.82.121.6) client_ip=192.168.1.23 duration_ms=25 question_name=api.github.com response_reason=RESOLVED (tcp-tls:1.1.1.1:853) response_type=RESOLVED
[2024-06-06 06:00:41]  INFO queryLog: query resolved answer=A (0.0.0.0) client_ip=192.168.1.60 question_name=us.info.lgsmartad.com response_reason=BLOCKED (ads) response_type=BLOCKED
[2024-06-06 06:01:37]  INFO queryLog: query resolved answer=CNAME (youtube-ui.l.google.com.), A (142.250.186.46) client_ip=192.168.1.41 question_name=www.youtube.com response_reason=CACHED response_type=CACHED
[2024-06-06 07:12:00]  WARN list_cache: Can't download file: got status code 404 attempt=1/3 link=https://example.org/list.txt
"""  # noqa: E501


def test_the_fields_are_the_ascending_keys_that_end_the_line():
    message, pairs = sorted_pairs("query resolved answer=A (1.2.3.4) client_ip=10.0.0.1 type=A")
    assert message == "query resolved"
    assert pairs == {"answer": "A (1.2.3.4)", "client_ip": "10.0.0.1", "type": "A"}
    # Keys out of order end the fields: what is before them is the message's.
    message, pairs = sorted_pairs("set mode=fast then b=1 c=2")
    assert (message, pairs) == ("set mode=fast then", {"b": "1", "c": "2"})
    # One key, or nothing but keys, is no such tail.
    assert sorted_pairs("limit reached max=10") == ("limit reached max=10", {})
    assert sorted_pairs("a=1 b=2") == ("a=1 b=2", {})


def test_the_level_prefix_and_fields_are_read():
    f = FORMAT.parse(LOG.splitlines()[3])
    assert (f.level, f.logger, f.message) == (
        "WARN",
        "list_cache",
        "Can't download file: got status code 404",
    )
    assert f.attributes == {"attempt": "1/3", "link": "https://example.org/list.txt"}
    # Another layout with a bracketed time and a level, a Java logger after it, is not this.
    java = "[2024-06-04T09:11:03,032] ERROR spi.Helper [exec-8] - Pool timed out"
    assert prefixed_fields(java, 25, "2024-06-04T09:11:03,032") is None
    # Nor a level that is not padded to five.
    assert prefixed_fields("[06:00:08] INFO queryLog: x a=1 b=2", 10, "06:00:08") is None


def test_every_answer_is_one_statement(tmp_path: Path):
    rows = stored_events(tmp_path, LOG, "line, level, logger, template")
    assert [r[3] for r in rows[:3]] == ["query resolved"] * 3
    assert rows[3][1:3] == ("warning", "list_cache")
    assert "link" not in rows[3][3]


def test_ntfys_sorted_fields_in_parentheses_after_the_message(tmp_path: Path):
    text = (
        "2024/06/07 06:01:16 INFO WebSocket error: close 1006 (abnormal closure): unexpected EOF"
        " (error=close 1006 (abnormal closure): unexpected EOF, error_code=1006,"
        " http_method=GET, http_path=/alerts, tag=websocket)\n"
        "2024/06/07 06:01:20 INFO WebSocket error: close 1006 (abnormal closure): unexpected EOF"
        " (error=close 1006 (abnormal closure): unexpected EOF, error_code=1006,"
        " http_method=GET, http_path=/alerts/json, tag=websocket, user_id=u_4f2, user_name=ann)\n"
    )
    rows = stored_events(tmp_path, text, "message, template, attributes->>'http_path'")
    assert rows[0][0] == "WebSocket error: close 1006 (abnormal closure): unexpected EOF"
    assert rows[0][1] == rows[1][1]
    assert [r[2] for r in rows] == ["/alerts", "/alerts/json"]
    # One field, keys out of order, or no parenthesis of fields: the message as it is.
    assert parenthesized_pairs("Connection opened (id=5)") is None
    assert parenthesized_pairs("done (b=1, a=2)") is None
    assert parenthesized_pairs("Server stats (sent=2, tag=manager)") == (
        "Server stats",
        {"sent": "2", "tag": "manager"},
    )
