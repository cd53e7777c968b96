"""nginx's error log:

    2024/05/01 12:00:00 [error] 1234#1234: *5 connect() failed (111: Connection refused) while
    connecting to upstream, client: 10.0.0.1, server: example.com, request: "GET /api HTTP/1.1",
    upstream: "http://127.0.0.1:8080/api", host: "example.com"

(`yyyy/mm/dd hh:mm:ss [level] pid#tid: *connection message`, one line). Owns
`NginxErrorFormat` and the module instance `FORMAT` (name "nginx-error"). The pid, thread and
connection number go to attributes, and so does the request context nginx appends to the
message (`, client: ..., server: ..., request: "...", upstream: "...", host: "..."`): left in
the message, masking would turn it into a run of variables and every request's context would be
part of its title; a key nginx does not write (Kong's `request_id`) is read alike. The HTTP
`host` and `server` are kept as `http_host` and `server_name`: they name the site, not the
machine.
"""

from __future__ import annotations

import re
from typing import Any

from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?P<ts>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(?P<level>debug|info|notice|warn|error|crit|alert"
    r"|emerg)\] (?P<pid>\d{1,10})#(?P<tid>\d{1,20}): (?:\*(?P<conn>\d{1,20}) )?(?P<msg>.*)",
    re.S,
)
# The request context nginx appends: `, key: value`, the value quoted or a word (an address).
# Builds and modules add their own keys after nginx's (Kong's `, request_id: "..."`).
_CONTEXT_START = re.compile(r", (?:client|server): ")
_PAIR = re.compile(r', ([a-z][a-z_]{0,31}): ("[^"]*"|[^,\s]*)')
_RENAMED = {"host": "http_host", "server": "server_name"}


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
        return ParsedFields(message, m.group("ts"), m.group("level"), attributes=attributes)


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


FORMAT = NginxErrorFormat()
