"""The logs of two Java EE application servers, each in its own layout, read by the java format:

- Oracle WebLogic Server's server and domain logs (`AdminServer.log`, `<domain>.log`):
  `####<Jun 11, 2024 6:00:01,118 AM UTC> <Error> <HTTP> <web-1> <AdminServer> <thread> <user>
  <transaction> <diagnostic context id> <1718085601118> <[supplemental attributes] > <BEA-101020>
  <message>`: every field in angle brackets; the raw time value (milliseconds since the epoch)
  is the event's time, the subsystem its logger, the server its service, the machine its host,
  the message id an attribute. A message may go on over lines, its `>` at the end of the last.
  Before 12c there are no supplemental attributes.
- IBM WebSphere Application Server's SystemOut.log and Liberty's messages.log:
  `[6/11/24 6:00:01:118 UTC] 00000023 ServletWrappe E   SRVE0068E: message`: the time
  (month first, the milliseconds after a colon, the zone's abbreviation), the thread id in hex,
  the logger's short name (cut to 13 characters), the event type's letter (F fatal, E error, W
  warning, A audit, I info, C config, D detail, O and R what the application wrote to stdout and
  stderr), then the message, most often opening with its message id.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_WEBLOGIC = re.compile(
    r"####<(?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}), (?P<year>\d{4}),? (?P<hour>\d{1,2}):"
    r"(?P<minute>\d\d):(?P<second>\d\d)(?:[,.](?P<ms>\d{1,3}))? ?(?P<half>[AP]M)?"
    # The zone abbreviated, or its long name where the locale's format says `zzzz`
    # (`Coordinated Universal Time`): the record's raw time says the instant either way.
    r"(?: (?P<zone>[A-Z][A-Za-z0-9+:-]{0,8}(?: [A-Z][a-z]{1,16}){0,4}))?> "
    r"<(?P<level>[A-Za-z]{1,16})> <(?P<subsystem>[^<>\n]{0,128})> <(?P<machine>[^<>\n]{0,256})> "
    r"<(?P<server>[^<>\n]{0,256})> "
)
# After the server: the thread (whose name holds `<` and `>`: `<<WLS Kernel>>`), the user, the
# transaction, the context id, the raw time, 12c's supplemental attributes, then the message id.
_WEBLOGIC_TAIL = re.compile(
    r"<(?P<epoch>\d{12,13})> (?:<\[[^\n]*?\] ?> )?<(?P<id>[A-Z][A-Za-z]{1,16}-\d{3,9})> <"
)
_WEBLOGIC_LEVELS = {"Notice": "info", "Alert": "critical", "Emergency": "critical"}


def weblogic(line: str) -> ParsedFields | None:
    """A WebLogic server log record's header line, or None."""
    m = _WEBLOGIC.match(line)
    if m is None:
        return None
    tail = _WEBLOGIC_TAIL.search(line, m.end())
    if tail is None:
        return None
    message = line[tail.end() :].rstrip(" ")
    if message.endswith(">"):
        message = message[:-1]  # a message on one line closes here; a longer one on its last
    level = _WEBLOGIC_LEVELS.get(m["level"], m["level"])
    attrs: dict[str, object] = {"message_id": tail["id"]}
    return ParsedFields(
        message,
        tail["epoch"],
        level,
        m["server"] or None,
        m["machine"] or None,
        m["subsystem"] or None,
        None,
        None,
        attrs,
    )


_WEBSPHERE = re.compile(
    r"\[(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d\d) (?P<hour>\d{1,2}):(?P<minute>\d\d):"
    r"(?P<second>\d\d):(?P<ms>\d{3}) (?P<zone>[A-Z][A-Za-z0-9+:-]{0,8})\] "
    r"(?P<thread>[0-9a-f]{8}) (?P<logger>.{13}) (?P<type>[FEWAICDORZ]) {1,3}"
)
_WEBSPHERE_LEVELS = {
    "F": "critical",
    "E": "error",
    "W": "warning",
    "A": "info",
    "I": "info",
    "C": "debug",
    "D": "debug",
    "O": "info",
    "R": "error",
    "Z": None,
}


def websphere(line: str) -> ParsedFields | None:
    """A WebSphere SystemOut.log or Liberty messages.log line's header, or None."""
    m = _WEBSPHERE.match(line)
    if m is None:
        return None
    stamp = (
        f"20{m['year']}-{int(m['month']):02d}-{int(m['day']):02d} {int(m['hour']):02d}:"
        f"{m['minute']}:{m['second']}.{m['ms']} {m['zone']}"
    )
    logger = m["logger"].strip() or None
    attrs = {"thread": m["thread"], "event_type": m["type"]}
    level = _WEBSPHERE_LEVELS[m["type"]]
    return ParsedFields(line[m.end() :], stamp, level, None, None, logger, None, None, attrs)
