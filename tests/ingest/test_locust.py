"""Locust's log (captured from a real Locust 2.47 run here, headless, a task that raises):
`[%(asctime)s] %(hostname)s/%(levelname)s/%(name)s: %(message)s`, the host, level and logger
joined by slashes."""

from __future__ import annotations

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events

LOCUST = """\
[2026-12-04 21:11:46,221] vm/INFO/locust.main: Starting Locust 2.47.0
[2026-12-04 21:11:46,221] vm/INFO/locust.main: Run time limit set to 4 seconds
[2026-12-04 21:11:46,222] vm/INFO/locust.runners: Ramping to 2 users at a rate of 2.00 per second
[2026-12-04 21:11:46,223] vm/INFO/locust.runners: All users spawned: {"U": 2} (2 total users)
[2026-12-04 21:11:46,224] vm/ERROR/locust.user.task: bad test data
Traceback (most recent call last):
  File "/srv/venv/lib/python3.11/site-packages/locust/user/task.py", line 363, in run
    self.execute_next_task()
  File "/srv/venv/lib/python3.11/site-packages/locust/user/task.py", line 396, in execute_next_task
    self.execute_task(self._task_queue.popleft())
  File "/srv/venv/lib/python3.11/site-packages/locust/user/task.py", line 513, in execute_task
    task(self.user)
  File "/srv/load/lf.py", line 11, in c
    raise ValueError("bad test data")
ValueError: bad test data

[2026-12-04 21:11:49,931] vm/INFO/locust.main: Shutting down (exit code 1)
"""


def test_the_host_level_and_logger_are_read():
    f = FORMAT.parse("[2026-12-04 21:11:46,221] vm/INFO/locust.main: Starting Locust 2.47.0")
    assert (f.timestamp, f.host, f.level, f.logger, f.message) == (
        "2026-12-04 21:11:46,221",
        "vm",
        "INFO",
        "locust.main",
        "Starting Locust 2.47.0",
    )
    icinga = FORMAT.parse("[2024-06-04 06:00:00 +0000] information/ApiListener: Reconnecting")
    assert (icinga.host, icinga.level, icinga.logger) == (None, "information", "ApiListener")


def test_a_locust_run_end_to_end(tmp_path):
    rows = stored_events(tmp_path, LOCUST, "line, level, logger, exception_type")
    assert [r[:3] for r in rows] == [
        (1, "info", "locust.main"),
        (2, "info", "locust.main"),
        (3, "info", "locust.runners"),
        (4, "info", "locust.runners"),
        (5, "error", "locust.user.task"),
        (17, "info", "locust.main"),
    ]
    assert rows[4][3] == "ValueError"
