"""Log bytes that are not UTF-8 are read as Windows-1252 (`errctl.formats.decoding`): a legacy
service's Latin-1 `café` is the same text as the UTF-8 word, in the same group, where U+FFFD
made it another group and lost the word."""

from __future__ import annotations

from pathlib import Path

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.decoding import decode
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore


def test_bytes_that_are_not_utf8_read_as_windows_1252_and_utf8_stays():
    assert decode("café".encode("latin-1")) == "café"
    assert decode("Straße €5".encode("cp1252")) == "Straße €5"
    # A line of UTF-8 with one stray byte: only that byte is read otherwise.
    assert decode("naïve ".encode() + b"\xe9t\xe9") == "naïve été"
    # The five bytes Windows-1252 leaves undefined are Latin-1's (C1 controls).
    assert decode(b"\x81\x8d\x8f\x90\x9d") == "\x81\x8d\x8f\x90\x9d"


@given(st.binary(max_size=200))
def test_any_bytes_decode_one_character_per_byte_that_is_not_utf8(raw):
    text = decode(raw)
    assert "\ufffd" not in text or "\ufffd".encode() in raw
    # Lines decoded alone give what the whole block gives: a newline ends a bad sequence.
    assert text.split("\n") == [decode(part) for part in raw.split(b"\n")]


def test_latin1_and_utf8_lines_of_one_statement_are_one_group(tmp_path: Path):
    log = tmp_path / "app.log"
    log.write_bytes(
        "2026-12-01 07:00:01,000 ERROR billing: facture refusée pour client 17\n".encode()
        + "2026-12-01 07:00:02,000 ERROR billing: facture refusée pour client 18\n".encode(
            "latin-1"
        )
        + b'{"time": "2026-12-01T07:00:03Z", "level": "error", "msg": "r\xe9sum\xe9 42"}\n'
    )
    ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT line, message, fingerprint FROM events ORDER BY line").fetchall()
    assert [r[1] for r in rows[:2]] == [
        "facture refusée pour client 17",
        "facture refusée pour client 18",
    ]
    assert rows[0][2] == rows[1][2]
    assert len(rows) == 3  # the JSON line is not refused for its Latin-1 byte either


def test_a_json_line_with_latin1_bytes_is_read(tmp_path: Path):
    log = tmp_path / "app.jsonl"
    log.write_bytes(
        b'{"time": "2026-12-01T07:00:01Z", "level": "error", "msg": "ok 1"}\n'
        b'{"time": "2026-12-01T07:00:02Z", "level": "error", "msg": "caf\xe9 2"}\n'
    )
    summary = ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert (summary.events, summary.rejected) == (2, 0)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT message FROM events ORDER BY line").fetchall() == [
            ("ok 1",),
            ("café 2",),
        ]
