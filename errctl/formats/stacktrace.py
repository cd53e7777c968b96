"""Stack-trace text -> `ExceptionChain`.

This module owns reading the stack traces that logs carry as text (a Python traceback after a
`logger.exception` line, a JVM stack, a Node error stack, a Go panic, a .NET exception) into the
shared model: `parse_trace(text)` returns the chain with chain[0] the exception the program saw
and chain[-1] its deepest cause, each exception's frames outermost call first, whatever order the
runtime printed them in. The parser leaves `in_app` None: which frames
belong to the application is fingerprinting's call (`errctl.fingerprint.inapp`).

Promises:
- `parse_trace` never raises and returns None when the text holds no recognisable trace.
- Linear time in the size of the text: lines are classified by their first characters and plain
  `str` methods; the few regexes are anchored, free of nested ambiguous quantifiers, and only see
  bounded slices (type names), so a 1 MiB line cannot trigger catastrophic backtracking.

Choices worth knowing:
- Python: the stack below `Stack (most recent call last):` (logging's `stack_info=True`) is
  where the record was logged from, not part of an exception: it is left out of the chain, and
  a text holding only that stack is no trace.
- Python: sections are printed cause first, so they are reversed. Exception-group sub-exceptions
  (and their own causes) follow the group's causes at the end of the chain, in printed order,
  depth first; the "and N more exceptions" placeholder is dropped. `[Previous line repeated N
  more times]` adds no frames.
- JVM: the run-time suffixes of generated classes (a lambda's hidden class address, CGLIB,
  Hibernate, ByteBuddy, Mockito and JDK proxies) are dropped, as they change every run.
- JVM: a thread dump (`Full thread dump`, each thread's `java.lang.Thread.State: ...` above its
  frames) is no exception.
- JVM: `Caused by:` sections keep printed order; logback's root-cause-first `Wrapped by:` is
  reversed, as is Dropwizard's `Causing:`. `Suppressed:` blocks (and their own causes) are
  skipped: they describe cleanup failures, not the path to the error, and attaching them would
  move fingerprints whenever a close() fails too. `(Native Method)` / `(Unknown Source)` give
  a frame with no file.
- Node: `Error [ERR_CODE]: msg` keeps type `Error` and puts `[ERR_CODE]` at the head of the value;
  `[cause]:` blocks of util.inspect output become further chain entries, and so do the
  `caused by: ` stacks pino's serializers append to an error's own, and the errors an
  AggregateError lists under `[errors]: [`, in printed order.
- Ruby: frames `path:LINE:in 'label'` (with `from ` under an uncaught exception's first line,
  which carries `: message (Type)`, as do its causes); Logger's `message (Type)` (the message
  maybe several lines: error_highlight's code and caret lines, did_you_mean's) and Rails'
  `Type (message):` above the frames name the exception. Rails' compiled-view method names
  lose the numbers that change with every boot.
- PHP: `#N path(line): call()` frames under PHP's exception line or Monolog's `[object]
  (Type(code: 0): message at path:line)`; each frame gets the function it was in (the next
  call's), the throwing line the first call's, as Sentry shows them.
- Go: type `panic` (or `runtime error` / `fatal error`), frames from the first goroutine only;
  net/http's `http: panic serving addr: value` above the goroutine is the panic line, after
  whatever prefix the server's logger gave it (`2026/12/01 01:32:18 server.go:3230: `).
- Go, logged: a numbered frame a line under `Error: message (type)` (MinIO's logger,
  `       6: internal/logger/logger.go:258:logger.LogIf()`), innermost first; the type as named.
- Rust: a panic (`thread 'main' panicked at src/main.rs:4:5:` and the message below it, since
  1.89 with the thread's id, `thread 'main' (29394) panicked at`, or
  before Rust 1.73 `panicked at 'message', src/main.rs:4:5`) is type `panic`; frames from the
  `stack backtrace:` when RUST_BACKTRACE printed one, else none (its location names no
  function). A full backtrace (RUST_BACKTRACE=full) is cut to the frames the short one shows,
  between `__rust_end_short_backtrace` and `__rust_begin_short_backtrace`, without its
  addresses and crate disambiguators (`std[e28293b1aa0f68bd]`), so both give one chain.
- Perl: Carp's backtrace (confess, cluck): the message above it (` at FILE line N.` taken off)
  is the value of type `error` (Perl's errors are strings), each `Pkg::sub(args) called at FILE
  line N` a frame in `Pkg`, innermost first, placed where its sub was (the error's place for
  the innermost, else where it made the call of the line above: FILE is the caller's).
- Native (C++), numbered with the address (ClickHouse's `Stack trace:` under its `Code: 62.
  DB::Exception: ...` line, `0. ./src/Common/Exception.cpp:96: DB::Exception::Exception(...)
  @ 0x000000000c800f1b in /usr/bin/clickhouse`): innermost first; the exception line the log
  line above holds (`Type: message`, ClickHouse's error code before it), else type `error`. A
  frame is its function without arguments and its source, never its address (each build
  moves it); a `?` frame (no symbol) is left out.
- PHP-FPM's slow log: a request's backtrace when it ran too long, `[0x00007f3a2b62c340]
  curl_exec() /var/www/src/Gateway.php:118` a frame, innermost first, under the record's
  `[pool www] pid 1147` and `script_filename = ...`: no exception, type `backtrace`, its value
  the script; grouped by its frames, where requests were stuck.
- Elixir: `** (Type) message` and its frames, `(app vsn) path:line: Module.fun/arity`, innermost
  first; an exit's reason printed below it (`    ** (EXIT) time out`) is its cause.
- .NET: an HResult printed after the type (`SocketException (111): x`) heads the value.
  ` ---> ` inner exceptions follow their outer one; `--- End of inner exception stack
  trace ---` returns to the outer exception's frames. An async method's frame
  (`Orders.<GetAsync>d__5.MoveNext`) is named as written (`Orders.GetAsync`), and the
  ordinals of other compiler-generated names (`<>c__DisplayClass3_0`, `<Load>b__0`,
  `lambda_method34`) dropped.
- Node: an error util.inspect prints without a stack (`[AbortError: x]`, `[Name: x] {`) is a
  chain of one without frames; a promise rejected with no Error, `[UnhandledPromiseRejection:
  ... The promise rejected with the reason "x".]`, has the reason as its value. Deno's
  `error: Uncaught (in promise) TypeError: x` is type `TypeError`; the throwing line and caret
  Deno prints under it are not the value.
- Dart: `Unhandled exception:` (the VM) or Flutter's `... Unhandled Exception: Type: x`, then
  `#0      fn (package:app/x.dart:3:5)` frames, innermost first.
- Swift's `Fatal error: x: file X.swift, line N` (5.9: `X.swift:N: Fatal error: x`) and
  libstdc++'s `terminate called after throwing an instance of 'Type'` with its `what():` are
  chains of one without frames (type `Fatal error`; the C++ type).
- Sanitizers: `==N==ERROR: AddressSanitizer: heap-use-after-free on ...` is type
  `AddressSanitizer: heap-use-after-free` (LeakSanitizer's `detected memory leaks`, ...), its
  frames the first stack (the access), without addresses; the C library's, the compiler
  runtime's and the sanitizer's own frames (`../sysdeps/...`, `.../libsanitizer/...`) and a
  frame named by its binary and offset (no debug information: `libc.so.6+0x29d8f`) are
  marked not in-app. The allocation's and the free's stacks are left out.
- CPython's fatal-error report (`Fatal Python error: Segmentation fault`, faulthandler's
  stacks below it: `formats.faulthandler`) is type `Fatal Python error`, its frames the
  current thread's.
- A Python section whose exception line is missing (a truncated log) gets type `<unknown>`.
- Frame lines are parsed once per distinct text (`_frame_cache`): equal frames in different
  traces are the same `Frame` object, which fingerprinting's per-frame cache relies on for speed
  (never for correctness).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from errctl.formats import rich_traceback
from errctl.formats.faulthandler import FATAL_PYTHON, FATAL_TYPE, fatal_error_report
from errctl.models import ExceptionChain, ExceptionInfo, Frame

__all__ = [
    "UNKNOWN_TYPE",
    "is_go_location",
    "is_native_frame",
    "is_perl_frame",
    "is_slowlog_frame",
    "parse_trace",
    "perl_error_line",
    "rust_panicked_at",
]

UNKNOWN_TYPE = "<unknown>"
"""Type given to an exception whose type line is missing (a trace cut short)."""

_PY_TB = "Traceback (most recent call last):"
_PY_GROUP_TB = "Exception Group Traceback (most recent call last):"
_PY_SEPARATORS = (
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)
# Type names are short; longer heads are messages. Bounding the slice the regexes see keeps them
# cheap on pathological lines.
_MAX_TYPE_LEN = 256
_PY_TYPE = re.compile(r"[A-Za-z_][\w.<>]*")
_JVM_TYPE = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+")  # always package-qualified
_JS_TYPE = re.compile(r"[A-Za-z_$][\w$.]*")
_JS_CODE = re.compile(r"\[[A-Z][A-Z0-9_]*\]")
_THROWABLE_SUFFIXES = ("Exception", "Error", "Throwable")
_MAX_GROUP_DEPTH = 16  # exception groups nested deeper than this are not descended into
_MARKER_CHARS = frozenset("^~ ")

_CACHE_ENTRIES = 4096  # per frame cache; a full cache is cleared (hot frames come back at once)
_CACHE_CHARS = 1024  # longer frame lines are not cached: 4096 of them could hold megabytes
_MISSING = object()

_Parser = TypeVar("_Parser", bound=Callable[..., Any])


def _frame_cache(parse: _Parser) -> _Parser:
    """Cache a frame parser's answers, keyed by its arguments (the frame's line texts).

    Most of the cost of a trace is its frames, and the same frames recur across traces whose
    messages differ, so each distinct frame line is read once. The parsers are pure and return
    immutable values (a `Frame` may be shared by many chains; sharing also lets fingerprinting's
    per-frame cache hit), so a cached answer is the answer. An exception is not cached: it
    propagates as it would have.
    """
    cache: dict[tuple, Any] = {}

    @functools.wraps(parse)
    def cached(*args: Any) -> Any:
        got = cache.get(args, _MISSING)
        if got is _MISSING:
            got = parse(*args)
            if sum(len(a) for a in args if isinstance(a, str)) <= _CACHE_CHARS:
                if len(cache) >= _CACHE_ENTRIES:
                    cache.clear()
                cache[args] = got
        return got

    cached.cache = cache  # type: ignore[attr-defined]  # for tests: it stays bounded
    return cast(_Parser, cached)


def parse_trace(text: str) -> ExceptionChain | None:
    """The exception chain in `text`, or None when it holds no recognisable stack trace.

    `text` may be a trace alone or a trace with other lines around it (a log header line, junk
    after it). Never raises: a parser bug must cost one event its structure, not the ingest.
    """
    try:
        return _parse(text)
    except Exception:
        return None


# --------------------------------------------------------------------------------------------
# Dispatch


def _parse(text: str) -> ExceptionChain | None:
    if not text or not isinstance(text, str):
        return None
    lines = text.split("\n")
    if "\r" in text:  # CRLF line ends; most texts have none, so skip the per-line pass
        for i, line in enumerate(lines):
            if line.endswith("\r"):
                lines[i] = line[:-1]
    if _PY_LOG_STACK in text:
        lines = _without_log_stack(lines)
        if not any(line.strip() for line in lines):
            return None

    python = go = dotnet = ruby = php = elixir = go_logged = perl = native = slowlog = False
    dart = sanitizer = False
    at_lines: list[str] = []
    for line in lines:
        s = line.lstrip()
        if not s:
            continue
        c = s[0]
        if c == "t" and rust_panicked_at(s) is not None:
            chain = _parse_rust(lines)
            if chain:
                return chain
        if c == "T" and s.startswith(_PY_TB):
            python = True
            break
        if c == "╭" and rich_traceback.is_head(s):
            python = True
            break
        if c in "+|" and _PY_GROUP_TB in s[:80]:
            python = True
            break
        if c == "F" and s.startswith('File "') and '", line ' in s:
            python = True
            break
        if c == "F" and line.startswith(FATAL_PYTHON):
            chain = _parse_fatal_error(lines)
            if chain:
                return chain
        if (
            (c == "p" and line.startswith("panic: "))
            or (c == "f" and line.startswith("fatal error: "))
            or (c == "h" and _GO_HTTP_PANIC.match(line))
            or (c == "g" and line.startswith("goroutine ") and line.rstrip().endswith("]:"))
            or (line[:1] == "\t" and ".go:" in line and is_go_location(line))
        ):
            go = True
        elif c == "-" and s.startswith("---> "):
            dotnet = True
        elif c == "*" and not elixir:
            elixir = starts_elixir_exception(s)
        elif c == "a" and s.startswith("at ") and len(at_lines) < 5:
            at_lines.append(s)
        elif not perl and line[:1] in " \t" and " called at " in s:
            perl = _PERL_CALLED.match(s[:2100]) is not None
        elif not ruby and s.find(":in ", 0, RUBY_FRAME_CHARS) >= 0:
            ruby = ruby_frame_parts(s) is not None
        elif c == "=" and not sanitizer:
            sanitizer = sanitizer_error(s)
        elif c == "#" and not php and not dart:
            # (`#0 {main}` alone: an exception thrown at the script's top level has no call)
            php = s[1:2].isdigit() and (
                _php_frame(s) is not None or _PHP_MAIN.fullmatch(s) is not None
            )
            dart = not php and is_dart_frame(s)
        elif c == "[" and not php:
            php = s.startswith((_PHP_OBJECT, _PHP_PREVIOUS))
            slowlog = slowlog or is_slowlog_frame(s)
        elif c.isdigit() and not go_logged and not native:
            go_logged = _GO_LOGGED_FRAME.match(s[:2100]) is not None
            native = not go_logged and is_native_frame(s)

    if python:
        chain = _parse_python(lines)
        if chain and any(e.frames for e in chain):
            return chain
        # Ruby 2.5-2.7 head their backtraces `Traceback (most recent call last):` too.
        ruby = any(x.find(":in ", 0, RUBY_FRAME_CHARS) >= 0 and ruby_frame_parts(x) for x in lines)
        if chain and not ruby:
            return chain
    if ruby and not at_lines:
        chain = _parse_ruby(lines)
        if chain:
            return chain
    if php and not at_lines:
        chain = _parse_php(lines)
        if chain:
            return chain
    if elixir and not at_lines:
        chain = _parse_elixir(lines)
        if chain:
            return chain
    if go:
        chain = _parse_go(lines)
        # A frameless "panic: " line inside another runtime's trace is a message, not a panic.
        if chain and (chain[0].frames or not at_lines):
            return chain
    if go_logged and not at_lines:
        chain = _parse_go_logged(lines)
        if chain:
            return chain
    if perl and not at_lines:
        chain = _parse_perl(lines)
        if chain:
            return chain
    if native and not at_lines:
        chain = _parse_native(lines)
        if chain:
            return chain
    if slowlog and not at_lines:
        chain = _parse_slowlog(lines)
        if chain:
            return chain
    if dart and not at_lines:
        chain = _parse_dart(lines)
        if chain:
            return chain
    if sanitizer:
        chain = _parse_sanitizer(lines)
        if chain:
            return chain
    if not at_lines:
        return (
            _parse_jvm(lines, frameless=True)
            or _parse_node_stackless(lines)
            or _parse_few_lines(lines)
        )
    votes = {"java": 0, "node": 0, "dotnet": 0}
    for s in at_lines:
        kind = _classify_at(s)
        if kind:
            votes[kind] += 1
    if dotnet:
        votes["dotnet"] += 10
    lang = max(votes, key=lambda k: votes[k])
    if votes[lang] == 0:
        return None
    if lang == "java":
        chain = _parse_jvm(lines)
    elif lang == "node":
        chain = _parse_node(lines)
    else:
        chain = _parse_dotnet(lines)
    return chain or None


def _classify_at(s: str) -> str | None:
    """Which runtime printed this `at ...` frame line (s is left-stripped)."""
    rest = _strip_jar_suffix(s[3:].rstrip())
    if ":line " in rest or ") in " in rest or "] in " in rest:
        return "dotnet"  # (Mono's IL offset before ` in `: `M (T x) [0x00119] in <mvid>:0`)
    p = rest.find("(")
    if p > 0 and rest[p - 1] == " ":
        return "node"
    if p > 0 and rest.endswith(")"):
        # A thread dump names the frame's module before its file: `(java.base@17.0.15/Native
        # Method)`, `(java.base@17.0.15/Thread.java:833)`.
        inside = rest[p + 1 : -1].rpartition("/")[2]
        if inside == "" or (" " in inside and inside not in ("Native Method", "Unknown Source")):
            return "dotnet"
        return "java"
    if _split_loc(rest)[2] is not None or rest.endswith("<anonymous>"):
        return "node"
    return None


# --------------------------------------------------------------------------------------------
# Shared helpers


def _split_type(s: str, type_re: re.Pattern[str]) -> tuple[str, str] | None:
    """`Type: value` or `Type` -> (type, value), when the head is a type name."""
    head, sep, tail = s.partition(": ")
    if sep:
        if len(head) <= _MAX_TYPE_LEN and type_re.fullmatch(head):
            return head, tail
        return None
    t = s.rstrip()
    if t.endswith(":"):
        t = t[:-1]
    if len(t) <= _MAX_TYPE_LEN and type_re.fullmatch(t):
        return t, ""
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join_value(first: str, more: list[str]) -> str:
    parts = [first, *more]
    while len(parts) > 1 and not parts[-1].strip():
        parts.pop()
    return "\n".join(parts).rstrip()


def _number(text: str) -> int | None:
    """A line or column number: ASCII digits only (`"²".isdigit()` is true, but int() refuses
    it, and one such frame used to lose its whole trace), and short enough to be one."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


def _split_loc(loc: str) -> tuple[str, int | None, int | None]:
    """`path:line:col` / `path:line` / `path` -> (path, line, col)."""
    head, sep, last = loc.rpartition(":")
    line = _number(last) if sep else None
    if line is None:
        return loc, None, None
    head2, sep2, mid = head.rpartition(":")
    first = _number(mid) if sep2 else None
    if first is not None:
        return head2, first, line
    return head, line, None


def _strip_jar_suffix(rest: str) -> str:
    """Drop logback's packaging data: `... ~[spring-core-5.3.jar:5.3.1]`, `... [na:1.8.0]`."""
    if not rest.endswith("]"):
        return rest
    k = max(rest.rfind(" ["), rest.rfind(" ~["))
    if k < 0:
        k = rest.rfind(")~[")
        if k >= 0:
            k += 1
    return rest[:k].rstrip() if k > 0 else rest


# --------------------------------------------------------------------------------------------
# Python

_PY_LOG_STACK = "Stack (most recent call last):"
"""What Python's logging writes above the stack of a `stack_info=True` call: where the record
was logged from, not an exception. The logging module puts it after the record's traceback, if
any, so it and everything below it are cut off before parsing."""


def _without_log_stack(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if line.strip() == _PY_LOG_STACK:
            return lines[:i]
    return lines


@dataclass
class _PySection:
    frames: list[list] = field(default_factory=list)  # [file, func, lineno, source]
    exc_lines: list[str] = field(default_factory=list)
    subs: list[ExceptionInfo] = field(default_factory=list)
    prebuilt: list[ExceptionInfo] | None = None


def _parse_python(lines: list[str]) -> ExceptionChain | None:
    if any(line.startswith(_LOGURU_FRAME) for line in lines):
        lines = _without_loguru_annotations(lines)
    if any(line.lstrip()[:1] == "╭" and rich_traceback.is_head(line) for line in lines):
        lines = rich_traceback.as_python(lines)
    main, subs = _py_level(lines, 0)
    chain = main + subs
    return tuple(chain) if chain else None


# Loguru's traceback (`diagnose`): `> File` marks one frame (where the exception was caught),
# the values of a line's names are drawn below it (`│`, `└`), and blank lines part the frames.
_LOGURU_FRAME = '> File "'
_LOGURU_ANNOTATIONS = ("│", "└", "├")


def _without_loguru_annotations(lines: list[str]) -> list[str]:
    """A Loguru traceback as Python prints it: the marker and the drawings taken off."""
    out = []
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(_LOGURU_ANNOTATIONS):
            continue
        out.append("  " + line[2:] if line.startswith(_LOGURU_FRAME) else line)
    return out


def _py_level(lines: list[str], depth: int) -> tuple[list[ExceptionInfo], list[ExceptionInfo]]:
    """Parse one nesting level: (the chain of this level, then every sub-exception below it)."""
    sections: list[_PySection] = []
    cur: _PySection | None = None
    state = 0  # 0: outside a section, 1: frames, 2: exception value
    base = 0
    pending_source = False
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        s = line.lstrip()
        if not s:
            if state == 2 and cur is not None:
                cur.exc_lines.append("")
            i += 1
            continue
        col = len(line) - len(s)
        c = s[0]
        if (c == "T" and s.startswith(_PY_TB)) or (c == "E" and s.startswith(_PY_GROUP_TB)):
            cur = _PySection()
            sections.append(cur)
            base, state, pending_source = col, 1, False
        elif c == "+" and s.startswith("+ " + _PY_GROUP_TB):
            # An exception group drawn with `|` prefixes at column `col`.
            j = i + 1
            while j < n and _in_group_block(lines[j], col):
                j += 1
            if depth < _MAX_GROUP_DEPTH:
                m, sb = _py_level(_deprefix(lines[i:j], col), depth + 1)
                sections.append(_PySection(subs=sb, prebuilt=m))
            cur, state = None, 0
            i = j
            continue
        elif c == "+" and col == 0 and s.startswith("+-") and cur is not None:
            # The sub-exceptions of the group just printed, at column 2.
            j = i + 1
            while j < n and lines[j].startswith("  ") and lines[j].lstrip()[:1] in ("|", "+"):
                j += 1
            if depth < _MAX_GROUP_DEPTH:
                for sub in _split_subs(lines[i + 1 : j]):
                    m, sb = _py_level(_deprefix(sub, 2), depth + 1)
                    cur.subs.extend(m)
                    cur.subs.extend(sb)
            cur, state = None, 0
            i = j
            continue
        elif (c == "D" or c == "T") and s.startswith(_PY_SEPARATORS):
            state = 0
        elif c == "F" and state != 2 and s.startswith('File "'):
            frame = _py_frame(s)
            if frame is not None:
                if cur is None or state == 0:
                    # A SyntaxError printed without a Traceback header.
                    cur = _PySection()
                    sections.append(cur)
                    base = max(col - 2, 0)
                cur.frames.append(frame)
                state, pending_source = 1, True
            elif state == 1 and cur is not None:
                pending_source = False
        elif c == "[" and s.startswith("[Previous line repeated"):
            pass
        elif state == 1 and cur is not None:
            if col <= base and (not pending_source or _split_type(s, _PY_TYPE) is not None):
                cur.exc_lines.append(s)
                state = 2
            elif pending_source and not _MARKER_CHARS.issuperset(s):
                cur.frames[-1][3] = s.rstrip()
                pending_source = False
        elif state == 2 and cur is not None:
            cur.exc_lines.append(line[base:] if line[:base].isspace() else s)
        elif state == 0 and depth > 0 and col == 0:
            # Sub-exceptions that were never raised print only their type line.
            cur = _PySection(exc_lines=[s])
            sections.append(cur)
            base, state = 0, 2
        i += 1

    main: list[ExceptionInfo] = []
    subs: list[ExceptionInfo] = []
    for sec in reversed(sections):
        if sec.prebuilt is not None:
            main.extend(sec.prebuilt)
        elif sec.frames or sec.exc_lines:
            main.append(_py_info(sec))
    for sec in sections:
        subs.extend(sec.subs)
    return main, subs


_TWISTED_FAILURE = "Failure"


def _py_info(sec: _PySection) -> ExceptionInfo:
    exc_type, value = UNKNOWN_TYPE, ""
    if sec.exc_lines:
        first = sec.exc_lines[0]
        split = _split_type(first, _PY_TYPE)
        if split is not None:
            exc_type, first = split
            if exc_type == _TWISTED_FAILURE and not sec.frames:
                # Twisted's failure with no frames: `Failure: builtins.RuntimeError: msg`.
                split = _split_type(first, _PY_TYPE)
                if split is not None:
                    exc_type, first = split
        value = _join_value(first, sec.exc_lines[1:])
    frames = tuple([_py_frame_object(*f) for f in sec.frames])
    return ExceptionInfo(type=exc_type, value=value, frames=frames, language="python")


def _parse_fatal_error(lines: list[str]) -> ExceptionChain | None:
    report = fatal_error_report(lines)
    if report is None:
        return None
    value, frames = report
    return (
        ExceptionInfo(
            type=FATAL_TYPE,
            value=value,
            frames=tuple([_py_frame_object(path, func, n, None) for path, func, n in frames]),
            language="python",
        ),
    )


@_frame_cache
def _py_frame_object(path: str, func: str | None, lineno: int, source: str | None) -> Frame:
    return Frame(file=path, module=_py_module(path), function=func, lineno=lineno, source=source)


def _py_frame(s: str) -> list | None:
    """`File "path", line N, in func` (func absent for SyntaxError) -> [path, func, N, None]."""
    parsed = _read_py_frame(s)
    return None if parsed is None else [*parsed, None]


@_frame_cache
def _read_py_frame(s: str) -> tuple[str, str | None, int] | None:
    k = s.rfind('", line ')
    if k < 6:
        return None
    path = s[6:k]
    rest = s[k + 8 :]
    num, sep, func = rest.partition(", in ")
    lineno = _number(num.strip())
    if lineno is None:
        return None
    return path, func.strip() if sep else None, lineno


def _py_module(path: str) -> str | None:
    """Dotted module for paths whose package root is unambiguous (an installed package, the
    standard library), else None."""
    p = path.replace("\\", "/")
    if p.startswith("<frozen ") and p.endswith(">"):
        return p[8:-1] or None
    for marker in ("/site-packages/", "/dist-packages/"):
        k = p.rfind(marker)
        if k >= 0:
            return _dotted(p[k + len(marker) :])
    k = p.find("/lib/python")
    if k >= 0:
        rest = p[k + len("/lib/python") :]
        slash = rest.find("/")
        if slash > 0 and rest[0].isdigit():
            return _dotted(rest[slash + 1 :])
    # The application's own files have no such root: where it is deployed (`/usr/src/app/`,
    # `/home/alice/src/shop/`, `/srv/app-v2/`) is no part of a module's name, and a module
    # guessed from it would give the same frame another fingerprint on each deploy. The frame is
    # keyed by its file's name.
    return None


def _dotted(rel: str) -> str | None:
    if not rel.endswith(".py"):
        return None
    parts = rel[:-3].split("/")
    if parts and parts[-1] == "__init__":
        parts.pop()
    if not parts or not all(p.isidentifier() for p in parts):
        return None
    return ".".join(parts)


def _in_group_block(line: str, col: int) -> bool:
    """Whether a line belongs to the `|`-drawn group block whose bar is at `col`."""
    if len(line) <= col or (col and not line[:col].isspace()):
        return False
    return line[col:].lstrip()[:1] in ("|", "+")


def _deprefix(block: list[str], col: int) -> list[str]:
    """Remove one level of group drawing: `| x` / `+ x` at `col` -> `x`, deeper lines shift left."""
    out = []
    for line in block:
        t = line[col:] if len(line) > col else ""
        if t.startswith(("| ", "+ ")):
            out.append(t[2:])
        elif t.rstrip() == "|":
            out.append("")
        else:
            out.append(t)
    return out


def _split_subs(region: list[str]) -> list[list[str]]:
    """Split a group's sub-exception region on its `+---- N ----` separators (at column 2)."""
    subs: list[list[str]] = []
    cur: list[str] | None = []
    for line in region:
        t = line[2:]
        if t.startswith("+-") and not t.startswith("+-+"):
            if cur:
                subs.append(cur)
            # `+---- ... ----` introduces the "and N more exceptions" note, not an exception.
            cur = None if " ... " in t else []
        elif cur is not None:
            cur.append(line)
    if cur:
        subs.append(cur)
    return subs


# --------------------------------------------------------------------------------------------
# JVM (Java, Kotlin, Scala)


def _parse_jvm(lines: list[str], frameless: bool = False) -> ExceptionChain | None:
    """The JVM chain; with `frameless`, also a lone exception line that logback printed with no
    stack (`-XX:+OmitStackTraceInFastThrow`, or an exception created without one), accepted only
    when the type is named like one (`...Exception`, `...Error`, `...Throwable`)."""
    sections: list[list] = []  # [type, first value line, more value lines, frames]
    cur: list | None = None
    suppressed_at = -1
    wrapped = False
    for line in lines:
        s = line.strip()
        if not s:
            continue
        ind = _indent(line)
        if suppressed_at >= 0:
            if ind >= suppressed_at:
                continue
            suppressed_at = -1
        c = s[0]
        if c == "a" and s.startswith("at "):
            if cur is not None:
                frame = _jvm_frame(s)
                if frame is not None:
                    cur[3].append(frame)
            continue
        if c == "." and s.startswith("... "):
            continue  # "... 23 more" / "... 23 common frames omitted": frames shared with above
        if c == "S" and s.startswith("Suppressed: "):
            suppressed_at = ind
            continue
        head = None
        if c == "C" and s.startswith("Caused by: "):
            head = _split_type(s[11:], _JVM_TYPE)
        elif (c == "W" and s.startswith("Wrapped by: ")) or (
            c == "C" and s.startswith("Causing: ")
        ):
            # (Dropwizard's root-cause-first layout names the wrapper `Causing: `.)
            head = _split_type(s[s.index(": ") + 2 :], _JVM_TYPE)
            wrapped = wrapped or head is not None
        elif cur is None:
            head = _split_type(_strip_thread_prefix(s), _JVM_TYPE)
            if head is not None and head[0] == _JVM_THREAD_STATE:
                head = None  # a thread dump's thread (kill -3, jstack): no exception
        if head is not None:
            cur = [head[0], head[1], [], []]
            sections.append(cur)
        elif cur is not None and not cur[3]:
            cur[2].append(line.rstrip())  # a multi-line message
    if not sections:
        return None
    if not any(sec[3] for sec in sections) and not (
        frameless and sections[0][0].endswith(_THROWABLE_SUFFIXES)
    ):
        return None
    infos = [
        ExceptionInfo(
            type=t, value=_join_value(v, more), frames=tuple(reversed(fr)), language="java"
        )
        for t, v, more, fr in sections
    ]
    if wrapped:
        infos.reverse()
    return tuple(infos)


# Each thread of a thread dump (`kill -3`, jstack) prints its state above its frames:
# `   java.lang.Thread.State: TIMED_WAITING (sleeping)`, which reads like an exception line.
_JVM_THREAD_STATE = "java.lang.Thread.State"


def _strip_thread_prefix(s: str) -> str:
    if s.startswith("Exception in thread "):
        if s[20:21] == '"':
            k = s.find('" ', 21)
            return s[k + 2 :] if k > 0 else s
        k = s.find(" ", 20)
        return s[k + 1 :] if k > 0 else s
    return s


# Classes the JVM or a library generates at run time, named with an address, a hash, a random
# or a creation-order suffix that differs from one run to the next: a lambda's hidden class
# (`Orders$$Lambda$1234/0x0000000800c4b440`, Java 21's `Orders$$Lambda/0x...`, whose slash is
# no module prefix), Spring's CGLIB proxies (`$$EnhancerBySpringCGLIB$$1a2b3c4d`, Spring 6's
# `$$SpringCGLIB$$0`), Hibernate's and ByteBuddy's (`$HibernateProxy$oRW3t5Xb`), Mockito's,
# JDK dynamic proxies (`$Proxy123`), javassist's, reflection's accessors
# (`GeneratedMethodAccessor45`). The suffix is dropped, the marker kept.
_JVM_GENERATED = re.compile(
    r"\$\$Lambda(?:\$\d{1,9})?/(?:0x)?[0-9a-fA-F]{1,32}"
    r"|(Generated(?:Serialization)?(?:Method|Constructor)Accessor)\d{1,9}"
    r"|(\$\$(?:EnhancerBy|FastClassBy)?(?:Spring)?CGLIB\$\$)[0-9a-fA-F]{1,16}"
    r"|(\$(?:HibernateProxy|ByteBuddy|MockitoMock)\$)[A-Za-z0-9]{1,32}"
    r"|(\$Proxy)\d{1,9}"
    r"|(_?\$\$_(?:javassist|jvst)[0-9a-f]*)_[0-9a-f_]{1,32}"
)


def _without_generated_suffix(m: re.Match[str]) -> str:
    return next((g for g in m.groups() if g is not None), "$$Lambda")


@_frame_cache
def _jvm_frame(s: str) -> Frame | None:
    rest = _strip_jar_suffix(s[3:].strip())
    if not rest.endswith(")"):
        return None
    p = rest.rfind("(")
    if p <= 0:
        return None
    name, loc = rest[:p], rest[p + 1 : -1]
    if " " in name:
        return None
    if "$" in name or "Accessor" in name:
        name = _JVM_GENERATED.sub(_without_generated_suffix, name)
    slash = name.rfind("/")  # module / class-loader prefixes: java.base/, app//, java.base@17/
    if slash >= 0:
        name = name[slash + 1 :]
    module, _, function = name.rpartition(".")
    file: str | None
    lineno = None
    loc = loc.rpartition("/")[2]  # a thread dump's module: `java.base@17.0.15/Thread.java:833`
    if loc in ("Native Method", "Unknown Source", ""):
        file = None
    else:
        file, lineno, _ = _split_loc(loc)
    return Frame(file=file, module=module or None, function=function, lineno=lineno)


# --------------------------------------------------------------------------------------------
# Node.js


def _parse_node(lines: list[str]) -> ExceptionChain | None:
    frame_col = next((_indent(x) for x in lines if x.lstrip().startswith("at ")), 4)
    sections: list[list] = []  # [type, value, more value lines, frames]
    cur: list | None = None
    errors = False  # inside an AggregateError's `[errors]: [...]`
    errors_col = -1  # the indent of the errors it lists
    for line in lines:
        s = line.strip()
        if not s:
            continue
        c = s[0]
        if c == "a" and s.startswith("at "):
            if cur is not None:
                frame = _node_frame(s)
                if frame is not None:
                    cur[3].append(frame)
            continue
        head = None
        if c == "[" and s.startswith("[cause]: "):
            head = _node_head(s[9:])
        elif c == "c" and s.startswith("caused by: "):
            head = _node_head(s[11:])  # pino's serializers: the cause's stack below its own
        elif c == "[" and s.startswith("[errors]: ["):
            errors = True  # an AggregateError's: each error in the list is one of the chain's
            errors_col = -1
            continue
        elif cur is None and _indent(line) < frame_col:
            head = _node_head(s)
        elif (
            cur is not None
            and not cur[3]
            and not _ERROR_NAME.fullmatch(cur[0])
            and (named := _node_head(s)) is not None
            and _ERROR_NAME.fullmatch(named[0])
        ):
            # A logger's own `Word: ...` line above the error's (hapi's `Debug: handler,
            # error`, then `    Error: boom` at the frames' indent): the error's is the head.
            sections.pop()
            head = named
        elif errors:
            if c == "]" and _indent(line) < errors_col:
                errors = False
                continue
            if errors_col < 0:
                errors_col = _indent(line)  # the list's errors start here, their fields deeper
            if _indent(line) == errors_col:
                head = _node_head(s[:-1] if s.endswith(",") else s)
        if head is not None:
            cur = [head[0], head[1], [], []]
            sections.append(cur)
        elif cur is not None and not cur[3] and s != "}":
            if cur[2] and c == "^" and set(s) <= _MARKER_CHARS:
                cur[2].pop()  # Deno's excerpt under its head: the throwing line and its caret
                continue
            cur[2].append(line.rstrip())
    if not sections or not any(sec[3] for sec in sections):
        return None
    return tuple(
        ExceptionInfo(
            type=t, value=_join_value(v, more), frames=tuple(reversed(fr)), language="node"
        )
        for t, v, more, fr in sections
    )


# Node up to 14 reports a rejected promise nobody handled on stderr, its stack behind this.
_NODE_REJECTION = re.compile(r"\(node:\d+\) UnhandledPromiseRejectionWarning: ")
# Deno's head of an uncaught error: `error: Uncaught (in promise) TypeError: x`.
_DENO_UNCAUGHT = ("error: Uncaught (in promise) ", "error: Uncaught ")
# An error util.inspect prints without a stack, in brackets (`[Error: x]`, and with its own
# properties `[AbortError: x] {`): Node's report of a promise rejected with no Error
# (`[UnhandledPromiseRejection: ... The promise rejected with the reason "x".] {`).
# The type must be named as errors are: `[store]` is a section of a TOML file.
_NODE_STACKLESS = re.compile(
    r"\[(?P<type>[A-Z][\w$.]{0,255}(?:Error|Exception|Rejection)): (?P<value>.*)\](?: \{)?\Z"
)
_NODE_REJECTED_REASON = re.compile(r'.*The promise rejected with the reason "(?P<reason>.*)"\.\Z')


def _parse_node_stackless(lines: list[str]) -> ExceptionChain | None:
    """The error of Node's crash report when it has no stack, as util.inspect prints one; a
    rejection's value is its reason, which names the problem (the rest is Node's boilerplate)."""
    for line in lines:
        if line[:1] != "[" or len(line) > 16384:
            continue
        m = _NODE_STACKLESS.match(line.rstrip())
        if m is None:
            continue
        value = m.group("value")
        reason = _NODE_REJECTED_REASON.match(value)
        if reason is not None:
            value = reason.group("reason")
        return (ExceptionInfo(type=m.group("type"), value=value, language="node"),)
    return None


# A JavaScript error's name as errors are named (`Error`, `TypeError`, `ValidationError`,
# `MongoServerError`, `DOMException`), which a logger's word before a colon is not.
_ERROR_NAME = re.compile(r"(?:[A-Z][\w$]{0,255})?(?:Error|Exception)")


def _node_head(s: str) -> tuple[str, str] | None:
    if s.startswith("Uncaught "):
        s = s[9:]
    elif s.startswith(_DENO_UNCAUGHT):
        s = s[s.index("Uncaught ") + 9 :].removeprefix("(in promise) ")
    elif s.startswith("(node:"):
        m = _NODE_REJECTION.match(s)
        if m is not None:
            s = s[m.end() :]
    if s.endswith(": {"):
        # A key opening an object: pino-pretty's dump of a serialized error (`err: {`, then
        # its `"type"`, `"message"` and `"stack":`, whose first line is the error's head).
        return None
    if s.endswith(" {"):  # util.inspect of an error with own properties
        s = s[:-2]
    head, sep, tail = s.partition(": ")
    name, _, code = head.partition(" ")
    if code and _JS_CODE.fullmatch(code) and len(name) <= _MAX_TYPE_LEN:
        if _JS_TYPE.fullmatch(name):
            return name, f"{code} {tail}" if sep else code
        return None
    return _split_type(s, _JS_TYPE)


@_frame_cache
def _node_frame(s: str) -> Frame | None:
    rest = s[3:].strip()
    if rest.endswith(" {"):
        rest = rest[:-2]
    elif rest.endswith(","):  # the last frame of an error in a list (`[errors]: [`)
        rest = rest[:-1]
    if rest.startswith("async "):
        rest = rest[6:]
    function = None
    loc = rest
    if rest.endswith(")"):
        k = rest.find(" (")
        if k > 0:
            function, loc = rest[:k], rest[k + 2 : -1]
    if loc.startswith("index "):  # `at async Promise.all (index 0)`
        return Frame(function=function)
    file, lineno, colno = _split_loc(loc)
    if function is None and lineno is None:
        return None
    return Frame(file=file or None, function=function, lineno=lineno, colno=colno)


# --------------------------------------------------------------------------------------------
# Go


# What net/http's server logs when a handler panics (it recovers, logs and goes on): the
# value after the client's address, the goroutine's stack below. Searched for in the line's
# head: the server's logger may prefix it.
_GO_HTTP_PANIC = re.compile(r"http2?: panic serving \S+?: ")


def _parse_go(lines: list[str]) -> ExceptionChain | None:
    exc_type = value = None
    frames: list[Frame] = []
    in_goroutine = False
    func_line: str | None = None
    head: str | None = None  # the last line above a stack no panic line names
    for i, line in enumerate(lines):
        if exc_type is None:
            # net/http writes through the server's log.Logger, whose prefix, date and
            # `server.go:3230: ` (with Lshortfile) may come first.
            served = _GO_HTTP_PANIC.search(line[:512]) if "panic serving " in line[:512] else None
            if line.startswith("panic: ") or served is not None:
                value = line[served.end() if served else 7 :].rstrip()
                exc_type = "panic"
                if value.endswith(" [recovered]"):
                    value = value[:-12]
                if value.startswith("runtime error: "):
                    exc_type, value = "runtime error", value[15:]
            elif line.startswith("fatal error: "):
                exc_type, value = "fatal error", line[13:].rstrip()
            elif _opens_go_stack(lines, i):
                if head is None:
                    return None  # a stack alone (`debug.Stack()`): nothing says what failed
                exc_type, value = _go_error(head)
                in_goroutine = True
                if not line.startswith("goroutine "):
                    func_line = line.rstrip()
            elif line.strip():
                head = line.strip()
            continue
        if not in_goroutine:
            if line.startswith("goroutine ") and line.rstrip().endswith(":"):
                in_goroutine = True
            continue
        if not line.strip():
            if frames:
                break  # the first goroutine ends at a blank line
            continue
        if line.startswith("goroutine "):
            break
        if line[0] in " \t":
            if func_line is not None:
                frames.append(_go_frame(func_line, line.strip()))
                func_line = None
        elif not line.startswith("..."):
            func_line = line.rstrip()
    if exc_type is None:
        return None
    frames.reverse()
    return (ExceptionInfo(type=exc_type, value=value or "", frames=tuple(frames), language="go"),)


def _opens_go_stack(lines: list[str], i: int) -> bool:
    """Whether `lines[i]` starts a Go stack without a panic line above it: a goroutine's header
    (`debug.Stack()`'s, which a recovering handler logs beside the error), or a function line
    over its tab-indented location (zap's `stacktrace`, which has no header)."""
    line = lines[i]
    if line.startswith("goroutine "):
        return line.rstrip().endswith(":")
    if not line or line[0] in " \t" or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return below[:1] == "\t" and is_go_location(below)


def _go_error(head: str) -> tuple[str, str]:
    """(type, value) of the error logged above a Go stack that no panic line names: Go errors
    have no type in their text, so `error`; the runtime's own are `runtime error`."""
    if head.startswith("panic: "):
        head = head[7:]
        if not head.startswith("runtime error: "):
            return "panic", head
    if head.startswith("runtime error: "):
        return "runtime error", head[15:]
    return "error", head


# A Go program's logged stack, one numbered frame a line, innermost first (MinIO's logger:
# `       6: internal/logger/logger.go:258:logger.LogIf()`, down to `1: .../asm_amd64.s:1598:
# runtime.goexit()`), under the error's line, `Error: message (type)`.
_GO_LOGGED_FRAME = re.compile(
    r"(?P<n>\d{1,4}): (?P<file>[^\s:]{1,1024}\.(?:go|s)):(?P<line>\d{1,7}):(?P<func>\S{1,1024})\Z"
)
_GO_LOGGED_ERROR = re.compile(r"Error: (?P<value>.*?)(?: \((?P<type>[*\w./\[\]-]{1,256})\))?\Z")


def _parse_go_logged(lines: list[str]) -> ExceptionChain | None:
    """A Go program's logged error and stack (`_GO_LOGGED_FRAME`): the type the error's line
    names (`*errors.errorString`, `cmd.InsufficientWriteQuorum`), else `error`."""
    error = None
    numbered: list[tuple[int, Frame]] = []
    for line in lines:
        s = line.strip()
        if error is None and s.startswith("Error: "):
            error = _GO_LOGGED_ERROR.match(s[:4096])
            continue
        m = _GO_LOGGED_FRAME.match(s[:2100])
        if m is not None:
            numbered.append((int(m["n"]), _go_logged_frame(m["file"], m["line"], m["func"])))
    if error is None or not numbered:
        return None
    numbered.sort(key=lambda x: x[0])  # 1 is the outermost call
    frames = tuple(frame for _, frame in numbered)
    return (
        ExceptionInfo(
            type=error["type"] or "error", value=error["value"], frames=frames, language="go"
        ),
    )


# A numbered native frame with its address: `12. DB::TCPHandler::runImpl() @ 0x0000000012a8f6d3`,
# ClickHouse 23's source before the function (`./src/Server/TCPHandler.cpp:527: `) and older
# releases' binary after the address (` in /usr/bin/clickhouse`).
_NATIVE_FRAME = re.compile(
    r"(?P<n>\d{1,4})\. (?:(?P<file>[^\s:]{1,1024}):(?P<line>\d{1,7}): )?(?P<func>\S.{0,4000}?)"
    r" @ 0x[0-9a-fA-F]{1,16}(?: in (?P<object>\S{1,1024}))?\Z"
)
# The exception line above them: ClickHouse's `Code: 60. DB::Exception: text. (NAME)`, or
# `Type: text`; `Stack trace:` (`Stack trace (when copying ...):`) ends it.
_NATIVE_EXCEPTION = re.compile(
    r"(?:.{0,1000}?Code: \d{1,6}\. )?"
    r"(?P<type>[A-Za-z_][\w:]{0,255}(?:Exception|Error)): (?P<value>.*)"
)
_NATIVE_STACK_HEAD = re.compile(r",? ?Stack trace(?: \([^()\n]{0,200}\))?:\s*\Z")


def is_native_frame(line: str) -> bool:
    """Whether `line` (left-stripped) is a numbered native frame with its address
    (`_NATIVE_FRAME`)."""
    if " @ 0x" not in line[-1200:]:
        return False
    m = _NATIVE_FRAME.match(line[:4200].rstrip())
    return m is not None and _is_symbol(m["func"])


def _is_symbol(func: str) -> bool:
    """A function's name, or `?`: no blank before its arguments or template arguments but the
    one after a return type (`void* std::__thread_proxy<...>(void*)`; `segfault at address` is
    a sentence)."""
    head = func.split("(", 1)[0].split("<", 1)[0]
    return func == "?" or (head != "" and head.count(" ") <= 1 and head[-1:] != " ")


def _parse_native(lines: list[str]) -> ExceptionChain | None:
    """Numbered native frames (`_NATIVE_FRAME`), innermost first, under the exception's line."""
    head = None
    numbered: list[tuple[int, Frame]] = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        m = _NATIVE_FRAME.match(s[:4200]) if s[0].isdigit() else None
        if m is not None and _is_symbol(m["func"]):
            frame = _native_frame(m["func"], m["file"], m["line"])
            if frame is not None:
                numbered.append((int(m["n"]), frame))
        elif head is None and not numbered:
            head = s
    if not numbered:
        return None
    numbered.sort(key=lambda x: -x[0])  # 0 is the innermost call
    kind, value = "error", ""
    if head is not None:
        head = _NATIVE_STACK_HEAD.sub("", head[:8192])
        m = _NATIVE_EXCEPTION.match(head)
        kind, value = (m["type"], m["value"]) if m is not None else ("error", head)
    frames = tuple(frame for _, frame in numbered)
    return (ExceptionInfo(type=kind, value=value, frames=frames, language="native"),)


@_frame_cache
def _native_frame(func: str, file: str | None, lineno: str | None) -> Frame | None:
    """`DB::TCPHandler::runImpl()` in `DB::TCPHandler`; None for `?` (no symbol)."""
    if func == "?":
        return None
    depth = start = 0
    end = len(func)
    k = -1  # the last `::` outside a template's `<...>`: the class's or namespace's end
    for i, ch in enumerate(func):  # the arguments' `(`, not one inside a template's `<...>`
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
        elif depth == 0:
            if ch == "(" and i > 0 and not func[:i].endswith("operator"):
                end = i
                break
            if ch == ":" and func[i + 1 : i + 2] == ":" and i > start:
                k = i
            elif ch == " ":  # after a template function's return type (`void* std::f<...>()`)
                start, k = i + 1, -1
    name = func[start:end].strip()
    k -= start
    module, function = (name[:k], name[k + 2 :]) if 0 < k < len(name) else (None, name)
    return Frame(
        file=file or None,
        module=module or None,
        function=function or None,
        lineno=int(lineno) if lineno else None,
    )


# A frame of PHP-FPM's slow log (fpm_php_trace.c: `[0x%016lx] %s() %s:%d`, the frame's
# address, the function, with its class (`PDOStatement->execute`, `App\Repo::find`), and
# where it was called from); `???` for no file.
_SLOWLOG_FRAME = re.compile(
    r"\[0x[0-9a-f]{8,16}\] (?P<func>[^\s()]{1,512})\(\) "
    r"(?P<file>\S{1,1024}?)(?::(?P<line>\d{1,7}))?\Z"
)
_SLOWLOG_SCRIPT = "script_filename = "
_SLOWLOG_CLASS = re.compile(r"(?P<module>.+?)(?:->|::)(?P<function>[^:>-]+)\Z")


def is_slowlog_frame(line: str) -> bool:
    """Whether `line` (left-stripped) is a frame of PHP-FPM's slow log (`_SLOWLOG_FRAME`)."""
    return line[:3] == "[0x" and _SLOWLOG_FRAME.match(line[:1600].rstrip()) is not None


def _parse_slowlog(lines: list[str]) -> ExceptionChain | None:
    """A slow request's backtrace (`_SLOWLOG_FRAME`, innermost first): type `backtrace`, the
    script its value (`script_filename = ...`), so requests stuck at one place are one group."""
    frames: list[Frame] = []
    script = ""
    for line in lines:
        s = line.strip()
        if s.startswith(_SLOWLOG_SCRIPT):
            script = s[len(_SLOWLOG_SCRIPT) :][:1024]
            continue
        m = _SLOWLOG_FRAME.match(s[:1600]) if s[:3] == "[0x" else None
        if m is not None:
            frames.append(_slowlog_frame(m["func"], m["file"], m["line"]))
    if not frames:
        return None
    frames.reverse()  # printed innermost first
    return (ExceptionInfo(type="backtrace", value=script, frames=tuple(frames), language="php"),)


@_frame_cache
def _slowlog_frame(func: str, file: str, lineno: str | None) -> Frame:
    """`PDOStatement->execute` in `PDOStatement`; `curl_exec` in no class; `???`: no file."""
    m = _SLOWLOG_CLASS.match(func)
    module, function = (m["module"], m["function"]) if m is not None else (None, func)
    return Frame(
        file=None if file == "???" else file,
        module=module,
        function=function,
        lineno=int(lineno) if lineno else None,
    )


@_frame_cache
def _go_logged_frame(file: str, lineno: str, func: str) -> Frame:
    """`logger.LogIf()` in package `logger`; `net/http.HandlerFunc.ServeHTTP()` in `net/http`."""
    name = func[:-2] if func.endswith("()") else func
    slash = name.rfind("/")
    dot = name.find(".", slash + 1)
    module, function = (name[:dot], name[dot + 1 :]) if dot > 0 else (None, name)
    return Frame(file=file, module=module, function=function or None, lineno=int(lineno))


_GO_LOCATION_END = re.compile(r"\.go:\d{1,7}\s*\Z")


def is_go_location(line: str) -> bool:
    """Whether `line` (tab-indented) is a Go frame's location line: one path token with a
    directory, ending `.go:N`, maybe a pc offset after it. A panic writes `/app/main.go:12
    +0x1d`; zap (and logr over it) writes the stack under an error record without the offset.
    A binary built with `-trimpath` (release builds, most images: the OpenTelemetry Collector,
    k8s operators) writes module paths instead of absolute ones:
    `go.opentelemetry.io/collector/exporter@v0.120.0/exporterhelper/queue_sender.go:128`."""
    if len(line) > 1024 or ".go:" not in line[-48:]:
        return False
    loc = line.strip()
    k = loc.find(" +0x", max(0, len(loc) - 24))
    if k > 0:
        loc = loc[:k]
    return (
        (loc[0].isalnum() or loc[0] == "/")
        and "/" in loc
        and " " not in loc
        and _GO_LOCATION_END.search(loc[-32:]) is not None
    )


@_frame_cache
def _go_frame(func_line: str, file_line: str) -> Frame:
    name = func_line
    if name.startswith("created by "):
        name = name[11:]
        k = name.find(" in goroutine ")
        if k > 0:
            name = name[:k]
    elif name.endswith(")"):
        # Strip the argument list: the last balanced (...) at the end.
        depth = 0
        for k in range(len(name) - 1, -1, -1):
            ch = name[k]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
                if depth == 0:
                    name = name[:k]
                    break
    slash = name.rfind("/")
    dot = name.find(".", slash + 1)
    module, function = (name[:dot], name[dot + 1 :]) if dot > 0 else (None, name)
    loc = file_line.split(" +0x", 1)[0].strip()
    file, lineno, _ = _split_loc(loc)
    return Frame(file=file or None, module=module, function=function or None, lineno=lineno)


# --------------------------------------------------------------------------------------------
# Perl


# Carp's confess and cluck (and croak under `-MCarp=verbose`): the message and where it was
# raised, `connection refused at lib/Shop/Repo.pm line 7.`, then one indented line per call,
# innermost first, each naming the sub called and where from:
# `\tShop::Repo::load(Shop::Repo=HASH(0x55899a43bc60), 7) called at app.pl line 10`.
_PERL_CALLED = re.compile(
    r"(?P<sub>[A-Za-z_][\w:']{0,256}|eval \{\.\.\.\}|require \S{1,1024})(?:\(.*\))?"
    r" called at (?P<file>\S.{0,1024}?) line (?P<line>\d{1,7})\Z"
)
_PERL_AT = re.compile(  # the file a path (`-e` for a one-liner) or a string eval's `(eval 12)`
    r"(?P<msg>.*?) at (?P<file>\(eval \d{1,9}\)|\S{1,1024}) line (?P<line>\d{1,7})"
    r"(?:, <[^<>]{0,256}> (?:line|chunk) \d{1,12})?\.\Z"
)


def is_perl_frame(line: str) -> bool:
    """Whether `line` is a frame of Carp's backtrace (indented, `... called at FILE line N`)."""
    return (
        line[:1] in " \t"
        and " called at " in line
        and _PERL_CALLED.match(line[-2100:].lstrip()) is not None
    )


def perl_error_line(line: str) -> bool:
    """Whether `line` is what Perl's die and warn print: the message, then ` at FILE line N.`
    (and the last handle read: `, <STDIN> line 3.`)."""
    return line[-1:] == "." and " line " in line[-64:] and _PERL_AT.match(line[-2100:]) is not None


def _parse_perl(lines: list[str]) -> ExceptionChain | None:
    """A Perl error with Carp's backtrace: Perl's errors are strings, so type `error`; each
    frame is the sub a line names, innermost first as printed (reversed here).

    A line names the sub called and where it was called from, which is in its caller's code:
    a sub's own place is the error's (` at FILE line N.`) for the innermost, else where it
    called the sub of the line before. So a frame is where its sub was when the error came,
    as every other language's frames are, and a library's sub that calls back into the
    application (a web framework's router) is the library's."""
    value: str | None = None
    where: tuple[str, str] | None = None  # (file, line) of the innermost sub
    frames: list[Frame] = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if line[:1] in " \t" and " called at " in s:
            m = _PERL_CALLED.match(s[:2100])
            if m is not None:
                file, lineno = where if where is not None else (None, None)
                frames.append(_perl_frame(m["sub"], file, lineno))
                where = m["file"], m["line"]
            continue
        if value is None and not frames:
            at = _PERL_AT.match(s[-2100:]) if s.endswith(".") else None
            value = at["msg"] if at is not None else s
            if at is not None:
                where = at["file"], at["line"]
    if not frames or value is None:
        return None
    frames.reverse()
    return (ExceptionInfo(type="error", value=value, frames=tuple(frames), language="perl"),)


@_frame_cache
def _perl_frame(sub: str, file: str | None, lineno: str | None) -> Frame:
    """`Shop::Repo::load` is module `Shop::Repo`, function `load`; `eval {...}` is kept whole."""
    line = int(lineno) if lineno is not None else None
    if sub.startswith(("eval ", "require ")):
        return Frame(file=file, function=sub, lineno=line)
    module, _, function = sub.rpartition("::")
    return Frame(file=file, module=module or None, function=function, lineno=line)


# --------------------------------------------------------------------------------------------
# .NET


# --------------------------------------------------------------------------------------------
# Rust

RUST_PANIC_START = "thread '"
# `thread 'main' panicked at `; since Rust 1.89 the thread's id follows its name:
# `thread 'main' (29394) panicked at `, `thread '<unnamed>' (29435) panicked at `.
_RUST_PANICKED = re.compile(r"thread '.{0,256}?'(?: \(\d{1,20}\))? panicked at ")


def rust_panicked_at(line: str) -> str | None:
    """What follows `panicked at ` when `line` (left-stripped) opens a Rust panic, else None."""
    if not line.startswith(RUST_PANIC_START):
        return None
    m = _RUST_PANICKED.match(line[:400])
    return line[m.end() :] if m is not None else None


# A backtrace entry: `  12: shop::db::connect` (a symbol hash `::h0123456789abcdef` after it
# before Rust 1.58's symbol mangling changed), then `      at ./src/db.rs:17:5` below.
# RUST_BACKTRACE=full puts the frame's address first (`  12:     0x5617bbf7171e - main::db::load`)
# and, since Rust 1.9x's symbol names, each crate's disambiguator after its name
# (`std[e28293b1aa0f68bd]::panicking::default_hook::{closure#0}`): both change with every build.
# The symbol ends with a non-blank: a lazy symbol that could end anywhere tried `\s*\Z` over the
# whole rest of a long blank run at each of up to 1,000 ends.
_RUST_FRAME = re.compile(
    r"\s*\d{1,5}: +(?:0x[0-9a-f]{1,16} - )?(?P<symbol>\S(?:.{0,999}?\S)?)"
    r"(?:::h[0-9a-f]{16})?\s*\Z"
)
_RUST_CRATE_HASH = re.compile(r"\[[0-9a-f]{16}\]")
_RUST_CLOSURE = re.compile(r"\{closure#\d{1,6}\}")
# What the standard library runs around the program: a full backtrace prints it, the short one
# (RUST_BACKTRACE=1) only the frames between these two, so a full one is cut to them.
_RUST_SHORT_END = "__rust_end_short_backtrace"
_RUST_SHORT_BEGIN = "__rust_begin_short_backtrace"


@_frame_cache
def _rust_frame(symbol: str, location: str) -> Frame:
    """`shop::db::connect` is module `shop::db`, function `connect` (a closure keeps its owner:
    `main::{closure}`); `location` is the `at` line's `path:line:col`, or empty."""
    if "[" in symbol:
        symbol = _RUST_CRATE_HASH.sub("", symbol)
    if "{closure#" in symbol:
        symbol = _RUST_CLOSURE.sub("{closure}", symbol)
    module, sep, function = symbol.rpartition("::")
    if function in ("{{closure}}", "{closure}") and "::" in module:
        module, _, owner = module.rpartition("::")
        function = f"{owner}::{{closure}}"
    file, lineno, colno = _split_loc(location) if location else (None, None, None)
    return Frame(
        file=file or None,
        module=module or None,
        function=function if sep else symbol,
        lineno=lineno,
        colno=colno,
    )


def _parse_rust(lines: list[str]) -> ExceptionChain | None:
    head_at = next(
        (i for i, x in enumerate(lines) if x.lstrip().startswith(RUST_PANIC_START)), None
    )
    if head_at is None:
        return None
    rest = rust_panicked_at(lines[head_at].strip())
    if rest is None:
        return None
    below = lines[head_at + 1 :]
    if rest.startswith("'"):  # before 1.73: `panicked at 'message', src/main.rs:4:5`
        message, sep, _ = rest[1:].rpartition("', ")
        if not sep:
            return None
    else:  # the location, then the message on the lines below it, up to a note or backtrace
        text = []
        for x in below:
            if x.startswith(("note: ", "stack backtrace:")):
                break
            text.append(x)
        message = "\n".join(text).strip()
    start = next((i for i, x in enumerate(below) if x.startswith("stack backtrace:")), None)
    frames: list[Frame] = []
    symbols: list[str] = []  # each frame's, as printed
    symbol: str | None = None
    for x in below[start + 1 :] if start is not None else ():
        m = _RUST_FRAME.match(x) if x[:1] in " \t0123456789" else None
        if m is not None:
            if symbol is not None:
                frames.append(_rust_frame(symbol, ""))
            symbol = m["symbol"]
            symbols.append(symbol)
        elif symbol is not None and x.lstrip().startswith("at "):
            frames.append(_rust_frame(symbol, x.strip()[3:]))
            symbol = None
    if symbol is not None:
        frames.append(_rust_frame(symbol, ""))
    end = next((i for i, x in enumerate(symbols) if _RUST_SHORT_END in x[:200]), -1)
    begin = next((i for i, x in enumerate(symbols) if _RUST_SHORT_BEGIN in x[:200]), None)
    if end >= 0 or begin is not None:
        frames = frames[end + 1 : begin]
    # No backtrace printed: the panic's location names no function, and would be the same
    # frame for every panic in that file; the chain is then read by its message.
    frames.reverse()  # printed innermost first
    return (ExceptionInfo(type="panic", value=message, frames=tuple(frames), language="rust"),)


# Elixir (and the Erlang beneath it): `** (RuntimeError) boom`, then one frame a line,
# `    (my_app 0.1.0) lib/my_app/worker.ex:12: MyApp.Worker.handle_info/2`, the OTP application
# and its version first. An exit wraps its reason below it, indented: `** (exit) exited in:
# GenServer.call(...)`, then `    ** (EXIT) time out`.
ELIXIR_EXCEPTION = "** ("
_ELIXIR_HEAD = re.compile(r"\s*\*\* \((?P<type>[A-Za-z][\w.]*)\) ?(?P<value>.*)")
_ELIXIR_FRAME = re.compile(
    r"\s+(?:\((?P<app>[a-z][\w]*)(?: [^)\s]+)?\) )?"
    r"(?P<file>[\w./-]+\.(?:ex|exs|erl|hrl)|unknown file|nofile):(?:(?P<line>\d+):)? (?P<call>\S.*)"
)


def starts_elixir_exception(line: str) -> bool:
    return line.lstrip().startswith(ELIXIR_EXCEPTION) and _ELIXIR_HEAD.match(line) is not None


@_frame_cache
def _elixir_frame(file: str, line: str | None, call: str) -> Frame:
    """`MyApp.Worker.handle_info/2` is module `MyApp.Worker`, function `handle_info/2`;
    `anonymous fn/1 in MyApp.Foo.bar/2` keeps the anonymous function on its owner's module;
    `:gen_server.try_dispatch/4` is Erlang's `:gen_server`."""
    target = call.rpartition(" in ")[2] if call.startswith("anonymous fn") else call
    paren = target.find("(")
    if paren > 0 and target.endswith(")") and "/" not in target[:paren]:
        # The call with its arguments (a FunctionClauseError's frame: `MyApp.Parser.parse(nil)`),
        # which differ from one crash to the next: named by its arity, as other frames are.
        target = f"{target[:paren]}/{_elixir_arity(target[paren + 1 : -1])}"
    module, sep, function = target.partition("/")[0].rpartition(".")
    arity = target.partition("/")[2]
    name = f"{function}/{arity}" if arity else function
    if call.startswith("anonymous fn"):
        name = f"{call.partition(' in ')[0]} in {name}"
    return Frame(
        file=None if file in ("unknown file", "nofile") else file,
        module=module if sep else None,
        function=name if sep else call,
        lineno=_number(line) if line else None,
    )


def _elixir_arity(args: str) -> int:
    """How many arguments `args` (the inspected arguments of a call, between its parentheses)
    holds: its commas outside brackets, maps, tuples, binaries (`<<1, 2>>`), inspected
    references (`#PID<0.1.0>`) and strings, plus one."""
    if not args.strip():
        return 0
    count, depth, quoted, escaped = 1, 0, False, False
    previous = ""
    for ch in args:
        if ch == ">" and previous in "=-" and previous and not quoted:
            previous = ch
            continue  # a map's `=>`, not a closing `>`
        previous = ch
        if quoted:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        elif ch == "," and depth == 0:
            count += 1
    return count


def _parse_elixir(lines: list[str]) -> ExceptionChain | None:
    chain: list[tuple[str, str, list[Frame]]] = []
    closed = False  # the report went on past the frames (`Last message:`, `Client ... alive`)
    for line in lines:
        head = _ELIXIR_HEAD.match(line) if ELIXIR_EXCEPTION in line[:80] else None
        if head is not None:
            chain.append((head["type"], head["value"].strip(), []))
            closed = False
            continue
        if not chain or closed:
            continue
        if line[:1] not in " \t":
            # A GenServer's report goes on with its state and its client's own stack, whose
            # frames are not the crash's.
            closed = bool(chain[-1][2]) and bool(line.strip())
            continue
        m = _ELIXIR_FRAME.match(line)
        if m is not None:
            chain[-1][2].append(_elixir_frame(m["file"], m["line"], m["call"].strip()))
    if not chain:
        return None
    # An exit's reason, printed below it, often holds the frames: they are the raise's.
    return tuple(
        ExceptionInfo(type=t, value=v, frames=tuple(reversed(f)), language="elixir")
        for t, v, f in chain
    )


# What .NET prints before an exception nothing caught: .NET 5+, and .NET Framework / Core 1-3.
DOTNET_UNHANDLED = ("Unhandled exception. ", "Unhandled Exception: ")
# The *arr family's NLog layout (Sonarr, Radarr, Lidarr, Readarr, Prowlarr) writes the build's
# version before an exception's first line: `[v0.3.28.2554] NzbDrone.Common.Http.HttpException:`.
_VERSION_TAG = re.compile(r"\[v\d{1,6}(?:\.\d{1,9}){1,3}\] ")


def _parse_dotnet(lines: list[str]) -> ExceptionChain | None:
    sections: list[list] = []  # [type, value, more value lines, frames]
    cur = -1
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s.startswith("at "):
            if cur >= 0:
                sections[cur][3].append(_dotnet_frame(s))
            continue
        if s.startswith("--- End of inner exception stack trace ---"):
            cur = max(cur - 1, 0)
            continue
        if s.startswith("--- "):
            continue  # "--- End of stack trace from previous location ---"
        heads = None
        if s.startswith("---> "):
            heads = s[5:].split(" ---> ")
        elif cur < 0:
            for prefix in DOTNET_UNHANDLED:  # the runtime's report of an uncaught exception
                s = s.removeprefix(prefix)
            if s[:2] == "[v" and (tag := _VERSION_TAG.match(s)) is not None:
                s = s[tag.end() :]
            heads = s.split(" ---> ")
            if _dotnet_head(heads[0]) is None:
                heads = None
        if heads:
            for h in heads:
                split = _dotnet_head(h) or (UNKNOWN_TYPE, h)
                sections.append([split[0], split[1], [], []])
            cur = len(sections) - 1
        elif cur >= 0 and not sections[cur][3]:
            sections[cur][2].append(line.rstrip())
    if not sections or not any(sec[3] for sec in sections):
        return None
    return tuple(
        ExceptionInfo(
            type=t, value=_join_value(v, more), frames=tuple(reversed(fr)), language="dotnet"
        )
        for t, v, more, fr in sections
    )


# An exception whose HResult is not its class's default prints it after its type (Exception.
# ToString): `System.Net.Sockets.SocketException (111): Connection refused`, `Npgsql.
# NpgsqlException (0x80004005): Failed to connect`, `System.ComponentModel.Win32Exception (2)`.
_DOTNET_HRESULT = re.compile(
    r"(?P<type>[^\s()]{1,256}) \((?P<code>0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\)(?::|\Z)"
)


# An exception's type as Unity prints it, with no namespace (`NullReferenceException: x`); ingest
# asks it of a message above .NET frames too.
BARE_DOTNET_TYPE = re.compile(r"([A-Z][A-Za-z0-9]{0,64}Exception)(?:: |\Z)")


def _dotnet_head(h: str) -> tuple[str, str] | None:
    """(type, value) of a .NET exception's line; an HResult after the type heads the value,
    as Node's `[ERR_CODE]` does."""
    split = _split_type(h, _JVM_TYPE)
    if split is None and (bare := BARE_DOTNET_TYPE.match(h)) is not None:
        return bare[1], h[bare.end() :].strip()  # Unity's: no namespace before the type
    if split is not None or " (" not in h[:300]:
        return split
    m = _DOTNET_HRESULT.match(h[:300])
    if m is None or not _JVM_TYPE.fullmatch(m["type"]):
        return None
    rest = h[m.end() :].strip()
    return m["type"], f"({m['code']}) {rest}" if rest else f"({m['code']})"


@_frame_cache
def _dotnet_frame(s: str) -> Frame:
    rest = s[3:].strip()
    file = None
    lineno = None
    k = rest.rfind(") in ")
    mono = rest.find(" [0x") if k < 0 else -1
    if k >= 0:
        sig, loc = rest[: k + 1], rest[k + 5 :]
        path, sep, num = loc.rpartition(":line ")
        lineno = _number(num.strip()) if sep else None
        file = path if lineno is not None else loc
    elif mono > 0 and (at := rest.find("] in ", mono)) > 0:
        # Mono's (Unity's): the IL offset, then the file and line, or the assembly's module
        # id and `:0` where it has no symbols (`[0x00119] in <cc9299...>:0`): no file's.
        sig, loc = rest[:mono], rest[at + 5 :]
        if sig.startswith("(wrapper ") and (close := sig.find(") ")) > 0:
            sig = sig[close + 2 :]  # a runtime stub's kind (`(wrapper dynamic-method) `)
        path, _, num = loc.rpartition(":")
        lineno = _number(num) or None
        file = path if path and not path.startswith("<") else None
    else:
        sig = rest
    p = sig.find("(")
    name = (sig[:p] if p > 0 else sig).rstrip()
    module, _, function = name.rpartition(".")
    if "__" in name:
        module, function = _as_written(module, function)
    elif function.startswith("lambda_method"):
        function = "lambda_method"  # an expression tree compiled at run time, numbered by it
    return Frame(file=file, module=module or None, function=function, lineno=lineno)


# C#'s compiler names what it generates with ordinals that change when the class gains a method
# or a lambda: an async or iterator method's state machine (`<GetAsync>d__5`, run by its
# `MoveNext`), a closure's class (`<>c__DisplayClass3_0`), a lambda (`<Load>b__0`), a local
# function (`<Main>g__Local|0_0`). Sentry's .NET SDK shows such frames as the methods they were
# written as; so does this, and a build that renumbers them keeps its groups.
_CS_STATE_MACHINE = re.compile(r"(.*)\.<([^<>]{1,512})>d__\d{1,9}\Z", re.S)
_CS_ORDINAL = re.compile(r"(<[^<>]{0,512}>[a-z]__[A-Za-z_]{0,128}?)\|?\d{1,9}(?:_\d{1,9})?")


def _as_written(module: str, function: str) -> tuple[str, str]:
    if function == "MoveNext":
        m = _CS_STATE_MACHINE.match(module)
        if m is not None:
            module, function = m.group(1), m.group(2)
    return _CS_ORDINAL.sub(r"\1", module), _CS_ORDINAL.sub(r"\1", function)


# --------------------------------------------------------------------------------------------
# Ruby

_RUBY_TYPE = re.compile(r"[A-Z][A-Za-z0-9_]*(?:::[A-Z][A-Za-z0-9_]*)*")
# Rails compiles a view into a method named after the template and two numbers that change with
# every boot (`_app_views_users_show_html_erb___3219876_70312`): the numbers are dropped.
_RUBY_VIEW_METHOD = re.compile(r"(_\w+?_(?:erb|haml|slim|builder|jbuilder))_+-?\d+_-?\d+")
# Rails 7.1 lists an exception's causes, then heads each one's frames with these.
_RAILS_SECTIONS = ("Information for: ", "Information for cause: ")
RUBY_FRAME_CHARS = 1024  # frame lines are short; a longer line is not read as one
# Rails' backtrace cleaner writes a gem's path as the gem and its version (its `gem_filter`):
# `actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in 'send_action'`.
_RAILS_GEM_PATH = re.compile(r"[A-Za-z0-9_.-]{1,128} \([\w.-]{1,64}\) \S{1,1024}\Z")


def ruby_frame_parts(line: str) -> tuple[str, int, str, str, bool] | None:
    """A Ruby backtrace line, `path:LINE:in 'label'` (Ruby 3.4 quotes `'Class#method'`, older
    Rubies `` `method' ``), optionally after `from ` or `N: from ` (uncaught exceptions):
    (path, line, label, the text after the label, whether it had a `from`). None otherwise."""
    s = line[:RUBY_FRAME_CHARS].strip()
    k = s.find(":in ")
    if k <= 0 or s[k + 4 : k + 5] not in ("`", "'"):
        return None
    head, sep, num = s[:k].rpartition(":")
    lineno = _number(num)
    if not sep or lineno is None:
        return None
    came_from = False
    if head.startswith("from "):
        head, came_from = head[5:], True
    elif head[:1].isdigit():
        n, sep, rest = head.partition(": from ")  # Ruby 2.5-2.7: `\t3: from t.rb:9:in ...`
        if sep and _number(n) is not None:
            head, came_from = rest, True
    if head.startswith("<internal:") and head.endswith(">"):  # the VM's own Ruby code
        pass
    elif not head or "\t" in head or (" " in head and _RAILS_GEM_PATH.match(head) is None):
        return None
    end = s.find("'", k + 5)
    if end < 0:
        return None
    return head, lineno, s[k + 5 : end], s[end + 1 :], came_from


def starts_ruby_exception(line: str) -> bool:
    """Whether `line` is the first line Ruby prints for an uncaught exception, or for each of
    its causes: the innermost frame, then `: message (Type)`."""
    parts = ruby_frame_parts(line)
    return (
        parts is not None
        and not parts[4]
        and parts[3].startswith(": ")
        and _ruby_head(parts[3][2:]) is not None
    )


@_frame_cache
def _ruby_frame(path: str, lineno: int, label: str) -> Frame:
    if "_erb_" in label or "_haml_" in label or "_slim_" in label or "builder_" in label:
        label = _RUBY_VIEW_METHOD.sub(r"\1", label[:_MAX_TYPE_LEN])
    return Frame(file=path, function=label or None, lineno=lineno)


def _ruby_head(s: str) -> tuple[str, str] | None:
    """An exception line: `message (Type)` (Logger, and the end of an uncaught exception's first
    line) or `Type (message):` (Rails' error page in the log) -> (type, message)."""
    s = s.strip()
    if s.endswith("):"):
        k = s.find(" (")
        if 0 < k <= _MAX_TYPE_LEN and _RUBY_TYPE.fullmatch(s[:k]):
            return s[:k], s[k + 2 : -2]
    if s.endswith(")"):
        k = s.rfind("(")
        name = s[k + 1 : -1]
        if (
            (k == 0 or s[k - 1] == " ")
            and len(name) <= _MAX_TYPE_LEN
            and _RUBY_TYPE.fullmatch(name)
        ):
            return name, s[: k - 1] if k else ""
    return None


def _sinatra_head(s: str) -> tuple[str, str] | None:
    """Sinatra's `dump_errors!` line, `Type - message:` after its time (`2026-12-04 18:56:23 -
    RuntimeError - boom:`, the frames below it), -> (type, message). The colon ends the
    message, which may go on for lines (error_highlight's). The type must read as an
    exception's (`...Error`, `...Exception`, a namespaced `Errno::ENOENT`, the few of the core
    that are neither): any log line could be `Word - words:`."""
    name, sep, message = s.partition(" - ")
    if not sep or len(name) > _MAX_TYPE_LEN or not _RUBY_TYPE.fullmatch(name):
        return None
    if name.endswith(("Error", "Exception")) or "::" in name or name in _RUBY_OTHER_EXCEPTIONS:
        return name, message[:-1] if message.endswith(":") else message
    return None


_RUBY_OTHER_EXCEPTIONS = frozenset(("Interrupt", "SystemExit", "StopIteration"))


def _parse_ruby(lines: list[str]) -> ExceptionChain | None:
    """Ruby's backtraces. Innermost frame first, as Ruby prints them (reversed here), except
    Ruby 2.5-2.7's numbered `N: from` lines, printed outermost first above the exception line.
    An uncaught exception's first line is its innermost frame followed by `: message (Type)`,
    and each of its causes (Ruby 3.1+) starts the same way; Logger and Rails write the exception
    line (`message (Type)`, `Type (message):`) above the frames."""
    sections: list[list] = []  # [type, value, frames innermost first]
    pending: tuple[str, str] | None = None  # an exception line waiting for its frames
    numbered: list[Frame] = []  # Ruby 2.5-2.7's frames, before their exception line
    loose: str | None = None  # the first other text, the value of a trace with no type
    # Lines of a message that spans lines, above the `(Type)` that ends it: Logger writes
    # `message (Type)`, and Ruby 3.1's error_highlight (`nil.upcase` and a caret line under it)
    # or did_you_mean (`Did you mean?  ...`) made the message several lines.
    above: list[str] = []
    for line in lines:
        if not line.strip():
            if above:
                above.append("")
            continue
        parts = ruby_frame_parts(line)
        if parts is None:
            text = line.strip()
            if text.startswith(_RAILS_SECTIONS):  # Rails 7.1 heads each exception's frames so
                text = text.partition(": ")[2]
            head = _ruby_head(text)
            if head is None and ": " in text:  # `Type: message`: a JSON logger's fields
                head = _split_type(text, _RUBY_TYPE)
            if head is None and not sections and pending is None:
                head = _sinatra_head(text)
            if head is not None:
                if above and not text.endswith("):"):
                    head = (head[0], _join_value(above[0], [*above[1:], line[: line.rfind("(")]]))
                pending = head
                above = []
            else:
                if loose is None and not sections:
                    loose = line.strip()
                above.append(line.rstrip() if above else line.strip())
            continue
        above = []
        path, lineno, label, rest, came_from = parts
        frame = _ruby_frame(path, lineno, label)
        if came_from and line.lstrip()[:1].isdigit():
            numbered.append(frame)
            continue
        tail = _ruby_head(rest[2:]) if rest.startswith(": ") else None
        if rest.startswith(": ") and tail is None:
            tail = (UNKNOWN_TYPE, rest[2:].strip())
        if tail is not None:
            sections.append([tail[0], tail[1], [frame, *reversed(numbered)]])
            numbered = []
        elif pending is not None or not sections:
            t, v = pending or (UNKNOWN_TYPE, loose or "")
            sections.append([t, v, [frame]])
        else:
            sections[-1][2].append(frame)
        pending = None
    if not sections:
        return None
    return tuple(
        ExceptionInfo(type=t, value=v, frames=tuple(reversed(fr)), language="ruby")
        for t, v, fr in sections
    )


# --------------------------------------------------------------------------------------------
# PHP

_PHP_TYPE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\\[A-Za-z_][A-Za-z0-9_]*)*")
# What heads a native PHP exception line: the uncaught handler's words, `Next` before an
# exception that wraps the one printed above it (`Exception::__toString`).
_PHP_UNCAUGHT = (
    "PHP Fatal error:  Uncaught ",
    "PHP Fatal error: Uncaught ",
    "Fatal error: Uncaught ",
    "Uncaught ",  # the message of PHP's log line, its `PHP Fatal error:` read as the level
)
_PHP_SERVED_UNCAUGHT = " - Uncaught "
_PHP_OBJECT = "[object] ("  # Monolog's rendering of an exception in a log record's context
_PHP_PREVIOUS = "[previous exception] "
_PHP_CLOSURE = re.compile(r"\{closure:[^{}]*\}")  # PHP 8.4 names closures by where they are
_PHP_MAIN = re.compile(r"#\d{1,6} \{main\}\s*")


def _php_location(loc: str) -> tuple[str, int] | None:
    path, sep, num = loc.rpartition(":")
    lineno = _number(num)
    return (path, lineno) if sep and path and lineno is not None else None


def _php_head(s: str) -> tuple[str, str, tuple[str, int] | None, bool] | None:
    """(type, message, where it was thrown, whether it wraps the exception printed before it)
    of an exception line: Monolog's `[object] (Type(code: 0): message at /path/x.php:12)`
    (`[previous exception] ` before a cause), or PHP's own `Type: message in /path/x.php:12`
    (after `PHP Fatal error:  Uncaught ` or `Next `)."""
    s = s.strip()
    if s.startswith(_PHP_PREVIOUS):
        s = s[len(_PHP_PREVIOUS) :]
    if s.startswith(_PHP_OBJECT):
        body = s[len(_PHP_OBJECT) :]
        k = body.find("(code: ")
        j = body.find("): ", k)
        if k <= 0 or j < 0 or k > _MAX_TYPE_LEN or not _PHP_TYPE.fullmatch(body[:k]):
            return None
        rest = body[j + 3 :]
        rest = rest[:-1] if rest.endswith(")") else rest
        message, sep, loc = rest.rpartition(" at ")
        where = _php_location(loc) if sep else None
        return body[:k], message if where else rest, where, False
    wraps = s.startswith("Next ")
    if wraps:
        s = s[5:]
    for prefix in _PHP_UNCAUGHT:
        if s.startswith(prefix):
            s = s[len(prefix) :]
            break
    else:
        # The built-in server's record of the request that raised it: `GET /x.php 500 - Uncaught`
        k = s.find(_PHP_SERVED_UNCAUGHT, 0, 8400)
        if k > 0:
            s = s[k + len(_PHP_SERVED_UNCAUGHT) :]
    head, sep, tail = s.partition(": ")
    if not sep or len(head) > _MAX_TYPE_LEN or not _PHP_TYPE.fullmatch(head):
        return None
    message, sep, loc = tail.rpartition(" in ")
    where = _php_location(loc) if sep else None
    if where is None:
        return None  # PHP always says where: without it, this is some other `Word: text`
    return head, message, where, wraps


@_frame_cache
def _php_frame(s: str) -> tuple[str | None, int | None, str] | None:
    """`#3 /var/www/app/X.php(20): App\\X->show(Object(Request))` -> (file, line, called
    function without its arguments); `[internal function]` for a call from PHP itself; None
    for `{main}` and for other lines. JSON-escaped backslashes (Monolog) are undone."""
    number, sep, rest = s.partition(" ")
    if not sep or number[:1] != "#" or _number(number[1:]) is None:
        return None
    if rest.startswith("[internal function]: "):
        file, lineno, call = "[internal function]", None, rest[21:]
    else:
        k = rest.find("): ")
        if k < 0 and rest.endswith("):"):
            k = len(rest) - 2  # no function named (Monolog's JSON trace: `path:line` only)
        p = rest.rfind("(", 0, k)
        lineno = _number(rest[p + 1 : k]) if p > 0 else None
        if lineno is None:
            return None
        file, call = rest[:p], rest[k + 3 :]
    paren = call.find("(")
    call = (call[:paren] if paren > 0 else call).strip().replace("\\\\", "\\")
    if "{closure:" in call:
        call = _PHP_CLOSURE.sub("{closure}", call[:_MAX_TYPE_LEN])
    return file.replace("\\\\", "\\"), lineno, call


def _php_call_frame(file: str | None, lineno: int | None, call: str | None) -> Frame:
    """A frame from a location and the function that holds it: `App\\X->show` is module
    `App\\X`, function `show`."""
    module = None
    function = call
    if call:
        k = max(call.rfind("->"), call.rfind("::"))
        if k > 0:
            module, function = call[:k], call[k + 2 :]
    return Frame(file=file, module=module, function=function or None, lineno=lineno)


def _parse_php(lines: list[str]) -> ExceptionChain | None:
    """PHP's traces: `#0 /path/x.php(12): Class->method(args)`, innermost call first, under
    PHP's `Type: message in /path:line` / `Stack trace:` or Monolog's `[object] (Type(code: 0):
    message at /path:line)` / `[stacktrace]`, down to `#N {main}`.

    A PHP frame line is a call: where it was made, and the function called. The frames here
    are where each function was when the error happened (as Sentry shows PHP): the throwing
    line in the function the first call entered, each call's line in the function the next
    call entered, the outermost in `{main}`. Causes: Monolog's `[previous exception]` follow
    their exception; `Exception::__toString` prints the deepest cause first and each wrapping
    exception after `Next `, so that chain is reversed."""
    sections: list[list] = []  # [type, message, thrown at, [(file, line, call), ...], main]
    wrapped = False
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s[0] == "#":
            frame = _php_frame(s)
            if sections and frame is not None:
                sections[-1][3].append(frame)
            elif sections and s.endswith(" {main}"):
                sections[-1][4] = True
            continue
        head = _php_head(s)
        if head is not None:
            sections.append([head[0], head[1], head[2], [], False])
            wrapped = wrapped or head[3]
    if not sections:
        return None
    infos = []
    for exc_type, message, thrown_at, calls, main in sections:
        places = (
            [thrown_at, *((f, n) for f, n, _ in calls)]
            if thrown_at
            else [(f, n) for f, n, _ in calls]
        )
        functions = [c for _, _, c in calls] if thrown_at else [c for _, _, c in calls[1:]]
        functions.append("{main}" if main else None)
        frames = [
            _php_call_frame(file, lineno, function)
            for (file, lineno), function in zip(places, functions, strict=False)
        ]
        infos.append(
            ExceptionInfo(
                type=exc_type, value=message, frames=tuple(reversed(frames)), language="php"
            )
        )
    if wrapped:
        infos.reverse()
    return tuple(infos)


# --------------------------------------------------------------------------------------------
# Runtimes whose crash is a few lines of their own: Dart's VM, Swift, libstdc++'s terminate


DART_UNHANDLED = "Unhandled exception:"  # the Dart VM's first line, alone, above the error
# A Dart frame: `#0      parseOrder (package:shop/orders.dart:42:5)`, the location's line and
# column optional (`(dart:core-patch/errors_patch.dart)`).
_DART_FRAME = re.compile(
    r"#\d{1,5} +(?P<function>\S.{0,1024}?) \((?P<uri>(?:package|dart|file|org-dartlang-sdk):"
    r"[^()\s]{1,1024}?)(?::(?P<line>\d{1,7}))?(?::(?P<col>\d{1,7}))?\)\Z"
)


_FLUTTER_UNHANDLED = "Unhandled Exception: "


def is_dart_frame(line: str) -> bool:
    return line[:1] == "#" and _DART_FRAME.match(line.strip()[:2100]) is not None


def _parse_dart(lines: list[str]) -> ExceptionChain | None:
    """`Unhandled exception:`, the error's `Type: message` (its message may run over lines), then
    its frames, innermost first."""
    head: list[str] = []
    frames: list[Frame] = []
    for line in lines:
        s = line.strip()
        if not s or s == DART_UNHANDLED:
            continue
        m = _DART_FRAME.match(s[:2100]) if s[0] == "#" else None
        if m is not None:
            lineno, col = m.group("line"), m.group("col")
            frames.append(
                Frame(
                    file=m.group("uri"),
                    function=m.group("function"),
                    lineno=int(lineno) if lineno else None,
                    colno=int(col) if col else None,
                )
            )
        elif not frames:
            head.append(s)
    if not head or not frames:
        return None
    k = head[0].find(_FLUTTER_UNHANDLED)
    if k >= 0:  # Flutter's engine: `[ERROR:flutter/...(41)] Unhandled Exception: Type: x`
        head[0] = head[0][k + len(_FLUTTER_UNHANDLED) :]
    typed = _split_type(head[0], _JS_TYPE)
    exc_type, value = typed if typed is not None else ("error", head[0])
    value = _join_value(value, head[1:])
    frames.reverse()
    return (ExceptionInfo(type=exc_type, value=value, frames=tuple(frames), language="dart"),)


# Swift's runtime stops a program with `Fatal error: message: file Shop/Orders.swift, line 42`
# (Swift 5.x), or since 5.9 `Shop/Orders.swift:42: Fatal error: message`.
_SWIFT_FATAL = re.compile(
    r"(?:(?P<at>[^\s:]{1,1024}\.swift):(?P<atline>\d{1,7}): )?Fatal error: (?P<value>.{0,16384}?)"
    r"(?:: file (?P<file>\S{1,1024}\.swift), line (?P<line>\d{1,7}))?\Z"
)


def swift_fatal_error(line: str) -> bool:
    """Whether `line` is Swift's fatal error, with its `.swift` source named (PHP writes a bare
    `Fatal error: ...` too)."""
    if ".swift" not in line:
        return False
    m = _SWIFT_FATAL.match(line.rstrip())
    return m is not None and (m.group("at") or m.group("file")) is not None


def _parse_swift(lines: list[str]) -> ExceptionChain | None:
    for line in lines:
        if line.strip() and ".swift" in line and swift_fatal_error(line):
            m = _SWIFT_FATAL.match(line.rstrip())
            assert m is not None
            return (ExceptionInfo(type="Fatal error", value=m.group("value"), language="swift"),)
    return None


CXX_TERMINATE = "terminate called after throwing an instance of '"
_CXX_WHAT = "  what():  "


def _parse_cxx_terminate(lines: list[str]) -> ExceptionChain | None:
    """libstdc++'s report of an exception nothing caught: the type in quotes, its `what()`
    below."""
    for i, line in enumerate(lines):
        if line.startswith(CXX_TERMINATE) and line.rstrip().endswith("'"):
            exc_type = line.rstrip()[len(CXX_TERMINATE) : -1]
            below = lines[i + 1] if i + 1 < len(lines) else ""
            value = below[len(_CXX_WHAT) :].rstrip() if below.startswith(_CXX_WHAT) else ""
            return (ExceptionInfo(type=exc_type, value=value, language="c++"),)
    return None


def _parse_few_lines(lines: list[str]) -> ExceptionChain | None:
    """Swift's fatal error or libstdc++'s terminate, when a text holds one."""
    first = next((x for x in lines if x.strip()), "")
    if first.startswith(CXX_TERMINATE):
        return _parse_cxx_terminate(lines)
    return _parse_swift(lines[:8])


# --------------------------------------------------------------------------------------------
# Sanitizers (AddressSanitizer, LeakSanitizer, MemorySanitizer): `==4711==ERROR:
# AddressSanitizer: heap-use-after-free on address 0x... at pc ...`, the access's stack
# (`    #0 0x55d0c1e2f79f in Order::total() const /src/order.cpp:42:12`), then the stacks where
# the memory was allocated and freed, `SUMMARY: ...` and `==4711==ABORTING`.

_SANITIZER_ERROR = re.compile(
    r"==\d{1,10}==ERROR: (?P<tool>[A-Za-z]{1,32}Sanitizer): (?P<kind>.{1,256}?)"
    r"(?P<rest>(?: on | \(|: ).{0,4000})?\Z"
)
_SANITIZER_FRAME = re.compile(r"#(?P<n>\d{1,4}) 0x[0-9a-fA-F]{1,16} in (?P<rest>\S.{0,4000})")
_SANITIZER_OBJECT = re.compile(
    r"(?P<func>.{1,4000}?) \((?P<object>[^()\s]{1,1024})\+0x[0-9a-fA-F]{1,16}\)\Z"
)
_SANITIZER_LOCATION = re.compile(r"(?P<file>[^\s:]{1,1024}?)(?::(?P<line>\d{1,7}))?(?::\d{1,7})?\Z")
# The C library's, the compiler runtime's and the sanitizer's own frames, as their build paths
# name them (`../sysdeps/nptl/libc_start_call_main.h`, `.../libsanitizer/asan/...`).
_NATIVE_LIBRARY_PARTS = ("/sysdeps/", "/csu/", "/libsanitizer/", "/compiler-rt/")


def sanitizer_error(line: str) -> bool:
    """Whether `line` opens a sanitizer's report (`==4711==ERROR: AddressSanitizer: ...`)."""
    return line[:2] == "==" and _SANITIZER_ERROR.match(line[:4400].rstrip()) is not None


def _parse_sanitizer(lines: list[str]) -> ExceptionChain | None:
    """The report's bug (`AddressSanitizer: heap-use-after-free`) and the stack of the access
    (the first one), innermost first. The stacks of the allocation and the free are left out,
    as `Suppressed:` is: the access is where the program went wrong."""
    head = None
    frames: list[Frame] = []
    for line in lines:
        s = line.strip()
        if head is None:
            if s[:2] == "==":
                head = _SANITIZER_ERROR.match(s[:4400])
            continue
        if s[:1] != "#":
            if frames:
                break  # the access's stack ends at the first line that is not its frame
            continue
        frame = _sanitizer_frame(s[:4200])
        if frame is not None:
            frames.append(frame)
    if head is None:
        return None
    frames.reverse()
    return (
        ExceptionInfo(
            type=f"{head['tool']}: {head['kind']}",
            value=(head["rest"] or "").removeprefix(" ").removeprefix(": "),
            frames=tuple(frames),
            language="native",
        ),
    )


@_frame_cache
def _sanitizer_frame(s: str) -> Frame | None:
    m = _SANITIZER_FRAME.match(s)
    if m is None:
        return None
    rest = m["rest"]
    obj = _SANITIZER_OBJECT.match(rest) if rest.endswith(")") else None
    if obj is not None:  # no source: the binary or library and the offset in it
        func, file, lineno = obj["func"], obj["object"], None
    else:
        func, _, loc = rest.rpartition(" ")
        where = _SANITIZER_LOCATION.match(loc) if func else None
        if where is None:
            func, file, lineno = rest, None, None
        else:
            file, lineno = where["file"], where["line"]
    frame = _native_frame(func, file, lineno)
    # A frame named by its binary and offset had no debug information: a system library's
    # (`libc.so.6+0x29d8f`) or the C runtime's start (`_start (/app/shop+0x1e4)`).
    library = obj is not None or any(part in (file or "") for part in _NATIVE_LIBRARY_PARTS)
    if frame is not None and library:
        frame = Frame(
            file=frame.file,
            module=frame.module,
            function=frame.function,
            lineno=frame.lineno,
            in_app=False,
        )
    return frame
