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
    """`lines`, each record whose quoted field spans lines as one line (module docstring)."""
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
    first, last = lines[0], lines[-1]
    return Line(
        "\n".join(line.text for line in lines),
        first.number,
        first.start,
        last.end,
        any(line.truncated for line in lines),
        any(line.had_nul for line in lines),
        first.envelope,
        sum(line.physical for line in lines),
    )
