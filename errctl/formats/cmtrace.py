"""Microsoft's CMTrace log format: what Configuration Manager's client and site server write
(`AppEnforce.log`, `CcmExec.log`, `smsts.log`, ...), Intune's Management Extension
(`IntuneManagementExtension.log`, `AgentExecutor.log`) and the deployment scripts that log for
CMTrace to read:

    <![LOG[Performing detection of app deployment type 7-Zip 23.01 (x64)(ScopeId_..., revision
    2) for system.]LOG]!><time="07:50:06.779+000" date="06-07-2024" component="AppDiscovery"
    context="" type="1" thread="6880" file="appprovider.cpp:2153">

(one line in the file). The message is between `<![LOG[` and `]LOG]!>`, and may span lines (an
enforcement's environment, a script's output); the record's fields come after it, in its last
line: the local time and the zone's bias in minutes (`+000`; Windows' bias, which the local
time plus gives UTC: `+300` on the US East Coast in winter), the date month first, the
component that wrote it, a context (often empty), the type (1 information, 2 warning, 3 error)
and the thread; Configuration Manager's own components add the source file and line.

Owns `CmTraceFormat` and the module instance `FORMAT` (name "cmtrace"). `parse` reads a record
whole when its fields are on its first line, else its first line's words (the message's start,
no time yet); `continues` keeps the lines of an open record up to the one that closes it, and
`fold` reads that line's fields and the message's lines (as db2diag's and winevent's records
are read). The component is the logger, the thread, context and file attributes. A record left
open (the file cut while it was written) keeps its lines as its message.
"""

from __future__ import annotations

import re
from typing import Any

from errctl.formats.base import number
from errctl.models import ParsedFields

_OPEN = "<![LOG["
_CLOSE = "]LOG]!><"
# The fields after the message: `name="value"` pairs, then `>` (a writer may leave some out or
# add its own: every pair is read by its name).
_PAIR = re.compile(r'(?P<name>[A-Za-z]{1,32})="(?P<value>[^"]{0,512})"')
_TIME = re.compile(r"(?P<clock>\d{1,2}:\d\d:\d\d(?:\.\d{1,7})?)(?P<bias>[+-]\d{1,4})?\Z")
_DATE = re.compile(r"(?P<month>\d{1,2})-(?P<day>\d{1,2})-(?P<year>\d{4})\Z")
_LEVELS = {"1": "info", "2": "warning", "3": "error"}


class CmTraceFormat:
    name = "cmtrace"
    multiline = True
    continues_own = True  # `continues` goes on only a record this format opened

    def parse(self, line: str) -> ParsedFields | None:
        if not line.startswith(_OPEN):
            return None
        close = line.rfind(_CLOSE)
        if close < 0:
            # The message goes on below; the fields come with the line that closes it (`fold`).
            return ParsedFields(line[len(_OPEN) :])
        return _record(line[len(_OPEN) : close], line[close + len(_CLOSE) :])

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The lines of a record `opened` left open, up to the one that closes it."""
        if opened is None or not opened.startswith(_OPEN) or line.startswith(_OPEN):
            return None
        if _CLOSE in opened or (previous is not opened and previous and _CLOSE in previous):
            return None  # closed already
        return line

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A record over lines (module docstring): its message's lines, then its fields; a
        record never closed keeps its lines as they were."""
        last = continuation[-1]
        close = last.rfind(_CLOSE)
        if fields.timestamp is not None or close < 0:
            return fields, continuation
        message = "\n".join([fields.message, *continuation[:-1], last[:close]])
        return _record(message, last[close + len(_CLOSE) :]), []


def _record(message: str, tail: str) -> ParsedFields:
    """The event of a record's `message` and the fields after it (`tail`)."""
    pairs = {m["name"]: m["value"] for m in _PAIR.finditer(tail)}
    attributes: dict[str, Any] = {}
    for name in ("thread", "context", "file"):
        value = pairs.get(name)
        if value:
            attributes[name] = number(value) if value.isdecimal() else value
    return ParsedFields(
        message,
        _timestamp(pairs.get("time"), pairs.get("date")),
        _LEVELS.get(pairs.get("type", "")),
        logger=pairs.get("component") or None,
        attributes=attributes or None,
    )


def _timestamp(time: str | None, date: str | None) -> str | None:
    """ISO 8601 of a record's `time` and `date` (`07:50:06.779+060`, `06-07-2024`): the bias is
    what the local time plus gives UTC, so its sign is the offset's opposite. None when either
    is missing or unreadable."""
    t = _TIME.match(time or "")
    d = _DATE.match(date or "")
    if t is None or d is None:
        return None
    hour, rest = t["clock"].split(":", 1)
    iso = f"{d['year']}-{int(d['month']):02d}-{int(d['day']):02d}T{int(hour):02d}:{rest}"
    bias = t["bias"]
    if bias is None:
        return iso
    minutes = -int(bias)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{iso}{sign}{hours:02d}:{rest:02d}"


FORMAT = CmTraceFormat()
