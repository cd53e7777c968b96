"""Framing: physical lines -> records (one event each), with rejected lines set aside.

A line that one of the source's formats parses as a header starts a record; a line that no
format accepts continues the open record (a traceback, a Java stack, an indented continuation);
`formats.multiline` names the few lines that start an event without any header (a JVM
`Exception in thread ...`, a Go `panic:`). JSON lines are never continuations: a line that does
not parse is rejected and quarantined, and the lines around it still land, unless it starts a
runtime's crash report (`CrashReports`: a panic or traceback on stderr, with the lines right
after it, one raw event) or opens an object that the lines right after it complete: those
lines are one record (`SpanningRecords`: Elasticsearch 7 prints its `stacktrace` array one
element a line; pretty-printed JSON). A
record of a format whose records are one line each (JSON, an access log's request:
`LogFormat.one_line`) never takes continuation lines: a line after it that no format reads
starts a raw event of its own. A web request's line among another format's lines (gunicorn's
and uWSGI's stdout carry their request log) is read as the access format reads it, in
auto-detected files: a request that failed with a 500 is an error event of its own, not the
text of the line before it.

A Python traceback under a log record below warning level (INFO, DEBUG) that holds none yet is
the record's when the logger wrote it (`exc_info=True`), and an uncaught exception's when the
interpreter did, under whatever line came last: the traceback's first frame tells them apart
(`_UNCAUGHT_FRAME`: the program's or a thread's entry, where only an exception nothing caught
starts its traceback), and an uncaught one is split off as a raw event of its own
(`Framer._split_uncaught`). A WARNING, ERROR or CRITICAL record keeps its traceback, wherever it
starts (`logger.warning(..., exc_info=True)` or `logger.exception` in a script's module-level
`try`): a program logs a caught exception at warning level far more often than it crashes
right after a warning.

The framer tracks the byte offset and line number where the open record began, which is where a
later run must resume: everything before it is complete.

A file whose start shows a second writer of lines with no header (`undated_writer`: uWSGI's
startup lines before the Django log it serves, a container's startup script before its daemon's
log, a script's prints in a loop under its framework's lines) is framed with that in mind:
there a line no format reads, under a header, is that writer's event, not the header's text,
unless it plainly goes on it (`_goes_on`: indented, a trace, data closing, a list the message
announced).

A container log interleaves the lines of several streams (stdout and stderr; the containers of
`docker compose logs`): `StreamFramer` frames each stream on its own, so a traceback on stderr
stays one event when stdout lines come between its lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC

from errctl.formats.access import FORMAT as ACCESS
from errctl.formats.access import is_request
from errctl.formats.base import LogFormat
from errctl.formats.compiler import continues_rustc
from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.klog import FORMAT as KLOG
from errctl.formats.levels import normalize_level
from errctl.formats.multiline import (
    NO_EXCEPTION,
    after_no_exception,
    announces_traceback,
    continues_go_panic,
    continues_node_crash,
    continues_rails_trace,
    continues_ruby_crash,
    continues_runtime_crash,
    continues_rust_panic,
    forces_new_event,
    is_banner,
    is_ruby_cause,
    is_separator,
    is_unity_trailer,
    looks_like_trace,
)
from errctl.formats.node_warnings import continues_node_warning
from errctl.formats.registry import FORMATS, indented_header, looks_like_continuation
from errctl.formats.ruby import continues_tagged, starts_rails_parameters
from errctl.formats.stacktrace import starts_elixir_exception
from errctl.formats.status_lines import starts_console_badge, starts_verb_status
from errctl.formats.timestamps import parse_timestamp, starts_with_datetime
from errctl.formats.tool_output import (
    continues_tool_block,
    starts_jest_failure,
    starts_mocha_failure,
    starts_tool_block,
)
from errctl.ingest.level_words import level_from_words
from errctl.ingest.readers import Line
from errctl.models import ParsedFields

MAX_RECORD_LINES = 2000
"""A record never grows past this many lines: a file that no format recognises after its first
header must not become one giant event."""


MAX_SPANNING_LINES = 1000
"""A JSON record printed over several lines is joined over at most this many (and at most
MAX_LINE_BYTES): an Elasticsearch stack trace with its causes stays well under it, and an object
that never closes is given up (its lines rejected, as each would be alone) at a bounded cost."""


REFUSED_LINES = 4096
REFUSED_CHARS = 512
"""The framer remembers up to REFUSED_LINES texts of up to REFUSED_CHARS characters that no
format read (`Framer._parse`): a trace's frames are short and repeat; the memory stays under
a few megabytes whatever the input (it starts over when full)."""


WRITES_APART_SECONDS = 0.01
"""Lines a container runtime stamped this far apart were written apart (one write of a record
and its traceback is read, and stamped, within microseconds)."""


def written_apart(time: str | None, opened: str | None) -> bool:
    """Whether two of a container runtime's times (`2024-06-07T09:20:48.043677577Z`, an MPI
    launcher's ctime) are more than `WRITES_APART_SECONDS` apart; False when either is
    missing or unreadable."""
    if not time or not opened:
        return False
    later, earlier = parse_timestamp(time, UTC), parse_timestamp(opened, UTC)
    if later is None or earlier is None:
        return False
    return abs((later - earlier).total_seconds()) > WRITES_APART_SECONDS


@dataclass(slots=True)
class Record:
    fields: ParsedFields | None  # None: no format parsed the first line (raw text)
    format: str | None
    header: str  # the first line as read
    number: int  # 1-based line number of the first line
    start: int  # byte offset of the first line
    end: int  # byte offset just past the last line
    continuation: list[str] = field(default_factory=list)
    truncated: bool = False  # a line of it was cut at MAX_LINE_BYTES
    had_nul: bool = False
    # the first line's container wrapper (time, stream)
    envelope: tuple[str | None, str, str | None] | None = None
    # Where its text ends, when blank lines after it (not its own unless more of it follows)
    # took `end` further; None: at `end`.
    text_end: int | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    number: int
    reason: str
    raw: str


_PY_TB = "Traceback (most recent call last):"
# An uncaught exception group's first line: the interpreter draws the group's box from column 2.
_PY_GROUP_TB = "  + Exception Group Traceback (most recent call last):"
_PY_TRACEBACK_STARTS = (_PY_TB, _PY_GROUP_TB)
_PY_CHAIN_SEPARATORS = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# The errors a gin handler attached to its request, which gin's logger prints under the
# request's line (`Error #01: context deadline exceeded`, KrakenD's failed backends): the
# request's own, not an event of its own.
_GIN_ERROR = re.compile(r"Error #\d{2}: ")
# (.NET writes its stack's seams at column 0: `--- End of stack trace from previous location
# ---` between an async method's frames, `--- End of inner exception stack trace ---`.)
_TRACE_CONTINUATION_PREFIXES = (
    "Caused by:",
    "Suppressed:",
    "--- End of ",
    *_PY_CHAIN_SEPARATORS,
    NO_EXCEPTION,  # (the record's own, under a bare line too: `multiline.NO_EXCEPTION`)
)


class Framer:
    """Feed lines in order; completed records and rejections come out of `feed` and `finish`."""

    def __init__(
        self,
        formats: tuple[LogFormat, ...],
        *,
        multiline: bool,
        unmatched_is_event: bool,
        undated_writer: bool = False,
        refused: set[str] | None = None,
    ) -> None:
        # (parse, name) of each format, most recent winner first: bound once, since every line
        # is offered to them in turn. A format held `never_raising` is called under its guard,
        # which `_parse` applies itself: one call per format per line rather than two.
        self._parsers = [(getattr(f.parse, "unguarded", f.parse), f.name) for f in formats]
        # Lines every format refused, remembered (`_parse`): a format's parse is a function of
        # the line's text alone, and the lines no format reads (stack frames, a traceback's
        # lines) repeat from one trace to the next. Framers of the same formats may share one
        # (`StreamFramer`'s streams: what every format refuses is refused on any stream).
        self._refused: set[str] = set() if refused is None else refused
        # A fallback (generic) reads the other formats' lines too, with less in them (no
        # logger, no level where the layout has a dash): however often it wins, it is asked
        # after them, or one line of its own would make it take every line after it.
        self._fallbacks = frozenset(f.name for f in formats if getattr(f, "fallback", False))
        # How specific each format is (its place in the registry's order, most specific first;
        # a --pattern's format, in no registry, before all): a winner moved to the front never
        # passes a more specific format, which may read the same lines better. supervisord's
        # `INFO spawnerr: ...` is read by the Python layout alone, and the Python layout, first
        # from then on, would read `INFO spawned: 'web' ...` too, taking `spawned` for a logger:
        # the same statement read two ways in one file.
        self._specificity = {
            f.name: list(FORMATS).index(f.name) if FORMATS.get(f.name) is f else -1 for f in formats
        }
        # Formats whose events span lines that carry the header too (PostgreSQL's DETAIL and
        # STATEMENT lines, a traceback the journal got one entry per line): asked first, or
        # another format would take such a line for a header.
        # (format name, or None when its hook may extend any format's event; the hook)
        self._continues = tuple(
            (f.name if getattr(f, "continues_own", False) else None, f.continues)
            for f in formats
            if hasattr(f, "continues")
        )
        # The hooks above that may extend an event of a format (its name, None for raw text),
        # in their order: asked of every line while such an event is open.
        self._continues_for: dict[str | None, tuple[Callable[..., str | None], ...]] = {}
        # Formats whose every record is one line (see `LogFormat`): an unread line after such a
        # record is not part of it.
        self._one_line = frozenset(
            f.name for f in formats if not f.multiline or getattr(f, "one_line", False)
        ) | {ACCESS.name}
        # A web server's request lines among another format's lines (gunicorn's and uWSGI's
        # stdout, a Django dev server's): a request is an event, never the line before it
        # going on. Asked of a line no format of the file read, in auto-detected files only.
        self._requests = None if ACCESS in formats else ACCESS.parse
        self._klog = KLOG not in formats
        self.multiline = multiline
        # With --pattern, a line that matches nothing and continues nothing is rejected; in
        # auto-detected plain files it is kept as a raw event (nothing is lost).
        self.unmatched_is_event = unmatched_is_event
        # The file's start shows a writer of undated lines beside the one whose headers the
        # formats read (`undated_writer`): an unread line under a header is then that writer's
        # own event, unless it plainly goes on the header's (`_goes_on`).
        self.undated_writer = undated_writer and unmatched_is_event
        self._verbatim = frozenset(f.name for f in formats if getattr(f, "verbatim_lines", False))
        self.open: Record | None = None
        self._previous: str | None = None
        # Lines held back from the open record (blank lines, rules): kept in it if more of it
        # follows, as they were written, else left between it and the next event. As runs of
        # one text and their length: a file of a million blank lines holds one pair, not a
        # million strings.
        self._pending: list[tuple[str, int]] = []  # (text, count)
        # The `Traceback (most recent call last):` line just added to a log record below warning
        # level that held no traceback yet: its next line (the outermost frame) tells whether
        # the traceback is the record's or an uncaught exception's (`_uncaught_traceback`).
        self._traceback_line: Line | None = None

    def open_records(self) -> list[Record]:
        """The record still open, if any."""
        return [] if self.open is None else [self.open]

    # The offset and line a resumed read must start from: the open record is not complete.
    def resume_point(self, after: Line | None) -> tuple[int, int] | None:
        if self.open is not None:
            return self.open.start, self.open.number
        if after is not None:
            return after.end, after.number + after.physical
        return None

    def _parse(self, text: str) -> tuple[ParsedFields, str] | None:
        refused = self._refused
        if text in refused:
            # Every format refused this text before, and would again. The lines no format
            # reads (stack frames, tracebacks' lines) repeat: genlogs' mixed.log has 80,000 of
            # them in 3,600 distinct texts, and this skips 380,000 of its 950,000 parse calls.
            return None
        parsers = self._parsers
        for i, (parse, name) in enumerate(parsers):
            try:
                fields = parse(text)
            except Exception:  # as `never_raising`: the line costs this format, not the ingest
                continue
            if fields is not None:
                if i and name not in self._fallbacks:  # the most recent winner first: runs
                    self._promote(i)
                return fields, name
        if text[0] in " \t":
            header = indented_header(text)
            if header is not None:
                return self._parse(header)  # tracing's `Pretty` format, indented two blanks
        if len(text) <= REFUSED_CHARS:
            if len(refused) >= REFUSED_LINES:
                refused.clear()
            refused.add(text)
        return None

    def _promote(self, i: int) -> None:
        """Move the winner at `i` ahead of the formats before it, but not past one that is
        more specific than it (`_specificity`): a run of its lines is then read at once, and
        a line both would read stays the more specific format's."""
        parsers = self._parsers
        rank = self._specificity
        own = rank[parsers[i][1]]
        to = i
        while to and rank[parsers[to - 1][1]] > own:
            to -= 1
        if to < i:
            parsers.insert(to, parsers.pop(i))

    def feed(self, line: Line) -> Iterator[Record | Rejected]:
        """What `line` completes, as an iterator (`push` is the same without the generator)."""
        out = self.push(line)
        if out is not None:
            yield out

    def push(self, line: Line) -> Record | Rejected | None:
        """Feed one line; returns the record or rejection it completes, if any.

        One line completes at most one thing (the record it closes, or itself rejected), so
        the ingest loop calls this once per line without a generator in between.
        """
        text = line.text
        if not text or text.isspace():  # `not text.strip()` without building a string
            out = None
            if line.had_nul:
                out = Rejected(line.number, "NUL bytes only (copytruncate residue?)", "")
            if self.open is not None and self.multiline:
                # Kept (as a blank, for a NUL-only line) only if more of the record follows:
                # the record's lines stay numbered `number + i` either way.
                self._hold_back(line, "")
            return out
        if self._traceback_line is not None:
            out = self._split_uncaught(line)
            if out is not None:
                return out
        open_record = self.open
        if self._continues and open_record is not None and self.multiline:
            hooks = self._continues_for.get(open_record.format)
            if hooks is None:
                hooks = self._hooks_for(open_record.format)
            for continues in hooks:
                kept = continues(text, open_record.header, self._previous)
                if kept is not None:
                    out = self._continue(open_record, line, kept)
                    self._previous = text
                    return out
        parsed = self._parse(text)
        if not self.multiline:
            if parsed is None:
                return Rejected(line.number, self._reject_reason(), text)
            return _record(parsed[0], parsed[1], line)

        out = None
        if (
            parsed is not None
            and parsed[1] == _JSON
            and open_record is not None
            and open_record.format != _JSON
            and parsed[0].timestamp is None
            and parsed[0].level is None
        ):
            # A JSON object with no time and no level under a text format's record is data the
            # record printed (Fluent Bit's `HTTP status=400 URI=/_bulk, response:` and the
            # response's body), not a record of a JSON writer beside the text one.
            parsed = None
        elif (
            parsed is not None
            and parsed[0].timestamp is None
            and open_record is not None
            and _bare_time(open_record)
        ):
            # A time alone on its line is the time of the line under it, which is its message
            # though a format reads it (TigerVNC's `Fri Jun  7 06:00:37 2024` above its
            # LogWriters' lines: the format's `fold` reads it).
            parsed = None
        if parsed is None and self.unmatched_is_event:
            if self._requests is not None:
                parsed = self._request(text)
            if parsed is None and text[:1] in "IWEF" and text[1:5].isdigit() and self._klog:
                # client-go's klog line in another format's file (external-dns's reflector
                # errors among its logfmt): an event of its own, never the line before's.
                parsed = _klog_line(text)
            elif parsed is None and text[4:5] == "/" and _DATED.match(text) is not None:
                # So is a line of Go's log package, its `2006/01/02 15:04:05` first (net/http's
                # `http: proxy error: ...` among Chronograf's logrus text), as among JSON.
                parsed = foreign_header(text)
        if parsed is not None:
            self.open = _record(parsed[0], parsed[1], line)
            if open_record is not None:
                self._pending.clear()
                out = open_record
        elif open_record is not None and not self._starts_raw_event(line, open_record):
            if text.startswith(_PY_TRACEBACK_STARTS) and _traceback_may_be_uncaught(
                open_record, after_blank=self._after_blank()
            ):
                self._traceback_line = line
            out = self._continue(open_record, line)
        elif open_record is not None and self._draws_rule(line, open_record):
            # A rule the open event does not take (socketserver's dashes around a request's
            # traceback) says nothing: never an event of its own, nor a request's last line.
            # Held back as a blank line is, it is the event's if more of the event follows.
            self._hold_back(line, text)
            return None
        elif self.unmatched_is_event or open_record is not None:
            out = self._take_open()
            self.open = _record(None, None, line)
        else:
            out = Rejected(line.number, self._reject_reason(), text)
        self._previous = text
        return out

    def _split_uncaught(self, line: Line) -> Record | None:
        """`line` follows a traceback's first line under a log record below warning level
        (`_traceback_line`): when it is the outermost frame of an uncaught exception
        (`_uncaught_traceback`), the traceback is split off the record as an event of its own,
        and the record is returned, complete. None otherwise, and nothing changes."""
        traceback, self._traceback_line = self._traceback_line, None
        record = self.open
        if (
            traceback is None
            or record is None
            or self._pending
            or not record.continuation
            or record.continuation[-1] != traceback.text
            or not _uncaught_traceback(line.text)
        ):
            return None
        record.continuation.pop()
        while record.continuation and not record.continuation[-1].strip():
            record.continuation.pop()  # blank lines end the record, not the traceback
        record.end, record.text_end = traceback.start, None
        self.open = _record(None, None, traceback)
        self._continue(self.open, line)
        self._previous = line.text
        return record

    def _after_blank(self) -> bool:
        """Whether the lines held back from the open record are blank lines (and there are some)."""
        return bool(self._pending) and not any(text.strip() for text, _ in self._pending)

    def _hold_back(self, line: Line, text: str) -> None:
        """Hold `line` (its `text`) back from the open record until more of it follows."""
        assert self.open is not None
        pending = self._pending
        if not pending:
            self.open.text_end = self.open.end
        if pending and pending[-1][0] == text:
            pending[-1] = (text, pending[-1][1] + 1)
        else:
            pending.append((text, 1))
        self.open.end = line.end

    @staticmethod
    def _draws_rule(line: Line, open_record: Record) -> bool:
        """Whether `line` is a rule (`is_separator`) of the open record's writer: a
        container's other stream is another writer."""
        envelope, opened = line.envelope, open_record.envelope
        if envelope is not None and opened is not None and envelope[1] != opened[1]:
            return False
        return is_separator(line.text)

    def _hooks_for(self, fmt: str | None) -> tuple[Callable[..., str | None], ...]:
        """The `continues` hooks that may extend an open event of format `fmt`, in order."""
        hooks = tuple(c for own, c in self._continues if own is None or own == fmt)
        self._continues_for[fmt] = hooks
        return hooks

    def _request(self, text: str) -> tuple[ParsedFields, str] | None:
        """`text` read as a web request's line (`ACCESS`), when it is one."""
        if text[0] in " \t":  # an indented line goes on the one before it
            return None
        try:
            fields = self._requests(text)  # type: ignore[misc]
        except Exception:  # as `never_raising`: the line stays what it was
            return None
        return None if fields is None else (fields, ACCESS.name)

    def _continue(self, open_record: Record, line: Line, text: str | None = None) -> Record | None:
        """Append `line` (or the `text` kept of it) to the open record; returns the record if
        that made it full."""
        if self._pending:
            for pending, count in self._pending:
                open_record.continuation.extend([pending] * count)
            self._pending.clear()
        open_record.continuation.append(line.text if text is None else text)
        open_record.end = line.end
        open_record.text_end = None
        open_record.truncated |= line.truncated
        open_record.had_nul |= line.had_nul
        if len(open_record.continuation) >= MAX_RECORD_LINES:
            return self._take_open()
        return None

    def _starts_raw_event(self, line: Line, open_record: Record) -> bool:
        """Whether a line no format parsed still begins a new event."""
        envelope, opened = line.envelope, open_record.envelope
        if envelope is not None and opened is not None and envelope[1] != opened[1]:
            return True  # a container's stdout and stderr interleave: never one event
        if (
            envelope is not None
            and opened is not None
            and line.text.startswith(_PY_TRACEBACK_STARTS)
            and written_apart(envelope[0], opened[0])
        ):
            # A traceback the runtime stamped apart from the line above it: another write,
            # an uncaught exception's (Python writes a record and its `logger.exception`
            # traceback at once, under one time).
            return True
        if open_record.format in self._one_line:
            # A JSON record, a request's line is whole: text after it (a crash on stderr, a
            # request line no layout reads) is not its own.
            return True
        text = line.text
        if self._after_blank() and is_banner(text):
            # A titled rule after a blank line heads what follows it (pgBackRest's
            # `---PROCESS START---` above each run): no part of the event before.
            return True
        if (
            open_record.fields is not None
            and text[0] not in " \t"
            and is_request(open_record.fields)
            and not (text[:7] == "Error #" and _GIN_ERROR.match(text))
            and not (
                (
                    self._after_blank()
                    or open_record.continuation
                    or _EXCEPTION_HEAD.match(text[:300]) is not None
                )
                and _is_error(open_record.fields)
            )
        ):
            # So is a request's record in another format's layout (uvicorn's access lines among
            # its own): the unindented line after it is something else printed (an app's bare
            # warning, an uncaught error's first line), not more of the request. But for a
            # block set off by a blank line under a failed request, to its end: its report
            # (Ghost's: the error's message, context, help, `Error ID:` and stack); and the
            # exception a failed request's record writes right under it (Serilog's request
            # logging: `System.IO.DirectoryNotFoundException: ...` and its frames).
            return True
        if forces_new_event(text, 1 + len(open_record.continuation), self._previous):
            # A log record's message that spans lines, then its traceback (asyncio's `Task
            # exception was never retrieved` and its `future: <Task ...>` line): the
            # traceback is the record's own while the record holds none yet.
            return not (
                open_record.fields is not None
                and text.startswith(_PY_TB)
                and not any(c.startswith(_PY_TB) for c in open_record.continuation)
            )
        if not self.unmatched_is_event:
            return False  # --pattern: what does not match continues the open event
        if starts_tool_block(text):
            return True  # Terraform's diagnostic box, under whatever came before it
        if starts_console_badge(text):
            # Laravel's scheduler under its dated `Running [...]` lines: `   INFO  No scheduled
            # commands are ready to run.`, indented, yet another run's own line.
            return True
        # A damaged header (cut short, over-long) still starts its own event rather than
        # corrupting the one before: it starts with a date and time, or it was truncated.
        if line.truncated or starts_with_datetime(text):
            return True
        if is_unity_trailer(text):
            return False  # where the message above was logged, after a blank line
        if open_record.continuation and is_unity_trailer(open_record.continuation[-1]):
            return True  # the trailer ends a Unity player's message: what follows is another
        if open_record.fields is not None:
            return (
                self.undated_writer
                and open_record.format not in self._verbatim
                and not _goes_on(text, open_record, self._previous)
            )
        if continues_tool_block(text, open_record.header, open_record.continuation):
            return False  # a CI or build tool's block (formats.tool_output)
        if text[:1] == "[" and continues_tagged(text, open_record.header):
            return False  # an exception Rails logged under its request's tag, line by line
        if not open_record.continuation and text.startswith(_PY_TRACEBACK_STARTS):
            # Under a one-line message that announces it, the traceback is that message's
            # (uvicorn's `ERROR: Exception in ASGI application`, logger.exception under a bare
            # `%(message)s`: `Failed to sync orders`). Under any other line of raw output (a
            # script's `Running migrations`, a CI step's progress) it is an uncaught exception
            # of its own, not that line's. Python's own lines above a traceback announce it
            # (multiprocessing's `Process Process-1:`, `Exception ignored in: ...`).
            return level_from_words(open_record.header) is None and not announces_traceback(
                open_record.header
            )
        if (
            starts_verb_status(text)
            or starts_console_badge(text)
            or starts_jest_failure(text)
            or starts_mocha_failure(text, open_record.header)
        ):
            return True  # cargo's `   Compiling ...`, Jest's `  ● test`: indented, yet new
        # Raw text (no header format): indented lines and trace lines continue the record,
        # but for a header written a few blanks in (`indented_header`: Renovate's ` INFO: `
        # beside its `DEBUG: `); the unindented `Type: message` line that ends a Python
        # traceback does too, and so does the first line of a Ruby exception's cause.
        if text[0] in " \t" and (
            indented_header(text) is not None or starts_rails_parameters(text, open_record.header)
        ):
            return True
        if text[0] in " \t" or text.startswith(_TRACE_CONTINUATION_PREFIXES):
            return False
        if is_ruby_cause(text, self._previous) or continues_go_panic(text, open_record.header):
            return False
        if continues_node_crash(text, open_record.header, open_record.continuation):
            return False
        if continues_rust_panic(text, open_record.header, open_record.continuation):
            return False
        if not self._after_blank() and continues_rustc(
            text, open_record.header, open_record.continuation
        ):
            return False  # rustc's diagnostic: its numbered source lines, `help:`, `note:`
        if continues_ruby_crash(text, open_record.header, open_record.continuation):
            return False
        if continues_rails_trace(text, open_record.header, open_record.continuation):
            return False  # a request's exception in Rails' production.log: its frames
        if open_record.header.rstrip() == "rake aborted!":
            return False  # Rake's report: the exception, its backtrace, `Tasks: TOP => ...`
        if continues_runtime_crash(text, open_record.header, open_record.continuation):
            return False
        if continues_node_warning(text, open_record.header):
            return False
        previous = self._previous or ""
        if text.startswith(_PY_TB) and previous.startswith(_PY_CHAIN_SEPARATORS):
            return False  # the next section of a chained traceback, after its separator
        if previous[:1] in (" ", "\t"):
            if previous.lstrip()[:2] == "+-" and not previous.strip("+- "):
                return True  # the close of an exception group's box: its lines are all in it
            # The exception's line after a traceback's frames (`KeyError: 'id'`), and data
            # closing after its indented lines: the `}` that ends util.inspect's own properties
            # of a Node error (`    at ... {`, `  code: 'ECONNREFUSED',`, `}`).
            return not (_has_traceback(open_record) or text.startswith(_DATA_CLOSERS))
        return True

    def _reject_reason(self) -> str:
        names = ", ".join(name for _parse, name in self._parsers) or "none"
        return f"not a record of the source's format ({names})"

    def _take_open(self) -> Record | None:
        """Close the open record and return it (None: none was open)."""
        record, self.open = self.open, None
        if record is not None:
            self._pending.clear()
        return record

    def finish(self) -> Iterator[Record]:
        record = self._take_open()
        if record is not None:
            yield record

    def settle(self) -> Iterator[Record]:
        """What must be closed before a batch commits: nothing, since a resumed read starts
        at the open record (`resume_point`)."""
        return iter(())


UNDATED_EVIDENCE = 2
"""How many lines standing alone at a file's start (`undated_writer`) show a writer of undated
lines: one may be a title or a stray line."""


def undated_writer(sample: list[str], formats: tuple[LogFormat, ...]) -> bool:
    """Whether a file's first lines (`sample`) show a program writing lines with no header
    beside the one whose headers `formats` read: uWSGI's startup lines before the Django log
    it serves (`*** Starting uWSGI 2.0.21 ...`, `detected number of CPU cores: 4`), a container's
    startup script before its daemon's log (osixia/openldap's `*** Running ...` lines). Such
    lines stand alone where no header is open: before the first header, after a one-line
    record (a request), or after a record that `NoneType: None` ended (`NO_EXCEPTION`). A
    file that opens with its first header gives no such evidence, so a message that spans
    lines under a header stays one event there, as it always was."""
    if not formats:
        return False
    one_line = {f.name for f in formats if not f.multiline or getattr(f, "one_line", False)}
    one_line.add(ACCESS.name)

    alone = 0
    header_open = False
    header: str | None = None  # the shape of the header just read, if the line above was one
    lone: tuple[str, str] | None = None  # a bare line's shape, and its header's, right above
    under: dict[str, set[str]] = {}  # a lone line's shape: the headers' shapes it came under
    run: list[str] = []  # the shapes of the bare lines in a row under a header
    previous: str | None = None
    for text in sample:
        if not text.strip():
            continue
        after_end, previous = after_no_exception(text, previous), text
        parsed = _parsed_by(text, formats)
        if parsed is not None:
            run.clear()
            if lone is not None:  # one bare line between two headers
                seen = under.setdefault(lone[0], set())
                seen.add(lone[1])
                if len(seen) >= RECURRING_UNDER_HEADERS:
                    return True
            name, message = parsed
            header_open = name not in one_line
            header, lone = _shape(message), None
            continue
        if looks_like_continuation(text):
            header = lone = None
            run.clear()
            continue
        if header_open and not after_end:
            if _PROGRESS_BAR.search(text, 0, 400) is not None:
                return True  # a progress bar's lines are nobody's message (`_PROGRESS_BAR`)
            shape = _shape(text)
            lone = (shape, header) if header is not None else None
            header = None
            run.append(shape)
            if _loops(run):
                return True
            continue
        alone += 1
        if alone >= UNDATED_EVIDENCE:
            return True
    return False


RECURRING_UNDER_HEADERS = 3
"""How many different messages one shape of unread line must come right under, alone between
two headers, in a file's start, to show a writer of undated lines where no line stands alone
at the start (nginx Unit's log, its application's own prints between: `cache warmup: 841
products in 1.40s` under `"shop" application started`, under a timeout's warning, under `app
process 2138 exited`). A message's own second line comes under that message, always the same
one, and a message of many lines (a webhook's dump of its request) has more bare lines below."""

# tqdm's progress bar (`{n}/{total} [{elapsed}<{remaining}, {rate}]`), which ML tools (vLLM,
# Hugging Face's libraries, pip's downloads) print between their log lines: its lines, bare
# under a header, show a writer of undated lines, however few (a four-shard load is five).
_PROGRESS_BAR = re.compile(r"\d/\d+ \[\d+:\d\d(?::\d\d)?<(?:\d+:\d\d(?::\d\d)?|\?), ")

SAME_SHAPE_RUN = 8
"""How many bare lines of one shape in a row under a header show a writer of undated lines: a
script's prints in a loop after its framework's log lines (a Ray job's driver log: three
`INFO worker.py:1432 -- ...` lines, then `[epoch 1] loss=1.1561 val_acc=0.601` for each
epoch, one event each, not the last header's message). A message's own lines read as
different statements (a SQL statement's clauses); a list it announces ends its message with
`:` and goes on it (`_goes_on`)."""


def _loops(shapes: list[str]) -> bool:
    """Whether the last bare lines in a row (`shapes`) repeat a cycle of one to three
    statements, at least `SAME_SHAPE_RUN` lines and three rounds of it: a loop's prints
    (`SAME_SHAPE_RUN`; Streamlit apps' `cache miss: load_sales(...)` and `Loaded 71900 rows
    ...` for each query, between Streamlit's own stamped lines)."""
    for period in range(1, LOOP_STATEMENTS + 1):
        window = max(SAME_SHAPE_RUN, 3 * period)
        if len(shapes) >= window and all(
            shapes[-k] == shapes[-k - period] for k in range(1, window - period + 1)
        ):
            return True
    return False


LOOP_STATEMENTS = 3
"""The most statements one round of a loop's prints may have (`_loops`)."""

_SHAPE_WORDS = 2
# A line's values, which its shape leaves out: numbers, quoted names (`The 'check_suite'
# event isn't supported` and `The 'deployment_status' event ...` are one statement) and
# names with a `.`, `_` or `/` in them (dbt's `On model.shop.stg_orders: ...` and `On
# list_warehouse: ...`, one statement about two nodes).
_SHAPE_VALUES = re.compile(
    r"\d+|'[^'\s]{0,64}'|\"[^\"\s]{0,64}\"|\b[A-Za-z][\w-]{0,63}[._/][\w./-]{0,127}"
)


def _shape(text: str) -> str:
    """What a line's first words are, their values aside: its statement, roughly."""
    return " ".join(_SHAPE_VALUES.sub("0", text).split(None, _SHAPE_WORDS)[:_SHAPE_WORDS])


def _parsed_by(text: str, formats: tuple[LogFormat, ...]) -> tuple[str, str] | None:
    """(the name of the format that reads `text` as a header, its message), or None."""
    for fmt in formats:
        try:
            fields = fmt.parse(text)
        except Exception:  # as `never_raising`: the line costs this format
            continue
        if fields is not None:
            return fmt.name, fields.message
    return None


# What an unread line under a header opens with when it goes on the header's event in a file
# with an undated writer: data printed over lines (a JSON or Python object's closing), a
# chained trace's words.
_DATA_CLOSERS = ("}", "]", ")")
# ... or a separator: no statement opens with one, so the line goes on a list the line above
# left open, wrapped where its writer cut it.
_LIST_GOES_ON = frozenset(",;")
_EXCEPTION_HEAD = re.compile(
    r"[A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Exit|Interrupt|Warning|Throwable|Fault)\b(?::|\Z)"
)


def _goes_on(text: str, record: Record, previous: str | None) -> bool:
    """Whether `text`, an unread line under the header record `record`, goes on its event in a
    file with an undated writer (`Framer.undated_writer`): an indented line, a trace and the
    exception's line that ends a Python one, data closing, the lines of a list the message
    announced (`Loaded plugins:`); any other line is the undated writer's own."""
    if text[0] in " \t" or text.startswith(_TRACE_CONTINUATION_PREFIXES):
        return True
    if text.startswith(_PY_TB) or text.startswith(_DATA_CLOSERS):
        return True
    if text[0] in _LIST_GOES_ON:
        return True  # a list's items going on from the line above (Seata's `,clientIp:...`)
    if text[0] == "#" and text[1:2].isdigit() and looks_like_trace([text]):
        return True  # PHP's numbered frames (`#1 /var/www/x.php(243): X->route()`, `#5 {main}`)
    if _EXCEPTION_HEAD.match(text[:300]) is not None:
        return True  # `java.lang.IllegalStateException: ...` above its frames
    traceback = _has_traceback(record)
    if traceback and (previous or "")[:1] in (" ", "\t"):
        return True  # the exception's line after a traceback's frames (`KeyError: 'id'`)
    if is_ruby_cause(text, previous):
        return True
    if _elixir_report(record, text):
        return True
    if record.continuation and _python_warning(record):
        return False  # `warnings` writes its line and the source line under it, no more
    if record.continuation:
        # A list or dump it announced goes on; a trace ended with its exception's line.
        return not traceback and not any(
            _EXCEPTION_HEAD.match(c[:300]) is not None for c in record.continuation[:4]
        )
    message = record.fields.message if record.fields is not None else record.header
    return message.rstrip().endswith(":")


# The reports Elixir's Logger writes for a crashed process, whose lines under the header are
# all the report's, unindented or not: a GenServer's (`GenServer X terminating`, the exception,
# `Last message:`, `State:`), a request's (`#PID<0.1.0> running Endpoint (connection ...)
# terminated`, `Server:`, `Request:`, `** (exit) an exception was raised:`), a Task's.
_ELIXIR_REPORT = re.compile(
    r"(?:GenServer \S{1,256}|Task #PID<[\d.]{1,32}>.{0,512}|#PID<[\d.]{1,32}> running .{1,512})"
    r" terminat(?:ing|ed)\Z"
)

# A report's own lines at column 0: its labels (`Last message:`, `State:`, `Server:`,
# `Request:`, `Client #PID<...> is alive`), the exception, `See ...` under its message.
_ELIXIR_REPORT_LINE = re.compile(r"\*\* \(|See |Client #PID<|[A-Z][a-z]{1,15}(?: [a-z]{1,15})?: ")


def _elixir_report(record: Record, text: str) -> bool:
    """Whether `text` goes on the Elixir crash report `record` opened (`_ELIXIR_REPORT`): in a
    file with an undated writer (Plausible's release scripts), its exception, message and
    state were each an undated line of their own."""
    if record.fields is None or record.fields.level is None:
        return False
    if starts_elixir_exception(text):
        return True  # the exception a header's message announced, at column 0
    if text.startswith("#PID<") and text.endswith(" was at location:"):
        return True  # DBConnection's client that timed out, and where (its stack below)
    message = record.fields.message
    return (
        message.endswith(("terminating", "terminated"))  # (the search below, only then)
        and _ELIXIR_REPORT_LINE.match(text) is not None
        and _ELIXIR_REPORT.search(message[-600:]) is not None
    )


def _python_warning(record: Record) -> bool:
    """Whether `record` is a line of Python's `warnings` (`models.py:88: DeprecationWarning:
    msg`, its category the logger, its file and line read)."""
    fields = record.fields
    if fields is None or fields.logger is None or not fields.logger.endswith("Warning"):
        return False
    attrs = fields.attributes or {}
    return "file" in attrs and "lineno" in attrs


def _is_error(fields: ParsedFields) -> bool:
    return normalize_level(fields.level) in ("error", "critical")


def _klog_line(text: str) -> tuple[ParsedFields, str] | None:
    fields = _read(KLOG, text)
    return None if fields is None else (fields, KLOG.name)


def foreign_header(text: str) -> tuple[ParsedFields, str] | None:
    """(its fields, its format's name) when `text`, a line among JSON records that is none,
    is a plain-text log's header with its time: klog's, or a line generic reads a time and a
    level at the start of, or a time alone that opens with its year (Go's `log` package, which
    net/http writes its `http: TLS handshake error from ...` with, beside a service's zap JSON:
    `2024/06/07 10:30:00 http: ...`). None for anything else (a record cut short, a crash's
    lines)."""
    if not text or text[0] in "{\x00\t " or len(text) < 16:
        return None
    klog = _klog_line(text)
    if klog is not None:
        return klog
    fields = _read(GENERIC, text)
    if fields is None or fields.timestamp is None:
        return None
    if fields.level is not None or _DATED.match(text) is not None:
        return fields, GENERIC.name
    return None


# A date and a time of day opening a line, the year first (`2024/06/07 10:30:00`,
# `2024-06-07T10:30:00`).
_DATED = re.compile(r"\d{4}[-/]\d\d[-/]\d\d[ T]\d\d:\d\d:\d\d")


def _read(fmt: LogFormat, text: str) -> ParsedFields | None:
    try:
        return fmt.parse(text)
    except Exception:  # as `never_raising`: a format bug costs the line its reading
        return None


class CrashReports:
    """A runtime's crash report among one-record-a-line records (JSON lines): a Go panic, a
    Python traceback, Node's uncaught exception, written on stderr into the file that holds the
    service's JSON records from stdout (`node app.js > app.log 2>&1`). Its lines, which no
    record reads, are one raw event, where each was rejected alone and the crash, the event
    that mattered most, was no event at all. A report is opened only by a line that starts
    one at column 0 (`multiline.forces_new_event`); the lines right after it that are not
    records go on it, until a record or a line that opens a record (`{`). Other lines that are
    no records are rejected, as before.

    So is a plain-text log line of another writer in the same stream (`foreign_header`): a
    Kubernetes controller's zap JSON on stdout and client-go's klog lines on stderr (`E0604
    09:20:30.348085       1 leaderelection.go:332] error retrieving resource lock ...`), read
    by the format that reads it, each such line an event of its own."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.header: tuple[ParsedFields, str] | None = None  # a foreign line's fields, format

    def feed(self, line: Line) -> tuple[Record | None, bool]:
        """(the report `line` closes, if any; whether `line` is a report's)."""
        lines = self.lines
        text = line.text
        foreign = foreign_header(text)
        if (
            lines
            and foreign is None
            and line.number == lines[-1].number + lines[-1].physical
            and text[:1] != "{"
            and len(lines) < MAX_RECORD_LINES
        ):
            lines.append(line)
            return None, True
        done = self.close()
        if foreign is not None:
            self.lines, self.header = [line], foreign
            return done, True
        if text and text[0] != "\x00" and forces_new_event(text, 0, None):
            self.lines = [line]
            return done, True
        return done, False

    def reaches(self, number: int) -> bool:
        """Whether a report is open whose last line is the one before line `number` (a block's
        last line, when `number` is the next block's first): the next lines may go on it."""
        lines = self.lines
        return bool(lines) and lines[-1].number + lines[-1].physical == number

    def peek(self) -> Record | None:
        """The open report as `close` would give it, left open."""
        lines = self.lines
        self.lines = list(lines)
        report = self.close()
        self.lines = lines
        return report

    def close(self) -> Record | None:
        """The open report, ended: its trailing blank lines are not its own."""
        lines, self.lines = self.lines, []
        header, self.header = self.header, None
        while lines and not lines[-1].text.strip():
            lines.pop()
        if not lines:
            return None
        first = lines[0]
        return Record(
            header[0] if header is not None else None,
            header[1] if header is not None else None,
            first.text,
            first.number,
            first.start,
            lines[-1].end,
            [line.text for line in lines[1:]],
            truncated=any(line.truncated for line in lines),
        )


class SpanningRecords:
    """Joins the lines of one record printed over several, for a one-record-a-line format.

    Fed, in order, the lines the format could not read alone (`feed`). A line opens a record
    when the format says more text could complete it (`incomplete`: orjson ran out of data in
    an object); the lines right after it are added until the joined text is complete. What it
    gives back: the lines of a record now complete (joined with newlines, they are one record
    for the format to read) and the lines it gave up on, for the caller to reject one by one as
    before: the record never completed (a line read alone came between, it grew past
    MAX_SPANNING_LINES or MAX_LINE_BYTES, the input ended), or the text after it cannot be JSON.
    """

    def __init__(self, incomplete: Callable[[str], bool], max_bytes: int) -> None:
        self._incomplete = incomplete
        self._max_bytes = max_bytes
        self.lines: list[Line] = []  # the open record's lines so far
        self._size = 0

    def feed(self, line: Line) -> tuple[list[Line], list[Line]]:
        """(the lines of the record `line` completes, or [], the lines given up)"""
        given_up = self.until(line.number)
        text = line.text
        if self.lines and text[:1] == "{":
            # An unindented `{` opens a record of its own: the open one never closed (a writer
            # killed mid-record), and only a nested object may be indented.
            given_up += self.close()
        if line.truncated:  # cut at the line cap: no record can be read from it
            return [], [*given_up, *self.close(), line]
        if not self.lines:
            if self._incomplete(text):
                self.lines.append(line)
                self._size = len(text)
            else:
                given_up.append(line)
            return [], given_up
        self.lines.append(line)
        self._size += len(text) + 1
        if len(self.lines) > MAX_SPANNING_LINES or self._size > self._max_bytes:
            return [], [*given_up, *self.close()]
        # Only a line that ends with `}` can end the object: the joined text is read again
        # only then, not after every line (a record of n lines costs n reads at most).
        if text.rstrip().endswith("}") and not self._incomplete(self.text()):
            return self.close(), given_up
        return [], given_up

    def until(self, number: int) -> list[Line]:
        """Line `number` comes next and was read alone: the open record, unless its last line
        is right before it, never completed, and its lines are given up."""
        if self.lines and self.lines[-1].number + self.lines[-1].physical < number:
            return self.close()
        return []

    def text(self) -> str:
        return spanning_text(self.lines)

    def close(self) -> list[Line]:
        """The open record's lines (given up, or complete), and no record open."""
        lines, self.lines, self._size = self.lines, [], 0
        return lines


def spanning_text(lines: list[Line]) -> str:
    """The text of a record printed over `lines`."""
    return "\n".join(line.text for line in lines)


class StreamFramer:
    """A `Framer` per stream of a container log (module docstring), with Framer's interface.

    A batch commits with the offset a resumed read starts from. One framer's open record is
    where that read starts; with several streams, records of the others may have been stored
    after it began, and reading them again would store them twice. So before a batch commits
    (`settle`), an open record is kept open only when it is the only one and nothing after its
    start was emitted; otherwise every open record is closed there: an event interleaved with
    another stream's across a batch boundary (one in tens of thousands) is cut in two rather
    than any event stored twice.
    """

    def __init__(
        self,
        formats: tuple[LogFormat, ...],
        *,
        multiline: bool,
        unmatched_is_event: bool,
        undated_writer: bool = False,
    ) -> None:
        # One cache of refused lines for all streams (`Framer._refused`, up to REFUSED_LINES
        # of REFUSED_CHARS each): a cache a stream, and a file of thousands of streams (a
        # day of a Lambda's CloudWatch streams) held thousands.
        refused: set[str] = set()
        self._new = lambda: Framer(
            formats,
            multiline=multiline,
            unmatched_is_event=unmatched_is_event,
            undated_writer=undated_writer,
            refused=refused,
        )
        self._framers: dict[str | None, Framer] = {}
        self._emitted_end = 0  # byte offset past the last line of anything emitted so far
        self.multiline = multiline

    def push(self, line: Line) -> Record | Rejected | None:
        stream = line.envelope[1] if line.envelope is not None else None
        framer = self._framers.get(stream)
        if framer is None:
            framer = self._framers[stream] = self._new()
        out = framer.push(line)
        if out is not None:
            end = out.end if type(out) is Record else line.end
            self._emitted_end = max(self._emitted_end, end)
        return out

    def feed(self, line: Line) -> Iterator[Record | Rejected]:
        out = self.push(line)
        if out is not None:
            yield out

    def _open(self) -> list[Framer]:
        return [f for f in self._framers.values() if f.open is not None]

    def open_records(self) -> list[Record]:
        """The records still open, a stream's each."""
        return [f.open for f in self._open()]  # type: ignore[misc]

    def settle(self) -> Iterator[Record]:
        opened = self._open()
        if len(opened) == 1 and opened[0].open.start >= self._emitted_end:  # type: ignore[union-attr]
            return
        for framer in opened:
            for record in framer.finish():
                self._emitted_end = max(self._emitted_end, record.end)
                yield record

    def resume_point(self, after: Line | None) -> tuple[int, int] | None:
        opened = self._open()
        if opened:  # one, after `settle`
            return opened[0].resume_point(after)
        if after is not None:
            return after.end, after.number + after.physical
        return None

    def finish(self) -> Iterator[Record]:
        for framer in self._framers.values():
            yield from framer.finish()


def _bare_time(record: Record) -> bool:
    """Whether `record` is a time alone so far: no message, level, origin or fields."""
    fields = record.fields
    return (
        fields is not None
        and not record.continuation
        and not fields.message
        and fields.timestamp is not None
        and fields.level is None
        and fields.logger is None
        and fields.service is None
        and fields.host is None
        and not fields.attributes
        and fields.template is None
    )


def _record(fields: ParsedFields | None, format_name: str | None, line: Line) -> Record:
    return Record(
        fields,
        format_name,
        line.text,
        line.number,
        line.start,
        line.end,
        [],
        line.truncated,
        line.had_nul,
        line.envelope,
    )


# What opens a Python traceback, or the next one of a chain: the traceback then runs until its
# unindented `Type: message` line.
_TRACEBACK_OPENERS = (
    _PY_TB,
    "During handling of the above exception",
    "The above exception was the direct cause",
)


def unfinished_traceback(record: Record) -> bool:
    """Whether `record` ends inside a Python traceback: after its `Traceback (most recent call
    last):` line (or a chained exception's opening), only indented lines (frames, source
    lines), not yet the unindented `Type: message` line that ends every traceback. Python
    writes an uncaught exception's traceback a line at a time, so a read between two writes
    finds it cut there."""
    for text in reversed(record.continuation):
        if not text.strip() or text[0] in " \t":
            continue
        return text.startswith(_TRACEBACK_OPENERS)
    return record.header.startswith(_PY_TB)


_JSON = "json"
RECORD_FORMATS = frozenset((_JSON, "logfmt"))
"""Formats whose line is a whole record of fields, with or without a message (an access log
written as logfmt or LTSV names its request in fields)."""


def unfinished_record(record: Record) -> bool:
    """Whether `record` is most likely cut by the end of what was written so far: inside a
    Python traceback (`unfinished_traceback`), or a header with no message and nothing
    below it yet (Samba's debug log writes the message on the line below its header, `[time,
    3] ../auth/auth_log.c:635(log_authentication_event_human_readable)`). A line whose
    message ends with a colon may well introduce lines to come, but as often opens lines of
    their own (an OpenStack service's traceback, a header a line): it is stored."""
    if unfinished_traceback(record):
        return True
    if record.continuation or record.fields is None or record.format in RECORD_FORMATS:
        return False
    return not record.fields.message.strip()


# The outermost frame of a traceback that reached the bottom of the program or of a thread: the
# script's top level (`<module>`; `python -c`'s `<string>` too), runpy's entry of `python -m`,
# a thread's and a `multiprocessing` process's start. An exception caught and logged
# (`logger.exception`, `exc_info=True`) has its traceback start at the function that caught
# it; one that nothing caught, at one of these.
_UNCAUGHT_FRAME = re.compile(
    r'  File "[^"]*", line \d+, in (?:<module>|_run_module_as_main|_bootstrap_inner|_bootstrap)$'
)
_BELOW_WARNING = frozenset({"trace", "debug", "info"})


def _traceback_may_be_uncaught(record: Record, *, after_blank: bool) -> bool:
    """Whether a `Traceback (most recent call last):` line no format reads, going on `record`,
    may be an uncaught exception's rather than the record's: `record` is a log record that
    holds no traceback yet, below warning level or `after_blank` (blank lines came between the
    record and the traceback). Python's logging writes a traceback under the record that asked
    for it (`logger.exception`, `exc_info=True`), right under its message: a message that ends
    in a line break takes no second one before it. The interpreter writes an uncaught
    exception's under whatever line came last, most often an INFO line (`Worker starting`, then
    the crash), or a warning `logging.captureWarnings` wrote, whose text ends in a line break and
    so in a blank line. A WARNING, ERROR or CRITICAL record's traceback right under it is its
    own: `logger.warning(..., exc_info=True)` in a script's module-level `try` starts its
    traceback at `<module>` too."""
    fields = record.fields
    if fields is None or any(c.startswith(_PY_TRACEBACK_STARTS) for c in record.continuation):
        return False
    if after_blank:
        return True
    level = normalize_level(fields.level) or level_from_words(fields.message)
    return level is None or level in _BELOW_WARNING


def _uncaught_traceback(frame: str) -> bool:
    """Whether `frame`, the line after `Traceback (most recent call last):`, is the outermost
    frame of an exception nothing caught (`_UNCAUGHT_FRAME`); under an exception group's first
    line, drawn in its box (`  |   File ...`)."""
    if frame.startswith('  |   File "'):
        frame = frame[4:]
    return frame.startswith('  File "') and _UNCAUGHT_FRAME.match(frame) is not None


def _has_traceback(record: Record) -> bool:
    return record.header.startswith(("Traceback", _PY_GROUP_TB)) or any(
        c.startswith(("Traceback", _PY_GROUP_TB)) for c in record.continuation[:3]
    )
