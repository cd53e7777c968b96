"""Field aliases shared by the key/value formats (json, logfmt) and the code that maps a mapping
of fields onto `ParsedFields`.

Owns the alias tables (which key means timestamp, level, message, ...; earlier in a tuple wins
when several are present), the nested-path table for dotted aliases (`{"error": {"stack": ..}}`
as well as a literal `"error.stack"` key), and `fields_from_mapping`. Keys that are not consumed
go to `attributes` unchanged (nested objects stay nested); an alias that loses to a
higher-priority one is not consumed either.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from errctl.formats.decoding import decode
from errctl.formats.escapes import as_shown
from errctl.formats.http_records import http_request
from errctl.formats.json_dialects import Adapter, dialect_adapter
from errctl.formats.levels import normalize_level, syslog_severity_level
from errctl.models import ParsedFields

# Besides the common names: journald's `journalctl -o json` (upper-case keys, PRIORITY a syslog
# severity), Serilog's compact JSON (CLEF: `@t`, `@m`, `@mt`, `@l`, `@x`), Google Cloud
# Logging exports (`textPayload`, `jsonPayload.message`, Error Reporting's `serviceContext`),
# Elastic Common Schema (flat dotted keys or nested objects), MongoDB's log (`t.$date`, `s`) and
# Monolog's JSON (`level_name` beside a numeric `level`, `channel`).
TIMESTAMP_KEYS = (
    # Traefik's access log: when the request began, to the nanosecond, beside the `time` it
    # was logged at, to the second.
    "StartUTC",
    "ts",
    "time",
    "timestamp",
    "@timestamp",
    "datetime",
    "date",
    "asctime",  # python-json-logger, whose keys are the format string's: %(asctime)s
    "t",
    "t.$date",  # MongoDB: {"t": {"$date": "..."}}
    "@t",
    "_SOURCE_REALTIME_TIMESTAMP",
    "__REALTIME_TIMESTAMP",
    # Cloudflare Logpush's HTTP requests: when the edge received the request, or (when a job
    # selects only it) finished the response; unix s or ns, or RFC 3339, as the job asks.
    "EdgeStartTimestamp",
    "EdgeEndTimestamp",
    # Below every key above: names that hold an event's time in records written for other
    # things than logging. Rails' models, GitHub's events (gharchive) and many APIs' records
    # say `created_at`; Papertrail's events `generated_at` (when the sender wrote it) and
    # `received_at` (when Papertrail got it), the first the nearer to the event.
    "created_at",
    "generated_at",
    "received_at",
    # AWS CloudTrail's records (a trail's files, `aws cloudtrail lookup-events`' CloudTrailEvent)
    # and Kubernetes' events.k8s.io Events: when the call or the event happened.
    "eventTime",
    # Access logs written as JSON: nginx's `log_format ... escape=json` names its keys after
    # its variables (`$time_local`, `$time_iso8601`); Envoy's and Istio's JSON access log says
    # `start_time` (`%START_TIME%`), when the request began.
    "time_local",
    "time_iso8601",
    "start_time",
    "started_at",  # Kong's file-log and http-log plugins: when the request began (unix ms)
    # ClickHouse's JSON log (`<formatting><type>json</type>`): unix seconds to the microsecond
    # as a string, and (24.1+) ISO 8601 in UTC to the second.
    "date_time",
    "date_time_utc",
    # n8n's winston records put the time in their `metadata` object, beside the file and
    # function that logged: `{"level": ..., "message": ..., "metadata": {"timestamp": ...}}`.
    "metadata.timestamp",
    # OpenCanary's alerts: `utc_time` beside a `local_time` (which is UTC as well on most of
    # its releases) and the `local_time_adjusted` of the node's zone.
    "utc_time",
    "server_timestamp",  # iRODS 4.3's JSON log (`log_message`, `log_level`, `server_host`)
)
LEVEL_KEYS = (
    "level_name",  # Monolog: the name of its numeric `level` (400: ERROR)
    "level",
    "severity",
    "lvl",
    "levelname",
    "log.level",
    "loglevel",
    "@level",
    "@l",
    "PRIORITY",
    "s",  # MongoDB's severity letter; taken only when it is one (MONGODB_SEVERITIES)
    "error_severity",  # PostgreSQL's jsonlog (15+)
    "prio",  # PowerDNS's structured logging: `level="0"` is a verbosity, `prio="Warning"` it
    "log_level",  # iRODS 4.3
)
_PRIORITY_NAME_KEY = "prio"
"""The level key that holds a level's name beside a numbered one (`_level_by_name`)."""
MESSAGE_KEYS = (
    "msg",
    "message",
    "event",
    "@message",
    "text",
    "log",
    "@m",
    "MESSAGE",
    "textPayload",
    "jsonPayload.message",
    "@mt",  # CLEF's template, when the rendered `@m` is left out
    # An uncaught error's record with no message of its own: AWS Lambda's runtimes report one
    # as `{"errorType", "errorMessage", "stackTrace"}` (Python's in its JSON log format).
    "errorMessage",
    "log_message",  # iRODS 4.3
)
SERVICE_KEYS = (
    "service",
    "service.name",
    "app",
    "application",
    "app_name",  # PM2's JSON logs (--log-type json)
    "component",
    "SYSLOG_IDENTIFIER",
    "serviceContext.service",  # Google Cloud Error Reporting's structured records
    # journald's name of the process when the entry names no identifier (a program that calls
    # sd_journal_send() without SYSLOG_IDENTIFIER): what `journalctl` prints in its place.
    "_COMM",
    # Datadog's log injection (ddtrace: Python's and Java's flat `dd.service`, Node's nested
    # `dd: {service}`), beside its `dd.trace_id`.
    "dd.service",
    "programname",  # rsyslog's property, as its JSON templates name the program
)
# `@module`: HashiCorp's hclog JSON (Vault, Consul, Nomad, Terraform); `loggerName`: JBoss
# LogManager's JSON formatter (Quarkus, WildFly, Keycloak).
LOGGER_KEYS = ("logger", "logger_name", "name", "log.logger", "channel", "@module", "loggerName")
# `host.hostname`: Elastic Common Schema's (ECS loggers write `host.name` or it).
# `source_host`: the Logstash event layouts' (log4j2's LogstashJsonEventLayoutV1, logstash-gelf);
# `HOSTNAME`: logback's context property, which logstash-logback-encoder writes by default.
HOST_KEYS = (
    "host",
    "hostname",
    "host.name",
    "host.hostname",
    "@host",
    "_HOSTNAME",
    "source_host",
    "HOSTNAME",
    "hostName",  # JBoss LogManager's JSON formatter (Quarkus, WildFly)
    "server_host",  # iRODS 4.3: the server that logged (`request_host` is its client's)
)
TRACE_KEYS = (
    "trace_id",
    "traceId",
    "trace.id",
    "traceid",
    "dd.trace_id",
    "logging.googleapis.com/trace",  # Cloud Logging's structured records (`projects/p/traces/id`)
    "@tr",  # Serilog's compact JSON (CLEF), since Serilog 3.1: the current Activity's trace
    # W3C Trace Context's header, `00-<trace id>-<span id>-<flags>`, as access logs record it
    # (Envoy's and Istio's `%REQ(TRACEPARENT)%`, nginx's `$http_traceparent`).
    "traceparent",
)
GCP_TRACE_KEY = "logging.googleapis.com/trace"
_GCP_TRACE_PREFIX = "/traces/"
TRACEPARENT_KEY = "traceparent"
# Trace keys whose value holds the trace id inside more text.
_WRAPPED_TRACE_KEYS = frozenset((GCP_TRACE_KEY, TRACEPARENT_KEY))
MONGODB_SEVERITY_KEY = "s"
MONGODB_SEVERITIES = frozenset(("F", "E", "W", "I", "D", "D1", "D2", "D3", "D4", "D5"))
"""The values of MongoDB's `s`: any other value of a key named `s` is not a level."""
SYSLOG_SEVERITY_KEY = "PRIORITY"
"""journald's level: a syslog severity (0 emerg .. 7 debug), not the pino numbers a bare
numeric level is read as; it is named here, where the key is still known."""
EXCEPTION_KEYS = (
    "exc_info",
    "@x",
    "exception",
    "stack",
    "stack_trace",
    "stacktrace",
    "error.stack",
    "err.stack",
    "exception.stacktrace",
    "exception.stack_trace",
    "exception.stack",
    "err.stack_trace",
    "error.stack_trace",
    # AWS Lambda's runtimes: the frames as a list (Python's `traceback.format_tb`, each item a
    # frame's two lines; Node's the stack's lines), beside `errorType` and `errorMessage`.
    "stackTrace",
    "error",
    # A recovered Go panic logged whole (`panic: ...`, the goroutine's stack below), as the
    # stack: spanning lines, like `error`.
    "panic",
)

_TS, _LEVEL, _MSG, _SERVICE, _LOGGER, _HOST, _TRACE, _EXC = range(8)
_ROLE_KEYS = (
    TIMESTAMP_KEYS,
    LEVEL_KEYS,
    MESSAGE_KEYS,
    SERVICE_KEYS,
    LOGGER_KEYS,
    HOST_KEYS,
    TRACE_KEYS,
    EXCEPTION_KEYS,
)

# literal key -> (role, priority); a lower priority number wins.
KEY_ROLES: dict[str, tuple[int, int]] = {}
# parent key -> ((child key, role, priority), ...) for dotted aliases read as nested paths.
NESTED_ROLES: dict[str, tuple[tuple[str, int, int], ...]] = {}
for _role, _keys in enumerate(_ROLE_KEYS):
    for _prio, _key in enumerate(_keys):
        KEY_ROLES.setdefault(_key, (_role, _prio))
        if "." in _key and not _key.startswith("@"):
            _parent, _child = _key.split(".", 1)
            NESTED_ROLES[_parent] = (*NESTED_ROLES.get(_parent, ()), (_child, _role, _prio))
del _role, _keys, _prio, _key

# Keys that hold only stack traces; `error` is different: it is often a one-line message
# ("connection refused"), so it counts as a trace only when it spans lines.
_STACK_ONLY_EXC = frozenset(k for k in EXCEPTION_KEYS if k not in ("error", "panic"))
# The one-line error a record logs beside a stack that does not name it: zap's `error` beside
# its `stacktrace` (function lines over their locations, no header), a recovering handler's
# `panic` value beside `debug.Stack()` (a goroutine's header first), a JVM stack's frames alone.
_ERROR_HEAD_KEYS = ("error", "err", "panic")


def _headed(stack: str, record: dict[str, Any], message: str | None = None) -> str:
    """`stack` with the error `record` logs beside it, when the stack opens with its frames, so
    the trace parser learns what failed; else `stack` as it is. The error stays in the record
    (the attributes), as written. `message`: the record's message, when its key was
    `errorMessage` (it names the error, beside `errorType`)."""
    first, _, rest = stack.lstrip("\n").partition("\n")
    if not (
        first[:1] in " \t"
        or first.startswith("goroutine ")
        or (rest[:1] == "\t" and not rest.startswith("\tat "))
    ):
        return stack  # it names its exception itself
    for key in _ERROR_HEAD_KEYS:
        error = record.get(key)
        if type(error) is str and error and "\n" not in error and len(error) <= 4096:
            if key == "panic" and not error.startswith("panic: "):
                error = f"panic: {error}"
            return with_error_line(stack, error)
    # AWS Lambda's runtimes: the exception's class and text beside the frames.
    kind = record.get("errorType")
    if type(kind) is str and kind and len(kind) <= 256 and "\n" not in kind:
        text = record.get("errorMessage", message)
        return with_error_line(stack, f"{kind}: {text}" if type(text) is str and text else kind)
    return stack


_PYTHON_FRAME = '  File "'
_GO_NUMBERED_FRAME = re.compile(r" *\d{1,4}: \S+\.go:\d")
_PYTHON_TRACEBACK = "Traceback (most recent call last):"


def with_error_line(frames: str, error: str) -> str:
    """A stack that is frames alone, with the line naming its error (`Type: message`) where
    the language prints it: below a Python traceback's frames (`traceback.format_tb`, as
    ecs-logging's `error.stack_trace` and Lambda's `stackTrace` hold them), above any other's."""
    first = frames.lstrip("\n")
    if first.startswith(_PYTHON_FRAME):
        return f"{_PYTHON_TRACEBACK}\n{frames.rstrip()}\n{error}"
    if _GO_NUMBERED_FRAME.match(first):
        return f"Error: {error}\n{frames}"  # as the numbered form heads it (`_go_frames`)
    return f"{error}\n{frames}"


_SCALAR = (str, int, float)


def _accept(role: int, key: str, value: Any) -> Any:
    """The value to store for `role`, or None when this value cannot fill it."""
    t = type(value)
    if role == _MSG:
        if t is str:
            return value
        if t is int or t is float:
            return str(value)
        if t is list and key == JOURNALD_MESSAGE_KEY:
            return _journald_bytes(value)
        return None
    if role == _TS:
        if t is dict and "seconds" in value:
            return value  # protobuf's Timestamp, `{"seconds": ..., "nanos": ...}` (Cloud Logging)
        return value if t is str or t is int or t is float else None
    if role == _LEVEL:
        if key == MONGODB_SEVERITY_KEY:
            return value if t is str and value in MONGODB_SEVERITIES else None
        return value if t is str or t is int or t is float else None
    if role == _EXC:
        if t is list:
            value = _joined_frames(value)
        elif t is not str:
            return None
        if not value:
            return None
        if key in _STACK_ONLY_EXC or "\n" in value:
            return value
        return None
    # service, logger, host, trace id: short identifiers
    if t is str:
        return value or None
    if role == _TRACE and t is int:
        return str(value)
    return None


JOURNALD_MESSAGE_KEY = "MESSAGE"
"""`journalctl -o json` writes a MESSAGE that is not printable UTF-8 (a service's coloured
output: ANSI escapes) as an array of its bytes."""


# What opens an application's own log line carried inside another log's line (a journal
# entry's MESSAGE, a syslog message): a date, a bracket, a JSON record; or a level's letter and
# digits (klog), an oslo.log level. Here, below syslog.py, which reads them and imports these.
INNER_HEAD = frozenset("0123456789[{")
KLOG_LEVELS = frozenset("IWEF")
OSLO_LEVELS = ("DEBUG ", "INFO ", "WARNING ", "ERROR ", "CRITICAL ")


def journal_payload(app: object, msg: str) -> bool:
    """Whether `syslog.journal_message` may read more than plain text in a journal entry's
    MESSAGE (a cheap test that may say yes wrongly, never no). `app`: the entry's program."""
    c = msg[:1]
    return (
        c in INNER_HEAD
        or "=" in msg[:64]
        or (c in KLOG_LEVELS and msg[1:2].isdigit())
        or msg.startswith(OSLO_LEVELS)
        or app == "dovecot"
    )


def _journald_bytes(value: list[Any]) -> str | None:
    if not all(type(b) is int and 0 <= b <= 255 for b in value):
        return None
    text = decode(bytes(value)).rstrip("\r\n")
    return as_shown(text)


CLEF_TEMPLATE_KEY = "@mt"
"""Serilog's message template: the message when a record has no rendered `@m`."""
# A hole of a message template (`{OrderId}`, `{@Order}`, `{$Id}`, `{Elapsed:0.0}`,
# `{Name,-10}`) or a doubled brace, which stands for one.
_HOLE = re.compile(r"\{\{|\}\}|\{[@$]?([A-Za-z_]\w{0,127})(?:,-?\d{1,4})?(:[^{}]{0,64})?\}")
CLEF_RENDERINGS_KEY = "@r"
"""CLEF's renderings: each hole with a format (`{Elapsed:0.0}`, `{Pct:P0}`) as .NET formatted
it, in the template's order; the JSON value beside it is the raw one."""


def _joined_frames(value: list[Any]) -> str | None:
    """A backtrace logged as a list of lines (Ruby's Semantic Logger: `"stack_trace": [...]`)
    as one text; a list of exception objects as the traceback Python prints for them
    (`_python_traceback`); None for any other list."""
    if all(type(line) is str for line in value):
        if value and all(line.endswith("\n") for line in value):
            return "".join(value)  # Python's `format_tb`: each item ends its own lines
        return "\n".join(value)
    return _python_traceback(value) or _go_frames(value)


def _go_frames(frames: list[Any]) -> str | None:
    """zerolog's `stack` (its pkgerrors marshaller: `[{"func": "inner", "line": "20",
    "source": "errors.go"}, ...]`, the innermost call first; a bare function and file name) as
    a Go program's numbered stack (`  2: errors.go:20:inner`, the trace parser's `go_logged`
    form, which needs no package path), read under the record's error (`with_error_line`);
    None for any other list."""
    if not frames or len(frames) > 256:
        return None
    lines: list[str] = []
    for n, frame in enumerate(frames):
        if type(frame) is not dict:
            return None
        func, source, line = frame.get("func"), frame.get("source"), frame.get("line")
        if type(func) is not str or type(source) is not str or not source.endswith(".go"):
            return None
        if type(line) is int:
            line = str(line)
        if type(line) is not str or not line.isdigit():
            return None
        lines.append(f"  {len(frames) - n}: {source}:{line}:{func}")
    return "\n".join(lines)


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def _python_traceback(stacks: list[Any]) -> str | None:
    """structlog's `dict_tracebacks` (`"exception": [{"exc_type", "exc_value", "is_cause",
    "frames": [{"filename", "lineno", "name"}]}, ...]`, the logged exception first, then its
    cause or context) as the traceback CPython prints for the same chain, cause first, which
    the trace parser reads; None when `stacks` is not such a list."""
    if not stacks or len(stacks) > 64:
        return None
    sections: list[str] = []
    for stack in stacks:
        if type(stack) is not dict or type(stack.get("exc_type")) is not str:
            return None
        frames = stack.get("frames")
        if type(frames) is not list or not stack["exc_type"]:
            return None
        lines = ["Traceback (most recent call last):"]
        for frame in frames:
            if type(frame) is not dict:
                return None
            lines.append(
                f'  File "{frame.get("filename", "?")}", line {frame.get("lineno", "?")},'
                f" in {frame.get('name', '?')}"
            )
        value = stack.get("exc_value")
        value = value if type(value) is str else ""
        lines.append(f"{stack['exc_type']}: {value}" if value else stack["exc_type"])
        sections.append("\n".join(lines))
    # Printed deepest cause first; each separator says how the exception below it came from
    # the one above (`is_cause`: raised `from` it).
    text = sections[-1]
    for i in range(len(stacks) - 2, -1, -1):
        link = _CAUSE if stacks[i + 1].get("is_cause") else _CONTEXT
        text = f"{text}\n\n{link}\n\n{sections[i]}"
    return text


def _rendered(template: str, record: dict[str, Any]) -> str:
    """A CLEF template with its holes filled from the record's properties, as Serilog
    renders `@m` (strings as they are, other values as JSON); holes the record does not fill
    stay as written. A hole with a format takes the next of `@r`'s renderings, when the
    record has them."""
    renderings = record.get(CLEF_RENDERINGS_KEY)
    formatted = iter(renderings if type(renderings) is list else ())

    def fill(m: re.Match[str]) -> str:
        name = m.group(1)
        if name is None:
            return m.group(0)[0]  # `{{` or `}}`
        if m.group(2) is not None:  # every formatted hole has its rendering, in order
            rendering = next(formatted, None)
            if type(rendering) is str:
                return rendering
        if name not in record:
            return m.group(0)
        value = record[name]
        if type(value) is str:
            return value
        try:
            return orjson.dumps(value).decode()
        except TypeError:
            return str(value)

    return _HOLE.sub(fill, template)


def _clef_message(template: str, record: dict[str, Any]) -> str:
    """The message of a CLEF record that has only its template; the template is kept as the
    `message_template` attribute, which makes the event's template exact (normalize)."""
    record["message_template"] = template
    return _rendered(template, record)


def _logged_error(attrs: dict[str, Any]) -> str | None:
    """The one-line error a record with no message logs (go-kit's `logger.Log("err", err)`,
    zerolog's `log.Err(err).Send()`), which names it as zerolog's console line is named
    (`zerolog`); rendered with the other fields instead, every error of one call site would
    be one template, the error a variable of it. It stays an attribute too."""
    for key in _ERROR_HEAD_KEYS[:2]:
        error = attrs.get(key)
        if type(error) is str and error and "\n" not in error and len(error) <= 4096:
            return error
    return None


def _error_object(error: dict[str, Any]) -> tuple[str, str | None] | None:
    """(message, stack) of an error logged as the record's message: AWS Lambda's Node.js
    runtime writes a logged or uncaught error so in its JSON log format, `"message":
    {"errorType", "errorMessage", "stackTrace": [lines]}`; None for any other object."""
    kind, text = error.get("errorType"), error.get("errorMessage")
    if type(kind) is not str or not kind or (text is not None and type(text) is not str):
        return None
    message = text or kind
    lines = error.get("stackTrace")
    stack = _joined_frames(lines) if type(lines) is list and lines else None
    if stack is None:
        return message, None
    return message, _headed(stack, error)


def _bare_trace_id(key: str, trace: str) -> str:
    """The trace id in a trace key's value: Cloud Logging's `projects/P/traces/ID` (read as a
    LogEntry's `trace` is, `json_dialects`), a W3C `traceparent`'s second field; the id the
    services it called log bare (OpenTelemetry, W3C). A value of another form stays whole."""
    if key == TRACEPARENT_KEY:
        parts = trace.split("-")
        return parts[1] if len(parts) == 4 and len(parts[1]) == 32 else trace
    return trace.rpartition(_GCP_TRACE_PREFIX)[2] or trace


def _syslog_severity(value: Any) -> Any:
    """journald's PRIORITY ("3") as a level name ("error"); a value that is no syslog
    severity stays as it was."""
    return syslog_severity_level(value) or value


_CALL_SITE_KEYS = frozenset(("caller", "source"))


def _event_kind(fields: dict[str, Any]) -> str | None:
    """The one key of a record with no message that holds an object, beside nothing but where
    it was seen (`_EXPORT_ENVELOPE_KEYS`): the kind of event the object describes, which names
    it (Tetragon's `{"process_exec": {...}, "node_name": ..., "time": ...}`, Hubble's
    `{"flow": {...}, "node_name": ...}`). Rendered whole, the object's shape (a parent process
    or none, a pod or none) split one kind into several templates. None for any other record."""
    kind = None
    for key, value in fields.items():
        if type(value) is dict:
            if kind is not None:
                return None
            kind = key
        elif key not in _EXPORT_ENVELOPE_KEYS:
            return None  # (`event_type=login user=bob n={...}`: the scalars say what happened)
    return kind if len(fields) > 1 else None  # (an object alone is no exporter's record)


# The keys that name a record's event where it has no message: an event stream's (Tracee's
# detections and syscalls, `{"eventName": "k8s_service_account_token", "args": [...], ...}`).
_EVENT_NAME_KEYS = ("eventName", "event_name", "EventName")


def _event_name(attrs: dict[str, Any]) -> str | None:
    """The name of the event a record with no message describes (`_EVENT_NAME_KEYS`), which
    names the record: rendered whole, its arguments' shapes and values split one event into
    many templates and merged others (Tracee's eleven signatures in two). None when it names
    none in a word or a short line."""
    for key in _EVENT_NAME_KEYS:
        value = attrs.get(key)
        if type(value) is str and 0 < len(value) <= 200 and "\n" not in value:
            return value
    return None


# What an exporter writes beside the event's object: where it was seen.
_EXPORT_ENVELOPE_KEYS = frozenset(("node_name", "node", "host", "hostname", "cluster_name"))


def render_fields(fields: dict[str, Any]) -> str:
    """A compact logfmt-like rendering `k=v k2="v 2" k3={"a":1}` of a mapping."""
    parts = []
    for k, v in fields.items():
        if type(v) is str:
            if not v or any(c in v for c in ' "=\n\t'):
                v = orjson.dumps(v).decode()
        elif v is None:
            v = "null"
        else:
            try:
                v = orjson.dumps(v).decode()
            except TypeError:
                v = str(v)
        parts.append(f"{k}={v}")
    return " ".join(parts)


def _level_by_name(level: Any, key: str, attrs: dict[str, Any]) -> tuple[Any, str]:
    """(level, its key): a level by its name beside one by a number, the name under
    `_PRIORITY_NAME_KEY`, is the level (PowerDNS's `level="0"` is a verbosity beside
    `prio="Notice"`), and the number goes to `attrs` instead."""
    named = attrs[_PRIORITY_NAME_KEY]
    numbered = type(level) is int or (type(level) is str and level.isdigit())
    if not numbered or type(named) is not str or normalize_level(named) is None:
        return level, key
    attrs[key] = level
    del attrs[_PRIORITY_NAME_KEY]
    return named, _PRIORITY_NAME_KEY


def _lose(
    losers: list[tuple[str, str | None, Any]] | None, src: Any, obj: dict[str, Any], value: Any
) -> list[tuple[str, str | None, Any]]:
    losers = losers if losers is not None else []
    if type(src) is tuple:
        losers.append((src[0], src[1], value))
    else:
        losers.append((src, None, obj[src]))
    return losers


# Records from one application share their keys. For each key set (a "shape") the key that
# fills each role is worked out once; applying it is a few dict lookups. Records whose values
# need the general rules (a nested object, an empty or odd-typed value, a second exception
# field behind one that does not qualify) take the general path, which the fast path must
# always agree with (a property test checks).
_Plan = tuple[tuple[str | None, ...], tuple[str, ...], bool]
_SHAPES: dict[tuple[str, ...], _Plan | Adapter | None] = {}
_MAX_SHAPES = 512
_SCALARS = (str, int, float)

FieldsRow = tuple[
    str, Any, Any, str | None, str | None, str | None, str | None, str | None, dict | None
]
"""ParsedFields' first nine values, in its order: message, timestamp, level, service, host,
logger, trace_id, exception_text, attributes."""


def _shape_plan(keys: tuple[str, ...]) -> _Plan | Adapter | None:
    """Which key fills each role, which other keys may hide roles in a nested object, and
    whether the exception key is the shape's only one; or the rewrite of a dialect whose
    fields no alias reaches (`json_dialects`)."""
    adapter = dialect_adapter(keys)
    if adapter is not None:
        return adapter
    return _roles_plan(keys)


def _roles_plan(keys: tuple[str, ...]) -> _Plan | None:
    """`_shape_plan` without dialects: for a record a dialect has rewritten already, whose
    keys may still be the dialect's (a LogEntry keeps its `logName` and `resource`)."""
    best: list[str | None] = [None] * 8
    prios = [99] * 8
    exception_keys = 0
    for k in keys:
        spec = KEY_ROLES.get(k)
        if spec is None:
            continue
        role, prio = spec
        exception_keys += role == _EXC
        if prio < prios[role]:
            best[role], prios[role] = k, prio
    if best[_MSG] is None:
        return None  # the message is rendered from the other fields
    if best[_LOGGER] == MONOLOG_CHANNEL_KEY and MONOLOG_LEVEL_NAME_KEY not in keys:
        best[_LOGGER] = None  # no Monolog record's: a field of the event (`MONOLOG_CHANNEL_KEY`)
    # A nested object under these takes the general path: it may hold a role (`log.level`) or,
    # under Monolog's `context`, an exception object (`_monolog_exception`).
    parents = tuple(
        k for k in keys if (k in NESTED_ROLES or k == MONOLOG_CONTEXT_KEY) and k not in best
    )
    return tuple(best), parents, exception_keys == 1


def take_fields(
    obj: dict[str, Any], *, nested: bool = True, adapted: bool = False
) -> FieldsRow | None:
    """`fields_from_mapping`'s answer as a tuple, for a record of a common shape; None (and
    `obj` untouched) when the record needs the general rules. `adapted`: `obj` is a dialect's
    rewrite already, read by the aliases alone.

    On success takes ownership of `obj`: what is not consumed becomes the attributes."""
    keys = tuple(obj)
    try:
        plan = _SHAPES[keys]
    except KeyError:
        plan = _shape_plan(keys)
        if len(_SHAPES) < _MAX_SHAPES:
            _SHAPES[keys] = plan
    if plan is None:
        return None
    if type(plan) is not tuple:
        if not adapted:  # a dialect: read its rewrite (`obj` stays as it was)
            rewrite = plan(obj)
            return None if rewrite is None else take_fields(rewrite, nested=nested, adapted=True)
        plan = _roles_plan(keys)
        if plan is None:
            return None
    roles, parents, exception_alone = plan
    if nested and parents and any(type(obj[k]) is dict for k in parents):
        return None
    ts_k, level_k, msg_k, service_k, logger_k, host_k, trace_k, exc_k = roles
    # Check every value before taking any, so a refusal leaves the record as it was.
    message = obj[msg_k]
    if type(message) is not str:
        return None
    if msg_k == JOURNALD_MESSAGE_KEY and journal_payload(
        obj[service_k] if service_k is not None else None, message
    ):
        return None  # a program's own line: `jsonl._journal_entry` reads it
    if ts_k is not None and type(obj[ts_k]) not in _SCALARS:
        return None
    if level_k is not None and type(obj[level_k]) not in _SCALARS:
        return None
    if level_k == MONGODB_SEVERITY_KEY and obj[level_k] not in MONGODB_SEVERITIES:
        return None  # not MongoDB's: the general rules keep it an attribute
    for k in (service_k, logger_k, host_k, trace_k):
        if k is not None:
            value = obj[k]
            if type(value) is not str or not value:
                return None
    exception = None
    if exc_k is not None:
        value = obj[exc_k]
        if type(value) is str and value and (exc_k in _STACK_ONLY_EXC or "\n" in value):
            exception = value
        elif type(value) is list:
            return None  # a backtrace as a list of lines: the general rules join it
        elif not exception_alone or (nested and type(value) is dict):
            return None  # another exception key, or a nested one, may qualify instead
        else:
            exc_k = None  # not a stack trace: stays an attribute, where it is
    pop = obj.pop
    del obj[msg_k]
    ts = pop(ts_k) if ts_k is not None else None
    level = pop(level_k) if level_k is not None else None
    service = pop(service_k) if service_k is not None else None
    logger = pop(logger_k) if logger_k is not None else None
    host = pop(host_k) if host_k is not None else None
    trace = pop(trace_k) if trace_k is not None else None
    if exc_k is not None:
        del obj[exc_k]
    if level_k == SYSLOG_SEVERITY_KEY:
        level = _syslog_severity(level)
    elif level_k is not None and _PRIORITY_NAME_KEY in obj:
        level, _ = _level_by_name(level, level_k, obj)
    if trace_k in _WRAPPED_TRACE_KEYS:
        trace = _bare_trace_id(trace_k, trace)
    if msg_k == CLEF_TEMPLATE_KEY and "message_template" not in obj:
        message = _clef_message(message, obj)
    if exception is not None and exc_k in _STACK_ONLY_EXC:
        exception = _headed(exception, obj, message if msg_k == ERROR_MESSAGE_KEY else None)
    if logger_k == ERROR_NAME_KEY and _names_exception(logger, exception):
        obj[logger_k] = logger
        logger = None
    if message and message[-1] in "\r\n":
        message = message.rstrip("\r\n")  # docker's {"log": "...\n"}
    return message, ts, level, service, host, logger, trace, exception, obj or None


ERROR_MESSAGE_KEY = "errorMessage"
ERROR_NAME_KEY = "name"
"""bunyan's logger; but in a record that is an error's own fields (winston's `format.errors`,
an error object spread into the record) the error's class, which heads its stack."""


def _names_exception(name: Any, exception_text: str | None) -> bool:
    """Whether `name` is the exception type on the first line of `exception_text`
    (`DbError: query failed`, Node's `Error [ERR_X]: ...`)."""
    if type(name) is not str or not name or exception_text is None:
        return False
    first = exception_text.lstrip("\n")
    return first.startswith(name) and first[len(name) : len(name) + 1] in ("", ":", " ", "\n")


MONOLOG_CONTEXT_KEY = "context"
"""Monolog's JsonFormatter puts a logged exception in `context.exception` as an object:
`{"class", "message", "code", "file": "path:line", "trace": ["path:line", ...], "previous"}`."""
# Monolog's logger is its `channel`, beside its `level_name`; in another record a `channel` is
# the event's own (Centrifugo's pub/sub channel, a notifier's `channel=email`): read as the
# logger, each channel's records were mined apart, as another program's.
MONOLOG_CHANNEL_KEY = "channel"
MONOLOG_LEVEL_NAME_KEY = "level_name"


def _monolog_exception(exc: Any) -> str | None:
    """Monolog's exception object as the text its LineFormatter prints for the same exception
    (`[object] (Type(code: 0): message at path:line)`, `[stacktrace]`, `#0 path(line): `, then
    each previous exception), which the PHP trace parser reads; None when `exc` is not one.
    Its trace names no functions, so neither do the frames."""
    lines: list[str] = []
    for _ in range(16):  # a chain of previous exceptions, bounded
        if type(exc) is not dict or type(exc.get("class")) is not str:
            break
        head = (
            f"[object] ({exc['class']}(code: {exc.get('code', 0)}): {exc.get('message', '')}"
            f" at {exc.get('file', '')})"
        )
        lines.append(f"[previous exception] {head}" if lines else head)
        lines.append("[stacktrace]")
        trace = exc.get("trace")
        for i, where in enumerate(trace if type(trace) is list else ()):
            if type(where) is str:
                path, _, number = where.rpartition(":")
                lines.append(f"#{i} {path}({number}): ")
        exc = exc.get("previous")
    return "\n".join(lines) or None


def fields_from_mapping(obj: dict[str, Any], *, nested: bool = True) -> ParsedFields:
    """Map a decoded record (a JSON object, logfmt pairs) onto ParsedFields.

    May take ownership of `obj`: what is not consumed becomes the attributes.
    """
    row = take_fields(obj, nested=nested)
    if row is not None:
        return ParsedFields(*row)
    return _fields_from_mapping(obj, nested=nested)


def _fields_from_mapping(obj: dict[str, Any], *, nested: bool = True) -> ParsedFields:
    """The general rules of `fields_from_mapping`, for any shape.

    With `nested`, a dict value under a parent of a dotted alias (`service`, `log`, `error`,
    ...) is searched for the child keys; what remains of it stays in attributes.
    """
    adapter = dialect_adapter(tuple(obj))
    if adapter is not None:
        obj = adapter(obj) or obj
    # Hot path: one dict lookup per key, per-role slots in flat lists, no helper calls for the
    # common scalar cases.
    vals: list[Any] = [None] * 8
    prios = [99] * 8
    # where a role's value came from: the key, or (parent, child) for a nested path
    where: list[Any] = [None] * 8
    attrs: dict[str, Any] = {}
    losers: list[tuple[str, str | None, Any]] | None = None
    roles = KEY_ROLES
    for k, v in obj.items():
        spec = roles.get(k)
        if spec is not None:
            role, prio = spec
            t = type(v)
            if t is str and role != _EXC and k != MONGODB_SEVERITY_KEY:
                val = v if (v or role <= _MSG) else None
            else:
                val = _accept(role, k, v)
            if val is not None and prio < prios[role]:
                if prios[role] != 99:
                    losers = _lose(losers, where[role], obj, vals[role])
                vals[role] = val
                prios[role] = prio
                where[role] = k
                continue
        if nested and type(v) is dict and k in NESTED_ROLES:
            rest = None
            for child, role, prio in NESTED_ROLES[k]:
                if child in v:
                    val = _accept(role, child, v[child])
                    if val is None or prio >= prios[role]:
                        continue
                    if prios[role] != 99:
                        losers = _lose(losers, where[role], obj, vals[role])
                    vals[role] = val
                    prios[role] = prio
                    where[role] = (k, child)
                    if rest is None:
                        rest = dict(v)
                    del rest[child]
            if rest is not None:
                if rest:
                    attrs[k] = rest
                continue
        attrs[k] = v
    if _PRIORITY_NAME_KEY in attrs and type(where[_LEVEL]) is str:
        vals[_LEVEL], where[_LEVEL] = _level_by_name(vals[_LEVEL], where[_LEVEL], attrs)
    if where[_LOGGER] == MONOLOG_CHANNEL_KEY and MONOLOG_LEVEL_NAME_KEY not in obj:
        attrs[MONOLOG_CHANNEL_KEY] = obj[MONOLOG_CHANNEL_KEY]  # (`MONOLOG_CHANNEL_KEY`)
        vals[_LOGGER] = None
    if losers:
        # An alias that lost to a higher-priority one is kept, not dropped.
        for key, child, value in losers:
            if child is None:
                attrs[key] = value
            else:
                parent = attrs.get(key)
                if type(parent) is not dict:
                    parent = attrs[key] = {}
                parent[child] = value

    exception_text = vals[_EXC]
    if exception_text is not None:
        src = where[_EXC]
        if type(src) is tuple:
            parent_key = src[0]
            # {"error": {"type": "TypeError", "message": "x", "stack": "..."}}: type and message
            # stay in attributes, and head the trace when the stack omits them (Java and Go
            # dumps often start at the first frame).
            info = attrs.get(parent_key)
            if type(info) is dict:
                etype = info.get("type") or info.get("name") or info.get("kind")
                emsg = info.get("message") or info.get("msg")
                if type(etype) is str and etype and etype not in exception_text.split("\n", 1)[0]:
                    head = f"{etype}: {emsg}" if type(emsg) is str and emsg else etype
                    exception_text = with_error_line(exception_text, head)
        elif src in _STACK_ONLY_EXC:
            error_message = vals[_MSG] if where[_MSG] == ERROR_MESSAGE_KEY else None
            exception_text = _headed(exception_text, attrs, error_message)

    if where[_LOGGER] == ERROR_NAME_KEY and _names_exception(vals[_LOGGER], exception_text):
        attrs[ERROR_NAME_KEY] = vals[_LOGGER]
        vals[_LOGGER] = None

    if exception_text is None and type(attrs.get(MONOLOG_CONTEXT_KEY)) is dict:
        context = attrs[MONOLOG_CONTEXT_KEY]
        exception_text = _monolog_exception(context.get("exception"))
        if exception_text is not None:
            attrs[MONOLOG_CONTEXT_KEY] = {k: v for k, v in context.items() if k != "exception"}

    if where[_LEVEL] == SYSLOG_SEVERITY_KEY:
        vals[_LEVEL] = _syslog_severity(vals[_LEVEL])
    if where[_TRACE] in _WRAPPED_TRACE_KEYS:
        vals[_TRACE] = _bare_trace_id(where[_TRACE], vals[_TRACE])

    message = vals[_MSG]
    template = None
    if where[_MSG] == CLEF_TEMPLATE_KEY and "message_template" not in attrs:
        message = _clef_message(message, attrs)
    if message is None and type(attrs.get("message")) is dict:
        error = _error_object(attrs["message"])
        if error is not None:
            del attrs["message"]
            message, error_text = error
            exception_text = exception_text or error_text
    if message is None:
        if http_request(attrs) is not None:
            message = ""  # an access logger's record: named by its request (`http_records`)
        elif (error := _logged_error(attrs)) is not None:
            message = error
        elif (name := _event_name(attrs)) is not None:
            message = template = name  # as written: a name is no sentence with values in it
        elif attrs:
            # The call site (go-kit's and zap's `caller`, slog's `source`) is where a record
            # was written, not what it says: a record of key-values alone is told by the rest
            # (Alertmanager's `caller=main.go:526 level=debug routePrefix=/`).
            shown = {k: v for k, v in attrs.items() if k not in _CALL_SITE_KEYS}
            message = _event_kind(shown) or render_fields(shown or attrs)
        else:
            shown = {k: v for k, v in obj.items() if roles.get(k, (-1,))[0] != _TS}
            message = render_fields(shown)
    elif message and message[-1] in "\r\n":
        message = message.rstrip("\r\n")  # docker's {"log": "...\n"}

    return ParsedFields(
        message,
        vals[_TS],
        vals[_LEVEL],
        vals[_SERVICE],
        vals[_HOST],
        vals[_LOGGER],
        vals[_TRACE],
        exception_text,
        attrs or None,
        template,
    )
