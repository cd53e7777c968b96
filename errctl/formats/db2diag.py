"""IBM Db2's diagnostic log, `db2diag.log` (Db2 9.5 to 11.5, on Linux, UNIX and Windows):

    2024-06-11-06.00.02.123456+000 I12345E456          LEVEL: Error
    PID     : 1234                 TID : 140234        PROC : db2sysc 0
    INSTANCE: db2inst1             NODE : 000          DB   : SAMPLE
    APPHDL  : 0-7                  APPID: *LOCAL.db2inst1.240611060002
    AUTHID  : DB2INST1             HOSTNAME: db2host1
    EDUID   : 22                   EDUNAME: db2agent (SAMPLE) 0
    FUNCTION: DB2 UDB, buffer pool services, sqlbAlterBufferPool, probe:50
    MESSAGE : ADM6073W  The table space "TS1" (ID "3") is configured to use buffer pool
              ID "4", but this buffer pool is not active at this time.
    DATA #1 : String, 25 bytes
    some data

A record is a header line, then its field lines, then a blank line. The header holds the
record's local time (`YYYY-MM-DD-HH.MM.SS.ffffff`) and its offset from UTC in minutes (`+000`,
`-300`, `+330`), the record id (`I` for a diagnostic record, `E` for an event record, its byte
offset in the file, a letter, its length) and the level. A field line is a name padded to
eight columns and a colon (`PID     :`, `DATA #1 :`, `CALLSTCK:`); the identity lines hold
several fields each (`TID : ...`, `APPID: ...`). A text field goes on over lines indented
under it (a MESSAGE over three lines); a `DATA #n` or `ARG #n` item, its type and size on its
line, holds its payload on the lines below it, as written (a string, a hex dump, a struct);
`CALLSTCK:` its frames (`  [0] 0x00007F... sqlbAlterBufferPool + 0x1234`). Versions add
fields (`CHANGE`, `START`, `STOP`, `IMPACT`, `RETCODE`, `CALLED`, `OSERR`, `UOWID`, ...):
every field is read alike, by its padded name, known or not.

Owns `Db2DiagFormat` and the module instance `FORMAT` (name "db2diag"). Framing gives a format
one header line at a time: `parse` reads the header alone (the time, aware at its offset; the
level: Critical and Severe critical, Error error, Warning warning, Event and Info info; the
record id an attribute), and `continues` keeps every line up to the next header in the record
(its fields, and payloads that look like anything, a timestamp or another log's line). Framing
holds the blank line between records back and drops it, as it does every trailing blank line;
a blank line inside a payload, with more of the record after it, stays. `fold` (as journal's
export entries are read) then makes the record's field lines the event:

- the message names the statement that wrote the record: its FUNCTION without the product
  (`buffer pool services, sqlbAlterBufferPool, probe:50`: component, function and probe, the
  call site in Db2's code, which the same text written from another function does not share;
  the product, `DB2 UDB` on nearly every record, is an attribute) and what it says, each of
  its MESSAGE, CHANGE, START and STOP fields in its order (`KEY: text`, a field over lines
  joined on one line). A record that says nothing else is
  named by its RETCODE (the ZRC code and its text), else by the first line of its first
  textual DATA item (`String`, `<preformatted>`: a security plugin's message). Values the text
  holds are the template miner's to mask, as in any message;
- HOSTNAME is the host, the FUNCTION's component the logger (`buffer pool services`, as SQL
  Server's `Logon` is `mssql`'s); PID, TID, PROC, INSTANCE, NODE, DB, APPHDL, APPID, AUTHID,
  EDUID, EDUNAME and every other field are attributes under their names in lower case
  (`data_1` and its `data_1_type` for `DATA #1`, `callstck` for the stack), with the
  function, its probe and product, and the message id (`ADM6073W`) the MESSAGE opens with.
  The instance and database are not the service: an instance is a name the administrator gives
  a Db2 installation (`db2inst1` everywhere), not the program; the service stays the source's
  (`--service`, or the config's `service` for the file), as for PostgreSQL's and SQL Server's
  logs.

A record damaged in any way stays one event with every line kept: a field line missing is an
attribute missing, a header cut short is read as far as it goes (a header without its offset
has a naive time, read in the source's zone), a line that is no field and under none (the
start of a file cut mid-record has no header: those lines are raw text) goes on the message.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from itertools import count
from typing import Any

from errctl.formats.base import number
from errctl.models import ParsedFields

# The header, read as far as it goes: a header cut short (the writer killed mid-line, a copy
# cut at a size) is still a record's first line, with its time; only the time to the second
# is required, then each part in its order.
_HEADER = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)-(?P<hour>\d\d)\.(?P<minute>\d\d)"
    r"\.(?P<second>\d\d)(?:\.(?P<fraction>\d{1,6})"
    r"(?:(?P<offset>[+-]\d{1,4})"
    r"(?: +(?P<id>[A-Z]\d{1,20}(?:[A-Z]\d{0,20})?)"
    r"(?: +LEVEL ?:(?: ?(?P<level>[A-Za-z]{1,16})(?: \((?P<qualifier>[^()]{1,32})\))?)?)?"
    r")?)?)?[ \t]*"
)
LEVELS = {
    "Critical": "critical",
    "Severe": "critical",
    "Error": "error",
    "Warning": "warning",
    "Event": "info",
    "Info": "info",
}
"""Db2's record levels (`LEVEL:`), as levels; an Event record (id `E...`) notes a start, a stop
or a change, and is info. Another word is handed on as written, for normalisation to read."""

# A field line: a name padded to eight columns, then a colon (`PID     :`, `DATA #1 :`); a name
# longer than that (`DATA #10:`) is followed by its colon at once.
_FIELD = re.compile(r"(?P<key>[A-Z][A-Z0-9_]{0,15}(?: #\d{1,4})?)(?P<pad> *):(?: |\Z)")
KEY_WIDTH = 8
# The fields Db2 is known to write, by name: only these end a payload (a DATA item's string may
# hold a line that looks like a field), and only these are claimed as a record's in detection.
# Elsewhere in a record, any name in the layout is a field (a version's new ones).
KNOWN_KEYS = frozenset(
    (
        "PID",
        "TID",
        "PROC",
        "INSTANCE",
        "NODE",
        "DB",
        "APPHDL",
        "APPID",
        "AUTHID",
        "HOSTNAME",
        "EDUID",
        "EDUNAME",
        "UOWID",
        "ACTID",
        "FUNCTION",
        "MESSAGE",
        "CHANGE",
        "START",
        "STOP",
        "IMPACT",
        "RETCODE",
        "CALLED",
        "OSERR",
        "CALLSTCK",
        "ARCHIVE",
    )
)
_NUMBERED = re.compile(r"(?:DATA|ARG) #\d{1,4}\Z")
# The identity lines, whose fields share a line (`PID : ... TID : ... PROC : ...`); a second
# field starts after a blank with its name, blanks and a colon. Values hold blanks (`db2sysc 0`,
# `db2agent (SAMPLE) 0`) but no capitals' name before `: `.
_IDENTITY = frozenset(("PID", "INSTANCE", "APPHDL", "AUTHID", "EDUID", "UOWID", "ACTID"))
_NEXT_FIELD = re.compile(r" +(?P<key>[A-Z][A-Z0-9]{1,15}) *: ?")
# What names the record, in the message (module docstring).
_SAID = ("MESSAGE", "CHANGE", "START", "STOP")
# A DATA item whose payload is text, which names a record that says nothing else.
_TEXT_DATA = ("String", "<preformatted>")
# A message id opening a MESSAGE: ADM (administration notification), DIA (diagnostic), SQL.
_MESSAGE_ID = re.compile(r"(?:ADM|DIA|SQL)\d{3,5}[A-Z]\b")
# FUNCTION's value: `DB2 UDB, buffer pool services, sqlbAlterBufferPool, probe:50`.
_FUNCTION = re.compile(
    r"(?P<product>[^,]{1,64}), (?P<component>[^,]{1,128}), (?P<function>[^,]{1,256}),"
    r" probe:(?P<probe>\d{1,10})\Z"
)
_KEY_INITIALS = frozenset(key[0] for key in (*KNOWN_KEYS, "DATA", "ARG"))


class Db2DiagFormat:
    name = "db2diag"
    multiline = True
    continues_own = True  # `continues` goes on only a record this format opened

    def parse(self, line: str) -> ParsedFields | None:
        m = _header(line)
        if m is None:
            return None
        attributes: dict[str, Any] = {}
        if m["id"]:
            attributes["record_id"] = m["id"]
        if m["qualifier"]:
            attributes["level_qualifier"] = m["qualifier"]  # `LEVEL: Error (OS)`
        said = m["level"]
        level = LEVELS.get(said, said) if said else None
        # The message is the record's fields' (`fold`): none until they come, so a header at
        # the end of a file still being written waits for them (`framing.unfinished_record`).
        return ParsedFields("", _time(m), level, attributes=attributes or None)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """Every line of an open record (`opened` its header) up to the next header: its
        fields and their payloads, whatever those hold. With no record open (detection), a
        field line Db2 writes (`PID     : ...`, `DATA #1 : ...`), so that a file's fields do
        not dilute its headers' share."""
        if opened is None:
            return line if _known_field(line) is not None else None
        return None if _header(line) is not None else line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A record's lines (its header in `fields`, the others in `continuation`) as one
        event (module docstring); lines under no field are returned, to go on the message."""
        record, unread = _fields(continuation)
        if not record:
            return fields, continuation
        attributes: dict[str, Any] = dict(fields.attributes or {})
        host = logger = function = None
        said: list[str] = []
        for key, value, lines in record:
            name = key.lower().replace(" #", "_")
            if name in attributes:  # a field written twice: the second under `name_2`
                name = next(f"{name}_{n}" for n in count(2) if f"{name}_{n}" not in attributes)
            if key == "HOSTNAME" and host is None:
                host = value or None
            elif key == "FUNCTION" and function is None:
                function = _text(value, lines)
                found = _FUNCTION.match(function)
                if found is not None:
                    logger = found["component"]
                    attributes.update(
                        product=found["product"],
                        function=found["function"],
                        probe=number(found["probe"]),
                    )
                    function = function[found.end("product") + 2 :]  # the product: an attribute
                else:
                    attributes["function"] = function
            elif key in _SAID:
                text = _text(value, lines)
                said.append(f"{key}: {text}")
                if key == "MESSAGE" and (found_id := _MESSAGE_ID.match(text)) is not None:
                    attributes.setdefault("message_id", found_id.group())
            elif _NUMBERED.match(key) is not None:
                attributes[f"{name}_type"] = value
                attributes[name] = "\n".join(lines)
            elif key == "CALLSTCK":
                attributes[name] = "\n".join([value, *lines] if value else lines)
            elif key in ("PID", "TID", "EDUID") and value.isdecimal() and not lines:
                attributes[name] = number(value)
            else:
                attributes[name] = _text(value, lines)
        if not said:
            said = _named_otherwise(record)
        message = " ".join(part for part in (function, *said) if part)
        folded = replace(fields, message=message, host=host, logger=logger, attributes=attributes)
        return folded, unread


# A record's fields, in its order: (name, the value on the field's line, the lines under it).
_Record = list[tuple[str, str, list[str]]]


def _fields(lines: list[str]) -> tuple[_Record, list[str]]:
    """The fields of a record's lines below its header, and the lines under no field (above
    the first, or under an identity line, in a damaged record)."""
    record: _Record = []
    unread: list[str] = []
    below: list[str] | None = None  # the open field's lines
    in_payload = False  # the open field is a DATA or ARG item, or the call stack
    for line in lines:
        field = _known_field(line) if in_payload else _field(line)
        if field is None:
            if below is None:
                unread.append(line)
            else:
                below.append(line)
            continue
        key, value = field
        if key in _IDENTITY:
            # One line each: a line under one is under no field (a damaged record's).
            record.extend((k, v, []) for k, v in _identity(key, value))
            below = None
        else:
            below = []
            record.append((key, value.strip(), below))
        in_payload = key == "CALLSTCK" or _NUMBERED.match(key) is not None
    for _key, _value, below_lines in record:
        while below_lines and not below_lines[-1].strip():
            below_lines.pop()  # a payload's trailing blank lines are the record's end
    return record, unread


def _field(line: str) -> tuple[str, str] | None:
    """(name, value) of a field line, any name in Db2's layout; None for any other line."""
    m = _FIELD.match(line)
    if m is None:
        return None
    key = m["key"]
    colon = m.end("pad")
    if colon != KEY_WIDTH and not (len(key) >= KEY_WIDTH and not m["pad"]):
        return None
    return key, line[m.end() :]


def _known_field(line: str) -> tuple[str, str] | None:
    """`_field` of a line that holds a field Db2 is known to write (KNOWN_KEYS, DATA #n,
    ARG #n)."""
    field = _field(line) if line[:1] in _KEY_INITIALS else None
    if field is None:
        return None
    key = field[0]
    return field if key in KNOWN_KEYS or _NUMBERED.match(key) is not None else None


def _identity(key: str, value: str) -> list[tuple[str, str]]:
    """The fields of an identity line (`PID : 1 TID : 2 PROC : db2sysc 0`, the value after
    the first name): the first, and each that follows in its value; a field with no value is
    left out."""
    pairs: list[tuple[str, str]] = []
    start = 0
    for m in _NEXT_FIELD.finditer(value):
        pairs.append((key, value[start : m.start()].strip()))
        key, start = m["key"], m.end()
    pairs.append((key, value[start:].strip()))
    return [(k, v) for k, v in pairs if v]


def _text(value: str, lines: list[str]) -> str:
    """A text field's value with the lines it goes on over, on one line."""
    return " ".join(part for part in (value, *(line.strip() for line in lines)) if part)


def _named_otherwise(record: _Record) -> list[str]:
    """What names a record with no MESSAGE, CHANGE, START or STOP: its RETCODE, else the first
    line of its first textual DATA item."""
    for key, value, lines in record:
        if key == "RETCODE":
            return [f"RETCODE: {_text(value, lines)}"]
    for key, value, lines in record:
        if key.startswith("DATA #") and value.startswith(_TEXT_DATA):
            first = next((line.strip() for line in lines if line.strip()), "")
            if first:
                return [f"{key}: {first}"]
    return []


def _header(line: str) -> re.Match[str] | None:
    if line[4:5] != "-" or not line[:4].isdigit() or line[10:11] != "-":
        return None
    return _HEADER.fullmatch(line)


def _time(m: re.Match[str]) -> datetime | str:
    """The header's time: aware at its offset (minutes from UTC); naive without one (a cut
    header), read in the source's zone; the text as written when it is no time (month 13, an
    offset past a day), which normalisation keeps as `timestamp_raw`."""
    fraction = m["fraction"] or ""
    try:
        zone = None
        if m["offset"]:
            zone = timezone(timedelta(minutes=int(m["offset"])))
        return datetime(
            int(m["year"]),
            int(m["month"]),
            int(m["day"]),
            int(m["hour"]),
            int(m["minute"]),
            int(m["second"]),
            int(fraction.ljust(6, "0")) if fraction else 0,
            zone,
        )
    except ValueError:
        return m.group().strip()


FORMAT = Db2DiagFormat()
