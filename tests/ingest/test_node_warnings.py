"""Node's process warnings on stderr, in the file the service's log goes to (Node 20's output,
captured): each is a warning event of its own, named by the warning's name, not more text of
the log line above it."""

from __future__ import annotations

from tests.ingest.stored import stored_events

APP = """\
2026-12-04T10:56:33.892Z INFO request 2 served in 12ms
(node:30809) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and \
usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() \
methods instead.
(Use `node --trace-deprecation ...` to show where the warning was created)
2026-12-04T10:56:33.894Z INFO request 9 served in 3ms
(node:30809) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 \
close listeners added to [Socket]. MaxListeners is 10. Use emitter.setMaxListeners() to \
increase limit
(node:30809) [POOL01] Warning: Pool exhausted, waiting
2026-12-04T10:56:34.001Z INFO request 10 served in 4ms
(node:31143) UnhandledPromiseRejectionWarning: Error: nope
    at fetchOrder (/srv/app/orders.js:12:11)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
"""


def test_node_warnings_are_events_of_their_own(tmp_path):
    rows = stored_events(tmp_path, APP, "line, level, logger, message, exception_type, attributes")
    assert [r[:5] for r in rows] == [
        (1, "info", None, "request 2 served in 12ms", None),
        (
            2,
            "warning",
            "DeprecationWarning",
            "Buffer() is deprecated due to security and usability issues. Please use the "
            "Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
            None,
        ),
        (4, "info", None, "request 9 served in 3ms", None),
        (
            5,
            "warning",
            "MaxListenersExceededWarning",
            "Possible EventEmitter memory leak detected. 11 close listeners added to [Socket]. "
            "MaxListeners is 10. Use emitter.setMaxListeners() to increase limit",
            None,
        ),
        (6, "warning", "Warning", "Pool exhausted, waiting", None),
        (7, "info", None, "request 10 served in 4ms", None),
        # Node 14's default: a rejection nothing handled is reported, not fatal; it is an error
        (8, "error", "UnhandledPromiseRejectionWarning", "Error: nope", "Error"),
    ]
    assert '"code":"DEP0005"' in rows[1][5].replace(" ", "")
    assert '"pid":30809' in rows[1][5].replace(" ", "")
