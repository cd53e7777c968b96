"""journalctl's record outputs, each entry over several lines: `-o export` and `-o verbose`.

Export (systemd's Journal Export Format), entries separated by a blank line, one field a line:

    __CURSOR=s=7f3c...;i=1a2b;b=5d8e...;m=2f4a1c;t=6464d1d3e5a31;x=9c0e...
    __REALTIME_TIMESTAMP=1796098536401651
    __MONOTONIC_TIMESTAMP=3098201
    _BOOT_ID=5d8e...
    _TRANSPORT=syslog
    PRIORITY=6
    SYSLOG_IDENTIFIER=sshd
    MESSAGE=Accepted publickey for alice from 10.0.0.5 port 52314 ssh2
    _HOSTNAME=web-1

A value that is not printable UTF-8 on one line (a message of several lines, a service's
coloured output) is written binary: the field's name alone on a line, then its length as 64
bits little-endian, the bytes, and a newline. The reader drops NUL bytes and reads the rest as
UTF-8 (invalid bytes replaced), so the length is found again by the bytes that follow it
(`_binary_value`).

Verbose, an entry a timestamp and the cursor on a line of their own, then its fields indented
by four blanks; a value of several lines goes on, indented under it:

    Tue 2026-12-01 04:15:36.401651 UTC [s=7f3c...;i=1a2b;b=5d8e...;m=2f4a1c;t=6464d1d3e5a31;x=...]
        _TRANSPORT=stdout
        PRIORITY=6
        SYSLOG_IDENTIFIER=myapp
        MESSAGE=Traceback (most recent call last):
                  File "/srv/app/worker.py", line 12, in <module>
        _HOSTNAME=web-1

Each entry is one event, read as `journalctl -o json`'s record is (`jsonl.journal_record`):
MESSAGE the message (a program's own line in it read with its format), PRIORITY the level,
SYSLOG_IDENTIFIER (else _COMM) the service, _HOSTNAME the host, _SOURCE_REALTIME_TIMESTAMP
(else __REALTIME_TIMESTAMP) the time, the other fields attributes. Verbose prints no
__REALTIME_TIMESTAMP field: the cursor's `t=` holds it (hexadecimal microseconds), exact and
free of zones, where the header's time is in the zone journalctl ran in. A MESSAGE of several
lines keeps its first line as the message and the others as the event's continuation, so a
traceback in it is read as a plain-text one is.

Owns `JournalExportFormat` and `JournalVerboseFormat`, the module instances `EXPORT` (name
"journal-export") and `VERBOSE` ("journal-verbose"), and `from_sample`, which tells either log
by its entries (detection does not count the field lines, which logfmt would take).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from errctl.formats.decoding import decode
from errctl.formats.jsonl import journal_record
from errctl.models import ParsedFields

_CURSOR = "__CURSOR="
# A cursor as journalctl prints it: the seqnum id, seqnum, boot id, monotonic and realtime
# times, xor hash, each `k=hex` (realtime in microseconds since the epoch).
_CURSOR_TEXT = (
    r"s=[0-9a-f]{32};i=[0-9a-f]{1,16};b=[0-9a-f]{32};m=[0-9a-f]{1,16};"
    r"t=(?P<t>[0-9a-f]{1,16});x=[0-9a-f]{1,16}"
)
_EXPORT_HEADER = re.compile(_CURSOR + _CURSOR_TEXT + r"\Z")
# `-o verbose`'s header: the entry's time to the microsecond with its weekday and zone, then
# the cursor in brackets.
_VERBOSE_HEADER = re.compile(
    r"(?:[A-Z][a-z]{2} )?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? [^\s\[\]]{1,64} "
    r"\[" + _CURSOR_TEXT + r"\]\Z"
)
# A field: systemd's names are upper-case letters, digits and `_`, not starting with a digit.
_FIELD = re.compile(r"(?P<name>[A-Z_][A-Z0-9_]{0,63})=(?P<value>.*)\Z", re.DOTALL)
_NAME = re.compile(r"[A-Z_][A-Z0-9_]{0,63}\Z")
_VERBOSE_FIELD = re.compile(r"    (?P<name>[A-Z_][A-Z0-9_]{0,63})=(?P<value>.*)\Z", re.DOTALL)
_REALTIME = "__REALTIME_TIMESTAMP"


class JournalExportFormat:
    name = "journal-export"
    multiline = True
    continues_own = True  # `continues` goes on only an entry this format opened

    def parse(self, line: str) -> ParsedFields | None:
        if line[:9] != _CURSOR or _EXPORT_HEADER.match(line) is None:
            return None
        return ParsedFields(line)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """Every line of an open entry (`opened` its cursor line) up to the next entry's
        cursor: its fields, and the lines of a binary value, whatever they hold."""
        if opened is None or opened[:9] != _CURSOR or line[:9] == _CURSOR:
            return None
        return line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """An entry's lines as one event (module docstring)."""
        if fields.message[:9] != _CURSOR:
            return fields, continuation
        record: dict[str, Any] = {"__CURSOR": fields.message[9:]}
        i = 0
        while i < len(continuation):
            line = continuation[i]
            i += 1
            found = _FIELD.match(line)
            if found is not None:
                record.setdefault(found["name"], found["value"])
            elif _NAME.match(line) is not None:
                value, i = _binary_value(continuation, i)
                record.setdefault(line, value)
        return _entry(record, fields)


class JournalVerboseFormat:
    name = "journal-verbose"
    multiline = True
    continues_own = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[-1:] != "]" or (found := _VERBOSE_HEADER.match(line)) is None:
            return None
        return ParsedFields(line, _realtime(found["t"]))

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """An indented line under an entry's header (`opened`): a field, or a line of the
        value above it."""
        if opened is None or line[:1] not in (" ", "\t") or opened[-1:] != "]":
            return None
        return line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """An entry's lines as one event (module docstring)."""
        found = _VERBOSE_HEADER.match(fields.message)
        if found is None:
            return fields, continuation
        record: dict[str, Any] = {_REALTIME: _realtime(found["t"])}
        name = None
        indent = 0
        for line in continuation:
            field = _VERBOSE_FIELD.match(line)
            if field is not None:
                name = field["name"]
                indent = 4 + len(name) + 1  # journalctl indents a value's next lines so
                if name in record and name != _REALTIME:
                    name = None  # a field repeated: its first value stands
                else:
                    record[name] = field["value"]
            elif name is not None:
                rest = line[indent:] if line[:indent].isspace() else line.lstrip()
                record[name] = f"{record[name]}\n{rest}"
        return _entry(record, fields)


def _realtime(hex_usec: str) -> str:
    """The cursor's `t=`, as __REALTIME_TIMESTAMP writes it (decimal microseconds)."""
    return str(int(hex_usec, 16))


def _entry(record: dict[str, Any], header: ParsedFields) -> tuple[ParsedFields, list[str]]:
    """The event of an entry's fields, as `-o json`'s record of them reads, and the lines of
    its MESSAGE after the first (the event's continuation)."""
    message = record.get("MESSAGE")
    if not isinstance(message, str):
        return header, []
    first, *rest = message.rstrip("\n").split("\n")
    record["MESSAGE"] = first
    fields = journal_record(record)
    if fields is None:
        return header, []
    return fields, rest


def _binary_value(lines: list[str], i: int) -> tuple[str, int]:
    """A binary field's value, its lines from `lines[i]` on, and the index of the line after
    it. Its 64-bit length came through without its NUL bytes (each byte above 127 a character
    of its own, `decoding`; a U+FFFD where an older reader replaced it):
    the value is the text between a few first characters and a newline that ends the entry or
    comes before a field, whose length those characters spell (a U+FFFD among them spells
    too many). The reader shows text as a
    terminal would (`escapes.as_shown`: a coloured line loses its escape sequences), so a
    length a little above the text's, up to the first field, will do too. Failing both, the
    value runs to the next field, what can only be the length's bytes dropped."""
    text = "\n".join(lines[i:])
    ends = [m.start() for m in _LINE_END.finditer(text) if _after_value(text, m.start())]
    for size in range(1, min(9, len(text) + 1)):
        head = text[:size]
        if "\ufffd" in head:
            break  # a U+FFFD spells any byte above 127: a length of it tells no end apart
        for end in ends:
            if end >= size and _spelled(len(text[size:end].encode("utf-8"))) == head:
                return text[size:end], i + text.count("\n", 0, end) + 1
    first = next((end for end in ends if end > 0), len(text))
    for size in range(1, min(9, first + 1)):
        seen = len(text[size:first].encode("utf-8"))
        head = text[:size]
        if any(_spelled(n) == head for n in range(seen, seen + max(64, seen // 4))):
            return text[size:first], i + text.count("\n", 0, first) + 1
    value = text[:first].lstrip(_LENGTH_BYTES)
    return value, i + text.count("\n", 0, first) + 1


def _spelled(length: int) -> str:
    """A length as the reader shows its 64 bits little-endian: NUL bytes dropped, the others
    decoded as the reader decodes (`decoding`: a byte above 127 alone is a Windows-1252
    character)."""
    return decode(length.to_bytes(8, "little").replace(b"\0", b""))


# What a length's bytes show as that a value does not start with: control characters, U+FFFD
# (a UTF-8 reader's), and what a byte above 127 alone reads as.
_LENGTH_BYTES = (
    "".join(map(chr, range(1, 32))).replace("\t", "")
    + "\ufffd"
    + "".join(decode(bytes([b])) for b in range(128, 256))
)
_LINE_END = re.compile(r"\n|\Z")


def _after_value(text: str, end: int) -> bool:
    """Whether the entry ends at `end` or a field's line starts right after it."""
    if end >= len(text):
        return True
    stop = text.find("\n", end + 1)
    line = text[end + 1 : stop if stop >= 0 else len(text)]
    return _FIELD.match(line) is not None or _NAME.match(line) is not None


EXPORT = JournalExportFormat()
VERBOSE = JournalVerboseFormat()

MIN_ENTRIES = 1


def from_sample(lines: list[str]) -> tuple[str, int] | None:
    """(format name, entries) when the sample holds entries of `-o export` (a cursor line
    right above a __REALTIME_TIMESTAMP line) or `-o verbose` (a header line above an indented
    field); None otherwise."""
    export = verbose = 0
    for line, below in pairwise(lines):
        if line[:9] == _CURSOR and below.startswith(_REALTIME + "="):
            export += EXPORT.parse(line) is not None
        elif line[-1:] == "]" and _VERBOSE_FIELD.match(below) is not None:
            verbose += VERBOSE.parse(line) is not None
    if export >= MIN_ENTRIES and export >= verbose:
        return EXPORT.name, export
    if verbose >= MIN_ENTRIES:
        return VERBOSE.name, verbose
    return None
