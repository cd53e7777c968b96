"""Whether a file that another path's registry row matches by its first bytes is that row's
content stream, or merely a file that starts the same way.

The registry knows a stream by its first bytes (`SourceState.head_hash`), so that a rotated,
compressed or copied file is not read twice: `app.log.1` compressed to `app.log.2.gz`, the copy
logrotate's `copytruncate` leaves beside the truncated original, a backup beside it. But two
different files may start alike: CockroachDB writes the same banner at the top of each of its
channels' files (`cockroach.log`, `cockroach-health.log`), an application the same start-up
lines into its log and its audit log. Taken for one stream, the second file was read from the
first's offset (its lines mid-file, cut and quarantined), and each later run found the other
"truncated" and read it again: every event of it twice.

So a match by the first bytes stands only when the row's own file cannot say otherwise: it is
gone or another file holds its path (rotated away), or it is shorter than what was read from it
(truncated in place: its copy is the stream). When it is still there and whole, the file must
hold the same bytes before the row's offset.
"""

from __future__ import annotations

import functools
import os

from errctl.ingest.readers import open_stream, skip_bytes
from errctl.models import SourceState

TAIL_BYTES = 4096
"""How many bytes before the offset are compared: a file that starts like another is told from
a copy of it by the last lines read, not by reading the whole prefix again."""


def continues_stream(row: SourceState, path: str) -> bool:
    """Whether the file at `path`, whose first bytes match those of `row` (registered for
    another file), holds `row`'s stream: the bytes read from it so far."""
    try:
        st = os.stat(row.path)
    except OSError:
        return True  # the row's file is gone: rotated, compressed or removed
    if row.inode is not None and (st.st_dev, st.st_ino) != (row.dev, row.inode):
        return True  # another file at that path now: the row's was rotated away
    original = _tail(row.path, row.offset, st.st_size, st.st_mtime_ns)
    if original is None:
        return True  # shorter than what was read: truncated in place, so this is its copy
    try:
        mine = os.stat(path)
    except OSError:
        return False
    return _tail(path, row.offset, mine.st_size, mine.st_mtime_ns) == original


@functools.lru_cache(maxsize=1024)
def _tail(path: str, offset: int, size: int, mtime_ns: int) -> bytes | None:
    """`bytes_before`, kept while the file's size and modification time stay: a folder of files
    that start alike (a tool's long header) asks each new file of every other, one read each
    instead of one a pair (400 such files: 28 s, most of it these reads, against 2 s)."""
    return bytes_before(path, offset)


def bytes_before(path: str, offset: int) -> bytes | None:
    """The (decompressed) bytes of a file just before `offset`, at most TAIL_BYTES of them;
    None when the file is shorter than `offset` or cannot be read."""
    start = max(0, offset - TAIL_BYTES)
    try:
        stream, _ = open_stream(path)
    except OSError:
        return None
    try:
        if skip_bytes(stream, start) < start:
            return None
        tail = stream.read(offset - start)
    except OSError:
        return None
    finally:
        stream.close()
    return tail if len(tail) == offset - start else None
