"""Windows event log records as PowerShell's `Format-List` prints them (`Get-WinEvent -LogName
System | Format-List`, or `fl`, and the same piped to a file with `Out-File` or `>`):

    TimeCreated  : 6/4/2024 6:02:30 PM
    ProviderName : Service Control Manager
    Id           : 7036
    Message      : The Device Setup Manager service entered the stopped state.

    TimeCreated  : 6/4/2024 5:59:19 PM
    ProviderName : Microsoft-Windows-Kernel-General
    Id           : 16
    Message      : The access history in hive \\??\\C:\\Users\\anna\\ntuser.dat was cleared
                   updating 26 keys and creating 4 modified pages.

A record is a block of `Name : value` lines, each name padded with blanks to the longest
name's width, the records apart by a blank line. A value too long for the console's width, or
holding newlines (a message's paragraphs), goes on over lines indented under it. The default
view of an event shows TimeCreated, ProviderName, Id and Message, in that order;
`Select-Object *` or a list of properties shows more (LevelDisplayName, MachineName, LogName,
RecordId, ProcessId, ...), in the order asked for. A record opens with its TimeCreated line.

Owns `WinEventFormat` and the module instance `FORMAT` (name "winevent"). As Db2's records are
read (`db2diag.py`): `parse` reads the TimeCreated line alone (the time as written, the
console's culture: `6/4/2024 6:02:30 PM` in en-US, which normalisation reads), `continues`
keeps every line up to the next TimeCreated line in the record (with no record open, as in
detection, a field line of an event's known properties, so a file's field lines do not dilute
its records' share), and `fold` makes the record's fields the event:

- the message is the Message, its lines joined by blanks (paragraphs too); a record with no
  Message is named by its provider and Id (`Service Control Manager 7036`), as Windows does
  when a provider's message file is missing;
- ProviderName is the service (the program that wrote the event, as syslog's tag is),
  MachineName the host, LevelDisplayName (else Level, a number: 1 critical, 2 error, 3
  warning, 4 information, 5 verbose) the level, and the event's Id, with every other
  property, an attribute under its name in snake case (`id`, `log_name`, `record_id`).

A record damaged in any way stays one event with every line kept: a line under no field (a
file cut mid-record has no TimeCreated above its first lines: those are raw text) goes on the
message.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from errctl.formats.base import number
from errctl.models import ParsedFields

# A field line: a property's name (letters and digits, as .NET names them), blanks up to the
# column every name of the record is padded to (one at least, after the longest), `:`, the
# value after a blank (none for a property with no value: `Message      :`).
_FIELD = re.compile(r"(?P<name>[A-Z][A-Za-z0-9]*) +:(?: (?P<value>.*))?")
_HEADER = re.compile(r"TimeCreated +: (?P<time>\S.*)")
# The properties an EventLogRecord shows (`Get-WinEvent ... | Select-Object *`): what
# detection takes for a record's field lines.
KNOWN_NAMES = frozenset(
    {
        "ProviderName",
        "ProviderId",
        "Id",
        "Version",
        "Qualifiers",
        "Level",
        "LevelDisplayName",
        "Task",
        "TaskDisplayName",
        "Opcode",
        "OpcodeDisplayName",
        "Keywords",
        "KeywordsDisplayNames",
        "RecordId",
        "LogName",
        "ProcessId",
        "ThreadId",
        "MachineName",
        "UserId",
        "ActivityId",
        "RelatedActivityId",
        "ContainerLog",
        "MatchedQueryIds",
        "Bookmark",
        "Properties",
        "Message",
    }
)
# Level as a number (the ETW levels): what LevelDisplayName says in words.
_LEVELS = {"1": "critical", "2": "error", "3": "warning", "4": "info", "5": "verbose"}
_SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


class WinEventFormat:
    name = "winevent"
    multiline = True
    continues_own = True  # `continues` goes on only a record this format opened

    def parse(self, line: str) -> ParsedFields | None:
        m = _HEADER.fullmatch(line.rstrip())
        if m is None:
            return None
        # The message is the record's fields' (`fold`): none until they come.
        return ParsedFields("", m["time"])

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """Every line of an open record (`opened` its TimeCreated line) up to the next one;
        with no record open (detection), a field line of an event's known properties."""
        if opened is None:
            field = _field(line)
            return line if field is not None and field[0] in KNOWN_NAMES else None
        return None if _HEADER.fullmatch(line.rstrip()) is not None else line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A record's lines (its TimeCreated line in `fields`, the others in `continuation`)
        as one event (module docstring); lines under no field are returned, to go on the
        message."""
        record, unread = _fields(continuation)
        if not record:
            return fields, continuation
        values = {name: " ".join(lines) for name, lines in record}
        attributes: dict[str, Any] = {}
        for name, value in values.items():
            if name in ("Message", "ProviderName", "MachineName", "LevelDisplayName"):
                continue
            key = _SNAKE.sub("_", name).lower()
            attributes[key] = number(value) if value.isdecimal() else value
        level = values.get("LevelDisplayName") or _LEVELS.get(values.get("Level", ""))
        provider = values.get("ProviderName") or None
        message = values.get("Message", "")
        if not message:
            message = " ".join(part for part in (provider, values.get("Id")) if part)
        folded = replace(
            fields,
            message=message,
            level=level or None,
            service=provider,
            host=values.get("MachineName") or None,
            attributes=attributes or None,
        )
        return folded, unread


def _field(line: str) -> tuple[str, str] | None:
    """(name, value) of a field line; None for any other line (indented, blank, prose)."""
    m = _FIELD.fullmatch(line.rstrip())
    return None if m is None else (m["name"], m["value"] or "")


def _fields(lines: list[str]) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The fields of a record's lines below its TimeCreated line, each with its value's
    lines (the first, then those indented under it), and the lines under no field (above
    the first)."""
    record: list[tuple[str, list[str]]] = []
    unread: list[str] = []
    for line in lines:
        field = None if line[:1] in (" ", "\t") else _field(line)
        if field is not None:
            name, value = field
            record.append((name, [value.strip()] if value.strip() else []))
        elif record and line.strip():
            record[-1][1].append(line.strip())
        elif not record:
            unread.append(line)
    return record, unread


FORMAT = WinEventFormat()
