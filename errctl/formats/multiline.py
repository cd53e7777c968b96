"""Multi-line event rules for plain-text logs.

The ingest framer starts a new event at every line some format accepts as a header and appends
every other line to the open event. This module owns the answers header formats cannot give:

- `forces_new_event`: a line with no log header that still starts an event. Runtimes write
  uncaught errors straight to stderr, which often lands in the same file as the application's
  log (containers, supervisord, `2>&1`), so these blocks must not be glued to whatever log line
  happened to come before them.
- `continues_trace`: whether a line that does carry a header (a journal entry's: systemd writes
  each line a service prints to stderr as an entry of its own) still goes on the trace of the
  event above it, judged on the messages alone; the format asks it for lines of the same
  program.
- `looks_like_trace`: whether an event's continuation lines are a stack trace, so ingest stores
  them as exception text (and parses them with `formats.stacktrace`) instead of appending them
  to the message.

Both are called once per line / per event on millions of lines: they dispatch on the first
character before doing anything else, and never run a regex over an unbounded line.
"""

from __future__ import annotations

import re

from errctl.formats import rich_traceback
from errctl.formats.faulthandler import FATAL_PYTHON, continues_fatal_error
from errctl.formats.node_warnings import starts_node_warning
from errctl.formats.stacktrace import (
    CXX_TERMINATE,
    DART_UNHANDLED,
    DOTNET_UNHANDLED,
    RUBY_FRAME_CHARS,
    is_dart_frame,
    is_go_location,
    is_native_frame,
    is_perl_frame,
    is_slowlog_frame,
    perl_error_line,
    ruby_frame_parts,
    rust_panicked_at,
    sanitizer_error,
    starts_elixir_exception,
    starts_ruby_exception,
    swift_fatal_error,
)
from errctl.formats.status_lines import STATUS_GLYPHS, starts_status_line

__all__ = [
    "NO_EXCEPTION",
    "after_no_exception",
    "announces_traceback",
    "continues_go_panic",
    "continues_node_crash",
    "continues_ruby_crash",
    "continues_runtime_crash",
    "continues_rust_panic",
    "continues_trace",
    "forces_new_event",
    "is_ruby_cause",
    "looks_like_trace",
    "named_by_message",
    "opens_sanitizer_report",
    "untagged",
]

_PY_TB = "Traceback (most recent call last):"
_PY_GROUP_TB = "  + Exception Group Traceback (most recent call last):"  # an uncaught group's
_PY_SEPARATORS = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
NO_EXCEPTION = "NoneType: None"
"""What Python's logging writes for the exception of `logger.exception` called with none in
hand (outside an `except` block): the last line of the record, but for its `stack_info`."""
_PY_STACK_INFO = "Stack (most recent call last):"


def after_no_exception(line: str, previous_line: str | None) -> bool:
    """Whether `line`, at column 0 under `NO_EXCEPTION`, is outside the record that line ended
    (any line but the record's `stack_info`)."""
    return (
        previous_line == NO_EXCEPTION
        and line[:1] not in ("", " ", "\t")
        and not line.startswith(_PY_STACK_INFO)
    )


# The prefix of a JVM / .NET frame (`at pkg.Class.method(`) or a Node frame (`at fn (` or
# `at /path:1:2`), checked on a bounded slice of the left-stripped line.
# A JVM exception line printed with no stack under its log header (logback, when the JVM omitted
# the stack): `org.apache.kafka.common.errors.TimeoutException: ...`.
_JVM_EXC_LINE = re.compile(r"[a-z][\w$]*(?:\.[\w$]+)+(?:Exception|Error|Throwable)(?::|$)")
# The end of a Go frame's location line without its pc offset: `/app/server/handler.go:42`.
_FRAME_HEAD = re.compile(
    r"at (?:async |new )?[\w$.<>/@`\[\]|~:-]+(?: \[as [\w$.<>]+\])?(?:\(| \(|:\d+:\d+)"
)


def forces_new_event(line: str, open_event_lines: int, previous_line: str | None) -> bool:
    """Whether `line`, which no format accepts as a header, starts a new event anyway.

    `open_event_lines` is how many lines the open event has so far (0: none is open) and
    `previous_line` the line just before this one (None at the start of the input).

    The rule, from what real files look like:
    - `Exception in thread "main" java.lang.X: ...` (the JVM's uncaught-exception handler),
      `Exception in thread Thread-1 (worker):` (Python's threading.excepthook) and `Process
      ForkPoolWorker-3:` (what Python's multiprocessing prints above the traceback of a child
      process that died of an exception, under its default names) at column 0, and
      `Exception ignored in: <function Conn.__del__ at 0x7f...>` (Python's unraisable hook,
      above the traceback of an exception no caller could take: a finalizer's, a callback's);
    - `panic: ` and `fatal error: ` at column 0 (the Go runtime; not a `fatal error: ` line that
      repeats the one above it), `Unhandled exception. ` (.NET),
      `thread 'main' panicked at ` (Rust);
    - `Traceback (most recent call last):` at column 0 (an uncaught exception group's `  +
      Exception Group Traceback ...` at column 2) only when the open event already has more
      than one line and the previous line is neither blank nor a chain separator. Directly
      after its header line it is `logger.exception` output and stays attached; Python prints a
      chained section as `<separator>`, a blank line, then `Traceback ...`, so a blank previous
      line keeps chains whole. What this splits: a second traceback printed right after a
      first one (two uncaught errors on stderr). What it cannot tell apart: a traceback on
      stderr right after an unrelated one-line log event (the framer splits it off when the
      event is below warning level, or blank lines came between them, and the traceback's
      first frame shows it uncaught: `framing._UNCAUGHT_FRAME`), and a multi-line log message
      followed by its traceback (the framer keeps that one attached when the record has a log
      header and no traceback yet);
    - Ruby's first line of an uncaught exception at column 0 (`app.rb:5:in 'm': boom
      (RuntimeError)`), unless it follows a `from` frame line: Ruby prints each cause of an
      exception that way after the exception's own frames, and a cause belongs with it;
    - a line starting with NUL bytes: what copytruncate log rotation leaves behind, never a
      continuation of the event before it;
    - the location line that opens Node's uncaught-exception report (`/app/src/db.js:42`, then
      the source line, its caret, the stack), unless it follows another such line (a list);
    - Meteor's report of a method or callback that threw (`Exception while invoking method
      'sendMessage' Error: ...`, `Exception in callback of async function: ...`);
    - Perl's die and warn at column 0 (`message at app.pl line 7.`), and Node's process
      warnings (`(node:31136) MaxListenersExceededWarning: ...`, `formats.node_warnings`);
    - the first line of a crash of CPython (`Fatal Python error: Segmentation fault`,
      faulthandler's report), of Android's runtime (`FATAL EXCEPTION: main`), of Dart's VM
      (`Unhandled exception:`), of libstdc++'s
      (`terminate called after throwing an instance of 'std::runtime_error'`) and Swift's
      fatal error naming its source (`Fatal error: x: file Shop/Orders.swift, line 42`, 5.9's
      `Shop/Orders.swift:42: Fatal error: x`);
    - a banner opened by `*** ` and a word: a program announcing itself or its end (uWSGI's
      `*** Starting uWSGI 2.0.21 (64bit) on [...] ***` as it restarts under the Django log it
      serves, glibc's `*** stack smashing detected ***: terminated`, a container's startup
      script's `*** Running ...`), never a log message's next line.
    - any line at column 0 after `NoneType: None` (`NO_EXCEPTION`, the end of a record of
      `logger.exception` with no exception in hand) but Python's `Stack (most recent call
      last):`: a library's bare lines among a framework's records (BookWyrm's broadcasts in
      Celery's worker log) each end that way;
    - Rake's `rake aborted!`, the first line of its report of the error a task died of (the
      exception and its backtrace below it), under the task's own last log line;
    - a status line (`starts_status_line`): a glyph and a blank at column 0 or 1, as modern
      command-line tools report each step (Next.js's ` ✓ Ready in 2.1s` and ` ⨯ Error: ...`
      under the stack of the error before it).
    Uncaught JVM stacks without the `Exception in thread` line (printStackTrace to stdout) are
    not split: their first line looks exactly like logback's exception line under a header.
    """
    if not line:
        return False
    c = line[0]
    if after_no_exception(line, previous_line):
        return True  # the record that wrote it ended with it: this is another one's line
    if (c == " " or c in STATUS_GLYPHS) and starts_status_line(line):
        return True
    if line[-1:] == "." and c not in " \t" and perl_error_line(line):
        return True  # Perl's die or warn on stderr, under the program's log lines
    if c == "E":
        return line.startswith(("Exception in thread ", _UNRAISABLE, *_METEOR_EXCEPTIONS))
    if c == "U":
        return line.startswith(DOTNET_UNHANDLED) or line.rstrip() == DART_UNHANDLED
    if c == "t":
        return starts_rust_panic(line) or line.startswith(CXX_TERMINATE)
    if c == "F":
        if line.startswith(FATAL_PYTHON):
            return True
        if line.startswith(ANDROID_FATAL):
            # not right under a header with no message of its own (logcat's `-v long` writes
            # the entry's lines below its `[ time pid:tid E/AndroidRuntime ]`)
            return open_event_lines != 1
        if line.startswith("Fatal error: ") and swift_fatal_error(line):
            return True
    if c == "p":
        return line.startswith("panic: ")
    if c == "r" and line.rstrip() == "rake aborted!":
        return True
    if c == "P":
        return _starts_process_crash(line)
    if c == "f":
        # Goroutines that trip the same check at once each print it (`fatal error: concurrent
        # map writes` twice), then the runtime prints one report: the repeat goes on the first.
        return line.startswith("fatal error: ") and line != previous_line
    if c == "T" or (c == " " and line.startswith(_PY_GROUP_TB)):
        if c == "T" and not line.startswith(_PY_TB):
            return False
        if open_event_lines == 0:
            return True
        if open_event_lines == 1 or previous_line is None:
            return False
        prev = previous_line.strip()
        return bool(prev) and not prev.startswith(_PY_SEPARATORS)
    if c == "*":
        return line[1:4] == "** " and line[4:5].isalpha()
    if c == "(":
        return starts_node_warning(line)
    if c == "=" and line[1:2] == "=" and sanitizer_error(line):
        # A sanitizer's report, but not right under the `====...` rule it prints above it.
        return not (open_event_lines == 1 and _is_rule(previous_line))
    if line[-1:] == ")" and c not in " \t" and line.find(":in ", 0, RUBY_FRAME_CHARS) >= 0:
        return _starts_uncaught_ruby(line, previous_line)
    if line[-1:].isdigit() and is_node_crash_location(line):
        # Node's uncaught-exception report on stderr, under the app's own log on stdout.
        return previous_line is None or not is_node_crash_location(previous_line)
    if c not in " \t" and ".swift:" in line[:256]:  # (`in` a slice: cheaper than find's bounds)
        return swift_fatal_error(line)  # Swift 5.9's `Shop/Orders.swift:42: Fatal error: x`
    return c == "\x00"


# A Python exception's closing line (`RuntimeError: boom`, `KeyboardInterrupt`,
# `django.core.exceptions.ImproperlyConfigured: ...`) and the chain's words between tracebacks.
_EXCEPTION_LINE = re.compile(r"[A-Za-z_][\w.]{0,200}(?::\s|:?\Z)")
_CHAIN_WORDS = ("Caused by: ", "Suppressed: ", *_PY_SEPARATORS)


def continues_trace(line: str, opened: str, previous: str) -> bool:
    """Whether `line`, the message of a log entry of its own, goes on the trace of the open
    event: `opened` is that event's first message and `previous` the message of the entry just
    before (`opened` itself, the same object, while the event has one line).

    A program whose stderr the journal captures writes a traceback one entry per line, each
    under the journal's header: only lines that plainly belong to a trace join, since every
    other line of the program is a record of its own:
    - a frame, indented (`  File "x.py", line 3, in f`, `\tat pkg.C.m(C.java:10)`, Node's
      `    at f (/app/x.js:1:2)`, Go's `\t/app/main.go:12 +0x1d`, `\t... 6 more`, Ruby's
      `\tfrom app/x.rb:3:in 'f'`), and any
      indented line right after one (the source line under a Python frame, its carets); a
      Dart frame (`#0      main (package:app/main.dart:3:3)`, at column 0);
    - the chain's words (`Caused by: `, `During handling of the above exception ...`) and a
      blank entry inside a trace (Python prints one around them, Go one under `panic: `);
    - `Traceback (most recent call last):` right below the event's first line (the traceback of
      `logger.exception`) or below a blank or a chain separator (a chained exception);
    - the exception's line that closes a Python traceback, below an indented line;
    - a JVM exception's line right below the first line (logback's exception under its
      header), a JVM frame at column 0 (rsyslog drops a message's leading tab), and the
      column-0 lines of a Go panic (`goroutine 1 [running]:`)."""
    first = previous is opened
    if not line or line.isspace():
        return not first or opened.startswith((_PY_TB, *GO_PANIC_HEADS))
    c = line[0]
    if c == " " or c == "\t":
        s = line[:200].lstrip()
        if s.startswith(('File "', "... ", "Suppressed: ")) or (
            s.startswith("at ") and _FRAME_HEAD.match(s) is not None
        ):
            return True
        if s.startswith("from ") and ":in " in s:
            return True  # Ruby's frames under an uncaught exception: `\tfrom x.rb:3:in 'f'`
        if is_go_location(line):
            return True
        return (not first and previous[:1] in (" ", "\t")) or previous.startswith(_PY_TB)
    if line.startswith(_CHAIN_WORDS):
        return True
    if c == "!" and line[1:2] == " ":
        return first or previous[:2] == "! "  # Dropwizard's `! ` before each line (`unbanged`)
    if c == "T" and line.startswith(_PY_TB):
        prev = previous.strip()
        return first or not prev or prev.startswith(_PY_SEPARATORS)
    if (
        not first
        and previous[:1] in (" ", "\t")
        and not previous.lstrip().startswith("at ")
        and _EXCEPTION_LINE.match(line) is not None
    ):
        return True
    if first and c.islower() and _JVM_EXC_LINE.match(line[:256]) is not None:
        return True
    if c == "a" and line.startswith("at ") and _JVM_FRAME_AT_0.match(line[:512]) is not None:
        return True  # a JVM frame whose tab rsyslog took off (dCache's pools, in messages)
    if c == "#" and is_dart_frame(line):
        return True  # Dart's frames under the error (Flutter's `E/flutter` lines)
    return continues_go_panic(line, opened)


# A JVM frame at column 0, its file and line (or no source) in parentheses: rsyslog drops a
# message's leading blanks, so the `\tat ...` lines of a stack a daemon wrote to syslog lose
# their indentation.
_JVM_FRAME_AT_0 = re.compile(
    r"at (?:[\w$]+\.)+[\w$<>-]+\((?:[\w$.-]+\.(?:java|kt|scala|groovy|clj):\d+"
    r"|Native Method|Unknown Source)\)"
)

GO_PANIC_HEADS = ("panic: ", "fatal error: ")
# What the Go runtime prints at column 0 below a panic: the signal, each goroutine's header
# (`goroutine 1 [running]:`, Go 1.23's `goroutine 1 gp=0x... m=0 mp=0x... [running]:`), and
# each frame's function line (`main.(*Server).handle(0xc000010000, {0x0, 0x0})`,
# `created by net/http.(*Server).Serve in goroutine 1`); the file lines under them are indented.
# `go run` ends it with the program's `exit status 2`.
_GO_PANIC_LINE = re.compile(
    r"\[signal |goroutine \d+ .*\]:$|created by |\.\.\.|[\w./*()\[\]{}-]+\(.*\)$"
    r"|exit status \d{1,3}$"
)


# The line Python's multiprocessing writes above the traceback of a child that died of an
# exception (`Process %s:`), with the names it gives processes: `Process-1`, a child's child
# `Process-1:2`, a start method's `SpawnProcess-1`, a pool's `ForkPoolWorker-3`.
_PROCESS_CRASH = re.compile(r"Process \w{0,32}(?:Process|PoolWorker)-\d{1,9}(?::\d{1,9}){0,8}:\Z")


# What Python's unraisable hook writes above such an exception's traceback: `Exception ignored
# in: <obj>`, `Exception ignored in atexit callback: ...`, 3.13's `Exception ignored while
# calling deallocator ...`.
_UNRAISABLE = "Exception ignored "
# What Meteor (Rocket.Chat, Wekan) writes on stderr, a stack under it, when a method or a
# callback throws (`Meteor._debug`): a crash's report among the server's own log records.
_METEOR_EXCEPTIONS = (
    "Exception while invoking method ",
    "Exception in callback of async function",
    "Exception in setTimeout callback",
    "Exception in setInterval callback",
    "Exception in defer callback",
)


def announces_traceback(line: str) -> bool:
    """Whether `line` is what Python writes above a traceback it reports on stderr itself:
    multiprocessing's `Process Process-1:` above a child's, the unraisable hook's `Exception
    ignored in: ...` (`forces_new_event`)."""
    return line.startswith(_UNRAISABLE) or _starts_process_crash(line)


def _starts_process_crash(line: str) -> bool:
    """Whether `line` is multiprocessing's `Process Process-1:` above a child's traceback."""
    return _PROCESS_CRASH.match(line[:128]) is not None


def continues_go_panic(line: str, header: str) -> bool:
    """Whether `line`, at column 0, goes on the Go panic (or fatal error) that `header` opened:
    without this, each goroutine header and function line of a raw panic was an event. A
    `fatal error: ` line the same as the header is another goroutine's print of it."""
    if not header.startswith(GO_PANIC_HEADS):
        return False
    return _GO_PANIC_LINE.match(line[:2000]) is not None or (
        line == header and header.startswith("fatal error: ")
    )


# Node's report of an uncaught exception: where it was thrown (`/app/orders.js:42`), the source
# line and a caret under it, a blank, the stack (the exception's line, then `at` frames), a
# blank, and since Node 12 the version (`Node.js v20.10.0`).
# A rejected promise nobody handled is reported from Node's own code, at its internal location
# (`node:internal/process/promises:391`). The code of `node -e` and of Node's stdin has no
# file: `[eval]:1`, `[stdin]:1` (an npm script's `node -e "..."`).
# A builtin module's (`node:events:495`, `node:internal/...`) and code compiled from a string
# with no file (`undefined:9`: statsd's config, `eval`'d) are such locations too.
_NODE_LOCATION = re.compile(
    r"(?:(?:file://)?[^\s:]{1,1024}\.(?:js|mjs|cjs|jsx|ts|tsx)|node:[a-z_][\w/]{0,255}"
    r"|\[(?:eval|stdin)\]|undefined):\d{1,9}\Z"
)
# The exception's line; in brackets when util.inspect prints an error without a stack (Node's
# `[UnhandledPromiseRejection: ...] {` for a promise rejected with no Error).
_NODE_EXCEPTION = re.compile(r"\[?[A-Za-z_$][\w$.]{0,256}(?: \[[\w-]{1,64}\])?(?::|\]|\Z)")


def is_node_crash_location(header: str) -> bool:
    """Whether `header` is the location line that opens Node's uncaught-exception report
    (`/app/src/server.js:42`)."""
    return header[-1:].isdigit() and _NODE_LOCATION.match(header) is not None


def continues_node_crash(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0, goes on Node's uncaught-exception report that `header` (its
    location line) opened: the source line right below it (at column 0 when the statement
    is: a top-level call, a one-line function, a bundle), the exception's line before any
    frame, the `}` that closes the error's own properties (its `[cause]:`, its `code`), and
    the closing version."""
    if not is_node_crash_location(header):
        return False
    if not continuation:
        # the source line the location names (its caret below it), not a list of locations
        return not is_node_crash_location(line)
    if continuation[-1].startswith("Node.js v"):
        return False  # the version ends the report
    if line.startswith("Node.js v") or line.rstrip() == "}":
        return True  # the version; the close of the error's own properties (`... {`, `[cause]:`)
    if len(continuation) == 1 and line.rstrip() == "^":
        return True  # the caret under a source line whose statement starts the line
    return _NODE_EXCEPTION.match(line) is not None and not any(
        x.lstrip().startswith("at ") for x in continuation
    )


# What Android's runtime prints above an app's uncaught exception (AndroidRuntime's lines, as a
# crash report or `logcat -v raw` shows them without logcat's prefix).
ANDROID_FATAL = "FATAL EXCEPTION: "


def continues_runtime_crash(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0, goes on the crash of Dart's VM, libstdc++ or CPython that
    `header` opened: each thread's header in CPython's fatal-error report; Android's
    `Process: ...` line and the exception's line below `FATAL EXCEPTION:`; Dart's error line
    (`FormatException: x`, its message maybe over lines) and frames (`#0      main
    (file:///app/bin/main.dart:5:3)`); the shell's `Aborted (core dumped)` after a C++
    program's terminate; a sanitizer's report up to its `SUMMARY:` and `==N==ABORTING`, with
    the `====...` rule above its first line."""
    if opens_sanitizer_report(header, continuation):
        if not continuation and not sanitizer_error(header):
            return sanitizer_error(line)  # the report's first line, under the rule above it
        if not any(c.startswith("SUMMARY: ") for c in continuation):
            return True  # its stacks, the memory's description, its shadow bytes
        return line.startswith("==") and line.rstrip().endswith("==ABORTING")
    if header == DART_UNHANDLED:
        if line[:1] == "#":
            return is_dart_frame(line)
        return not any(c[:1] == "#" for c in continuation)
    if header.startswith(ANDROID_FATAL):
        # `Process: com.acme.shop, PID: 4711`, then the exception's line above its frames
        if line.startswith("Process: "):
            return True
        return all(c[:1] in ("", " ", "\t") or c.startswith("Process: ") for c in continuation)
    if header.startswith(CXX_TERMINATE):
        return line.startswith("Aborted") and len(continuation) <= 2
    return continues_fatal_error(line, header)


_RULE_CHARS = frozenset("-*~_#+")


def is_separator(line: str) -> bool:
    """A line that only draws a rule (`----------------------------------------`, what
    Python's socketserver prints above and below a request's traceback; `********`): it
    says nothing of its own, so it never starts an event while one is open. (`====` rules
    are left out: a sanitizer's report opens with one, `opens_sanitizer_report`.)"""
    bare = line.strip()
    return len(bare) >= 8 and bare[0] in _RULE_CHARS and not bare.strip(bare[0])


# The line a Unity player (a game's dedicated server: Valheim, Rust, 7 Days to Die) prints after
# each message it logs, a blank line between: where the call that logged it is
# (`(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)`, a build machine's path on
# Windows builds).
_UNITY_TRAILER = re.compile(r"\(Filename: [^()\r\n]{0,512} Line: -?\d{1,9}\)[ \t\r]*")


def is_unity_trailer(line: str) -> bool:
    """Whether `line` is the trailer a Unity player prints under each message (`_UNITY_TRAILER`):
    the message's own, however many blank lines came between, never an event of its own."""
    return line.startswith("(Filename: ") and _UNITY_TRAILER.fullmatch(line) is not None


# A rule with a title in it: `-------------------PROCESS START-------------------`
# (pgBackRest's, above each run of a command), `===== Luigi Execution Summary =====`.
_BANNER_CHARS = frozenset("-=*#~+")
_BANNER = re.compile(r"(?P<c>[-=*#~+])(?P=c){2,}[ \t]*[A-Za-z][^\n]{0,200}?[ \t]*(?P=c){3,}")


def is_banner(line: str) -> bool:
    """Whether `line` is a rule with a title in it (`_BANNER`)."""
    return line[:1] in _BANNER_CHARS and _BANNER.fullmatch(line.strip()) is not None


def _is_rule(line: str | None) -> bool:
    """A line of `=` only, as sanitizers print above their report."""
    return line is not None and len(line) >= 20 and not line.strip("=")


def opens_sanitizer_report(header: str, continuation: list[str]) -> bool:
    """Whether a raw record is a sanitizer's report: its first line, or the rule above it with
    the report's first line below (or, with no line yet, to be judged by the next one)."""
    if header[:2] != "==":
        return False
    if sanitizer_error(header):
        return True
    return _is_rule(header) and (not continuation or sanitizer_error(continuation[0]))


def starts_rust_panic(line: str) -> bool:
    """`thread 'main' panicked at src/main.rs:4:5:` (or `thread '<unnamed>' ...`, and since Rust
    1.89 `thread 'main' (29394) panicked at ...`)."""
    return rust_panicked_at(line) is not None


def continues_rust_panic(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0, goes on the Rust panic that `header` opened: since Rust 1.73
    the message is on the line below the header, then come a `note:` and, with RUST_BACKTRACE,
    `stack backtrace:` (its frames are indented) and a closing `note:`."""
    if not starts_rust_panic(header):
        return False
    if any(x.startswith("note: ") for x in continuation) and not any(
        x.startswith("stack backtrace:") for x in continuation
    ):
        return False  # the note ended a panic printed without a backtrace
    if line.startswith(("note: ", "stack backtrace:")):
        return True
    return not continuation and header.endswith(":")  # the message, below the location


def _starts_uncaught_ruby(line: str, previous_line: str | None) -> bool:
    """A Ruby exception's first line (`path:N:in 'm': message (Type)`) that is not a cause."""
    return starts_ruby_exception(line) and not _follows_from_line(previous_line)


def is_ruby_cause(line: str, previous_line: str | None) -> bool:
    """Whether `line` starts a cause of the Ruby exception above it: Ruby prints each cause's
    first line (`path:N:in 'm': message (Type)`) right after the last `from` frame line of the
    exception it caused."""
    return (
        line[-1:] == ")"
        and line.find(":in ", 0, RUBY_FRAME_CHARS) >= 0
        and _follows_from_line(previous_line)
        and starts_ruby_exception(line)
    )


_RUBY_DETAIL_LINES = 8  # error_highlight's quote: a blank line, the code, the carets


def continues_ruby_crash(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0, goes on the uncaught Ruby exception `header` opened, before
    its first `from` frame: the other lines of its message (Ruby prints the first with the
    type after it, the rest below) and the code error_highlight (Ruby 3.1+) quotes below a
    NoMethodError's or NameError's message, above the carets that point into it."""
    return (
        len(continuation) < _RUBY_DETAIL_LINES
        and header[-1:] == ")"
        and not any(c.startswith("\tfrom ") for c in continuation)
        and starts_ruby_exception(header)
    )


# Rails' report of an exception a request raised, in production.log: `ActionView::Template::Error
# (undefined method `name' for nil:NilClass):`, the template's lines around the failing one
# (indented), then the backtrace unindented: a template's `path:LINE`, the rest `path:LINE:in
# 'method'` (ActionDispatch::DebugExceptions' `log_error`).
_RAILS_EXCEPTION = re.compile(r"[A-Z]\w{0,127}(?:::[A-Z]\w{0,127}){0,8} \(.{0,4096}\):\Z", re.S)
_PATH_LINE = re.compile(r"[\w./@-]{1,512}\.[a-z]{1,8}:\d{1,7}\Z")


def continues_rails_trace(line: str, header: str, continuation: list[str]) -> bool:
    """Whether `line`, at column 0, is a frame of the backtrace Rails logs under an
    exception's `Type (message):` line (`_RAILS_EXCEPTION`): stored as events of their own,
    each frame was an event and the exception had no trace."""
    if ruby_frame_parts(line) is None and _PATH_LINE.match(line) is None:
        return False
    if "::" not in header and not header.split(" ", 1)[0].endswith(("Error", "Exception")):
        return False
    return _RAILS_EXCEPTION.match(header) is not None


def _follows_from_line(previous_line: str | None) -> bool:
    before = ruby_frame_parts(previous_line) if previous_line else None
    return before is not None and before[4]


def looks_like_trace(lines: list[str]) -> bool:
    """Whether an event's continuation lines hold a stack trace (Python, JVM, Node, Go, .NET,
    Ruby, PHP, Elixir, numbered native frames).

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
            elif c2 == "T":
                if s.startswith(_PY_TB):
                    return True  # indented under its record (Twisted's tab-led lines)
            elif c == "\t" and is_go_location(line):
                return True
            elif " called at " in line[-1200:] and is_perl_frame(line):
                return True  # Perl: Carp's `\tShop::Repo::load(...) called at app.pl line 10`
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
        elif c == "#":
            if line[1:2].isdigit() and ("): " in line[:RUBY_FRAME_CHARS] or "{main}" in line[:16]):
                return True  # PHP: `#0 /var/www/app/X.php(20): App\X->show()`, `#3 {main}`
            if is_dart_frame(line):
                return True  # Dart: `#0      main (file:///app/bin/main.dart:5:3)`
        elif c == "S":
            if line.startswith("Stack trace:"):
                return True  # PHP
        elif c == "[" and line.startswith(("[stacktrace]", "[previous exception] ")):
            return True  # Monolog
        elif c == "[" and is_slowlog_frame(line):
            return True  # PHP-FPM's slow log: `[0x00007f3a2b62c340] curl_exec() /x.php:118`
        elif c == "*" and starts_elixir_exception(line):
            return True  # Elixir: `** (RuntimeError) boom`
        elif c == "╭" and rich_traceback.is_head(line):
            return True  # Python's, drawn in boxes by rich
        elif c.isdigit() and is_native_frame(line):
            return True  # C++: ClickHouse's `0. DB::Exception::Exception(...) @ 0x0c4f2d9b`
        if line.find(":in ", 0, RUBY_FRAME_CHARS) >= 0 and ruby_frame_parts(line) is not None:
            return True  # Ruby: `app/models/user.rb:12:in 'save'`, maybe after `from `
    return False


def named_by_message(lines: list[str]) -> bool:
    """Whether a trace leaves its exception line to the log line above it: Ruby's Logger writes
    `message (Type)` as the message and the frames under it; PHP's log writes `Uncaught Type:
    message in file:line` as the message and `Stack trace:` under it; Go's net/http logs a
    handler's panic as `http: panic serving addr: value` and the goroutine's stack under it;
    Ruby's Logger writes a message of several lines, its `(Type)` at the end of the last.
    Ingest hands such a trace to the parser with the message."""
    first = next((x for x in lines if x.strip()), "")
    if first.startswith("Stack trace:"):
        return True
    if first.startswith("goroutine ") and first.rstrip().endswith(":"):
        return True  # no `panic:` line of its own: the message above says what panicked
    if first.find(":in ", 0, RUBY_FRAME_CHARS) >= 0 and ruby_frame_parts(first) is not None:
        return True
    if is_perl_frame(first):
        return True  # Carp's frames under the logged error (`$@`), which holds the message
    if first[:1] == "#" and is_dart_frame(first):
        return True  # Dart's: Flutter logs `Unhandled Exception: Type: x`, the frames below
    if first[:1].isdigit() and is_native_frame(first):
        return True  # ClickHouse: `Code: 60. DB::Exception: ... Stack trace:`, the frames below
    if first.startswith("script_filename = ") or is_slowlog_frame(first):
        return True  # PHP-FPM's slow log: `[pool www] pid 1147` above the request's backtrace
    return _ends_ruby_message(lines)


_RUBY_TYPE_END = re.compile(r" \([A-Z][A-Za-z0-9_]{0,128}(?:::[A-Z][A-Za-z0-9_]{0,128}){0,16}\)\Z")


def _ends_ruby_message(lines: list[str]) -> bool:
    """Whether Logger's `message (Type)` ends a few lines down, right above the first Ruby frame:
    a message of several lines (Ruby 3.1's error_highlight adds the failing code and a caret
    line under it, did_you_mean its suggestions), whose first line is the record's message; or
    Sinatra's `Type - message:`, the colon at the end of such a message's last line."""
    last = ""
    for line in lines[:12]:
        if line.find(":in ", 0, RUBY_FRAME_CHARS) >= 0 and ruby_frame_parts(line) is not None:
            if last.endswith(":") and not last.endswith("):"):  # (Rails' `Type (message):`)
                return True
            return _RUBY_TYPE_END.search(last[-300:]) is not None
        if line.strip():
            last = line.rstrip()
    return False


_TAGS = re.compile(r"(?:\[[^\[\]\n]{1,128}\] ?){1,8}")


def unbanged(lines: list[str]) -> list[str] | None:
    """`lines` without the `! ` Dropwizard writes before each line of an exception (its
    `%rEx` converter: `! java.net.ConnectException: ...`, `! at ...`, `! Causing: ...`), the
    frames indented as the JVM prints them; None when a line lacks it."""
    if lines[:1] == [] or lines[0][:2] != "! ":
        return None
    out = []
    for line in lines:
        if line[:2] == "! ":
            rest = line[2:]
            out.append("\t" + rest if rest[:3] in ("at ", "...") else rest)
        elif line.strip() and line.rstrip() != "!":
            return None
        else:
            out.append("")
    return out


def untagged(first: str, lines: list[str]) -> list[str] | None:
    """`lines` without the tags `first` starts with, when every one of them repeats them: a
    tagged logger (Rails' `[request-id] `) writes its tags at the start of each line of a
    multi-line message. A `first` without tags (its format took them off, as `formats.ruby`
    does Rails' request id) leaves them to the first of `lines`. None when neither has tags or
    a line lacks them."""
    if first[:1] != "[":
        first = next((line for line in lines if line.strip()), "")
        if first[:1] != "[":
            return None
    m = _TAGS.match(first[:1200])
    if m is None:
        return None
    tags = m.group()
    if not tags.endswith(" "):
        tags = tags.rstrip()  # `[id]` alone on the first line: the rest of it was blank
    out = []
    for line in lines:
        if line.startswith(tags):
            out.append(line[len(tags) :])
        elif line.strip():
            return None
        else:
            out.append(line)
    return out
