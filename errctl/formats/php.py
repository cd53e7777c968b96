"""PHP's own error log (`error_log` in php.ini, PHP-FPM's worker output) and PHP-FPM's log:

    [29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught PDOException: could not find driver in /var/www/app/Db.php:14
    [29-Nov-2026 09:59:57 Europe/Berlin] PHP Warning:  Undefined variable $id in /var/www/app/x.php on line 12
    [29-Nov-2026 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5)
    [29-Nov-2026 10:00:01 UTC] payment webhook retried for order 42

The last is the application's own message, written with `error_log()`: no kind of error, so
no level (PHP's own lines name one).

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
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?P<day>\d\d)-(?P<month>[A-Z][a-z]{2})-(?P<year>\d{4})"
    r" (?P<clock>\d\d:\d\d:\d\d(?:\.\d{6})?)"  # FPM adds microseconds at log_level debug
    r"(?: (?P<zone>[A-Za-z][\w/+-]{0,63}))?\] "
    r"(?:PHP (?P<kind>[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2})"
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
    r"(?:[A-Z]{1,16}: )?PHP message: (?:PHP (?P<kind>[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}):  ?)?",
)
# The lines of an uncaught exception's trace, after its `PHP Fatal error:  Uncaught ...` line.
_TRACE_LINE = re.compile(r"Stack trace:\Z|#\d{1,6} |  thrown in |Next ")
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

    def parse(self, line: str) -> ParsedFields | None:
        head = line[:1]
        if head != "[":
            # (Its levels' initials first: a line of another format costs one set lookup.)
            if head in _CODEIGNITER_INITIALS and line.find(" --> ", 26, 36) > 0:
                return _codeigniter(line)
            return None
        if line[3:4] != "-":
            return None
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

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """A trace line a PHP-FPM worker said into stderr, under the error the same worker said
        before it: the trace line, which the event keeps; None for any other line."""
        if opened is None or line[:1] != "[" or "said into" not in line:
            return None
        fields = self.parse(line)
        said = fields.attributes if fields is not None else None
        if said is None or "child" not in said or not _TRACE_LINE.match(fields.message):
            return None
        before = self.parse(opened)
        if before is None or (before.attributes or {}).get("child") != said["child"]:
            return None
        return fields.message


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
