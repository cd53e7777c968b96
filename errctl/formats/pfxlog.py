"""pfxlog's text layout (github.com/michaelquigley/pfxlog, OpenZiti's controller and routers):
the seconds since the process started in brackets, the level right-aligned to seven columns,
the function that logged (a channel's context after it in brackets, an attribute), a colon,
then the entry's fields in braces, each value in brackets, before the message:

    [   0.078]    INFO ziti/controller/db.RunMigrations.func1: edge datastore is up to date
    [112808.524] WARNING ziti/router/link.(*linkRegistryImpl).evaluateLinkState.func1:
        {key=[default->tls:Tn4-hR7cQs->default]} link already present, but link status ...
    [  41.305]   ERROR ziti/controller/handler_edge_ctrl.(*baseRequestHandler).returnError
        [ch{pZ8kD_3Lwa}->u{classic}->i{pZ8kD_3Lwa/j4NN}]: {routerId=[pZ8kD_3Lwa] ...} ...

(each entry one line; wrapped here). The seconds are the `uptime` attribute (no time of
day: the time a container runtime writes before the line, `docker logs -t`'s, is the
event's), the function the logger, the fields attributes. Without this reading the X server's
reader took the bracketed seconds for its own, every line info, and the fields, which Go
writes in a map's random order, stayed in the message: one statement, a template per order.

Owns `pfxlog_line`.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_LINE = re.compile(
    r"\[ *(?P<uptime>-?\d{1,10}\.\d{3})\] +(?P<level>TRACE|DEBUG|INFO|WARNING|ERROR|FATAL|PANIC) "
    r"(?P<func>[^\s:{}]{1,512})(?: \[(?P<context>[^\]\s]{1,512})\])?: (?P<msg>.*)",
    re.S,
)
# The fields before the message: `{key=[value] other=[value]}`, a value running to the `]`
# that the next key or the closing brace follows (a value may hold brackets: `[a [b]]`).
# (One bounded lazy run to the braces' first `]} `: nested lazy runs backtracked without end
# on a line of many unclosed pairs.)
_FIELDS = re.compile(r"\{(?P<pairs>[\w.-]{1,64}=\[.{0,4096}?\])\} ", re.S)
_PAIR = re.compile(r"(?P<key>[\w.-]{1,64})=\[(?P<value>.{0,1024}?)\](?= [\w.-]{1,64}=\[|\Z)", re.S)


def pfxlog_line(line: str, pos: int = 0, timestamp: str | None = None) -> ParsedFields | None:
    """The fields of a line in pfxlog's layout (module docstring) from `pos`, or None;
    `timestamp`: the time written before it."""
    m = _LINE.match(line, pos)
    if m is None:
        return None
    msg = m["msg"]
    attributes: dict[str, object] = {"uptime": float(m["uptime"])}
    if m["context"] is not None:
        attributes["context"] = m["context"]
    fields = _FIELDS.match(msg)
    if fields is not None:
        pairs = {p["key"]: p["value"] for p in _PAIR.finditer(fields["pairs"])}
        if pairs:
            attributes.update(pairs)
            msg = msg[fields.end() :]
    return ParsedFields(msg, timestamp, m["level"], logger=m["func"], attributes=attributes)
