"""JSON documents: log exports written as one JSON document, read one record at a time.

JSON lines (one object a line) are the json format's own; this module owns the files whose
records sit inside a document, in the shapes tools write:
- a top-level array of records, compact or pretty-printed: Google Cloud Logging's "download as
  JSON", `jq -s .`, many CLIs' `--output json`;
- an object wrapping the records array under a well-known key (`WRAPPER_KEYS`): AWS CloudTrail
  (`{"Records":[...]}` on one line, gzipped; `aws cloudtrail lookup-events`' `Events`), `aws
  logs filter-log-events` / `get-log-events` (`events`), CloudWatch Logs subscription data
  (`logEvents`; Firehose concatenates such objects), Azure's `records` and `value`;
  Elasticsearch's `_search` output (`hits.hits[]`, each record its `_source`, with its
  `_index` and `_id`); or under the only key of the object that holds objects;
- concatenated objects, pretty-printed (`jq .` output).

Owns `detect_document` (a file's first bytes -> its `Document` shape, or None: not a document)
and `DocumentReader` (a stream -> the records' JSON text, a block at a time, with the json
format's reading of each).

Promises:
- Bounded memory: the stream is read a chunk at a time, and only the record being framed is
  held; a record over MAX_RECORD_BYTES is rejected (its start kept for the quarantine) and
  reading goes on. The cap bounds records, not lines: a 100 MB one-line CloudTrail file reads.
  A wrapper whose context members may come after its records is held up to LOOKAHEAD_BYTES
  while they are looked for.
- Every record of the records array ends at a resume point (`Element.resumable`): a read
  started there, with the shape the file's head gives on every read, reads exactly the records
  after it. Concatenated objects resume between two objects.
- Never raises on bad input: an element that is not an object, an element that is not valid
  JSON, text outside the document, a document cut short come out rejected with a reason, and
  the good records around them still come out.
- A broken record does not take the rest with it: a quote out of place (`"C:\\temp\\"` written
  unescaped) turns the framer's strings inside out, and it would frame the rest of the document
  as one record. Records are separated the same way throughout a document (learned from the
  first record, `_record_boundary`): a frame that holds such a separation and is no valid JSON
  is cut there, the broken part rejected, and framing goes on from the next record.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import orjson

from errctl.formats.decoding import decode
from errctl.formats.fields import LEVEL_KEYS, MESSAGE_KEYS, TIMESTAMP_KEYS
from errctl.ingest.framing import Rejected
from errctl.ingest.readers import MAX_LINE_BYTES, Line

MAX_RECORD_BYTES = MAX_LINE_BYTES
"""A record longer than this is rejected unread: the same bound a JSON line has."""

RAW_BYTES = 64 * 1024
"""How much of a rejected element is kept for the quarantine."""

CHUNK = 1024 * 1024

CUT_SHORT = "JSON document cut short in a record"
BROKEN = "invalid JSON record: its quotes or brackets do not pair up; read on from the next record"

OVERLAP = 1024
"""Bytes of a frame kept for a record boundary that a chunk's end cuts (longer than any)."""

WRAPPER_KEYS = (
    "Records",  # AWS CloudTrail log files
    "Events",  # aws cloudtrail lookup-events
    "records",  # Azure Monitor diagnostic logs in storage
    "events",  # aws logs filter-log-events / get-log-events
    "logEvents",  # CloudWatch Logs subscription data (Kinesis, Firehose, Lambda)
    "entries",  # gcloud / Cloud Logging API entries:list
    "items",  # Kubernetes lists (kubectl get events -o json)
    "logs",
    "data",
    "results",
    "value",  # Azure REST list responses
)
"""Keys under which a wrapping object holds its records array, most specific first."""

OTLP_PATH = ("resourceLogs", "scopeLogs", "logRecords")
"""Where OpenTelemetry's OTLP JSON holds its log records (an `ExportLogsServiceRequest`, which
the Collector's file exporter writes one a line): in arrays of arrays, each level its context."""

CONTEXT_KEYS: dict[str, tuple[str, ...]] = {
    # CloudWatch Logs subscription data (Kinesis, Firehose, S3 exports): its events carry only
    # `id`, `timestamp` and `message`; the account, log group (which Lambda, which service)
    # and stream they come from are said once, by the object around them.
    "logEvents": ("owner", "logGroup", "logStream"),
    # OTLP: a record's service and host are its resource's attributes, its logger the
    # instrumentation scope, both said by the objects its array sits in.
    "logRecords": ("resource", "scope"),
}
"""Per records key, the members of the objects around the records that say where they come
from: spliced into each record (its own keys win). Only those: the rest of a wrapper is the
tool's bookkeeping (`_search`'s `took`, filter-log-events' `nextToken`), not the events'.
Wherever the wrapper holds them: before its records, as the AWS tools write them, or after
(a wrapper re-serialized by a script, with its keys in another order), looked ahead for."""

CONTEXT_BYTES = 64 * 1024
"""A context member longer than this is left out."""

LOOKAHEAD_BYTES = 8 * 1024 * 1024
"""How far the reader looks ahead, past a wrapper's records, for the context members after
them; a wrapper that ends further on is read with the context before its records. More than
any sample `detect_document` is given, so a wrapper the sample holds whole is looked through."""

Context = tuple[tuple[str, bytes], ...]
"""Context members read so far: (key, the value's JSON text)."""

_NOT_WRAPPER = frozenset((*TIMESTAMP_KEYS, *MESSAGE_KEYS, *LEVEL_KEYS))
"""Keys that make an object a record: a record with an `items` list is no wrapper."""

# A run of bytes with no bracket or brace outside a string, complete strings included:
# possessive, so a cut string (no closing quote yet) stops it at its quote without
# backtracking (linear on any input).
_RUN = re.compile(rb'(?:[^"{}\[\]]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.S)
# The rest of a string's body, up to (not including) its closing quote or a final backslash.
_STRING_BODY = re.compile(rb'[^"\\]*+(?:\\.[^"\\]*+)*+', re.S)
_BLANKS = re.compile(rb"[ \t\r\n]*+")
_SCALAR = re.compile(rb"[^,\]}\s]*+")
_NEXT_OPENING = re.compile(rb"\n(?=[{\[])")
_OPEN, _CLOSE, _QUOTE = frozenset(b"{["), frozenset(b"}]"), ord('"')
_LBRACE, _RBRACE, _LBRACKET, _RBRACKET, _COMMA, _COLON = map(ord, "{}[],:")
_BOM = b"\xef\xbb\xbf"
_OBJECT_START = re.compile(rb'\[\s*+\{\s*+"')


@dataclass(frozen=True, slots=True)
class Document:
    """A document's shape: where its records are."""

    kind: str  # "array", "wrapped" or "concatenated"
    path: tuple[str, ...]  # keys from a top-level object down to its records array
    reason: str  # for the detection's reason
    unwrap: str | None = None  # a record's key that holds the record itself (`_source`)
    context: Context = ()  # the first wrapper's context members (CONTEXT_KEYS), for a resumed read


@dataclass(slots=True)
class Element:
    """One element read: a record's JSON text, a rejection (`reason`), or neither: a mark of
    a resume point after a wrapper whose records were none."""

    text: bytes | None
    line: int  # where it starts
    end: int  # stream offset just past it
    end_line: int  # line number at `end`
    resumable: bool  # `end` is a point a later read can start from
    reason: str | None = None


class _Cursor:
    """A window on a byte stream, read a chunk at a time, with line numbers."""

    def __init__(self, stream: BinaryIO | Any, offset: int, line: int) -> None:
        self._read = stream.read
        self.buf = b""
        self.base = offset  # stream offset of buf[0]
        self.i = 0
        self._line = line  # the line number at buf[self._counted]
        self._counted = 0
        self.keep: int | None = None  # buf from here on is kept (a record being framed)
        self.pin: int | None = None  # buf from here on is kept too (a look ahead)
        self.limit: int | None = None  # no reading past this stream offset (a look ahead)
        self.eof = False
        # The record boundary looked for in the record being framed, the stream offset it is
        # looked for from, and the offset framing stopped at when one was found.
        self._boundary: re.Pattern[bytes] | None = None
        self._scanned = 0
        self.resynced: int | None = None

    def more(self) -> bool:
        """Read another chunk (dropping what is done with); False at the stream's end."""
        if self.eof or (self.limit is not None and self.base + len(self.buf) >= self.limit):
            return False
        chunk = self._read(CHUNK)
        if not chunk:
            self.eof = True
            return False
        drop = self.i if self.keep is None else min(self.i, self.keep)
        if self._boundary is not None:  # a frame over the cap: its tail is looked at again
            drop = min(drop, max(len(self.buf) - OVERLAP, 0))
        if self.pin is not None:
            drop = min(drop, self.pin)
        if drop:
            self.line_at(drop)
            self.buf = self.buf[drop:] + chunk
            self.i -= drop
            self._counted -= drop
            self.base += drop
            if self.keep is not None:
                self.keep -= drop
            if self.pin is not None:
                self.pin -= drop
        else:
            self.buf += chunk
        return True

    def line_at(self, index: int) -> int:
        """The line number at buf[index] (asked in increasing order)."""
        if index > self._counted:
            self._line += self.buf.count(b"\n", self._counted, index)
            self._counted = index
        return self._line

    @property
    def offset(self) -> int:
        return self.base + self.i

    def peek(self) -> int | None:
        """The next byte that is not blank (not consumed), or None at the end."""
        while True:
            self.i = _BLANKS.match(self.buf, self.i).end()  # type: ignore[union-attr]
            if self.i < len(self.buf):
                return self.buf[self.i]
            if not self.more():
                return None

    def value(
        self, cap: int, boundary: re.Pattern[bytes] | None = None
    ) -> tuple[bytes | None, bytes, bool]:
        """Pass the JSON value at the cursor: (its bytes, if at most `cap`; its first RAW_BYTES;
        whether it ended before the stream did). Structure is only framed here (brackets and
        strings), not checked: the record's reader checks it. With a `boundary` (between two
        records), a frame that holds one and is no valid JSON ends there (`resynced`)."""
        start = self.base + self.i
        self.keep = self.i
        self.resynced = None
        first = self.buf[self.i]
        if first == _LBRACE and boundary is not None:
            self._boundary, self._scanned = boundary, start + 1
        if first in _OPEN:
            ended = self._nested(0, start, cap)
        elif first == _QUOTE:
            self.i += 1
            ended = self._string(start, cap)
        else:
            ended = self._scalar(start, cap)
        keep, self.keep = self.keep, None
        if self._boundary is not None:
            self._boundary = None
            if self.resynced is None and keep is not None:
                # Framed whole: a boundary inside is one of a record that swallowed the next.
                m = boundary.search(self.buf, keep + 1, self.i)  # type: ignore[union-attr]
                if m is not None and not (ended and _is_json(self.buf[keep : self.i])):
                    self.resynced = self.base + m.end()
            if self.resynced is not None:
                self.i, ended = self.resynced - self.base, True
        if keep is None:  # over the cap: only its start was kept
            return None, self._head, ended
        text = self.buf[keep : self.i]
        if len(text) > cap:
            return None, text[:RAW_BYTES], ended
        return text, text[:RAW_BYTES], ended

    def close(self, depth: int) -> bool:
        """Pass the rest of `depth` open objects or arrays; False: the stream ended first."""
        return self._nested(depth, self.offset, 0, keep=False)

    def _nested(self, depth: int, start: int, cap: int, keep: bool = True) -> bool:
        if not keep:
            self.keep = None
        while True:
            j = _RUN.match(self.buf, self.i).end()  # type: ignore[union-attr]
            if j == len(self.buf):
                self.i = j
                if not self._fill(start, cap):
                    return False
                continue
            c = self.buf[j]
            self.i = j + 1
            if c == _QUOTE:  # a string the window cuts: read it on
                if not self._string(start, cap):
                    return False
            elif c in _OPEN:
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return True

    def _string(self, start: int, cap: int) -> bool:
        """Pass the rest of a string whose opening quote is passed."""
        while True:
            j = _STRING_BODY.match(self.buf, self.i).end()  # type: ignore[union-attr]
            if j < len(self.buf) and self.buf[j] == _QUOTE:
                self.i = j + 1
                return True
            self.i = j  # at the end, or at a final backslash whose escaped byte is to come
            if not self._fill(start, cap):
                self.i = len(self.buf)
                return False

    def _scalar(self, start: int, cap: int) -> bool:
        while True:
            j = _SCALAR.match(self.buf, self.i).end()  # type: ignore[union-attr]
            if j < len(self.buf):
                self.i = j if j > self.i else j + 1  # past one byte at least (a stray `}`)
                return True
            self.i = j
            if not self._fill(start, cap):
                return False

    def _fill(self, start: int, cap: int) -> bool:
        """More bytes for a value that began at `start`; past `cap`, it stops being kept, and a
        record boundary in it stops it (False, `resynced`): no record is that long but one
        whose framing went wrong, and reading on to its end would take the records after it."""
        over = self.base + len(self.buf) - start > cap
        if over and self._boundary is not None:
            m = self._boundary.search(self.buf, max(self._scanned - self.base, 0))
            if m is not None:
                self.resynced = self.base + m.end()
                return False
            self._scanned = self.base + max(len(self.buf) - OVERLAP, 0)
        if self.keep is not None and over:
            self._head = self.buf[self.keep : self.keep + RAW_BYTES]
            self.keep = None
        return self.more()

    _head = b""


class DocumentReader:
    """The elements of a document of shape `document` in `stream`, from `offset` (0, or a
    resume point a read of the same shape gave) on line `line`."""

    def __init__(
        self,
        stream: BinaryIO | Any,
        document: Document,
        offset: int = 0,
        line: int = 1,
        max_bytes: int = MAX_RECORD_BYTES,
    ) -> None:
        self.document = document
        self.cursor = _Cursor(stream, offset, line)
        self.resumed = offset > 0
        self.max_bytes = max_bytes
        self._first_line = line
        self._context_keys = CONTEXT_KEYS.get(document.path[-1], ()) if document.path else ()
        self._boundary: re.Pattern[bytes] | None = None  # between two records (learned)
        self._learning = 16  # records left to learn it from

    def position(self) -> Line:
        """Where reading has got to, as the line a line reader would have ended on."""
        cur = self.cursor
        return Line("", cur.line_at(cur.i), cur.offset, cur.offset, physical=0)

    def lines_read(self) -> int:
        """How many lines reading has been on: a last line with no newline counts (a
        one-line CloudTrail file is one line read), as a line reader counts it."""
        cur = self.cursor
        partial = cur.i > 0 and cur.buf[cur.i - 1] != ord("\n")
        return cur.line_at(cur.i) - self._first_line + partial

    def elements(self) -> Iterator[Element]:
        cur, doc = self.cursor, self.document
        if not self.resumed:
            cur.peek()
            if cur.buf.startswith(_BOM, cur.i):
                cur.i += len(_BOM)
        elif doc.kind != "concatenated" and cur.peek() in (_COMMA, _RBRACKET):
            # A resume point between two records of the array: the records' context is the
            # file head's (a record is resumable only when its context is that one).
            closed = yield from self._records(_prefix(doc.context), True)
            if closed and doc.path and not cur.close(len(doc.path)):
                yield self._cut("JSON document cut short: its object never closes")
        while (c := cur.peek()) is not None:
            if c == _LBRACKET:
                cur.i += 1
                yield from self._records(b"", True)
            elif c == _LBRACE and doc.path:
                self._open = False
                if (yield from self._object(doc.path, (), False)) and self._open:
                    # Its records could not be resume points: the object's end is one.
                    yield Element(None, cur.line_at(cur.i), cur.offset, cur.line_at(cur.i), True)
            elif c == _LBRACE:
                yield self._element(True)
            else:
                yield self._stray()

    _open = False  # a record that is no resume point came out of the current top-level object

    def _records(self, prefix: bytes, resumable: bool) -> Generator[Element, None, bool]:
        """The records array's elements, each with the context `prefix` spliced in, up to
        its `]`. Returns False when the stream ended first."""
        cur = self.cursor
        resumable = resumable and self.document.kind != "concatenated"
        while True:
            c = cur.peek()
            if c is None:
                yield self._cut("JSON document cut short: its records array never closes")
                return False
            if c == _RBRACKET:
                cur.i += 1
                return True
            if c == _COMMA:
                cur.i += 1
                continue
            element = self._element(resumable, prefix)
            self._open = self._open or not resumable
            yield element
            if element.reason == CUT_SHORT:
                return False

    def _object(
        self, path: tuple[str, ...], context: Context, in_array: bool
    ) -> Generator[Element, None, bool]:
        """The members of the object at the cursor: the records under `path` (the objects
        of an array on the way each walked in turn), the context keys before them kept, the
        rest passed. Returns False when the stream ended first."""
        cur = self.cursor
        cur.i += 1
        while True:
            c = cur.peek()
            if c is None:
                yield self._cut("JSON document cut short: its object never closes")
                return False
            if c == _RBRACE:
                cur.i += 1
                return True
            if c in (_COMMA, _COLON):
                cur.i += 1
                continue
            key = _member_key(cur)
            c = cur.peek()
            if c is None:
                continue
            ok = None
            if key == path[0] and c in _OPEN and (in_array or len(self.document.path) == 1):
                # The records' wrapper (the top-level object, or for OTLP each object of the
                # arrays on the way): the context members it holds after them count too.
                have = {k for k, _ in context}
                if any(k not in have for k in self._context_keys):
                    context = (*context, *self._trailing_context())
            if key == path[0] and c == _LBRACKET:
                cur.i += 1
                if len(path) == 1:
                    # A record read again from its resume point gets the head's context: so
                    # only records with that context, and not inside an array of wrappers,
                    # are resume points.
                    resumable = not in_array and context == self.document.context
                    ok = yield from self._records(_prefix(context), resumable)
                else:
                    ok = yield from self._objects(path[1:], context)
            elif key == path[0] and c == _LBRACE and len(path) > 1:
                ok = yield from self._object(path[1:], context, in_array)
            elif key in self._context_keys:
                text = cur.value(CONTEXT_BYTES)[0]
                if text is not None:
                    context = (*context, (key, text))
                continue
            if ok is False:
                return False
            if ok is None:
                cur.value(0)  # another member: passed

    def _trailing_context(self) -> Context:
        """The context members of the object the cursor is in that come after the value at the
        cursor, looked ahead for (the cursor then put back); () when the object does not end
        within LOOKAHEAD_BYTES, or is cut short."""
        cur = self.cursor
        back = cur.i
        limit = cur.offset + LOOKAHEAD_BYTES
        cur.pin, cur.limit = cur.i, limit
        found: list[tuple[str, bytes]] = []
        try:
            if not cur.value(0)[2]:
                return ()
            while (c := cur.peek()) != _RBRACE:
                if c is None:
                    return ()
                if c in (_COMMA, _COLON):
                    cur.i += 1
                    continue
                key = _member_key(cur)
                if cur.peek() is None:
                    return ()
                wanted = key in self._context_keys
                text, _head, ended = cur.value(CONTEXT_BYTES if wanted else 0)
                if not ended:
                    return ()
                if wanted and text is not None:
                    found.append((key, text))  # type: ignore[arg-type]
            # (however much the chunks read happen to hold: the same on every read)
            return tuple(found) if cur.offset <= limit else ()
        finally:
            cur.i, cur.pin, cur.limit = back, None, None

    def _objects(self, path: tuple[str, ...], context: Context) -> Generator[Element, None, bool]:
        """An array of wrapping objects (OTLP's `resourceLogs`, `scopeLogs`), each walked
        for the records under `path`; an element that is no object is rejected."""
        cur = self.cursor
        while True:
            c = cur.peek()
            if c is None:
                yield self._cut("JSON document cut short: an array never closes")
                return False
            if c == _RBRACKET:
                cur.i += 1
                return True
            if c == _COMMA:
                cur.i += 1
            elif c == _LBRACE:
                if not (yield from self._object(path, context, True)):
                    return False
            else:
                element = self._element(False)
                self._open = True
                yield element
                if element.reason == CUT_SHORT:
                    return False

    def _element(self, resumable: bool, prefix: bytes = b"") -> Element:
        cur = self.cursor
        line = cur.line_at(cur.i)
        first = cur.buf[cur.i]
        if self._boundary is None and self._learning and first == _LBRACE:
            self._learning -= 1
            self._boundary = _record_boundary(cur.buf, cur.i, cur.base == 0)
        text, head, ended = cur.value(self.max_bytes, self._boundary)
        end, end_line = cur.offset, cur.line_at(cur.i)
        if cur.resynced is not None:
            return Element(head, line, end, end_line, resumable, BROKEN)
        if not ended:
            return Element(head, line, end, end_line, False, CUT_SHORT)
        if text is None:
            reason = f"JSON record over {self.max_bytes // 1024} KiB: not read"
            return Element(head, line, end, end_line, resumable, reason)
        if first != _LBRACE:
            return Element(text, line, end, end_line, resumable, _not_object(first))
        if self.document.unwrap is not None:
            text = _unwrapped(text, self.document.unwrap)
        if prefix:
            text = _with_context(prefix, text)
        return Element(text, line, end, end_line, resumable)

    def _stray(self) -> Element:
        """Text outside the document (after its end): up to the next line that opens an
        object or array, kept as one rejection however long it is."""
        cur = self.cursor
        line = cur.line_at(cur.i)
        head = b""
        while True:
            m = _NEXT_OPENING.search(cur.buf, cur.i)
            # (a final newline waits for the next chunk: the line after it may open one)
            stop = m.start() if m else len(cur.buf) - cur.buf.endswith(b"\n")
            if len(head) < RAW_BYTES:
                head += cur.buf[cur.i : stop][: RAW_BYTES - len(head)]
            cur.i = stop
            if m is not None:
                cur.i = m.end()
                break
            if not cur.more():
                cur.i = len(cur.buf)
                break
        resumable = self.document.kind == "concatenated"
        reason = "text outside the JSON document"
        return Element(head.rstrip(), line, cur.offset, cur.line_at(cur.i), resumable, reason)

    def _cut(self, reason: str) -> Element:
        cur = self.cursor
        line = cur.line_at(cur.i)
        return Element(b"", line, cur.offset, line, False, reason)

    def blocks(self, fmt: Any, size: int = 1024) -> Iterator[tuple[list, list, list, Line | None]]:
        """(line numbers, the format's rows, rejections, the resume point after them or None),
        `size` elements at a time: the json format reads each record (`parse_block`) as it
        reads a JSON line, aliases and dialects alike."""
        numbers: list[int] = []
        texts: list[str] = []
        refused: list[Rejected] = []
        resume: Line | None = None
        explain = getattr(fmt, "reject_reason", None)

        def block() -> tuple[list, list, list, Line | None]:
            rows = fmt.parse_block(texts) if texts else []
            good, kept = [], []
            for number, text, row in zip(numbers, texts, rows, strict=True):
                if row is None:
                    why = (explain(text) if explain else None) or "not a JSON record"
                    refused.append(Rejected(number, why, text))
                else:
                    good.append(number)
                    kept.append(row)
            out = (good, kept, list(refused), resume)
            numbers.clear()
            texts.clear()
            refused.clear()
            return out

        for element in self.elements():
            raw = decode(element.text or b"")
            if element.reason is not None:
                refused.append(Rejected(element.line, element.reason, raw))
            elif element.text is None:
                pass  # a mark: only a resume point
            else:
                numbers.append(element.line)
                texts.append(raw)
            # A batch may end here only when the element read last ends at a resume point.
            resume = (
                Line("", element.end_line, element.end, element.end, physical=0)
                if element.resumable
                else None
            )
            if len(texts) + len(refused) >= size:
                yield block()
        if texts or refused:
            yield block()


# A record's first key, as written (`"eventVersion"`), after its `{`.
_FIRST_KEY = re.compile(rb'\{[ \t\r\n]{0,64}+("[^"\\]{1,128}+")[ \t\r\n]{0,64}+:')


def _record_boundary(buf: bytes, i: int, at_start: bool) -> re.Pattern[bytes] | None:
    """How the document separates its records, from the one starting at buf[i]; a match ends
    just past a record's closing brace. Records a line each or pretty-printed (the record
    opens a line; `jq`, `json.dumps(indent=)`, the AWS CLI, Cloud Logging's download): its
    `}`, a comma, a newline and the next record's `{` at the very same indentation, or the
    array's `]` at a smaller one. No valid record holds that: a string holds no newline, and
    a pretty-printer indents what a record holds deeper. Records on one line (CloudTrail,
    `JSON.stringify`): `},{` then the first key records start with (`"eventVersion":`); a
    nested array of objects that start with it is valid JSON, which the frame is then checked
    for. None: neither (a document whose records say nothing alike).

    A read resumed inside the document learns it from its own first record: the same, as the
    records are written alike."""
    nl = buf.rfind(b"\n", 0, i)
    if nl >= 0 or at_start:
        indent = buf[nl + 1 : i]
        if len(indent) <= 64 and not indent.strip(b" \t"):
            close = rb"[ \t]{0,8}+,?[ \t\r]{0,8}+\n" + re.escape(indent) + rb"\{"
            if indent:
                close += rb"|[ \t\r]{0,8}+\n[ \t]{0,%d}+\]" % (len(indent) - 1)
            return re.compile(rb"\}(?=" + close + rb")")
    m = _FIRST_KEY.match(buf, i)
    if m is None:
        return None
    key = re.escape(m.group(1))
    blanks = rb"[ \t\r\n]{0,8}+"
    return re.compile(rb"\}(?=[ \t]{0,8}+," + blanks + rb"\{" + blanks + key + rb"[ \t]{0,8}+:)")


def _is_json(text: bytes) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def _member_key(cur: _Cursor) -> str | None:
    """The key of the object member at the cursor (None for a member that has none), the
    cursor moved past it and its colon."""
    key = _key(cur.value(256)[0]) if cur.peek() == _QUOTE else None
    if cur.peek() == _COLON:
        cur.i += 1
    return key


def _key(text: bytes | None) -> str | None:
    try:
        key = orjson.loads(text) if text else None
    except orjson.JSONDecodeError:
        return None
    return key if isinstance(key, str) else None


def _prefix(context: Context) -> bytes:
    """The text that opens a record with the context's members: `{"logGroup":"/x",`."""
    if not context:
        return b""
    return b"{" + b",".join(orjson.dumps(k) + b":" + v for k, v in context) + b","


def _with_context(prefix: bytes, text: bytes) -> bytes:
    """A record's text with the context members first (later keys win: its own)."""
    rest = text[1:]
    if rest.lstrip(b" \t\r\n")[:1] == b"}":  # an empty object
        return prefix[:-1] + rest
    return prefix + rest


def _not_object(first: int) -> str:
    kind = {_QUOTE: "a string", _LBRACKET: "an array", ord("t"): "a boolean"}.get(first)
    kind = kind or {ord("f"): "a boolean", ord("n"): "null"}.get(first)
    if kind is None:
        kind = "a number" if first in b"-0123456789" else "not JSON"
    return f"JSON document element is {kind}, not an object"


UNWRAP_KEPT = ("_index", "_id")
"""An Elasticsearch / OpenSearch hit's members kept with its `_source`: which index (which
data stream, which day) and which document it is, to find it again in Kibana or `GET`."""


def _unwrapped(text: bytes, key: str) -> bytes:
    """The record under `key` of an element (an Elasticsearch hit's `_source`) with the hit's
    UNWRAP_KEPT members (its own keys win), else the element as it is (the json format then
    reads, or rejects, it whole)."""
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        return text
    inner = obj.get(key) if type(obj) is dict else None
    if type(inner) is not dict:
        return text
    for kept in UNWRAP_KEPT:
        if kept in obj:
            inner.setdefault(kept, obj[kept])
    return orjson.dumps(inner)


# -- detection --------------------------------------------------------------------------------


def detect_document(sample: bytes) -> Document | None:
    """The document shape of a file that starts with `sample`, or None (JSON lines, or not JSON
    at all). A document only when its start says so: `[` then an object; a first object that
    does not close on its first line; or a first object that wraps a records array."""
    head = sample.removeprefix(_BOM).lstrip(b" \t\r\n")
    if head[:1] == b"[":
        return _array(head)
    if head[:1] == b"{":
        return _object(head)
    return None


def _array(head: bytes) -> Document | None:
    cur = _Cursor(_Bytes(head), 0, 1)
    cur.peek()
    cur.i += 1
    c = cur.peek()
    if c == _RBRACKET:
        return Document("array", (), "an empty JSON array")
    if c != _LBRACE:
        return None
    text, _head, ended = cur.value(len(head))
    if ended:
        # Its first element an object, then more of the array: `[{"a": 1}] text` is a line of
        # text that happens to start like one.
        after = cur.peek()
        if after == _RBRACKET:  # a one-record array: nothing but another array may follow
            cur.i += 1
            after = _LBRACKET if cur.peek() in (_LBRACKET, None) else None
        if not _is_object(text) or after not in (_COMMA, _LBRACKET):
            return None
    elif _OBJECT_START.match(head) is None:
        return None
    return Document("array", (), "a JSON array of records")


def _object(head: bytes) -> Document | None:
    cur = _Cursor(_Bytes(head), 0, 1)
    cur.peek()
    members, closed = _scan_members(cur, 0)
    first_line = head.split(b"\n", 1)[0]
    one_line = closed and cur.offset <= len(first_line)
    # A first line that is one object with more lines after it may be a JSON line that has a
    # list of objects: only a well-known key makes it a wrapper then.
    wrapper = _wrapper_path(members, any_key=not one_line or cur.peek() is None)
    if wrapper is not None:
        path, unwrap = wrapper
        reason = f'JSON document: records under "{".".join(path)}"'
        if unwrap:
            reason += f" (each its {unwrap})"
        context = _head_context(members, path, closed)
        return Document("wrapped", path, reason, unwrap, context)
    if one_line:
        return None  # a complete object on the first line: JSON lines
    if not closed:  # longer than the sample: only a pretty-printer's opening line says so,
        # its first member's key after it (a stray `{` line before JSON lines has a record
        # there, which no object holds as it stands)
        after = head[len(first_line) :].lstrip(b" \t\r\n")[:1]
        ok = first_line.strip() == b"{" and after in (b'"', b"}")
    else:
        ok = _is_object(head[: cur.offset]) and cur.peek() in (_LBRACE, None)
    return Document("concatenated", (), "concatenated JSON objects, pretty-printed") if ok else None


def _head_context(members: list[_Member], path: tuple[str, ...], closed: bool) -> Context:
    """The context members the reader gives the first wrapper's records, as it finds them:
    those before the records, then, when some are missing and the sample holds the whole
    wrapper, those after them (a value the sample cuts is left out: the records then are no
    resume points)."""
    keys = CONTEXT_KEYS.get(path[-1], ())
    at = next((n for n, m in enumerate(members) if m.key == path[0]), len(members))
    context = [(m.key, m.raw) for m in members[:at] if m.key in keys and m.raw is not None]
    if closed and len(path) == 1 and any(k not in {c[0] for c in context} for k in keys):
        context += [
            (m.key, m.raw) for m in members[at + 1 :] if m.key in keys and m.raw is not None
        ]
    return tuple(context)


def _is_object(text: bytes | None) -> bool:
    try:
        return type(orjson.loads(text or b"")) is dict
    except orjson.JSONDecodeError:
        return False


@dataclass(slots=True)
class _Member:
    key: str
    kind: str  # "objects" (an array whose first element is an object), "empty" ([]), "object"
    # (for "object"): its own members, for Elasticsearch's hits.hits
    members: list[_Member] | None = None
    raw: bytes | None = None  # a context member's JSON text (CONTEXT_KEYS)


def _scan_members(cur: _Cursor, depth: int) -> tuple[list[_Member], bool]:
    """The members of the object at the cursor as far as the sample goes, and whether it
    closes within it (the nested objects of the first level are read too: hits.hits)."""
    members: list[_Member] = []
    cur.i += 1
    while (c := cur.peek()) is not None:
        if c == _RBRACE:
            cur.i += 1
            return members, True
        if c in (_COMMA, _COLON):
            cur.i += 1
            continue
        key = _member_key(cur)
        c = cur.peek()
        if c is None:
            break
        if c == _LBRACE and depth == 0:
            inner, closed = _scan_members(cur, depth + 1)
            if key is not None:
                members.append(_Member(key, "object", inner))
            if not closed:
                break
            continue
        kind = "scalar"
        if c == _LBRACKET:
            rest = cur.buf[cur.i + 1 : cur.i + 4096].lstrip(b" \t\r\n")[:1]
            kind = {b"{": "objects", b"]": "empty"}.get(rest, "list")
        raw, _head, ended = cur.value(CONTEXT_BYTES if key in _ANY_CONTEXT else 0)
        if key is not None:
            members.append(_Member(key, kind, raw=raw if ended and key in _ANY_CONTEXT else None))
    return members, False


def _wrapper_path(
    members: list[_Member], any_key: bool
) -> tuple[tuple[str, ...], str | None] | None:
    """Where a wrapping object's records are (and the key that holds each record), or None
    for an object that is a record itself; under a key of WRAPPER_KEYS, or (`any_key`) under
    the only one that holds a list of objects."""
    if any(m.key in _NOT_WRAPPER for m in members):
        return None
    by_key = {m.key: m for m in members}
    otlp = by_key.get(OTLP_PATH[0])
    if otlp is not None and otlp.kind in ("objects", "empty"):
        return OTLP_PATH, None
    for key in WRAPPER_KEYS:
        m = by_key.get(key)
        if m is not None and m.kind in ("objects", "empty"):
            return (key,), None
    hits = by_key.get("hits")
    if hits is not None and hits.kind == "object" and hits.members is not None:
        inner = {m.key: m for m in hits.members}.get("hits")
        if inner is not None and inner.kind in ("objects", "empty"):
            return ("hits", "hits"), "_source"  # Elasticsearch / OpenSearch `_search`
    holding = [m for m in members if m.kind == "objects"]
    if any_key and len(holding) == 1:
        return (holding[0].key,), None
    return None


_ANY_CONTEXT = frozenset(k for keys in CONTEXT_KEYS.values() for k in keys)


class _Bytes:
    """`read` over bytes in memory (a sample), for `_Cursor`."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def read(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += len(out)
        return out
