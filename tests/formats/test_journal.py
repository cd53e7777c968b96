"""journalctl's `-o export` and `-o verbose`: entries of fields as systemd.journal-fields(7)
lists them, laid out as journalctl writes them (the export format's binary fields included)."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.journal import EXPORT, VERBOSE
from errctl.formats.registry import detect, get_format
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.readers import _line
from errctl.store.duckdb_store import DuckDBStore

BOOT = "5d8e2f1c9a7b4e6d8c3f2a1b0e9d8c7b"
SEQNUM_ID = "7f3c1a2b9e8d4c6f5a0b1c2d3e4f5a6b"
T0 = 1796098536401651  # 2026-12-01 04:15:36.401651 UTC

TRACEBACK = """\
Traceback (most recent call last):
  File "/srv/app/worker.py", line 41, in <module>
    main()
  File "/srv/app/worker.py", line 37, in main
    conn = connect(settings.QUEUE_URL)
ConnectionRefusedError: [Errno 111] Connection refused"""

ENTRIES = [
    [
        ("_TRANSPORT", "syslog"),
        ("PRIORITY", "6"),
        ("SYSLOG_FACILITY", "4"),
        ("SYSLOG_IDENTIFIER", "sshd"),
        ("SYSLOG_PID", "812"),
        ("_PID", "812"),
        ("_UID", "0"),
        ("_GID", "0"),
        ("_COMM", "sshd"),
        ("_EXE", "/usr/sbin/sshd"),
        ("_CMDLINE", "sshd: alice [priv]"),
        ("_SYSTEMD_CGROUP", "/system.slice/ssh.service"),
        ("_SYSTEMD_UNIT", "ssh.service"),
        ("MESSAGE", "Accepted publickey for alice from 10.0.0.5 port 52314 ssh2"),
        ("_HOSTNAME", "web-1"),
        ("_SOURCE_REALTIME_TIMESTAMP", str(T0 - 120)),
    ],
    [
        ("_TRANSPORT", "journal"),
        ("PRIORITY", "3"),
        ("SYSLOG_FACILITY", "3"),
        ("SYSLOG_IDENTIFIER", "systemd"),
        ("CODE_FILE", "src/core/unit.c"),
        ("CODE_LINE", "5941"),
        ("CODE_FUNC", "unit_log_failure"),
        ("MESSAGE_ID", "d9b373ed55a64feb8242e02dbe79a49c"),
        ("UNIT", "nginx.service"),
        ("UNIT_RESULT", "exit-code"),
        ("MESSAGE", "nginx.service: Failed with result 'exit-code'."),
        ("_PID", "1"),
        ("_COMM", "systemd"),
        ("_SYSTEMD_UNIT", "init.scope"),
        ("_HOSTNAME", "web-1"),
    ],
    [
        ("_TRANSPORT", "stdout"),
        ("PRIORITY", "3"),
        ("SYSLOG_FACILITY", "3"),
        ("SYSLOG_IDENTIFIER", "worker"),
        ("MESSAGE", TRACEBACK),  # several lines: binary in the export format
        ("_STREAM_ID", "4b1e2d3c4f5a6b7c8d9e0f1a2b3c4d5e"),
        ("_PID", "4411"),
        ("_UID", "998"),
        ("_COMM", "python3"),
        ("_SYSTEMD_UNIT", "worker.service"),
        ("_HOSTNAME", "web-1"),
    ],
    [
        ("_TRANSPORT", "kernel"),
        ("PRIORITY", "4"),
        ("SYSLOG_FACILITY", "0"),
        ("SYSLOG_IDENTIFIER", "kernel"),
        ("_KERNEL_SUBSYSTEM", "block"),
        ("_KERNEL_DEVICE", "b8:1"),
        ("MESSAGE", "EXT4-fs (sda1): warning: mounting fs with errors, running e2fsck"),
        ("_HOSTNAME", "web-1"),
    ],
]


def cursor(i: int) -> str:
    t = T0 + i * 1_000_000
    return f"s={SEQNUM_ID};i={0x1A2B + i:x};b={BOOT};m={3098201 + i:x};t={t:x};x={7919 * i:x}"


def export_entry(i: int, fields: list[tuple[str, str]]) -> bytes:
    t = T0 + i * 1_000_000
    out = (
        f"__CURSOR={cursor(i)}\n__REALTIME_TIMESTAMP={t}\n__MONOTONIC_TIMESTAMP={3098201 + i}\n"
        f"__SEQNUM={0x1A2B + i}\n__SEQNUM_ID={SEQNUM_ID}\n_BOOT_ID={BOOT}\n"
    ).encode()
    for name, value in fields:
        data = value.encode()
        if "\n" in value or "\x1b" in value:
            out += name.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += name.encode() + b"=" + data + b"\n"
    return out + b"\n"


def verbose_entry(i: int, fields: list[tuple[str, str]]) -> str:
    t = T0 + i * 1_000_000
    when = datetime.fromtimestamp(t // 1_000_000, UTC).strftime("%a %Y-%m-%d %H:%M:%S")
    out = [f"{when}.{t % 1_000_000:06d} UTC [{cursor(i)}]", f"    _BOOT_ID={BOOT}"]
    for name, value in fields:
        first, *rest = value.split("\n")
        out.append(f"    {name}={first}")
        out.extend(" " * (4 + len(name) + 1) + line for line in rest)
    return "\n".join(out) + "\n"


EXPORT_LOG = b"".join(export_entry(i, e) for i, e in enumerate(ENTRIES))
VERBOSE_LOG = "".join(verbose_entry(i, e) for i, e in enumerate(ENTRIES))


def events(tmp_path, data: bytes) -> list[tuple]:
    log = tmp_path / "journal.log"
    log.write_bytes(data)
    db = tmp_path / "store.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert summary.rejected == 0
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT line, timestamp, level, service, host, message, exception_type, format,"
            " attributes->>'_SYSTEMD_UNIT' FROM events ORDER BY line"
        ).fetchall()


def expected(lines: list[int], fmt: str) -> list[tuple]:
    return [
        (
            lines[0],
            datetime(2026, 12, 1, 4, 15, 36, 401531),  # the source's own time
            "info",
            "sshd",
            "web-1",
            "Accepted publickey for alice from 10.0.0.5 port 52314 ssh2",
            None,
            fmt,
            "ssh.service",
        ),
        (
            lines[1],
            datetime(2026, 12, 1, 4, 15, 37, 401651),
            "error",
            "systemd",
            "web-1",
            "nginx.service: Failed with result 'exit-code'.",
            None,
            fmt,
            "init.scope",
        ),
        (
            lines[2],
            datetime(2026, 12, 1, 4, 15, 38, 401651),
            "error",
            "worker",
            "web-1",
            "ConnectionRefusedError: [Errno 111] Connection refused",
            "ConnectionRefusedError",
            fmt,
            "worker.service",
        ),
        (
            lines[3],
            datetime(2026, 12, 1, 4, 15, 39, 401651),
            "warning",
            "kernel",
            "web-1",
            "EXT4-fs (sda1): warning: mounting fs with errors, running e2fsck",
            None,
            fmt,
            None,
        ),
    ]


def test_export_entries_are_one_event_each(tmp_path):
    """Each field line was a raw event of its own (a hundred events for four entries)."""
    assert events(tmp_path, EXPORT_LOG) == expected([1, 24, 46, 70], "journal-export")


def test_verbose_entries_are_one_event_each(tmp_path):
    """The header line and its indented fields were one raw event, without time or service."""
    got = events(tmp_path, VERBOSE_LOG.encode())
    assert got == expected([1, 19, 36, 54], "journal-verbose")


def test_detected_and_named():
    assert detect(EXPORT_LOG.decode("utf-8", "replace").splitlines()).name == "journal-export"
    assert detect(VERBOSE_LOG.splitlines()).name == "journal-verbose"
    assert get_format("journald-export") is EXPORT
    # Pairs of upper-case names are no journal without its cursor lines.
    env = ["PATH=/usr/bin", "HOME=/root", "LANG=C.UTF-8", "SHELL=/bin/bash"]
    assert detect(env).name not in ("journal-export", "journal-verbose")


def read_back(data: bytes) -> list[str]:
    """Lines as the reader gives them: NUL bytes dropped, shown as a terminal would."""
    return [_line(raw, 1, 0, 0, False).text for raw in data.split(b"\n")]


def test_binary_values_of_any_length():
    """A binary value's length loses its NUL bytes, a byte above 127 reads as Windows-1252, a byte
    10 is a newline, and colour escapes are dropped from the text: the value and the fields
    after it are found whatever the length."""
    for size in (10, 13, 65, 130, 200, 256, 300, 2570, 70_000):
        value = ("line one\n\x1b[31mred\x1b[0m two " + "x" * size)[:size]
        lines = read_back(export_entry(0, [("MESSAGE", value), ("_PID", "12")]))
        fields, rest = EXPORT.fold(EXPORT.parse(lines[0]), lines[1:])
        shown = value.replace("\x1b[31m", "").replace("\x1b[0m", "").split("\n")
        assert (fields.message, rest) == (shown[0], shown[1:]), size
        assert fields.attributes["_PID"] == "12", size


@given(st.text(max_size=300))
def test_never_raises(text):
    lines = text.splitlines()
    header = f"__CURSOR={cursor(0)}"
    EXPORT.fold(EXPORT.parse(header), lines)
    EXPORT.fold(EXPORT.parse(header), ["MESSAGE", *lines])
    VERBOSE.fold(VERBOSE.parse(verbose_entry(0, []).splitlines()[0]), lines)
    EXPORT.parse(text)
    VERBOSE.parse(text)
