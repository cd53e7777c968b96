"""CPython's fatal-error report on stderr, in the file the program's log goes to: the process
died (a segfault in a C extension, an abort), and that is an error event of its own, whatever
line came before it, with the dying thread's frames as its stack. Captured from CPython 3.11
with faulthandler enabled (`faulthandler.enable()`, `-X faulthandler`)."""

from __future__ import annotations

from errctl.formats.stacktrace import parse_trace
from tests.ingest.stored import stored_events

# A worker with a second thread segfaulted in ctypes under its last INFO line; a later run
# crashed at the same place (other thread addresses, no second thread), then one crashed
# elsewhere; the last one called Py_FatalError.
WORKER = """\
2026-12-04 10:37:55,594 INFO worker: worker 3 started
Fatal Python error: Segmentation fault

Thread 0x00007f0a6f0cf6c0 (most recent call first):
  File "/srv/app/worker.py", line 4 in idle
  File "/usr/lib/python3.11/threading.py", line 982 in run
  File "/usr/lib/python3.11/threading.py", line 1045 in _bootstrap_inner
  File "/usr/lib/python3.11/threading.py", line 1002 in _bootstrap

Current thread 0x00007f0a6fc6ab80 (most recent call first):
  File "/usr/lib/python3.11/ctypes/__init__.py", line 519 in string_at
  File "/srv/app/worker.py", line 7 in deep
  File "/srv/app/worker.py", line 8 in <module>

Extension modules: _cffi_backend, yaml._yaml (total: 2)
2026-12-04 10:41:02,001 INFO worker: worker 3 started
Fatal Python error: Segmentation fault

Current thread 0x00007f3c11e2ab80 (most recent call first):
  File "/usr/lib/python3.11/ctypes/__init__.py", line 519 in string_at
  File "/srv/app/worker.py", line 7 in deep
  File "/srv/app/worker.py", line 8 in <module>
2026-12-04 10:45:10,310 INFO worker: worker 3 started
Fatal Python error: Segmentation fault

Current thread 0x00007f3c11e2ab80 (most recent call first):
  File "/usr/lib/python3.11/ctypes/__init__.py", line 519 in string_at
  File "/srv/app/images.py", line 30 in thumbnail
  File "/srv/app/worker.py", line 12 in <module>
2026-12-04 10:50:00,000 INFO worker: worker 3 started
Fatal Python error: worker pool corrupted
Python runtime state: initialized

Current thread 0x00007f8e8de23b80 (most recent call first):
  File "/srv/app/pool.py", line 3 in <module>
"""


def test_a_fatal_error_under_a_log_line_is_an_error_event_with_its_thread_s_frames(tmp_path):
    rows = stored_events(
        tmp_path, WORKER, "line, level, message, exception_type, exception_value, fingerprint"
    )
    assert [r[:5] for r in rows] == [
        (1, "info", "worker 3 started", None, None),
        (
            2,
            "error",
            "Fatal Python error: Segmentation fault",
            "Fatal Python error",
            "Segmentation fault",
        ),
        (16, "info", "worker 3 started", None, None),
        (
            17,
            "error",
            "Fatal Python error: Segmentation fault",
            "Fatal Python error",
            "Segmentation fault",
        ),
        (23, "info", "worker 3 started", None, None),
        (
            24,
            "error",
            "Fatal Python error: Segmentation fault",
            "Fatal Python error",
            "Segmentation fault",
        ),
        (30, "info", "worker 3 started", None, None),
        (
            31,
            "error",
            "Fatal Python error: worker pool corrupted",
            "Fatal Python error",
            "worker pool corrupted",
        ),
    ]
    # Crashes at one place are one group, whatever the other threads did; another place is
    # another group.
    fingerprints = {line: fp for line, *_, fp in rows}
    assert fingerprints[2] == fingerprints[17]
    assert fingerprints[24] != fingerprints[2]


def test_the_dying_thread_s_frames_outermost_first():
    text = "\n".join(WORKER.splitlines()[1:15])
    chain = parse_trace(text)
    assert chain is not None and len(chain) == 1
    assert [(f.file, f.function, f.lineno) for f in chain[0].frames] == [
        ("/srv/app/worker.py", "<module>", 8),
        ("/srv/app/worker.py", "deep", 7),
        ("/usr/lib/python3.11/ctypes/__init__.py", "string_at", 519),
    ]
    assert chain[0].frames[2].module == "ctypes"


def test_a_thread_dump_without_a_fatal_error_is_no_exception():
    """`faulthandler.dump_traceback()` (or a signal `faulthandler.register` set up) prints the
    stacks of a live process: nothing failed."""
    dump = (
        "Stack (most recent call first):\n"
        '  File "/srv/app/dump.py", line 3 in f\n'
        '  File "/srv/app/dump.py", line 4 in <module>\n'
    )
    assert parse_trace(dump) is None
