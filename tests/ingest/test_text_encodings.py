"""Logs Windows writes: UTF-16 (with or without a byte-order mark) and UTF-8 after a BOM; and
text whose lines end in a carriage return alone (classic Mac OS, some Windows tools)."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import duckdb
import pytest

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.readers import (
    ends_lines_in_carriage_returns,
    iter_lines,
    open_stream,
    skip_bytes,
    utf16_encoding,
)
from errctl.store.duckdb_store import DuckDBStore

LOG = (
    "2024-05-01 12:00:00,001 - app - ERROR - disk full on /dev/sda1\r\n"
    "2024-05-01 12:00:01,002 - app - INFO - caf\u00e9 \u2615 \U0001f525 opened\r\n"
)
BOMS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def _events(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT line, level, message FROM events ORDER BY line").fetchall()


def _ingest(path: Path, db: Path):
    return ingest([str(path)], DuckDBStore(db), IngestOptions())


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_utf16_files_are_read_as_their_text(tmp_path: Path, encoding: str, bom: bool):
    path = tmp_path / "ERRORLOG"
    path.write_bytes((BOMS[encoding] if bom else b"") + LOG.encode(encoding))
    summary = _ingest(path, tmp_path / "s.duckdb")
    assert summary.rejected == 0
    (source,) = summary.sources
    assert source.format == "python"
    assert source.format_reason.startswith("UTF-16LE text" if "le" in encoding else "UTF-16BE")
    assert _events(tmp_path / "s.duckdb") == [
        (1, "error", "disk full on /dev/sda1"),
        (2, "info", "caf\u00e9 \u2615 \U0001f525 opened"),
    ]


def test_a_utf8_bom_is_no_part_of_the_first_line(tmp_path: Path):
    path = tmp_path / "app.log"
    path.write_bytes(codecs.BOM_UTF8 + LOG.encode())
    summary = _ingest(path, tmp_path / "s.duckdb")
    assert summary.sources[0].format == "python"
    assert _events(tmp_path / "s.duckdb")[0] == (1, "error", "disk full on /dev/sda1")
    with open_stream(str(path))[0] as stream:
        first = next(iter_lines(stream, 0, 1))
    assert first.text.startswith("2024-05-01")
    assert (first.start, first.end) == (0, len(codecs.BOM_UTF8) + len(LOG.split("\n")[0]) + 1)


def test_appended_utf16_lines_are_read_once(tmp_path: Path):
    path, db = tmp_path / "ERRORLOG", tmp_path / "s.duckdb"
    path.write_bytes(codecs.BOM_UTF16_LE + LOG.encode("utf-16-le"))
    _ingest(path, db)
    more = "2024-05-01 12:00:02,003 - app - ERROR - disk full on /dev/sdb1\r\n"
    with path.open("ab") as f:
        f.write(more.encode("utf-16-le"))
    again = _ingest(path, db)
    assert again.sources[0].resumed_from > 0
    assert _ingest(path, db).events == 0
    assert [e[:2] for e in _events(db)] == [(1, "error"), (2, "info"), (3, "error")]


def test_gzipped_utf16_is_read(tmp_path: Path):
    path = tmp_path / "ERRORLOG.1.gz"
    with gzip.open(path, "wb") as f:
        f.write(codecs.BOM_UTF16_LE + LOG.encode("utf-16-le"))
    _ingest(path, tmp_path / "s.duckdb")
    assert [e[:2] for e in _events(tmp_path / "s.duckdb")] == [(1, "error"), (2, "info")]


def test_transcoding_keeps_characters_split_across_reads(tmp_path: Path):
    """Reads of the UTF-16 bytes end inside characters (an odd byte, half a surrogate pair)."""
    text = "".join(f"{i} \U0001f525 \u00e9t\u00e9 {'x' * (i % 97)}\n" for i in range(20_000))
    path = tmp_path / "big.log"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    stream, _ = open_stream(str(path))
    with stream:
        lines = list(iter_lines(stream, 0, 1))
    assert [line.text for line in lines] == text.split("\n")[:-1]
    # Offsets are the UTF-8 stream's: a resumed read skips to one and goes on from there.
    middle = lines[10_000]
    stream, _ = open_stream(str(path))
    with stream:
        assert skip_bytes(stream, middle.start) == middle.start
        assert next(iter_lines(stream, middle.start, middle.number)).text == middle.text


def test_what_is_not_utf16():
    assert utf16_encoding(b"2024-05-01 INFO ok\n" * 10) is None
    # copytruncate's NUL runs, in a UTF-8 log: both bytes of each pair are NUL
    assert utf16_encoding(b"\x00" * 600 + b"2024-05-01 INFO ok\n") is None
    assert utf16_encoding(bytes(range(256)) * 4) is None
    assert utf16_encoding(codecs.BOM_UTF32_LE + "ok".encode("utf-32-le")) is None
    assert utf16_encoding("ok\n".encode("utf-16-le")) is None  # too short to tell
    assert utf16_encoding("2024 ok\n".encode("utf-16-le")) == "utf-16-le"


def test_lines_ending_in_carriage_returns_are_lines(tmp_path: Path):
    # Read as one line, the file would be cut at MAX_LINE_BYTES and the rest lost.
    path, db = tmp_path / "mac.log", tmp_path / "s.duckdb"
    lines = [f"2024-05-01 12:00:{i % 60:02d},001 - app - ERROR - job {i} failed" for i in range(3)]
    path.write_bytes(("\r".join(lines) + "\r").encode())
    summary = _ingest(path, db)
    (source,) = summary.sources
    assert source.format_reason.startswith("lines end in carriage returns; ")
    assert _events(db) == [(i + 1, "error", f"job {i} failed") for i in range(3)]
    # Appended lines are read once, from where the last read ended.
    with path.open("ab") as f:
        f.write(b"2024-05-01 12:01:00,001 - app - ERROR - job 3 failed\r")
    _ingest(path, db)
    assert _events(db)[-1] == (4, "error", "job 3 failed") and len(_events(db)) == 4


def test_what_does_not_end_lines_in_carriage_returns():
    assert ends_lines_in_carriage_returns(b"a\rb\rc\r")
    assert not ends_lines_in_carriage_returns(b"a\r\nb\r\n")  # Windows line ends
    assert not ends_lines_in_carriage_returns(b"5%\r10%\r100%\n")  # a line of redraws
    assert not ends_lines_in_carriage_returns(b"one line\r")
