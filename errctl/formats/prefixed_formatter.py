"""logrus' prefixed text formatter (x-cray/logrus-prefixed-formatter) after its bracketed time,
as generic reads it: Blocky's log, and other Go services that log with it.

    [2024-06-06 06:00:08]  INFO queryLog: query resolved answer=A (140.82.121.6) client_ip=192.168.1.23 question_type=A response_reason=RESOLVED (tcp-tls:1.1.1.1:853)
    [2024-06-06 07:12:00]  WARN list_cache: Can't download file: got status code 404 attempt=1/3 link=https://example.org/list.txt

The level upper-cased and padded to five (`%5s`), the entry's `prefix` field and a colon, the
message, then the other fields sorted by key. The formatter writes a value bare even when it
holds blanks (`answer=A (140.82.121.6)`), so a value runs to the blank before the next key:
the keys ascend, which is how the fields are told from the message. Owns `prefixed_fields`.
Left in the message, each value's words made the statement's shape: one template per answer,
blocking group and upstream.

ntfy's text log writes the same sorted fields in parentheses after the message, comma-parted
(`Connection closed with HTTP 500 (error=..., http_method=GET, http_path=/x, tag=http,
visitor_ip=...)`): `parenthesized_pairs` reads them.
"""  # noqa: E501

from __future__ import annotations

import re
from collections.abc import Callable

from errctl.models import ParsedFields

# After the time's bracket: the padded level, then the prefix (a name and a colon), if any.
_HEAD = re.compile(
    r" (?P<level> INFO| WARN|ERROR|DEBUG|TRACE|FATAL|PANIC|WARNING) "
    r"(?:(?P<prefix>[A-Za-z_][\w.-]{0,63}): )?"
)
# Where a field starts: a blank, its key, `=`.
_KEY = re.compile(r" ([A-Za-z_][\w.-]{0,63})=")


def prefixed_fields(line: str, pos: int, timestamp: str) -> ParsedFields | None:
    """The fields of a prefixed formatter's line whose time's bracket closes before `pos`, or
    None when the level is not padded as the formatter pads it, or neither a prefix nor
    fields follow it: `[time] ERROR` before a Java logger's name is another layout's."""
    m = _HEAD.match(line, pos)
    if m is None:
        return None
    message, pairs = sorted_pairs(line[m.end() :])
    if not pairs and m["prefix"] is None:
        return None
    level = m["level"].lstrip()
    return ParsedFields(message, timestamp, level, logger=m["prefix"], attributes=pairs or None)


def sorted_pairs(text: str) -> tuple[str, dict[str, object]]:
    """`text` cut before the `key=value` fields that end it, and the fields: the last keys
    of `text`, two or more, ascending (the formatter sorts them), each value running to the
    blank before the next key. `text` whole and no fields when fewer than two keys ascend to
    its end, or nothing is left before them."""
    read = _ascending_tail(list(_KEY.finditer(text)), len(text), lambda key: True)
    return (text, {}) if read is None else read


def _ascending_tail(
    keys: list[re.Match[str]], end: int, opens: Callable[[re.Match[str]], bool]
) -> tuple[str, dict[str, object]] | None:
    """(the text before them, the fields) of the last `keys` of a text, two or more, whose
    names ascend to its end and whose first `opens` the run, each value running to the next
    key's match or to `end`; None when there is no such run, or nothing before it."""
    last = len(keys) - 1
    first = None
    for i in range(last, -1, -1):
        if i < last and keys[i][1] >= keys[i + 1][1]:
            break
        if opens(keys[i]):
            first = i
    if first is None or first == last or keys[first].start() == 0:
        return None
    pairs: dict[str, object] = {}
    for i in range(first, last + 1):
        stop = keys[i + 1].start() if i < last else end
        pairs[keys[i][1]] = keys[i].string[keys[i].end() : stop]
    return keys[first].string[: keys[first].start()], pairs


# Where a parenthesized field starts: its opening parenthesis or a comma and a blank, its key.
_PAREN_KEY = re.compile(r"(?: \(|, )([a-z_][\w.-]{0,63})=")


def parenthesized_pairs(message: str) -> tuple[str, dict[str, object]] | None:
    """(the message before it, the fields) when `message` ends with a parenthesized run of
    `key=value` fields, two or more, their keys ascending, each value running to the `, ` before
    the next key (ntfy's); None otherwise."""
    if message[-1:] != ")" or " (" not in message:
        return None
    # The run opens at a ` (` (the earliest from which the keys ascend) and ends at the `)`.
    keys = list(_PAREN_KEY.finditer(message))
    return _ascending_tail(keys, len(message) - 1, lambda key: key[0][:2] == " (")
