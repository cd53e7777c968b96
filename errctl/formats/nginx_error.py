"""nginx's error log:

    2024/05/01 12:00:00 [error] 1234#1234: *5 connect() failed (111: Connection refused) while
    connecting to upstream, client: 10.0.0.1, server: example.com, request: "GET /api HTTP/1.1",
    upstream: "http://127.0.0.1:8080/api", host: "example.com"

(`yyyy/mm/dd hh:mm:ss [level] pid#tid: *connection message`, one line; NGINX Unit's unit.log
writes the same header without the colon, `2024/06/04 06:00:02 [info] 2104#2104 unit 1.32.1
started`). Owns
`NginxErrorFormat` and the module instance `FORMAT` (name "nginx-error"). The pid, thread and
connection number go to attributes, and so does the request context nginx appends to the
message (`, client: ..., server: ..., request: "...", upstream: "...", host: "..."`): left in
the message, masking would turn it into a run of variables and every request's context would be
part of its title; a key nginx does not write (Kong's `request_id`) is read alike. The HTTP
`host` and `server` are kept as `http_host` and `server_name`: they name the site, not the
machine.

What an upstream wrote to its stderr nginx quotes (`FastCGI sent in stderr: "PHP message: PHP
Fatal error:  Uncaught ..."` and the phase, ` while reading response header from upstream`),
over several lines when the text has them (a PHP stack trace; the request context then ends
the last line). The quoted text is the message, read as PHP's error log reads it: the kind of
error its level, `PHP message: PHP Fatal error:  ` no part of it, its trace lines the event's
(`fold`); of several messages PHP-FPM joined with `; `, the gravest, all of them in `stderr`.
Left quoted, masking made it one variable: every application error behind nginx one group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from errctl.formats.php import php_message
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?P<ts>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(?P<level>debug|info|notice|warn|error|crit|alert"
    r"|emerg)\] (?P<pid>\d{1,10})#(?P<tid>\d{1,20}):? (?:\*(?P<conn>\d{1,20}) )?(?P<msg>.*)",
    re.S,
)
# The request context nginx appends: `, key: value`, the value quoted or a word (an address).
# Builds and modules add their own keys after nginx's (Kong's `, request_id: "..."`).
_CONTEXT_START = re.compile(r", (?:client|server): ")
_PAIR = re.compile(r', ([a-z][a-z_]{0,31}): ("[^"]*"|[^,\s]*)')
_RENAMED = {"host": "http_host", "server": "server_name"}
# What an upstream said on stderr, quoted (ngx_http_fastcgi_module's `FastCGI sent in stderr:
# "%*s"`), then the phase nginx was in; several PHP messages are joined with `; `.
_STDERR = re.compile(r'(?P<upstream>[A-Za-z]{1,16}) sent in stderr: "')
_STDERR_END = re.compile(r'"(?: while (?P<phase>[a-z][a-z ]{0,80}))?\Z')
_NEXT_PHP_MESSAGE = re.compile(r"; (?=PHP message: )")
_RANK = {"trace": 0, "debug": 1, "info": 2, "notice": 2, "warning": 3, "error": 4, "critical": 5}


class NginxErrorFormat:
    name = "nginx-error"
    multiline = True  # what an upstream wrote to its stderr (FastCGI) may span lines

    def parse(self, line: str) -> ParsedFields | None:
        if line[4:5] != "/" or line[20:21] != "[":
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        attributes: dict[str, Any] = {"pid": int(m.group("pid")), "tid": int(m.group("tid"))}
        if m.group("conn"):
            attributes["connection"] = int(m.group("conn"))
        message = _take_context(m.group("msg"), attributes)
        level = m.group("level")
        if " sent in stderr: " in message[:40]:
            message, level = _stderr(message, attributes, level)
        return ParsedFields(message, m.group("ts"), level, attributes=attributes)

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """An upstream's stderr that spans lines (its quote closed, and the request context
        written, on the last): the quoted message (`_stderr`) and the lines of its trace,
        which go on as the event's; any other event as it is."""
        if " sent in stderr: " not in fields.message[:40]:
            return fields, continuation
        attributes = dict(fields.attributes or {})
        last = _take_context(continuation[-1], attributes)
        text = "\n".join([fields.message, *continuation[:-1], last])
        message, level = _stderr(text, attributes, fields.level or "error")
        if message is text:
            return fields, continuation
        first, *rest = message.split("\n")
        return replace(fields, message=first, level=level, attributes=attributes), rest


def _take_context(message: str, attributes: dict[str, Any]) -> str:
    """The message without the request context nginx appended, which goes to `attributes`;
    the message as it is when what follows `, client: ` is not all context."""
    start = _CONTEXT_START.search(message)
    if start is None:
        return message
    k = start.start()
    pairs: dict[str, str] = {}
    while k < len(message):
        m = _PAIR.match(message, k)
        if m is None:
            return message
        key, value = m.groups()
        pairs[_RENAMED.get(key, key)] = value[1:-1] if value[:1] == '"' else value
        k = m.end()
    attributes.update(pairs)
    return message[: start.start()]


def _stderr(text: str, attributes: dict[str, Any], level: str) -> tuple[str, str]:
    """The message and level of `FastCGI sent in stderr: "..." while ...`: the quoted text, the
    gravest of the PHP messages in it (their kind of error the level), the upstream and phase
    attributes; (`text`, `level`) as they are when the quote does not close (nginx cut it)."""
    m = _STDERR.match(text)
    end = _STDERR_END.search(text, m.end()) if m is not None else None
    if m is None or end is None:
        return text, level
    said = text[m.end() : end.start()]
    attributes["stderr_from"] = m["upstream"]
    if end["phase"]:
        attributes["phase"] = end["phase"]
    parts = _NEXT_PHP_MESSAGE.split(said)
    if len(parts) > 1:
        attributes["stderr"] = said
    best, best_level = said, level
    rank = -1
    for part in parts:
        message, said_level, kind = php_message(part)
        if said_level is not None and _RANK[said_level] > rank:
            best, best_level, rank = message, said_level, _RANK[said_level]
            attributes["php_error"] = kind
        elif rank < 0 and message is not part:
            best = message
    return best, best_level


FORMAT = NginxErrorFormat()
