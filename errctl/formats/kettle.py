"""Pentaho Kettle's log channel inside another logger's message (Pentaho Server's pentaho.log,
log4j's `%d %-5p [%c] %m`): Kettle's own time, the subject that logged (a job, a
transformation, a step and its copy: `Table input.0`) and, for an error, the release that
wrote it, before the message; each further line of the message, a stack trace's too, under
the same time and subject, without the outer header:

    2024-06-07 08:41:00,183 ERROR [org.pentaho.di] 2024/06/07 08:41:00 - Table input.0 - ERROR
    (version 9.4.0.0-343, build 9.4.0.0-343 from 2022-11-08 07.50.27 by buildguy) : org.pentaho
    .di.core.exception.KettleDatabaseException:
    2024/06/07 08:41:00 - Table input.0 - Error occurred while trying to connect to the database
    2024/06/07 08:41:00 - Table input.0 - 	at org.pentaho.di.core.database.Database.connect(...)

The subject and the release are attributes; the further lines go on the event. (Apache Hop's
and Kettle's own files, the prefix opening the line, are generic's.)
"""

from __future__ import annotations

import dataclasses
import re

from errctl.models import ParsedFields

_PREFIX = re.compile(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d - (?P<subject>[^\n]{1,80}?) - ")
_ERROR = re.compile(r"ERROR \(version (?P<version>[^,()\n]{1,64}), build [^()\n]{1,128}\) : ")


def kettle_message(fields: ParsedFields) -> ParsedFields:
    """`fields` without Kettle's prefix before its message, when it has one."""
    message = fields.message
    if message[4:5] != "/" or (m := _PREFIX.match(message)) is None:
        return fields
    attrs = {**(fields.attributes or {}), "subject": m["subject"]}
    end = m.end()
    error = _ERROR.match(message, end)
    if error is not None:
        attrs["version"] = error["version"]
        end = error.end()
    return dataclasses.replace(fields, message=message[end:], attributes=attrs)


def kettle_line(line: str, opened: str) -> str | None:
    """The text of a further line of the Kettle message `opened` holds (its time and subject
    again), or None."""
    if line[4:5] != "/" or line[10:11] != " ":
        return None
    m = _PREFIX.search(opened, 0, 256)
    if m is None:
        return None
    prefix = m.group()
    return line[len(prefix) :] if line.startswith(prefix) else None
