"""CPython's fatal-error report: what `faulthandler` prints on stderr when the interpreter dies
of a signal (a segfault in a C extension, an abort), and what `Py_FatalError` prints:

    Fatal Python error: Segmentation fault

    Thread 0x00007f0a6f0cf6c0 (most recent call first):
      File "/srv/app/worker.py", line 4 in idle
      File "/usr/lib/python3.11/threading.py", line 1002 in _bootstrap

    Current thread 0x00007f0a6fc6ab80 (most recent call first):
      File "/usr/lib/python3.11/ctypes/__init__.py", line 519 in string_at
      File "/srv/app/worker.py", line 8 in <module>

    Extension modules: numpy.core._multiarray_umath, ... (total: 12)

The report is one event, whatever log line came before it: the process's death
(`continues_fatal_error` keeps its lines at column 0 in it). `formats.stacktrace` reads it
(`fatal_error_report`) as an exception chain of one, type `Fatal Python error`, its value what
follows (`Segmentation fault`, `Aborted`, `_enter_buffered_busy: could not acquire lock ...`),
its frames the thread that died (`Current thread`, or the one stack a single-threaded dump
prints), outermost first: where the process crashed, so crashes at one place are one group.
The other threads' stacks are kept as logged, not parsed. A dump with no fatal-error line above
it (`faulthandler.dump_traceback`, a `faulthandler.register`ed signal) is no exception.
"""

from __future__ import annotations

import re

__all__ = ["FATAL_PYTHON", "FATAL_TYPE", "continues_fatal_error", "fatal_error_report"]

FATAL_PYTHON = "Fatal Python error: "
FATAL_TYPE = "Fatal Python error"
_CURRENT_THREAD = "Current thread 0x"
# The lines at column 0 that go on a report: each thread's header (`Stack` when only the
# current thread is dumped), the interpreter's state under `Py_FatalError`'s line, the C
# extensions loaded (Python 3.11+), the C stack (3.13+).
_REPORT_LINE = re.compile(
    r"(?:(?:Current thread|Thread) 0x[0-9a-fA-F]{1,16} |Stack |Current thread's C stack trace )"
    r"\(most recent call first\):"
    r"|Extension modules: |Python runtime state: "
)
# `  File "path", line N in function`: faulthandler's frame, with no comma before `in`.
_FRAME = re.compile(
    r'  File "(?P<file>[^"\n]{1,4096})", line (?P<lineno>\d{1,9}) in (?P<func>\S.{0,1023})\Z'
)


def continues_fatal_error(line: str, header: str) -> bool:
    """Whether `line`, at column 0, goes on the fatal-error report that `header` opened."""
    return header.startswith(FATAL_PYTHON) and _REPORT_LINE.match(line[:128]) is not None


def fatal_error_report(lines: list[str]) -> tuple[str, list[tuple[str, str, int]]] | None:
    """The value and the frames (path, function, line number; outermost first) of the report in
    `lines` (the fatal-error line first, or anywhere among them: a log header's line may come
    before it), or None when no line opens one."""
    start = next((i for i, line in enumerate(lines) if line.startswith(FATAL_PYTHON)), None)
    if start is None:
        return None
    value = lines[start][len(FATAL_PYTHON) :].strip()
    stacks: list[tuple[str, list[tuple[str, str, int]]]] = []
    for line in lines[start + 1 :]:
        if line.endswith(":") and _REPORT_LINE.match(line[:128]) is not None:
            stacks.append((line, []))
        elif stacks and line.startswith("  File "):
            m = _FRAME.match(line)
            if m is not None:
                stacks[-1][1].append((m["file"], m["func"].strip(), int(m["lineno"])))
    frames = next((f for head, f in stacks if head.startswith(_CURRENT_THREAD)), None)
    if frames is None:
        frames = stacks[0][1] if len(stacks) == 1 else []
    return value, frames[::-1]
