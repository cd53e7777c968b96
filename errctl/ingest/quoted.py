"""Records whose quoted fields hold newlines (CSV: a multi-line query in PostgreSQL's csvlog, a
message with a stack trace in an export), joined into one line before framing.

Owns `quoted_format` (the source's format that has such records, if any) and `join_quoted`.
A line that leaves a quoted field open (`LogFormat.quote_open`, in `formats.csvfile`) is joined
with the lines after it up to the one that closes the field; the joined line spans several
physical ones (`Line.physical`), keeps the first's number and start, and the format parses it
whole. The file's header row (`declares`) is no event and is not passed on.

A quote that never closes must not swallow the file: the record is given up (its lines passed
on one by one, as each would be alone: events or rejected lines, never lost) when a line begins
a record of its own (`record_start`: csvlog's lines start with the server's time), past
MAX_RECORD_LINES lines or `max_bytes` characters, or when the input ends (a live file whose
writer is mid-record).

A format may also cut one long message into rows of its own (`continued`, `join_continued`:
SharePoint's ULS logs mark the rows after the first with `*` after the time); each such row
is joined onto the row above it, so the message is one event again, its stack whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from errctl.formats.csvfile import MAX_RECORD_LINES
from errctl.ingest.readers import Line


def quoted_format(formats: Iterable[Any]) -> Any | None:
    """The first of `formats` whose records may span lines inside quotes, or None."""
    return next((f for f in formats if hasattr(f, "quote_open")), None)


def join_quoted(lines: Iterable[Line], fmt: Any, max_bytes: int) -> Iterator[Line]:
    """`lines`, each record whose quoted field spans lines as one line, and each row with the
    rows that continue it (`continued`) as one (module docstring)."""
    records = _join_quoted(lines, fmt, max_bytes)
    if not getattr(fmt, "continues_rows", False):
        return records
    return _join_continued(records, fmt, max_bytes)


def _join_continued(records: Iterator[Line], fmt: Any, max_bytes: int) -> Iterator[Line]:
    """`records`, a row and the rows after it that `fmt.continued` says go on it joined by
    `fmt.join_continued` into one line. Each row waits for the next to be read: the rows of
    one message are written together, and the input's end lets the last one go."""
    continued, join = fmt.continued, fmt.join_continued
    held: list[Line] = []  # a row, and the rows joined onto it so far
    text = ""
    for record in records:
        if held and not record.truncated and continued(record.text):
            joined = join(text, record.text)
            if joined is not None and len(joined) <= max_bytes and len(held) < MAX_RECORD_LINES:
                held.append(record)
                text = joined
                continue
        if held:
            yield _spanning(text, held)
        held, text = [record], record.text
    if held:
        yield _spanning(text, held)


def _join_quoted(lines: Iterable[Line], fmt: Any, max_bytes: int) -> Iterator[Line]:
    quote_open, record_start, declares = fmt.quote_open, fmt.record_start, fmt.declares
    pending: list[Line] = []
    size = 0
    for line in lines:
        text = line.text
        if pending:
            if line.truncated or record_start(text) is True:
                yield from pending  # the quote never closed: given up
                pending = []
            else:
                pending.append(line)
                size += len(text) + 1
                if not quote_open(text, True):
                    yield _joined(pending)
                    pending = []
                elif len(pending) >= MAX_RECORD_LINES or size > max_bytes:
                    yield from pending
                    pending = []
                continue
        if declares(text):
            continue
        if not line.truncated and quote_open(text) and record_start(text) is not False:
            pending, size = [line], len(text)
        else:
            yield line
    yield from pending


def _joined(lines: list[Line]) -> Line:
    return _spanning("\n".join(line.text for line in lines), lines)


def _spanning(text: str, lines: list[Line]) -> Line:
    """One line of `text`, standing for `lines` (the first's number and start)."""
    if len(lines) == 1 and text == lines[0].text:
        return lines[0]
    first, last = lines[0], lines[-1]
    return Line(
        text,
        first.number,
        first.start,
        last.end,
        any(line.truncated for line in lines),
        any(line.had_nul for line in lines),
        first.envelope,
        sum(line.physical for line in lines),
    )
