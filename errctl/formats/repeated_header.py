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
- or the line before it already went on the event (a message's third line under its second).

Two calls of one process within the same fraction of a second (`accepting AMQP connection`, then
`connection ... authenticated`) keep their events: the first announces nothing. A time in
whole seconds is no call's own: such lines are never joined.

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
# How far into a line its header's time may end (a syslog prefix, a host before it).
_INSTANT_CHARS = 64
# The open event's first line and where its time's fraction ends in it (None: no fraction),
# for the line asked last: every line after an event's first is compared with it.
_instant: tuple[str | None, int | None] = (None, None)


def _header_of(line: str, message: str) -> str | None:
    """The text of `line` before `message`, when `line` ends with it; else None."""
    if not line.endswith(message):
        return None
    return line[: len(line) - len(message)]


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
        instant = _instant = (opened, None if found is None else found.end())
    end = instant[1]
    # The header's time to its fraction: almost every other line is refused here, at the
    # cost of a slice (parsing the event's first line again for each would cost a parse per
    # event: a third more time on a file of RabbitMQ's).
    if end is None or line[:end] != opened[:end]:
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
    if message[:1] in (" ", "\t") and first[:1] not in (" ", "\t"):
        return message
    return None
