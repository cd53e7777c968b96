"""PHP's own error log (`error_log` in php.ini, PHP-FPM's worker output) and PHP-FPM's log:

    [29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught PDOException: could not find driver in /var/www/app/Db.php:14
    [29-Nov-2026 09:59:57 Europe/Berlin] PHP Warning:  Undefined variable $id in /var/www/app/x.php on line 12
    [29-Nov-2026 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5)

Owns `PhpLogFormat` and the module instance `FORMAT` (name "php"). PHP writes the time in its
`date.timezone`, named after it: a zone name errctl knows makes the time exact, otherwise (and
for PHP-FPM, which names none) the time is read in `--tz`. The kind of error is the level:
fatal, parse and compile errors are critical, warnings and deprecations warnings, notices info.
An uncaught exception's trace (`Stack trace:`, `#0 ...`, `Next ...`, `thrown in ...`) follows
on lines of its own: framing's business, and the exception line is the message.
"""  # noqa: E501

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?P<day>\d\d)-(?P<month>[A-Z][a-z]{2})-(?P<year>\d{4}) (?P<clock>\d\d:\d\d:\d\d)"
    r"(?: (?P<zone>[A-Za-z][\w/+-]{0,63}))?\] "
    r"(?:PHP (?P<kind>[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2})"
    r"|(?P<fpm>DEBUG|NOTICE|WARNING|ERROR|ALERT)):  ?(?P<msg>.*)",
    re.S,
)
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
        if line[:1] != "[" or line[3:4] != "-":
            return None
        m = _HEADER.match(line)
        if m is None or m.group("month") not in MONTH_NUMBERS:
            return None
        kind = m.group("kind")
        if kind is not None and kind not in _KIND_LEVELS:
            return None
        attributes = {"php_error": kind} if kind else None
        return ParsedFields(
            m.group("msg"),
            _time(*m.group("year", "month", "day", "clock", "zone")),
            _KIND_LEVELS[kind] if kind else m.group("fpm"),
            attributes=attributes,
        )


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
