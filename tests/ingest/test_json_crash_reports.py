"""A service that logs JSON records on stdout and crashes on stderr into the same file
(`app > app.log 2>&1`): the crash report is one raw event in its place among the records; a
line that is neither a record nor a crash's is still rejected."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore
from tests.ingest.stored import stored_events

LOG = """\
{"level":30,"time":1796032800000,"pid":7,"hostname":"api-1","msg":"server listening"}
node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
    ^

TypeError: Cannot read properties of undefined (reading 'id')
    at OrdersService.load (/app/dist/orders/service.js:31:28)
    at async Promise.all (index 1)

Node.js v22.3.0
{"level":30,"time":1796032805000,"pid":8,"hostname":"api-1","msg":"server listening"}
this line is neither
{"level":40,"time":1796032806000,"pid":8,"hostname":"api-1","msg":"slow query"}
Traceback (most recent call last):
  File "/app/worker.py", line 9, in <module>
    main()
KeyError: 'queue'
{"level":30,"time":1796032807000,"pid":9,"hostname":"api-1","msg":"server listening"}
panic: assignment to entry in nil map

goroutine 1 [running]:
main.main()
\t/app/main.go:12 +0x1d
"""


def test_crash_reports_among_json_records(tmp_path: Path):
    log = tmp_path / "app.log"
    log.write_text(LOG)
    db = tmp_path / "s.duckdb"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert summary.rejected == 1  # `this line is neither`
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute(
            "SELECT line, format, exception_type, timestamp, stack FROM events ORDER BY line"
        ).fetchall()
        (quarantined,) = con.execute("SELECT line FROM quarantine").fetchall()
    assert quarantined == (12,)
    assert [e[:3] for e in events] == [
        (1, "json", None),
        (2, "raw", "TypeError"),
        (11, "json", None),
        (13, "json", None),
        (14, "raw", "KeyError"),
        (18, "json", None),
        (19, "raw", "panic"),
    ]
    # A crash takes the time of the record before it.
    assert events[1][3] == events[0][3]
    assert events[4][3] == events[3][3]
    assert [f["function"] for f in json.loads(events[1][4])[0]["frames"]] == [
        "Promise.all",
        "OrdersService.load",
    ]


RECONCILING = (
    '{"severity":"info","timestamp":"2024-06-04T09:20:%02d.916Z","message":"Reconciling"}\n'
)
CONTROLLER = (
    "".join(RECONCILING % i for i in range(20))
    + """\
E0604 09:20:30.348085       1 leaderelection.go:332] error retrieving resource lock ci/lease: \
dial tcp 10.96.0.1:443: connect: connection refused
E0604 09:20:31.744569       1 leaderelection.go:332] error retrieving resource lock ci/lease: \
dial tcp 10.96.0.1:443: connect: connection refused
2024-06-04 09:20:32,001 WARNING a Python warning through the same stderr
{"severity":"error","timestamp":"2024-06-04T09:20:40.232Z","message":"Reconcile error"}
"""
)


def test_another_writers_log_lines_among_json_records_are_events(tmp_path: Path):
    # A Kubernetes controller's zap JSON on stdout, client-go's klog lines on stderr: each
    # klog line is an event read as klog reads it, not a rejected line.
    events = stored_events(
        tmp_path,
        CONTROLLER,
        "line, format, level, attributes->>'caller', message",
    )
    lease = "error retrieving resource lock ci/lease: dial tcp 10.96.0.1:443: connect: "
    assert events[19:] == [
        (20, "json", "info", None, "Reconciling"),
        (21, "klog", "error", "leaderelection.go:332", lease + "connection refused"),
        (22, "klog", "error", "leaderelection.go:332", lease + "connection refused"),
        (23, "generic", "warning", None, "a Python warning through the same stderr"),
        (24, "json", "error", None, "Reconcile error"),
    ]


def test_gos_log_lines_among_json_records_are_events(tmp_path: Path):
    # Go's `log` package (net/http's TLS handshake errors) writes a date and no level beside a
    # service's zap JSON: an event each. A line with no date is still rejected.
    text = (
        "".join(RECONCILING % i for i in range(20))
        + "2024/06/04 09:20:30 http: TLS handshake error from 10.0.1.3:47494: EOF\n"
        + RECONCILING % 40
        + "09:20:41 bare time, no date\n"
        + RECONCILING % 42
    )
    events = stored_events(tmp_path, text, "line, format, message", rejected=1)
    assert events[20:] == [
        (21, "generic", "http: TLS handshake error from 10.0.1.3:47494: EOF"),
        (22, "json", "Reconciling"),
        (24, "json", "Reconciling"),
    ]


METEOR = """\
{"level":35,"time":"2024-06-04T06:00:01.000Z","pid":1,"name":"Rocket.Chat","msg":"started"}
Exception while invoking method 'sendMessage' Error: error-message-size-exceeded
    at Object.sendMessage (app/lib/server/methods/sendMessage.ts:117:10)
    at /app/bundle/programs/server/packages/ddp-server.js:1903:12
{"level":35,"time":"2024-06-04T06:00:02.000Z","pid":1,"name":"Rocket.Chat","msg":"saved"}
Updating process.env.MAIL_URL
"""


def test_meteors_exception_report_among_json_records(tmp_path: Path):
    # Meteor (Rocket.Chat) reports a method that threw on stderr, its stack under it: an
    # event with its stack, not three rejected lines; a plain line is still rejected.
    events = stored_events(tmp_path, METEOR, "line, format", rejected=1)
    assert events == [(1, "json"), (2, "raw"), (5, "json")]
