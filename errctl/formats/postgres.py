"""PostgreSQL's server log (stderr/logging_collector output), in the prefixes people run:

- `2024-05-01 12:00:00.123 UTC [1234] ERROR:  duplicate key value ...` (`%m [%p] `, the
  default since PostgreSQL 10)
- `2024-05-01 12:00:00.123 UTC [1234] app@shop ERROR:  ...` (Debian's and Ubuntu's
  `%m [%p] %q%u@%d `; background processes leave out `user@db`)
- `2024-05-01 12:00:00 UTC:10.0.0.1(5432):app@shop:[1234]:ERROR:  ...` (Amazon RDS's
  `%t:%r:%u@%d:[%p]:`)
- `2024-05-01 12:00:00.123: main pid 2114: LOG:  ...` (Pgpool-II's `%m: %a pid %p: `, which
  writes PostgreSQL's severities and DETAIL and HINT lines as the server does)

Owns `PostgresFormat` and the module instance `FORMAT` (name "postgres"). The severity is the
level (LOG and the DEBUGn ones read as info and debug; FATAL and PANIC as critical); the pid,
user and database go to attributes, and so do what the text log adds to a message that csvlog
keeps apart: the SQLSTATE before it (`log_error_verbosity = verbose`, `sql_state_code`) and
the ` at character N` after it (`query_pos`). The server writes its `log_timezone` as an
abbreviation (`CEST`, `PDT`), read by `timestamps.ZONE_ABBREVIATIONS`; one that names no one
zone (CST is three) or is unknown is read in the source's zone (--tz), and kept as the
attribute `zone`.
Numeric offsets are read as written.

One error is several lines, each with the prefix: `ERROR:  ...`, then `DETAIL:`, `HINT:`,
`CONTEXT:`, `STATEMENT:`, `QUERY:` or `LOCATION:` lines that belong to it. Those are not
headers (`parse` refuses them) and `continues` says so, with the text the event keeps of the
line (without its prefix). Framing asks it before any format parses the line: otherwise the
generic fallback, which accepts any timestamped line, would make each of them an event of its
own ("STATEMENT: INSERT ..." groups beside every error). `fold` then makes them the event's
attributes, under the names csvlog gives the same fields, so that an error's group does not
depend on its statement or detail, and is the one its csvlog or jsonlog line gets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from errctl.formats.timestamps import ZONE_ABBREVIATIONS, is_zone_word
from errctl.models import ParsedFields

# `%m` or `%t`, and the zone: an abbreviation (UTC, CEST) or a numeric offset (+03, +05:30).
_TS = (
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?"
    r"(?: ?[A-Za-z]{1,5}| ?[+-]\d\d(?::?\d\d)?)?)"
)
_ZONE = re.compile(r" ?([A-Za-z]{1,5}|[+-]\d\d(?::?\d\d)?)\Z")
_PREFIX = (
    _TS + r"(?: \[(?P<pid>\d{1,10})\](?:-\d+)? (?:(?P<user>[^\s@]*)@(?P<db>[^\s@]*) )?"
    r"|:(?P<client>[^:\s]*):(?P<user2>[^:@\s]*)@(?P<db2>[^:\s]*):\[(?P<pid2>\d{1,10})\]:"
    # Pgpool-II's default `%m: %a pid %p: ` (the application name: `main`, `child`, a client's)
    r"|: (?:(?P<app>[^\s:][^:]{0,63}?) )?pid (?P<pid3>\d{1,10}): )"
)
# The server's severity words, as levels; csvlog's `error_severity` column holds the same words
# (`csvfile`).
SEVERITIES = {
    "LOG": "info",
    "INFO": "info",
    "NOTICE": "info",
    "WARNING": "warning",
    "ERROR": "error",
    "FATAL": "critical",
    "PANIC": "critical",
    "DEBUG1": "debug",
    "DEBUG2": "debug",
    "DEBUG3": "debug",
    "DEBUG4": "debug",
    "DEBUG5": "debug",
}
_FOLLOWERS = ("DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION")
# A follower line as `continues` keeps it, and the attribute csvlog names its column.
_FOLLOWER = re.compile(r"(" + "|".join(_FOLLOWERS) + r"): {1,2}(.*)", re.S)
_FOLLOWER_KEYS = {
    "DETAIL": "detail",
    "HINT": "hint",
    "CONTEXT": "context",
    "STATEMENT": "query",
    "QUERY": "internal_query",
    "LOCATION": "location",
}
# What the text log adds to an error's message that points into its statement (csvlog's
# query_pos): an attribute, as there.
_CURSOR = re.compile(r" at character (\d{1,9})\Z")
# The SQLSTATE that `log_error_verbosity = verbose` puts before the message (csvlog's
# sql_state_code): five digits or capitals, at least one a digit (`23505`, `P0001`, `XX000`).
_SQLSTATE = re.compile(r"((?=[A-Z]*\d)[0-9A-Z]{5}): ")
_LINE = re.compile(
    _PREFIX + r"(?P<severity>" + "|".join((*SEVERITIES, *_FOLLOWERS)) + r"): {1,2}(?P<msg>.*)",
    re.S,
)


class PostgresFormat:
    name = "postgres"
    multiline = True
    # A statement's text is logged as the client sent it, over lines: an unread line under a
    # record is the record's own, even in a file with an undated writer (a container's
    # entrypoint before the server's log).
    verbatim_lines = True

    def parse(self, line: str) -> ParsedFields | None:
        m = _match(line)
        if m is None:
            return None
        severity = m.group("severity")
        level = SEVERITIES.get(severity)
        if level is None:
            return None  # DETAIL, STATEMENT, ...: part of the message above (`continues`)
        attrs: dict[str, object] = {"pid": int(_pid(m))}
        user = m.group("user") if m.group("user") is not None else m.group("user2")
        database = m.group("db") if m.group("db") is not None else m.group("db2")
        if user:
            attrs["user"] = user
        if database:
            attrs["database"] = database
        if m.group("client"):
            attrs["client"] = m.group("client")
        if m.group("app"):
            attrs["application_name"] = m.group("app")
        if severity != level.upper():
            attrs["severity"] = severity  # LOG, FATAL, DEBUG2: the server's own word
        ts, zone = server_time(m.group("ts"))
        if zone is not None:
            attrs["zone"] = zone  # read in the source's zone (--tz): see `server_time`
        message = m.group("msg")
        sqlstate = _SQLSTATE.match(message)
        if sqlstate is not None:  # log_error_verbosity = verbose
            attrs["sql_state_code"] = sqlstate.group(1)
            message = message[sqlstate.end() :]
        cursor = _CURSOR.search(message, max(0, len(message) - 24))
        if cursor is not None:
            message = message[: cursor.start()]
            attrs["query_pos"] = int(cursor.group(1))
        return ParsedFields(message, ts, level, attributes=attrs)

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """The follower lines of an error (as `continues` kept them) as its attributes, under
        csvlog's names (`detail`, `hint`, `context`, `query` for the STATEMENT,
        `internal_query` for QUERY, `location`): csvlog and jsonlog keep them apart from the
        message, so the same error is one group whichever the server writes, not one per
        statement or per detail (`parse` does the same for the cursor position). A line
        without a follower's prefix goes on the field above it (a statement over lines);
        lines above any follower stay the message's (returned)."""
        attrs = dict(fields.attributes or {})
        rest: list[str] = []
        key: str | None = None
        folded = False
        for line in continuation:
            m = _FOLLOWER.match(line)
            if m is not None:
                key = _FOLLOWER_KEYS[m.group(1)]
                text = m.group(2)
                attrs[key] = f"{attrs[key]}\n{text}" if key in attrs else text
                folded = True
            elif key is not None:
                attrs[key] = f"{attrs[key]}\n{line}"
            else:
                rest.append(line)
        if not folded:
            return fields, continuation
        return replace(fields, attributes=attrs), rest

    def continues(
        self, line: str, opened: str | None = None, previous: str | None = None
    ) -> str | None:
        """For a line that follows an error (DETAIL, STATEMENT, ...), its text without the
        prefix (`DETAIL:  Key (id)=(42) already exists.`); None for any other line. When the
        open event is a PostgreSQL line of another process, the line is not its: sessions
        write concurrently, and a DETAIL belongs to its own backend's error."""
        m = _match(line)
        if m is None or m.group("severity") not in _FOLLOWERS:
            return None
        if opened is not None:
            pid = _pid_of(opened)
            if pid is not None and pid != _pid(m):
                return None
        return line[m.start("severity") :]


def server_time(ts: str) -> tuple[str, str | None]:
    """The server's time (`%m`, `%t`, csvlog's `log_time`) as `timestamps` reads it, and the
    zone abbreviation when it names no one offset (`CST`: US Central or China), so the event
    shows which zone its time was read in instead.
    A zone abbreviation `timestamps` knows stays (`PDT`, and `CST` read in the source's zone);
    an unknown one is dropped, so the time is read in the source's zone (--tz); ` +03` loses
    its blank."""
    m = _ZONE.search(ts)
    if m is None:
        return ts, None  # no zone
    head, zone = ts[: m.start()], m.group(1)
    if zone[0] in "+-":
        return head + zone, None
    if zone.upper() in ("UTC", "GMT"):
        return f"{head} {zone.upper()}", None
    known = zone in ZONE_ABBREVIATIONS
    return (f"{head} {zone}" if known or is_zone_word(zone) else head), None if known else zone


def _pid(m: re.Match[str]) -> str | None:
    return m.group("pid") or m.group("pid2") or m.group("pid3")


@lru_cache(maxsize=64)
def _pid_of(line: str) -> str | None:
    """The pid of a PostgreSQL header (None for any other line); cached, since every line after
    it asks while its event is open."""
    m = _match(line)
    return None if m is None else _pid(m)


# What the server sends to syslog (`log_destination = syslog`): `[seq-chunk] ` before each
# message (`syslog_sequence_numbers`, on by default; the chunk counts the pieces of a message
# split at `syslog_split_messages`' length), then the log_line_prefix, often empty there, as
# syslog writes the time and pid, and the severity.
_SYSLOG_SEQUENCE = re.compile(r"\[(?P<seq>\d{1,10})-(?P<chunk>\d{1,6})\] ")
_SYSLOG_SEVERITY = re.compile(
    r"(?P<severity>" + "|".join(SEVERITIES) + r"): {1,2}(?P<msg>.*)",
    re.S,
)


def syslog_message(msg: str) -> ParsedFields | None:
    """The fields of the server's message as syslog carries it (`[3-1] LOG:  checkpoint
    starting: time`), or None: the severity is the level and leaves the message, as in the
    server's own log; DETAIL and the other followers, and a long message's later chunks, are
    left as they are."""
    seq = _SYSLOG_SEQUENCE.match(msg)
    if seq is None or seq["chunk"] != "1":
        return None
    rest = msg[seq.end() :]
    if rest[:4].isdigit():
        return FORMAT.parse(rest)  # a log_line_prefix with the time: the server's own line
    m = _SYSLOG_SEVERITY.match(rest)
    if m is None:
        return None
    severity = m["severity"]
    level = SEVERITIES[severity]
    attrs = {"severity": severity} if severity != level.upper() else None
    return ParsedFields(m["msg"], None, level, attributes=attrs)


def _match(line: str) -> re.Match[str] | None:
    if len(line) < 26 or not line[:4].isdigit() or line[4] != "-":
        return None
    return _LINE.match(line)


FORMAT = PostgresFormat()
