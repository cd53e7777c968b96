"""Windows events as PowerShell's Format-List prints them: a record (its `Name : value` lines,
a blank line) is one event, its Message the message, its provider the service."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import duckdb
import orjson
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.registry import detect, get_format
from errctl.formats.winevent import FORMAT
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import ParsedFields
from errctl.store.duckdb_store import DuckDBStore

# `Get-WinEvent -LogName System -MaxEvents 3 | Format-List > events.txt` (the default view:
# newest first), then a record of `Select-Object TimeCreated, LevelDisplayName, MachineName,
# ProviderName, Id, RecordId, Message`, and one whose provider's message file is missing.
EVENTS = """\

TimeCreated  : 6/4/2024 6:02:30 PM
ProviderName : Service Control Manager
Id           : 7036
Message      : The Device Setup Manager service entered the stopped state.

TimeCreated  : 6/4/2024 5:59:19 PM
ProviderName : Microsoft-Windows-Kernel-General
Id           : 16
Message      : The access history in hive \\??\\C:\\Users\\anna\\ntuser.dat was cleared
               updating 26 keys and creating 4 modified pages.

TimeCreated  : 6/4/2024 5:58:02 PM
ProviderName : Schannel
Id           : 36887
Message      : A fatal alert was received from the remote endpoint. The TLS protocol
               defined fatal alert code is 46.

TimeCreated      : 6/4/2024 5:41:07 AM
LevelDisplayName : Error
MachineName      : FS02.corp.example.com
ProviderName     : disk
Id               : 7
RecordId         : 184467
Message          : The device, \\Device\\Harddisk2\\DR2, has a bad block.

TimeCreated  : 6/4/2024 5:40:00 AM
ProviderName : VendorAgent
Id           : 1001
Message      :

"""


def _events(tmp_path: Path, text: str, fmt: str | None = None) -> tuple[list[tuple], str]:
    """The events of `text` ingested as a Format-List dump (`fmt` forced, or detected), and
    the format the ingest read it with; no line rejected."""
    log = tmp_path / "events.txt"
    log.write_text(text)
    old = datetime.now().timestamp() - 3600  # written long ago: nothing held for a later read
    os.utime(log, (old, old))
    db = tmp_path / "store.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions(format=fmt))
    assert summary.rejected == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT line, timestamp, level, service, host, message, attributes"
            " FROM events ORDER BY line"
        ).fetchall()
    events = [(*row[:-1], orjson.loads(row[-1]) if row[-1] else {}) for row in rows]
    return events, summary.sources[0].format


def test_each_record_is_one_event_with_its_fields(tmp_path):
    events, fmt = _events(tmp_path, EVENTS)
    assert fmt == "winevent"
    assert [e[:5] for e in events] == [
        (2, datetime(2024, 6, 4, 18, 2, 30), None, "Service Control Manager", None),
        (7, datetime(2024, 6, 4, 17, 59, 19), None, "Microsoft-Windows-Kernel-General", None),
        # (A fatal alert: the level errctl infers from the words.)
        (13, datetime(2024, 6, 4, 17, 58, 2), "error", "Schannel", None),
        (19, datetime(2024, 6, 4, 5, 41, 7), "error", "disk", "FS02.corp.example.com"),
        (27, datetime(2024, 6, 4, 5, 40), None, "VendorAgent", None),
    ]
    assert [e[5] for e in events] == [
        "The Device Setup Manager service entered the stopped state.",
        # A message over lines, on one line.
        "The access history in hive \\??\\C:\\Users\\anna\\ntuser.dat was cleared updating 26 "
        "keys and creating 4 modified pages.",
        "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal "
        "alert code is 46.",
        "The device, \\Device\\Harddisk2\\DR2, has a bad block.",
        # No message: the provider and the event's id name it.
        "VendorAgent 1001",
    ]
    assert [e[6] for e in events] == [
        {"id": 7036},
        {"id": 16},
        {"id": 36887, "level_inferred": True},
        {"id": 7, "record_id": 184467},
        {"id": 1001},
    ]


def test_detected_and_named(tmp_path):
    detection = detect(EVENTS.splitlines())
    assert (detection.name, detection.formats[0]) == ("winevent", FORMAT)
    assert get_format("winevent") is FORMAT
    assert get_format("format-list") is FORMAT
    events, fmt = _events(tmp_path, EVENTS, fmt="format-list")
    assert (fmt, len(events)) == ("winevent", 5)


def test_two_statements_are_two_groups_and_one_statement_one(tmp_path):
    # Services stopping and starting: one statement, whatever the service's name; Schannel's
    # alerts another. (Every record's first line alike: the message is what groups them.)
    records = [
        ("Service Control Manager", 7036, f"The {name} service entered the {state} state.")
        for name, state in [
            ("wuauserv", "stopped"),
            ("Spooler", "stopped"),
            ("DsmSvc", "stopped"),
            ("TrustedInstaller", "stopped"),
            ("BITS", "stopped"),
        ]
    ] + [
        ("Schannel", 36887, f"A fatal alert was received. The alert code is {code}.")
        for code in (46, 40, 46)
    ]
    text = "".join(
        f"\nTimeCreated  : 6/4/2024 6:0{n}:30 PM\nProviderName : {provider}\n"
        f"Id           : {event_id}\nMessage      : {message}\n"
        for n, (provider, event_id, message) in enumerate(records)
    )
    log = tmp_path / "events.txt"
    log.write_text(text)
    db = tmp_path / "store.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        groups = con.execute("SELECT template, count FROM groups ORDER BY count DESC").fetchall()
    assert groups == [
        ("The <*> service entered the stopped state.", 5),
        ("A fatal alert was received. The alert code is <*>.", 3),
    ]


def test_lines_before_the_first_record_and_stray_lines_are_kept(tmp_path):
    # A file cut mid-record at its start: its lines are raw text, kept.
    text = (
        "               defined fatal alert code is 46.\n\n"
        "TimeCreated  : 6/4/2024 6:02:30 PM\n"
        "ProviderName : Service Control Manager\n"
        "Id           : 7036\n"
        "Message      : The BITS service entered the stopped state.\n"
    )
    events, fmt = _events(tmp_path, text, fmt="winevent")
    assert fmt == "winevent"
    assert [e[5] for e in events][-1] == "The BITS service entered the stopped state."
    assert "defined fatal alert code is 46." in events[0][5]


def test_the_level_as_a_number_is_read():
    fields, unread = FORMAT.fold(
        ParsedFields("", "6/4/2024 6:02:30 PM"),
        ["ProviderName : disk", "Level        : 2", "Id           : 7", "Message      : bad"],
    )
    assert (fields.level, fields.service, fields.message, unread) == ("error", "disk", "bad", [])
    assert fields.attributes == {"level": 2, "id": 7}


@given(st.text(max_size=60), st.lists(st.text(max_size=60), max_size=6))
def test_never_raises(text, lines):
    FORMAT.parse(text)
    FORMAT.continues(text, None)
    FORMAT.continues(text, "TimeCreated  : x")
    FORMAT.fold(ParsedFields("", "x"), lines)
