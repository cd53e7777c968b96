"""MySQL's and MariaDB's slow query log (`slow_query_log_file`), an entry over several lines:

    # Time: 261201  1:27:27
    # User@Host: app[app] @ localhost [127.0.0.1]
    # Thread_id: 13  Schema: shop  QC_hit: No
    # Query_time: 1.000271  Lock_time: 0.000000  Rows_sent: 1  Rows_examined: 0
    # Rows_affected: 0  Bytes_sent: 65
    SET timestamp=1796088451;
    select sleep(1);

(MariaDB 10; MySQL 5.7 and 8 write `# Time: 2026-12-01T01:27:31.123456Z` and the connection's
`Id:` after the client). `# Time:` is written only when the second changed since the entry
before, so an entry starts at it or at `# User@Host:`. Owns `MySQLSlowFormat`, the module
instance `FORMAT` (name "mysql-slow") and `from_sample`, which tells the log by its entries'
comment lines (detection does not count lines opening `#`, which it reads as PHP's frames).

An entry is one event (`continues`, `fold`): the statement is its message, so the same query
with other values is one group (a slow query is a warning: the log holds only queries slower
than `long_query_time`); the user, the client (its address, else its host name) and the
`Name: value` pairs of the comment lines are attributes (`query_time`, `lock_time`,
`rows_examined`, ...: numbers where they are numbers); `SET timestamp=N;` gives the time,
exact and free of zones, and a `use db;` before the statement the schema. The banner the
server writes on opening the file (`mariadbd, Version: ... started with:` and its two lines)
is an info event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from errctl.formats.base import number
from errctl.models import ParsedFields

_TIME = "# Time: "
_USER_HOST = "# User@Host: "
_USER_HOST_FIELDS = re.compile(
    r"# User@Host: (?P<user>[^\[\s]{0,256})\[[^\]]{0,256}\] @ (?P<host>[^\s\[]{0,256}) ?"
    r"\[(?P<ip>[^\]]{0,256})\](?:\s+Id:\s+(?P<id>\d{1,20}))?"
)
_BANNER = re.compile(r"\S{1,256}, Version: .{1,300} started with:\Z")
_SET_TIMESTAMP = re.compile(r"SET timestamp=(?P<epoch>\d{1,12}(?:\.\d{1,6})?);\Z")
_USE = re.compile(r"use `?(?P<schema>[^`;\s]{1,256})`?;\Z", re.IGNORECASE)
_FLOAT = re.compile(r"\d{1,20}\.\d{1,9}\Z")


class MySQLSlowFormat:
    name = "mysql-slow"
    multiline = True
    continues_own = True  # `continues` goes on only an entry's `# Time:` line

    def parse(self, line: str) -> ParsedFields | None:
        if line[:2] != "# ":
            if line[-13:] == "started with:" and _BANNER.match(line) is not None:
                return ParsedFields(line, None, "info")
            return None
        if line.startswith(_TIME):
            stamp = line[len(_TIME) :].strip()
            return ParsedFields(line, stamp, "warning") if stamp[:1].isdigit() else None
        if line.startswith(_USER_HOST) and _USER_HOST_FIELDS.match(line) is not None:
            return ParsedFields(line, None, "warning")
        return None

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """`line`, the `# User@Host:` line right under an entry's `# Time:` line (`opened`):
        the same entry; None for any other line."""
        if opened is None or previous is not opened or not opened.startswith(_TIME):
            return None
        return line if line.startswith(_USER_HOST) else None

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """An entry's lines (its first in `fields`, the others in `continuation`) as one event:
        the statement the message, the comment lines' fields attributes, `SET timestamp` the
        time. The banner, and any line that is no entry's, stays as it is."""
        head = fields.message
        if not head.startswith(("# Time: ", _USER_HOST)):
            return fields, continuation
        attributes = dict(fields.attributes or {})
        timestamp = fields.timestamp
        statement: list[str] = []
        for line in [head, *continuation]:
            if statement:
                statement.append(line)  # a statement over lines, comments in it too
            elif line.startswith(_USER_HOST):
                _user_host(line, attributes)
            elif line.startswith(_TIME):
                continue
            elif line[:2] == "# ":
                _pairs(line[2:], attributes)
            elif (epoch := _SET_TIMESTAMP.match(line)) is not None:
                timestamp = epoch["epoch"]
            elif (use := _USE.match(line)) is not None:
                attributes["schema"] = use["schema"]
            elif line.strip():
                statement.append(line)
        message = "\n".join(statement).strip() or head
        return replace(fields, message=message, timestamp=timestamp, attributes=attributes), []


def _user_host(line: str, attributes: dict[str, object]) -> None:
    m = _USER_HOST_FIELDS.match(line)
    if m is None:
        return
    if m["user"]:
        attributes["user"] = m["user"]
    client = m["ip"] or m["host"]
    if client:
        attributes["client"] = client
    if m["id"]:
        attributes["thread_id"] = number(m["id"])


def _pairs(text: str, attributes: dict[str, object]) -> None:
    """The `Name: value` pairs of a comment line (`Query_time: 0.3  Lock_time: 0.0`; a name
    with no value, MariaDB's `Schema:` outside any schema, is left out). Only capitalised
    names: MariaDB's `# explain:` lines are a table, not pairs."""
    tokens = text.split()
    for i, token in enumerate(tokens):
        name = token[:-1]
        if token[-1:] != ":" or not name[:1].isupper() or not name.replace("_", "").isalnum():
            continue
        value = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not value or value[-1:] == ":":
            continue
        key = name.lower()
        if value.isdigit():
            attributes[key] = number(value)
        elif _FLOAT.match(value) is not None:
            attributes[key] = float(value)
        else:
            attributes[key] = value


MIN_ENTRIES = 1


def from_sample(lines: list[str]) -> int:
    """How many entries of a slow query log the sample holds (`# Query_time:` lines right
    under a `# User@Host:` line, with a Thread_id line between in MariaDB's): 0 when it is no
    slow query log."""
    entries = 0
    user_host = False
    for line in lines:
        if line.startswith(_USER_HOST):
            user_host = True
        elif line.startswith("# Query_time: ") and user_host:
            entries += 1
            user_host = False
        elif line[:2] != "# ":
            user_host = False
    return entries


FORMAT = MySQLSlowFormat()
