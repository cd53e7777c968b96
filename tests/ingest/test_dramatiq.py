# ruff: noqa: E501  (the captured lines are data, as the worker wrote them)
"""Dramatiq's worker log (captured from a real Dramatiq 2.2 worker here, a Redis broker, an
actor that raises): `[%(asctime)s] [PID %(process)d] [%(threadName)s] [%(name)s]
[%(levelname)s] %(message)s`, every field in brackets before the message."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

DRAMATIQ = """\
[2026-12-04 21:33:31,788] [PID 31612] [MainThread] [dramatiq.MainProcess] [INFO] Dramatiq '2.2.1' is booting up.
[2026-12-04 21:33:31,787] [PID 31614] [Thread-4] [dramatiq.worker.WorkerThread] [ERROR] Failed to process message charge(3) with unhandled exception.
Traceback (most recent call last):
  File "/srv/venv/lib/python3.11/site-packages/dramatiq/worker.py", line 560, in process_message
    res = actor(*message.args, **message.kwargs)
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/srv/venv/lib/python3.11/site-packages/dramatiq/actor.py", line 194, in __call__
    return self.fn(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^
  File "/srv/shop/dq.py", line 7, in charge
    raise ConnectionError(f"payment gateway timed out for order {n}")
ConnectionError: payment gateway timed out for order 3
[2026-12-04 21:33:31,790] [PID 31614] [Thread-4] [dramatiq.middleware.retries.Retries] [INFO] Retrying message '2b340422-fc35-41cf-8054-64083ad87da6' in 149 milliseconds.
[2026-12-04 21:33:31,787] [PID 31614] [MainThread] [dramatiq.WorkerProcess(0)] [INFO] Worker process is ready for action.
"""


def test_the_pid_thread_logger_and_level_in_brackets_are_read():
    f = FORMAT.parse(
        "[2026-12-04 21:33:31,790] [PID 31614] [Thread-4] [dramatiq.middleware.retries.Retries] [INFO] Retrying message 'x' in 149 milliseconds."
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "dramatiq.middleware.retries.Retries",
        {"pid": 31614, "thread": "Thread-4"},
        "Retrying message 'x' in 149 milliseconds.",
    )
    # A consumer thread's logger names its queue in parentheses.
    line = (
        "[2024-06-06 08:50:12,202] [PID 1203] [Thread-6] "
        "[dramatiq.worker.ConsumerThread(webhooks)] [INFO] Restarting consumer in 3.00 seconds."
    )
    f = FORMAT.parse(line)
    assert (f.logger, f.level, f.message) == (
        "dramatiq.worker.ConsumerThread(webhooks)",
        "INFO",
        "Restarting consumer in 3.00 seconds.",
    )
    spdlog = FORMAT.parse("[2024-05-01 12:00:01.123] [shop] [info] ready")
    assert (spdlog.logger, spdlog.level, spdlog.attributes) == ("shop", "info", None)


def test_a_dramatiq_worker_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, DRAMATIQ, "line, level, logger, exception_type")
    assert rows == [
        (1, "info", "dramatiq.MainProcess", None),
        (2, "error", "dramatiq.worker.WorkerThread", "ConnectionError"),
        (13, "info", "dramatiq.middleware.retries.Retries", None),
        (14, "info", "dramatiq.WorkerProcess(0)", None),
    ]
