"""logfmt: `key=value key2="quoted \"value\"" ...` lines (Go's go-kit/log, logrus text, Heroku).

Owns `LogfmtFormat`, the module instance `FORMAT` (name "logfmt") and `split_pairs`. A header
starts with a key=value pair, consists only of pairs (and bare keys, which logfmt allows), has at
least two pairs, and names at least one of the keys that real logfmt emitters always write (ts,
time, level, msg, ...): this keeps ordinary prose with an `=` in it out. Fields map through
the same aliases as JSON (`errctl.formats.fields`); values stay strings.
"""

from __future__ import annotations

import bisect
import re

from errctl.formats.fields import fields_from_mapping
from errctl.models import ParsedFields

# Used only for lines with backslash escapes; plain lines take the str-method path below,
# which is several times faster than any regex over the whole line.
_Q = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
_TOKEN = re.compile(r'([^\s="]+)(=(?:' + _Q + r'|([^\s"]*)))?(?:[ \t]+|\Z)', re.S)
_QV = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_LINE = re.compile(
    r'[^\s="]+=(?:' + _QV + r'|[^\s"]*)'
    r'(?:[ \t]+[^\s="]+(?:=(?:' + _QV + r'|[^\s"]*))?)*[ \t]*\Z',
    re.S,
)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEY_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_@")
HEADER_KEYS = frozenset(
    ("ts", "time", "timestamp", "level", "lvl", "severity", "msg", "message", "@timestamp")
)


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def _split_escaped(line: str) -> tuple[dict[str, str | bool], int] | None:
    if _LINE.match(line) is None:
        return None
    out: dict[str, str | bool] = {}
    pairs = 0
    for key, eq, quoted, plain in _TOKEN.findall(line):
        # findall gives "" for a group that did not take part.
        if not eq:
            out[key] = True
        elif quoted:
            out[key] = _unescape(quoted) if "\\" in quoted else quoted
            pairs += 1
        else:
            out[key] = plain
            pairs += 1
    return out, pairs


def split_pairs(line: str) -> tuple[dict[str, str | bool], int] | None:
    """The key/value pairs of a logfmt line and how many were `k=v` (not bare keys), or None
    when the line is not made only of logfmt tokens or does not start with a pair."""
    if "\\" in line:
        return _split_escaped(line)
    parts = line.split('"')
    last = len(parts) - 1
    if last & 1:  # an odd number of quotes: unterminated
        return None
    out: dict[str, str | bool] = {}
    pairs = 0
    pending = ""
    for i, part in enumerate(parts):
        if i & 1:  # inside quotes: the value of the key before the opening quote
            out[pending] = part
            pairs += 1
            continue
        if i and part and part[0] not in " \t":  # a closing quote must end the token
            return None
        toks = part.split()
        if i < last:
            # The text before an opening quote must end with `key=`.
            if not part.endswith("=") or not toks:
                return None
            key = toks.pop()[:-1]
            if not key or "=" in key:
                return None
            pending = key
        for tok in toks:
            k, eq, v = tok.partition("=")
            if not k:
                return None
            if eq:
                out[k] = v
                pairs += 1
            elif not pairs:
                return None  # the first token must be a pair
            else:
                out[k] = True
    return out, pairs


# Loggers that do not escape quotes inside values write `err="bad "x""`. Such a line is still
# a logfmt event when it opens with a header key: read a quoted value up to the first quote that
# is followed by a space or the end, else a bare value up to a space. This is the regex
# `([A-Za-z_@][\w.@/-]*)=(?:"(.*?)"(?=\s|$)|(\S*))` applied with findall, done in linear time:
# a lazy scan for the closing quote, retried from every `="`, was quadratic on hostile input
# (`a="x ` repeated: 0.6 s for a 16 KB line), so the closing quotes are found once and looked
# up; and a word that is not a key is skipped whole (every later start inside it fails alike).
_LENIENT_KEY = re.compile(r"([A-Za-z_@][\w.@/-]*)=|[A-Za-z_@][\w.@/-]*+")
_LENIENT_CLOSER = re.compile(r'"(?=\s|$)')
_NON_BLANKS = re.compile(r"\S*")
_LENIENT_MAX = 16 * 1024


def _lenient_pairs(line: str) -> tuple[dict[str, str | bool], int] | None:
    if len(line) > _LENIENT_MAX or line.count('"') & 1:
        return None  # too long to be a log header worth the effort, or a value cut short
    if line[: line.find("=")] not in HEADER_KEYS:
        return None
    closers = [m.start() for m in _LENIENT_CLOSER.finditer(line)]
    out: dict[str, str | bool] = {}
    pos = 0
    while (m := _LENIENT_KEY.search(line, pos)) is not None:
        key, pos = m.group(1), m.end()
        if not key:
            continue  # a word skipped whole
        if line.startswith('"', pos):
            i = bisect.bisect_right(closers, pos)
            if i < len(closers) and "\n" not in line[pos : closers[i]]:
                out[key], pos = line[pos + 1 : closers[i]], closers[i] + 1
                continue
        end = _NON_BLANKS.match(line, pos).end()  # type: ignore[union-attr]
        out[key], pos = line[pos:end], end
    return (out, len(out)) if out else None


class LogfmtFormat:
    name = "logfmt"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if not line or line[0] not in _KEY_START:
            return None
        eq = line.find("=")
        if eq < 0 or eq > 64:  # the first key is short; prose rarely has '=' this early
            return None
        try:
            split = split_pairs(line)
        except RecursionError:
            return None
        if split is None:
            split = _lenient_pairs(line)
            if split is None:
                return None
        fields, pairs = split
        if pairs < 2 or HEADER_KEYS.isdisjoint(fields):
            return None
        return fields_from_mapping(fields, nested=False)


FORMAT = LogfmtFormat()
