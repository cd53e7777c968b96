"""Apache httpd's error log (2.4's default `ErrorLogFormat`, and 2.2's):

    [Sun Nov 29 10:42:44.909175 2026] [proxy:error] [pid 18413:tid 18417] (111)Connection
    refused: AH00957: http: attempt to connect to 127.0.0.1:18092 (127.0.0.1:18092) failed
    [Sun Nov 29 10:42:44.922374 2026] [core:info] [pid 18414:tid 18459] [client
    127.0.0.1:33504] AH00128: File does not exist: /tmp/ap/www/missing.html
    [Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by server configuration

Owns `ApacheErrorFormat` and the module instance `FORMAT` (name "apache-error"). The module
that logged is the logger; the pid, thread, client and the referer Apache appends go to
attributes, and so do the call site 2.4 writes at debug level (`mod_proxy.c(1234): `) and the
message's `AHnnnnn` code, which names the message Apache wrote (`attr.code:AH00128` finds
them all): left in the message, it was the first word of every title, masked (`<*>: File does
not exist: <*>`). The OS error (`(111)Connection refused: `) stays in the message, where it is
read by people; a client Apache writes after it (`(20014)Internal error ...: [client
127.0.0.1:53516] AH01102: ...`) is an attribute as it is elsewhere. What a CGI script said on
stderr, which mod_cgi logs a line at a time (`AH01215: stderr from /path/to/script: ...`), is
the message, the script an attribute; so is what a FastCGI application (PHP-FPM) wrote on its
stderr, which mod_proxy_fcgi quotes (`AH01071: Got error 'PHP message: PHP Warning:  Undefined
variable $x in /srv/a.php on line 3'`): the text inside the quotes (quoted, it was one value,
every warning of every script one template). Such lines that go on a traceback under one
record of the same request (mod_cgi's, mod_wsgi's `[wsgi:error]` lines) are that record's
(`continues`), so a crash is one event, not one a line.

Each record is one line: Apache escapes the control characters of what it logs (a newline in a
PHP message is written `\\n`), so a line with no header under a record is not the record's
text but another writer's: a CGI script's stderr, which mod_cgid hands to the log file as it
is (a Python traceback), or httpd's own stderr when a restart fails on its configuration
(`apache2: Syntax error on line 48 of ...`). Each is an event of its own (`one_line`).
"""

from __future__ import annotations

import re
from typing import Any

from errctl.formats.multiline import continues_trace
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?P<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})? \d{4})\] "
    r"\[(?:(?P<module>[\w-]{1,64}):)?(?P<level>emerg|alert|crit|error|warn|notice|info|debug"
    r"|trace[1-8])\]"
    r"(?: \[pid (?P<pid>\d{1,10})(?::tid (?P<tid>\d{1,20}))?\])?"
    # 2.4's `%7F: `, the call site, written at debug and trace levels
    r"(?: (?P<caller>[\w.-]{1,100}\(\d{1,6}\)):)?"
    # 2.4's `%E: `, the APR status, before the client (2.2 wrote it in the message)
    r"(?: (?P<os_error>\(-?\d{1,10}\)[^:\[\]]{1,200}):(?= \[(?:client|remote) ))?"
    r"(?: \[(?:client|remote) (?P<client>[^\]\s]{1,300})\])? ?(?P<msg>.*)",
    re.S,
)
_REFERER = ", referer: "
# After the OS error, if any: the message's code (`APLOGNO`), then what mod_cgi and mod_cgid
# say a script wrote on stderr, or say of the script (`stderr from /path: script not found`).
_CODE = re.compile(r"(?P<status>\(-?\d{1,10}\)[^:\[\]]{1,200}: )?(?P<code>AH\d{5}): ")
_STDERR = re.compile(r"stderr from (?P<script>\S{1,1024}?): ")
# mod_proxy_fcgi's `Got error '%.*s'`: what the FastCGI application wrote on its stderr.
_FCGI_STDERR_CODE = "AH01071"
_FCGI_STDERR = "Got error '"


class ApacheErrorFormat:
    name = "apache-error"
    multiline = True  # what other writers put between its records: a CGI's traceback
    # Apache writes a record on one line; a line with no header is another writer's event.
    one_line = True
    continues_own = True  # `continues` goes on only an event of its own

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] != "[" or line[4:5] != " ":
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        attributes: dict[str, Any] = {}
        if m.group("pid"):
            attributes["pid"] = int(m.group("pid"))
        if m.group("tid"):
            attributes["tid"] = int(m.group("tid"))
        if m.group("client"):
            attributes["client"] = m.group("client")
        if m.group("caller"):
            attributes["caller"] = m.group("caller")
        message = _message(m.group("msg"), attributes)
        if m.group("os_error"):
            message = f"{m.group('os_error')}: {message}"
        k = message.rfind(_REFERER)
        if k >= 0 and " " not in message[k + len(_REFERER) :]:
            message, attributes["referer"] = message[:k], message[k + len(_REFERER) :]
        if (
            attributes.get("code") == _FCGI_STDERR_CODE
            and message.startswith(_FCGI_STDERR)
            and message.endswith("'")
            and len(message) > len(_FCGI_STDERR) + 1
        ):
            message = message[len(_FCGI_STDERR) : -1]
        level = m.group("level")
        return ParsedFields(
            message,
            m.group("ts"),
            "trace" if level.startswith("trace") else level,
            logger=m.group("module"),
            attributes=attributes or None,
        )

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of `line` when it is a record of the same request as the open event's
        first line (`opened`: the same module, process, thread, client and script) that goes
        on that event's trace (`multiline.continues_trace`, asked with the message of
        `previous`, the line before): a traceback mod_cgi or mod_wsgi logged a line a record."""
        if opened is None or previous is None or line[:1] != "[":
            return None
        # The process and thread first, by text: most records are not of the same request.
        k = line.find("] [pid ", 26, 120)
        if k < 0 or line[k : line.find("]", k + 2) + 1] != opened[k : opened.find("]", k + 2) + 1]:
            return None
        fields, first = self.parse(line), self.parse(opened)
        if fields is None or first is None or _request(fields) != _request(first):
            return None
        before = first if previous is opened else self.parse(previous)
        if before is None or _request(before) != _request(first):
            return None
        if continues_trace(fields.message, first.message, before.message):
            return fields.message
        return None


def _message(text: str, attributes: dict[str, Any]) -> str:
    """`text` without the code and the script's prefix, which go to `attributes`."""
    code = _CODE.match(text)
    if code is not None:
        attributes["code"] = code["code"]
        text = (code["status"] or "") + text[code.end() :]
    if text[:12] == "stderr from ":
        script = _STDERR.match(text)
        if script is not None:
            attributes["script"] = script["script"]
            text = text[script.end() :]
    return text


def _request(fields: ParsedFields) -> tuple[object, ...]:
    a = fields.attributes or {}
    return fields.logger, a.get("pid"), a.get("tid"), a.get("client"), a.get("script")


FORMAT = ApacheErrorFormat()
