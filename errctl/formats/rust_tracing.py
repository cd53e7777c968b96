"""Rust's tracing-subscriber `fmt()` layout, after its time and level: what Vector, Linkerd's
proxy and most Rust services built on tokio write.

    2024-06-04T06:00:02.123456Z  INFO vector::topology::running: Running healthchecks.
    [   118.344224s]  INFO ThreadId(01) inbound:server{port=8080}: linkerd_app_core::serve: \
Connection closed error=TLS detection timed out client.addr=10.42.1.210:45936

After the level: the thread's id when the subscriber shows it (`ThreadId(01)`), the spans the
event is in (`inbound:server{port=8080}:`, each with its fields), the target (a module path) and a
colon, the message, then the event's fields as `key=value`, a value written with `Display`
unquoted, blanks and all (`error=TLS detection timed out`). The time is the wall clock's, or
with the `uptime()` timer the seconds since the process started, in brackets and padded
(Linkerd's proxy): such a line has no time of its own, its uptime an attribute.

`tracing_event(line, pos)` reads what follows the level; `uptime_line(line)` a whole line of the
uptime layout. Both give None for any other text.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from errctl.models import ParsedFields

# The target is the logger; a bare word is one only after spans with fields (`ERROR Failed:
# reason` is a sentence). A span without fields is a bare name (Linkerd's `inbound:server{...}`,
# SurrealDB's `rpc/call`: a span's name is any string its code gives).
# A span's fields in braces, a value's own braces in them: a struct its `Debug` prints
# (text-generation-inference's `generate{parameters=GenerateParameters { best_of: None, ... }
# total_time="12.6s"}`). Possessive: each character is either, so nothing is tried twice.
SPAN_BRACES = r"\{(?:[^{}\n]|\{[^{}\n]{0,2048}+\}){0,4096}+\}"
_TRACING_TARGET = re.compile(
    r"(?:ThreadId\((?P<thread>\d{1,6})\) )?"
    rf"(?:(?P<spans>[A-Za-z_][\w./-]{{0,128}}(?:{SPAN_BRACES})?"
    rf"(?::[A-Za-z_][\w./-]{{0,128}}(?:{SPAN_BRACES})?){{0,32}}): )?"
    r"(?P<target>[A-Za-z_]\w{0,63}(?:::[A-Za-z_]\w{0,63}){0,16})(?:: | - )"
)
_UPTIME = re.compile(
    r"\[ {0,12}(?P<uptime>\d{1,12}\.\d{1,9})s\] {1,2}(?P<level>TRACE|DEBUG| INFO| WARN|ERROR) "
)
# Where the event's fields start: a blank, then a field's name (snake case, dotted for a
# nested one: `client.addr`) and `=`.
_FIELD = re.compile(r" (?=[a-z_][a-z0-9_]{0,63}(?:\.[a-z_][a-z0-9_]{0,63}){0,8}=)")
_FIELDS_ALONE = re.compile(r"[a-z_][a-z0-9_]{0,63}(?:\.[a-z_][a-z0-9_]{0,63}){0,8}=")


def tracing_event(
    line: str, pos: int, crate_ok: bool = False
) -> tuple[str, str, dict[str, Any]] | None:
    """(message, target, attributes) of the text after the level at `pos`, or None when no
    target follows it there. A target of one word (a crate's root, `linkerd2_proxy:`) is one
    only where the line already says tracing wrote it: its header (`crate_ok`) or the thread
    id tracing writes before it (`ThreadId(01)`)."""
    m = _TRACING_TARGET.match(line, pos)
    if m is None:
        return None
    if not (crate_ok or m["thread"] or "::" in m["target"] or "{" in (m["spans"] or "")):
        return None
    attrs: dict[str, Any] = {}
    if m["thread"] is not None:
        attrs["thread"] = int(m["thread"])
    if m["spans"]:
        attrs["spans"] = m["spans"]
        if "{" in m["spans"]:
            attrs.update(_span_fields(m["spans"]))
    message = line[m.end() :]
    if ".rs:" in message[:260] and (located := _LOCATION.match(message)) is not None:
        attrs["caller"] = located["caller"]  # `with_file(true).with_line_number(true)`
        message = message[located.end() :]
    fields = _event_fields(message)
    if fields is not None:
        message, pairs = fields
        attrs.update(pairs)  # (an event's field says more than its span's of the same name)
    return message, m["target"], attrs


# Where the event was written, after the target, when the subscriber names the file and line
# (`router/src/server.rs:511: Success`): no part of the message, and its line moves with
# every edit of the file.
_LOCATION = re.compile(r"(?P<caller>[\w./-]{1,256}\.rs:\d{1,7}): ")
_SPAN_FIELDS = re.compile(rf"(?<=[\w./-]){SPAN_BRACES}")


def _span_fields(spans: str) -> dict[str, str]:
    """The fields of the spans an event is in (`request{method=GET uri=/v1/search}`): the
    request tower-http's `TraceLayer` events belong to, which they do not repeat. An outer
    span's field wins over an inner one's of the same name."""
    pairs: dict[str, str] = {}
    for braced in _SPAN_FIELDS.finditer(spans):
        text = " " + braced.group(0)[1:-1]
        cuts = [f.start() for f in _FIELD.finditer(text)]
        for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
            key, _, value = text[start + 1 : end].partition("=")
            pairs.setdefault(key, _unquoted(value))
    return pairs


def uptime_line(line: str) -> ParsedFields | None:
    """The fields of a line with the uptime timer's time (`[   118.344224s]  INFO ...`)."""
    m = _UPTIME.match(line)
    if m is None:
        return None
    event = tracing_event(line, m.end(), crate_ok=True)
    if event is None:
        return None
    message, target, attrs = event
    attrs = {"uptime_s": float(m["uptime"]), **attrs}
    return ParsedFields(message, None, m["level"].strip(), logger=target, attributes=attrs)


def _event_fields(message: str) -> tuple[str, dict[str, str]] | None:
    """The message and the fields after it, or None when none follow. A message of fields
    alone (`tracing::info!(port, "...")` puts the message first; with none, the fields are
    all there is) is left whole."""
    if _FIELDS_ALONE.match(message):
        return None
    cuts = [f.start() for f in _FIELD.finditer(message)]
    if not cuts:
        return None
    pairs: dict[str, str] = {}
    for start, end in zip(cuts, [*cuts[1:], len(message)], strict=True):
        key, _, value = message[start + 1 : end].partition("=")
        pairs[key] = _unquoted(value)
    return message[: cuts[0]], pairs


def _unquoted(value: str) -> str:
    """A field's value as the program had it: a string recorded with `Debug` is written
    quoted and escaped (`url.path="/health"`), a `Display` one bare."""
    if len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    try:
        text = orjson.loads(value)
    except orjson.JSONDecodeError:  # (Rust's escapes are not all JSON's: `\u{1f600}`)
        return value
    return text if type(text) is str else value
