"""The message and fields of the unified log format of TiDB, TiKV and PD (tikv/rfcs 0018),
after its header `[time] [LEVEL] [file.go:12]`: the message in brackets, quoted when it holds a
blank or another special character (`["Welcome to TiDB."]`, `[kill]`), then each field in
brackets as `key=value`, the key and the value quoted as the message is (`["ddl lease"=45s]`,
`[sql="select 1"]`, `[old-leader=]`). The fields are the statement's values: a message read
with them was a skeleton of their keys, every statement with the same keys one template."""

from __future__ import annotations

import re

import orjson

_QUOTED = r'"(?:[^"\\]|\\.){0,65536}"'
_MESSAGE = re.compile(rf' ?\[({_QUOTED}|[^\s\[\]"=]{{1,256}})\]')
_FIELD = re.compile(rf' \[({_QUOTED}|[^\s\[\]"=]{{1,256}})=({_QUOTED}|[^\[\]"]{{0,65536}})\]')


def unified_fields(line: str, pos: int) -> tuple[str, dict[str, str]] | None:
    """The message and the fields of `line` from `pos` (a blank may come first), when the
    rest of the line is the message and fields alone; None otherwise (the text is read as the
    header left it)."""
    m = _MESSAGE.match(line, pos)
    if m is None:
        return None
    end = len(line.rstrip())
    pos = m.end()
    fields: dict[str, str] = {}
    while pos < end:
        f = _FIELD.match(line, pos)
        if f is None:
            return None
        fields[_text(f[1])] = _text(f[2])
        pos = f.end()
    return _text(m[1]), fields


def _text(token: str) -> str:
    """A key, value or message as written: a quoted one unescaped as the JSON string it is."""
    if token[:1] != '"':
        return token
    try:
        text = orjson.loads(token)
    except orjson.JSONDecodeError:
        return token[1:-1]
    return text if type(text) is str else token[1:-1]
