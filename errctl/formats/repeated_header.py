"""A message of several lines written with the header before each of its lines.

RabbitMQ (3.9 and later, `rabbit_logger_text_fmt`) and other writers over OTP's logger print
every line of a multi-line message under the message's own header:

    2024-06-04 09:00:01.034929+00:00 [error] <0.674.0> Error on AMQP connection <0.674.0> (10.0.2.7:40298 -> 10.0.3.11:5672, state: starting):
    2024-06-04 09:00:01.034929+00:00 [error] <0.674.0> PLAIN login refused: user 'alice' - invalid credentials
    2024-06-04 09:00:12.611123+00:00 [info] <0.791.0> Halting Erlang VM with the following applications:
    2024-06-04 09:00:12.611123+00:00 [info] <0.791.0>     rabbit
    2024-06-04 09:00:12.611123+00:00 [info] <0.791.0>     mnesia

Read a line at a time, the reason (`PLAIN login refused`) is an event of its own and the error
above it says nothing of what failed: every failure counts twice, the connection's group mixes
every reason, and the reason's group has no connection. `continued_line` tells such a line by
its header: the same text to the end of the header as the open event's first line (the time
to a fraction of a second, the level, the process: one call's), and a shape that shows a
message going on:

- the first line announces more (its message ends with `:`) or is empty (a banner's first
  line), or the line is indented where the first line is not (a list under it), or empty (a
  blank line before an alarm's banner: `memory resource limit alarm set on node ...`);
- or the line before it already went on the event (a message's third line under its second);
- or the line is a stack's frame alone (`/go/src/app/token.go:206`), as Beego writes a crash's
  stack, a frame a call.

Two calls of one process within the same fraction of a second (`accepting AMQP connection`, then
`connection ... authenticated`) keep their events: the first announces nothing. A time in
whole seconds is no call's own: such lines are never joined.

A header that is only a level in brackets, with no time at all, is Maven's (`[ERROR] msg`, one
`[ERROR] ` before each line of a message of several): there every call of a level writes the
same header, so the shape alone tells a message going on (`_continued_untimed`): an empty line
or a rule (`-----`, said as a blank line), a line indented where the first is not, and the
lines under a first one that announces more, up to a blank line.

Owns `continued_line`; `generic.GenericFormat.continues` asks it for the lines the generic
format reads.
"""  # noqa: E501

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

# A fraction of a second in the header's time: a call's own instant, to the millisecond or finer.
_FRACTION = re.compile(r"\d[.,]\d{3,9}")
# A source file's path and a line in it, alone: a stack's frame, which Beego's RecoverPanic
# writes one `logs.Critical` call each under the crash's line (`[C]  Handler crashed with
# error ...`, then `[C]  /go/src/app/controllers/token.go:206`), all in one instant.
_SOURCE_POSITION = re.compile(r" {0,4}/?[\w.@+-]{1,128}(?:/[\w.@+-]{1,128}){0,32}\.\w{1,5}:\d{1,7}")
# How far into a line its header's time may end (a syslog prefix, a host before it).
_INSTANT_CHARS = 64
_LEVEL_CHARS = 12  # how far a bracketed level's `] ` may be (`[WARNING] `)
# The open event's first line, where its time's fraction ends in it (None: no fraction) and its
# header when that is a bracketed level alone (None: any other), for the line asked last: every
# line after an event's first is compared with it.
_instant: tuple[str | None, int | None, str | None] = (None, None, None)


def _header_of(line: str, message: str) -> str | None:
    """The text of `line` before `message`, when `line` ends with it; else None."""
    if not line.endswith(message):
        return None
    return line[: len(line) - len(message)]


def _untimed_header(line: str, parse: Callable[[str], ParsedFields | None]) -> str | None:
    """The header of `line` when it is a level in brackets and nothing else (`[ERROR] `), else
    None. Looked at first without parsing: most events' first lines are no such thing."""
    close = line.find("] ", 2, _LEVEL_CHARS)
    if line[:1] != "[" or close < 0 or not line[1:close].isalpha():
        return None
    fields = parse(line)
    if fields is None or fields.timestamp is not None or fields.level is None:
        return None
    header = _header_of(line, fields.message)
    return header if header == line[: close + 2] else None


def _continued_untimed(
    line: str,
    opened: str,
    previous: str,
    header: str,
    parse: Callable[[str], ParsedFields | None],
) -> str | None:
    """The message of `line` under the same untimed header as the open event's first line
    when its shape shows that message going on (module docstring); else None."""
    fields = parse(line)
    if fields is None or _header_of(line, fields.message) != header:
        return None
    message = fields.message
    if not message.strip() or _is_rule(message):
        return ""  # a blank or a rule drawn between the lines: no event, nothing said
    first = opened[len(header) :]
    if message[:1] in (" ", "\t") and first[:1] not in (" ", "\t"):
        return message
    if (
        first.rstrip().endswith(":")
        and previous.startswith(header)
        and previous[len(header) :].strip()
    ):
        return message  # under a first line that announces more, up to a blank line
    return None


def _is_rule(message: str) -> bool:
    """Whether `message` only draws a line (Maven's `-----` between its sections)."""
    text = message.strip()
    return len(text) >= 8 and not text.strip(text[0]) and text[0] in "-=*_~#"


@lru_cache(maxsize=64)
def _timed_header(line: str, parse: Callable[[str], ParsedFields | None]) -> tuple[str, str] | None:
    """(header, message) of a line whose header holds a time with a fraction of a second;
    cached, since every line after an event's first is compared with it while it is open."""
    fields = parse(line)
    if fields is None or fields.timestamp is None:
        return None
    header = _header_of(line, fields.message)
    if not header:
        return None
    end = match_timestamp_prefix(header)
    if end < 0 or _FRACTION.search(header, 0, end) is None:
        return None
    return header, fields.message


def continued_line(
    line: str,
    opened: str,
    previous: str,
    parse: Callable[[str], ParsedFields | None],
) -> str | None:
    """The message of `line` when the call that wrote `opened` (the open event's first line)
    wrote it too, under the same header (module docstring); `previous` is the line before it.
    None for any other line."""
    global _instant
    instant = _instant
    if instant[0] is not opened:
        found = _FRACTION.search(opened, 0, _INSTANT_CHARS)
        untimed = _untimed_header(opened, parse) if found is None else None
        instant = _instant = (opened, None if found is None else found.end(), untimed)
    end = instant[1]
    if end is None:
        untimed = instant[2]
        if untimed is None or not line.startswith(untimed):
            return None
        return _continued_untimed(line, opened, previous, untimed, parse)
    # The header's time to its fraction: almost every other line is refused here, at the
    # cost of a slice (parsing the event's first line again for each would cost a parse per
    # event: a third more time on a file of RabbitMQ's).
    if line[:end] != opened[:end]:
        return None
    head = _timed_header(opened, parse)
    if head is None:
        return None
    header, first = head
    if not line.startswith(header):
        return None
    fields = parse(line)
    if fields is None or _header_of(line, fields.message) != header:
        return None
    message = fields.message
    if previous is not opened and previous.startswith(header):
        return message  # the event already goes on under this header
    if not message.strip() or not first.strip() or first.rstrip().endswith(":"):
        return message
    if _SOURCE_POSITION.fullmatch(message) is not None:
        return message  # a stack's frame, a call each (`_SOURCE_POSITION`)
    if message[:1] in (" ", "\t") and first[:1] not in (" ", "\t"):
        return message
    return None
