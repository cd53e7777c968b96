"""AWS Lambda's text logs, as CloudWatch holds them and `aws logs` / `sam logs` export them:
the runtime's lines, the application's lines the runtime wraps, and the platform's own lines.

    2024-05-01T10:00:00.123Z<TAB>8f5b2c1e-...<TAB>INFO<TAB>processing order 1234      (Node.js)
    2024-05-01T10:00:00.456Z<TAB>8f5b2c1e-...<TAB>ERROR<TAB>Invoke Error <TAB>{"errorType":...}
    [ERROR]<TAB>2024-05-01T10:00:00.123Z<TAB>8f5b2c1e-...<TAB>payment failed        (Python)
    [ERROR] KeyError: 'id'                                             (Python, uncaught)
    Traceback (most recent call last): ...
    START RequestId: 8f5b2c1e-... Version: $LATEST
    REPORT RequestId: 8f5b2c1e-...	Duration: 102.25 ms	...	Status: timeout
    2024-05-01T10:00:03.000Z 8f5b2c1e-... Task timed out after 3.00 seconds

Owns `LambdaFormat` and the module instance `FORMAT` (name "lambda"). The request id goes to
the attribute `request_id` (every line of one invocation shares it). The Node.js runtime's
report of an error (`Invoke Error`, `Uncaught Exception`, `Unhandled Promise Rejection`, each
with the error as JSON) is read as that exception, its `stack` as the trace; the Python
runtime's `[ERROR] Type: message` starts an exception whose traceback follows on the next
lines. The platform's lines are debug, a REPORT is info, and a timeout, a runtime that exited,
or a REPORT or INIT_REPORT whose status is not success is an error. Platform lines carry no
time: they take the time of the line before them (ingest's rule for a line without one).
"""

from __future__ import annotations

import re

import orjson

from errctl.models import ParsedFields

_REQUEST_ID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z"
# Node.js (and the other runtimes that write console lines this way): time, id, level, text.
_NODE = re.compile(
    rf"(?P<ts>{_TIME})\t(?P<rid>{_REQUEST_ID}|undefined)\t(?P<level>[A-Z]{{3,8}})\t(?P<msg>.*)",
    re.S,
)
# Python's runtime logging format: `[%(levelname)s]\t%(asctime)s\t%(aws_request_id)s\t...`.
_PYTHON = re.compile(
    rf"\[(?P<level>[A-Z]{{3,8}})\]\t(?P<ts>{_TIME})\t(?P<rid>{_REQUEST_ID}|None)?\t?(?P<msg>.*)",
    re.S,
)
# Python's runtime reporting an uncaught exception: `[ERROR] Runtime.ImportModuleError: ...`.
_PYTHON_ERROR = re.compile(r"\[ERROR\] (?P<type>[A-Za-z_][\w.]*): (?P<msg>.*)", re.S)
_TIMEOUT = re.compile(
    rf"(?P<ts>{_TIME}) (?P<rid>{_REQUEST_ID}) (?P<msg>Task timed out after [\d.]+ seconds)"
)
_PLATFORM = re.compile(
    rf"(?P<kind>START|END|REPORT) RequestId: (?P<rid>{_REQUEST_ID})(?P<rest>.*)", re.S
)
_PLATFORM_OTHER = re.compile(
    r"(?P<kind>INIT_START|INIT_REPORT|EXTENSION|TELEMETRY)[ \t](?P<rest>.*)"
)
_RUNTIME_EXIT = re.compile(rf"RequestId: (?P<rid>{_REQUEST_ID}) (?P<msg>Error: .*)", re.S)
_STATUS = re.compile(r"\tStatus: (?P<status>\w+)")
_NODE_ERROR_LABELS = ("Invoke Error", "Uncaught Exception", "Unhandled Promise Rejection")


class LambdaFormat:
    name = "lambda"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        first = line[:1]
        if first.isdigit():
            m = _NODE.match(line)
            if m is not None:
                return _node_line(m)
            m = _TIMEOUT.match(line)
            if m is not None:
                return _fields(m["msg"], m["ts"], "error", m["rid"])
            return None
        if first == "[":
            m = _PYTHON.match(line)
            if m is not None:
                return _fields(m["msg"], m["ts"], m["level"], m["rid"])
            m = _PYTHON_ERROR.match(line)
            if m is not None:
                exception = f"{m['type']}: {m['msg']}"
                return ParsedFields(exception, None, "error", exception_text=exception)
            return None
        if first and first in "SERIT":  # ("" is in every string)
            return _platform_line(line)
        return None


def _fields(msg: str, ts: str | None, level: str, rid: str | None) -> ParsedFields:
    attributes = {"request_id": rid} if rid and rid not in ("undefined", "None") else None
    return ParsedFields(msg, ts, level, attributes=attributes)


def _node_line(m: re.Match[str]) -> ParsedFields:
    msg = m["msg"]
    fields = _fields(msg, m["ts"], m["level"], m["rid"])
    for label in _NODE_ERROR_LABELS:
        if msg.startswith(label):
            error = _node_error(msg[len(label) :].strip())
            if error is not None:
                message, trace = error
                fields.message = f"{label}: {message}"
                fields.exception_text = trace
            break
    return fields


def _node_error(payload: str) -> tuple[str, str] | None:
    """(`Type: message`, the stack as text) of the runtime's JSON report of an error."""
    try:
        error = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    if type(error) is not dict:
        return None
    kind, text = error.get("errorType"), error.get("errorMessage")
    head = f"{kind}: {text}" if kind and text else str(kind or text or "")
    if not head:
        return None
    stack = error.get("stack")
    lines = [s for s in stack if type(s) is str] if type(stack) is list else []
    # Node's stack starts with `Type: message` itself; without one, the head stands alone.
    trace = "\n".join(lines) if lines and lines[0].startswith(str(kind)) else head
    return head, trace


def _platform_line(line: str) -> ParsedFields | None:
    m = _PLATFORM.match(line)
    if m is not None:
        kind, rest = m["kind"], m["rest"]
        level = {"START": "debug", "END": "debug", "REPORT": "info"}[kind]
        status = _STATUS.search(rest)
        if status is not None and status["status"] != "success":
            level = "error"
        return _fields(f"{kind} RequestId: {m['rid']}{rest}", None, level, m["rid"])
    m = _PLATFORM_OTHER.match(line)
    if m is not None:
        status = _STATUS.search(line)
        level = "error" if status is not None and status["status"] != "success" else "debug"
        return ParsedFields(line, None, level)
    m = _RUNTIME_EXIT.match(line)
    if m is not None:
        return _fields(m["msg"], None, "error", m["rid"])
    return None


FORMAT = LambdaFormat()
