"""Logs written by real programs, run for these tests (excerpts of their own output, paths as
they ran): each excerpt once showed a record read, levelled or grouped wrong."""

from __future__ import annotations

import json

from tests.ingest.stored import stored_events

# pino 10 with its default serializers: an Error with a `cause` is logged with the cause's
# stack below its own, after `caused by: ` (pino-std-serializers' stackWithCauses).
PINO_CAUSE = (
    '{"level":50,"time":1796081620105,"pid":2925,"hostname":"vm","err":{"type":"DbError",'
    '"message":"query failed for user 17: Expected property name or \'}\' in JSON at position 1",'
    '"stack":"DbError: query failed for user 17\\n    at query (/tmp/reallogs/node/app.js:4:54)'
    "\\n    at errs (/tmp/reallogs/node/app.js:6:70)\\n    at Object.<anonymous> "
    "(/tmp/reallogs/node/app.js:10:19)\\n    at Module._compile "
    "(node:internal/modules/cjs/loader:1521:14)\\ncaused by: SyntaxError: Expected property "
    "name or '}' in JSON at position 1\\n    at JSON.parse (<anonymous>)\\n    at query "
    "(/tmp/reallogs/node/app.js:4:14)\\n    at errs (/tmp/reallogs/node/app.js:6:70)\\n    at "
    "Object.<anonymous> (/tmp/reallogs/node/app.js:10:19)\\n    at Module._compile "
    '(node:internal/modules/cjs/loader:1521:14)","name":"DbError","code":"ECONNREFUSED"},'
    '"userId":1,"msg":"request failed"}\n'
)


def _chain(stack: str) -> list[tuple[str, str, list[str]]]:
    return [
        (e["type"], e["value"], [f.get("function") for f in e["frames"]]) for e in json.loads(stack)
    ]


def test_pino_caused_by_is_the_next_exception_of_the_chain(tmp_path):
    """The cause's stack was read as more frames of the error that wraps it."""
    [(exc_type, stack)] = stored_events(tmp_path, PINO_CAUSE, "exception_type, stack")
    assert exc_type == "DbError"
    assert _chain(stack) == [
        (
            "DbError",
            "query failed for user 17",
            ["Module._compile", "Object.<anonymous>", "errs", "query"],
        ),
        (
            "SyntaxError",
            "Expected property name or '}' in JSON at position 1",
            ["Module._compile", "Object.<anonymous>", "errs", "query", "JSON.parse"],
        ),
    ]


# structlog 26 with `dict_tracebacks` and `JSONRenderer` (the production setup its docs give):
# `exception` is a list of dicts, the logged exception first, then its cause. (The `<module>`
# frame's locals are cut to the one that matters.)
STRUCTLOG_DICT_TRACEBACK = (
    '{"order_id": 17, "event": "payment failed", "level": "error", "timestamp": "2026-11-30T23:32:58.523781Z", "exception": [{"exc_type": "PaymentError", "exc_value": "card lookup failed for order 17", "exc_notes": [], "syntax_error": null, "is_cause": false, "frames": [{"filename": "/tmp/reallogs/py/sl.py", "lineno": 18, "name": "<module>", "locals": {"oid": "17"}}, {"filename": "/tmp/reallogs/py/sl.py", "lineno": 15, "name": "charge", "locals": {"order_id": "17"}}], "is_group": false, "exceptions": []}, {"exc_type": "KeyError", "exc_value": "\'card-17\'", "exc_notes": [], "syntax_error": null, "is_cause": true, "frames": [{"filename": "/tmp/reallogs/py/sl.py", "lineno": 13, "name": "charge", "locals": {"order_id": "17"}}], "is_group": false, "exceptions": []}]}'
    + "\n"
)  # noqa: E501


def test_structlog_dict_tracebacks_are_the_exception_chain(tmp_path):
    """The list of exception dicts stayed an attribute: no exception type, no frames."""
    [(exc_type, value, stack)] = stored_events(
        tmp_path, STRUCTLOG_DICT_TRACEBACK, "exception_type, exception_value, stack"
    )
    assert (exc_type, value) == ("PaymentError", "card lookup failed for order 17")
    assert _chain(stack) == [
        ("PaymentError", "card lookup failed for order 17", ["<module>", "charge"]),
        ("KeyError", "'card-17'", ["charge"]),
    ]
