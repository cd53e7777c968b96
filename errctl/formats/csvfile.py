"""CSV logs: files whose first line names their columns, and PostgreSQL's csvlog.

- A header row names the columns: the CSV exports of log search tools (Splunk's `_time` and
  `_raw`, Kibana's Discover `@timestamp` and `message`, Azure Log Analytics' `TimeGenerated
  [UTC]`), PowerShell's `Export-Csv` (Windows PowerShell 5.1 writes a `#TYPE ...` line first)
  and the `timestamp,level,logger,message` files applications write with a CSV formatter.
  Columns map through the aliases JSON's keys do (`fields`), case aside; the others are
  attributes, and an empty cell is no value. The delimiter is the first of tab, comma and
  semicolon (Excel's, where the decimal mark is a comma) that splits the header into names
  among which one names a time and one a message.
- PostgreSQL's csvlog (`log_destination = 'csvlog'`) has no header: its columns are fixed (23
  up to PostgreSQL 12, 24 in 13 with backend_type, 26 from 14 with leader_pid and query_id)
  and recognised by their shape: the server's time with its zone first, a severity word in the
  12th column, a SQLSTATE in the 13th. It reads as `postgres` reads the server's text log: the
  same levels, times and attribute names (`pid`, `user`, `database`, `client`, `severity`,
  `zone`); the application_name, else the backend_type (`checkpointer`), is the service, and
  the other non-empty columns are attributes under their PostgreSQL names (`detail`, `hint`,
  `query`, `sql_state_code`, ...). Greenplum's (`gpdb-*.csv`) has 30 columns of its own: its
  segment, session and slice, the severity in the 17th and the SQLSTATE in the 18th, the
  source file and line, and a stack trace.

Owns `CsvFormat` (name "csv"), `from_sample`, `joined_records` and the module instance `FORMAT`,
which reads csvlog only: `specialise` gives a file with a header row its own columns, from its
first lines on every read (a resumed one too), as W3C's directives are.

SharePoint's ULS logs are tab-separated with a header row of their own columns: their time is
read month first and their trace levels as the levels they mean, only there (`_ULS_COLUMNS`),
and the rows a long message was cut into are one event (`continued`, joined by
`ingest.quoted`).

A quoted field may hold newlines (a multi-line query or message): one record spans lines.
Ingest joins them before framing (`ingest.quoted`) by the hooks `quote_open`, `record_start`
and `declares` (the header row, which is no event); `parse` reads the joined text. A row with
another number of fields than the header still lands, with the columns it has (values past
the last column kept as `extra`); a csvlog-like row of another length is no csvlog row, and
lands as text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from errctl.formats.base import number
from errctl.formats.fields import KEY_ROLES, MESSAGE_KEYS, TIMESTAMP_KEYS, fields_from_mapping
from errctl.formats.postgres import SEVERITIES, server_time
from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

MAX_RECORD_LINES = 1000
"""A record's quoted field is joined over at most this many lines (as `framing`'s
MAX_SPANNING_LINES): a quote that never closes gives its lines up, each read alone."""

_DELIMITERS = ("\t", ",", ";")
# A column's name: a word, perhaps with blanks, dots or a unit in brackets (`TimeGenerated
# [UTC]`); never a value (a time, a number, a quoted phrase), so a data row is no header.
_NAME = re.compile(r"[A-Za-z_@][\w@.$/() \[\]-]{0,79}")
_UNIT = re.compile(r" ?\[[^\[\]]{0,32}\]\Z")
# Names only exports use, as the aliases (`fields`) name the same things.
_EXPORT_NAMES = {
    "_time": "timestamp",  # Splunk: the event's time
    "_raw": "message",  # Splunk: the event's text
    "timegenerated": "timestamp",  # Azure Log Analytics, Microsoft Sentinel
    # `Get-WinEvent | Export-Csv`: an event record's properties (its `Level` is a number).
    "timecreated": "timestamp",
    "leveldisplayname": "level_name",
    "machinename": "host",
    "providername": "logger",
}
# The aliases, by their lower-case spelling: the lower-case alias where two differ only in case
# (`message`, not journald's `MESSAGE`).
_FOLDED: dict[str, str] = {}
for _key in sorted(KEY_ROLES, key=lambda k: k != k.lower()):
    _FOLDED.setdefault(_key.lower(), _key)
del _key
_TIME_KEYS = frozenset(TIMESTAMP_KEYS) | {"timestamp"}
_MESSAGE_KEYS = frozenset(MESSAGE_KEYS)
_DATE_KEY, _TIME_KEY = "date", "time"
# SharePoint's ULS logs: their columns, the time always month first (the invariant culture's
# `MM/dd/yyyy HH:mm:ss.ff`, whatever the server's locale) and the trace levels named here, which
# mean what they say only in these files (`high` is a security tool's severity elsewhere).
_ULS_COLUMNS = (
    "Timestamp",
    "Process",
    "TID",
    "Area",
    "Category",
    "EventID",
    "Level",
    "Message",
    "Correlation",
)
_ULS_TIME = re.compile(r"(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d:\d\d(?:\.\d{1,7})?)\*?\Z")
_ULS_LEVELS = {"high": "info", "medium": "info", "verbose": "debug", "verboseex": "trace"}
_CONTINUED_MARK = "*"  # after a ULS row's time: the row goes on the message above it
_CUT = "..."  # where ULS cut a long message: the end of one part, the start of the next
_POWERSHELL_TYPE = "#TYPE "  # Windows PowerShell 5.1's `Export-Csv` without -NoTypeInformation

# csvlog's columns (PostgreSQL's docs: "Using CSV-Format Log Output"), by how many a row has.
_CSVLOG = (
    "log_time",
    "user_name",
    "database_name",
    "process_id",
    "connection_from",
    "session_id",
    "session_line_num",
    "command_tag",
    "session_start_time",
    "virtual_transaction_id",
    "transaction_id",
    "error_severity",
    "sql_state_code",
    "message",
    "detail",
    "hint",
    "internal_query",
    "internal_query_pos",
    "context",
    "query",
    "query_pos",
    "location",
    "application_name",
    "backend_type",  # 13
    "leader_pid",  # 14
    "query_id",  # 14
)
# Greenplum's (its docs: "Greenplum Database Server Log Files"), under PostgreSQL's names where
# a column holds the same thing.
_GPDB_CSVLOG = (
    "log_time",
    "user_name",
    "database_name",
    "process_id",  # `p21017`
    "thread_id",
    "remote_host",
    "remote_port",
    "session_start_time",
    "transaction_id",
    "gp_session_id",  # `con4101`
    "gp_command_count",
    "gp_segment",  # `seg-1`: the coordinator
    "slice_id",
    "distr_tranx_id",
    "local_tranx_id",
    "sub_tranx_id",
    "error_severity",
    "sql_state_code",
    "message",
    "detail",
    "hint",
    "internal_query",
    "internal_query_pos",
    "context",
    "query",  # debug_query_string
    "query_pos",  # error_cursor_pos
    "func_name",
    "file_name",
    "file_line",
    "stack_trace",
)
_CSVLOG_LAYOUTS = {
    **{n: _CSVLOG[:n] for n in (23, 24, 26)},  # PostgreSQL 12 and before, 13, 14 on
    len(_GPDB_CSVLOG): _GPDB_CSVLOG,
}
# The columns kept as attributes, under the names `postgres` gives the text log's same values.
_RENAMED = {
    "user_name": "user",
    "database_name": "database",
    "process_id": "pid",
    "connection_from": "client",  # `%r`
}
_OWN = ("log_time", "error_severity", "message", "application_name")
_CSVLOG_ATTRIBUTES = {
    n: {c: _RENAMED.get(c, c) for c in columns if c not in _OWN}
    for n, columns in _CSVLOG_LAYOUTS.items()
}
_CSVLOG_NUMBERS = frozenset(
    (
        "process_id",
        "session_line_num",
        "internal_query_pos",
        "query_pos",
        "leader_pid",
        "remote_port",
        "file_line",
    )
)
_CSVLOG_NONE = {"transaction_id": "0", "query_id": "0", "query_pos": "0"}  # the server's "none"
# `log_time`: `%Y-%m-%d %H:%M:%S.mmm` and the `log_timezone` abbreviation or offset.
_CSVLOG_TIME = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? ?(?:[A-Za-z]{1,5}|[+-]\d\d(?::?\d\d)?),"
)
_SQLSTATE = re.compile(r"[0-9A-Z]{5}")


def column_key(name: str) -> str:
    """The key a column's values go under: the alias it spells (`Timestamp`, `_time`,
    `TimeGenerated [UTC]` -> `timestamp`), else its name as written."""
    name = name.strip()
    if name in KEY_ROLES:
        return name
    bare = _UNIT.sub("", name).lower()
    return _EXPORT_NAMES.get(bare) or _FOLDED.get(bare) or name


def header(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(delimiter, column names) of a header row that names a time and a message column;
    None for any other line."""
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        names = _row(line, delimiter)
        if names is None or sum(1 for n in names if n) < 2:
            continue
        # An empty name is pandas' index column (`,timestamp,level,message`).
        if not all(n == "" or _NAME.fullmatch(n) for n in names):
            continue
        keys = {column_key(n) for n in names}
        if keys & _TIME_KEYS and keys & _MESSAGE_KEYS:
            return delimiter, tuple(names)
    return None


class CsvFormat:
    name = "csv"
    multiline = True
    one_line = True  # a record is one row: its quoted newlines are joined before framing

    def __init__(
        self, names: Sequence[str] = (), delimiter: str = ",", declared: Sequence[str] = ()
    ) -> None:
        # Padded names and values are the layout's, not the data's: SharePoint's ULS logs pad
        # every column to its width (`Process                                 \t`).
        self.names = tuple(name.strip() for name in names)
        self.delimiter = delimiter
        self._declared = frozenset(declared)
        keys: list[str] = []
        for i, name in enumerate(self.names):
            key = column_key(name) or f"column_{i + 1}"
            keys.append(key if key not in keys else name or f"column_{i + 1}")
        self._keys = tuple(keys)
        # An alias that loses to another (`Level`, a number, beside `LevelDisplayName`) stays
        # an attribute under the column's own name.
        self._renamed = {k: n for k, n in zip(keys, self.names, strict=True) if k != n and n}
        # Excel's and many exports' `Date` and `Time` columns: one time together.
        self._date_time = _DATE_KEY in keys and _TIME_KEY in keys
        self._time_first = bool(keys) and keys[0] in _TIME_KEYS
        self._uls = self.names == _ULS_COLUMNS
        self._message_column = next((i for i, key in enumerate(keys) if key in _MESSAGE_KEYS), None)
        # Whether a row may go on the one above it (`continued`): ULS's alone, so no other
        # file's rows wait for the next to be read (`ingest.quoted`).
        self.continues_rows = self._uls and self._message_column is not None

    def specialise(self, sample: list[str]) -> CsvFormat:
        """This format with the columns the file's header row names; csvlog without one."""
        found = from_sample(sample)
        return found if found is not None else self

    def declares(self, line: str) -> bool:
        """Whether `line` is the file's header row (or PowerShell's `#TYPE` line): no event."""
        return line in self._declared

    def quote_open(self, line: str, was_open: bool = False) -> bool:
        """Whether a quoted field is open after `line`, given whether one was before it: a
        `""` inside a quoted field is an escaped quote, so an odd count of them toggles it."""
        return was_open != (line.count('"') & 1 == 1)

    def record_start(self, line: str) -> bool | None:
        """True when `line` begins a record (it then cannot continue a quoted field: an open
        one never closed), False when it cannot begin one, None when the layout cannot tell
        (a header whose first column is no time)."""
        if not self.names:
            return _CSVLOG_TIME.match(line) is not None
        if not self._time_first:
            return None
        text = line[1:] if line[:1] == '"' else line
        end = match_timestamp_prefix(text)
        return end >= 8 and not text[:end].isdigit()

    def continued(self, line: str) -> bool:
        """Whether `line` is the rest of the row above it: SharePoint's ULS logs cut a message
        over about 1,000 characters into rows whose time ends with `*`, the cut marked by `...`
        at the end of one part and the start of the next."""
        if not self.continues_rows:
            return False
        return line.split(self.delimiter, 1)[0].rstrip().endswith(_CONTINUED_MARK)

    def join_continued(self, row_text: str, rest_text: str) -> str | None:
        """`row_text` with the message of `rest_text` (a `continued` row) joined onto its own,
        the cut's `...` marks dropped; None when either is no well-formed row."""
        column = self._message_column
        row, rest = _row(row_text, self.delimiter), _row(rest_text, self.delimiter)
        if column is None or row is None or rest is None or column >= min(len(row), len(rest)):
            return None
        head = row[column].rstrip().removesuffix(_CUT)
        row[column] = head + rest[column].strip().removeprefix(_CUT)
        return _unparsed(row, self.delimiter)

    def parse(self, line: str) -> ParsedFields | None:
        if not self.names:
            return _csvlog(line)
        if self.delimiter not in line or line in self._declared:
            return None  # one value is no row: text in the file
        row = _row(line, self.delimiter)
        if row is None:
            return None
        row = [v.strip() for v in row]
        record: dict[str, object] = {
            k: v for k, v in zip(self._keys, row, strict=False) if v != ""
        }  # a short row: the columns it has
        extra = [v for v in row[len(self._keys) :] if v != ""]
        if extra:
            record["extra"] = extra
        if self._date_time and _DATE_KEY in record and _TIME_KEY in record:
            record[_TIME_KEY] = f"{record.pop(_DATE_KEY)} {record[_TIME_KEY]}"
        if self._uls:
            _read_uls(record)
        fields = fields_from_mapping(record, nested=False)
        attrs = fields.attributes
        if attrs and self._renamed and not self._renamed.keys().isdisjoint(attrs):
            fields.attributes = {self._renamed.get(k, k): v for k, v in attrs.items()}
        return fields


def _row(text: str, delimiter: str) -> list[str] | None:
    """The fields of one record (its quoted fields may hold newlines); None when it is no
    well-formed CSV (a quote left open, a field over the csv module's size limit)."""
    try:
        rows = list(csv.reader([text], delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _read_uls(record: dict[str, object]) -> None:
    """A ULS row's time as ISO 8601 and its trace level as the level it means (`_ULS_COLUMNS`)."""
    time = record.get("timestamp")  # the columns under their keys (`column_key`)
    m = _ULS_TIME.match(time) if isinstance(time, str) else None
    if m is not None:
        month, day, year, clock = m.groups()
        record["timestamp"] = f"{year}-{month}-{day}T{clock}"
    level = record.get("level")
    if isinstance(level, str) and level.lower() in _ULS_LEVELS:
        record["level"] = _ULS_LEVELS[level.lower()]


def _unparsed(row: list[str], delimiter: str) -> str:
    """`row` written back as one record, quoted where its values need it."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(row)
    return out.getvalue()


def _csvlog(line: str) -> ParsedFields | None:
    if _CSVLOG_TIME.match(line) is None:
        return None
    row = _row(line, ",")
    columns = _CSVLOG_LAYOUTS.get(len(row)) if row is not None else None
    if columns is None:
        return None
    record = dict(zip(columns, row, strict=True))  # type: ignore[arg-type]
    severity = record["error_severity"]
    level = SEVERITIES.get(severity)
    if level is None or _SQLSTATE.fullmatch(record["sql_state_code"]) is None:
        return None
    attrs: dict[str, object] = {}
    for column, name in _CSVLOG_ATTRIBUTES[len(row)].items():  # type: ignore[arg-type]
        value = record.get(column)
        if not value or _CSVLOG_NONE.get(column) == value:
            continue
        attrs[name] = number(value) if column in _CSVLOG_NUMBERS and value.isdigit() else value
    if severity != level.upper():
        attrs["severity"] = severity  # LOG, FATAL, DEBUG2: the server's own word
    ts, zone = server_time(record["log_time"])
    if zone is not None:
        attrs["zone"] = zone  # read in the source's zone (--tz), as `postgres` does
    service = record.get("application_name") or record.get("backend_type") or None
    return ParsedFields(record["message"], ts, level, service=service, attributes=attrs)


def from_sample(sample: list[str]) -> CsvFormat | None:
    """The format a file's header row declares (after PowerShell's `#TYPE` line, if any);
    None when its first line is no header."""
    lines = [s for s in sample[:3] if s.strip()]
    declared = lines[:1] if lines and lines[0].startswith(_POWERSHELL_TYPE) else []
    if len(lines) <= len(declared):
        return None
    first = lines[len(declared)]
    found = header(first)
    if found is None:
        return None
    delimiter, names = found
    return CsvFormat(names, delimiter, (*declared, first))


def joined_records(lines: list[str], fmt: CsvFormat) -> list[str]:
    """The records of `lines` (a sample), those whose quoted fields span lines joined as
    ingest joins them (`ingest.quoted`); the file's header left out, and a record the sample
    cuts short too. A record given up is its lines, each a record."""
    out: list[str] = []
    pending: list[str] = []
    for line in lines:
        if pending:
            if fmt.record_start(line) is True:
                out += pending  # the quote never closed
                pending = []
            else:
                pending.append(line)
                if not fmt.quote_open(line, True):
                    out.append("\n".join(pending))
                    pending = []
                elif len(pending) >= MAX_RECORD_LINES:
                    out += pending
                    pending = []
                continue
        if fmt.declares(line) or not line.strip():
            continue
        if fmt.quote_open(line) and fmt.record_start(line) is not False:
            pending = [line]
        else:
            out.append(line)
    return out


FORMAT = CsvFormat()
