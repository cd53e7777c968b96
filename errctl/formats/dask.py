"""Dask distributed's worker record of a task that raised, a message of several lines under
the logger's header (`distributed.worker - ERROR - Compute Failed`):

    Compute Failed
    Key:       bad-0abbb736b757166defc92a43ee3a2a52
    State:     executing
    Task:  <Task 'bad-0abbb736b757166defc92a43ee3a2a52' bad(...)>
    Exception: "ValueError('bad input 0')"
    Traceback: '  File "<dynamic-code>", line 5, in bad\\n'

The exception and the traceback are written as Python reprs of their text (`%r` of the
exception's `repr`, of `traceback.format_tb`'s lines; older releases write no traceback), so
no trace parser sees them: the failure had no type and its group was the record's wording,
whatever raised. `compute_failed_trace` writes them back as the traceback Python would print,
for the trace parser; None for any other record.
"""

from __future__ import annotations

import ast
import re

_HEAD = "Compute Failed"
_EXCEPTION = "Exception: "
_TRACEBACK = "Traceback: "
# `ValueError('bad input 0')`, `requests.exceptions.HTTPError('503 Server Error')`.
_REPR = re.compile(r"(?P<type>[A-Za-z_][\w.]{0,255})\((?P<args>.*)\)\Z", re.S)
_MAX_LITERAL = 16_384  # Dask cuts its texts (`distributed.admin.max-error-length`: 10,000)


def compute_failed_trace(message: str, continuation: list[str]) -> str | None:
    """The traceback text of a `Compute Failed` record (its header's message, the lines below
    it), or None when it is no such record or its exception is not written as a repr."""
    if message != _HEAD:
        return None
    exception = frames = None
    for line in continuation[:11]:
        if line.startswith(_EXCEPTION):
            exception = _literal(line[len(_EXCEPTION) :])
        elif line.startswith(_TRACEBACK):
            frames = _literal(line[len(_TRACEBACK) :])
    if type(exception) is not str:
        return None
    m = _REPR.match(exception)
    if m is None:
        return None
    args = m["args"]
    value = _literal(args) if args else ""
    if type(value) is not str:
        value = args  # several arguments (`OSError(2, 'No such file')`): as written
    tail = f"{m['type']}: {value}" if value else m["type"]
    body = frames if type(frames) is str else ""
    if body and not body.endswith("\n"):
        body += "\n"
    return f"Traceback (most recent call last):\n{body}{tail}"


def _literal(text: str) -> object:
    """The Python literal `text` writes, or None."""
    text = text.strip()
    if not text or len(text) > _MAX_LITERAL:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return None
