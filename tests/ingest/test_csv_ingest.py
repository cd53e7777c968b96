"""CSV logs through the real ingest: PostgreSQL's csvlog and a file with a header row.

A record whose quoted field holds newlines is one event (`ingest.quoted` joins its lines); the
header row is no event, and a resumed read still knows the columns it names. A quote that
never closes gives its lines up, each landing as it would alone.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import orjson

from errctl.formats.csvfile import MAX_RECORD_LINES, from_sample
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.quoted import join_quoted
from errctl.ingest.readers import MAX_LINE_BYTES, Line
from errctl.store.duckdb_store import DuckDBStore

CSVLOG = (
    # PostgreSQL 16: an ERROR with DETAIL, its query over three lines, then a LOG line.
    '2026-03-02 09:14:07.512 UTC,"billing","shop",20417,"10.2.0.14:51822",65e2eb1f.4fc1,7,'
    '"INSERT",2026-03-02 09:10:55 UTC,12/3301,88123,ERROR,23505,'
    '"duplicate key value violates unique constraint ""invoices_pkey""",'
    '"Key (id)=(5531) already exists.",,,,,"INSERT INTO invoices (id, total)\n'
    "VALUES (5531, 12.50)\n"
    'RETURNING id;",,,"invoicer","client backend",,4410928837160112398\n'
    "2026-03-02 09:15:00.001 UTC,,,1181,,65e2e000.49d,31,,2026-03-02 08:00:00 UTC,,0,LOG,00000,"
    '"checkpoint starting: time",,,,,,,,,"","checkpointer",,0\n'
)

HEADED = (
    "timestamp\tlevel\tlogger\tmessage\n"
    "2025-04-09T10:15:02.381Z\tERROR\tshop.payments\t"
    '"charge failed, card declined: ""51"""\n'
    "2025-04-09T10:15:03Z\tINFO\tshop.cart\tcart 88 expired\n"
)

COLUMNS = "line, timestamp, level, service, host, logger, message, attributes, format"


def _ingest(path: Path, db: Path) -> tuple[int, int]:
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    return summary.events, summary.rejected


def _events(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(f"SELECT {COLUMNS} FROM events ORDER BY line").fetchall()
    return [(*row[:7], orjson.loads(row[7]) if row[7] else None, row[8]) for row in rows]


def test_a_csvlog_error_with_its_multi_line_query(tmp_path):
    log = tmp_path / "postgresql-2026-03-02.csv"
    log.write_text(CSVLOG)
    assert _ingest(log, tmp_path / "s.duckdb") == (2, 0)
    error, checkpoint = _events(tmp_path / "s.duckdb")
    assert error[:7] == (
        1,
        datetime(2026, 3, 2, 9, 14, 7, 512000),  # UTC
        "error",
        "invoicer",
        None,
        None,
        'duplicate key value violates unique constraint "invoices_pkey"',
    )
    attrs = error[7]
    assert attrs["detail"] == "Key (id)=(5531) already exists."
    assert attrs["query"] == "INSERT INTO invoices (id, total)\nVALUES (5531, 12.50)\nRETURNING id;"
    assert (attrs["sql_state_code"], attrs["user"], attrs["database"], attrs["pid"]) == (
        "23505",
        "billing",
        "shop",
        20417,
    )
    assert error[8] == "csv"
    assert checkpoint[:7] == (
        4,  # after the three lines of the record above
        datetime(2026, 3, 2, 9, 15, 0, 1000),
        "info",
        "checkpointer",
        None,
        None,
        "checkpoint starting: time",
    )


def test_a_header_csv_then_a_resumed_read(tmp_path):
    log = tmp_path / "export.tsv"
    db = tmp_path / "s.duckdb"
    log.write_text(HEADED)
    assert _ingest(log, db) == (2, 0)
    with log.open("a") as f:
        f.write("2025-04-09T10:15:09Z\tCRITICAL\tshop.db\tpool exhausted, 0 of 20 free\n")
    assert _ingest(log, db) == (1, 0)  # only the new row; the header still names the columns
    assert _events(db) == [
        (
            2,
            datetime(2025, 4, 9, 10, 15, 2, 381000),
            "error",
            None,
            None,
            "shop.payments",
            'charge failed, card declined: "51"',
            None,
            "csv",
        ),
        (
            3,
            datetime(2025, 4, 9, 10, 15, 3),
            "info",
            None,
            None,
            "shop.cart",
            "cart 88 expired",
            None,
            "csv",
        ),
        (
            4,
            datetime(2025, 4, 9, 10, 15, 9),
            "critical",
            None,
            None,
            "shop.db",
            "pool exhausted, 0 of 20 free",
            None,
            "csv",
        ),
    ]


def test_a_quote_that_never_closes_swallows_nothing(tmp_path):
    # The writer died inside the ERROR's detail: the record is given up at the next row (a
    # csvlog row starts with the server's time), its text lands as it is, and the rows after
    # it are events.
    first, checkpoint = CSVLOG.split("\n")[0], CSVLOG.split("\n")[3]
    cut = first[: first.index("already exists")]
    log = tmp_path / "postgresql.csv"
    log.write_text(f"{cut}\n{checkpoint}\n{checkpoint.replace('09:15:00', '09:20:00')}\n")
    db = tmp_path / "s.duckdb"
    assert _ingest(log, db) == (3, 0)
    rows = _events(db)
    assert [(row[0], row[2], row[6], row[8]) for row in rows] == [
        (1, "error", cut, "raw"),
        (2, "info", "checkpoint starting: time", "csv"),
        (3, "info", "checkpoint starting: time", "csv"),
    ]


def test_an_open_quote_is_given_up_after_max_record_lines():
    # A layout whose first column is no time cannot tell a record's start: the bound alone
    # ends the open quote, and every line is passed on, in order, none lost.
    fmt = from_sample(["message,time,level"])
    texts = ["message,time,level", '"a quote that never closes,2025-04-09T10:15:02Z,error']
    texts += [f"row {i},2025-04-09T10:15:03Z,info" for i in range(MAX_RECORD_LINES + 500)]
    lines = [Line(t, n, 0, 0) for n, t in enumerate(texts, 1)]
    out = list(join_quoted(lines, fmt, MAX_LINE_BYTES))
    assert [line.text for line in out] == texts[1:]  # the header row is no event
    assert all(line.physical == 1 for line in out)


def test_a_record_over_three_lines_is_one_line_of_three():
    fmt = from_sample(["time,level,message"])
    texts = ['2025-04-09T10:15:02Z,error,"first', "second", 'third"', "2025-04-09T10:15:03Z,info,x"]
    lines = [Line(t, n, n * 10, n * 10 + 10) for n, t in enumerate(texts, 1)]
    out = list(join_quoted(lines, fmt, MAX_LINE_BYTES))
    assert [(line.text, line.number, line.start, line.end, line.physical) for line in out] == [
        ('2025-04-09T10:15:02Z,error,"first\nsecond\nthird"', 1, 10, 40, 3),
        ("2025-04-09T10:15:03Z,info,x", 4, 40, 50, 1),
    ]


def _uls_row(time: str, level: str, message: str) -> str:
    # SharePoint's ULS columns, padded as the service pads them.
    return (
        f"{time} \tw3wp.exe (0x1A2C)                       \t0x37CB\t"
        f"SharePoint Foundation         \tRuntime                       \ttkau\t{level:<8}\t"
        f"{message}\t5e82a905-0365-445f-a7cf-215448a7cb44"
    )


ULS_HEADER = (
    "Timestamp              \tProcess                                 \tTID   \t"
    "Area                          \tCategory                      \tEventID\tLevel     \t"
    "Message \tCorrelation"
)


def test_a_uls_message_cut_into_rows_is_one_event(tmp_path):
    # ULS cuts a message over about 1,000 characters into rows whose time ends with `*`, the
    # cut marked by `...` on both sides: the parts are one event, its text whole again. Its
    # time is month first (June 4, not April 6) and its Medium level is info.
    first = "System.NullReferenceException: Object reference not set.   at Shop.Bind(SPWeb web)..."
    log = tmp_path / "SP-WFE01-20240604-0600.log"
    rows = [
        ULS_HEADER,
        _uls_row("06/04/2024 06:00:00.55", "Unexpected", first),
        _uls_row("06/04/2024 06:00:00.55*", "Unexpected", "...   at Shop.Render()..."),
        _uls_row("06/04/2024 06:00:00.55*", "Unexpected", "...   at Shop.Load()"),
        _uls_row("06/04/2024 06:00:00.58", "Medium", "Name=Request (GET:https://intranet/)"),
        # The rest of a row an earlier run stored: it lands alone, lost to nobody.
        _uls_row("06/04/2024 06:00:00.58*", "Medium", "...a part whose row is stored"),
    ]
    log.write_text("\n".join(rows[:4]) + "\n")
    db = tmp_path / "s.duckdb"
    assert _ingest(log, db) == (1, 0)
    for row in rows[4:]:  # later runs, a row each: the last run's row is stored, whole
        with log.open("a") as f:
            f.write(row + "\n")
        assert _ingest(log, db) == (1, 0)
    events = _events(db)
    assert [(row[0], row[1], row[2], row[6]) for row in events] == [
        (
            2,
            datetime(2024, 6, 4, 6, 0, 0, 550000),
            "error",
            "System.NullReferenceException: Object reference not set."
            "   at Shop.Bind(SPWeb web)   at Shop.Render()   at Shop.Load()",
        ),
        (5, datetime(2024, 6, 4, 6, 0, 0, 580000), "info", "Name=Request (GET:https://intranet/)"),
        (6, datetime(2024, 6, 4, 6, 0, 0, 580000), "info", "...a part whose row is stored"),
    ]
