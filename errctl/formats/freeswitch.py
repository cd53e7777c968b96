"""FreeSWITCH's log file (`freeswitch.log`, written by mod_logfile from what switch_log.c
formats):

    2024-06-11 06:00:02.123456 97.25% [NOTICE] switch_channel.c:1142 New Channel sofia/...
    9f0c...-...-4d5e 2024-06-11 06:00:02.123458 97.25% [INFO] mod_dialplan_xml.c:637 Processing...
    9f0c...-...-4d5e Dialplan: sofia/internal/1000@10.0.0.5 parsing [public->inbound] continue=false
    9f0c...-...-4d5e EXECUTE [depth=0] sofia/internal/1000@10.0.0.5 set(x=y)

A header is `time [idle% ][LEVEL] file:line message`: the local time with microseconds (whole
seconds in the oldest releases), the share of CPU left idle (`%.2f%%`, since 1.10), one of
switch_log.c's eight level names, the source file and line that logged it (`file:line func()`
in a build with SWITCH_FUNC_IN_LOG), then the message. mod_logfile puts the session's uuid
before every line a call's channel logs (its `uuid` parameter, on by default): a multi-line
message (a `Remote SDP:` body, the `info` application's CHANNEL_DATA dump) has it on each of
its lines, with no time.

Owns `FreeswitchFormat` and the module instance `FORMAT` (name "freeswitch"). The uuid is the
`uuid` attribute and the trace id (`trace:` finds one call leg's events), the idle share the
`idle_cpu` attribute (a number), the file and line the `caller` (the function `function`); the
levels are read as syslog's: `ERR` an error, `CRIT` and `ALERT` critical, `NOTICE` and
`CONSOLE` (start-up banners, modules loading) information.

A line that is only the uuid and a message is written with no header at all
(SWITCH_CHANNEL_SESSION_LOG_CLEAN): the dialplan's trace (`Dialplan: ...`, `Chatplan: ...`) and
each application it runs (`EXECUTE [depth=N] channel app(args)`), all at debug level. Those are
events of their own, with the time of the event before them (`timestamp_inferred`), as they are
without the uuid (mod_logfile's `uuid` off). Any other untimed line under a header of the same
uuid is a line of that header's message, the uuid left out of the text (`continues`); under
another uuid's line, or under one with no time, it cannot be (mod_logfile writes a message's
lines together), and is an event of its own with no level.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12} ")
_UUID_PREFIX = 37  # the uuid and its blank
# switch_log.c: `"%s %.2f%% [%s] %s:%d%c%s"` (the date, the idle CPU, the level, the file's
# base name, the line, then a blank: the 128 put there is replaced by one). The message may be
# empty: a banner logged as `"\nFreeSWITCH Version ..."` starts on the next line.
_HEADER = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?) "
    r"(?:(?P<idle>\d{1,3}\.\d\d)% )?"
    r"\[(?P<level>CONSOLE|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG)\] "
    r"(?P<file>[^\s:\[\]]{1,255}):(?P<lineno>\d{1,7})"
    r"(?: (?P<func>[A-Za-z_]\w{0,127})\(\))?"
    r"(?: |\Z)"
)
_LEVELS = {
    "CONSOLE": "info",
    "ALERT": "critical",
    "CRIT": "critical",
    "ERR": "error",
    "WARNING": "warning",
    "NOTICE": "info",
    "INFO": "info",
    "DEBUG": "debug",
}
# The lines FreeSWITCH writes with no header that are events of their own: mod_dialplan_xml's
# (and the Lua dialplan's) `Dialplan: channel ...`, a nested condition's after `|--- ` (four
# columns a level), mod_sms's `Chatplan: ...`, and switch_core_session.c's `EXECUTE [depth=%d]
# %s %s(%s)` (older releases write no depth).
_CLEAN_EVENT = re.compile(
    r"(?:\|-{3,399} )?(?:Dialplan|Chatplan): \S"
    r"|EXECUTE (?:\[depth=\d{1,4}\] )?[^\s(]{1,1024} [^\s(]{1,128}\("
)
_CLEAN_HEADS = frozenset("CDE|")


class FreeswitchFormat:
    name = "freeswitch"
    multiline = True
    continues_own = True  # `continues` goes on only a session's headed event

    def parse(self, line: str) -> ParsedFields | None:
        c = line[:1]
        if line[8:9] == "-" and line[36:37] == " " and _UUID.match(line) is not None:
            uuid = line[:36]
            rest = line[_UUID_PREFIX:]
            if rest[:1].isdigit() and (fields := _headed(rest, uuid)) is not None:
                return fields
            level = "debug" if _CLEAN_EVENT.match(rest) is not None else None
            return ParsedFields(rest, None, level, trace_id=uuid, attributes={"uuid": uuid})
        if c.isdigit():
            return _headed(line, None)
        if c in _CLEAN_HEADS and _CLEAN_EVENT.match(line) is not None:
            return ParsedFields(line, None, "debug")
        return None

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The text of `line` without its uuid when it is a line of the message a header of
        the same session (`opened`) began: the uuid and no time, and not a line that is an
        event of its own (`Dialplan: ...`, `EXECUTE ...`); None for any other line."""
        if (
            opened is None
            or line[36:37] != " "
            or line[:36] != opened[:36]
            or _UUID.match(line) is None
        ):
            return None
        rest = line[_UUID_PREFIX:]
        if _HEADER.match(opened, _UUID_PREFIX) is None:
            return None  # the open event has no time: one written whole, not a message's lines
        if rest[:1].isdigit() and _HEADER.match(rest) is not None:
            return None
        if _CLEAN_EVENT.match(rest) is not None:
            return None
        return rest


def _headed(text: str, uuid: str | None) -> ParsedFields | None:
    m = _HEADER.match(text)
    if m is None:
        return None
    attrs: dict[str, object] = {}
    if uuid is not None:
        attrs["uuid"] = uuid
    if m["idle"] is not None:
        attrs["idle_cpu"] = float(m["idle"])
    attrs["caller"] = f"{m['file']}:{m['lineno']}"
    if m["func"] is not None:
        attrs["function"] = m["func"]
    return ParsedFields(
        text[m.end() :], m["ts"], _LEVELS[m["level"]], trace_id=uuid, attributes=attrs
    )


FORMAT = FreeswitchFormat()
