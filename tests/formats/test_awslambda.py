"""AWS Lambda's text logs: the Node.js and Python runtimes' lines and the platform's, written
after AWS's documentation of each (not copied from a real account)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import orjson
import pytest

from errctl.formats.awslambda import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

RID = "8f5b2c1e-1d2a-4b7e-9a0c-3e4f5a6b7c8d"
NODE_ERROR = {
    "errorType": "TypeError",
    "errorMessage": "Cannot read properties of undefined (reading 'id')",
    "stack": [
        "TypeError: Cannot read properties of undefined (reading 'id')",
        "    at Runtime.handler (/var/task/index.js:12:25)",
        "    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)",
    ],
}
NODE_LOG = "\n".join(
    [
        f"START RequestId: {RID} Version: $LATEST",
        f"2024-05-01T10:00:00.123Z\t{RID}\tINFO\tprocessing order 1234",
        f"2024-05-01T10:00:00.456Z\t{RID}\tERROR\tInvoke Error \t"
        + orjson.dumps(NODE_ERROR).decode(),
        f"END RequestId: {RID}",
        f"REPORT RequestId: {RID}\tDuration: 102.25 ms\tBilled Duration: 103 ms\t"
        "Memory Size: 128 MB\tMax Memory Used: 71 MB\tInit Duration: 170.56 ms",
    ]
)
PY_RID = "11111111-2222-4333-8444-555555555555"
TIMEOUT_RID = "11111111-2222-4333-8444-666666666666"
PYTHON_LOG = "\n".join(
    [
        "INIT_START Runtime Version: python:3.12.v38\tRuntime Version ARN: arn:aws:lambda:x",
        f"START RequestId: {PY_RID} Version: $LATEST",
        f"[INFO]\t2024-05-01T10:00:00.123Z\t{PY_RID}\tcharging order 991",
        f"[ERROR]\t2024-05-01T10:00:00.200Z\t{PY_RID}\tpayment provider said no",
        "[ERROR] KeyError: 'customer_id'",
        "Traceback (most recent call last):",
        '  File "/var/task/app.py", line 14, in handler',
        "    customer = event['customer_id']",
        f"END RequestId: {PY_RID}",
        f"2024-05-01T10:01:03.000Z {TIMEOUT_RID} Task timed out after 3.00 seconds",
        f"REPORT RequestId: {TIMEOUT_RID}\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\t"
        "Memory Size: 128 MB\tMax Memory Used: 51 MB\tStatus: timeout",
    ]
)


def test_a_node_line_has_its_time_level_and_request_id():
    f = FORMAT.parse(f"2024-05-01T10:00:00.123Z\t{RID}\tWARN\tslow downstream")
    assert (f.message, f.timestamp, f.level, f.attributes) == (
        "slow downstream",
        "2024-05-01T10:00:00.123Z",
        "WARN",
        {"request_id": RID},
    )
    outside = FORMAT.parse("2024-05-01T10:00:00.123Z\tundefined\tINFO\tcold start")
    assert outside.message == "cold start" and outside.attributes is None


def test_the_node_runtimes_error_report_is_its_exception():
    f = FORMAT.parse(
        f"2024-05-01T10:00:00.456Z\t{RID}\tERROR\tUncaught Exception \t"
        + orjson.dumps(NODE_ERROR).decode()
    )
    assert f.message == (
        "Uncaught Exception: TypeError: Cannot read properties of undefined (reading 'id')"
    )
    assert f.exception_text == "\n".join(NODE_ERROR["stack"])
    without_stack = {"errorType": "Error", "errorMessage": "boom"}
    f = FORMAT.parse(
        f"2024-05-01T10:00:00.456Z\t{RID}\tERROR\tInvoke Error \t"
        + orjson.dumps(without_stack).decode()
    )
    assert f.exception_text == "Error: boom"
    broken = FORMAT.parse(f"2024-05-01T10:00:00.456Z\t{RID}\tERROR\tInvoke Error \t{{oops")
    assert broken.message == "Invoke Error \t{oops" and broken.exception_text is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (f"START RequestId: {RID} Version: $LATEST", "debug"),
        (f"END RequestId: {RID}", "debug"),
        (f"REPORT RequestId: {RID}\tDuration: 1.00 ms\tBilled Duration: 1 ms", "info"),
        (f"REPORT RequestId: {RID}\tDuration: 3000.00 ms\tStatus: timeout", "error"),
        ("INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:x", "debug"),
        ("INIT_REPORT Init Duration: 9.99 ms\tPhase: init\tStatus: error\tError Type: x", "error"),
        (f"RequestId: {RID} Error: Runtime exited with error: exit status 1", "error"),
        (f"2024-05-01T10:01:03.000Z {RID} Task timed out after 3.00 seconds", "error"),
    ],
)
def test_platform_lines_and_their_levels(line: str, level: str):
    f = FORMAT.parse(line)
    assert f is not None and f.level == level


@pytest.mark.parametrize(
    "line",
    [
        "2024-05-01T10:00:00.123Z INFO plain generic line",
        "2024-05-01T10:00:00.123Z\tnot-a-request-id\tINFO\tx",
        "[ERROR] not an exception line",
        "START the engines",
        "Traceback (most recent call last):",
        "",
    ],
)
def test_other_lines_are_not_lambdas(line: str):
    assert FORMAT.parse(line) is None


def test_a_lambda_log_is_detected():
    assert detect(PYTHON_LOG.split("\n")).name == "lambda"
    assert detect(NODE_LOG.split("\n")).name == "lambda"


def test_a_python_lambda_log_end_to_end(tmp_path: Path):
    rows = stored_events(
        tmp_path,
        PYTHON_LOG + "\n",
        "line, timestamp, timestamp_inferred, level, message, exception_type, stack, "
        "attributes->>'request_id'",
    )
    by_line = {r[0]: r[1:] for r in rows}
    assert sorted(by_line) == [1, 2, 3, 4, 5, 9, 10, 11]
    first = datetime(2024, 5, 1, 10, 0, 0, 123000)
    # INIT_START and START come before any time: they take the first one read, not the mtime.
    assert by_line[1][:3] == (first, True, "debug")
    assert by_line[2][:3] == (first, True, "debug") and by_line[2][-1] == PY_RID
    assert by_line[3][2:4] == ("info", "charging order 991")
    assert by_line[4][2:4] == ("error", "payment provider said no")
    # The runtime's uncaught exception: the type from its line, the frames from below it.
    _, _, level, message, exc_type, stack, rid = by_line[5]
    assert (level, message, exc_type, rid) == ("error", "KeyError: 'customer_id'", "KeyError", None)
    (exception,) = orjson.loads(stack)
    assert exception["value"] == "'customer_id'"
    assert [f["function"] for f in exception["frames"]] == ["handler"]
    assert by_line[10][2:4] == ("error", "Task timed out after 3.00 seconds")
    assert by_line[11][2] == "error" and by_line[11][-1] == TIMEOUT_RID


def test_a_node_lambda_log_end_to_end(tmp_path: Path):
    rows = stored_events(tmp_path, NODE_LOG + "\n", "line, level, exception_type, stack")
    by_line = {r[0]: r[1:] for r in rows}
    level, exc_type, stack = by_line[3]
    assert (level, exc_type) == ("error", "TypeError")
    frames = orjson.loads(stack)[0]["frames"]
    assert {f["function"] for f in frames} == {"Runtime.handler", "Runtime.handleOnceNonStreaming"}
    assert [by_line[n][0] for n in (1, 2, 4, 5)] == ["debug", "info", "debug", "info"]
