"""Normalisation: records -> the event schema, as Arrow columns.

Per record: the timestamp read into UTC (or inferred from the previous event, flagged), the
level mapped to the six canonical names, continuation lines either parsed as an exception chain
or kept as part of the message, and the exception fingerprint (computed
once per distinct frame list, which real logs repeat). Message templates and the remaining
fingerprints are computed per batch, vectorised, in `errctl.fingerprint`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

import orjson
import pyarrow as pa

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.fingerprint.inapp import NO_RULES, InAppRules
from errctl.fingerprint.masking import mask_message
from errctl.fingerprint.memory import time_layout
from errctl.formats.compiler import lint_rows
from errctl.formats.dask import compute_failed_trace
from errctl.formats.embedded_record import record_in_message
from errctl.formats.faulthandler import FATAL_PYTHON
from errctl.formats.fields import FieldsRow
from errctl.formats.http_records import (
    RECORD_ROOTS,
    http_request,
    request_error,
    request_start,
    request_start_view,
    request_view,
    response_status,
    response_view,
)
from errctl.formats.levels import LEVEL_ALIASES, normalize_level
from errctl.formats.multiline import (
    NO_EXCEPTION,
    continues_trace,
    is_node_crash_location,
    looks_like_trace,
    named_by_message,
    opens_sanitizer_report,
    starts_rust_panic,
    unbanged,
    untagged,
)
from errctl.formats.node_warnings import node_warning
from errctl.formats.registry import FORMATS, indented_header
from errctl.formats.stacktrace import (
    BARE_DOTNET_TYPE,
    CXX_TERMINATE,
    DART_UNHANDLED,
    DOTNET_UNHANDLED,
    parse_trace,
    starts_elixir_exception,
    swift_fatal_error,
)
from errctl.formats.timestamp_columns import parse_timestamps
from errctl.formats.timestamps import parse_timestamp
from errctl.formats.tool_output import boxed_fields, is_table_header, tool_fields
from errctl.ingest.framing import MAX_RECORD_LINES, RECORD_FORMATS, Record
from errctl.ingest.level_words import level_from_words
from errctl.models import ParsedFields

TITLE_CHARS = 200

SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("line", pa.int64()),
        ("timestamp", pa.timestamp("us")),
        ("timestamp_inferred", pa.bool_()),
        ("level", pa.string()),
        ("service", pa.string()),
        ("host", pa.string()),
        ("logger", pa.string()),
        ("message", pa.string()),
        ("exception_fingerprint", pa.string()),
        ("exception_type", pa.string()),
        ("exception_value", pa.string()),
        ("stack", pa.string()),
        ("exception_chain", pa.string()),
        ("trace_id", pa.string()),
        ("attributes", pa.string()),
        ("format", pa.string()),
        ("title", pa.string()),
        ("message_template", pa.string()),
        # The layout of the time as written (`memory.time_layout`): part of the mining family
        # of a line that names no program; not stored.
        ("layout", pa.string()),
    ]
)

# Formats whose continuation lines are fields of their own (`fold`), by name.
_FOLDS = {name: fmt.fold for name, fmt in FORMATS.items() if hasattr(fmt, "fold")}
# printf and str.format placeholders in a logged message template (`msg` before formatting).
# A width starts with 1-9: a leading 0 is a flag, and `[-#0 +]*\d*` would try every split of
# a run of zeros between the two (quadratic on `%000...`).
_PLACEHOLDER = re.compile(
    r"%(?:\(\w+\))?[-#0 +]*(?:[1-9]\d*|\*)?(?:\.\d+)?[sdrifgeExXoca]|\{[^{}]*\}"
)

_PY_TRACEBACK = "Traceback (most recent call last)"
_TRACE_HEADERS = (
    _PY_TRACEBACK,
    "Exception in thread ",
    "panic: ",
    *DOTNET_UNHANDLED,
)


# A Python traceback's first line says nothing of the crash: an event whose message it is (an
# uncaught exception on stderr, a record whose message is the whole traceback) takes its
# exception's title, as Sentry names such an event.
_BARE_TRACE_HEADERS = frozenset(
    (
        f"{_PY_TRACEBACK}:",
        "Exception Group Traceback (most recent call last):",
        "+ Exception Group Traceback (most recent call last):",
        DART_UNHANDLED,
    )
)


def _opens_crash(header: str) -> bool:
    """Whether a raw line is the first of a runtime's crash report that no frame below names:
    Rust's panic, libstdc++'s terminate (its `what():` below), Swift's fatal error (one line),
    an uncaught Python exception group (its frames drawn in a box), CPython's fatal error
    (each thread's stack below it)."""
    if header[:1] == "F" and header.startswith(FATAL_PYTHON):
        return True
    if header[:1] == "t":
        return starts_rust_panic(header) or header.startswith(CXX_TERMINATE)
    if header[:1] == " ":
        return header.strip() in _BARE_TRACE_HEADERS  # an uncaught exception group's box
    return ".swift" in header and swift_fatal_error(header)


def _header_and_trace(exception: str, trace: list[str]) -> str:
    """A header's exception and the trace lines below it, as one text. A Python traceback that
    ends on a frame, without its exception line, had that line written first, in the header
    (AWS Lambda's Python runtime writes `[ERROR] KeyError: 'id'`, then the traceback): it goes
    where Python puts it, last."""
    if trace[0].startswith(_PY_TRACEBACK) and trace[-1].startswith(" ") and "\n" not in exception:
        return "\n".join([*trace, exception])
    return "\n".join([exception, *trace])


ATTRIBUTES_MAX_BYTES = 256 * 1024
"""Stored attributes (JSON) stop here: top-level keys are kept in order while they fit, the
rest are dropped, and `truncated: true` and `attributes_dropped: N` say so. One line holds at
most 1 MiB anyway (MAX_LINE_BYTES); this keeps one hostile record (100,000 keys) from
dominating a batch, the store and `show`."""

ATTRIBUTES_MAX_DEPTH = 200
"""Attributes nested deeper (orjson writes at most 255 levels) are cut there: the deeper value
is replaced by a marker string and `truncated: true` is set."""

_TOO_DEEP = f"<nested deeper than {ATTRIBUTES_MAX_DEPTH} levels>"

TIME_CACHE_SIZE = 4096
"""Distinct raw timestamps remembered per source (cleared when full): enough for the
second-resolution stamps of the lines in flight, small enough to stay cheap."""
_MISSING = object()
_FRACTION_MARKS = (".", ",")  # after an ISO time's seconds


def _json_default(value: Any) -> Any:
    return str(value)


def _attributes_json(attributes: dict[str, Any]) -> str:
    """The attributes as stored: JSON, bounded in depth and size, whatever the record held."""
    try:
        text = orjson.dumps(attributes, default=_json_default)
    except TypeError:
        # Nested past orjson's limit, an integer past 64 bits, a lone surrogate: make it
        # writable rather than fail the batch.
        attributes = _writable(attributes, 0)
        attributes["truncated"] = True
        text = orjson.dumps(attributes, default=_json_default)
    if len(text) > ATTRIBUTES_MAX_BYTES:
        text = _capped(attributes)
    return text.decode()


def _writable(value: Any, depth: int) -> Any:
    t = type(value)
    if t is dict or t is list:
        if depth >= ATTRIBUTES_MAX_DEPTH:
            return _TOO_DEEP
        if t is list:
            return [_writable(v, depth + 1) for v in value]
        return {_writable(str(k), depth + 1): _writable(v, depth + 1) for k, v in value.items()}
    if t is str:
        return value.encode("utf-8", "replace").decode("utf-8")
    if t is int and not -(2**63) <= value < 2**64:
        return str(value)
    return value


def _capped(attributes: dict[str, Any]) -> bytes:
    """Attributes whose JSON is over ATTRIBUTES_MAX_BYTES: the leading keys that fit."""
    budget = ATTRIBUTES_MAX_BYTES - 64  # room for the two markers
    kept: dict[str, Any] = {}
    for key, value in attributes.items():
        cost = len(orjson.dumps(key)) + len(orjson.dumps(value, default=_json_default)) + 2
        if cost > budget:
            break
        budget -= cost
        kept[key] = value
    kept["truncated"] = True
    kept["attributes_dropped"] = len(attributes) - len(kept) + 1
    return orjson.dumps(kept, default=_json_default)


# An event with no level that opens with a level word and a colon, or a bracketed one, says its
# level: what programs print to stderr (`ERROR: ...`, `Warning: ...`, `[WARN] ...`; Ansible's
# `[WARNING]: ...`).
_LEADING_LEVEL = re.compile(r"(?:\[(?P<bracketed>[A-Za-z]{3,8})\]:?|(?P<word>[A-Za-z]{3,8}):)[ \t]")
# npmlog's lines (npm before 10, node-gyp): the program's heading, then the level as npmlog
# shows it, `npm ERR! code ELIFECYCLE`, `gyp WARN install got an error, rolling back`; npm 10
# writes its levels in lower case, `npm error code E404`, `npm warn deprecated x@1.0.6: ...`.
_NPMLOG = re.compile(
    r"(?:[a-z][\w-]{0,31} (?P<shown>ERR!|WARN)"
    r"|npm (?P<npm>error|warn|notice|info|verbose|verb|http|timing|silly|sill)) "
)
_NPMLOG_LEVELS = {"ERR!": "error", "WARN": "warning", "notice": "info", "verb": "debug"}
_NPMLOG_LEVELS |= {"sill": "trace", "silly": "trace", "http": "debug", "timing": "debug"}
# A CI runner's workflow command as its job log prints it: GitHub Actions' and Azure Pipelines'
# `##[error]message`, an echoed `::error file=app.py,line=3::message` (GitHub Actions), Azure
# Pipelines' `##vso[task.logissue type=warning;sourcepath=x]message`.
_WORKFLOW_COMMAND = re.compile(
    r"##\[(?P<bracketed>error|warning|notice|debug)\]"
    r"|::(?P<command>error|warning|notice|debug)(?: [^:\n]{0,1024})?::"
    r"|##vso\[task\.logissue type=(?P<vso>error|warning)[;\]]"
)
# The X server's message types (xf86Msg's MessageType, os/log.c) before each line of
# Xorg.0.log and of what a rootless Xorg writes to the journal (`gdm-x-session[2026]: (EE)
# Failed to load module "nouveau"`): (EE) an error, (WW) a warning, (DB) debugging; probed,
# configured, default and command-line settings, notices and information the rest. (??), an
# unknown type, says nothing.
_XORG_TYPES = {
    **{"(EE) ": "error", "(WW) ": "warning", "(DB) ": "debug", "(II) ": "info"},
    **{"(NI) ": "info", "(!!) ": "info", "(--) ": "info", "(**) ": "info", "(==) ": "info"},
    "(++) ": "info",
}
_LEVEL_WORD_STARTS = frozenset("[EWFCIDNTPAS#:(abcdefghijklmnopqrstuvwxyz")


def _unread_level(raw: Any) -> str | None:
    """The text of a level no alias names (`combo` where a `--pattern` took the host for the
    level, a custom `AUDIT`, a number outside every scheme), kept as attribute `level_raw` as
    an unreadable time is kept: the event has no level, and the text is not lost. None for a
    placeholder (`-`, blank) or what is no text at all."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return None
    text = str(raw).strip()
    return text if any(c.isalnum() for c in text) else None


def _leading_level(message: str) -> str | None:
    m = _LEADING_LEVEL.match(message)
    if m is None:
        return _tool_level(message)
    word = m.group("bracketed") or m.group("word")
    return LEVEL_ALIASES.get(word.lower()) if word.lower() in _LEADING_LEVEL_WORDS else None


def _tool_level(message: str) -> str | None:
    """The level a CI runner's workflow command, npmlog's heading or the X server's message
    type puts before a line."""
    if message[:1] == "(":
        return _XORG_TYPES.get(message[:5])
    if message[:1] in "#:":
        m = _WORKFLOW_COMMAND.match(message)
        if m is None:
            return None
        word = m.group("bracketed") or m.group("command") or m.group("vso")
        return "info" if word == "notice" else word
    m = _NPMLOG.match(message)
    if m is None:
        return None
    word = m.group("shown") or m.group("npm")
    return _NPMLOG_LEVELS.get(word) or LEVEL_ALIASES.get(word)


# The words read as a level there: not short aliases (`e:`, `inf:`), which are too often
# something else at the start of a line.
_LEADING_LEVEL_WORDS = frozenset(
    (
        *("trace", "debug", "info", "notice", "warn", "warning", "error", "err", "crit"),
        *("critical", "fatal", "panic", "alert", "emerg", "severe"),
    )
)


# A package-qualified JVM throwable named in a log message, with its own message after it; or
# a .NET exception, its namespace capitalised (`System.Net.Http.HttpRequestException: ...`).
_JVM_EXCEPTION_IN_MESSAGE = re.compile(
    r"(?<![\w.$])[A-Za-z][\w$]{0,64}(?:\.[\w$]{1,64}){1,16}(?:Exception|Error|Throwable)(?=:\s|\Z)"
)


# A JavaScript error named in a log message, its message after it: `Error`, `TypeError`,
# `AggregateError`, an application's `ValidationError`; not inside a word or a path.
_JS_ERROR_IN_MESSAGE = re.compile(r"(?<![\w.$/])(?:[A-Z][\w$]{0,64})?Error(?=:\s|\Z)")
# Node's frame: `at fn (path:line:col)`, `at path:line:col`, `at async fn (...)`, `at
# Promise.all (index 0)`, a built-in's `at JSON.parse (<anonymous>)`; a JVM frame has no column.
_NODE_FRAME = re.compile(
    r"at (?:async )?(?:\S.*\((?:\S+:\d+:\d+|index \d+|<anonymous>)\)|\S+:\d+:\d+) ?\{?\s*\Z"
)


def _split_trace(message: str, continuation: list[str]) -> tuple[str, str | None]:
    """(message, stack trace text) of an event whose header line's message is `message`: its
    continuation lines are the trace when they hold one, else the rest of the message.

    A logger that tags every line it writes (Rails' `[request-id] `) repeats the tags on each
    continuation line: a trace under them is found without them. A trace that leaves its
    exception line to the message is parsed with it (`multiline.named_by_message`). A header
    with no message of its own takes it from the lines below."""
    if NO_EXCEPTION in continuation:
        # `logger.exception` with no exception in hand says so on a line of its own: it adds
        # nothing to the message, and there is no trace.
        continuation = [line for line in continuation if line != NO_EXCEPTION]
        if not continuation:
            return message, None
    if (trace := compute_failed_trace(message, continuation)) is not None:
        # Dask's worker writes a failed task's exception and traceback as reprs (`dask.py`):
        # the record stays whole, the trace they hold is parsed.
        return "\n".join([message, *continuation]), trace
    if message[:1] == "*" and starts_elixir_exception(message):
        # Elixir's Logger writes the exception's own line (`** (Ecto.NoResultsError) ...`)
        # as the record's message and the rest of it, frames too, below: all of it is the trace.
        return message, "\n".join([message, *continuation])
    lines = continuation
    if not looks_like_trace(lines):
        lines = untagged(message, continuation) or unbanged(continuation) or []
        if not lines or not looks_like_trace(lines):
            if not message.strip():
                return _message_below(continuation), None
            return "\n".join([message, *continuation]), None
    if named_by_message(lines):
        return message, "\n".join([message, *lines])
    opens = next((i for i, line in enumerate(lines) if line.startswith(_PY_TRACEBACK)), 0)
    if (
        opens > 0
        and message.strip()
        and all(line[:1] in (" ", "\t") for line in lines[:opens])
        and not looks_like_trace(lines[:opens])
    ):
        # The message goes on under its header, indented, before Python's traceback (Mopidy's
        # layout, `%(name)s\n  %(message)s`: `mopidy.core.library` above `  JellyfinBackend
        # backend caused an exception.`): those lines are the message's, the traceback the
        # trace. (A line at column 0 is the trace's own: asyncio's `future: <Task ...>`.)
        message = "\n".join([message, *lines[:opens]])
        lines = lines[opens:]
    first = next((line for line in lines if line.strip()), "")
    # (.NET's inner exception first: the outer one's line, `Type: message`, is the message's
    # end, as NLog's `${exception:format=tostring}` writes it after the record's words.)
    inner = first.lstrip().startswith("---> ")
    if (inner or first.lstrip().startswith("at ")) and first[:1] in " \t":
        # (An exception's own line as the whole message names it without its namespace too:
        # Unity's `EXC NullReferenceException: ...` above Mono's frames.)
        named = _JVM_EXCEPTION_IN_MESSAGE.search(message[:4096]) or BARE_DOTNET_TYPE.match(message)
        if named is None and not inner and _NODE_FRAME.search(first[:1024]) is not None:
            # Node's frames: the logger wrote its words, then the error's own line
            # (`Unhandled rejection TypeError: x`, winston's and console's `msg, err`).
            named = _JS_ERROR_IN_MESSAGE.search(message[:4096])
        if named is not None:
            # JVM frames with no exception line above them: the header's message ends with
            # it (Quarkus' `HTTP Request to /x failed, error id: ...: java.lang.X: boom`).
            return message, "\n".join([message[named.start() :], *lines])
    elif (
        first[:1] not in " \t"
        and message[:1].isalpha()
        and _JVM_EXCEPTION_IN_MESSAGE.match(message[:4096]) is not None
    ):
        # The header's message is a JVM exception's line, whose own message goes on over
        # the lines above its frames (Pentaho Kettle's `... : org.pentaho.di.core.exception.
        # KettleDatabaseException: ` and the lines of its message under it).
        return message, "\n".join([message, *lines])
    if (
        not message.strip()
        and not looks_like_trace([first])
        and not first.lstrip().startswith(_TRACE_HEADERS)
    ):
        message = first.strip()  # .NET: the message, then the exception, under the header
    return message, "\n".join(lines)


def _trace_in_message(message: str) -> tuple[str, str | None]:
    """(message, stack trace text) of a record whose message spans lines: Cloud Logging's
    `textPayload` of a crash, a logger handed `err.stack` or a formatted traceback as its
    message. Read as a plain-text event's header and continuation lines are, except that the
    first line goes to the parser too: here it is most often the exception's own line
    (`TypeError: x` above Node's frames, Java's, .NET's), which a log header never is;
    (message, None) when the lines hold no trace."""
    first, _, rest = message.partition("\n")
    if first.startswith(_TRACE_HEADERS):
        return first, message  # as a plain-text `Traceback ...` event's
    below, trace = _split_trace(first, rest.split("\n"))
    if trace is None:
        return message, None
    return below, message if trace == rest else trace


class TraceEntries:
    """JSON records that each hold one line of a trace, joined into the record that opened it:
    `journalctl -o json` writes a service's traceback on stderr one entry a line, as its text
    output does (`syslog.continues`), and a log shipper without a multiline rule does alike.
    A record joins the open one when it names the same service, host and process and its
    message goes on the trace (`multiline.continues_trace`); the joined record keeps the
    first one's fields and line, its message all the lines (read as a trace downstream), at
    most MAX_RECORD_LINES of them.

    Fed a file's blocks of records in order (`join`): the last record of a block is held back
    while its trace may go on in the next block's first records, so a trace cut by a block's
    end is still one event. `number` is the held record's line: a batch that commits while
    one is held resumes there. `finish` gives it back at the input's end."""

    TAIL = 6
    """A block in which no record is indented holds no trace's frames; only its last records
    are read for the start of one whose frames the next block holds: `Traceback (most recent
    call last):` below an ERROR record, a Go panic's column-0 lines above its first file."""

    def __init__(self) -> None:
        self.number: int | None = None  # the held record's line
        self._row: FieldsRow | None = None  # its fields, as read
        self._lines: list[str] = []  # its messages, the first its own
        self._last = 0  # the line of its last entry

    def join(
        self, numbers: Sequence[int], rows: Sequence[FieldsRow], end: int
    ) -> tuple[Sequence[int], Sequence[FieldsRow]]:
        """The records of a block (`numbers`, `rows`: in line order; `end`: the line after the
        block's last), joined, after the one held from the block before if they do not go on
        it; the last one held back when its last entry is line `end - 1`."""
        if self._row is not None and rows and self._goes_on(rows[0]):
            return self._joined(numbers, rows, end)
        held_numbers, held_rows = self.finish()
        if any(row[0][:1] in _INDENTS for row in rows):
            out_numbers, out_rows = self._joined(numbers, rows, end)
        elif rows and numbers[-1] == end - 1:
            # No trace in the block (the common case, read at no cost), but one may open in
            # its last records and go on in the next block.
            cut = max(0, len(rows) - self.TAIL)
            tail_numbers, tail_rows = self._joined(numbers[cut:], rows[cut:], end)
            out_numbers = [*numbers[:cut], *tail_numbers]
            out_rows = [*rows[:cut], *tail_rows]
        else:
            out_numbers, out_rows = numbers, rows
        if held_rows:
            return [*held_numbers, *out_numbers], [*held_rows, *out_rows]
        return out_numbers, out_rows

    def finish(self) -> tuple[list[int], list[FieldsRow]]:
        """The held record, complete (none held after it)."""
        if self._row is None or self.number is None:
            return [], []
        number, row, lines = self.number, self._row, self._lines
        self.number, self._row, self._lines = None, None, []
        if len(lines) > 1:
            row = ("\n".join(lines), *row[1:])
        return [number], [row]

    def held(self) -> Record | None:
        """The held record's text as a record (its first message the header), for
        `framing.unfinished_traceback`; None when none is held."""
        if self._row is None or self.number is None:
            return None
        return Record(None, None, self._lines[0], self.number, 0, 0, self._lines[1:])

    def _goes_on(self, row: FieldsRow) -> bool:
        lines = self._lines
        return (
            bool(lines)
            and row[7] is None
            and len(lines) < MAX_RECORD_LINES
            and _same_process(row, self._row)  # type: ignore[arg-type]
            and continues_trace(row[0], lines[0], lines[-1] if len(lines) > 1 else lines[0])
        )

    def _joined(
        self, numbers: Sequence[int], rows: Sequence[FieldsRow], end: int
    ) -> tuple[list[int], list[FieldsRow]]:
        out_numbers: list[int] = []
        out_rows: list[FieldsRow] = []
        lines: list[str] = []  # the open record's messages
        last = 0
        if self._row is not None and self.number is not None:  # the held one goes on
            out_numbers.append(self.number)
            out_rows.append(self._row)
            lines, last = self._lines, self._last
            self.number, self._row, self._lines = None, None, []
        for number, row in zip(numbers, rows, strict=True):
            message = row[0]
            if (
                lines
                and row[7] is None
                and len(lines) < MAX_RECORD_LINES
                and _same_process(row, out_rows[-1])
                and continues_trace(message, lines[0], lines[-1] if len(lines) > 1 else lines[0])
            ):
                lines.append(message)
                last = number
                continue
            if len(lines) > 1:
                out_rows[-1] = ("\n".join(lines), *out_rows[-1][1:])
            lines = [message] if row[7] is None and "\n" not in message else []
            last = number
            out_numbers.append(number)
            out_rows.append(row)
        if lines and last == end - 1:  # it may go on in the next block
            self.number, self._row = out_numbers.pop(), out_rows.pop()
            self._lines, self._last = lines, last
        elif len(lines) > 1:
            out_rows[-1] = ("\n".join(lines), *out_rows[-1][1:])
        return out_numbers, out_rows


_INDENTS = (" ", "\t")


def _same_process(row: FieldsRow, opened: FieldsRow) -> bool:
    """Whether a record may go on the one opened before: the same service and host, and the
    same process id (journald's `_PID`) unless the record names none. A shipper's record of a
    container's line (Fluent Bit's `log`) takes its pid from the line's own header (Spring
    Boot's `ERROR 1 --- [...]`), and a trace's lines have no header: they name no process."""
    if row[3] != opened[3] or row[4] != opened[4]:
        return False
    a, b = row[8] or {}, opened[8] or {}
    pid = a.get("_PID", a.get("pid"))
    return pid is None or pid == b.get("_PID", b.get("pid"))


def _message_below(continuation: list[str]) -> str:
    """The message of a header that has none of its own: the lines below it, without the
    indentation they share (.NET's console logger writes the message there)."""
    lines = [line.rstrip() for line in continuation]
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(x[indent:] for x in lines).strip("\n")


def _with_tool_fields(fields: ParsedFields) -> ParsedFields:
    """`fields` with what a CI or build tool's layout of its message says (formats.tool_output),
    its time and origin kept."""
    tool = tool_fields(fields.message)
    if tool is None:
        return fields
    tool.timestamp, tool.service, tool.host = fields.timestamp, fields.service, fields.host
    tool.logger, tool.trace_id = fields.logger, fields.trace_id
    if fields.attributes:
        tool.attributes = {**fields.attributes, **(tool.attributes or {})}
    return tool


def _record_view(
    attrs: dict[str, Any], message: str, level: str | None, template: str | None
) -> tuple[str, str | None, str, str | None] | None:
    """What an access logger's record takes (`http_records`): its request's route and
    status, or, with no request in it, its response's status; None for any other record."""
    request = http_request(attrs, message)
    if request is not None:
        view = request_view(request, message, level, template)
        error = None if view is None else request_error(attrs)
        if error is None:
            return view
        # A request that failed says why: `POST /v1/graphql 200: connection error` is not the
        # route's successes' group, and the error's own values are masked (by the default
        # rules: a record's template is not mined, as an access line's is not).
        said, level, title, own = view
        if template is None:
            own = f"{own}: {mask_message(error)}"
        return said, level, f"{title}: {error}", own
    status = response_status(attrs)
    if status is not None:
        return response_view(status, message, level, template)
    start = request_start(attrs, message)
    return None if start is None else request_start_view(start, message, level, template)


class _Exception(NamedTuple):
    """What a parsed stack trace gives its event's columns."""

    fingerprint: str
    type: str
    value: str | None
    stack: str  # the chain as stored: JSON
    chain: str  # its exceptions as `type: value` lines, no frames (what free text searches)
    title: str  # `type: value`


class Normalizer:
    """Accumulates normalised events for one source until `take()` hands them over as a table.

    Hot path (once per event): columns are plain lists with their `append` bound once per
    batch, and nothing is computed that the event does not need.
    """

    def __init__(
        self,
        source: str,
        *,
        tz: tzinfo,
        reference: datetime,
        fallback_time: datetime,
        default_service: str | None = None,
        in_app_rules: InAppRules = NO_RULES,
        stream_key: str | None = "stream",
        service_of_stream: Callable[[str], str] | None = None,
        payload_time_first: bool = False,
    ) -> None:
        self.source = source
        # A container log's envelope (ingest.envelopes): the attribute its stream is kept as,
        # and the service a stream names (docker compose's containers), if any.
        self.stream_key = stream_key
        self.service_of_stream = service_of_stream
        self.payload_time_first = payload_time_first  # the envelope's time only fills in
        self.in_app_rules = in_app_rules  # [fingerprint] in_app_include / in_app_exclude
        self.default_service = default_service  # for events that name none ([[sources]])
        self.tz = tz
        self.reference = reference  # the file's mtime (never after now): year-less stamps' year
        self.last_timestamp = fallback_time  # what an event without a readable time gets
        self.fallback_time = fallback_time
        # Events of the current batch that took `fallback_time` because no event before them
        # had a time (a banner, Lambda's START, a W3C header): they take the first time read
        # after them instead, which is when they happened, give or take, where the file's
        # modification time may be days later. None once a time was read.
        self._awaiting_time: list[int] | None = []
        self.unread_times = 0  # events whose time was there but could not be read
        self.unread_time: str | None = None  # the first of them, as logged
        self._exception_cache: dict[str, _Exception | None] = {}
        self._level_cache: dict[Any, str | None] = {}
        # raw timestamp -> parse_timestamp's answer, which depends only on it, tz and reference
        self._time_cache: dict[str, datetime | None] = {}
        # format -> the layout of the first time a line of that format wrote in this source
        # (`memory.time_layout`): one program writes its times alike, so one look a format.
        self._layouts: dict[str | None, str] = {}
        self._reset()

    def _reset(self) -> None:
        if self._awaiting_time:  # handed over with the fallback: nothing came to correct them
            self._awaiting_time = []
        self._columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
        self._append = tuple(self._columns[name].append for name in SCHEMA.names)
        self.count = 0

    def carry_time(self, record: Record) -> None:
        """A record an earlier read stored, read again before the new lines (ingest.
        stored_tail): the events after it with no time of their own take its time, as they
        did when read with it, rather than awaiting one."""
        own = record.fields.timestamp if record.fields is not None else None
        raw = self._time_of(own, record.envelope)
        timestamp = self._timestamp(raw) if raw else None
        if timestamp is not None:
            self.follow_time(timestamp)

    def _time_of(self, raw_time: Any, envelope: tuple | None) -> Any:
        """The time an event is read at: a container runtime's, from its wrapper, when there
        is one (UTC to the nanosecond on every line, where the application's own, if any, may
        lack a zone or be missing: ingest.envelopes), unless the application's comes first."""
        if (
            envelope is not None
            and envelope[0] is not None
            and not (raw_time and self.payload_time_first)
        ):
            return envelope[0]
        return raw_time

    def follow_time(self, timestamp: datetime) -> None:
        """Read on after an event of this time (one an earlier read stored): the events with
        no time of their own take it, rather than awaiting one or the fallback's."""
        self.last_timestamp = timestamp
        if self._awaiting_time is not None:
            self._fill_awaiting(timestamp)

    def await_time_again(self) -> None:
        """The events from here on with no time of their own await the next time read, else
        take the fallback time, as if none was read before them: the lines an earlier read's
        last event was inferred for were written since (ingest.stored_tail)."""
        self.last_timestamp = self.fallback_time
        if self._awaiting_time is None:
            self._awaiting_time = []

    def add(self, record: Record) -> None:
        """Add a framed record (a header line and its continuation lines)."""
        fields, continuation = record.fields, record.continuation
        if continuation and not continuation[-1].strip():
            # A format's own blank line last (Maven's `[INFO] ` under an event, taken as its
            # line before it was known whether more would follow): nothing of the event's.
            continuation = list(continuation)
            while continuation and not continuation[-1].strip():
                continuation.pop()
        if (
            not continuation
            and (fields is None or (fields.level is None and record.format == "generic"))
            and is_table_header(record.header if fields is None else fields.message)
        ):
            # `kubectl get events`' header row (raw, or generic's message under a CI runner's
            # time): it names the columns of the rows below it and is no event.
            return
        if fields is None and (findings := lint_rows(record.header, continuation)) is not None:
            # A linter's report of one file: an event a finding, the file's line none.
            for offset, finding in findings:
                self._add(
                    finding,
                    finding.message,
                    None,
                    record.number + offset,
                    record.format,
                    record.truncated,
                    record.envelope,
                )
            return
        if fields is None:
            # Raw text that a CI or build tool laid out (a workflow command, BuildKit's step,
            # Terraform's box, pytest's report), or Node's process warning: read as the tool
            # or runtime wrote it.
            boxed = boxed_fields(record.header, continuation) or node_warning(
                record.header, continuation
            )
            if boxed is not None:
                fields, continuation = boxed
            else:
                fields = tool_fields(record.header)
        elif fields.level is None and record.format == "generic":
            # The same output under a CI runner's time on each line (GitHub Actions' raw log,
            # Jenkins' Timestamper), which generic reads as the time and a message.
            fields = _with_tool_fields(fields)
        if fields is None:
            message, exc_text = record.header, None
            if message[:1] == " " and (header := indented_header(message)) is not None:
                message = header  # Renovate's ` INFO: `: the blank is the layout's padding
            if record.header.startswith(_TRACE_HEADERS) or _opens_crash(record.header):
                exc_text = "\n".join([record.header, *continuation])
            elif opens_sanitizer_report(record.header, continuation):
                message, exc_text = "", "\n".join([record.header, *continuation])
            elif continuation:
                message, exc_text = _split_trace(message, continuation)
                if exc_text is not None and exc_text == "\n".join(continuation):
                    # Raw text, not a log header: its first line is most often the exception's
                    # own (`TypeError: x` above Node's frames), as in a multi-line message.
                    exc_text = "\n".join([record.header, *continuation])
                    if is_node_crash_location(record.header):
                        message = ""  # Node's crash report: named by its exception (`_add`)
                elif is_node_crash_location(record.header):
                    # Node's report of an error it has no stack for (a promise rejected with
                    # no Error: `[UnhandledPromiseRejection: ...] {`), when it reads as one.
                    whole = "\n".join([record.header, *continuation])
                    if parse_trace(whole) is not None:
                        message, exc_text = "", whole
        else:
            fold = _FOLDS.get(record.format) if continuation else None
            if fold is not None:
                # The format's own follower lines as fields (PostgreSQL's DETAIL, STATEMENT).
                fields, continuation = fold(fields, continuation)
            if fields.message[-1:] == "}" and not continuation:
                fields = record_in_message(fields) or fields
            message, exc_text = fields.message, fields.exception_text
            if continuation:
                if (
                    exc_text is None
                    and message.startswith(_TRACE_HEADERS)
                    and looks_like_trace(continuation)
                ):
                    # A header whose message opens a trace (`myapp[7]: Traceback (most recent
                    # call last):`, the journal's entry of each line a program prints to
                    # stderr): the trace is read whole, as a plain-text one is.
                    exc_text = "\n".join([message, *continuation])
                elif exc_text is None:
                    message, exc_text = _split_trace(message, continuation)
                elif looks_like_trace(continuation):
                    # The header's exception goes on below it (Monolog in Laravel writes the
                    # trace inside the record's JSON, with real line breaks).
                    exc_text = _header_and_trace(exc_text, continuation)
                else:
                    message = "\n".join([message, *continuation])
        self._add(
            fields,
            message,
            exc_text,
            record.number,
            record.format,
            record.truncated,
            record.envelope,
        )

    def add_fields(self, fields: ParsedFields, fmt: str, line: int, truncated: bool) -> None:
        """Add a one-line record (JSON lines) without framing it first."""
        self._add(fields, fields.message, fields.exception_text, line, fmt, truncated)

    def add_rows(self, numbers: Sequence[int], rows: Sequence[FieldsRow], fmt: str) -> None:
        """Add one-line records (JSON lines) a block at a time, column by column: the same
        columns as `add_fields` of each row in order (a property test holds them equal), with
        per-row work only for the rows that need it (a stack trace, an unreadable time)."""
        if not rows:
            return
        (messages, raw_times, raw_levels, services, hosts, loggers, traces, exc_texts, attrs) = (
            list(column) for column in zip(*rows, strict=True)
        )
        n = len(rows)
        extras: dict[int, dict[str, Any]] = {}

        times = parse_timestamps(raw_times, self.tz, self.reference)
        if not all(raw_times):  # `_add` reads no time from an empty value, nor from 0
            times = [t if raw else None for t, raw in zip(times, raw_times, strict=True)]
        inferred = [False] * n
        if None in times:
            last = self.last_timestamp
            for i, timestamp in enumerate(times):
                if timestamp is None:
                    raw = raw_times[i]
                    if raw is not None:
                        extras[i] = {"timestamp_raw": str(raw)}
                        self._unread(extras[i]["timestamp_raw"])
                    times[i] = last
                    inferred[i] = True
                else:
                    last = timestamp
        self.last_timestamp = times[-1]
        if self._awaiting_time is not None:
            first = next((i for i, guessed in enumerate(inferred) if not guessed), None)
            if first is None:
                self._awaiting_time.extend(range(self.count, self.count + n))
            else:
                times[:first] = [times[first]] * first
                self._fill_awaiting(times[first])

        levels = self._levels(raw_levels)
        for i in [i for i, raw in enumerate(raw_levels) if raw is not None and levels[i] is None]:
            kept = _unread_level(raw_levels[i])
            if kept is not None:
                extras.setdefault(i, {})["level_raw"] = kept
        for i in [i for i, message in enumerate(messages) if "\n" in message]:
            if not exc_texts[i]:
                messages[i], exc_texts[i] = _trace_in_message(messages[i])
        titles = messages.copy()
        exc_fps: list[str | None] = [None] * n
        exc_types: list[str | None] = [None] * n
        exc_values: list[str | None] = [None] * n
        stacks: list[str | None] = [None] * n
        chains: list[str | None] = [None] * n
        for i in [i for i, text in enumerate(exc_texts) if text] if any(exc_texts) else ():
            # The trace as logged is kept whether or not it parses: a parser reads only what
            # it knows (Java's `Suppressed:` blocks, Go's other goroutines are not in `stack`).
            extras.setdefault(i, {})["exception_text"] = exc_texts[i]
            exc = self._exception(exc_texts[i])
            if exc is None:
                continue
            if levels[i] is None:
                levels[i] = "error"  # a stack trace with no level is an error by any reading
            if not messages[i].strip() or messages[i].strip() in _BARE_TRACE_HEADERS:
                messages[i] = exc.title  # as in `_add`
            exc_fps[i], exc_types[i], exc_values[i], stacks[i], chains[i], titles[i] = exc
        for i, extra in extras.items():
            attrs[i] = {**attrs[i], **extra} if attrs[i] else extra

        templates: list[str | None] = [None] * n
        # The block's attribute keys, gathered in one pass in C: most blocks log neither a
        # template nor a request, and then skip the two passes per row that look for them.
        keys = set().union(*filter(None, attrs))
        if "message_template" in keys:
            for i, logged in enumerate(a.get("message_template") if a else None for a in attrs):
                if type(logged) is str:
                    templates[i] = _PLACEHOLDER.sub("<*>", logged)
        roots = RECORD_ROOTS
        requests = [] if roots.isdisjoint(keys) else attrs
        for i in [i for i, a in enumerate(requests) if a and not roots.isdisjoint(a)]:
            if exc_types[i] is not None:
                continue
            view = _record_view(attrs[i], messages[i], levels[i], templates[i])
            if view is not None:
                messages[i], levels[i], titles[i], templates[i] = view
        titles = [
            t if len(t) <= TITLE_CHARS and "\n" not in t else t.split("\n", 1)[0][:TITLE_CHARS]
            for t in titles
        ]
        if self.default_service is not None:
            services = [s or self.default_service for s in services]
        added = (  # in SCHEMA's order
            [self.source] * n,
            numbers,
            times,
            inferred,
            levels,
            services,
            hosts,
            loggers,
            messages,
            exc_fps,
            exc_types,
            exc_values,
            stacks,
            chains,
            traces,
            [_attributes_json(a) if a else None for a in attrs],
            [fmt] * n,
            titles,
            templates,
            self._layouts_of(fmt, raw_times),
        )
        for column, values in zip(self._columns.values(), added, strict=True):
            column.extend(values)
        self.count += n

    def _layouts_of(self, fmt: str, raw_times: list[Any]) -> list[str | None]:
        """Each row's layout, as `_add` gives it: the format's in this source (`_layouts`),
        from the first row with a time if none was seen before (rows before it have none)."""
        layout = self._layouts.get(fmt)
        if layout is not None:
            return [layout] * len(raw_times)
        first = next((i for i, raw in enumerate(raw_times) if raw), None)
        if first is None:
            return [None] * len(raw_times)
        layout = self._layouts[fmt] = time_layout(raw_times[first])
        return [None] * first + [layout] * (len(raw_times) - first)

    def _levels(self, raw_levels: list[Any]) -> list[str | None]:
        """Each raw level normalised, through the same cache `_add` uses."""
        cache = self._level_cache
        known: dict[Any, str | None] = {None: None}
        for raw in dict.fromkeys(raw_levels):  # distinct, in order of first appearance
            if raw is None:
                continue
            try:
                known[raw] = cache[raw]
            except KeyError:
                known[raw] = normalize_level(raw)
                if len(cache) < 1000:
                    cache[raw] = known[raw]
        return [known[raw] for raw in raw_levels]

    def _add(
        self,
        fields: ParsedFields | None,
        message: str,
        exc_text: str | None,
        line: int,
        fmt: str | None,
        truncated: bool,
        envelope: tuple[str | None, str, str | None] | None = None,
    ) -> None:
        if fields is not None:
            attributes, raw_time, raw_level = fields.attributes, fields.timestamp, fields.level
        else:
            attributes = raw_time = raw_level = None
        layout = self._layouts.get(fmt)
        if layout is None and raw_time:  # the line's own time, not a container's envelope's
            layout = self._layouts[fmt] = time_layout(raw_time)
        if envelope is not None:
            raw_time = self._time_of(raw_time, envelope)
            if raw_level is None:
                raw_level = envelope[2]  # what the wrapper says of its own line
        if fields is not None and not exc_text and "\n" in message and fields.template is None:
            # (A format that names its event itself, a test's failure block by the test, keeps
            # the frames in it as the report's lines: they say where the test failed.)
            message, exc_text = _trace_in_message(message)
        timestamp = self._timestamp(raw_time) if raw_time else None
        extra: dict[str, Any] | None = None
        if timestamp is None:
            if raw_time is not None:
                extra = {"timestamp_raw": str(raw_time)}
                self._unread(extra["timestamp_raw"])
            timestamp = self.last_timestamp
            inferred = True
            if self._awaiting_time is not None:
                self._awaiting_time.append(self.count)
        else:
            self.last_timestamp = timestamp
            inferred = False
            if self._awaiting_time is not None:
                self._fill_awaiting(timestamp)

        level = None
        if raw_level is not None:
            try:
                level = self._level_cache[raw_level]
            except (KeyError, TypeError):
                level = normalize_level(raw_level)
                if len(self._level_cache) < 1000:
                    with contextlib.suppress(TypeError):
                        self._level_cache[raw_level] = level

        if level is None and raw_level is not None:
            kept = _unread_level(raw_level)
            if kept is not None:
                extra = extra or {}
                extra["level_raw"] = kept
        exc = self._exception(exc_text) if exc_text else None
        # A record's fields say all it says (and `add_rows` agrees): a JSON record without a
        # level keeps none.
        if level is None and raw_level is None and fmt != "json":
            if message[:1] in _LEVEL_WORD_STARTS:
                # Raw text (`ERROR: disk full`, `[WARN] slow`), or a header that leaves its
                # level to the line below it (java.util.logging's `SEVERE: ...`).
                level = _leading_level(message)
            if level is None and exc is None:
                # A format with no levels (syslog on disk, raw output): the words say it.
                level = level_from_words(message)
                if level is not None:
                    extra = extra or {}
                    extra["level_inferred"] = True
        if exc is not None:
            if level is None:
                level = "error"  # a stack trace with no level is an error by any reading
            if not message.strip() or message.strip() in _BARE_TRACE_HEADERS:
                message = exc.title  # a crash printed as it stands is named by its exception
            exc_fp, exc_type, exc_value, stack, chain, title = exc
        else:
            title = message
            exc_fp = exc_type = exc_value = stack = chain = None
        if exc_text:
            extra = extra or {}
            extra["exception_text"] = exc_text  # as logged, parsed or not (see `add_rows`)
        if truncated:
            extra = extra or {}
            extra["truncated"] = True
        default_service = self.default_service
        if envelope is not None:
            if self.stream_key is not None:
                extra = extra or {}
                extra[self.stream_key] = envelope[1]
            if default_service is None and self.service_of_stream is not None:
                default_service = self.service_of_stream(envelope[1])
        if extra:
            attributes = {**attributes, **extra} if attributes else extra

        if fields is not None:
            service = fields.service or default_service
            host, logger, trace_id, template = (
                fields.host,
                fields.logger,
                fields.trace_id,
                fields.template,
            )
        else:
            service, host, logger, trace_id, template = default_service, None, None, None, None
        if template is None:
            # An application that logs its unformatted template (errctl.sdk does) gets exact
            # grouping: the template's placeholders are the variables, no guessing needed.
            # A format that knows its template exactly (an access log's route) says so too.
            logged = attributes.get("message_template") if attributes else None
            template = _PLACEHOLDER.sub("<*>", logged) if type(logged) is str else None
        if (
            exc is None
            and attributes
            and (fmt in RECORD_FORMATS or template is None)
            and not RECORD_ROOTS.isdisjoint(attributes)
        ):
            # An access logger's record (http_records), or a text line's fields that are one
            # (Rust tracing's `finished processing request` with OpenTelemetry's `http.*`);
            # a format that reads a request line (access, envoy, w3c, ...) has named its
            # event already, with its template.
            view = _record_view(attributes, message, level, template)
            if view is not None:
                message, level, title, template = view
        if "\n" in title:
            title = title.split("\n", 1)[0]
        # Column lists, not row tuples: transposing 20,000 rows in `take` cost more than
        # the appends it saved.
        (
            a_source,
            a_line,
            a_ts,
            a_inferred,
            a_level,
            a_service,
            a_host,
            a_logger,
            a_message,
            a_exc_fp,
            a_exc_type,
            a_exc_value,
            a_stack,
            a_chain,
            a_trace,
            a_attrs,
            a_format,
            a_title,
            a_message_template,
            a_layout,
        ) = self._append
        a_source(self.source)
        a_line(line)
        a_ts(timestamp)
        a_inferred(inferred)
        a_level(level)
        a_service(service)
        a_host(host)
        a_logger(logger)
        a_message(message)
        a_exc_fp(exc_fp)
        a_exc_type(exc_type)
        a_exc_value(exc_value)
        a_stack(stack)
        a_chain(chain)
        a_trace(trace_id)
        a_attrs(_attributes_json(attributes) if attributes else None)
        a_format(fmt or "raw")
        a_title(title[:TITLE_CHARS])
        a_message_template(template)
        a_layout(layout)
        self.count += 1

    @property
    def read_a_time(self) -> bool:
        """Whether any event of this read had a time of its own (else every one took the
        fallback time: a file whose lines carry none, or none errctl reads)."""
        return self._awaiting_time is None

    def _unread(self, raw: str) -> None:
        self.unread_times += 1
        if self.unread_time is None:
            self.unread_time = raw

    def _fill_awaiting(self, timestamp: datetime) -> None:
        """The first time read in this source: the events that awaited one take it."""
        column = self._columns["timestamp"]
        for index in self._awaiting_time or ():
            column[index] = timestamp
        self._awaiting_time = None

    def _timestamp(self, raw: Any) -> datetime | None:
        if type(raw) is not str or raw[19:20] in _FRACTION_MARKS:
            # A time to the millisecond or finer (`2024-05-01 12:00:00,123`) is met once: a
            # cache would only churn (a quarter of the time this took on genlogs' mixed.log).
            return parse_timestamp(raw, self.tz, self.reference)
        # Second-resolution stamps (access logs, syslog) repeat from line to line.
        cache = self._time_cache
        timestamp = cache.get(raw, _MISSING)
        if timestamp is _MISSING:
            timestamp = parse_timestamp(raw, self.tz, self.reference)
            if len(cache) >= TIME_CACHE_SIZE:
                cache.clear()
            cache[raw] = timestamp
        return timestamp  # type: ignore[return-value]

    def _exception(self, text: str) -> _Exception | None:
        """What a stack trace gives its event, or None when no parser understood it; once per
        distinct text (real logs repeat their traces), shared by `_add` and `add_rows`."""
        try:
            return self._exception_cache[text]
        except KeyError:
            pass
        chain = parse_trace(text)
        top = chain[0] if chain else None
        found = None
        if top is not None:
            lines = [f"{e.type}: {e.value}" if e.value else e.type for e in chain]  # type: ignore[union-attr]
            found = _Exception(
                chain_fingerprint(chain, self.in_app_rules),  # type: ignore[arg-type]
                top.type,
                top.value,
                orjson.dumps([e.to_dict() for e in chain]).decode(),  # type: ignore[union-attr]
                "\n".join(lines),
                lines[0],
            )
        if len(self._exception_cache) < 10_000:
            self._exception_cache[text] = found
        return found

    def take(self) -> pa.Table:
        table = pa.table(self._columns, schema=SCHEMA)
        self._reset()
        return table
