"""IBM Db2's db2diag.log: a record (a header, its field lines, a blank line) is one event."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from errctl.formats.db2diag import FORMAT
from errctl.formats.registry import detect, get_format
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import ParsedFields
from errctl.store.duckdb_store import DuckDBStore

# Five records as Db2 11.5 writes them: an instance stopping, a table space full (a MESSAGE
# over three lines), a log write failing (RETCODE, a payload with a blank line and lines that
# read as other logs' or as a field, a call stack), an STMM change, an OS error.
DIAGLOG = """\
2024-03-05-09.15.42.118734-300 E2911E512            LEVEL: Event
PID     : 41822                TID : 139870212912896 PROC : db2sysc 0
INSTANCE: db2prod              NODE : 000
HOSTNAME: dbhost07
EDUID   : 1                    EDUNAME: db2sysc 0
FUNCTION: DB2 UDB, base sys utilities, sqeSysController::processV1StopRequest, probe:2
STOP    : DB2 DBM
DATA #1 : String, 17 bytes
db2stop requested

2024-03-05-09.17.03.551029-300 I3424E861            LEVEL: Error
PID     : 41822                TID : 139869981124352 PROC : db2sysc 0
INSTANCE: db2prod              NODE : 000          DB   : ORDERS
APPHDL  : 0-5521               APPID: 10.4.2.17.51734.240305141700
AUTHID  : ORDAPP               HOSTNAME: dbhost07
EDUID   : 143                  EDUNAME: db2agent (ORDERS) 0
FUNCTION: DB2 UDB, buffer pool services, sqlbExtendTablespace, probe:3001
MESSAGE : ADM6017E  The table space "TS_ORDERS" (ID "5") is full. Detected on
          container "/db2/data/orders/c0" (ID "0"). The underlying file system is
          full or the maximum allowed space usage for the file system has been reached.

2024-03-05-15.20.11.000417+060 I4286E1190           LEVEL: Severe
PID     : 41822                TID : 139869981124352 PROC : db2sysc 0
INSTANCE: db2prod              NODE : 000          DB   : ORDERS
APPHDL  : 0-5521               APPID: 10.4.2.17.51734.240305141700
AUTHID  : ORDAPP               HOSTNAME: dbhost07
EDUID   : 143                  EDUNAME: db2agent (ORDERS) 0
FUNCTION: DB2 UDB, data protection services, sqlpgWriteToDisk, probe:1440
RETCODE : ZRC=0x850F0005=-2062614523=SQLO_DISK "Disk full."
          DIA8312C Disk was full.
DATA #1 : <preformatted>
Write failed for log file S0004417.LOG
2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full

WARNING : retry scheduled
CALLSTCK: (Static functions may not be resolved correctly, as they are resolved to the nearest symbol)
  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5
  [1] 0x00007F2A0F8A2B17 sqlpgWriteToDisk + 0x6A7

2024-03-05-14.25.00.731200+000 I5477E598            LEVEL: Warning
PID     : 41822                TID : 139870011532032 PROC : db2sysc 0
INSTANCE: db2prod              NODE : 000          DB   : ORDERS
HOSTNAME: dbhost07
EDUID   : 52                   EDUNAME: db2stmm (ORDERS) 0
FUNCTION: DB2 UDB, config/install, sqlfLogUpdateCfgParam, probe:20
CHANGE  : STMM CFG DB ORDERS: "Sortheap" From: "2048" <automatic> To: "4096" <automatic>

2024-03-05-14.26.19.004000+000 I6076E640            LEVEL: Error (OS)
PID     : 41822                TID : 139869990565632 PROC : db2sysc 0
INSTANCE: db2prod              NODE : 000
HOSTNAME: dbhost07
EDUID   : 18                   EDUNAME: db2tcpcm 0
FUNCTION: DB2 UDB, oper system services, sqloopenp, probe:80
MESSAGE : ZRC=0x870F0002=-2029060094=SQLO_ACCD "Access Denied"
          DIA8701C Access denied for resource "/db2/backup/ORDERS.0", operating system
          return code was "13".
CALLED  : OS, -, open
OSERR   : EACCES (13) "Permission denied"
"""  # noqa: E501

_COLUMNS = "line, timestamp, level, service, host, logger, message, attributes"


def _events(tmp_path: Path, text: str, fmt: str | None = None) -> tuple[list[tuple], str]:
    """The events of `text` ingested as a db2diag.log (`fmt` forced, or detected), and the
    format the ingest read it with; no line rejected."""
    log = tmp_path / "db2diag.log"
    log.write_text(text)
    old = datetime.now().timestamp() - 3600  # written long ago: nothing held for a later read
    os.utime(log, (old, old))
    db = tmp_path / "store.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions(format=fmt))
    assert summary.rejected == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(f"SELECT {_COLUMNS} FROM events ORDER BY line").fetchall()
    events = [(*row[:-1], orjson.loads(row[-1]) if row[-1] else {}) for row in rows]
    return events, summary.sources[0].format


@pytest.mark.parametrize(
    ("line", "when", "level"),
    [
        (
            "2024-03-05-09.15.42.118734-300 E2911E512            LEVEL: Event",
            datetime(2024, 3, 5, 9, 15, 42, 118734, timezone(timedelta(hours=-5))),
            "info",
        ),
        (
            "2024-03-05-15.20.11.000417+060 I4286E1190           LEVEL: Severe",
            datetime(2024, 3, 5, 15, 20, 11, 417, timezone(timedelta(hours=1))),
            "critical",
        ),
        (
            "2024-03-05-19.50.00.000000+330 I1E300  LEVEL: Critical",
            datetime(2024, 3, 5, 19, 50, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "critical",
        ),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Warning", None, "warning"),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Info", None, "info"),
        ("2024-03-05-14.25.00.731200+000 I5477E598 LEVEL: Error", None, "error"),
    ],
)
def test_header(line, when, level):
    f = FORMAT.parse(line)
    assert f is not None
    assert f.level == level
    assert f.message == ""  # the record's fields name it (`fold`)
    assert f.timestamp.utcoffset() is not None
    if when is not None:
        assert f.timestamp == when
    assert f.attributes["record_id"] == line.split()[1]


def test_the_os_qualifier_of_a_level_is_kept():
    f = FORMAT.parse("2024-03-05-14.26.19.004000+000 I6076E640            LEVEL: Error (OS)")
    assert (f.level, f.attributes) == ("error", {"record_id": "I6076E640", "level_qualifier": "OS"})


@pytest.mark.parametrize(
    "line",
    [
        "PID     : 41822                TID : 139870212912896 PROC : db2sysc 0",
        "FUNCTION: DB2 UDB, buffer pool services, sqlbExtendTablespace, probe:3001",
        "2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full",
        "2024-03-05-15.20.11.000417 written by a script",  # a Db2 time in a payload's text
        "2024-03-05T15:20:11.000417+01:00 I4286E1190 LEVEL: Severe",
        "  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_the_records_lines_continue_it_up_to_the_next_header():
    header = "2024-03-05-09.15.42.118734-300 E2911E512            LEVEL: Event"
    for line in [
        "PID     : 41822                TID : 139870212912896 PROC : db2sysc 0",
        "db2stop requested",
        "2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full",
        "  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5",
    ]:
        assert FORMAT.continues(line, header) == line
    following = "2024-03-05-09.15.43.000001-300 I3424E861  LEVEL: Error"
    assert FORMAT.continues(following, header) is None
    # With no record open (detection), only Db2's own field lines are a record's.
    assert FORMAT.continues("INSTANCE: db2prod              NODE : 000", None) is not None
    assert FORMAT.continues("DATA #12: String, 3 bytes", None) is not None
    assert FORMAT.continues("db2stop requested", None) is None
    assert FORMAT.continues("WARNING : retry scheduled", None) is None


def test_each_record_is_one_event_with_its_fields(tmp_path):
    events, fmt = _events(tmp_path, DIAGLOG)
    assert fmt == "db2diag"
    # Every record's host and service (none: the source's) alike.
    assert {(e[3], e[4]) for e in events} == {(None, "dbhost07")}
    assert [(e[0], e[1], e[2], e[5]) for e in events] == [
        (1, datetime(2024, 3, 5, 14, 15, 42, 118734), "info", "base sys utilities"),
        (11, datetime(2024, 3, 5, 14, 17, 3, 551029), "error", "buffer pool services"),
        (22, datetime(2024, 3, 5, 14, 20, 11, 417), "critical", "data protection services"),
        (40, datetime(2024, 3, 5, 14, 25, 0, 731200), "warning", "config/install"),
        (48, datetime(2024, 3, 5, 14, 26, 19, 4000), "error", "oper system services"),
    ]
    assert [e[6] for e in events] == [
        "base sys utilities, sqeSysController::processV1StopRequest, probe:2 STOP: DB2 DBM",
        "buffer pool services, sqlbExtendTablespace, probe:3001 MESSAGE: ADM6017E  The table space"
        ' "TS_ORDERS" (ID "5") is full. Detected on container "/db2/data/orders/c0" (ID "0"). The'
        " underlying file system is full or the maximum allowed space usage for the file system"
        " has been reached.",
        "data protection services, sqlpgWriteToDisk, probe:1440 RETCODE: ZRC=0x850F0005=-2062614523"
        '=SQLO_DISK "Disk full." DIA8312C Disk was full.',
        'config/install, sqlfLogUpdateCfgParam, probe:20 CHANGE: STMM CFG DB ORDERS: "Sortheap"'
        ' From: "2048" <automatic> To: "4096" <automatic>',
        "oper system services, sqloopenp, probe:80 MESSAGE: ZRC=0x870F0002=-2029060094=SQLO_ACCD"
        ' "Access Denied" DIA8701C Access denied for resource "/db2/backup/ORDERS.0", operating'
        ' system return code was "13".',
    ]
    first, full, failed, _change, os_error = (e[7] for e in events)
    assert first == {
        "record_id": "E2911E512",
        "pid": 41822,
        "tid": 139870212912896,
        "proc": "db2sysc 0",
        "instance": "db2prod",
        "node": "000",
        "eduid": 1,
        "eduname": "db2sysc 0",
        "product": "DB2 UDB",
        "function": "sqeSysController::processV1StopRequest",
        "probe": 2,
        "data_1_type": "String, 17 bytes",
        "data_1": "db2stop requested",
    }
    assert {k: full[k] for k in ("db", "apphdl", "appid", "authid", "eduname", "message_id")} == {
        "db": "ORDERS",
        "apphdl": "0-5521",
        "appid": "10.4.2.17.51734.240305141700",
        "authid": "ORDAPP",
        "eduname": "db2agent (ORDERS) 0",
        "message_id": "ADM6017E",
    }
    # A payload keeps its lines as written, its blank line and the lines that read as another
    # log's or as a field among them; the blank line after the record is no one's.
    assert failed["data_1_type"] == "<preformatted>"
    assert failed["data_1"] == (
        "Write failed for log file S0004417.LOG\n"
        "2024-03-05 15:20:11 ERROR disk /db2/logs is 100% full\n"
        "\n"
        "WARNING : retry scheduled"
    )
    assert failed["callstck"].splitlines()[1:] == [
        "  [0] 0x00007F2A11C3D0E5 pdLog + 0x3E5",
        "  [1] 0x00007F2A0F8A2B17 sqlpgWriteToDisk + 0x6A7",
    ]
    assert failed["retcode"].startswith("ZRC=0x850F0005")
    assert (os_error["level_qualifier"], os_error["called"], os_error["oserr"]) == (
        "OS",
        "OS, -, open",
        'EACCES (13) "Permission denied"',
    )


def test_detected_and_named(tmp_path):
    detection = detect(DIAGLOG.splitlines())
    # (generic after it, for the payload's line in another log's layout)
    assert (detection.name, detection.formats[0]) == ("db2diag", FORMAT)
    assert "db2diag" in detection.reason
    assert get_format("db2diag") is FORMAT
    assert get_format("db2") is FORMAT
    events, fmt = _events(tmp_path, DIAGLOG, fmt="db2")
    assert (fmt, len(events)) == ("db2diag", 5)


# A file cut mid-record at its start, a record with its identity lines lost, a header cut
# short with the next record right under it, a header cut after `LEVEL:`, a record with a line
# above its fields, a record of a header alone.
DAMAGED = """\
          full or the maximum allowed space usage for the file system has been reached.
OSERR   : EACCES (13) "Permission denied"

2024-03-05-14.30.02.118734+000 I7012E310            LEVEL: Warning
FUNCTION: DB2 UDB, common communication, sqlcctcprecv, probe:30
MESSAGE : DIA3202C The TCP/IP call "recv" returned an errno="104".

2024-03-05-14.31.07.5
2024-03-05-14.31.07.662913+000 I7322E420            LEVEL:
PID     : 41822                TID : 139869990565632 PROC : db2sysc 0
garbled text ### written over
FUNCTION: DB2 UDB, common communication, sqlcctcpsend, probe:30

2024-03-05-14.32.00.000001+000 I7742E90             LEVEL: Error
?? no field at all
2024-03-05-14.33.00.000001+000 I7832E90             LEVEL: Info

2024-03-05-14.34.00.000001+000 I7922E420            LEVEL: Info
HOSTNAME: dbhost07
AUTHID  :                      HOSTNAME: dbhost08
FUNCTION: odd function text
MESSAGE : first
MESSAGE : second
"""


def test_a_damaged_record_is_read_as_far_as_it_goes_and_loses_no_line(tmp_path):
    events, fmt = _events(tmp_path, DAMAGED)
    assert fmt == "db2diag"
    by_line = {e[0]: e for e in events}
    assert sorted(by_line) == [1, 2, 4, 8, 9, 14, 16, 18]
    # The lines before the first header: raw text, kept.
    assert "full or the maximum allowed space" in by_line[1][6]
    assert by_line[2][6] == 'OSERR   : EACCES (13) "Permission denied"'
    # No identity lines: no host, no pid, yet the statement and time.
    _, when, level, _, host, logger, message, attrs = by_line[4]
    assert (when, level, host, logger) == (
        datetime(2024, 3, 5, 14, 30, 2, 118734),
        "warning",
        None,
        "common communication",
    )
    assert message.endswith('MESSAGE: DIA3202C The TCP/IP call "recv" returned an errno="104".')
    assert "pid" not in attrs
    # A header cut in its fraction: the time it has (no offset: read in the source's zone).
    assert by_line[8][1:3] == (datetime(2024, 3, 5, 14, 31, 7, 500000), None)
    # `LEVEL:` with no word: no level; the line above the fields goes on the message.
    _, when, level, _, _, _, message, attrs = by_line[9]
    assert (when, level, attrs["pid"]) == (datetime(2024, 3, 5, 14, 31, 7, 662913), None, 41822)
    assert "garbled text ### written over" in message
    assert "sqlcctcpsend" in message
    assert "?? no field at all" in by_line[14][6]
    assert by_line[16][2] == "info"
    # A field written twice: the first is the host, the message says both MESSAGEs.
    _, _, _, _, host, logger, message, attrs = by_line[18]
    assert (host, logger, attrs["function"]) == ("dbhost07", None, "odd function text")
    assert message == "odd function text MESSAGE: first MESSAGE: second"
    assert attrs["hostname"] == "dbhost08"


def test_fold_of_lines_under_no_field_keeps_them():
    fields = ParsedFields("", None, "error")
    assert FORMAT.fold(fields, ["plain text", "more"]) == (fields, ["plain text", "more"])
    folded, rest = FORMAT.fold(fields, ["lost line", "MESSAGE : said"])
    assert (folded.message, rest) == ("MESSAGE: said", ["lost line"])


_FIELD_LINES = st.sampled_from(
    [
        "PID     : ",
        "INSTANCE: ",
        "AUTHID  : ",
        "FUNCTION: ",
        "MESSAGE : ",
        "DATA #1 : ",
        "CALLSTCK: ",
        "RETCODE : ",
        "          ",
        "",
    ]
)


@given(st.text(max_size=200), st.lists(st.tuples(_FIELD_LINES, st.text(max_size=60)), max_size=12))
@example(text="", lines=[("PID     : ", "\u00b9")])  # a superscript one, `isdigit` yet no int
def test_never_raises(text, lines):
    header = "2024-03-05-14.25.00.731200+000 I5477E598            LEVEL: Warning"
    for line in (text, "2024-03-05-14.25.00." + text, header[:31] + text, header + text):
        fields = FORMAT.parse(line)
        FORMAT.continues(line, None)
        FORMAT.continues(line, header)
        if fields is not None:
            assert isinstance(fields.message, str)
    continuation = [key + value for key, value in lines]
    folded, rest = FORMAT.fold(ParsedFields("", datetime(2024, 3, 5, tzinfo=UTC)), continuation)
    assert isinstance(folded.message, str) and isinstance(rest, list)
