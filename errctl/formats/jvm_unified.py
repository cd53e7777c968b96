"""The JVM's unified logging (`-Xlog`, Java 9 and later: GC logs, safepoints, class loading),
each decorator in brackets before the message:

    [0.015s][info][gc,init] Version: 17.0.9+9 (release)                     (the default)
    [2024-06-11T06:00:01.118+0000][0.015s][info][gc     ] Using G1          (time,uptime,...)
    [2024-06-11T06:00:01.118+0000][1234][warning][gc,alloc] GC(13) To-space exhausted

The decorators come in a fixed order, each optional but the level and the tags: the time
(`time` or `utctime`), the uptime (`uptime` in seconds, `uptimemillis`, `uptimenanos`), the
pid and the thread id, then the level and the tags, padded with blanks to line the messages
up. The tags are the logger; the uptime, pid and thread id are attributes. A line with no time
takes the one before it, as any line without one does (the default decorators write none).
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_JVM = re.compile(
    r"(?:\[(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)\])?"
    r"(?:\[(?P<uptime>\d{1,12}(?:\.\d{1,9})?)(?P<unit>s|ms|ns)\])?"
    r"(?:\[(?P<pid>\d{1,10})\])?(?:\[(?P<tid>\d{1,10})\])?"
    r"\[(?P<level>trace|debug|info|warning|error) *\]"
    r"\[(?P<tags>[a-z0-9_]{1,32}(?:,[a-z0-9_]{1,32}){0,8}) *\] ?"
)
# What a line of it shows within its first characters: a level's bracket after another's.
_HINT = re.compile(r"\]\[(?:trace|debug|info|warning|error) *\]\[")


def jvm_unified(line: str) -> ParsedFields | None:
    """The fields of a JVM unified logging line, or None."""
    if line[:1] != "[" or _HINT.search(line, 0, 120) is None:
        return None
    m = _JVM.match(line)
    if m is None or (m["time"] is None and m["uptime"] is None and m["pid"] is None):
        return None
    attrs: dict[str, object] = {}
    if m["uptime"] is not None:
        attrs["uptime"] = m["uptime"] + m["unit"]
    if m["pid"] is not None:
        attrs["pid"] = int(m["pid"])
    if m["tid"] is not None:
        attrs["thread"] = int(m["tid"])
    return ParsedFields(
        line[m.end() :], m["time"], m["level"], None, None, m["tags"], None, None, attrs or None
    )
