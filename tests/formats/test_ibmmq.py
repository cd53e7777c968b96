"""IBM MQ's error logs (AMQERR01.LOG): a record (a header, its `Name(value)` lines, the
message, EXPLANATION, ACTION, the rule) is one event, named by its message alone."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.ibmmq import FORMAT
from errctl.formats.registry import detect, get_format
from errctl.models import ParsedFields
from tests.ingest.stored import stored_events

_PAD = " " * 20
# Five records as IBM MQ 9.3 writes them on a queue manager in UTC+2: a send error, the same
# message of another channel wrapped at another column, a severe internal error, a warning
# (no insert lines), a pub/sub daemon starting. A paragraph's line reads as another log's.
AMQERR = f"""\
06/11/2024 09:14:02 PM - Process(2231.7) User(mqm) Program(amqrmppa)
{_PAD}Host(mqhost2) Installation(Installation1)
{_PAD}VRMF(9.3.0.10) QMgr(PAYQM)
{_PAD}Time(2024-06-11T19:14:02.417Z)
{_PAD}RemoteHost(10.20.1.5)
{_PAD}ArithInsert1(32)
{_PAD}CommentInsert1(gw02.example.net (10.20.1.5))
{_PAD}CommentInsert2(TCP/IP)
{_PAD}CommentInsert3(PAY.TO.GW02)
{" " * 19}
AMQ9206E: Error sending data to host 'gw02.example.net (10.20.1.5)' for channel
'PAY.TO.GW02'.

EXPLANATION:
An error occurred sending data over TCP/IP to 'gw02.example.net (10.20.1.5)'.
This may be due to a communications failure.

2024-06-11 19:14:02 ERROR written by the network team's script
ACTION:
The return code from the TCP/IP send() call was 32 (X'20'). Record these
values and tell your systems administrator.
----- amqccita.c : 3913 --------------------------------------------------------
06/11/2024 09:15:40 PM - Process(2231.9) User(mqm) Program(amqrmppa)
{_PAD}Host(mqhost2) Installation(Installation1)
{_PAD}VRMF(9.3.0.10) QMgr(PAYQM)
{_PAD}Time(2024-06-11T19:15:40.002Z)
{_PAD}CommentInsert1(db.example.net (10.20.7.19))
{_PAD}CommentInsert3(PAY.TO.DB)
{" " * 19}
AMQ9206E: Error sending data to host 'db.example.net (10.20.7.19)' for
channel 'PAY.TO.DB'.

EXPLANATION:
An error occurred sending data over TCP/IP to 'db.example.net (10.20.7.19)'.
ACTION:
Record these values and tell your systems administrator.
----- amqccita.c : 3913 --------------------------------------------------------
06/11/2024 09:20:00 PM - Process(1988.1) User(mqm) Program(amqzxma0)
{_PAD}Host(mqhost2) Installation(Installation1)
{_PAD}VRMF(9.3.0.10) QMgr(PAYQM)
{_PAD}Time(2024-06-11T19:20:00.551Z)
{_PAD}ArithInsert1(28)
{_PAD}CommentInsert1(No space left on device)
{" " * 19}
AMQ6119S: An internal IBM MQ error has occurred (No space left on device).

EXPLANATION:
An error has been detected, and the MQ error recording routine has been called.
ACTION:
Use the standard facilities supplied with your system to record the problem
identifier.
----- amqxfdcx.c : 1021 --------------------------------------------------------
06/11/2024 09:20:01 PM - Process(1988.1) User(mqm) Program(amqzxma0)
{_PAD}Host(mqhost2) Installation(Installation1)
{_PAD}VRMF(9.3.0.10) QMgr(PAYQM)
{_PAD}Time(2024-06-11T19:20:01.004Z)
{" " * 19}
AMQ6184W: An internal IBM MQ error has occurred on queue manager PAYQM.

EXPLANATION:
An error has been detected, and the MQ error recording routine has been called.
ACTION:
Use the standard facilities supplied with your system to record the problem.
----- amqxfdcx.c : 1043 --------------------------------------------------------
06/11/2024 09:21:12 PM - Process(2410.1) User(mqm) Program(amqfqpub)
{_PAD}Host(mqhost2) Installation(Installation1)
{_PAD}VRMF(9.3.0.10) QMgr(PAYQM)
{_PAD}Time(2024-06-11T19:21:12.880Z)
{_PAD}CommentInsert1(PAYQM)
{" " * 19}
AMQ5806I: Queued Publish/Subscribe Daemon started for queue manager PAYQM.

EXPLANATION:
The Queued Publish/Subscribe Daemon has started for queue manager PAYQM.
ACTION:
None.
----- amqfqpub.c : 1164 --------------------------------------------------------
"""

_COLUMNS = "line, timestamp, level, host, logger, message, template, attributes, format"


def _events(tmp_path, text):
    rows = stored_events(tmp_path, text, _COLUMNS)
    return [(*row[:7], orjson.loads(row[7]) if row[7] else {}, row[8]) for row in rows]


def test_header():
    f = FORMAT.parse("06/11/2024 09:14:02 PM - Process(2231.7) User(mqm) Program(amqrmppa)")
    assert f is not None
    assert (f.message, f.timestamp, f.level) == ("", "06/11/2024 09:14:02 PM", None)
    assert f.attributes == {
        "process": "2231.7",
        "user": "mqm",
        "program": "amqrmppa",
        "pid": 2231,
        "thread": 7,
    }
    # A locale's other layout (24-hour, ISO date), on Windows.
    f = FORMAT.parse(
        "2024-06-11 21:14:02 - Process(6012.3) User(MUSR_MQADMIN) Program(amqrmppa.exe)"
    )
    assert (f.timestamp, f.attributes["program"]) == ("2024-06-11 21:14:02", "amqrmppa.exe")


def test_rejects():
    for line in [
        f"{_PAD}Host(mqhost2) Installation(Installation1)",
        "AMQ9206E: Error sending data to host 'gw02.example.net (10.20.1.5)' for channel",
        "----- amqccita.c : 3913 --------------------------------------------------------",
        "EXPLANATION:",
        "2024-06-11 19:14:02 ERROR written by the network team's script",
        "06/11/2024 09:14:02 PM - Process started by cron",
        "Process(2231.7) User(mqm) Program(amqrmppa)",
        "",
    ]:
        assert FORMAT.parse(line) is None


def test_a_records_lines_continue_it_up_to_the_next_header():
    header, *lines = AMQERR.splitlines()
    for line in lines[:21]:
        assert FORMAT.continues(line, header) == line
    assert FORMAT.continues(lines[21], header) is None  # the next record's header
    # With no record open (detection), only what a record alone holds unindented.
    claimed = [line for line in lines[:21] if FORMAT.continues(line, None) is not None]
    assert claimed == [
        "AMQ9206E: Error sending data to host 'gw02.example.net (10.20.1.5)' for channel",
        "EXPLANATION:",
        "ACTION:",
        "----- amqccita.c : 3913 --------------------------------------------------------",
    ]


def test_each_record_is_one_event_named_by_its_message(tmp_path):
    """Read by generic, a record was one event named by its header's `Process(...) User(...)
    Program(...)`, its insert lines and its EXPLANATION: a message wrapped at another column,
    or with other inserts, was another template. Each record is one event at its UTC time,
    its level its message id's, its message the AMQ text on one line."""
    assert detect(AMQERR.splitlines()).name == "ibmmq"
    events = _events(tmp_path, AMQERR)
    assert {e[8] for e in events} == {"ibmmq"}
    assert {(e[3], e[4]) for e in events} == {("mqhost2", None)}
    assert [(e[0], e[1], e[2]) for e in events] == [
        (1, datetime(2024, 6, 11, 19, 14, 2, 417000), "error"),
        (23, datetime(2024, 6, 11, 19, 15, 40, 2000), "error"),
        (38, datetime(2024, 6, 11, 19, 20, 0, 551000), "critical"),
        (53, datetime(2024, 6, 11, 19, 20, 1, 4000), "warning"),
        (65, datetime(2024, 6, 11, 19, 21, 12, 880000), "info"),
    ]
    assert [e[5] for e in events] == [
        "AMQ9206E: Error sending data to host 'gw02.example.net (10.20.1.5)' for channel"
        " 'PAY.TO.GW02'.",
        "AMQ9206E: Error sending data to host 'db.example.net (10.20.7.19)' for channel"
        " 'PAY.TO.DB'.",
        "AMQ6119S: An internal IBM MQ error has occurred (No space left on device).",
        "AMQ6184W: An internal IBM MQ error has occurred on queue manager PAYQM.",
        "AMQ5806I: Queued Publish/Subscribe Daemon started for queue manager PAYQM.",
    ]
    # One statement wrapped at two columns, with other inserts: one template.
    assert events[0][6] == events[1][6]
    attrs = events[0][7]
    assert {k: attrs[k] for k in attrs if k not in ("explanation", "action")} == {
        "process": "2231.7",
        "user": "mqm",
        "program": "amqrmppa",
        "pid": 2231,
        "thread": 7,
        "installation": "Installation1",
        "vrmf": "9.3.0.10",
        "qmgr": "PAYQM",
        "remotehost": "10.20.1.5",
        "arithinsert1": "32",
        "commentinsert1": "gw02.example.net (10.20.1.5)",
        "commentinsert2": "TCP/IP",
        "commentinsert3": "PAY.TO.GW02",
        "message_id": "AMQ9206E",
        "source_file": "amqccita.c",
        "source_line": 3913,
    }
    assert attrs["explanation"] == (
        "An error occurred sending data over TCP/IP to 'gw02.example.net (10.20.1.5)'. This may"
        " be due to a communications failure.\n2024-06-11 19:14:02 ERROR written by the network"
        " team's script"
    )
    assert attrs["action"] == (
        "The return code from the TCP/IP send() call was 32 (X'20'). Record these values and"
        " tell your systems administrator."
    )
    assert get_format("ibmmq") is FORMAT


# A record with no blank line before its message and no Time() field (the header's time is
# read in the source's zone), a line after its rule, a record of its header alone, a record
# with a field written twice and an id whose letter is no severity.
DAMAGED = f"""\
06/11/2024 09:30:00 PM - Process(2231.7) User(mqm) Program(amqrmppa)
{_PAD}Host(mqhost2) Installation(Installation1)
AMQ9002I: Channel 'PAY.TO.GW02' is
starting.
----- amqrmrsa.c : 468 ---------------------------------------------------------
stray text
06/11/2024 09:31:00 PM - Process(2231.8) User(mqm) Program(amqrmppa)
06/11/2024 09:32:00 PM - Process(2231.9) User(mqm) Program(amqrmppa)
{_PAD}CommentInsert1(A) CommentInsert1(B)
{" " * 19}
AMQ9999X: Something else.
"""


def test_a_damaged_record_keeps_every_line(tmp_path):
    events = _events(tmp_path, DAMAGED)
    assert [(e[0], e[1], e[2]) for e in events] == [
        (1, datetime(2024, 6, 11, 21, 30), "info"),
        (7, datetime(2024, 6, 11, 21, 31), None),
        (8, datetime(2024, 6, 11, 21, 32), None),
    ]
    assert events[0][3] == "mqhost2"
    assert events[0][5] == "AMQ9002I: Channel 'PAY.TO.GW02' is starting.\nstray text"
    assert events[0][7]["source_line"] == 468
    assert events[2][5] == "AMQ9999X: Something else."
    assert (events[2][7]["commentinsert1"], events[2][7]["commentinsert1_2"]) == ("A", "B")


def test_fold_of_a_header_alone_and_of_text_under_no_field():
    fields = ParsedFields("", "06/11/2024 09:31:00 PM", attributes={"user": "mqm"})
    folded, rest = FORMAT.fold(fields, ["", "plain text"])
    assert (folded.message, folded.level, rest) == ("plain text", None, [])


_LINES = st.sampled_from(
    [
        f"{_PAD}Host(",
        f"{_PAD}Time(",
        f"{_PAD}CommentInsert1(",
        "AMQ9206E: ",
        "EXPLANATION:",
        "ACTION:",
        "----- a.c : ",
        "",
    ]
)


@given(st.text(max_size=200), st.lists(st.tuples(_LINES, st.text(max_size=60)), max_size=12))
def test_never_raises(text, lines):
    header = "06/11/2024 09:14:02 PM - Process(2231.7) User(mqm) Program(amqrmppa)"
    for line in (text, header[:25] + text, header + text, "06/11/2024 09:14:02 PM - " + text):
        fields = FORMAT.parse(line)
        FORMAT.continues(line, None)
        FORMAT.continues(line, header)
        if fields is not None:
            assert isinstance(fields.message, str)
    continuation = [key + value for key, value in lines]
    folded, rest = FORMAT.fold(ParsedFields("", datetime(2024, 6, 11, tzinfo=UTC)), continuation)
    assert isinstance(folded.message, str) and isinstance(rest, list)
