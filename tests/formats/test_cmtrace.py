"""CMTrace's records (Configuration Manager's and Intune's client logs): the message between
`<![LOG[` and `]LOG]!>`, over lines or not, the fields after it: time with its bias, date,
component, type, thread, file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.cmtrace import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

# Three of AppEnforce.log's records (an enforcement's environment over lines), one of a
# script's with its own bias and no file, a warning and an error.
APP_ENFORCE = (
    '<![LOG[+++ Starting Install enforcement for App DT "7-Zip 23.01 (x64)" Revision - 2]LOG]!>'
    '<time="08:00:45.272+000" date="06-07-2024" component="AppEnforce" context="" type="1"'
    ' thread="8836" file="appexcnlib.cpp:1889">\n'
    "<![LOG[    App enforcement environment: \n"
    "\tContext: Machine\n"
    '\tCommand line: msiexec /i "7z2301-x64.msi" /qn]LOG]!><time="08:00:46.301+000"'
    ' date="06-07-2024" component="AppEnforce" context="" type="1" thread="8836"'
    ' file="appcontext.cpp:85">\n'
    '<![LOG[    Process 5124 terminated with exitcode: 1603]LOG]!><time="8:01:12.7+300"'
    ' date="6-7-2024" component="AppEnforce" context="" type="2" thread="8836"'
    ' file="scripthandler.cpp:502">\n'
    '<![LOG[Install failed]LOG]!><time="08:01:13.000-060" date="06-07-2024"'
    ' component="Deploy-Application" context="NT AUTHORITY\\SYSTEM" type="3" thread="1">\n'
)


def test_each_record_is_one_event_with_its_fields(tmp_path: Path):
    events = stored_events(
        tmp_path,
        APP_ENFORCE,
        "line, strftime(timestamp, '%Y-%m-%d %H:%M:%S.%f'), level, logger, message,"
        " CAST(json_extract(attributes, '$.thread') AS INTEGER),"
        " json_extract_string(attributes, '$.file'),"
        " json_extract_string(attributes, '$.context'), format",
    )
    assert events == [
        (
            1,
            "2024-06-07 08:00:45.272000",
            "info",
            "AppEnforce",
            '+++ Starting Install enforcement for App DT "7-Zip 23.01 (x64)" Revision - 2',
            8836,
            "appexcnlib.cpp:1889",
            None,
            "cmtrace",
        ),
        (
            2,
            "2024-06-07 08:00:46.301000",
            "info",
            "AppEnforce",
            "    App enforcement environment: \n\tContext: Machine\n\tCommand line: msiexec /i"
            ' "7z2301-x64.msi" /qn',
            8836,
            "appcontext.cpp:85",
            None,
            "cmtrace",
        ),
        # The bias is what the local time plus gives UTC (Windows' sign, the offset's opposite).
        (
            5,
            "2024-06-07 13:01:12.700000",
            "warning",
            "AppEnforce",
            "    Process 5124 terminated with exitcode: 1603",
            8836,
            "scripthandler.cpp:502",
            None,
            "cmtrace",
        ),
        (
            6,
            "2024-06-07 07:01:13.000000",
            "error",
            "Deploy-Application",
            "Install failed",
            1,
            None,
            "NT AUTHORITY\\SYSTEM",
            "cmtrace",
        ),
    ]


def test_detected_by_its_records():
    assert detect(APP_ENFORCE.splitlines()).name == "cmtrace"


def test_a_record_never_closed_keeps_its_lines():
    """A file cut while a record was written: its lines stay its message, with no time."""
    fields = FORMAT.parse("<![LOG[Exit code table:")
    assert (fields.message, fields.timestamp) == ("Exit code table:", None)
    assert FORMAT.continues("  0 Success", "<![LOG[Exit code table:") == "  0 Success"
    folded, rest = FORMAT.fold(fields, ["  0 Success", "  3010 SoftReboot"])
    assert (folded, rest) == (fields, ["  0 Success", "  3010 SoftReboot"])
    # The next record opens an event of its own, and a closed record takes no more lines.
    assert FORMAT.continues("<![LOG[x]LOG]!><time=...>", "<![LOG[Exit code table:") is None
    closed = '<![LOG[done]LOG]!><time="08:00:45.272+000" date="06-07-2024" type="1">'
    assert FORMAT.continues("stray", closed) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse("<![LOG[" + text)
    FORMAT.parse(text)
