"""TigerVNC's log (Xvnc's, x0vncserver's, vncviewer's: `~/.vnc/<host>:<display>.log`), as its
rfb::Logger_StdIO writes it: the time alone on a line (`Fri Jun  7 06:00:37 2024`, C's ctime),
written only when it changed, then each message on its own line under it, the name of the
LogWriter that wrote it after one blank and the message from the 14th column on:

    Fri Jun  7 06:00:37 2024
     Connections: accepted: 10.20.0.10::45940
     VNCSConnST:  closing 10.20.0.10::45940: Clean disconnection
     EncodeManager:   Total: 0 rects, 0 pixels

A message longer than the line goes on under it, indented to that column. The writer's name
is the logger. The lines are read only in a file whose start shows this layout (`rfb_log_file`):
a blank, a word and a colon open a line of many texts that are not log records (a YAML or
`key: value` dump indented by one). The message under the time is that time's event
(`framing` keeps the line under a time alone with it; generic's `fold` reads it).
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

# ` Name:` and the message after the padding (`%*s`) that takes it to its column.
_WRITER_LINE = re.compile(r" (?P<writer>[A-Za-z][\w.-]{0,63}):(?: +|\Z)")
# C's ctime, alone on its line: `Fri Jun  7 06:00:37 2024`.
_CTIME_ALONE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\Z"
)
_MIN_WRITER_LINES = 2


def rfb_log_file(sample: list[str]) -> bool:
    """Whether a file's first lines show TigerVNC's layout: a time alone, then lines of
    LogWriters under it, two of them at least."""
    under_time = 0
    after_time = False
    for line in sample:
        if _CTIME_ALONE.match(line):
            after_time = True
        elif after_time and _WRITER_LINE.match(line):
            under_time += 1
            if under_time >= _MIN_WRITER_LINES:
                return True
        elif line.strip():
            after_time = False
    return False


def rfb_log_line(line: str) -> ParsedFields | None:
    """A LogWriter's line (its name the logger), or None. No time: the line takes the time
    written above it."""
    if line[:1] != " " or line[1:2] == " ":
        return None
    m = _WRITER_LINE.match(line)
    if m is None:
        return None
    return ParsedFields(line[m.end() :], None, None, logger=m["writer"])
