"""Dask distributed's `Compute Failed` record (captured from a real Dask 2026.8 cluster here:
two workers, a task function that raises): the exception and traceback written as reprs."""

from __future__ import annotations

from errctl.formats.dask import compute_failed_trace
from tests.ingest.stored import stored_events

LOG = """\
2026-12-04 18:47:28,597 - distributed.worker - ERROR - Compute Failed
Key:       bad-0abbb736b757166defc92a43ee3a2a52
State:     executing
Task:  <Task 'bad-0abbb736b757166defc92a43ee3a2a52' bad(...)>
Exception: "ValueError('bad input 0')"
Traceback: '  File "<dynamic-code>", line 5, in bad\\n'

2026-12-04 18:47:28,601 - distributed.worker - ERROR - Compute Failed
Key:       bad-869b11eda021adf0cc3a24d6d4aa6eec
State:     executing
Task:  <Task 'bad-869b11eda021adf0cc3a24d6d4aa6eec' bad(...)>
Exception: "ValueError('bad input 3')"
Traceback: '  File "<dynamic-code>", line 5, in bad\\n'

2026-12-04 18:47:28,605 - distributed.worker - ERROR - Compute Failed
Key:       bad-9d1c0e2f7a6b5c4d3e2f1a0b9c8d7e6f
State:     executing
Task:  <Task 'bad-9d1c0e2f7a6b5c4d3e2f1a0b9c8d7e6f' bad(...)>
Exception: "KeyError('region')"
Traceback: '  File "<dynamic-code>", line 9, in bad\\n'

2026-12-04 18:47:28,618 - distributed.scheduler - WARNING - Removing worker 'tcp://127.0.0.1:43641'
"""


def test_the_reprs_are_written_back_as_a_traceback():
    trace = compute_failed_trace(
        "Compute Failed",
        [
            "Key:       x-1",
            "Exception: \"ValueError('bad input 0')\"",
            "Traceback: '  File \"<dynamic-code>\", line 5, in bad\\n'",
        ],
    )
    assert trace == (
        'Traceback (most recent call last):\n  File "<dynamic-code>", line 5, in bad\n'
        "ValueError: bad input 0"
    )
    # Older releases write no traceback; several arguments stay as written.
    older = compute_failed_trace("Compute Failed", ["Exception: \"OSError(2, 'No such file')\""])
    assert older == "Traceback (most recent call last):\nOSError: 2, 'No such file'"
    assert compute_failed_trace("Compute Failed", ["Exception: 'not a repr'"]) is None
    assert compute_failed_trace("Task failed", ["Exception: \"ValueError('x')\""]) is None


def test_failed_tasks_are_grouped_by_their_exception(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, exception_type, exception_value, fingerprint")
    failed = [r for r in rows if r[2] is not None]
    assert [(r[0], r[2], r[3]) for r in failed] == [
        (1, "ValueError", "bad input 0"),
        (8, "ValueError", "bad input 3"),
        (15, "KeyError", "region"),
    ]
    assert failed[0][4] == failed[1][4] != failed[2][4]
    assert rows[-1][:2] == (22, "warning")
