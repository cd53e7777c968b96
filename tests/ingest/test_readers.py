from __future__ import annotations

import bz2
import gzip
import io
import itertools
import lzma
import os
import struct
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.ingest import readers
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.readers import discover, iter_lines, looks_binary, open_stream, skip_bytes
from errctl.store.duckdb_store import DuckDBStore


def lines_of(data: bytes, start: int = 0, first: int = 1):
    return list(iter_lines(io.BytesIO(data[start:]), start, first))


def test_lines_carry_numbers_and_exact_offsets():
    data = b"one\ntwo\r\n\nlast without newline"
    got = lines_of(data)
    assert [x.text for x in got] == ["one", "two", "", "last without newline"]
    assert [x.number for x in got] == [1, 2, 3, 4]
    assert [(x.start, x.end) for x in got] == [(0, 4), (4, 9), (9, 10), (10, len(data))]


def test_resuming_at_a_reported_offset_gives_the_remaining_lines():
    data = b"a\nbb\nccc\n"
    first = lines_of(data)
    resumed = lines_of(data, first[1].end, first[1].number + 1)
    assert [x.text for x in resumed] == ["ccc"]
    assert resumed[0].number == 3


def test_lines_spanning_chunks(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(readers, "CHUNK_BYTES", 7)
    data = b"0123456789abcdef\nshort\n" + b"x" * 30 + b"\nend"
    got = lines_of(data)
    assert [x.text for x in got] == ["0123456789abcdef", "short", "x" * 30, "end"]
    assert got[-1].end == len(data)


def test_overlong_lines_are_truncated_and_flagged(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(readers, "CHUNK_BYTES", 16)
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 20)
    data = b"ok\n" + b"y" * 100 + b"\nafter\n"
    got = lines_of(data)
    assert [x.text for x in got] == ["ok", "y" * 20, "after"]
    assert got[1].truncated and not got[0].truncated
    assert got[1].end == 3 + 101  # the offset still counts every byte of the long line


def test_invalid_utf8_and_nul_bytes_never_stop_reading():
    data = b"caf\xe9 ok\n\x00\x00\x00real line\nnext\n"
    got = lines_of(data)
    assert got[0].text == "café ok"  # a Latin-1 byte read as such (errctl.formats.decoding)
    assert got[1].text == "real line" and got[1].had_nul
    assert got[2].text == "next"


@given(st.lists(st.binary(max_size=40), max_size=30))
def test_any_bytes_split_into_lines_whose_spans_cover_the_input(chunks: list[bytes]):
    data = b"\n".join(chunks)
    got = lines_of(data)
    assert sum(x.end - x.start for x in got) == len(data)
    for a, b in itertools.pairwise(got):
        assert a.end == b.start


@pytest.mark.parametrize(
    ("opener", "name"),
    [(gzip.open, "a.log.gz"), (bz2.open, "a.log.bz2"), (lzma.open, "a.log.xz")],
)
def test_compressed_files_are_read_by_their_magic_bytes(tmp_path: Path, opener, name):
    path = tmp_path / (name.rsplit(".", 1)[0] + "-renamed")  # no telling extension
    with opener(path, "wb") as f:
        f.write(b"hello\nworld\n")
    stream, kind = open_stream(str(path))
    with stream:
        assert stream.read() == b"hello\nworld\n"
    assert kind in ("gzip", "bz2", "xz")


def test_skip_bytes_reports_a_short_stream(tmp_path: Path):
    path = tmp_path / "x.gz"
    with gzip.open(path, "wb") as f:
        f.write(b"12345")
    stream, _ = open_stream(str(path))
    with stream:
        assert skip_bytes(stream, 100) == 5
    plain = tmp_path / "p.log"
    plain.write_bytes(b"12345")
    stream, _ = open_stream(str(plain))
    with stream:
        assert skip_bytes(stream, 3) == 3
        assert stream.read() == b"45"


def test_binary_detection():
    assert looks_binary(bytes(range(256)) * 8)
    assert looks_binary(b"\x7fELF\x02\x01\x01" + b"\x00" * 500)
    assert not looks_binary(b"2024-01-01 INFO caf\xc3\xa9 ok\n" * 50)
    assert not looks_binary(b"")


def test_discover_orders_rotations_oldest_first_and_filters(tmp_path: Path):
    logs = tmp_path / "logs"
    (logs / "sub").mkdir(parents=True)
    for name in ("app.log", "app.log.1", "app.log.2.gz", "app.log.10.gz", "other.txt"):
        (logs / name).write_text("x\n")
    (logs / "sub" / "deep.log").write_text("y\n")
    inputs, skipped = discover([str(logs)], include=["*.log*"])
    names = [Path(i.path).name for i in inputs]
    assert names.index("app.log.10.gz") < names.index("app.log.2.gz") < names.index("app.log.1")
    assert names.index("app.log.1") < names.index("app.log")
    assert "deep.log" in names and "other.txt" not in names
    assert not skipped


def test_discover_skips_symlink_loops_fifos_and_reports_missing(tmp_path: Path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.log").write_text("x\n")
    os.symlink(root, root / "loop")
    os.mkfifo(root / "pipe")
    inputs, skipped = discover([str(root), str(tmp_path / "missing.log")])
    assert [Path(i.path).name for i in inputs] == ["a.log"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert "FIFO" in reasons["pipe"]
    assert reasons["missing.log"] == "no such file or directory"
    assert [Path(s.path).name for s in skipped if s.missing] == ["missing.log"]
    inputs, _ = discover([str(root)], follow_symlinks=True)
    assert [Path(i.path).name for i in inputs] == ["a.log"]  # the loop is not walked twice


def test_a_glob_the_shell_left_unexpanded_is_no_missing_path(tmp_path: Path):
    """`errctl ingest /var/log/app/*.log.1` on a day nothing rotated: the shell passes the glob
    on as written; the folder exists and holds no such file, which is not a path mistyped. In a
    folder that does not exist, or with no glob in it, the path is missing."""
    (tmp_path / "app.log").write_text("x\n")
    _, skipped = discover(
        [
            str(tmp_path / "*.log.1"),
            str(tmp_path / "gone" / "*.log"),
            str(tmp_path / "app.lgo"),
            str(tmp_path / "app.log" / "x"),
        ]
    )
    assert [(Path(s.path).name, s.missing, s.unmatched_glob) for s in skipped] == [
        ("*.log.1", False, True),
        ("*.log", True, False),
        ("app.lgo", True, False),
        ("x", True, False),
    ]


def test_nul_runs_alone_do_not_make_a_file_binary():
    assert not looks_binary(b"\x00" * 4000 + b'{"msg": "ok"}\n' + b"\x00" * 100)
    # A copytruncate hole before each of a few rotations' lines, and NUL-separated fields.
    holes = b"".join(b"\x00" * 300 + b"2024-01-01 INFO ok %d\n" % i for i in range(6))
    assert not looks_binary(holes)
    assert not looks_binary(b"".join(b"a=1\x00b=%d\x00c=3\n" % i for i in range(200)))


def _login_record(kind: int, pid: int, tty: str, user: str, host: str, when: int) -> bytes:
    """One `struct utmp` record as glibc writes it on Linux x86-64 (utmp(5)): 384 bytes, text
    fields padded with NULs."""
    return struct.pack(
        "<hxxi32s4s32s256shhiii16s20x",
        kind,
        pid,
        tty.encode(),
        tty[-4:].encode(),
        user.encode(),
        host.encode(),
        0,
        0,
        0,
        when,
        0,
        bytes([127, 0, 0, 1]) + bytes(12),
    )


def test_login_records_are_binary(tmp_path: Path):
    """/var/log/btmp, wtmp and lastlog: text fields in fixed-size records, the rest NULs and
    integers. Read as text they made one event of garbage out of the whole file."""
    users = ("root", "admin", "oracle", "test", "ubuntu", "alice", "guest", "pi")
    records = b"".join(
        _login_record(
            6, 20000 + i, "ssh:notty", users[i % len(users)], "203.0.113.7", 1764560000 + i
        )
        for i in range(40)
    )
    assert len(records) == 40 * 384
    assert looks_binary(records[:8192])
    btmp = tmp_path / "btmp"
    btmp.write_bytes(records)
    summary = ingest([str(btmp)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert summary.events == 0
    (source,) = summary.sources
    assert source.skipped == "binary content, not a log"


@pytest.mark.parametrize("kind", ["tar.gz", "tar", "zip"])
def test_an_archive_is_skipped_with_what_to_do(tmp_path: Path, kind: str):
    """A support bundle's members are files of their own: read as one stream, their lines
    would be framed across members and numbered by no file's lines."""
    member = tmp_path / "app.log"
    member.write_text("2024-05-01 12:00:00,001 - app - ERROR - boom\n" * 50)
    archive = tmp_path / f"bundle.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(member, "logs/app.log")
    else:
        with tarfile.open(archive, "w:gz" if kind == "tar.gz" else "w") as t:
            t.add(member, "logs/app.log")
    summary = ingest([str(archive)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert summary.events == 0
    (source,) = summary.sources
    expected = "unzip it" if kind == "zip" else "tar xf"
    assert expected in source.skipped


# `zstd` and `lz4` of one line (made by the tools, which a fresh machine may lack): a block this
# small is stored as is, so read as text the line comes out behind the frame's bytes.
ZSTD_FILE = b"(\xb5/\xfd$-i\x01\x002024-05-01 12:00:00,001 - app - ERROR - boom\n/\xdc\t\x91"
LZ4_FILE = (
    b'\x04"M\x18d@\xa7-\x00\x00\x802024-05-01 12:00:00,001 - app - ERROR - boom\n'
    b"\x00\x00\x00\x00|\x9b)\xc0"
)


@pytest.mark.parametrize(("data", "reader"), [(ZSTD_FILE, "zstdcat"), (LZ4_FILE, "lz4cat")])
def test_a_compression_errctl_does_not_read_is_skipped_with_what_to_do(
    tmp_path: Path, data: bytes, reader: str
):
    log = tmp_path / "app.log.1"
    log.write_bytes(data)
    summary = ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert summary.events == 0
    (source,) = summary.sources
    assert f"{reader} FILE | errctl ingest" in source.skipped


@pytest.mark.parametrize(
    "head",
    [
        b"(\xb5/\xfd\x08\n",  # zstd's magic, then a descriptor with its reserved bit set
        b'\x04"M\x18\x00\x00\x00\n',  # lz4's, then version 00
        b"PK\x03\x04\n",  # a zip's magic, then a line break where its version goes
        b"7z\xbc\xaf\x27\x1c\n",
        b"x" * 257 + b"ustar\n",  # where a tar's magic goes, with no header checksum
    ],
)
def test_a_log_that_starts_like_an_archive_is_read(tmp_path: Path, head: bytes):
    """Only an archive's own header skips a file: junk bytes before good lines never lose
    them."""
    log = tmp_path / "app.jsonl"
    good = b'{"ts": 1714564800, "level": "error", "msg": "disk full"}\n' * 3
    log.write_bytes(head + good)
    summary = ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    (source,) = summary.sources
    assert source.skipped is None
    assert summary.events == 3


def test_clean_blocks_give_their_bytes_only_when_the_text_is_them_decoded():
    """`utf8_lines` is a clean block's raw lines when each text is exactly its bytes decoded;
    not when a carriage return or an escape sequence is taken off; the first line's text drops
    a byte-order mark, whether decoded before or after."""
    plain = b'\xef\xbb\xbf{"msg": "first"}\n{"msg": "caf\xe9"}\n{"msg": "last"}\n'
    (block,) = readers.iter_line_blocks(io.BytesIO(plain), 0, 1)
    assert block.utf8_lines() == plain.split(b"\n")[:-1]
    assert block.last_line().text == '{"msg": "last"}'
    assert block.texts == ['{"msg": "first"}', '{"msg": "café"}', '{"msg": "last"}']
    for body in (b'{"msg": "crlf"}\r\n{"msg": "b"}\r\n', b'{"msg": "\x1b[31mred\x1b[0m"}\n'):
        (block,) = readers.iter_line_blocks(io.BytesIO(body), 0, 1)
        assert block.utf8_lines() is None
        assert block.texts == [line.text for line in iter_lines(io.BytesIO(body), 0, 1)]


# apt's EIPP dump as it writes /var/log/apt/eipp.log.xz (written here, package states made up).
_EIPP = b"""\
Request: EIPP 0.1
Architecture: amd64
Architectures: amd64
Install: htop:amd64 libnl-3-200:amd64
Planner: internal

Package: dpkg
Architecture: amd64
Version: 1.22.6
APT-ID: 4120
Essential: yes
Multi-Arch: foreign
Status: installed
Depends: tar (>= 1.28-1)

Package: htop
Architecture: amd64
Version: 3.3.0-4
APT-ID: 30512
Depends: libc6 (>= 2.38), libncursesw6 (>= 6), libnl-3-200 (>= 3.2.7)
"""
_DPKG_STATUS = b"""\
Package: htop
Status: install ok installed
Priority: optional
Section: utils
Installed-Size: 412
Version: 3.3.0-4
Description: interactive processes viewer
 Htop is an ncursed-based process viewer similar to top.
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [("eipp.log.xz", _EIPP, "apt's dump"), ("status", _DPKG_STATUS, "Debian package stanzas")],
)
def test_a_package_list_is_skipped_with_why(tmp_path: Path, name: str, text: bytes, expected):
    """Package states in control-file stanzas are not events: read as a log, each field of
    each package was an event of its own. The file is skipped with a warning that says so."""
    path = tmp_path / name
    path.write_bytes(lzma.compress(text) if name.endswith(".xz") else text)
    summary = ingest([str(path)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert summary.events == 0
    (source,) = summary.sources
    assert expected in source.skipped


def test_a_log_that_starts_with_a_package_field_is_read(tmp_path: Path):
    log = tmp_path / "build.log"
    log.write_bytes(
        b"Package: htop\nVersion: 3.3.0-4\n2024-05-01 12:00:00,001 - build - ERROR - failed\n"
    )
    summary = ingest([str(log)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    (source,) = summary.sources
    assert source.skipped is None
    assert summary.events >= 1
