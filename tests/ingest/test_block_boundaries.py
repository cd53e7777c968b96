"""A record over several lines is one event wherever the reading's blocks and batches cut it.

JSON lines are read DECODE_LINES at a time (`readers.iter_line_blocks`); what spans lines there
(a crash report on stderr among the records, a record pretty-printed over lines, a trace that
`journalctl -o json` wrote one entry a line) goes on in the next block, and a batch commits
only where a resumed read starts a record. A plain-text event (a Java stack under its log
line) is framed line by line and a batch resumes at the open event's start. A file that ends
inside such a record while it is still being written leaves it for the next ingest, which
reads it whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import orjson
import pytest

from errctl.ingest import readers
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.ingest.readers import DECODE_LINES
from errctl.store.duckdb_store import DuckDBStore
from tests.ingest.journal import journal_entry


def _ingest(tmp_path: Path, text: str, **options) -> tuple[list[tuple], list[int], dict]:
    """(events as (line, format, level, exception_type, message), the quarantined lines,
    the source's result) of `text` ingested (again: appended to) as app.log."""
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    with log.open("a") as f:
        f.write(text)
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions(**options))
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute(
            "SELECT line, format, level, exception_type, message FROM events ORDER BY line"
        ).fetchall()
        rejected = [
            r[0] for r in con.execute("SELECT line FROM quarantine ORDER BY line").fetchall()
        ]
    source = summary.sources[0]
    return events, rejected, {"events": source.events, "held_back": source.held_back}


def _pino(i: int, level: int = 30) -> str:
    """A Node service's pino record (stdout)."""
    return json.dumps(
        {
            "level": level,
            "time": 1796032800000 + i * 250,
            "pid": 4120,
            "hostname": "api-1",
            "msg": f"request completed GET /orders/{i} 200",
        },
        separators=(",", ":"),
    )


def _records(first: int, count: int) -> list[str]:
    return [_pino(i) for i in range(first, first + count)]


def _not_json(events: list[tuple]) -> list[tuple]:
    return [e for e in events if e[1] != "json"]


# A Python worker's uncaught exception, and a Go service's panic, on stderr into the same file.
TRACEBACK = [
    "Traceback (most recent call last):",
    '  File "/app/worker.py", line 41, in <module>',
    "    main()",
    '  File "/app/worker.py", line 37, in main',
    "    queue = settings['queue']",
    "KeyError: 'queue'",
]
PANIC = [
    "panic: assignment to entry in nil map",
    "",
    "goroutine 1 [running]:",
    "main.(*Registry).Add(...)",
    "\t/app/registry.go:31",
    "main.main()",
    "\t/app/main.go:12 +0x1d",
    "exit status 2",
]


@pytest.mark.parametrize("batch_events", [1, 20_000])
@pytest.mark.parametrize("before_end", [1, 2, 5])
def test_a_crash_report_across_a_block_end_is_one_event(tmp_path, batch_events, before_end):
    before = DECODE_LINES - before_end  # its first `before_end` lines end the first block
    lines = [*_records(0, before), *TRACEBACK, *_records(before, 4)]
    events, rejected, _ = _ingest(tmp_path, "\n".join(lines) + "\n", batch_events=batch_events)
    assert rejected == []
    assert len(events) == before + 1 + 4
    assert _not_json(events) == [(before + 1, "raw", "error", "KeyError", "KeyError: 'queue'")]
    assert events[before + 1][0] == before + 1 + len(TRACEBACK)


@pytest.mark.parametrize("before_end", [1, 3, 7])
def test_a_go_panic_across_a_block_end_is_one_event(tmp_path, before_end):
    before = DECODE_LINES - before_end
    lines = [*_records(0, before), *PANIC, *_records(before, 3)]
    events, rejected, _ = _ingest(tmp_path, "\n".join(lines) + "\n", batch_events=1)
    assert rejected == []
    assert [e[:4] for e in _not_json(events)] == [(before + 1, "raw", "critical", "panic")]
    assert len(events) == before + 1 + 3


def test_a_pretty_printed_record_across_a_block_end_is_one_event(tmp_path):
    record = {
        "@timestamp": "2026-11-28T10:05:00.250Z",
        "level": "ERROR",
        "logger_name": "com.shop.checkout.PaymentService",
        "message": "payment 4101 declined",
        "context": {"order_id": 4101, "tags": ["eu", "card"]},
    }
    pretty = orjson.dumps(record, option=orjson.OPT_INDENT_2).decode().splitlines()
    one = json.dumps({**record, "level": "INFO", "message": "payment settled", "context": {}})
    before = DECODE_LINES - 4
    text = "\n".join([one] * before + pretty + [one] * 3) + "\n"
    events, rejected, _ = _ingest(tmp_path, text, format="json", batch_events=1)
    assert rejected == []
    assert len(events) == before + 1 + 3
    assert events[before][:3] == (before + 1, "json", "error")
    assert events[before][4] == "payment 4101 declined"


JOURNAL_TRACE = [
    "ERROR:orders.jobs:sync failed",
    "Traceback (most recent call last):",
    '  File "/app/jobs.py", line 40, in sync',
    "    rows = fetch(cursor)",
    '  File "/app/db.py", line 12, in fetch',
    '    raise ConnectionError("db-1 unreachable")',
    "ConnectionError: db-1 unreachable",
]


def _journal(before: int, trace: list[str], after: int) -> list[str]:
    lines = [
        journal_entry(i, "1", "systemd", f"Started session {i} of user deploy.")
        for i in range(before)
    ]
    lines += [journal_entry(before + i, "4567", "orders", m, "3") for i, m in enumerate(trace)]
    lines += [
        journal_entry(before + len(trace) + i, "1", "systemd", "Reached target timers.")
        for i in range(after)
    ]
    return lines


@pytest.mark.parametrize("batch_events", [1, 20_000])
@pytest.mark.parametrize("before_end", range(1, len(JOURNAL_TRACE)))
def test_a_journal_trace_across_a_block_end_is_one_event(tmp_path, batch_events, before_end):
    """Whichever of its entries ends the first block."""
    before = DECODE_LINES - before_end
    text = "\n".join(_journal(before, JOURNAL_TRACE, 3)) + "\n"
    events, rejected, _ = _ingest(tmp_path, text, batch_events=batch_events)
    assert rejected == []
    assert len(events) == before + 1 + 3
    line, _format, _level, exception, message = events[before]
    assert (line, exception) == (before + 1, "ConnectionError")
    assert message.startswith("ERROR:orders.jobs:sync failed")


JOURNAL_PANIC = [
    "panic: runtime error: invalid memory address or nil pointer dereference",
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]",
    "",
    "goroutine 1 [running]:",
    "main.(*Registry).Add(...)",
    "\t/app/registry.go:31",
    "main.main()",
    "\t/app/main.go:12 +0x1d",
]


@pytest.mark.parametrize("before_end", range(1, len(JOURNAL_PANIC)))
def test_a_journal_go_panic_across_a_block_end_is_one_event(tmp_path, before_end):
    """Its column-0 lines above its first file (`goroutine 1 [running]:`) may end the block."""
    before = DECODE_LINES - before_end
    text = "\n".join(_journal(before, JOURNAL_PANIC, 2)) + "\n"
    events, rejected, _ = _ingest(tmp_path, text)
    assert rejected == []
    assert len(events) == before + 1 + 2
    assert events[before][0] == before + 1 and events[before][3] == "runtime error"


# A log4j service's plain-text log: a Java stack under its ERROR line.
JAVA = """\
2026-11-28 10:15:02,118 ERROR [http-nio-8080-exec-7] c.s.c.PaymentService - Payment 4101 failed
java.lang.IllegalStateException: gateway timeout after 30000 ms
\tat com.shop.checkout.GatewayClient.charge(GatewayClient.java:88)
\tat com.shop.checkout.PaymentService.pay(PaymentService.java:41)
\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)
Caused by: java.net.SocketTimeoutException: Read timed out
\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)
\t... 3 more
"""


def _log4j(first: int, count: int) -> str:
    return "".join(
        f"2026-11-28 10:{i // 60 % 60:02d}:{i % 60:02d},000 INFO  [http-nio-8080-exec-2] "
        f"c.s.c.OrderController - GET /orders/{i} 200\n"
        for i in range(first, first + count)
    )


@pytest.mark.parametrize("batch_events", [1, 3, 7])
def test_a_java_stack_across_a_batch_end_is_one_event(tmp_path, batch_events):
    events, rejected, _ = _ingest(
        tmp_path, _log4j(0, 6) + JAVA + _log4j(6, 4), batch_events=batch_events
    )
    assert rejected == []
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18]
    assert events[6][2:4] == ("error", "java.lang.IllegalStateException")


def test_a_crash_report_being_written_is_read_whole_by_the_next_run(tmp_path):
    """The worker's traceback is written a line at a time: a run between two writes leaves
    the report for the next, which reads it whole."""
    before = DECODE_LINES - 2
    head = [*_records(0, before), *TRACEBACK[:4]]  # across the first block's end
    events, rejected, source = _ingest(tmp_path, "\n".join(head) + "\n", batch_events=100)
    assert rejected == [] and _not_json(events) == []
    assert source["held_back"] == len("\n".join(TRACEBACK[:4])) + 1
    tail = [*TRACEBACK[4:], *_records(before, 2)]
    events, rejected, source = _ingest(tmp_path, "\n".join(tail) + "\n", batch_events=100)
    assert rejected == [] and source["held_back"] == 0
    assert _not_json(events) == [(before + 1, "raw", "error", "KeyError", "KeyError: 'queue'")]
    assert len(events) == before + 1 + 2


def test_a_pretty_printed_record_being_written_is_read_whole_by_the_next_run(tmp_path):
    record = {"time": "2026-11-28T10:05:00Z", "level": "error", "msg": "payment declined"}
    pretty = orjson.dumps(
        {**record, "order": {"id": 4101, "items": [1, 2]}}, option=orjson.OPT_INDENT_2
    ).decode()
    one = json.dumps({**record, "level": "info", "msg": "payment settled"})
    head, tail = pretty.split('"items"')
    events, rejected, source = _ingest(tmp_path, f"{one}\n{one}\n{head}", format="json")
    assert rejected == [] and len(events) == 2 and source["held_back"] == len(head)
    events, rejected, source = _ingest(tmp_path, f'"items"{tail}\n{one}\n', format="json")
    assert rejected == [] and source["held_back"] == 0
    assert [e[:3] for e in events] == [
        (1, "json", "info"),
        (2, "json", "info"),
        (3, "json", "error"),
        (3 + len(pretty.splitlines()), "json", "info"),
    ]


def test_a_journal_trace_being_written_is_read_whole_by_the_next_run(tmp_path):
    before = DECODE_LINES - 3
    lines = _journal(before, JOURNAL_TRACE, 2)
    cut = before + 4  # inside the traceback, past the first block's end
    events, rejected, source = _ingest(tmp_path, "\n".join(lines[:cut]) + "\n")
    assert rejected == [] and len(events) == before
    assert source["held_back"] == len("\n".join(lines[before:cut])) + 1
    events, rejected, source = _ingest(tmp_path, "\n".join(lines[cut:]) + "\n")
    assert rejected == [] and source["held_back"] == 0
    assert len(events) == before + 1 + 2
    assert events[before][0] == before + 1 and events[before][3] == "ConnectionError"


def _stored(tmp_path: Path, name: str, text: str, **options) -> tuple[list[tuple], list[int]]:
    folder = tmp_path / name
    folder.mkdir()
    events, rejected, _ = _ingest(folder, text, **options)
    return events, rejected


@pytest.mark.parametrize("chunk", [257, 1000, 4099])
def test_what_spans_lines_does_not_depend_on_where_the_reads_cut(tmp_path, monkeypatch, chunk):
    """The file is read CHUNK_BYTES at a time, and the line a chunk's end cuts is a block of its
    own: a journal trace, a crash report and a pretty-printed record read the same whatever
    lines those are."""
    pretty = orjson.dumps(
        {"time": "2026-11-28T10:05:00Z", "level": "error", "msg": "payment declined"},
        option=orjson.OPT_INDENT_2,
    ).decode()
    journal = "\n".join(_journal(7, JOURNAL_TRACE, 3) + _journal(2, JOURNAL_PANIC, 2)) + "\n"
    crashes = "\n".join([*_records(0, 5), *TRACEBACK, *_records(5, 3), *PANIC, _pino(9)]) + "\n"
    records = "\n".join([*_records(0, 4), pretty, *_records(4, 4), pretty, _pino(8)]) + "\n"
    expected = [
        _stored(tmp_path, "journal", journal),
        _stored(tmp_path, "crashes", crashes),
        _stored(tmp_path, "records", records, format="json"),
    ]
    assert [len(e) for e, _ in expected] == [16, 11, 11] and all(r == [] for _, r in expected)
    monkeypatch.setattr(readers, "CHUNK_BYTES", chunk)
    assert [
        _stored(tmp_path, f"journal-{chunk}", journal),
        _stored(tmp_path, f"crashes-{chunk}", crashes),
        _stored(tmp_path, f"records-{chunk}", records, format="json"),
    ] == expected
