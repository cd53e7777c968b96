"""Factorio's server log (`factorio-current.log`, `factorio-previous.log`): the seconds since the
game started, to the millisecond and right-aligned in eight columns (`%8.3f`), then the
message; the first line also holds the wall clock the game started at and its version:

       0.000 2024-06-04 09:13:04; Factorio 1.1.109 (build 60936, linux64, headless)
       0.374 Info ServerMultiplayerManager.cpp:809: Hosting game at IP ADDR:({0.0.0.0:34197})
    2961.505 Error ServerMultiplayerManager.cpp:92: MultiplayerManager failed: "..."

A line's level word (`Info`, `Warning`, `Error`, `Verbose`) and the source file and line that
wrote it come first when the engine logs it; a mod's or the game's own lines (`Loading mod
base 1.1.109 (data.lua)`, `Script @__level__/control.lua:12: ...`) have neither. The seconds
are the `uptime` attribute; the first line's time is its event's, and the events after it
take the last time read, as events without one do (xorg's log alike). Read as they stand, a
line under 1,000 seconds opened with blanks and went on the one before it: the log was one
event until its seventeenth minute.

Owns `FactorioFormat` and the module instance `FORMAT` (name "factorio").
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_LINE = re.compile(
    r" {0,8}(?P<uptime>\d{1,9}\.\d{3}) "
    r"(?:(?P<date>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d); )?"
    r"(?:(?P<level>Info|Warning|Error|Verbose|Debug) "
    r"(?:(?P<caller>[\w.-]{1,128}\.(?:cpp|hpp|cc|c|h):\d{1,7}): )?)?"
)


class FactorioFormat:
    name = "factorio"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] not in " 0123456789":
            return None
        m = _LINE.match(line)
        if m is None or m.end("uptime") < 8:
            return None  # (right-aligned in eight columns: `3.918 ` alone is another's count)
        attrs: dict[str, object] = {"uptime": float(m["uptime"])}
        if m["caller"]:
            attrs["caller"] = m["caller"]
        return ParsedFields(line[m.end() :], m["date"], m["level"], attributes=attrs)


FORMAT = FactorioFormat()
