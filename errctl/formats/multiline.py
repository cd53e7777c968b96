"""Multi-line event rules for plain-text logs.

The ingest framer starts a new event at every line some format accepts as a header and appends
every other line to the open event. This module owns the two answers header formats cannot give:

- `forces_new_event`: a line with no log header that still starts an event. Runtimes write
  uncaught errors straight to stderr, which often lands in the same file as the application's
  log (containers, supervisord, `2>&1`), so these blocks must not be glued to whatever log line
  happened to come before them.
- `looks_like_trace`: whether an event's continuation lines are a stack trace, so ingest stores
  them as exception text (and parses them with `formats.stacktrace`) instead of appending them
  to the message.

Both are called once per line / per event on millions of lines: they dispatch on the first
character before doing anything else, and never run a regex over an unbounded line.
"""

from __future__ import annotations

import re

__all__ = ["forces_new_event", "looks_like_trace"]

_PY_TB = "Traceback (most recent call last):"
_PY_SEPARATORS = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# The prefix of a JVM / .NET frame (`at pkg.Class.method(`) or a Node frame (`at fn (` or
# `at /path:1:2`), checked on a bounded slice of the left-stripped line.
# A JVM exception line printed with no stack under its log header (logback, when the JVM omitted
# the stack): `org.apache.kafka.common.errors.TimeoutException: ...`.
_JVM_EXC_LINE = re.compile(r"[a-z][\w$]*(?:\.[\w$]+)+(?:Exception|Error|Throwable)(?::|$)")
_FRAME_HEAD = re.compile(r"at (?:async |new )?[\w$.<>/@`\[\]|~:-]+(?:\(| \(|:\d+:\d+)")


def forces_new_event(line: str, open_event_lines: int, previous_line: str | None) -> bool:
    """Whether `line`, which no format accepts as a header, starts a new event anyway.

    `open_event_lines` is how many lines the open event has so far (0: none is open) and
    `previous_line` the line just before this one (None at the start of the input).

    The rule, from what real files look like:
    - `Exception in thread "main" java.lang.X: ...` (the JVM's uncaught-exception handler) and
      `Exception in thread Thread-1 (worker):` (Python's threading.excepthook) at column 0;
    - `panic: ` and `fatal error: ` at column 0 (the Go runtime);
    - `Traceback (most recent call last):` at column 0 only when the open event already has more
      than one line and the previous line is neither blank nor a chain separator. Directly
      after its header line it is `logger.exception` output and stays attached; Python prints a
      chained section as `<separator>`, a blank line, then `Traceback ...`, so a blank previous
      line keeps chains whole. What this splits: a second traceback printed right after a
      first one (two uncaught errors on stderr). What it cannot tell apart: a traceback on
      stderr right after an unrelated one-line log event (it stays attached to that event),
      and a multi-line log message followed by its traceback (it is split off);
    - a line starting with NUL bytes: what copytruncate log rotation leaves behind, never a
      continuation of the event before it.
    Uncaught JVM stacks without the `Exception in thread` line (printStackTrace to stdout) are
    not split: their first line looks exactly like logback's exception line under a header.
    """
    if not line:
        return False
    c = line[0]
    if c == "E":
        return line.startswith("Exception in thread ")
    if c == "p":
        return line.startswith("panic: ")
    if c == "f":
        return line.startswith("fatal error: ")
    if c == "T":
        if not line.startswith(_PY_TB):
            return False
        if open_event_lines == 0:
            return True
        if open_event_lines == 1 or previous_line is None:
            return False
        prev = previous_line.strip()
        return bool(prev) and not prev.startswith(_PY_SEPARATORS)
    return c == "\x00"


def looks_like_trace(lines: list[str]) -> bool:
    """Whether an event's continuation lines hold a stack trace (Python, JVM, Node, Go, .NET).

    Any frame, traceback header, `Caused by:` or goroutine header is enough. A first line that
    is a package-qualified `...Exception` / `...Error` also counts, for the JVM exceptions
    logback prints with no stack.
    """
    first = next((x for x in lines if x.strip()), "")
    if first[:1].islower() and _JVM_EXC_LINE.match(first[:256]):
        return True
    for line in lines:
        if not line:
            continue
        c = line[0]
        if c == " " or c == "\t":
            s = line[:200].lstrip()
            if not s:
                continue
            c2 = s[0]
            if c2 == "a":
                if s.startswith("at ") and _FRAME_HEAD.match(s):
                    return True
            elif c2 == "F":
                if s.startswith('File "') and '", line ' in s:
                    return True
            elif c2 == "+" or c2 == "|":
                if "Exception Group Traceback" in s:
                    return True
            elif c2 == "/" and line[0] == "\t" and " +0x" in line[-24:]:
                return True  # Go frame location: `\t/path/main.go:12 +0x1d`
        elif c == "T":
            if line.startswith(_PY_TB):
                return True
        elif c == "C":
            if line.startswith("Caused by: "):
                return True
        elif c == "g":
            if line.startswith("goroutine ") and line.rstrip().endswith(":"):
                return True
        elif c == "E":
            if line.startswith("Exception in thread "):
                return True
        elif c == "p" and line.startswith("panic: "):
            return True
    return False
