"""Going on with a source's last stored event, when lines added since continue it.

A run of `errctl ingest` reads a log up to its end, and that end may fall inside an event: a
Java stack written a line at a time (`printStackTrace` to a redirected stderr), a record a
buffered writer flushed half of, a cron run between the two. Read at once, the lines after the
cut are the event's own; read in two runs, they would stand as an event of their own (`\\tat
java.base/...` titled by its `Caused by:`) and the first part would miss them: a group that
does not exist, and an exception without its cause.

So the registry keeps where the last stored event of a source begins, and its id
(`SourceState.record_offset`, `record_event`), and the next read of the source, when bytes were
added, starts there rather than where the last read ended (`reread_from`). The framer frames
that event again with the lines after it (`StoredTail.keeps`): if they go on it, it is stored
again whole and the stored one removed, in the same transaction, its group recounted; if they
do not, the event read again is dropped, being stored already. Either way the store holds what
one read of the whole file would have stored. It costs one event's lines read twice per source
and run.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from errctl.models import SourceState

if TYPE_CHECKING:
    from errctl.ingest.framing import Record


@dataclass(slots=True)
class StoredTail:
    """What a read that went back to a source's last stored event has met again."""

    event: int  # the stored event's id
    offset: int  # where the stored part ends: new lines begin here
    next_line: int  # the first line not stored
    replaced: int | None = None  # the stored event's id, once the read found it going on

    def keeps(self, record: Record) -> bool:
        """Whether `record` is to be stored: not when it ends where the stored part ends (it
        is stored), and when it begins there and goes on past it, in place of the stored one."""
        if record.end <= self.offset:
            return False
        if record.start < self.offset:
            self.replaced = self.event
        return True

    def is_new(self, line_number: int) -> bool:
        """Whether a line (a rejected one) is past the stored part."""
        return line_number >= self.next_line

    def still_open(self, open_record: Record | None) -> bool:
        """Whether the framer's open record is the stored event, going on: no batch may commit
        then, since a resumed read would start before lines that are stored."""
        return open_record is not None and open_record.start < self.offset

    def take_replaced(self) -> int | None:
        """The id of the stored event to replace, handed once to the batch that holds its
        successor."""
        replaced, self.replaced = self.replaced, None
        return replaced


def reread_from(state: SourceState | None, stream: object, size: int) -> StoredTail | None:
    """A `StoredTail` for a resumed read of `state`'s file whose `size` is past what is
    stored, when its last stored event is known, and `stream` (the file, not decompressed nor
    transcoded: its offsets are the registry's) is moved back to that event's start. None,
    with the stream left as it is, otherwise."""
    if (
        state is None
        or state.record_offset is None
        or state.record_line is None
        or state.record_event is None
        or not 0 <= state.record_offset < state.offset < size
        or not isinstance(stream, io.BufferedReader)
    ):
        return None
    stream.seek(state.record_offset)
    return StoredTail(state.record_event, state.offset, state.lines + 1)
