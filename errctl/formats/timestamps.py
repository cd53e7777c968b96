"""Timestamp reading: any raw timestamp a format extracts, turned into a NAIVE datetime in UTC.

Owns `parse_timestamp` (the one entry point normalisation calls), the ordered list of
non-ISO layouts (`LAYOUTS`, written in a small yyyy/MM/dd/HH/mm/ss/f/MMM/a/Z notation and
compiled to regexes once), and `match_timestamp_prefix`, which finds a timestamp at the start of
a line for formats that need to know where it ends (generic).

Order of attempts, cheapest and commonest first: datetime objects; epoch numbers (the unit is
chosen by magnitude: s, ms, us, ns); `datetime.fromisoformat` (which in 3.11 reads 'T' or
space, 'Z', +0000/+00:00 and ',' or '.' fractions); then the layouts. Timestamps without an
offset are wall-clock times in the source's zone `tz`; so are those with an ambiguous zone
abbreviation, while `ZONE_ABBREVIATIONS` gives the offset of the unambiguous ones (`PDT`);
timestamps without a year (RFC 3164) or without a date take them from `reference`. Never
raises: unreadable input gives None.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

_EPOCH = datetime(1970, 1, 1)
_ZERO = timedelta(0)

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_MONTH_RE = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_WEEKDAY_RE = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"

_H = timedelta(hours=1)
ZONE_ABBREVIATIONS: dict[str, timedelta] = {
    "UTC": _ZERO,
    "GMT": _ZERO,
    "Z": _ZERO,
    # North America. PST is also what tzdata writes for Asia/Manila (+08): a log read in that
    # zone (--tz, or the machine's own) reads it so (`_zone_word_offset`); elsewhere the US
    # meaning, which is by far the commoner in logs.
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "AKST": -9 * _H,
    "AKDT": -8 * _H,
    "HST": -10 * _H,
    # Europe. BST: Europe/London's summer time; tzdata wrote it for Bangladesh too, until 2017
    # (Asia/Dhaka now writes `+06`).
    "WET": _ZERO,
    "WEST": _H,
    "BST": _H,
    "CET": _H,
    "CEST": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "MSK": 3 * _H,
    # Africa, Asia, Oceania
    "SAST": 2 * _H,
    "PKT": 5 * _H,
    "WIB": 7 * _H,
    "HKT": 8 * _H,
    "AWST": 8 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "ACST": 9 * _H + timedelta(minutes=30),
    "ACDT": 10 * _H + timedelta(minutes=30),
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
}
"""Zone abbreviations that name one UTC offset: what PostgreSQL (`log_timezone`), date(1) and
Java's `Date.toString()` write after a time. Only the unambiguous ones; see
`AMBIGUOUS_ZONE_ABBREVIATIONS` for the others."""

AMBIGUOUS_ZONE_ABBREVIATIONS: frozenset[str] = frozenset(
    (
        # US Central (-6), China (+8: tzdata's Asia/Shanghai, every server there), Cuba (-5)
        "CST",
        "CDT",  # US Central (-5) or Cuba (-4); out with CST, so a file's winter and summer agree
        "IST",  # India (+5:30), Ireland's summer (+1), Israel (+2)
        "IDT",  # Israel's summer (+3), formerly Ireland's
        "AST",  # Atlantic (-4) or, in older tzdata, Arabia (+3)
        "ADT",  # Atlantic summer (-3); out with AST
    )
)
"""Abbreviations that name more than one zone. A time with one is read in the source's zone
(--tz, by default the machine's), as a time without a zone is: no guess that could be hours
off without a sign of it."""

LAYOUTS: tuple[str, ...] = (
    "dd/MMM/yyyy:HH:mm:ss[ Z]",  # Apache / nginx access logs (CLF)
    "dd/MMM/yyyy HH:mm:ss",  # Werkzeug's (Flask's) request log, CLF with a blank
    # the month first, by its name (MikroTik RouterOS's `/log print` and log files:
    # `jun/04/2024 06:00:26`, the name in lower case)
    "MMM/dd/yyyy HH:mm:ss",
    # RFC 3164 syslog, no year; a zone after it as Cisco IOS writes one (`service timestamps
    # log datetime msec show-timezone`: `Jun 11 06:00:02.118 UTC: %LINK-3-UPDOWN: ...`)
    # A year after the time, before any zone, as ctime() without its weekday and OpenSSL's
    # `notAfter=` write (`Jun 11 06:00:02 2024 GMT`)
    "MMM d HH:mm:ss[.f][ yyyy][ Z]",
    "MMM d yyyy HH:mm:ss[.f][ Z]",  # syslog variants that add the year (Cisco ASA's buffer)
    # and SONiC's rsyslog template, the year first (`2024 Jun  5 07:10:14.000547 leaf01 ...`)
    "yyyy MMM d HH:mm:ss[.f][ Z]",
    # the time before the date (Resque's worker log: `** [06:00:04 2024-06-06] 23011: got: ...`)
    "HH:mm:ss yyyy-MM-dd",
    # nginx error log, Go's log package; an offset after it, with or without a blank, as the
    # ISO form takes one (Spacewalk's xmlrpc log writes `2015/05/24 07:48:21 -05:00`); a dash
    # between the date and the time as Gin's request log writes them (`2006/01/02 - 15:04:05`)
    "yyyy/MM/dd[ -] HH:mm:ss[.f][~Z]",
    # a dash and no blank between them: Perl's Net::Server (munin-node's log,
    # `2024/06/07-06:05:02 CONNECT TCP Peer: ...`)
    "yyyy/MM/dd-HH:mm:ss",
    # its milliseconds after a colon: FD.io VPP's vlib log (`2024/06/07 06:04:12:353 notice`)
    "yyyy/MM/dd HH:mm:ss:SSS",
    # to the minute on a 12-hour clock, AM/PM glued to it: Portainer's zerolog console
    # (`2006/01/02 03:04PM`: `2024/06/07 10:31AM INF ... |`)
    "yyyy/MM/dd hh:mma",
    # .NET's and Windows' en-US general format. Only with AM/PM: a slashed date on a 24-hour
    # clock is as often day first (en-GB, fr) as month first, and a wrong month is worse than
    # no time at all.
    # A comma after the date as JavaScript's toLocaleString() writes it (`6/11/2024, 6:00:02
    # AM`), an offset after AM/PM as .NET's DateTimeOffset does (`6/11/2024 8:00:02 AM +02:00`).
    "M/d/yyyy[,] h:mm:ss[.f] a[ Z]",
    # On a 24-hour clock the same slashed date is as often day first (en-GB, fr: carbon's and
    # NFS-Ganesha's `%d/%m/%Y`) as month first (Grid Engine's, Unity's): a day over 12 says
    # which, and where neither part is, the reading nearest the file's last write, not after
    # it (`_day_or_month_first`). Two digits each, the year in four.
    "X1/X2/yyyy[ -] HH:mm:ss[;f]",
    # ... and without the year, as Open5GS's and NextEPC's ogs_log write it (`06/07
    # 06:02:21.147: [amf] INFO: ...`): the year is the reference's, or the one before it
    "X1/X2 HH:mm:ss[;f]",
    # With dashes, as splunkd.log dates its lines (`06-07-2024 06:00:02.384 +0000 INFO ...`,
    # month first), an offset after it.
    "X1-X2-yyyy HH:mm:ss[;f][ Z]",
    "yyyyMMdd HH:mm:ss[.f]",  # compact date (Informatica, some C++ loggers)
    # all of it in seventeen digits, as libosmocore's extended timestamp writes it (Osmocom's
    # BSC, MSC, SGSN: `20240607060001627 DRSL INFO abis_rsl.c:2093 ...`)
    "yyyyMMddHHmmssSSS",
    # ISO 8601's basic form, as boost's posix_time::to_iso_string writes it
    # (`20240611T060002,118000`), and compact UTC stamps (`20240611T060002Z`)
    "yyyyMMdd'T'HHmmss[;f][Z]",
    # Apache Traffic Server's error.log (`20240604.06h01m11s RESPONSE: sent ...`)
    "yyyyMMdd.HH'h'mm'm'ss's'",
    # the date dotted year first (NLog's and .NET's custom `yyyy.MM.dd`, Hungarian and Chinese
    # locales): never day first with a four-digit year opening it
    "yyyy.MM.dd_HH:mm:ss[;f]",
    # an underscore between ISO's date and time: Yate's absolute times
    # (`2024-06-07_07:38:08.086052 <sip:WARN> ...`)
    "yyyy-MM-dd'_'HH:mm:ss[;f]",
    # dots, no zero padding: e2guardian's and DansGuardian's access.log (`2024.6.7 6:00:06 - `)
    "yyyy.M.d H:mm:ss",
    # the hour padded with a blank, not a zero (MariaDB's and MySQL 5.6's error log,
    # `%04d-%02d-%02d %2d:%02d:%02d`: `2024-03-11  6:25:02 0 [Note] ...`); before them MySQL
    # wrote the date in six digits (`240311  6:25:02 [Note] ...`, still InnoDB's own stamps,
    # and the slow query log's `# Time:`); or on a 12-hour clock (Java's `yyyy-MM-dd hh:mm:ss
    # a`), whose AM/PM must not be left in the message, twelve hours off
    "yyyy-MM-dd H:mm:ss[;f][ a]",
    # its milliseconds after a colon, as Java's `SimpleDateFormat("yyyy-MM-dd HH:mm:ss:SSS")`
    # writes them (OrientDB's server log: `2024-06-07 06:00:01:284 INFO  ...`)
    "yyyy-MM-dd HH:mm:ss:SSS",
    "yyMMdd H:mm:ss",
    "yyMMdd HHmmss[.f]",  # Hadoop HDFS
    # Spark's and log4j's `yy/MM/dd`, or C's `%x` in the C locale (`06/07/24`, MM/dd/yy:
    # ZoneMinder's): read either way, the reading nearest the file's last write, not after it,
    # as for a slashed date's day and month (`_day_or_month_first`); a recent log's year is no
    # month, so one of the two readings fails for it.
    "X1/X2/X3 HH:mm:ss[.f]",
    # With dashes, two digits each, the year first or last: `%y-%m-%d` (Lyrion Music Server's
    # `[24-06-07 06:00:03.8235]`) and `%d-%m-%y` (Project Zomboid's `[07-06-24 06:00:05.318]`),
    # the reading nearest the file's last write, not after it. (Month first with dashes is
    # rare; a recent log's day is no year, so one of the two readings fails for it.)
    "E1-E2-E3 HH:mm:ss[.f]",
    "yyyy-MM-dd-HH.mm.ss[.f]",  # DB2 / BlueGene style
    # European dotted dates, the day and month padded or not (Vintage Story's `7.6.2024
    # 06:49:56 [Audit] ...`, .NET's `d.M.yyyy` in a German or Czech culture)
    "d.M.yyyy HH:mm:ss[.f]",
    # Tomcat's catalina.out (`11-Jun-2024 06:00:02.118`) and log4j's %d{DATE} (`11 Jun 2024
    # 06:00:02,118`)
    "d_MMM_yyyy HH:mm:ss[;f][ Z]",
    # RFC 1123 / 2822 (HTTP's Date, JavaScript's toUTCString, Go's RFC1123Z:
    # `Tue, 11 Jun 2024 06:00:02 GMT`)
    "EEE d MMM yyyy HH:mm:ss[ Z]",
    # the day and month without the year, to the minute (Bacula's daemons: `%d-%b %H:%M`,
    # `01-Jun 23:05 bacula-dir JobId 4411: message`)
    "dd-MMM HH:mm",
    # the day before the month, no year, no zone: Node's util.log (`4 Jun 06:00:02 - msg`),
    # which Node-RED's log and older Node tools write
    "d MMM HH:mm:ss",
    "EEE MMM d HH:mm:ss[.f] yyyy",  # ctime(), Apache error log
    # date(1)'s default output and Java's Date.toString(): the zone before the year
    # (`Sat Apr 27 03:33:07 PDT 2013`; `+03` for a zone tzdata has no abbreviation for)
    "EEE MMM d HH:mm:ss zzz yyyy",
    # JavaScript's Date.toString(): the year before the time, the offset after `GMT` and the
    # zone's name in parentheses (`Tue Jun 11 2024 08:00:02 GMT+0200 (Central European Summer
    # Time)`)
    "EEE MMM d yyyy HH:mm:ss 'GMT'Z[ zzzz]",
    # the same without a zone, as InspIRCd dates its log (`Fri Jun 07 2024 06:00:17 CONNECT:`)
    "EEE MMM d yyyy HH:mm:ss",
    # the zone first, no year (Monit's `[%Z %b %d %T]`: `[CEST Jun 11 06:00:02] error    : ...`);
    # only a zone it knows, not any capitals (`ERROR Jun 11 ...` is no time)
    "Z MMM d HH:mm:ss",
    "MMM d, yyyy h:mm:ss a",  # java.util.logging SimpleFormatter
    # moment.js' `MMMM Do YYYY, h:mm:ss.SSS a` (CapRover's: `June 7th 2024, 6:01:12.012 am`)
    "MMM Do yyyy, h:mm:ss[;f] a",
    # on a 24-hour clock, to the millisecond (Plex Media Server's log: `Jun 11, 2024
    # 06:00:02.119 [0x7f3a5a17cf05] INFO - msg`)
    "MMM d, yyyy HH:mm:ss;f",
    # .NET's full date/time pattern ("F", en-US: `Tuesday, June 11, 2024 6:00:02 AM`)
    "EEE MMM d, yyyy H:mm:ss[;f][ a]",
    "yyyyMMdd-HH:mm:ss[:f]",  # compact date, ':' before the millis (some mobile/Android apps)
    "yyyy-MM-dd HH-mm-ss;f",  # AixLog's (Snapcast's): dashes in the time, its milliseconds
    "yyyy.MM.dd-HH.mm.ss:SSS",  # Unreal Engine's log (`[2024.06.07-06.00.02:001][412]`)
    "yyyy-MM-dd.HH:mm:ss",  # gitolite's log (`2024-06-07.06:00:32\t412213\tssh\t...`)
    # the month and day without the year, numbers first month (vLLM's `%m-%d %H:%M:%S` after
    # its level, Android's logcat): no year-less layout writes the day first with dashes
    "MM-dd HH:mm:ss[;f]",
    # time only (logback's default pattern, log4j's %d{ABSOLUTE} with a comma): the date comes
    # from `reference`
    "HH:mm:ss[;f]",
    # ... with its milliseconds after a colon (deCONZ's `06:00:24:005 ZCL attribute report ...`)
    "HH:mm:ss:SSS",
)
"""Layouts tried, in order, after ISO 8601 and epoch numbers. Tokens: yyyy yy MMM (month name)
MM M dd d Do (the day as an ordinal, `7th`) HH H hh h (12-hour, with `a` = AM/PM) mm ss f
(fraction, 1-9 digits) Z (Z, +hh[:]mm or an abbreviation of ZONE_ABBREVIATIONS) zzz (where
only a zone can be: any upper-case abbreviation, or +hh[[:]mm]) zzzz (a zone's name in
parentheses, ignored) EEE (weekday name, ignored); `;` is a fraction's mark, `.` or `,`; `_` a
blank or a dash; `[...]` is optional; a space matches one or more spaces, `~` none or more;
`'...'` is literal text; anything else is literal."""

# Longest first, so `CEST` is not read as a `CE` that is not there.
# `Z` on its own only glued to the time: `12:00:00 Z-Wave ...` is a message.
_ZONE_WORDS = "|".join(sorted(set(ZONE_ABBREVIATIONS) - {"Z"}, key=lambda w: (-len(w), w)))

_TOKENS: dict[str, str] = {
    "yyyy": r"(?P<Y>\d{4})",
    "yy": r"(?P<y>\d{2})",
    "MMM": rf"(?P<b>{_MONTH_RE})",
    "MM": r"(?P<m>\d{2})",
    "M": r"(?P<m>\d{1,2})",
    "dd": r"(?P<d>\d{2})",
    "d": r"(?P<d>\d{1,2})",
    "Do": r"(?P<d>\d{1,2})(?:st|nd|rd|th)",  # the day as an ordinal (moment.js' `Do`)
    "HH": r"(?P<H>\d{2})",
    "H": r"(?P<H>\d{1,2})",
    "hh": r"(?P<I>\d{2})",
    "h": r"(?P<I>\d{1,2})",
    "mm": r"(?P<M>\d{2})",
    "ss": r"(?P<S>\d{2})",
    "f": r"(?P<f>\d{1,9})",
    "SSS": r"(?P<f>\d{3})",  # milliseconds, where a fraction's mark is not one (`HH:mm:ss:SSS`)
    "a": r"(?P<p>(?i:am|pm))",
    "zzzz": r"\([A-Z][A-Za-z]*(?: [A-Za-z]+){0,5}\)",
    "zzz": r"(?P<z>[A-Z]{1,5}|[+-]\d{2}(?::?\d{2})?)",
    ";": r"[.,]",
    "_": r"[- ]",
    # behind a test of its first character: the words' alternation is slow to fail, and an
    # optional zone is asked of every syslog line's host name
    "Z": rf"(?=[A-Z+-])(?P<z>Z(?![\w-])|(?:{_ZONE_WORDS})(?![A-Za-z])|[+-]\d{{2}}:?\d{{2}})",
    "EEE": _WEEKDAY_RE,
    # a slashed date's first two parts, day and month in either order (`_day_or_month_first`)
    "X1": r"(?P<x1>\d{2})",
    "X2": r"(?P<x2>\d{2})",
    "X3": r"(?P<x3>\d{2})",  # and a third, when any of the first and last may be the year
    # a dashed date's parts, the year first or last, the month between (`_parse_layout`)
    "E1": r"(?P<e1>\d{2})",
    "E2": r"(?P<e2>\d{2})",
    "E3": r"(?P<e3>\d{2})",
}
_TOKEN_SPLIT = re.compile(
    r"yyyy|yy|MMM|MM|M|dd|Do|d|HH|H|hh|h|mm|ss|SSS|f|a|zzzz|zzz|Z|EEE|X1|X2|X3|E1|E2|E3"
    r"|'[^']*'|\[|\]"
    r"| |~|."
)


def _layout_regex(layout: str) -> str:
    out: list[str] = []
    tokens = _TOKEN_SPLIT.findall(layout)
    for i, tok in enumerate(tokens):
        if tok in _TOKENS:
            out.append(_TOKENS[tok])
        elif tok == "[":
            out.append("(?:")
        elif tok == "]":
            out.append(")?")
        elif tok == " " and tokens[i + 1 : i + 2] == ["a"]:
            # or the narrow no-break space ICU puts before AM/PM (Node 20's toLocaleString:
            # `6/7/2024, 6:00:29\u202fAM`, Homebridge's head)
            out.append("[ \u202f]+")
        elif tok == " ":
            out.append(" +")
        elif tok == "~":
            out.append(" *")
        elif tok[0] == "'":
            out.append(re.escape(tok[1:-1]))
        else:
            out.append(re.escape(tok))
    return "".join(out)


def _first_class(layout: str) -> str:
    """`d` for a layout that opens with a digit, `e` with a weekday's name, `a` with another
    word (a month's name, a zone): a text is asked only the layouts of its class, and no
    weekday's first three letters are a month's or a zone's."""
    if layout.startswith("EEE"):
        return "e"
    return "a" if layout.startswith(("MMM", "Z")) else "d"


# The first three letters of a weekday's name, in any case, as _WEEKDAY_RE reads them.
_WEEKDAY_OPENINGS = frozenset(
    "".join(letters)
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for letters in itertools.product(*((c, c.upper()) for c in day))
)


def _guarded_regex(layout: str) -> str:
    """The layout's regex, behind a cheap test of its first characters where its first token
    is a zone: every line that opens with a letter and no earlier layout is asked it, and the
    zones' alternation costs as much as two layouts (a zone's letters are capitals, then a
    blank)."""
    regex = _layout_regex(layout)
    return r"(?=[A-Z]{1,5} )" + regex if layout.startswith("Z") else regex


# (first-char class, full-match regex, prefix regex)
_COMPILED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        _first_class(lay),
        re.compile(_guarded_regex(lay) + r"\Z"),
        # A prefix must end at a boundary, so "081109 2036150" is not read as a timestamp; a
        # colon before a blank ends it as a label's does (Cisco's `Jun 11 2024 06:00:02: %ASA`),
        # never one glued to more (`06:00:02:7`).
        re.compile(_guarded_regex(lay) + r"(?![\w.]|:(?![ \t]))"),
    )
    for lay in LAYOUTS
)
# The prefix regexes by the class of text they can open (`match_timestamp_prefix`, once per
# line of several formats): those of layouts that open with a word carry whether the word is a
# weekday's, asked only when such a layout is reached (syslog's month, the commonest, is first).
_DIGIT_PREFIXES = tuple(prefix for first, _full, prefix in _COMPILED if first == "d")
_WORD_PREFIXES = tuple((first == "e", prefix) for first, _full, prefix in _COMPILED if first != "d")

_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
_AMBIGUOUS_WORDS = "|".join(sorted(AMBIGUOUS_ZONE_ABBREVIATIONS))
_ZONE_ID = r"(?:\[(?:[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+|UTC|GMT|Z)\])"
_ZONE_ID_AFTER_OFFSET = re.compile(r"(?<=Z|\d)" + _ZONE_ID + r"\Z")
_ENDS_WITH_OFFSET = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)\Z")
_ISO_PREFIX = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
    # A colon may end a time with its zone before a blank, as a label's (libvirt's
    # `...584+0000: 3456: ...`), never one glued to more (`+0000:123`). A time without a zone
    # followed so is left to the layouts and envelopes (PM2's `2024-05-01T10:00:01: msg`).
    rf"(?:(?:Z|[+-]\d{{2}}(?::?\d{{2}})?| ?(?:[+-]\d{{2}}(?::?\d{{2}})?|{_ZONE_WORDS})(?![\w]))"
    # an offset's abbreviation after it (`date '+%F %T %z %Z'`, Go's Time.String():
    # `+0200 CEST`), of which `_parse_str` believes the offset
    rf"(?:(?<=\d) (?:{_ZONE_WORDS}|{_AMBIGUOUS_WORDS})(?![\w]))?"
    # the zone's id after its offset, as Java's ZonedDateTime writes it (`+02:00[Europe/Berlin]`)
    rf"{_ZONE_ID}?"
    r"(?![\w.]|:(?![ \t]))"
    # A time followed by AM or PM is a 12-hour clock's: left to the layouts, which read it.
    r"|(?![\w:.]| [AaPp][Mm]\b)"
    # ... but a time with its fraction may end in a colon before a blank, as log4j's `%d: %-5p`
    # writes it (Jahia's `2024-06-07 06:10:39,227: INFO  [main] ...`)
    r"|(?:(?<=[.,]\d{3})|(?<=[.,]\d{6})|(?<=[.,]\d{9}))(?=: ))"
)
# An epoch may end in a colon before a blank, as a label's (Mosquitto's `%ld: message`), never
# one glued to more (`1718085605:12`). Never with a leading zero: no clock pads its seconds,
# and a number so written is an id (a Postfix queue id of digits, `0006798236: ...`).
_EPOCH_PREFIX = re.compile(
    r"(?!0)(?:\d{10}(?:\.\d{1,9})?|\d{13}|\d{16}|\d{19})(?![\w.]|:(?![ \t]))"
)
_UTC_SUFFIXES = (" UTC", " GMT", " utc", " gmt", "UTC")

# Offsets of fixed zones are constant; others are cached per (zone, hour of wall time),
# which is exact except in zones whose transitions fall off the hour (none current).
_OFFSET_CACHE: dict[tuple[Any, int, int, int, int], timedelta] = {}


def _to_utc_naive(dt: datetime, tz: tzinfo) -> datetime | None:
    """Read a naive wall-clock `dt` in `tz` and return it as naive UTC."""
    try:
        if tz is UTC or tz is None:
            return dt
        if isinstance(tz, timezone):
            off = tz.utcoffset(None)
        else:
            key = (tz, dt.year, dt.month, dt.day, dt.hour)
            off = _OFFSET_CACHE.get(key)
            if off is None:
                off = tz.utcoffset(dt.replace(minute=0, second=0, microsecond=0)) or _ZERO
                if len(_OFFSET_CACHE) > 4096:
                    _OFFSET_CACHE.clear()
                _OFFSET_CACHE[key] = off
        return dt - off if off else dt
    except (OverflowError, ValueError, TypeError, AttributeError):
        return None


def _with_zone_word(dt: datetime, word: str, tz: tzinfo) -> datetime | None:
    """A naive wall-clock `dt` followed by the zone abbreviation `word`, as naive UTC.

    The source's own zone first: when `tz` writes `word` at that time (a Manila server's `PST`,
    a Shanghai one's `CST`), the time is `tz`'s. Then ZONE_ABBREVIATIONS. An ambiguous or
    unknown word reads as no word: in `tz`."""
    if tz is not UTC and tz is not None and not isinstance(tz, timezone):
        try:
            if tz.tzname(dt) == word:
                return _to_utc_naive(dt, tz)
        except Exception:  # an arbitrary tzinfo: its own method may fail
            pass
    offset = ZONE_ABBREVIATIONS.get(word)
    if offset is None:
        return _to_utc_naive(dt, tz)
    try:
        return dt - offset
    except OverflowError:
        return None


def _blank_before_offset(s: str) -> datetime | None:
    """`2024-06-11 08:00:02 +0200` read as ISO, without the blank before its offset."""
    k = s.rfind(" ")
    if k < 19 or s[k + 1 : k + 2] not in ("+", "-"):
        return None
    try:
        dt = datetime.fromisoformat(s[:k] + s[k + 1 :])
    except ValueError:
        return None
    return dt if _offset_in_range(s) else None


def is_zone_word(word: str) -> bool:
    """Whether parse_timestamp reads `word` after a time as a zone, known or ambiguous."""
    return word in ZONE_ABBREVIATIONS or word in AMBIGUOUS_ZONE_ABBREVIATIONS


def _aware_to_utc_naive(dt: datetime) -> datetime | None:
    try:
        if dt.utcoffset() is None:  # a tzinfo that knows no offset: the wall time
            return dt.replace(tzinfo=None)
        # The instant's distance from the epoch, from the naive epoch: no `replace`, which
        # costs more than the arithmetic on Python 3.11.
        return _EPOCH + (dt - _AWARE_EPOCH)
    except (OverflowError, ValueError, TypeError):
        return None


_AWARE_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _offset_in_range(s: str) -> bool:
    """Whether the UTC offset that ends `s` (`+hh:mm`, `+hhmm`, `+hh:mm:ss`) has its minutes
    and seconds below 60. Python 3.11's fromisoformat reads `+00:60` as an hour and `-00:99`
    as 99 minutes, which ISO 8601 does not allow: such a time is unreadable, not shifted."""
    # The common shapes, `+hh:mm` and `+hhmm` at the end, without searching.
    if (s[-6:-5] in ("+", "-") and s[-3:-2] == ":") or s[-5:-4] in ("+", "-"):
        return s[-2:] < "60" or not s[-2:].isdigit()
    sign = max(s.rfind("+"), s.rfind("-"))
    if sign < 11:  # no sign after the date's own dashes: `Z`, or no offset
        return True
    digits = s[sign + 1 :].replace(":", "")
    minutes, seconds = digits[2:4], digits[4:6]
    # Compared as text first: two digits below "60" (or none) never need isdigit().
    bad_minutes = minutes >= "60" and minutes.isdigit()
    return not bad_minutes and not (seconds >= "60" and seconds.isdigit())


def _aware_iso_to_utc_naive(s: str, dt: datetime) -> datetime | None:
    """`_aware_to_utc_naive` of `dt`, read by fromisoformat from `s`, if its offset is valid."""
    return _aware_to_utc_naive(dt) if _offset_in_range(s) else None


def _from_seconds_and_nanos(value: dict[str, Any]) -> datetime | None:
    """protobuf's Timestamp as a JSON object, `{"seconds": 1732874400, "nanos": 123000000}`:
    what Cloud Logging's structured records may carry as their `timestamp`."""
    seconds, nanos = value.get("seconds"), value.get("nanos", 0)
    if type(seconds) is str and seconds.lstrip("-").isdigit():
        seconds = int(seconds)  # proto3's JSON writes 64-bit integers as strings
    if type(seconds) is not int or type(nanos) is not int or not 0 <= nanos < 1_000_000_000:
        return None
    if len(value) > 2 or (len(value) == 2 and "nanos" not in value):
        return None  # some other object that happens to have `seconds`
    try:
        return _EPOCH + timedelta(0, seconds, nanos // 1000)
    except OverflowError:
        return None


def _epoch_seconds_text(s: str) -> datetime | None:
    """`1718085602.118234567` (`date +%s.%N`, a JSON string) to the microsecond, cut as
    fractions are everywhere else: a float keeps only about seven digits after the second's,
    and rounds `.999999999` up into the next second. None for other magnitudes (ms, us, ns with
    a fraction), which the float reads as before."""
    point = s.find(".")
    if not 9 <= point <= 11:  # seconds since 1973 .. 5138 (`_from_epoch`'s seconds range)
        return None
    return _EPOCH + timedelta(0, int(s[:point]), int(s[point + 1 : point + 7].ljust(6, "0")))


def _from_epoch(value: float | int) -> datetime | None:
    try:
        if type(value) is int:
            a = abs(value)
            # Integer arithmetic keeps ns/us precision that a float would round away.
            if a < 100_000_000_000:
                return _EPOCH + timedelta(0, value)
            if a < 100_000_000_000_000:
                return _EPOCH + timedelta(0, 0, 0, value)
            if a < 100_000_000_000_000_000:
                return _EPOCH + timedelta(0, 0, value)
            return _EPOCH + timedelta(0, 0, value // 1000)
        if not math.isfinite(value):
            return None
        a = abs(value)
        if a < 1e11:
            return _EPOCH + timedelta(0, value)
        if a < 1e14:
            return _EPOCH + timedelta(0, 0, 0, value)
        if a < 1e17:
            return _EPOCH + timedelta(0, 0, value)
        return _EPOCH + timedelta(0, 0, value / 1000)
    except (OverflowError, ValueError):
        return None


def _reference_utc(reference: datetime | None) -> datetime:
    if reference is None:
        return datetime.now(UTC).replace(tzinfo=None)
    if reference.tzinfo is not None:
        return _aware_to_utc_naive(reference) or reference.replace(tzinfo=None)
    return reference


_MONTH_NUM = {k: f"{v:02d}" for k, v in _MONTHS.items()}
_MONTH_NUM.update({k.title(): v for k, v in _MONTH_NUM.items()})
_MONTH_NUM.update({k.upper(): v for k, v in _MONTH_NUM.items()})
MONTH_NUMBERS: dict[str, str] = dict(_MONTH_NUM)
"""English month abbreviations (`jan`, `Jan`, `JAN`) -> two-digit numbers (`01`): for formats
that write a month's name and hand the time on as ISO text."""
_DAY = timedelta(days=1)
_HOUR = timedelta(hours=1)


def _clf(s: str) -> datetime | None:
    """`10/Oct/2000:13:55:36 -0700`: rewritten as ISO for fromisoformat, which is several
    times faster than int() on each field and building timedeltas in Python."""
    month = _MONTH_NUM.get(s[3:6])
    if month is None:
        return None
    try:
        dt = datetime.fromisoformat(f"{s[7:11]}-{month}-{s[:2]}T{s[12:20]}{s[21:26]}")
    except ValueError:
        return None
    return _aware_iso_to_utc_naive(s, dt)


def _no_year(
    month: int,
    day: int,
    hour: int,
    minute: int,
    second: int,
    micro: int,
    tz: tzinfo,
    reference: datetime | None,
    offset: timedelta | None = None,
) -> datetime | None:
    """RFC 3164 has no year: take the reference's, unless that puts the event more than a day
    after the reference (a December line read in January), then the year before."""
    ref = _reference_utc(reference)
    dt = None
    for year in (ref.year, ref.year - 1):
        try:
            local = datetime(year, month, day, hour, minute, second, micro)
        except ValueError:  # Feb 29 outside a leap year
            continue
        dt = local - offset if offset is not None else _to_utc_naive(local, tz)
        if dt is not None and dt <= ref + _DAY:
            return dt
    return dt


# A day of the year and a time of day, no year: ISO 8601's ordinal date with its year left out
# (`-080T10:00:00`, the 80th day), what a reader makes of a log that writes only these (HAProxy
# before 2.4: `[WARNING] 079/100000 (12) : ...`, C's zero-based `tm_yday`). Not a layout: no line
# starts so, so `match_timestamp_prefix` never finds one in text.
_ORDINAL_NO_YEAR = re.compile(r"-(?P<day>\d{3})T(?P<clock>\d\d:\d\d:\d\d(?:\.\d{1,6})?)\Z")


def ordinal_no_year(day_of_year: int, clock: str) -> str:
    """The timestamp text `parse_timestamp` reads as the `day_of_year`th day (1 is January 1st)
    of the reference's year, at `clock` (`HH:MM:SS`)."""
    return f"-{day_of_year:03d}T{clock}"


def _ordinal(s: str, tz: tzinfo, reference: datetime | None) -> datetime | None:
    """`-DDDTHH:MM:SS`: the year is the reference's, or the one before when that puts the time
    more than a day after the reference, as RFC 3164's (`_no_year`)."""
    m = _ORDINAL_NO_YEAR.match(s)
    if m is None:
        return None
    day = int(m["day"])
    ref = _reference_utc(reference)
    dt = None
    for year in (ref.year, ref.year - 1):
        if not 1 <= day <= (366 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 365):
            continue
        try:
            local = datetime.fromisoformat(f"{year}-01-01T{m['clock']}")
        except ValueError:
            return None
        dt = _to_utc_naive(local + (day - 1) * _DAY, tz)
        if dt is not None and dt <= ref + _DAY:
            return dt
    return dt


def _no_year_fast(
    month: str, day: str, clock: str, tz: tzinfo, reference: datetime | None
) -> datetime | None:
    ref = _reference_utc(reference)
    dt = None
    for year in (ref.year, ref.year - 1):
        try:
            local = datetime.fromisoformat(f"{year}-{month}-{day}T{clock}")
        except ValueError:  # Feb 29 outside a leap year, or not a time at all
            continue
        dt = _to_utc_naive(local, tz)
        if dt is not None and dt <= ref + _DAY:
            return dt
    return dt


def _from_layout(m: re.Match[str], tz: tzinfo, reference: datetime | None) -> datetime | None:
    g = m.groupdict()
    try:
        hour = int(g["H"]) if g.get("H") is not None else None
        if hour is None:
            hour = int(g["I"]) if g.get("I") is not None else 0
        if g.get("p") is not None:  # a 12-hour clock: 12 AM is midnight's hour, 12 PM noon's
            hour = hour % 12 + (12 if g["p"].lower() == "pm" else 0)
        minute = int(g["M"])
        second = int(g["S"]) if g.get("S") is not None else 0
        frac = g.get("f")
        micro = int(frac[:6].ljust(6, "0")) if frac else 0
        if second == 60:  # leap second: clamp rather than reject the line
            second = 59
        z = g.get("z")
        offset: timedelta | None = None
        if z is not None and z[0] in "+-":
            sign = -1 if z[0] == "-" else 1
            digits = z[1:].replace(":", "")
            if digits[2:4] >= "60":  # no minute 60 in an offset (`_offset_in_range`)
                return None
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))

        def finish(dt: datetime) -> datetime | None:
            if z is not None and offset is None:
                return _with_zone_word(dt, z, tz)
            if offset is not None:
                return dt - offset
            return _to_utc_naive(dt, tz)

        if g.get("Y") is not None:
            year = int(g["Y"])
        elif g.get("y") is not None:
            year = _two_digit_year(int(g["y"]))
        else:
            year = None

        def nearest(dates: Iterable[tuple[int, int, int]]) -> datetime | None:
            """Of the (year, month, day) readings of an ambiguous date at this time of day,
            the one nearest the reference and not after it (`_nearest_before`)."""
            readings = []
            for y, mo, d in dates:
                try:
                    dt = finish(datetime(y, mo, d, hour, minute, second, micro))
                except ValueError:  # no such month or day: the other reading
                    continue
                if dt is not None:
                    readings.append(dt)
            return _nearest_before(readings, reference)

        if g.get("e1") is not None:  # yy-MM-dd or dd-MM-yy (`LAYOUTS`)
            e1, e2, e3 = int(g["e1"]), int(g["e2"]), int(g["e3"])
            return nearest(((_two_digit_year(e1), e2, e3), (_two_digit_year(e3), e2, e1)))

        if g.get("x3") is not None:  # yy/MM/dd or MM/dd/yy (`LAYOUTS`)
            x1, x2, x3 = int(g["x1"]), int(g["x2"]), int(g["x3"])
            return nearest(((_two_digit_year(x1), x2, x3), (_two_digit_year(x3), x1, x2)))

        if g.get("b") is not None:
            month = _MONTHS[g["b"][:3].lower()]
        elif g.get("m") is not None:
            month = int(g["m"])
        else:
            month = None

        if g.get("x1") is not None:
            first = _day_or_month_first(int(g["x1"]), int(g["x2"]))
            if year is not None:
                return nearest((year, mo, d) for mo, d in first)
            ref_year = _reference_utc(reference).year
            return nearest((y, mo, d) for y in (ref_year, ref_year - 1) for mo, d in first)

        if month is None:
            # Time only: the day of `reference`; a time later than the reference is yesterday's.
            ref = _reference_utc(reference)
            dt = finish(datetime(ref.year, ref.month, ref.day, hour, minute, second, micro))
            if dt is not None and dt > ref + _HOUR:
                dt -= _DAY
            return dt

        day = int(g["d"])
        if year is not None:
            return finish(datetime(year, month, day, hour, minute, second, micro))

        if z is not None and offset is None:  # no layout without a year has a zone word yet
            offset = ZONE_ABBREVIATIONS.get(z)
        return _no_year(month, day, hour, minute, second, micro, tz, reference, offset)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _two_digit_year(yy: int) -> int:
    """The year a two-digit year names: this century's, but 69..99 (and so on, fifty years
    ahead of now) the last one's."""
    year = 2000 + yy
    return year - 100 if year > datetime.now().year + 50 else year


def _nearest_before(readings: list[datetime], reference: datetime | None) -> datetime | None:
    """Of a date's readings (`_day_or_month_first`), the one on or before the reference (a
    day's slack) and nearest to it, else the earliest; None when no reading was a date."""
    if len(readings) < 2:
        return readings[0] if readings else None
    ref = _reference_utc(reference)
    before = [dt for dt in readings if dt <= ref + _DAY]
    return max(before) if before else min(readings)


def _day_or_month_first(first: int, second: int) -> list[tuple[int, int]]:
    """The (month, day) readings of a slashed date's first two parts: both orders, but one
    when they are equal. A part over 12 is no month, so its reading fails (`_from_layout`
    keeps the other). Of two valid readings, the one on or before the reference (the file's
    last write: a log's times are before it) and nearest to it: the month is right unless the
    log is older than the swapped date's distance from its last write (a log of 5 March read
    after 3 May); a wrong month is rarer so than a file of events that all take the time
    they were ingested."""
    return [(first, second)] if first == second else [(first, second), (second, first)]


def _leap_second_clamped(s: str, at: int) -> str | None:
    """`s` with the leap second `:60` at index `at` read as `:59`, as the layouts read it
    (`_from_layout`): the line keeps a time one second early rather than losing its own. None
    when `s` has no leap second there."""
    if s[at - 1 : at] == ":" and s[at : at + 2] == "60" and not s[at + 2 : at + 3].isdigit():
        return s[:at] + "59" + s[at + 2 :]
    return None


# daemontools' TAI64N label (multilog, s6-log, svlogd -t: qmail's, djbdns's, runit's services'
# logs): `@`, the TAI64 second in 16 hex digits (2^62 plus the seconds since 1970 TAI), then the
# nanosecond in 8. multilog counts TAI as UTC plus the 10 seconds they stood apart in 1970
# (`tai64nlocal` takes them off, and no leap second since, as libtai does with no table).
_TAI64N = re.compile(r"@(4[0-9a-f]{15})([0-9a-f]{8})")
_TAI64_OFFSET = (1 << 62) + 10


def tai64n(label: str) -> datetime | None:
    """The naive UTC time of a TAI64N label (`@400000006662a240392c5f55`), or None."""
    m = _TAI64N.fullmatch(label)
    if m is None:
        return None
    nanos = int(m[2], 16)
    if nanos > 999_999_999:
        return None
    try:
        return _EPOCH + timedelta(0, int(m[1], 16) - _TAI64_OFFSET, nanos // 1000)
    except OverflowError:
        return None


def _compact_iso(digits: str) -> str:
    """yyyyMMdd[HHmmss[SSS]] in ISO's extended form."""
    if len(digits) == 8:
        return digits
    return f"{digits[:8]}T{digits[8:14]}" + (f".{digits[14:]}" if len(digits) > 14 else "")


def _parse_str(s: str, tz: tzinfo, reference: datetime | None) -> datetime | None:
    if not s:
        return None
    c0 = s[0]
    if c0 == "@":
        return tai64n(s)
    if c0.isdigit():
        # ISO 8601 first: by far the commonest, and fromisoformat is C code.
        if len(s) >= 10 and s[4] == "-":
            try:
                dt = datetime.fromisoformat(s)
            except ValueError:
                dt = None
                for suffix in _UTC_SUFFIXES:
                    if s.endswith(suffix):
                        try:
                            dt = datetime.fromisoformat(s[: -len(suffix)].rstrip())
                        except ValueError:
                            break
                        if dt.tzinfo is None:
                            return dt
                        break
                if dt is None and s[-1:] == "]":
                    # Java's ZonedDateTime: the offset before the zone's id says it all.
                    m = _ZONE_ID_AFTER_OFFSET.search(s, 17)
                    if m is not None and _ENDS_WITH_OFFSET.search(s, 17, m.start()):
                        return _parse_str(s[: m.start()], tz, reference)
                if dt is None and s[-1:].isupper():
                    # A zone abbreviation after the time (PostgreSQL's `%m`, `... 01:45:01.127
                    # PDT`): read the time, then the word (`_with_zone_word`).
                    k = s.rfind(" ")
                    word = s[k + 1 :]
                    if k > 0 and is_zone_word(word):
                        head = s[:k].rstrip()
                        try:
                            dt = datetime.fromisoformat(head)
                        except ValueError:
                            dt = _blank_before_offset(head)
                        if dt is not None and dt.tzinfo is None:
                            return _with_zone_word(dt, word, tz)
                        if dt is not None:
                            # An offset, then its abbreviation: the offset is exact, the word
                            # only its name (which the table may know in another meaning:
                            # Bangladesh's BST after `+0600`).
                            return _aware_iso_to_utc_naive(head, dt)
                if dt is None and (s[-6:-5] == " " or s[-7:-6] == " " or s[-4:-3] == " "):
                    # A blank before the offset (Serilog's `2024-05-01 12:00:00.123 +00:00`;
                    # PostgreSQL's and PgBouncer's `%Z` of a zone with no abbreviation, `+03`).
                    k = s.rfind(" ")
                    if s[k + 1 : k + 2] in ("+", "-"):
                        try:
                            dt = datetime.fromisoformat(s[:k] + s[k + 1 :])
                        except ValueError:
                            dt = None
            if dt is not None:
                if dt.tzinfo is None:
                    return _to_utc_naive(dt, tz)
                return _aware_iso_to_utc_naive(s, dt)
            clamped = _leap_second_clamped(s, 17)  # yyyy-mm-ddTHH:MM:60
            if clamped is not None:
                return _parse_str(clamped, tz, reference)
        elif _NUMERIC.match(s):
            # 8 and 14 digits are far likelier yyyyMMdd[HHmmss] than 1970-era epoch numbers;
            # 17 are libosmocore's yyyyMMddHHmmssSSS (as microseconds: the year 2286 or later).
            if len(s) in (8, 14, 17) and s[0] in "12":
                try:
                    dt = datetime.fromisoformat(_compact_iso(s))
                    return _to_utc_naive(dt, tz)
                except ValueError:
                    pass
            if "." in s:
                return _epoch_seconds_text(s) or _from_epoch(float(s))
            return _from_epoch(int(s))
    elif c0 == "-":
        if _NUMERIC.match(s):
            return _from_epoch(float(s) if "." in s else int(s))
        return _ordinal(s, tz, reference)
    # Fixed-width fast paths for the two high-volume non-ISO shapes (access logs, syslog);
    # anything unusual falls through to the general layouts below.
    n = len(s)
    if n == 26 and s[2] == "/" and s[6] == "/" and s[11] == ":" and s[20] == " ":
        dt = _clf(s)
        if dt is not None:
            return dt
    elif n == 15 and s[3] == " " and s[9] == ":" and s[12] == ":":
        month = _MONTH_NUM.get(s[:3])
        if month is not None:
            clock = _leap_second_clamped(s, 13) or s  # Mmm dd HH:MM:60
            return _no_year_fast(month, s[4:6].replace(" ", "0"), clock[7:], tz, reference)
    digit = c0.isdigit()
    for first, full, _prefix in _COMPILED:
        if (first == "d") is digit:
            m = full.match(s)
            if m is not None:
                return _from_layout(m, tz, reference)
    return None


def parse_timestamp(raw: Any, tz: tzinfo, reference: datetime | None = None) -> datetime | None:
    """A naive UTC datetime for `raw`, or None when it cannot be read. Never raises.

    `raw` may be a string (ISO 8601, RFC 3164/5424, CLF, a layout of `LAYOUTS`, or a numeric
    epoch), an int/float epoch (s, ms, us or ns by magnitude), or a datetime (naive: read in
    `tz`). `reference` (naive UTC or aware; default now) supplies the year or date that a
    timestamp leaves out.
    """
    try:
        t = type(raw)
        if t is str:
            # The commonest shape of all, `2024-05-01T12:00:00.123Z`, in one C call.
            if raw[-1:] == "Z" and raw[4:5] == "-" and raw[10:11] in ("T", " "):
                # Read without its `Z`: the same wall time, naive at once. (`replace(tzinfo=
                # None)` on the aware result costs four times the parse on Python 3.11.)
                try:
                    dt = datetime.fromisoformat(raw[:-1])
                    if dt.tzinfo is None:
                        return dt
                    if not _offset_in_range(raw[:-1]):
                        return None
                    return datetime.fromisoformat(raw).replace(tzinfo=None)
                except ValueError:
                    pass
            elif raw[-1:].isdigit() and raw[4:5] == "-" and raw[:1].isdigit() and len(raw) >= 10:
                # The next commonest, a naive ISO time (`2024-05-01 12:00:00,123`): what
                # _parse_str does first for it, without the calls that lead there.
                try:
                    dt = datetime.fromisoformat(raw)
                except ValueError:
                    pass
                else:
                    if dt.tzinfo is None:
                        return dt if tz is UTC else _to_utc_naive(dt, tz)
                    return _aware_iso_to_utc_naive(raw, dt)
            s = raw.strip()
            return _parse_str(s, tz, reference)
        if t is int or t is float:
            return _from_epoch(raw)
        if t is dict:
            return _from_seconds_and_nanos(raw)
        if isinstance(raw, datetime):
            if raw.tzinfo is None or raw.utcoffset() is None:
                return _to_utc_naive(raw.replace(tzinfo=None), tz)
            return _aware_to_utc_naive(raw)
        if isinstance(raw, bytes | bytearray):
            return _parse_str(bytes(raw).decode("utf-8", "replace").strip(), tz, reference)
        if isinstance(raw, str):  # str subclasses
            return _parse_str(str(raw).strip(), tz, reference)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return _from_epoch(int(raw))
        return None
    except Exception:  # the contract is "never raises"; tz objects can be arbitrary code
        return None


def match_timestamp_prefix(text: str, pos: int = 0) -> int:
    """End index of a timestamp starting at `text[pos]` (ISO-like, a layout, or a 10/13/16/19
    digit epoch), or -1. Only the shape is checked: pass the slice to parse_timestamp to
    validate the values."""
    if pos >= len(text):
        return -1
    c0 = text[pos]
    if c0.isdigit():
        m = _ISO_PREFIX.match(text, pos)
        if m is not None:
            return m.end()
        for prefix in _DIGIT_PREFIXES:
            m = prefix.match(text, pos)
            if m is not None:
                return m.end()
        m = _EPOCH_PREFIX.match(text, pos)
        if m is not None:
            return m.end()
        return -1
    if c0.isalpha():
        weekday = None  # whether the text opens with a weekday's name, once a layout asks
        for opens_with_weekday, prefix in _WORD_PREFIXES:
            if opens_with_weekday:
                if weekday is None:
                    weekday = text[pos : pos + 3] in _WEEKDAY_OPENINGS
                if not weekday:
                    continue
            m = prefix.match(text, pos)
            if m is not None:
                return m.end()
    return -1


def starts_with_datetime(text: str) -> bool:
    """A line that opens with a calendar timestamp (not a bare number: that may be data),
    bracketed or not."""
    c = text[:1]
    if c == "[":
        text = text[1:]
    elif not c.isdigit():
        return False
    end = match_timestamp_prefix(text)
    return end >= 8 and not text[:end].isdigit()
