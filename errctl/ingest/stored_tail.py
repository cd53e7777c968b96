"""Going on with a source's stored events left open, when lines added since continue them.

A run of `errctl ingest` reads a log up to its end, and that end may fall inside an event: a
Java stack written a line at a time (`printStackTrace` to a redirected stderr, a container
runtime writing each line of a stack as a record of its own), a record a buffered writer
flushed half of, a cron run between the two. Read at once, the lines after the cut are the
event's own; read in two runs, they would stand as an event of their own (`\\tat
java.base/...` titled by its `Caused by:`) and the first part would miss them: a group that
does not exist, and an exception without its cause.

So the registry keeps the events a read left open at its end (the last one of a plain file,
the last of each stream of a container's log): where the first begins, their first lines and
their ids (`SourceState.record_offset`). The next read of the source, when bytes were added,
starts there rather than where the last read ended (`reread_from`), and the framer frames
those events again with the lines after them (`StoredTail.keeps`): one the new lines go on is
stored again whole and the stored one removed, in the same transaction, its group recounted;
one they do not go on is dropped, being stored already. Either way the store holds what one
read of the whole file would have stored. It costs the open events' lines read twice per
source and run.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from errctl.models import SourceState

if TYPE_CHECKING:
    from errctl.ingest.framing import Record


@dataclass(slots=True)
class StoredTail:
    """What a read that went back to a source's stored open events meets again."""

    offset: int  # where the stored part ends: new lines begin here
    next_line: int  # the first line not stored
    events: dict[int, int]  # the stored open events' ids, by their first lines
    replaced: list[int] = field(default_factory=list)  # of those, the ones found going on
    timed: bool = True  # whether the first stored open event's time was read in the file
    _past: bool = False  # whether a record past the stored part was met

    def keeps(self, record: Record) -> bool:
        """Whether `record` is to be stored: not when it ends where the stored part ends (it
        is stored), and when it goes on past it, in place of the stored one it began as.

        (A record going on that began as no stored open event cannot be: the events before
        the open ones were closed by lines of their own streams, before the stored part's
        end. Were framing to differ, its lines before the end would be stored twice rather
        than its lines after it lost.)"""
        if _text_end(record) <= self.offset:  # (blank lines after it are not more of it)
            return False
        if record.start < self.offset and record.number in self.events:
            self.replaced.append(self.events[record.number])
        return True

    def first_new(self) -> bool:
        """Whether this is the first record past the stored part met, after a stored event
        whose time was inferred (then the new lines do not take it: `Normalizer.
        await_time_again`). True once."""
        if self._past or self.timed:
            return False
        self._past = True
        return True

    def stored_id(self, record: Record) -> int | None:
        """The id of the stored open event `record` is read again as, if it is one."""
        return self.events.get(record.number) if _text_end(record) <= self.offset else None

    def is_new(self, line_number: int) -> bool:
        """Whether a line (a rejected one) is past the stored part."""
        return line_number >= self.next_line

    def still_open(self, open_records: list[Record]) -> bool:
        """Whether a stored event is going on in an open record: no batch may commit then,
        since a resumed read would start before lines that are stored."""
        return any(record.start < self.offset for record in open_records)

    def take_replaced(self) -> list[int]:
        """The ids of the stored events to replace, handed once to the batch that holds
        their successors."""
        replaced, self.replaced = self.replaced, []
        return replaced


def _text_end(record: Record) -> int:
    return record.end if record.text_end is None else record.text_end


def reread_from(
    state: SourceState | None, stream: object, size: int
) -> tuple[StoredTail, int, int] | None:
    """For a resumed read of `state`'s file whose `size` is past what is stored, when its
    stored open events are known: a `StoredTail`, and the offset and line to read from, with
    `stream` (the file, not decompressed nor transcoded: its offsets are the registry's)
    moved there. None, with the stream left as it is, otherwise."""
    if (
        state is None
        or state.record_offset is None
        or not state.record_lines
        or None in state.record_events
        or len(state.record_events) != len(state.record_lines)
        or not 0 <= state.record_offset < state.offset < size
        or not isinstance(stream, io.BufferedReader)
    ):
        return None
    stream.seek(state.record_offset)
    events = dict(zip(state.record_lines, state.record_events, strict=True))
    tail = StoredTail(state.offset, state.lines + 1, events)  # type: ignore[arg-type]
    return tail, state.record_offset, min(state.record_lines)
