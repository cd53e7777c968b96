"""CSV logs: PostgreSQL's csvlog by its fixed columns, and files whose header row names them."""

from __future__ import annotations

import pytest

from errctl.formats.csvfile import FORMAT, from_sample, header, joined_records
from errctl.formats.registry import detect

# PostgreSQL 16's csvlog (26 columns): an ERROR with its DETAIL and HINT.
PG16_ERROR = (
    '2026-03-02 09:14:07.512 UTC,"billing","shop",20417,"10.2.0.14:51822",65e2eb1f.4fc1,7,'
    '"INSERT",2026-03-02 09:10:55 UTC,12/3301,88123,ERROR,23503,'
    '"insert or update on table ""invoices"" violates foreign key constraint ""inv_cust_fk""",'
    '"Key (customer_id)=(991) is not present in table ""customers"".",'
    '"Check that the customer exists first.",,,,'
    '"INSERT INTO invoices (customer_id, total) VALUES (991, 12.50)",,'
    ',"invoicer","client backend",,4410928837160112398'
)
# PostgreSQL 13 (24 columns, backend_type last): a checkpoint, no session user.
PG13_LOG = (
    "2025-10-11 23:00:00.004 CEST,,,1181,,6548d2b0.49d,31,,2025-10-11 08:00:00 CEST,,0,LOG,"
    '00000,"checkpoint complete: wrote 12 buffers (0.1%)",,,,,,,,,"","checkpointer"'
)
# PostgreSQL 12 (23 columns): a FATAL login failure.
PG12_FATAL = (
    '2024-07-19 04:22:51.330 +02,"mallory","payroll",5521,"203.0.113.44:40022",'
    '669a0f7b.1591,1,"authentication",2024-07-19 04:22:51 +02,3/88,0,FATAL,28P01,'
    '"password authentication failed for user ""mallory""",'
    '"Connection matched pg_hba.conf line 99",,,,,,,,""'
)


def test_a_csvlog_error_with_detail_and_hint():
    f = FORMAT.parse(PG16_ERROR)
    assert (f.timestamp, f.level, f.service, f.host, f.logger) == (
        "2026-03-02 09:14:07.512 UTC",
        "error",
        "invoicer",
        None,
        None,
    )
    assert f.message == (
        'insert or update on table "invoices" violates foreign key constraint "inv_cust_fk"'
    )
    assert f.attributes == {
        "user": "billing",
        "database": "shop",
        "pid": 20417,
        "client": "10.2.0.14:51822",
        "session_id": "65e2eb1f.4fc1",
        "session_line_num": 7,
        "command_tag": "INSERT",
        "session_start_time": "2026-03-02 09:10:55 UTC",
        "virtual_transaction_id": "12/3301",
        "transaction_id": "88123",
        "sql_state_code": "23503",
        "detail": 'Key (customer_id)=(991) is not present in table "customers".',
        "hint": "Check that the customer exists first.",
        "query": "INSERT INTO invoices (customer_id, total) VALUES (991, 12.50)",
        "backend_type": "client backend",
        "query_id": "4410928837160112398",
    }


def test_a_postgresql_13_log_line_is_info_from_its_background_process():
    f = FORMAT.parse(PG13_LOG)
    assert (f.timestamp, f.level, f.service, f.message) == (
        "2025-10-11 23:00:00.004 CEST",
        "info",
        "checkpointer",  # no application_name: the backend type names the process
        "checkpoint complete: wrote 12 buffers (0.1%)",
    )
    assert f.attributes == {
        "pid": 1181,
        "session_id": "6548d2b0.49d",
        "session_line_num": 31,
        "session_start_time": "2025-10-11 08:00:00 CEST",
        "sql_state_code": "00000",
        "backend_type": "checkpointer",
        "severity": "LOG",
    }


def test_a_postgresql_12_fatal_with_a_numeric_zone():
    f = FORMAT.parse(PG12_FATAL)
    assert (f.timestamp, f.level, f.service) == ("2024-07-19 04:22:51.330+02", "critical", None)
    assert f.message == 'password authentication failed for user "mallory"'
    assert f.attributes["severity"] == "FATAL"
    assert f.attributes["detail"] == "Connection matched pg_hba.conf line 99"
    assert f.attributes["client"] == "203.0.113.44:40022"


GPDB_ERROR = (
    '2024-06-04 06:12:09.552817 UTC,"bi_user","analytics",p21017,th-1847211921,"10.0.4.34",'
    '"49387",2024-06-04 06:00:11 UTC,0,con4101,cmd7,seg-1,,dx82,x8213,sx1,"ERROR","42601",'
    '"syntax error at or near ""form""",,,,,,"select * form sales.orders",15,,"scan.l",1241,'
    '"1    0x9cd4b1 postgres errstart (elog.c:498)\n2    0x8f2ab0 postgres scanner_yyerror"'
)


def test_a_greenplum_csvlog_row():
    f = FORMAT.parse(GPDB_ERROR)
    assert (f.timestamp, f.level, f.message) == (
        "2024-06-04 06:12:09.552817 UTC",
        "error",
        'syntax error at or near "form"',
    )
    attrs = f.attributes
    assert (attrs["user"], attrs["database"], attrs["pid"], attrs["gp_segment"]) == (
        "bi_user",
        "analytics",
        "p21017",
        "seg-1",
    )
    assert (attrs["sql_state_code"], attrs["query"], attrs["query_pos"]) == (
        "42601",
        "select * form sales.orders",
        15,
    )
    assert (attrs["file_name"], attrs["file_line"]) == ("scan.l", 1241)
    assert attrs["stack_trace"].startswith("1    0x9cd4b1 postgres errstart")
    assert "transaction_id" not in attrs  # 0: none


def test_a_csvlog_message_over_several_lines():
    record = PG16_ERROR.replace("VALUES (991, 12.50)", "\n  VALUES (991, 12.50)\n  ")
    assert FORMAT.quote_open(record.split("\n")[0])
    f = FORMAT.parse(record)
    assert (
        f.attributes["query"]
        == "INSERT INTO invoices (customer_id, total) \n  VALUES (991, 12.50)\n  "
    )


@pytest.mark.parametrize(
    "line",
    [
        PG16_ERROR.rsplit(",", 1)[0],  # 25 fields of 26: cut short
        PG16_ERROR.replace(",ERROR,", ",OOPS,"),  # no severity word
        PG16_ERROR.replace(",23503,", ",2350,"),  # no SQLSTATE
        PG16_ERROR[: PG16_ERROR.index('"Key')],  # a quote left open
        "2024-05-01 12:00:01 ERROR failed, retrying, 3 attempts left, backoff 2s",
        "2024-05-01 12:00:01.200 UTC [1234] app@shop ERROR:  duplicate key value",
    ],
)
def test_what_is_no_csvlog_row(line):
    assert FORMAT.parse(line) is None


def test_a_header_row_with_tabs():
    lines = [
        "timestamp\tlevel\tlogger\tmessage\trequest_id",
        "2025-04-09T10:15:02.381Z\tWARNING\tshop.cart\tcart 88 expired\tr-19",
    ]
    fmt = from_sample(lines)
    assert (fmt.delimiter, fmt.names) == (
        "\t",
        ("timestamp", "level", "logger", "message", "request_id"),
    )
    f = fmt.parse(lines[1])
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2025-04-09T10:15:02.381Z",
        "WARNING",
        "shop.cart",
        "cart 88 expired",
        {"request_id": "r-19"},
    )


def test_messages_with_commas_and_quotes():
    fmt = from_sample(["Timestamp,Level,Service,Host,Message"])
    f = fmt.parse(
        '2025-04-09 10:15:02,ERROR,payments,pay-2,"charge failed, card declined: ""51"", retry 3"'
    )
    assert (f.timestamp, f.level, f.service, f.host, f.message, f.attributes) == (
        "2025-04-09 10:15:02",
        "ERROR",
        "payments",
        "pay-2",
        'charge failed, card declined: "51", retry 3',
        None,
    )


def test_exports_names_of_their_columns():
    # Splunk: `_time`, `_raw`; Azure Log Analytics: a unit after the name; semicolons.
    splunk = from_sample(['"_time","host","sourcetype","_raw"'])
    f = splunk.parse('"2025-04-09T10:15:02.000+0000","web-3","nginx","upstream timed out"')
    assert (f.timestamp, f.host, f.message, f.attributes) == (
        "2025-04-09T10:15:02.000+0000",
        "web-3",
        "upstream timed out",
        {"sourcetype": "nginx"},
    )
    azure = from_sample(["TimeGenerated [UTC];SeverityLevel;Message;AppRoleName"])
    assert azure.delimiter == ";"
    f = azure.parse("2025-04-09T10:15:02.5Z;3;Payment refused;checkout")
    assert (f.timestamp, f.message, f.attributes) == (
        "2025-04-09T10:15:02.5Z",
        "Payment refused",
        {"SeverityLevel": "3", "AppRoleName": "checkout"},
    )


def test_powershell_export_csv_with_its_type_line():
    lines = [
        "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord",
        '"Message","Id","Level","ProviderName","MachineName","TimeCreated","LevelDisplayName"',
        '"The service terminated unexpectedly.","7034","2","Service Control Manager","WS-17",'
        '"2025-04-09 10:15:02","Error"',
    ]
    fmt = from_sample(lines)
    assert fmt.declares(lines[0]) and fmt.declares(lines[1]) and not fmt.declares(lines[2])
    f = fmt.parse(lines[2])
    assert (f.timestamp, f.level, f.logger, f.host, f.message) == (
        "2025-04-09 10:15:02",
        "Error",
        "Service Control Manager",
        "WS-17",
        "The service terminated unexpectedly.",
    )
    assert f.attributes == {"Id": "7034", "Level": "2"}


def test_date_and_time_columns_make_one_time():
    fmt = from_sample(["Date,Time,Level,Message"])
    f = fmt.parse("2025-04-09,10:15:02,Error,disk full")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2025-04-09 10:15:02",
        "Error",
        "disk full",
        None,
    )


def test_rows_with_another_number_of_fields_keep_what_they_have():
    fmt = from_sample([",timestamp,level,message"])  # pandas' to_csv: the index column first
    f = fmt.parse("4,2025-04-09T10:15:02Z,error,timeout,unexpected,more")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2025-04-09T10:15:02Z",
        "error",
        "timeout",
        {"column_1": "4", "extra": ["unexpected", "more"]},
    )
    f = fmt.parse("5,2025-04-09T10:15:03Z,info")
    assert (f.timestamp, f.level, f.attributes) == (
        "2025-04-09T10:15:03Z",
        "info",
        {"column_1": "5"},
    )
    assert fmt.parse("a line of text with no delimiter") is None  # lands as raw text


@pytest.mark.parametrize(
    "line",
    [
        "2025-04-09T10:15:02Z,error,timeout",  # a data row
        "2024-05-01 12:00:01 ERROR failed, retrying, 3 attempts left",
        'ts=2024-01-01T12:00:00Z level=warn msg="a, b"',
        '{"time": "2024-01-01T12:00:00Z", "message": "a, b"}',
        '10.1.2.3 - - [27/Nov/2024:14:28:19 +0000] "GET /a,b HTTP/1.1" 200 12 "-" "curl/8"',
        "<86>Nov 27 14:28:30 web-01 sshd[34110]: Accepted publickey for deploy, key 2",
        "name,age,city",  # a CSV file, but no log: no time, no message column
        "time, message",  # prose-like: a name does not start with a blank
    ],
)
def test_no_header(line):
    assert header(line) is None


def test_quoted_newlines_join_into_records():
    fmt = from_sample(["time,level,message"])
    lines = [
        "time,level,message",
        '2025-04-09T10:15:02Z,error,"Traceback (most recent call last):',
        '  File ""app.py"", line 3, in <module>',
        'ZeroDivisionError: division by zero"',
        "2025-04-09T10:15:03Z,info,recovered",
    ]
    records = joined_records(lines, fmt)
    assert records == ["\n".join(lines[1:4]), lines[4]]
    assert fmt.parse(records[0]).message == (
        'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n'
        "ZeroDivisionError: division by zero"
    )


def test_detection():
    csvlog = detect([PG16_ERROR, PG13_LOG, PG12_FATAL])
    assert (csvlog.name, [f.name for f in csvlog.formats]) == ("csv", ["csv"])
    headed = detect(["timestamp,level,message", "2025-04-09T10:15:02Z,error,timeout, again"])
    assert headed.name == "csv"
    assert headed.reason == "a header row names 3 columns; 100% of 1 sampled records have them"
    assert headed.formats[0].names == ("timestamp", "level", "message")


def test_a_header_over_rows_that_are_not_its_own_is_not_csv():
    # A text log that quotes a CSV header on its first line is read as what its lines are.
    lines = ["time,message", *["2024-05-01 12:00:01 ERROR failed"] * 4]
    assert detect(lines).name == "generic"


def test_padded_columns_are_read_without_their_padding():
    # SharePoint's ULS logs: tab-separated, every name and value padded to its column's width.
    lines = [
        "Timestamp              \tProcess                                 \tTID   \t"
        "Area                          \tLevel   \tMessage ",
        "06/04/2024 06:00:00.27 \tw3wp.exe (0x1A2C)                       \t0x37CB\t"
        "Web Content Management        \tHigh    \tObject Cache: not configured. ",
    ]
    f = from_sample(lines).parse(lines[1])
    assert (f.timestamp, f.level, f.message) == (
        "06/04/2024 06:00:00.27",
        "High",
        "Object Cache: not configured.",
    )
    assert f.attributes == {
        "Process": "w3wp.exe (0x1A2C)",
        "TID": "0x37CB",
        "Area": "Web Content Management",
    }
