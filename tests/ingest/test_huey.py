# ruff: noqa: E501  (the captured lines are data, as the consumer wrote them)
"""Huey's consumer log (captured from a real Huey 3.5 consumer here, two worker threads, a task
that raises): Python logging's `[%(asctime)s] %(levelname)s:%(name)s:%(threadName)s:%(message)s`,
the logger and thread glued to the level."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

HUEY = """\
[2026-12-04 21:07:01,619] INFO:huey.consumer:MainThread:Huey consumer started with 2 thread, PID 17580 at 2026-12-04 21:07:01.619607
[2026-12-04 21:07:01,619] INFO:huey.consumer:MainThread:Scheduler runs every 1 second(s).
[2026-12-04 21:07:01,619] INFO:huey.consumer:MainThread:Periodic tasks are enabled.
[2026-12-04 21:07:01,619] INFO:huey.consumer:MainThread:The following commands are available:
+ hu.charge
[2026-12-04 21:07:01,622] INFO:huey:Worker-2:Executing hu.charge: 1744fed9-e4e4-4f77-a1af-a1952ad72e6c 1 retries
[2026-12-04 21:07:01,622] INFO:huey:Worker-2:hu.charge: 1744fed9-e4e4-4f77-a1af-a1952ad72e6c 1 retries executed in 0.000s
[2026-12-04 21:07:01,623] INFO:huey:Worker-1:Executing hu.charge: 2ce21981-7b0b-47eb-9f0e-26b3d97d4954 1 retries
[2026-12-04 21:07:01,623] INFO:huey:Worker-1:hu.charge: 2ce21981-7b0b-47eb-9f0e-26b3d97d4954 1 retries executed in 0.000s
[2026-12-04 21:07:01,624] INFO:huey:Worker-1:Executing hu.charge: 5f76a102-d0fe-44e4-8752-c15745c69a24 1 retries
[2026-12-04 21:07:01,624] ERROR:huey:Worker-1:Unhandled exception in task 5f76a102-d0fe-44e4-8752-c15745c69a24.
Traceback (most recent call last):
  File "/srv/venv/lib/python3.11/site-packages/huey/api.py", line 453, in _execute
    task_value = task.execute()
                 ^^^^^^^^^^^^^^
  File "/srv/venv/lib/python3.11/site-packages/huey/api.py", line 976, in execute
    return func(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^
  File "/srv/shop/hu.py", line 5, in charge
    if n % 3 == 0: raise ConnectionError("payment gateway timed out for order %d" % n)
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
ConnectionError: payment gateway timed out for order 3
[2026-12-04 21:07:01,625] INFO:huey:Worker-2:Executing hu.charge: d72088e1-f225-408f-af43-db4b1db13239 1 retries
[2026-12-04 21:07:01,626] INFO:huey:Worker-2:hu.charge: d72088e1-f225-408f-af43-db4b1db13239 1 retries executed in 0.000s
"""


def test_the_logger_and_thread_glued_to_the_level_are_read():
    f = FORMAT.parse(
        "[2026-12-04 21:07:01,624] INFO:huey:Worker-1:Executing hu.charge: 5f76a102 1 retries"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "huey",
        {"thread": "Worker-1"},
        "Executing hu.charge: 5f76a102 1 retries",
    )
    root = FORMAT.parse("2026-12-04 21:07:01 ERROR:root:Something broke: disk full")
    assert (root.logger, root.attributes, root.message) == (
        "root",
        None,
        "Something broke: disk full",
    )
    url = FORMAT.parse("2026-12-04 21:07:01 WARNING:app:https://shop.example is slow")
    assert (url.logger, url.message) == ("app", "https://shop.example is slow")


def test_a_huey_consumer_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, HUEY, "line, level, logger, template, exception_type")
    by_line = {r[0]: r for r in rows}
    assert by_line[1][2] == "huey.consumer"
    assert by_line[6][2:4] == ("huey", "Executing hu.charge: <*> retries")
    assert by_line[6][3] == by_line[8][3] == by_line[10][3]
    assert by_line[11][1:] == (
        "error",
        "huey",
        "Unhandled exception in task <*>.",
        "ConnectionError",
    )
