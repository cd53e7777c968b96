"""Twisted's log layout, what `twistd`, `log.startLogging` and `twisted.logger`'s text
observer write (Buildbot's `twistd.log`, Crossbar's, Tahoe-LAFS's, a Twisted web server's):

    2026-12-04 20:44:58+0000 [-] Site starting on 8080
    2026-12-04 20:44:58+0000 [HTTPChannel,0,127.0.0.1] Handling order /a
    2026-12-04T20:45:44+0000 [twisted.web.server.Site#info] Starting factory <...>
    2026-12-04T20:45:45+0000 [twisted.python.log#info] "127.0.0.1" - - [04/Dec/2026:...] "GET ..."

The time (`%Y-%m-%d %H:%M:%S%z`, or ISO 8601 with `T` from `twisted.logger`), then the event's
"system" in brackets: `-` for none, a protocol's log prefix with its session number and peer
(`HTTPChannel,0,127.0.0.1`), or the logger's namespace and the level's name (`ns#info`). A
message of several lines goes on with a tab before each (a failure's traceback).

`twisted_line(line, pos, raw)` gives the fields of the rest of a line after its time (`raw`,
which ends at `pos`), or None: the generic format asks it when the time ends with a numeric
offset and a bracket follows, or with a `Z` and a system only Twisted writes follows (an
application that sets the time format, Cowrie's).
"""

from __future__ import annotations

import re

from errctl.formats.access import headed_request, under_header
from errctl.formats.levels import normalize_level
from errctl.models import ParsedFields

# (A system holds blanks where a protocol's log prefix does: Conch's `SSHChannel session (0)
# on SSHService b'ssh-connection' on SSHServerTransport,0,127.0.0.1`.)
_SYSTEM = re.compile(r" \[(?P<system>[^\]\n]{1,512})\] ")
_NAMESPACE_LEVEL = re.compile(
    r"(?P<namespace>[A-Za-z_][\w.]{0,255})#(?P<level>debug|info|warn|error|critical)"
)
# A system only Twisted writes (`twisted_system`).
_OWN_SYSTEM = re.compile(
    r"\A-\Z|#(?:debug|info|warn|error|critical)\Z|\w,\d{1,10},"
    r"|\A[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){2,16}\Z"
)
# What another layout writes in brackets after such a time, which Twisted's system never is: a
# process id alone, or a thread's name with a level after it (`[main] INFO ...`).
_LEVEL_WORD = re.compile(r"[A-Za-z]{3,9}\b")


def is_offset_time(raw: str) -> bool:
    """Whether a time ends with a numeric offset glued to its seconds, as Twisted writes it
    (`20:44:58+0000`)."""
    return raw[-5:-4] in ("+", "-") and raw[-4:].isdigit() and raw[-7:-5].isdigit()


def is_utc_time(raw: str) -> bool:
    """Whether a time ends with a `Z` glued to its seconds or their fraction, as an
    application sets Twisted's time format to ISO 8601 in UTC (Cowrie's
    `2024-06-07T06:00:20.333718Z`): `twisted_line` reads such a line only where its system
    is one of Twisted's own shapes (`twisted_system`)."""
    return raw[-1:] == "Z" and raw[-2:-1].isdigit()


def twisted_system(line: str, pos: int) -> bool:
    """Whether the bracket at `line[pos]` (after a blank) holds a system only Twisted writes:
    none (`-`), a namespace and a level (`ns#info`), or a protocol's log prefix with its
    session number (`HoneyPotSSHTransport,4121,218.92.0.177`, Conch's `SSHService b'ssh-
    userauth' on HoneyPotSSHTransport,4121,...`), or a class's qualified name (a factory's,
    `cowrie.ssh.factory.CowrieSSHFactory`); not a word in brackets, which many layouts write
    (a thread's name, a level)."""
    m = _SYSTEM.match(line, pos)
    return m is not None and _OWN_SYSTEM.search(m["system"]) is not None


def twisted_line(line: str, pos: int, raw: str) -> ParsedFields | None:
    """The fields of a Twisted log line whose time `raw` ends at `pos`, or None."""
    m = _SYSTEM.match(line, pos)
    if m is None:
        return None
    system = m["system"]
    message = line[m.end() :]
    level = logger = None
    attrs: dict[str, object] | None = None
    if (ns := _NAMESPACE_LEVEL.fullmatch(system)) is not None:
        logger, level = ns["namespace"], ns["level"]
    elif system.isdigit() or normalize_level(system) is not None:
        return None  # a process id, a level: another layout's brackets
    elif (
        (word := _LEVEL_WORD.match(message)) is not None
        and word[0].isupper()
        and normalize_level(word[0]) is not None
    ):
        return None  # a thread's name before the level (`[main] INFO ...`)
    if system != "-" and logger is None:
        attrs = {"system": system}
    fields = ParsedFields(message, raw, level, logger=logger, attributes=attrs)
    request = headed_request(message)
    return fields if request is None else under_header(fields, request)
