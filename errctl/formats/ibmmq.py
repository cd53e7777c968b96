"""IBM MQ's error logs (`AMQERR01.LOG`, `AMQERR02.LOG`, `AMQERR03.LOG`: a queue manager's in
`qmgrs/QM1/errors/`, the system's in `errors/`), IBM MQ 7.1 to 9.4 on Linux, UNIX and Windows:

    06/04/2024 06:00:02 AM - Process(3412.68) User(mqm) Program(amqrmppa)
                        Host(mq1) Installation(Installation1)
                        VRMF(9.3.0.15) QMgr(QM1)
                        Time(2024-06-04T06:00:02.123Z)
                        CommentInsert1(app03.example.com (10.0.4.23))
                        CommentInsert2(APP.SVRCONN)

    AMQ9209E: Connection to host 'app03.example.com (10.0.4.23)' for channel
    'APP.SVRCONN' closed.

    EXPLANATION:
    An error occurred receiving data from 'app03.example.com (10.0.4.23)' over
    TCP/IP. The connection to the remote host has unexpectedly terminated.
    ACTION:
    Tell the systems administrator.
    ----- amqccita.c : 4214 --------------------------------------------------------

A record is a header line (the local time, in the locale's layout, then ` - Process(pid.thread)
User(...) Program(...)`), lines of `Name(value)` fields indented under it (the host, the
installation, the version, the queue manager, the time in UTC, the message's inserts:
`ArithInsert1`, `CommentInsert1`, ...; fields a version adds are read alike, by their shape), a
line of blanks, the message (its id, `AMQ9209E`, and its text, wrapped at about 75 columns), a
blank line, the `EXPLANATION:` and `ACTION:` paragraphs, and a rule naming the source file and
line that wrote the record, which ends it. A value holds parentheses of its own
(`CommentInsert1(host (10.0.4.23))`): a field ends at the `)` before the next field's name or
the line's end.

Owns `IbmMqFormat` and the module instance `FORMAT` (name "ibmmq"). Framing gives a format one
header line at a time: `parse` reads the header alone (its time as written, which normalisation
reads in the source's zone; process, user and program attributes, `pid` and `thread` from the
process), and `continues` keeps every line up to the next header in the record (a paragraph's
line may look like another log's). With no record open (detection), it claims the lines only a
record holds unindented (`EXPLANATION:`, `ACTION:`, the rule, a message's `AMQnnnnX: ` line),
so that a file's paragraphs do not dilute its headers' share. `fold` then makes the record one
event:

- the message is the record's message, its lines joined by a blank (the same text wrapped at
  another column is the same message), so its template comes from the message alone; the id
  is the `message_id` attribute, and its last letter the level (I info, W warning, E error, S
  critical; another letter leaves the level unset);
- the time is the `Time()` field's (ISO 8601, UTC, to the millisecond) when the record has
  one, else the header's; `Host()` is the host; every other field an attribute under its name
  in lower case (`qmgr`, `vrmf`, `commentinsert1`), a name written twice the second as
  `name_2`;
- EXPLANATION and ACTION are the `explanation` and `action` attributes (their lines joined by
  a blank, a blank line between paragraphs kept as a line break); the rule's file and line
  the `source_file` and `source_line` attributes.

A record damaged in any way stays one event with every line kept: a field missing is an
attribute missing; a record with no blank line between its fields and its message has its
message from the first line that is no field; lines after the rule (text no format reads,
before the next header) go on the message.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from itertools import count
from typing import Any

from errctl.formats.base import number
from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

_PROCESS = " - Process("
# A field: a name, then its value in parentheses up to the `)` that ends the line or comes
# before the next field's name (a value holds parentheses of its own: `host (10.0.4.23)`).
_NAME = r"[A-Za-z][A-Za-z0-9]{0,31}"
_FIELD = re.compile(rf"(?P<name>{_NAME})\((?P<value>[^\n]*?)\)(?=[ \t]+{_NAME}\(|[ \t]*\Z)")
# The message's id at its start: a product's three letters, four digits, the severity letter.
_MESSAGE_ID = re.compile(r"(?P<id>[A-Z]{3}\d{4}(?P<severity>[A-Z])): ")
SEVERITIES = {"I": "info", "W": "warning", "E": "error", "S": "critical"}
"""A message id's last letter, as a level: informational, warning, error, severe error."""
# The rule that ends a record: `----- amqccita.c : 4214 -------...`.
_RULE = re.compile(r"-{3,} (?P<file>[^\s:]{1,128}) : (?P<line>\d{1,9}) -+[ \t]*\Z")
_SECTIONS = {"EXPLANATION:": "explanation", "ACTION:": "action"}
_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z\Z")


def _fields_of(text: str) -> list[tuple[str, str]] | None:
    """The `Name(value)` fields `text` holds, in order, when it holds nothing else."""
    fields: list[tuple[str, str]] = []
    pos, end = 0, len(text)
    while pos < end:
        if text[pos] in " \t":
            pos += 1
            continue
        m = _FIELD.match(text, pos)
        if m is None:
            return None
        fields.append((m["name"], m["value"]))
        pos = m.end()
    return fields or None


def _header(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(time as written, the header's fields) of a record's header line, else None."""
    at = line.find(_PROCESS)
    if at < 8 or not line[:1].isdigit():
        return None
    if match_timestamp_prefix(line) != at:
        return None
    fields = _fields_of(line[at + 3 :])
    if fields is None:
        return None
    return line[:at], fields


def _claimed(line: str) -> bool:
    """A line only an MQ record holds unindented (detection, no record open)."""
    first = line[:1]
    if first == "-":
        return _RULE.match(line) is not None
    if not first.isupper():
        return False
    return line.rstrip() in _SECTIONS or _MESSAGE_ID.match(line) is not None


def _put(attributes: dict[str, Any], name: str, value: Any) -> None:
    key = name.lower()
    if key in attributes:  # a field written twice: the second under `name_2`
        key = next(f"{key}_{n}" for n in count(2) if f"{key}_{n}" not in attributes)
    attributes[key] = value


def _paragraphs(lines: list[str]) -> str:
    """A section's lines as text: a paragraph's lines joined by a blank, paragraphs by a line
    break."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        text = line.strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n".join(" ".join(p) for p in paragraphs if p)


def _utc(value: str) -> datetime | None:
    if _ISO_UTC.match(value) is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


class IbmMqFormat:
    name = "ibmmq"
    multiline = True
    continues_own = True  # `continues` goes on only a record this format opened

    def parse(self, line: str) -> ParsedFields | None:
        found = _header(line)
        if found is None:
            return None
        time, fields = found
        attributes: dict[str, Any] = {}
        for name, value in fields:
            _put(attributes, name, value)
        pid, dot, thread = str(attributes.get("process", "")).partition(".")
        if pid.isdigit():
            attributes["pid"] = number(pid)
            if dot and thread.isdigit():
                attributes["thread"] = number(thread)
        # The message is the record's (`fold`): none until its lines come, so a header at the
        # end of a file still being written waits for them (`framing.unfinished_record`).
        return ParsedFields("", time, attributes=attributes)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """Every line of an open record (`opened` its header) up to the next header. With no
        record open (detection), a line only a record holds unindented."""
        if opened is None:
            return line if _claimed(line) else None
        return None if _header(line) is not None else line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A record's lines (its header in `fields`, the others in `continuation`) as one
        event (module docstring); lines after its rule are returned, to go on the message."""
        attributes: dict[str, Any] = dict(fields.attributes or {})
        host = None
        timestamp = fields.timestamp
        message: list[str] = []
        sections: dict[str, list[str]] = {}
        section: list[str] | None = None  # the open EXPLANATION or ACTION
        in_fields = True
        after: list[str] = []
        ruled = False
        for line in continuation:
            if ruled:
                after.append(line)
                continue
            text = line.strip()
            if in_fields:
                found = _fields_of(text) if text and line[:1] in " \t" else None
                if found is not None:
                    for name, value in found:
                        if name == "Host" and host is None:
                            host = value or None
                        elif name == "Time" and (utc := _utc(value)) is not None:
                            timestamp = utc
                        else:
                            _put(attributes, name, value)
                    continue
                in_fields = False
                if not text:
                    continue
            if text in _SECTIONS and line[:1] not in " \t":
                section = sections.setdefault(_SECTIONS[text], [])
                continue
            rule = _RULE.match(text)
            if rule is not None:
                attributes["source_file"] = rule["file"]
                attributes["source_line"] = number(rule["line"])
                ruled = True
            elif section is not None:
                section.append(line)
            elif text:
                message.append(text)
        for name, lines in sections.items():
            said = _paragraphs(lines)
            if said:
                attributes[name] = said
        said = " ".join(message)
        level = fields.level
        found_id = _MESSAGE_ID.match(said)
        if found_id is not None:
            attributes["message_id"] = found_id["id"]
            level = SEVERITIES.get(found_id["severity"], level)
        folded = replace(
            fields,
            message=said,
            timestamp=timestamp,
            level=level,
            host=host,
            attributes=attributes,
        )
        while after and not after[-1].strip():
            after.pop()
        return folded, after


FORMAT = IbmMqFormat()
