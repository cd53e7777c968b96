"""Node's errors as a service's log holds them: an uncaught exception's report on stderr under
the app's own lines, an error with a `[cause]:` and its own properties, an AggregateError's
`[errors]:` list, and an error a logger wrote after its own words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest.stored import stored_events

SERVICE_LOG = """\
2026-11-30T10:00:00.000Z info: server listening on :3000
/app/src/db.js:42
    throw new Error('query failed', { cause: err });
    ^

Error: query failed
    at Pool.query (/app/src/db.js:42:11)
    at async OrdersRepo.find (/app/src/orders/repo.js:17:20)
    at async Promise.all (index 0)
    at async handler (/app/src/routes/orders.js:9:5) {
  [cause]: Error: connect ECONNREFUSED 10.0.0.5:5432
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect'
  }
}

Node.js v20.11.1
2026-11-30T10:00:05.000Z info: server listening on :3000
2026-11-30T10:00:06.000Z error: Unhandled rejection AggregateError: All promises were rejected
    at Promise.any (index 0)
    at async fetchAny (/app/src/mirror.js:12:10) {
  [errors]: [
    Error: timeout after 5000ms
        at Timeout._onTimeout (/app/src/mirror.js:5:30)
        at listOnTimeout (node:internal/timers:573:17),
    Error: getaddrinfo ENOTFOUND mirror2.example
        at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:118:26) {
      errno: -3008,
      code: 'ENOTFOUND'
    }
  ]
}
2026-11-30T10:00:07.000Z info: recovered
node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
    ^

TypeError: Cannot read properties of undefined (reading 'id')
    at OrdersService.load (/app/dist/orders/service.js:31:28)
    at async Promise.all (index 1)

Node.js v22.3.0
"""


def test_node_errors_in_a_services_log(tmp_path: Path):
    events = stored_events(
        tmp_path, SERVICE_LOG, "line, level, message, exception_type, exception_value, stack"
    )
    assert [(e[0], e[1], e[3]) for e in events] == [
        (1, "info", None),
        (2, "error", "Error"),  # the crash report is its own event, `}` and version included
        (20, "info", None),
        (21, "error", "AggregateError"),
        (35, "info", None),
        (36, "error", "TypeError"),
    ]
    crash = json.loads(events[1][5])
    assert [(c["type"], c["value"]) for c in crash] == [
        ("Error", "query failed"),
        ("Error", "connect ECONNREFUSED 10.0.0.5:5432"),
    ]
    assert [f["function"] for f in crash[0]["frames"]][-1] == "Pool.query"
    assert events[3][2] == "Unhandled rejection AggregateError: All promises were rejected"
    group = json.loads(events[3][5])
    # The aggregate's own frames, then each error it lists with its own.
    assert [(c["type"], c["value"], len(c["frames"])) for c in group] == [
        ("AggregateError", "All promises were rejected", 2),
        ("Error", "timeout after 5000ms", 2),
        ("Error", "getaddrinfo ENOTFOUND mirror2.example", 1),
    ]
    assert events[5][4] == "Cannot read properties of undefined (reading 'id')"


def test_a_crash_in_a_builtin_module_or_in_compiled_code_is_its_own_event(tmp_path: Path):
    """Node names a builtin module (`node:events:495`) or code compiled from a string with no
    file (`undefined:9`) where the report's location stands: the report is an event, not the
    lines of the app's event above it."""
    text = """\
7 Jun 08:52:47 - WARNING: [1203] Adding node statsd-2:8125 to the ring.
node:events:495
      throw er; // Unhandled 'error' event
      ^

Error: getaddrinfo EAI_AGAIN statsd-1.metrics.internal
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)

Node.js v18.19.0
7 Jun 09:15:12 - INFO: [1187] reading config file: /etc/statsd/config.js
undefined:9
  flushInterval: 10000
  ^^^^^^^^^^^^^

SyntaxError: Unexpected identifier
    at new Function (<anonymous>)
    at Object.<anonymous> (/opt/statsd/lib/config.js:20:18)

Node.js v18.19.0
"""
    events = stored_events(tmp_path, text, "line, exception_type")
    assert events == [(1, None), (2, "Error"), (10, None), (11, "SyntaxError")]
