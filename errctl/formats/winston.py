"""winston's text layout (Node.js): `format.simple()`, the level, the message, then the rest of
the record as JSON.

    warn: slow lookup for order 5 {"ms":155,"timestamp":"2026-12-04T02:53:52.779Z"}
    error: db query failed {"code":"ECONNRESET","order":6,"service":"orders","timestamp":"..."}

(`${level}: ${message} ${JSON.stringify(rest)}`, one line a record; npm's levels). Owns
`WinstonFormat` and the module instance `FORMAT` (name "winston"). The JSON is the record's
other fields, read as a JSON line's are (`fields.fields_from_mapping`): `timestamp` (added by
`format.timestamp()`) is the event's time, `service` (winston's `defaultMeta` example) its
service, `label` its logger, `stack` (`format.errors({ stack: true })`) its trace, the rest its
attributes. Without them, read as raw text, every event of a file of these lines took the
file's modification time, and its title carried the JSON. A line with no JSON after its message
(`info: listening`) says too little to be told from another program's `error: ...` line and is
left to the other formats, but in a file whose first lines show winston's records with their
JSON (`specialise`): there it is winston's too, as is the first line of a message of several
lines, whose JSON ends its last (Parse Server's `info: Ran cloud function getFeed for user
... with:`, then `  Input: ...` and `  Result: ... {"functionName":...}`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import orjson

from errctl.formats.fields import fields_from_mapping
from errctl.models import ParsedFields

_LINE = re.compile(r"(?P<level>error|warn|info|http|verbose|debug|silly): (?P<rest>.*\})\Z", re.S)
_FIRSTS = frozenset("ewihvds")
_MAX_TRIES = 8  # ` {` a message may hold before its JSON (each try is one parse)
_LEVELS = {"warn": "warning", "http": "info", "verbose": "debug", "silly": "trace"}
# A record with no JSON after its message, in a file of winston's records (`specialise`).
_BARE = re.compile(
    r"(?P<level>error|warn|info|http|verbose|debug|silly): (?P<message>\S.*)\Z", re.S
)
# How many of a file's first lines are asked whether winston writes it.
_SAMPLE_LINES = 200


class WinstonFormat:
    name = "winston"
    multiline = True

    def __init__(self, bare: bool = False) -> None:
        self.bare = bare

    def specialise(self, sample: list[str]) -> WinstonFormat:
        """This file's winston: one that reads a record without JSON too (`_BARE`) when a
        line of the sample is winston's with its JSON."""
        if not self.bare and any(map(self.parse, sample[:_SAMPLE_LINES])):
            return WinstonFormat(bare=True)
        return self

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] not in _FIRSTS:
            return None
        fields = _with_json(line)
        if fields is None and self.bare:
            return _bare(line)
        return fields


def _with_json(line: str) -> ParsedFields | None:
    """A record with its JSON after its message, or None."""
    if line[-1:] != "}":
        return None
    m = _LINE.match(line)
    if m is None:
        return None
    rest = m["rest"]
    at = rest.find(" {")
    for _ in range(_MAX_TRIES):
        if at < 0:
            return None
        meta = _object(rest[at + 1 :])
        if meta is not None:
            break
        at = rest.find(" {", at + 1)
    else:
        return None
    message = rest[:at]
    if any(key in meta for key in ("message", "msg", "level")):
        return None  # another writer's record after some words: not winston's rest
    label = meta.get("label")
    if isinstance(label, str) and "logger" not in meta:
        # `format.label({ label })` names the logger, which the JSON aliases do not know.
        meta = {"logger": label, **{k: v for k, v in meta.items() if k != "label"}}
    fields = fields_from_mapping({**meta, "message": message})
    if fields is None:
        return None
    level = m["level"]
    return replace(fields, level=_LEVELS.get(level, level), message=message)


def _bare(line: str) -> ParsedFields | None:
    """A record with no JSON after its message (`_BARE`), or None."""
    m = _BARE.match(line)
    if m is None:
        return None
    level = m["level"]
    return ParsedFields(m["message"], None, _LEVELS.get(level, level))


def _object(text: str) -> dict | None:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return value if type(value) is dict and value else None


FORMAT = WinstonFormat()
