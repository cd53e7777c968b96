"""User-defined formats: `--pattern` regexes with named groups.

Owns `PatternFormat` (name "pattern"). Groups named timestamp, level, service, host, message,
logger and trace_id fill those fields; any other named group becomes an attribute. A pattern
with no timestamp group whose time comes in parts, in groups named year, month, day, date or
time (Loghub's layouts: `<Month> <Date> <Time>`, `<Date> <Time>`), has those parts, joined
with blanks in the pattern's order, for its timestamp. The regex is
anchored at the start of the line (as `re.match` does) so that a continuation line that merely
contains a matching fragment is not taken for a header; prefix it with `.*?` to search. Without
a `message` group the message is the rest of the line after the match, or the whole line when
nothing follows.
"""

from __future__ import annotations

import re

from errctl.config.regex_safety import dangerous_construct
from errctl.errors import UsageError
from errctl.models import ParsedFields

FIELD_GROUPS = ("timestamp", "level", "service", "host", "message", "logger", "trace_id")
TIME_PART_GROUPS = ("year", "month", "day", "date", "time")
_SEPARATORS = " \t-:|"


class PatternFormat:
    name = "pattern"
    multiline = True

    def __init__(self, regex: str) -> None:
        try:
            self.regex = re.compile(regex)
        except re.error as e:
            where = f" at position {e.pos}" if e.pos is not None else ""
            raise UsageError(
                f"invalid --pattern regex{where}: {e.msg}",
                hint="use Python regex syntax with named groups, e.g. "
                r"'(?P<timestamp>\S+ \S+) (?P<level>\w+) (?P<message>.*)'",
            ) from e
        danger = dangerous_construct(regex)
        if danger:
            raise UsageError(
                f"--pattern could take exponential time on hostile lines: {danger}",
                hint="make the inner repeat possessive (a++) or atomic ((?>...)), or drop it",
            )
        if self.regex.match("") is not None and not self.regex.groupindex:
            raise UsageError(
                "--pattern matches every line and has no named groups",
                hint="name the parts you want with (?P<timestamp>...), (?P<level>...), "
                "(?P<message>...)",
            )
        names = tuple(self.regex.groupindex)  # in the pattern's order
        self._time_parts = (
            () if "timestamp" in names else tuple(n for n in names if n.lower() in TIME_PART_GROUPS)
        )
        self._fields = tuple(n for n in names if n in FIELD_GROUPS)
        self._attributes = tuple(
            n for n in names if n not in FIELD_GROUPS and n not in self._time_parts
        )
        self._has_message = "message" in self.regex.groupindex

    def parse(self, line: str) -> ParsedFields | None:
        try:
            m = self.regex.match(line)
        except (TypeError, RecursionError):
            return None
        if m is None:
            return None
        values = {n: m.group(n) for n in self._fields}
        if self._has_message:
            message = values.pop("message") or ""
        else:
            message = line[m.end() :].lstrip(_SEPARATORS) or line
        attrs = None
        if self._attributes:
            attrs = {n: v for n in self._attributes if (v := m.group(n)) is not None} or None
        timestamp = values.get("timestamp")
        if self._time_parts:
            timestamp = " ".join(v for n in self._time_parts if (v := m.group(n))) or None
        return ParsedFields(
            message=message,
            timestamp=timestamp,
            level=values.get("level"),
            service=values.get("service"),
            host=values.get("host"),
            logger=values.get("logger"),
            trace_id=values.get("trace_id"),
            attributes=attrs,
        )


def pattern_warnings(regex: str) -> list[str]:
    """What a user should hear about a `--pattern` before it reads a file: a group named as
    logs name a field (`ts`, `lvl`, `msg`, as JSON and logfmt records do) is kept as an
    attribute, not as that field, and a pattern with no time at all puts every event at its
    file's modification time (the ingest's, from stdin), all of a log's lines at one time.
    An invalid regex says nothing here (PatternFormat refuses it)."""
    from errctl.formats import fields

    try:
        names = tuple(re.compile(regex).groupindex)
    except re.error:
        return []
    roles = {
        "timestamp": fields.TIMESTAMP_KEYS,
        "level": fields.LEVEL_KEYS,
        "message": fields.MESSAGE_KEYS,
        "service": fields.SERVICE_KEYS,
        "logger": fields.LOGGER_KEYS,
        "host": fields.HOST_KEYS,
        "trace_id": fields.TRACE_KEYS,
    }
    warnings = []
    for name in names:
        if name in FIELD_GROUPS or name.lower() in TIME_PART_GROUPS:
            continue
        alias = name.lower()
        role = next(
            (r for r, keys in roles.items() if r not in names and alias in map(str.lower, keys)),
            None,
        )
        if role is not None:
            warnings.append(
                f"--pattern group {name!r} is kept as the attribute attr.{name}, not as the "
                f"{role}: name it (?P<{role}>...)"
            )
    timed = "timestamp" in names or any(n.lower() in TIME_PART_GROUPS for n in names)
    if not timed and not any("(?P<timestamp>" in w for w in warnings):
        warnings.append(
            "--pattern has no timestamp group (nor year, month, day, date or time): every "
            "event takes its file's last change (from stdin, the ingest's time), so top and "
            "--since see all of a file's lines at once"
        )
    return warnings
