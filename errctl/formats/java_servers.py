"""The logs of Java EE application servers, each in its own layout, read by the java format:

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
- GlassFish's server.log before 4.0 (its Uniform Log Format): `[#|2024-06-07T06:00:01.123+0000|
  WARNING|glassfish3.1.2|javax.enterprise.resource.pool|_ThreadID=43;_ThreadName=http-1;|
  message|#]`, fields between bars; the message may go on over lines, blank ones too, up to the
  `|#]` that closes the record (`ulf_continues`). The logger is the logger, the thread's id
  and name attributes.
- OpenAM's (ForgeRock AM's) debug files: `amAuthLDAP:06/07/2024 08:03:08:671 AM UTC:
  Thread[http-nio-8080-exec-1,5,main]: TransactionId[...]`, the debug instance's name, the
  time, the thread and the transaction; the message on the lines below, `WARNING: ` or
  `ERROR: ` before it at those levels (the java format's `fold` reads them).
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


_ULF = re.compile(
    r"\[#\|(?P<ts>\d{4}-\d\d-\d\dT[^|\n]{8,32})\|(?P<level>[A-Z]{3,8})\|(?P<product>[^|\n]{0,64})\|"
    r"(?P<logger>[^|\n]{0,256})\|(?P<pairs>[^|\n]{0,512})\|"
)
ULF_END = "|#]"


def glassfish_ulf(line: str) -> ParsedFields | None:
    """A GlassFish ULF record's first line, or None."""
    m = _ULF.match(line)
    if m is None:
        return None
    attrs: dict[str, object] = {}
    for pair in m["pairs"].split(";"):
        key, _, value = pair.partition("=")
        if key == "_ThreadID" and value.isdigit():
            attrs["thread_id"] = int(value)
        elif key == "_ThreadName" and value:
            attrs["thread"] = value
        elif key and value:
            attrs[key.lstrip("_")] = value
    message = line[m.end() :]
    if message.endswith(ULF_END):
        message = message[: -len(ULF_END)]
    logger = m["logger"] or None
    return ParsedFields(message, m["ts"], m["level"], None, None, logger, attributes=attrs or None)


def ulf_continues(line: str, opened: str, previous: str | None) -> str | None:
    """A further line of the open ULF record (`opened` its first line, `previous` the line
    before this one): its text, without the `|#]` that closes the record; None once the
    record is closed."""
    if previous is None or previous.endswith(ULF_END):
        return None
    return line[: -len(ULF_END)] if line.endswith(ULF_END) else line


_OPENAM = re.compile(
    r"(?P<name>[A-Za-z][\w.-]{0,63}):(?P<month>\d\d)/(?P<day>\d\d)/(?P<year>\d{4}) "
    r"(?P<hour>\d\d):(?P<minute>\d\d):(?P<second>\d\d):(?P<ms>\d{3}) (?P<half>[AP]M)"
    r"(?: (?P<zone>[A-Z]{2,5}))?: Thread\[(?P<thread>[^\]\n]{1,256})\]"
    r"(?:: TransactionId\[(?P<transaction>[^\]\n]{1,128})\])?\Z"
)


def openam_debug(line: str) -> ParsedFields | None:
    """An OpenAM debug record's header (its message below it), or None."""
    m = _OPENAM.match(line)
    if m is None:
        return None
    hour = int(m["hour"]) % 12 + (12 if m["half"] == "PM" else 0)
    zone = f" {m['zone']}" if m["zone"] else ""
    stamp = (
        f"{m['year']}-{m['month']}-{m['day']} {hour:02d}:{m['minute']}:{m['second']}.{m['ms']}"
        f"{zone}"
    )
    attrs = {"thread": m["thread"]}
    if m["transaction"]:
        attrs["transaction_id"] = m["transaction"]
    return ParsedFields("", stamp, None, None, None, m["name"], attributes=attrs)
