"""The contract every log format implements.

A format turns one *header* line (the first line of an event) into `ParsedFields`, or returns
None when the line is not a header of that format. Ingest uses that one call both to frame
(a line no format accepts continues the open event: a traceback, a Java stack, an indented
continuation) and to parse, so each line is matched once.

Formats are pure: no I/O, no store, no globals that change. They never raise on bad input;
`parse` returns None and the caller decides (continuation, or quarantine). The registry holds
each format `never_raising`, so that a parser's bug, or a line it chokes on (a 5,000-digit pid,
which Python refuses to convert), costs that line its structure, not the ingest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from errctl.models import ParsedFields


class LogFormat(Protocol):
    name: str
    """Short stable name used by --format and stored with each event (json, logfmt, ...)."""

    multiline: bool
    """False when every line is a complete record (JSON lines): unparsable lines are rejected,
    never continuations."""

    def parse(self, line: str) -> ParsedFields | None:
        """Fields of a header line, or None when the line is not one of this format's headers.
        `line` has no trailing newline."""
        ...


# A format may also define `continues(line, opened, previous=None) -> str | None`: for a line
# that carries the format's header yet belongs to the event above it (PostgreSQL's `DETAIL:`
# lines; logcat's lines of one multi-line call; a traceback the journal got one entry per line),
# the text the event keeps of it; None for any other line. `opened` is the open event's first
# line (None: no event is open, as in detection), `previous` the line before `line` (the open
# event's last; the same object as `opened` while the event has one line). Framing asks it
# before parsing any line, and detection does not count the lines it claims alone. A format
# whose `continues` only ever extends an event it opened sets `continues_own = True`: framing
# then asks it only while such an event is open (in a file of several formats, a hook that
# reads the open event's header for every line of every other format's events costs a regex
# per line).
#
# A format whose events span lines may also define `fold(fields, continuation) -> (fields,
# continuation)`: normalisation hands it an event's header fields (`parse`'s) and continuation
# lines (as framing kept them, `continues`' text for the lines it claimed) and takes back the
# event's fields and the lines still to go on its message (or to be read as its trace). A
# record whose lines are fields (journalctl's export entries, Db2's db2diag.log records), a
# report a record at a time (dmesg's), follower lines (PostgreSQL's DETAIL) become the
# event's message and attributes there; framing decides only which lines are one event.
#
# A format may also set `one_line = True`: each of its records is one line (an access log's
# request, a load balancer's), so a line after one that no format reads is not its continuation
# but an event of its own (a format with `multiline` False is one-line too). Without it, a line
# no layout reads would be glued to the request above it, and a request in an unread layout
# would vanish into the one before.
#
# A format may also set `verbatim_lines = True` (PostgreSQL's): its messages quote text that
# spans lines as written (a statement), so a line no format reads under one of its records is
# that record's, even in a file whose start shows an undated writer (`framing.undated_writer`).
#
# A format may also define `parse_cut(line) -> ParsedFields | None`: the fields of a record
# the line cap (MAX_LINE_BYTES) cut, which `parse` refuses (JSON's: the object closed where the
# cut fell). Ingest asks it only for a cut line, and flags the event truncated.
#
# A format may also set `fallback = True` (generic does): it reads other formats' lines too, with
# less in them, so framing asks it after the others however often it has won.
#
# A format may also define `specialise(sample) -> LogFormat`: the format a file's first lines
# (the sample detection reads) make of it, such as W3C's columns from its `#Fields:` directive.
# Ingest calls it for every file, detected, forced or resumed past its start, so every read of
# a file parses alike.
#
# A format whose quoted fields may hold newlines (CSV: a multi-line query in PostgreSQL's
# csvlog) defines `quote_open(line, was_open=False) -> bool` (whether a quoted field is open
# after `line`), `record_start(line) -> bool | None` (the line begins a record: True; cannot:
# False; cannot tell: None) and `declares(line) -> bool` (the file's header row, no event).
# Ingest joins a record's lines into one before framing (`ingest.quoted`), and `parse` reads
# the joined text.


_Format = TypeVar("_Format")


def never_raising(fmt: _Format) -> _Format:
    """`fmt`, its `parse` answering None wherever it would raise (the same object: every holder
    of it, the framer, detection, a syslog line's inner format, gets the guarded parse)."""
    parse: Callable[[str], ParsedFields | None] = fmt.parse  # type: ignore[attr-defined]
    if getattr(parse, "never_raises", False):
        return fmt

    def guarded(line: str) -> ParsedFields | None:
        try:
            return parse(line)
        except Exception:  # any failure to read a line is the line's, not the ingest's
            return None

    guarded.never_raises = True  # type: ignore[attr-defined]
    # The parse under the guard, for a caller that asks many formats per line and guards the
    # calls itself (framing): the same answers without a second call per format per line.
    guarded.unguarded = parse  # type: ignore[attr-defined]
    fmt.parse = guarded  # type: ignore[attr-defined]
    return fmt


def number(digits: str) -> int | str:
    """A field a format matched as digits (a pid, a byte count, a line number), as an int; a
    run longer than any real one stays text: Python refuses to convert more than 4,300 digits,
    and a damaged or hostile line can hold a megabyte of them. Only decimal digits convert: a
    superscript (`¹`) is a digit to `str.isdigit` and to a regex's `\\d`, not to `int`."""
    return int(digits) if len(digits) <= 32 and digits.isdecimal() else digits


def sniff_score(fmt: LogFormat, sample: list[str]) -> float:
    """Fraction of the non-blank sample lines that `fmt` accepts as headers."""
    lines = [s for s in sample if s.strip()]
    if not lines:
        return 0.0
    return sum(1 for s in lines if fmt.parse(s) is not None) / len(lines)


_MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def yearless_stamp(month: int | str, day: str, clock: str) -> str:
    """A header's time without a year (klog's `0501 12:00:01`, logcat's, Chromium's, Snort's),
    as `Mmm dd clock`: `timestamps` reads that as it reads syslog's, the year from the file's
    time (a December stamp in a file written in January is last year's)."""
    return f"{_MONTH_ABBREVIATIONS[int(month) - 1]} {day} {clock}"
