"""Go's `%v` of a map, as a logger that formats its fields with fmt writes it.

logrus' TextFormatter prints a field whose value is a map with `fmt.Sprint`:
`map[headers:map[accept:application/json user-agent:curl/8.5.0] method:POST
path:/oauth2/token]` (Ory Hydra's, Kratos' and Keto's `http_request=`, quoting disabled).
Owns `go_map`, which reads that text back into a dict, so that a request's method, path and
status are found where a JSON record keeps them (`http_records`). fmt sorts a map's keys and
quotes nothing, so a value runs, bracket-balanced, to the blank before the next key that sorts
after its own, or to its map's closing bracket: a user agent's blanks and parentheses stay in
its value.
"""

from __future__ import annotations

import re

# A key and its colon; Go's map keys here are header and field names.
_KEY = re.compile(r"([A-Za-z_][\w.-]{0,63}):")
# Past this, a value is no header's or field's map worth reading; nor one nested deeper.
_MAX_CHARS = 64 * 1024
_MAX_DEPTH = 16


def go_map(text: str) -> dict[str, object] | None:
    """The dict `text` prints (`map[k:v k2:map[...]]`, values as strings), or None when
    `text` is not a whole map as fmt writes one."""
    if not text.startswith("map[") or text[-1:] != "]" or len(text) > _MAX_CHARS:
        return None
    read = _entries(text, 4)
    if read is None or read[1] != len(text):
        return None
    return read[0]


def _entries(text: str, pos: int, depth: int = 0) -> tuple[dict[str, object], int] | None:
    """The entries of the map whose `map[` ends before `pos`, and where its `]` ends."""
    if depth > _MAX_DEPTH:
        return None
    out: dict[str, object] = {}
    if text[pos : pos + 1] == "]":
        return out, pos + 1
    key = _KEY.match(text, pos)
    while key is not None:
        name, start = key[1], key.end()
        if text.startswith("map[", start):
            inner = _entries(text, start + 4, depth + 1)
            if inner is None:
                return None
            out[name], end = inner
            if text[end : end + 1] == "]":
                return out, end + 1
            nxt = _KEY.match(text, end + 1) if text[end : end + 1] == " " else None
            if nxt is None or nxt[1] <= name:
                return None
            key = nxt
            continue
        scalar = _scalar(text, start, name)
        if scalar is None:
            return None
        out[name], end, key = scalar
        if key is None:
            return out, end
    return None


def _scalar(text: str, start: int, name: str) -> tuple[str, int, re.Match[str] | None] | None:
    """A plain value from `start`: (value, where the map ends or the next key starts, that
    key's match, None when the map ended)."""
    depth = 0
    i = start
    while True:
        i = _next_mark(text, i)
        if i < 0:
            return None
        c = text[i]
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return text[start:i], i + 1, None
            depth -= 1
        elif depth == 0 and (key := _KEY.match(text, i + 1)) is not None and key[1] > name:
            return text[start:i], key.start(), key
        i += 1


_MARKS = re.compile(r"[\[\] ]")


def _next_mark(text: str, pos: int) -> int:
    """Where the next bracket or blank is at or after `pos`, or -1."""
    m = _MARKS.search(text, pos)
    return -1 if m is None else m.start()
