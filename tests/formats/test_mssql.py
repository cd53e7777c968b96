"""SQL Server's error log (ERRORLOG), in the UTF-16 SQL Server writes it in."""

from __future__ import annotations

import codecs
from pathlib import Path

import duckdb
import orjson

from errctl.formats.mssql import FORMAT
from errctl.formats.registry import detect
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

ERRORLOG = """\
2024-01-15 10:23:45.67 Server      Microsoft SQL Server 2019 (RTM-CU22) (KB5027702) - 15.0.4322.2 (X64)
\tJul 27 2023 18:11:00
\tCopyright (C) 2019 Microsoft Corporation
2024-01-15 10:23:45.67 Server      UTC adjustment: 0:00
2024-01-15 10:23:47.12 spid12s     Starting up database 'master'.
2024-01-15 10:24:01.33 Logon       Error: 18456, Severity: 14, State: 8.
2024-01-15 10:24:01.33 Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.0.5]
2024-01-15 10:24:09.51 Logon       Error: 18456, Severity: 14, State: 8.
2024-01-15 10:24:09.51 Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.0.9]
2024-01-15 10:25:13.90 spid51      Error: 1205, Severity: 13, State: 51.
2024-01-15 10:25:13.90 spid51      Transaction (Process ID 51) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.
2024-01-15 10:26:00.02 spid7s      Error: 9002, Severity: 17, State: 2.
2024-01-15 10:26:00.02 spid7s      The transaction log for database 'shop' is full due to 'LOG_BACKUP'.
2024-01-15 10:27:30.00 spid58      Error: 823, Severity: 24, State: 2.
2024-01-15 10:27:30.00 spid58      The operating system returned error 21 to SQL Server during a read at offset 0x00000000010000 in file 'D:\\data\\shop.mdf'.
"""  # noqa: E501


def test_header():
    f = FORMAT.parse("2024-01-15 10:23:47.12 spid12s     Starting up database 'master'.")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-01-15 10:23:47.12",
        None,
        None,
        "Starting up database 'master'.",
        {"spid": "spid12s"},
    )
    f = FORMAT.parse("2024-01-15 10:24:01.33 Logon       Error: 18456, Severity: 14, State: 8.")
    assert (f.level, f.logger, f.message) == ("error", "Logon", "")
    assert f.attributes == {"error": 18456, "severity": 14, "state": 8}


def test_other_logs_with_such_a_time_are_not_sql_servers():
    assert FORMAT.parse("2024-01-15 10:23:47.12 INFO starting worker") is None
    assert FORMAT.parse("2024-01-15 10:23:47.123 Server      x") is None
    assert FORMAT.parse("\tJul 27 2023 18:11:00") is None


def test_detected_before_the_generic_fallback():
    detection = detect(ERRORLOG.splitlines())
    assert detection.name == "mssql"


def test_an_error_is_one_event_with_its_text_and_level(tmp_path: Path):
    path = tmp_path / "ERRORLOG"
    path.write_bytes(codecs.BOM_UTF16_LE + ERRORLOG.replace("\n", "\r\n").encode("utf-16-le"))
    db = tmp_path / "s.duckdb"
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert summary.rejected == 0
    assert summary.sources[0].format == "mssql"
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT line, level, logger, message, attributes, template FROM events ORDER BY line"
        ).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, None, "Server"),
        (4, None, "Server"),
        (5, None, None),
        (6, "error", "Logon"),
        (8, "error", "Logon"),
        (10, "error", None),
        (12, "error", None),
        (14, "critical", None),
    ]
    assert rows[0][3].endswith("\n\tCopyright (C) 2019 Microsoft Corporation")
    login = rows[3]
    assert login[3].startswith("Login failed for user 'sa'. Reason: Password did not match")
    assert orjson.loads(login[4]) == {"error": 18456, "severity": 14, "state": 8}
    assert orjson.loads(rows[5][4])["spid"] == "spid51"
    # The two failed logins, from two clients, are one problem.
    assert rows[3][5] == rows[4][5]
    assert "<*>" in rows[3][5]


def test_text_of_another_source_or_time_is_its_own_event(tmp_path: Path):
    text = (
        "2024-01-15 10:24:01.33 Logon       Error: 18456, Severity: 14, State: 8.\n"
        "2024-01-15 10:24:01.33 spid51      Starting up database 'shop'.\n"
        "2024-01-15 10:24:01.34 Logon       Login failed for user 'sa'.\n"
    )
    assert FORMAT.continues(text.splitlines()[1], text.splitlines()[0]) is None
    assert FORMAT.continues(text.splitlines()[2], text.splitlines()[0]) is None
    same = "2024-01-15 10:24:01.33 Logon       Login failed for user 'sa'."
    assert FORMAT.continues(same, text.splitlines()[0]) == "Login failed for user 'sa'."
    assert FORMAT.continues(same, same) is None  # only an error's header takes its text
