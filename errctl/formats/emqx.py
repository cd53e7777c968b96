"""EMQX 5's text log (`log/emqx.log.1`, `emqx.log.2`, ...; its console), written by
`emqx_logger_textfmt` over OTP's `logger_formatter` with `single_line` (EMQX 5.0 to 5.8):

    2024-06-04T08:37:21.007170+00:00 [warning] tag: AUTHZ, clientid: c1, msg: cannot_publish_to_topic_due_to_not_authorized, peername: 10.0.3.91:45564, username: u1, topic: t/1, reason: not_authorized
    2024-06-04T08:38:00.085138+00:00 [warning] msg: log_events_throttled_during_last_period, period: 1 minutes, 0 seconds, dropped: #{authentication_failure => 1}
    2024-06-05T03:47:15.369012+00:00 [error] Supervisor: {local,emqx_resource_manager_sup}. Context: child_terminated. Reason: ...

The time (RFC 3339 to the microsecond at the configured offset; microseconds since the epoch
with `timestamp_format = epoch`), the level in brackets (OTP's: debug, info, notice, warning,
error, critical, alert, emergency), then the message. A structured call (`?SLOG(Level, #{msg
=> name, key => Value})`) is printed as its report's pairs, `key: value` joined by `, `: the
formatter adds the logger's metadata to the report and puts them first, in a fixed order
(`tag`, `clientid`, `msg`, `peername`, `username`, `topic`, each when there is one), then the
report's other keys in key order (a map's). EMQX 5.0 added `mfa` and `line` to the report
instead, sorted among the others. A value is printed as text when it is text (a topic, a client
id) and as an Erlang term otherwise (`{a,b}`, `[{k,v}]`, `#{k => v}`, `<<"bin">>`,
`<0.4847.0>`), on one line. A call with a format string (a supervisor's or a server's report,
`** Node ... not responding **`) is printed as its text.

Owns `EmqxFormat`, the module instance `FORMAT` (name "emqx") and `report_pairs`. `parse`
reads a line under EMQX's head (its time with `T` and an offset, an OTP level in brackets):

- a structured report (its body a run of pairs, one of them `msg`) as the statement: the
  message is `msg`'s value (the statement's name), then the statement's own pairs, `key:
  value` in the order printed, so its template names the statement and the keys it logs.
  The metadata are the client's and the call site's, not the statement's: `tag` is the
  logger (`AUTHZ`, `AUTHN`), `clientid`, `peername`, `username`, `mfa` and `line` are
  attributes, and a statement logged for a client with a username and for one without is one
  statement. `topic`, which the formatter also moves forward, stays in the statement: it is
  what the statement is about. The pairs are split at `, ` before a key and its `: `,
  outside brackets and double quotes (a term's commas and a text's `, ` in parentheses stay in
  their value); a body whose brackets do not balance (a text's stray parenthesis) is split at
  every `, key: `. Values are the template miner's to mask, as in any message;
- any other line as generic reads it (time, level, message), so that a file whose first lines
  held no such line still reads it, not as raw text.
"""  # noqa: E501

from __future__ import annotations

import re
from typing import Any

from errctl.formats import generic
from errctl.models import ParsedFields

_HEAD = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)|\d{16})"
    r" \[(?P<level>debug|info|notice|warning|error|critical|alert|emergency)\] "
)
# A key: an atom as `~tp` prints it, bare (`clientid`, `from_username`).
_KEY = re.compile(r"[a-z][A-Za-z0-9_@]{0,63}: ")
_PAIR_START = re.compile(r", (?=[a-z][A-Za-z0-9_@]{0,63}: )")
METADATA = ("tag", "clientid", "peername", "username", "mfa", "line")
"""The keys the formatter adds to a report from the logger's metadata (the client's, the call
site's), not the statement's own."""
_OPENERS = {"{": "}", "[": "]", "(": ")", "<<": ">>"}
# What the pairs' split looks at: a quote, a bracket (a binary's `<<` and `>>` too), and the
# `, ` before a key; the text between is skipped at regex speed.
_SPECIAL = re.compile(r'"|<<|>>|[{}\[\]()]|, (?=[a-z][A-Za-z0-9_@]{0,63}: )')
_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*"', re.S)


def _boundaries(body: str) -> list[int] | None:
    """Where each pair after the first starts (the `, ` before its key), outside brackets and
    double quotes; None when the body's brackets or quotes do not balance."""
    cuts: list[int] = []
    closing: list[str] = []
    pos = 0
    while (m := _SPECIAL.search(body, pos)) is not None:
        found, pos = m.group(), m.end()
        if found == '"':
            rest = _STRING_REST.match(body, pos)
            if rest is None:
                return None
            pos = rest.end()
        elif found in _OPENERS:
            closing.append(_OPENERS[found])
        elif closing and found == closing[-1]:
            closing.pop()
        elif found[0] == ",":
            if not closing:
                cuts.append(m.start())
        elif found != ">>":  # a `>>` closing no binary is text (`a >> b`)
            return None
    return None if closing else cuts


def report_pairs(body: str) -> list[tuple[str, str]] | None:
    """The `key: value` pairs of a report printed on one line, in order; None when `body`
    does not open with a key."""
    if _KEY.match(body) is None:
        return None
    cuts = _boundaries(body)
    if cuts is None:
        cuts = [m.start() for m in _PAIR_START.finditer(body)]
    pairs: list[tuple[str, str]] = []
    for start, stop in zip([-2, *cuts], [*cuts, len(body)], strict=True):
        key, _, value = body[start + 2 : stop].partition(": ")
        pairs.append((key, value))
    return pairs


class EmqxFormat:
    name = "emqx"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        head = _HEAD.match(line) if line[:1].isdigit() else None
        if head is None:
            return None
        body = line[head.end() :]
        pairs = report_pairs(body)
        if pairs is None or not any(key == "msg" for key, _ in pairs):
            # A call with a format string, under EMQX's head: read as generic reads it, so a
            # file whose sample held none of these lines still reads them (not as raw text).
            fields = generic.FORMAT.parse(line)
            return fields if fields is not None else ParsedFields(body, head["ts"], head["level"])
        name = None
        said: list[str] = []
        attributes: dict[str, Any] = {}
        logger = None
        for key, value in pairs:
            if key == "msg" and name is None:
                name = value
            elif key == "tag" and logger is None:
                logger = value
            elif key in METADATA and key not in attributes:
                attributes[key] = value
            else:
                said.append(f"{key}: {value}")
        return ParsedFields(
            ", ".join([name or "", *said]),
            head["ts"],
            head["level"],
            logger=logger,
            attributes=attributes or None,
        )


FORMAT = EmqxFormat()
