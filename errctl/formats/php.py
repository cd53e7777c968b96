"""PHP's own error log (`error_log` in php.ini, PHP-FPM's worker output) and PHP-FPM's log:

    [29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught PDOException: could not find driver in /var/www/app/Db.php:14
    [29-Nov-2026 09:59:57 Europe/Berlin] PHP Warning:  Undefined variable $id in /var/www/app/x.php on line 12
    [29-Nov-2026 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5)
    [29-Nov-2026 10:00:01 UTC] payment webhook retried for order 42

The last is the application's own message, written with `error_log()`: no kind of error, so
no level (PHP's own lines name one).

PHP's built-in web server (`php -S`) writes its own log to stderr, each line after the local
time as ctime() writes it (`[Fri Dec  4 07:50:05 2026] 127.0.0.1:39086 [500]: GET /x.php -
Uncaught ...`): connections (`Accepted`, `Closing`) at debug, requests named by route and
status at the status's level as an access log's are, PHP's own errors as above. An uncaught
exception's trace follows both the error and the request that raised it, so both are that
exception's group. `dmesg -T` writes the same stamp: a bare message under it (the application's
error_log()) is PHP's only in a file the server's own lines fill (`SERVED`, `registry.detect`).

CodeIgniter's log files are read too (`ERROR - 2024-05-01 12:00:00 --> message`).

Owns `PhpLogFormat` and the module instance `FORMAT` (name "php"). PHP writes the time in its
`date.timezone`, named after it: a zone name errctl knows makes the time exact, otherwise (and
for PHP-FPM, which names none) the time is read in `--tz`. The kind of error is the level:
fatal, parse and compile errors are critical, warnings and deprecations warnings, notices info.
An uncaught exception's trace (`Stack trace:`, `#0 ...`, `Next ...`, `thrown in ...`) follows
on lines of its own: framing's business, and the exception line is the message.

PHP-FPM names the pool (`[pool www]`, an attribute); at `log_level = debug` it writes where it
logged first (`[29-Nov-2026 10:00:00.123456] DEBUG: pid 1, fpm_children_make(), line 421:
[pool www] child 12 started`: the pid, function and line attributes). What a worker writes to its stderr (PHP's
own errors, in a container whose `error_log` is stderr) FPM quotes after the worker's pid:

    [29-Nov-2026 10:00:02] WARNING: [pool www] child 12 said into stderr: "NOTICE: PHP message: PHP Warning:  Undefined variable $id in /a.php on line 12"

That quoted text is the message, read as PHP's error log reads its own line (the kind of error
its level), and the worker's pid an attribute: the quoted whole would be one variable, every
application error one group. The trace of an uncaught exception comes one line at a time,
each quoted after the pid (`child 12 said into stderr: "#0 {main}"`): `continues` gives those
lines to the same worker's error above them, as PHP's error log has them.
"""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from errctl.formats.access import request_record, target_route
from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

# The kind of error PHP names before its message (`Warning`, `Fatal error`, `User deprecated`).
_KIND = r"(?P<kind>[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2})"
_HEADER = re.compile(
    r"\[(?P<day>\d\d)-(?P<month>[A-Z][a-z]{2})-(?P<year>\d{4})"
    r" (?P<clock>\d\d:\d\d:\d\d(?:\.\d{6})?)"  # FPM adds microseconds at log_level debug
    r"(?: (?P<zone>[A-Za-z][\w/+-]{0,63}))?\] "
    rf"(?:PHP {_KIND}"
    r"|(?P<fpm>DEBUG|NOTICE|WARNING|ERROR|ALERT)):  ?(?P<msg>.*)",
    re.S,
)
# What the application wrote with `error_log("...")`: the same time and zone, no kind of error.
_APP_MESSAGE = re.compile(
    r"\[(?P<day>\d\d)-(?P<month>[A-Z][a-z]{2})-(?P<year>\d{4})"
    r" (?P<clock>\d\d:\d\d:\d\d) (?P<zone>[A-Za-z][\w/+-]{0,63})\] (?P<msg>.*)",
    re.S,
)
# PHP-FPM's pool, and what a worker wrote to its stderr: FPM quotes it, closes the quote after
# `...` when it cut the text at `log_limit`, and adds `, pipe is closed` to a worker's last
# words. PHP's own lines come as `PHP message: ...`, after the level FPM read them at.
_POOL = re.compile(r"\[pool (?P<pool>[^\]\s]{1,256})\] ")
# At `log_level = debug` FPM's zlog writes where it logged before the message (zlog.c,
# `pid %d, %s(), line %d: `): the master's pid, the function and the source line.
_FPM_DEBUG_SOURCE = re.compile(
    r"pid (?P<pid>\d{1,10}), (?P<function>\w{1,128})\(\), line (?P<lineno>\d{1,7}): "
)
_STDERR = re.compile(
    r'child (?P<child>\d{1,10}) said into (?:stderr|stdout): "(?P<said>.*?)"'
    r"(?:, pipe is closed)?\Z",
    re.S,
)
_PHP_MESSAGE = re.compile(
    rf"(?:[A-Z]{{1,16}}: )?PHP message: (?:PHP {_KIND}:  ?)?",
)
# The lines of an uncaught exception's trace, after its `PHP Fatal error:  Uncaught ...` line.
_TRACE_LINE = re.compile(r"Stack trace:\Z|#\d{1,6} |  thrown in |Next ")
# PHP's built-in web server (`php -S`, sapi/cli/php_cli_server.c) writes to its stderr, each
# line after the local time as ctime() writes it (`[Fri Dec  4 07:49:17 2026] `, the stamp
# `dmesg -T` writes too): its start, each connection's `Accepted` and `Closing`, each request
# with its status (`[500]: GET /x.php - Uncaught ...`: the error, when there was one, after a
# dash; before PHP 7.4 no method), PHP's own errors as its error log writes them (`PHP
# Warning:  ...`) and the application's error_log() messages bare.
_CTIME_HEADER = re.compile(
    r"\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\] "
)
_CLI_PEER = re.compile(
    r"(?P<ip>\S{1,64}):(?P<port>\d{1,5}) (?:(?P<connection>Accepted|Closing)\Z"
    r"|\[(?P<status>\d{3})\]: (?:(?P<method>[A-Z]{3,16}) )?(?P<target>\S{1,8192})"
    r"(?: - (?P<error>.*))?\Z|Invalid request \(.*\)\Z)",
    re.S,
)
_CLI_STARTED = re.compile(
    r"PHP \d{1,2}\.\d{1,2}\.\d{1,3}\S{0,32} Development Server \(\S{1,512}\) started\Z"
)
_CLI_ERROR = re.compile(rf"PHP {_KIND}:  ?(?P<msg>.*)", re.S)
# PHP's names for its kinds of error (E_* constants), as its log writes them.
_KIND_LEVELS = {
    "Fatal error": "critical",
    "Parse error": "critical",
    "Core error": "critical",
    "Compile error": "critical",
    "Recoverable fatal error": "error",
    "Catchable fatal error": "error",
    "User error": "error",
    "Warning": "warning",
    "Core warning": "warning",
    "Compile warning": "warning",
    "User warning": "warning",
    "Deprecated": "warning",
    "User deprecated": "warning",
    "Strict Standards": "info",
    "Notice": "info",
    "User notice": "info",
}


class PhpLogFormat:
    name = "php"
    multiline = True

    def __init__(self, served: bool = False) -> None:
        # In a file the built-in server wrote (`served`), a bare line after its stamp is the
        # application's error_log() message; elsewhere that stamp is dmesg's, and so the line.
        self._served = served

    def parse(self, line: str) -> ParsedFields | None:
        head = line[:1]
        if head != "[":
            # (Its levels' initials first: a line of another format costs one set lookup.)
            if head in _CODEIGNITER_INITIALS and line.find(" --> ", 26, 36) > 0:
                return _codeigniter(line)
            return None
        if line[3:4] != "-":
            return self._cli_server(line) if line[4:5] == " " else None
        m = _HEADER.match(line)
        if m is None:
            m = _APP_MESSAGE.match(line)
            if m is None or m.group("month") not in MONTH_NUMBERS:
                return None
            # The application's own message (error_log()): PHP gives it no level.
            timestamp = _time(*m.group("year", "month", "day", "clock", "zone"))
            return ParsedFields(m.group("msg"), timestamp, None)
        if m.group("month") not in MONTH_NUMBERS:
            return None
        kind = m.group("kind")
        if kind is not None and kind not in _KIND_LEVELS:
            return None
        timestamp = _time(*m.group("year", "month", "day", "clock", "zone"))
        if kind is None:
            return _fpm(m.group("msg"), timestamp, m.group("fpm"))
        return ParsedFields(
            m.group("msg"), timestamp, _KIND_LEVELS[kind], attributes={"php_error": kind}
        )

    def _cli_server(self, line: str) -> ParsedFields | None:
        """A line of the built-in web server's stderr (`_CTIME_HEADER`); None for a bare
        message (the application's) unless the file is the server's."""
        m = _CTIME_HEADER.match(line)
        if m is None:
            return None
        timestamp, msg = line[1 : m.end() - 2], line[m.end() :]
        if msg[:4] == "PHP ":
            error = _CLI_ERROR.match(msg)
            if error is not None and error["kind"] in _KIND_LEVELS:
                kind = error["kind"]
                attributes = {"php_error": kind}
                return ParsedFields(
                    error["msg"], timestamp, _KIND_LEVELS[kind], attributes=attributes
                )
            if _CLI_STARTED.match(msg):
                return ParsedFields(msg, timestamp, "info")
        elif (peer := _CLI_PEER.match(msg)) is not None:
            return _served_request(msg, timestamp, peer)
        return ParsedFields(msg, timestamp, None) if self._served else None

    def served_lines(self, lines: list[str]) -> tuple[int, int]:
        """Of `lines`, how many the built-in server's stamp heads and this format reads (its
        own notes, requests, PHP's errors), and how many it heads that only a file of the
        server's reads (bare messages)."""
        own = bare = 0
        for line in lines:
            if line[:1] != "[" or _CTIME_HEADER.match(line) is None:
                continue
            if self._cli_server(line) is not None:
                own += 1
            else:
                bare += 1  # (any line under the stamp is the application's in a served file)
        return own, bare

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """A trace line a PHP-FPM worker said into stderr, under the error the same worker said
        before it, and an uncaught exception's trace under the built-in server's request that
        raised it: the trace line, which the event keeps; None for any other line."""
        if opened is None:
            return None
        if line[:1] != "[":
            # (A request's record takes no line of its own accord: framing's rule for them.)
            if " - Uncaught " in opened and _TRACE_LINE.match(line) and _CTIME_HEADER.match(opened):
                return line
            return None
        if "said into" not in line:
            return None
        fields = self.parse(line)
        said = fields.attributes if fields is not None else None
        if said is None or "child" not in said or not _TRACE_LINE.match(fields.message):
            return None
        before = self.parse(opened)
        if before is None or (before.attributes or {}).get("child") != said["child"]:
            return None
        return fields.message


def _served_request(msg: str, timestamp: str, peer: re.Match[str]) -> ParsedFields:
    """A connection's note or a request's record of the built-in server: the peer's address
    and port attributes; a request named by its route and status at its status's level, as an
    access log's, the error the server gave after it kept in the message."""
    ip = peer["ip"]
    attributes: dict[str, object] = {
        "client_ip": ip[1:-1] if ip[:1] == "[" and ip[-1:] == "]" else ip,
        "client_port": int(peer["port"]),
    }
    if peer["connection"] is not None:
        return ParsedFields(msg, timestamp, "debug", attributes=attributes)
    status_s = peer["status"]
    if status_s is None:  # `Invalid request (Malformed HTTP request)`
        return ParsedFields(msg, timestamp, "warning", attributes=attributes)
    attributes["status"] = int(status_s)
    target = peer["target"]
    if peer["method"] is not None:
        request = f"{peer['method']} {target}"
    else:  # before PHP 7.4: the target alone
        request = target
        attributes["path"] = target.partition("?")[0]
    fields = request_record(request, status_s, timestamp, attributes)
    if fields.template is None and target[:1] == "/":
        fields = replace(fields, template=f"{target_route(target)} {status_s}")
    error = peer["error"]
    if error is not None:
        fields = replace(fields, message=f"{fields.message} - {error}")
    return fields


def _fpm(msg: str, timestamp: datetime | str, level: str) -> ParsedFields:
    """A line of PHP-FPM's own: its pool, and what a worker said, read out of the message."""
    attributes: dict[str, object] = {}
    source = _FPM_DEBUG_SOURCE.match(msg) if msg[:4] == "pid " else None
    if source is not None:
        attributes["pid"] = int(source["pid"])
        attributes["function"] = source["function"]
        attributes["lineno"] = int(source["lineno"])
        msg = msg[source.end() :]
    pool = _POOL.match(msg)
    if pool is not None:
        attributes["pool"] = pool["pool"]
        msg = msg[pool.end() :]
    said = _STDERR.match(msg) if msg[:6] == "child " else None
    if said is not None:
        attributes["child"] = int(said["child"])
        msg = said["said"]
        php = _PHP_MESSAGE.match(msg)
        if php is not None:
            kind = php["kind"]
            if kind in _KIND_LEVELS:
                level = _KIND_LEVELS[kind]
                attributes["php_error"] = kind
                msg = msg[php.end() :]
            elif kind is None:
                msg = msg[php.end() :]
    return ParsedFields(msg, timestamp, level, attributes=attributes or None)


def php_message(text: str) -> tuple[str, str | None, str | None]:
    """A PHP message as PHP-FPM hands it on (`PHP message: PHP Warning:  Undefined ...`): its
    text, the level its kind of error is (None: not said) and that kind; `text` as it is when
    it is no such message."""
    m = _PHP_MESSAGE.match(text)
    if m is None:
        return text, None, None
    kind = m["kind"]
    if kind is None:
        return text[m.end() :], None, None
    if kind in _KIND_LEVELS:
        return text[m.end() :], _KIND_LEVELS[kind], kind
    return text, None, None


def _time(year: str, month: str, day: str, clock: str, zone: str | None) -> datetime | str:
    """An aware time when PHP named a zone errctl knows; else the text, read in `--tz`."""
    text = f"{year}-{MONTH_NUMBERS[month]}-{day} {clock}"
    tz = _zone(zone) if zone else None
    if tz is None:
        return text
    try:
        return datetime.fromisoformat(text).replace(tzinfo=tz)
    except ValueError:
        return text


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfoNotFoundError (a KeyError), or not a zone's name at all
        return None


FORMAT = PhpLogFormat()
SERVED = PhpLogFormat(served=True)  # a file of `php -S`'s (registry.detect decides)


# CodeIgniter's log files (`writable/logs/log-2024-05-01.log`, 3.x's `application/logs`):
# `{level} - {date} --> {message}`, PSR-3's level names in capitals (3.x's ERROR, DEBUG, INFO),
# the date `Y-m-d H:i:s` in the application's time zone. 4.x writes an exception's file and
# trace on the lines below the message.
_CODEIGNITER = re.compile(
    r"(?P<level>EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG) - "
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) --> (?P<msg>.*)",
    re.S,
)


_CODEIGNITER_INITIALS = frozenset("EACWNID")


def _codeigniter(line: str) -> ParsedFields | None:
    m = _CODEIGNITER.match(line)
    if m is None:
        return None
    return ParsedFields(m["msg"], m["ts"], m["level"])
