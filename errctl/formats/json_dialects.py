"""JSON records whose fields the aliases of `fields` cannot reach: each is rewritten into the
common form (flat `message`, `level`, `timestamp`, `logger`, `stack_trace`, ...) first.

- Loguru's `serialize=True`: `{"text": "<the formatted line>", "record": {...}}`, every field
  nested in `record` (`level.name`, `time.timestamp`, `name`, `exception`), the values of
  `bind()` in `record.extra`, and the formatted traceback only in `text`.
- log4j2's JsonLayout: the time as `instant` (`epochSecond`, `nanoOfSecond`) or `timeMillis`,
  the logger as `loggerName`, the exception as a `thrown` object (`name`, `message`, the frames
  in `extendedStackTrace`, its `cause`; with `stacktraceAsString="true"`, `extendedStackTrace`
  is the printed trace), the MDC in `contextMap` (`contextData` in later
  versions).
- GELF (Graylog's format): `short_message` and `full_message`, `level` a syslog severity, and
  the sender's own fields with a leading underscore (`_service` is the service).
- .NET's JSON console formatter (`AddJsonConsole`): `Timestamp`, `LogLevel`, `Category` (the
  logger), `Message`, `Exception`, and `State`, whose `{OriginalFormat}` is the message's own
  template (`Order {OrderId} failed`): it becomes the event's exact template.
- Rust's tracing-subscriber (`fmt().json()`): `fields.message` and the event's other fields
  in `fields`, the logger as `target`, the current span and the span list as they are.
- Serilog's JsonFormatter: `Timestamp`, `Level`, `MessageTemplate`, `RenderedMessage` (when
  asked for), `Exception`, `Properties` (`SourceContext` is the logger): read as the compact
  form of the same record (CLEF) is, its template exact too.
- Nextcloud's `nextcloud.log`: `reqId`, `app`, `remoteAddr`, `user`, `url`, ..., the `level`
  a number of its own (0 debug .. 4 fatal, not pino's), and a logged exception as an object
  (`Exception`, `Message`, `File`, `Line`, `Trace`: PHP's `getTrace()` frames, `Previous`: its
  cause), rewritten into the trace PHP itself prints.
- GitLab's JSON logs: a logged exception as `exception.class`, `exception.message` and
  `exception.backtrace` (production_json.log, api_json.log, exceptions_json.log), or as
  `error_class`, `error_message`, `error_backtrace` (sidekiq.log), the backtrace a list of Ruby
  frames: rewritten into the lines Ruby's Logger prints (`message (Class)`, then the frames).

- Google Cloud Logging's LogEntry (`gcloud logging read --format=json`, exports to buckets
  and files): the payload in `textPayload` or `jsonPayload` (the aliases reach those), the
  service and the machine only in `resource.labels` (`service_name` on Cloud Run,
  `container_name` and `pod_name` on GKE, `function_name` on Cloud Functions, `module_id` on App
  Engine), the trace as `projects/P/traces/ID`, and a Cloud Audit Log's call in `protoPayload`.
- Serilog's compact JSON (CLEF) leaves `@l` out for Information, the level it writes most, and
  names the logger in the `SourceContext` property.
- Kubernetes' audit log (`audit.k8s.io`): one record per API request, with no message and no
  level; its time is when the stage was reached, and the request is the event (verb, resource,
  response code): a 403 or a 500 of the API server is where a deployment broke.
- Elasticsearch 7's JSON logs (`"type": "server"`): `component` is the logging class
  (`o.e.c.r.a.DiskThresholdMonitor`), a logger rather than the service, and the node names
  itself in `node.name`; the service is Elasticsearch.
- CloudWatch Logs events (`aws logs filter-log-events`' `events`, subscription data's
  `logEvents` with its `logGroup` and `logStream` spliced in by `ingest.json_documents`): the
  message is what the program wrote, often with a header of its own: a Lambda runtime's
  (`<time>\t<request id>\tERROR\t<text>`, read as the lambda format reads it), a JSON
  record (Lambda's JSON log format, Powertools, any JSON logger), read through the aliases,
  or a line in a text layout (an ECS task's Python logging, logfmt, an nginx request), read
  by the first text format that knows it, with the trace below it.
  The log group is the service.
- AWS CloudTrail's records (a trail's `{"Records": [...]}` files): one API call each, with no
  message and no level; the call (`eventSource`, `eventName`) and its refusal (`errorCode`,
  `errorMessage`) are the event. `aws cloudtrail lookup-events` gives each as an `Events`
  entry: a few fields of its own (`EventName`, `EventTime`, `Username`, ...) and the whole
  record as a JSON string (`CloudTrailEvent`), read as a trail's record is; the entry's own
  fields stand in for what that string lacks (or when it is no JSON).
- FoundationDB's trace events (`--trace-format json`): no message, the event's `Type` its
  name, `Severity` a number, `Time` unix seconds as a string.
- OpenTelemetry's OTLP JSON log records (the Collector's file exporter; `ingest.json_documents`
  splices each record's `resource` and `scope` in): time in nanoseconds as a string, the
  level as `severityText` or `severityNumber`, the message an `AnyValue` (`body`), attributes
  as OTLP's key/value lists.
- Suricata's EVE JSON (`eve.json`): one record per `event_type`, none with a message or a
  level. An alert is its rule's name (`alert.signature`, the template exact: one group per
  rule) at the level its `alert.severity` says; a protocol record (flow, dns, http, tls,
  fileinfo, anomaly, drop, stats, ...) a short line naming its type and what it is about.
- PostgreSQL's jsonlog: `error_severity` is the level, the `application_name` (else the
  `backend_type`) the service, and its fields keep csvlog's names (`query`, `sql_state_code`,
  `database`), as the text log's attributes do.

- AWS Lambda's platform records in its JSON log format (`{"time", "type": "platform.start",
  "record"}`): the type is the message, as the text log's START and REPORT lines are read.
- Kubernetes' JSON log format (component-base): no level key, `v` on info records, `err` on
  errors.
- A container's line as a shipper sends it (Fluent Bit's and Fluentd's kubernetes filter,
  Vector's kubernetes_logs, Docker's fluentd driver, ECS's FireLens): the line in `log` or
  `message`, read as the container wrote it, as a CloudWatch event's message is.
- JBoss LogManager's JSON (Quarkus, WildFly, Keycloak): the MDC in `mdc`, the exception an
  object of frames, rewritten into the JVM's trace.
- Azure Monitor's resource logs (`time`, `resourceId`, `operationName`, `category`): the
  `resultDescription`, else the operation and its result, is the message.
- Vault's audit log: the operation on the path, a refusal's errors after it; its own template,
  the path's values masked as a request's route's.

Owns `dialect_adapter`: the rewrite for a record's keys, or None for any other record. Asked
once per distinct key set by `fields` (records of one application share their keys), so other
records pay a dict lookup. A rewrite returns a new dict, or None when the record is not of its
dialect after all (a `record` that is no object): it is then read as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

import orjson

from errctl.formats.access import status_level, target_route
from errctl.formats.awslambda import FORMAT as lambda_format
from errctl.formats.levels import ids_priority_level, syslog_severity_level
from errctl.formats.multiline import looks_like_trace

Adapter = Callable[[dict[str, Any]], dict[str, Any] | None]

_MAX_CAUSES = 16


def _loguru(obj: dict[str, Any]) -> dict[str, Any] | None:
    record, text = obj.get("record"), obj.get("text")
    if type(record) is not dict or type(text) is not str:
        return None
    out: dict[str, Any] = {}
    extra = record.get("extra")
    if type(extra) is dict:
        out.update(extra)  # what bind() and contextualize() added: a request id, a user
    message = record.get("message")
    out["message"] = message if type(message) is str else text.partition("\n")[0]
    level = record.get("level")
    if type(level) is dict:
        out["level"] = level.get("name")
    time = record.get("time")
    if type(time) is dict:
        out["timestamp"] = time.get("timestamp") or time.get("repr")
    out["logger"] = record.get("name")
    where = record.get("file")
    if type(where) is dict and type(where.get("path")) is str:
        out["file"] = where["path"]
    for key in ("function", "line"):
        if record.get(key) is not None:
            out[key] = record[key]
    exception = record.get("exception")
    if type(exception) is dict:
        below = text.partition("\n")[2].rstrip("\n")
        if looks_like_trace(below.split("\n")):
            out["stack_trace"] = below
        elif type(exception.get("type")) is str:
            value = exception.get("value")
            out["stack_trace"] = f"{exception['type']}: {value}" if value else exception["type"]
    return out


_LOG4J2_OWN = frozenset(
    (
        "instant",
        "timeMillis",
        "loggerName",
        "thrown",
        "contextMap",
        "contextData",
        "endOfBatch",
        "loggerFqcn",
        "threadId",
        "threadPriority",
    )
)


def _log4j2(obj: dict[str, Any]) -> dict[str, Any] | None:
    out = {k: v for k, v in obj.items() if k not in _LOG4J2_OWN}
    context = obj.get("contextMap", obj.get("contextData"))
    if type(context) is dict:
        for key, value in context.items():
            out.setdefault(key, value)  # the MDC: a trace id, a user
    instant = obj.get("instant")
    if type(instant) is dict and type(instant.get("epochSecond")) is int:
        nanos = instant.get("nanoOfSecond")
        out["timestamp"] = instant["epochSecond"] * 10**9 + (nanos if type(nanos) is int else 0)
    elif type(obj.get("timeMillis")) is int:
        out["timestamp"] = obj["timeMillis"]
    if type(obj.get("loggerName")) is str:
        out["logger"] = obj["loggerName"]
    event = out.pop("logEvent", None)
    if type(event) is dict and "message" not in out:
        # Logstash's own JSON log: the event's message and fields in `logEvent`.
        for key, value in event.items():
            out.setdefault(key, value)
    elif event is not None:
        out["logEvent"] = event
    trace = _java_trace(obj.get("thrown"))
    if trace is not None:
        out["stack_trace"] = trace
    return out


def _java_trace(thrown: Any) -> str | None:
    """A `thrown` object as the JVM prints it: `Type: message`, `\\tat` frames, `Caused by:`.
    With `stacktraceAsString="true"` the layout has printed it already: `extendedStackTrace`
    is that text, causes and all."""
    if type(thrown) is dict and type(thrown.get("extendedStackTrace")) is str:
        return thrown["extendedStackTrace"].rstrip("\n") or None
    lines: list[str] = []
    for _ in range(_MAX_CAUSES):
        if type(thrown) is not dict or type(thrown.get("name")) is not str:
            break
        message = thrown.get("message") or thrown.get("localizedMessage")
        head = f"{thrown['name']}: {message}" if type(message) is str else thrown["name"]
        lines.append(f"Caused by: {head}" if lines else head)
        frames = thrown.get("extendedStackTrace", thrown.get("stackTrace"))
        for frame in frames if type(frames) is list else ():
            if type(frame) is dict and type(frame.get("class")) is str:
                where = frame.get("file") or "Unknown Source"
                if type(frame.get("line")) is int and frame["line"] >= 0:
                    where = f"{where}:{frame['line']}"
                lines.append(f"\tat {frame['class']}.{frame.get('method', '')}({where})")
        thrown = thrown.get("cause")
    return "\n".join(lines) or None


_JBOSS_KEYS = frozenset(("loggerClassName", "loggerName", "sequence"))


def _jboss(obj: dict[str, Any]) -> dict[str, Any] | None:
    """JBoss LogManager's JSON formatter (Quarkus's `quarkus-logging-json`, WildFly's
    json-formatter, Keycloak): the MDC (a trace id) in `mdc`, and a logged exception, by
    default ("detailed"), as an object: `exceptionType`, `message`, `frames` of `class`,
    `method`, `line`, its cause in `causedBy.exception`; rewritten into the JVM's trace. The
    frames name no file: each is given its top-level class's (`a.B$1` in `B.java`), where
    javac wants a public class, so a frame keeps its line."""
    out = {k: v for k, v in obj.items() if k != "mdc" and k != "exception"}
    mdc = obj.get("mdc")
    if type(mdc) is dict:
        for key, value in mdc.items():
            out.setdefault(key, value)
    exception = obj.get("exception")
    trace = _jboss_trace(exception) if type(exception) is dict else None
    if trace is not None and "stackTrace" not in out:
        out["stack_trace"] = trace
    elif exception is not None:
        out["exception"] = exception
    return out


def _jboss_trace(exception: dict[str, Any]) -> str | None:
    lines: list[str] = []
    for _ in range(_MAX_CAUSES):
        if type(exception) is not dict or type(exception.get("exceptionType")) is not str:
            break
        message = exception.get("message")
        head = exception["exceptionType"]
        if type(message) is str and message:
            head = f"{head}: {message}"
        lines.append(f"Caused by: {head}" if lines else head)
        frames = exception.get("frames")
        for frame in frames if type(frames) is list else ():
            if type(frame) is dict and type(frame.get("class")) is str:
                line = frame.get("line")
                where = f"{frame['class'].rpartition('.')[2].partition('$')[0]}.java"
                where = f"{where}:{line}" if type(line) is int and line >= 0 else "Unknown Source"
                lines.append(f"\tat {frame['class']}.{frame.get('method', '')}({where})")
        caused = exception.get("causedBy")
        exception = caused.get("exception") if type(caused) is dict else None
    return "\n".join(lines) or None


# GELF senders' additional fields that name a role: Spring Boot's GELF structured logging
# writes ECS's names with `_` for `.` (`_log_logger`, `_service_name`), logstash-gelf (the
# log4j, logback, JUL and WildFly GELF appenders) `_LoggerName`.
_GELF_ROLES = {"log_logger": "logger", "service_name": "service", "LoggerName": "logger"}


# A CloudEvents envelope in its JSON format (`specversion`, `id`, `source`, `type`, the event in
# `data`), as HashiCorp Boundary writes its event log (`"type":"system"`, `"error"`,
# `"observation"`, `"audit"`) and Knative's and Dapr's sinks pass events on.
_CLOUDEVENT_KEYS = frozenset(("specversion", "id", "source", "type", "data"))
# The envelope's own attributes, kept under names that say so: `type` and `id` are the event's,
# not a record's kind of message or its request's id.
_CLOUDEVENT_OWN = {"specversion": "ce_specversion", "id": "ce_id", "type": "ce_type"}
# The event types that say an error happened (Boundary's `error`).
_CLOUDEVENT_ERRORS = frozenset(("error", "errors"))


def _cloudevent(obj: dict[str, Any]) -> dict[str, Any] | None:
    """A CloudEvents envelope read as the record it carries: the fields of `data` (and of a
    `data` inside it, as Boundary nests a system event's `msg`) are the record's, the
    envelope's `time` its time, and an event of type `error` is at level error. A
    request's `request_info` (Boundary's observations: `method`, `path`) is the request's,
    as `http_records` finds it. Left as it stood, every event of a type was one template,
    named by the envelope's keys."""
    data = obj.get("data")
    if type(data) is not dict:
        return None
    out = {_CLOUDEVENT_OWN.get(key, key): value for key, value in obj.items() if key != "data"}
    inner = data.get("data")
    if type(inner) is dict:
        data = {key: value for key, value in data.items() if key != "data"}
        _take_fields(out, data)
        _take_fields(out, inner)
    else:
        _take_fields(out, data)
    if str(obj.get("type", "")).lower() in _CLOUDEVENT_ERRORS and "level" not in out:
        out["level"] = "error"
    return out


def _take_fields(out: dict[str, Any], fields: dict[str, Any]) -> None:
    """`fields` into `out` where `out` has no such key yet; a request's `request_info` gives
    its `method` and `path` as the request's own."""
    for key, value in fields.items():
        if key == "request_info" and type(value) is dict:
            for part in ("method", "path"):
                if part in value:
                    out.setdefault(part, value[part])
            value = {k: v for k, v in value.items() if k not in ("method", "path")}
        out.setdefault(key, value)


def _gelf(obj: dict[str, Any]) -> dict[str, Any] | None:
    short = obj.get("short_message")
    if type(short) is not str:
        return None
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if key[:1] == "_" and len(key) > 1 and key != "_id":
            name = key[1:]
            out[_GELF_ROLES.get(name, name)] = value  # the sender's additional fields
        elif key not in ("version", "short_message", "full_message", "level", "timestamp"):
            out[key] = value
    out["message"] = short
    full = obj.get("full_message")
    if type(full) is str and full != short:
        if looks_like_trace(full.split("\n")):
            out["stack_trace"] = full
        else:
            out["full_message"] = full
    if obj.get("timestamp") is not None:
        out["timestamp"] = obj["timestamp"]
    level = obj.get("level")
    if level is not None:
        out["level"] = syslog_severity_level(level) or level
    return out


_DOTNET_OWN = frozenset(
    ("Timestamp", "EventId", "LogLevel", "Category", "Message", "Exception", "State", "Scopes")
)
_ORIGINAL_FORMAT = "{OriginalFormat}"


def _dotnet(obj: dict[str, Any]) -> dict[str, Any] | None:
    out = {k: v for k, v in obj.items() if k not in _DOTNET_OWN}
    state = obj.get("State")
    if type(state) is dict:
        for key, value in state.items():
            if key not in ("Message", _ORIGINAL_FORMAT):
                out.setdefault(key, value)  # the template's values: OrderId=42
        if type(state.get(_ORIGINAL_FORMAT)) is str:
            out["message_template"] = state[_ORIGINAL_FORMAT]
    if obj.get("EventId"):
        out["event_id"] = obj["EventId"]
    if obj.get("Scopes"):
        out["scopes"] = obj["Scopes"]
        trace = _scope_trace_id(obj["Scopes"])
        if trace is not None:
            out.setdefault("trace_id", trace)
    if obj.get("Timestamp") is not None:  # written only when a TimestampFormat is set
        out["timestamp"] = obj["Timestamp"]
    out["level"] = obj.get("LogLevel")
    out["logger"] = obj.get("Category")
    out["message"] = obj.get("Message")
    if type(obj.get("Exception")) is str and obj["Exception"]:
        out["stack_trace"] = obj["Exception"]
    return out


def _scope_trace_id(scopes: Any) -> str | None:
    """The trace id ASP.NET Core's activity scope carries (`ActivityTrackingOptions`, on by
    default in its hosts: `{"Message": "SpanId:.., TraceId:.., ParentId:..", "TraceId": ..}`)."""
    for scope in scopes if type(scopes) is list else ():
        if type(scope) is dict and type(scope.get("TraceId")) is str and scope["TraceId"]:
            return scope["TraceId"]
    return None


_SERILOG_OWN = frozenset(
    ("Timestamp", "Level", "MessageTemplate", "RenderedMessage", "Exception", "Properties")
)


def _serilog(obj: dict[str, Any]) -> dict[str, Any] | None:
    """As its compact form (CLEF), which `fields` reads: `@t`, `@l`, `@mt`, `@m`, `@x`."""
    out: dict[str, Any] = {}
    properties = obj.get("Properties")
    if type(properties) is dict:
        out.update(properties)
        if type(properties.get("SourceContext")) is str:
            out["logger"] = out.pop("SourceContext")
    for key, value in obj.items():
        if key not in _SERILOG_OWN:
            out.setdefault(key, value)
    out["@t"] = obj.get("Timestamp")
    out["@l"] = obj.get("Level")
    if type(obj.get("RenderedMessage")) is str:
        out["@m"] = obj["RenderedMessage"]
        out["message_template"] = obj.get("MessageTemplate")
    else:
        out["@mt"] = obj.get("MessageTemplate")  # rendered from the properties, as CLEF's is
    if type(obj.get("Exception")) is str and obj["Exception"]:
        out["@x"] = obj["Exception"]
    return out


def _tracing(obj: dict[str, Any]) -> dict[str, Any] | None:
    """Rust's tracing-subscriber JSON: the message and the event's own fields under `fields`,
    the module path that logged it as `target`; the spans stay as they are."""
    fields = obj.get("fields")
    if type(fields) is not dict or type(obj.get("target")) is not str:
        return None
    out = {k: v for k, v in obj.items() if k not in ("fields", "target")}
    for key, value in fields.items():
        if key != "message":
            out.setdefault(key, value)
    message = fields.get("message")
    out["message"] = message if type(message) is str else ""
    out["logger"] = obj["target"]
    return out


# Nextcloud's ILogger levels.
_NEXTCLOUD_LEVELS = ("debug", "info", "warning", "error", "fatal")
_NEXTCLOUD_KEYS = frozenset(("reqId", "remoteAddr", "app", "userAgent", "level"))


def _nextcloud(obj: dict[str, Any]) -> dict[str, Any] | None:
    # Without `level` the rewrite is no Nextcloud record again; its name is read as Monolog's.
    out = {k: v for k, v in obj.items() if k != "exception" and k != "level"}
    level = obj.get("level")
    if type(level) is int and 0 <= level < len(_NEXTCLOUD_LEVELS):
        level = _NEXTCLOUD_LEVELS[level]
    out["level_name"] = level
    exception = obj.get("exception")
    trace = _php_trace(exception) if type(exception) is dict else None
    if trace is not None:
        out["stack_trace"] = trace
    elif exception is not None:
        out["exception"] = exception  # some other shape: read as it stands
    return out


def _php_trace(exception: dict[str, Any]) -> str | None:
    """Nextcloud's exception object as `Exception::__toString` prints it: the deepest cause
    first, each exception that wraps it after `Next `; `Type: message in file:line`, `Stack
    trace:`, `#0 file(line): Class->function()` for each of `getTrace()`'s calls, `#N {main}`."""
    chain: list[dict[str, Any]] = []
    while type(exception) is dict and len(chain) < _MAX_CAUSES:
        if type(exception.get("Exception")) is not str:
            break
        chain.append(exception)
        exception = exception.get("Previous")
    if not chain:
        return None
    lines: list[str] = []
    for n, exc in enumerate(reversed(chain)):
        message = exc.get("Message")
        where = f"{exc.get('File')}:{exc.get('Line')}"
        head = f"{exc['Exception']}: {message if type(message) is str else ''} in {where}"
        lines.append(f"Next {head}" if n else head)
        lines.append("Stack trace:")
        frames = exc.get("Trace")
        k = 0
        for frame in frames if type(frames) is list else ():
            if type(frame) is not dict:
                continue
            call = f"{frame.get('class') or ''}{frame.get('type') or ''}{frame.get('function')}()"
            if type(frame.get("file")) is str:
                lines.append(f"#{k} {frame['file']}({frame.get('line')}): {call}")
            else:
                lines.append(f"#{k} [internal function]: {call}")
            k += 1
        lines.append(f"#{k} {{main}}")
    return "\n".join(lines)


# (class, message, backtrace) keys of GitLab's exception fields, as its
# Gitlab::ExceptionLogFormatter and its Sidekiq JSON logger write them.
_GITLAB_EXCEPTION_KEYS = (
    ("exception.class", "exception.message", "exception.backtrace"),
    ("error_class", "error_message", "error_backtrace"),
)


def _gitlab(obj: dict[str, Any]) -> dict[str, Any] | None:
    if "stack_trace" in obj:
        return None  # the record names its trace itself
    for class_key, message_key, backtrace_key in _GITLAB_EXCEPTION_KEYS:
        name, backtrace = obj.get(class_key), obj.get(backtrace_key)
        if type(name) is not str or not name or type(backtrace) is not list:
            continue
        if not backtrace or not all(type(frame) is str for frame in backtrace):
            continue
        message = obj.get(message_key)
        own = (class_key, message_key, backtrace_key)
        out = {k: v for k, v in obj.items() if k not in own}
        head = f"{message} ({name})" if type(message) is str else f"({name})"
        out["stack_trace"] = "\n".join([head, *backtrace])
        return out
    return None  # no backtrace: the fields stay attributes (a type alone makes no trace)


# Where a LogEntry's resource names the service and the machine, per resource type, first found
# wins: Cloud Run's service, GKE's container, Cloud Functions' function, App Engine's module,
# Dataflow's job; GKE's pod and Compute Engine's instance.
_GCP_SERVICE_LABELS = ("service_name", "container_name", "function_name", "module_id", "job_name")
_GCP_HOST_LABELS = ("pod_name", "instance_id")
_GCP_TRACE_PREFIX = "/traces/"


def _google_cloud(obj: dict[str, Any]) -> dict[str, Any] | None:
    resource = obj.get("resource")
    labels = resource.get("labels") if type(resource) is dict else None
    out = dict(obj)
    if type(labels) is dict:
        for role, names in (("service", _GCP_SERVICE_LABELS), ("host", _GCP_HOST_LABELS)):
            value = next(
                (labels[n] for n in names if type(labels.get(n)) is str and labels[n]), None
            )
            if value is not None and role not in out:
                out[role] = value
    trace = obj.get("trace")
    if type(trace) is str and _GCP_TRACE_PREFIX in trace and "trace_id" not in out:
        del out["trace"]
        out["trace_id"] = trace.rsplit(_GCP_TRACE_PREFIX, 1)[1]
    if "timestamp" not in out and "receiveTimestamp" in out:
        out["timestamp"] = out.pop("receiveTimestamp")  # when Logging got it: the next best
    call = obj.get("protoPayload")
    if type(call) is dict and "textPayload" not in obj and "jsonPayload" not in obj:
        out["message"] = _audited_call(call)
    return out


def _audited_call(call: dict[str, Any]) -> str:
    """A Cloud Audit Log entry's message: the method called on what, and how it failed."""
    method, name = call.get("methodName"), call.get("resourceName")
    text = " ".join(v for v in (method, name) if type(v) is str and v) or "audited call"
    status = call.get("status")
    if type(status) is dict and status.get("code"):
        message = status.get("message")
        text += f": {message}" if type(message) is str and message else f": code {status['code']}"
    return text


def _clef(obj: dict[str, Any]) -> dict[str, Any] | None:
    out = dict(obj)
    out.setdefault("@l", "Information")  # the level CLEF leaves out
    context = out.get("SourceContext")
    if type(context) is str and "logger" not in out:
        out["logger"] = out.pop("SourceContext")
    return out


_K8S_AUDIT_KEYS = frozenset(("auditID", "stage", "verb", "requestURI"))


def _kubernetes_audit(obj: dict[str, Any]) -> dict[str, Any] | None:
    verb, uri = obj.get("verb"), obj.get("requestURI")
    if type(verb) is not str or type(uri) is not str:
        return None
    out = {k: v for k, v in obj.items() if k not in ("level", "stageTimestamp")}
    # `level` is how much the audit recorded (Metadata, Request...), no severity.
    out["audit_level"] = obj.get("level")
    out["timestamp"] = obj.get("stageTimestamp") or obj.get("requestReceivedTimestamp")
    ref = obj.get("objectRef")
    what = uri.split("?", 1)[0]
    if type(ref) is dict and type(ref.get("resource")) is str:
        # The resource, not the URI: a URI names the object (`pods/api-7f9c`) and the
        # namespace, which would split one failing call into a group per object.
        what = ref["resource"] + (f"/{ref['subresource']}" if ref.get("subresource") else "")
    status = obj.get("responseStatus")
    status = status if type(status) is dict else {}
    code, reason = status.get("code"), status.get("reason")
    text = f"{verb} {what}"
    if type(code) is int:
        text += f" {code}" + (f" {reason}" if type(reason) is str and reason else "")
        out["level"] = "error" if code >= 500 else "warning" if code >= 400 else "info"
    out["message"] = text
    # Verb, resource, code and reason are all enumerations: the message is its own template
    # (masking would take the code for a number, and merge a 403 with a 500).
    out["message_template"] = text
    out.setdefault("service", "kube-apiserver")
    return out


_ELASTICSEARCH_KEYS = frozenset(("type", "component", "cluster.name", "node.name"))


def _elasticsearch(obj: dict[str, Any]) -> dict[str, Any] | None:
    if type(obj.get("component")) is not str:
        return None
    out = {k: v for k, v in obj.items() if k not in ("component", "node.name")}
    out["logger"] = obj["component"]
    if type(obj.get("node.name")) is str:
        out["host"] = obj["node.name"]
    out.setdefault("service", "elasticsearch")
    return out


_CLOUDWATCH_STREAM_KEYS = ("logStream", "logStreamName")


def _cloudwatch_event(obj: dict[str, Any]) -> dict[str, Any] | None:
    message = obj.get("message")
    if type(message) is not str:
        return None
    out = {k: v for k, v in obj.items() if k not in ("message", "logGroup")}
    group = obj.get("logGroup")
    if type(group) is str and group:
        # The whole group's name: Lambda's `/aws/lambda/<function>` is one function's, but
        # other groups' last part is no name (`/aws/rds/instance/db-1/postgresql`), and the
        # full name is the one `aws logs` and the console take.
        out["service"] = group
    return _with_shipped_line(out, message.rstrip("\r\n"), lambda_format.parse)


def _with_shipped_line(
    out: dict[str, Any], text: str, first_reader: Callable[[str], Any] | None = None
) -> dict[str, Any]:
    """`out` (a shipper's record without the line it carries) with the fields of `text`, the
    line a program wrote: a JSON record's own fields, else the fields of the line as the first
    text format that knows it reads it (`first_reader` asked before them), a stack trace below
    its first line its exception."""
    if text[:1] == "{":
        inner = _json_object(text)
        if inner is not None:
            out.update(inner)  # the program's own record: its time, level, message win
            return out
    fields = first_reader(text) if first_reader is not None else None
    if fields is None:
        # What an ECS task, an EKS pod or the CloudWatch agent shipped: a line in the layout of
        # whatever wrote it (Python logging, log4j, logfmt, nginx...), read as that layout.
        first, _, rest = text.partition("\n")
        fields = _embedded_line(first)
        if fields is None:
            out["message"] = text
            return out
        if rest and fields.exception_text is None and looks_like_trace(rest.split("\n")):
            fields = replace(fields, exception_text=rest)
        elif rest:
            fields = replace(fields, message=f"{fields.message}\n{rest}")
        if fields.service is not None and "service" in out:
            out["logGroup"] = out.pop("service")  # the program names its service itself
        if fields.timestamp is not None and out.keys().isdisjoint(_SHIPPER_TIME_KEYS):
            out["timestamp"] = fields.timestamp  # a shipper that sends no time of its own
        for role in ("service", "host", "logger"):
            if getattr(fields, role) is not None:
                out[role] = getattr(fields, role)
    out["message"] = fields.message
    out["level"] = fields.level
    if fields.exception_text is not None:
        out["stack_trace"] = fields.exception_text
    for key, value in (fields.attributes or {}).items():
        out.setdefault(key, value)  # the request id; the embedded line's own fields
    return out


# The times a shipper sends beside the line (Fluent Bit's, Vector's, CloudWatch's): the event's.
# Docker's fluentd driver sends none: the line's own is then the event's.
_SHIPPER_TIME_KEYS = frozenset(("time", "timestamp", "@timestamp", "date", "ts"))
# The fluentd logging driver's (and FireLens's) fields beside the line.
_DOCKER_DRIVER_KEYS = frozenset(("container_id", "container_name"))
# Where a Kubernetes log shipper puts a container's line: Fluent Bit's and Fluentd's `log`,
# Vector's `message`.
_SHIPPED_LINE_KEYS = ("log", "message")


def _container_shipped(obj: dict[str, Any]) -> dict[str, Any] | None:
    """A container's line as a log shipper sends it on: Fluent Bit's or Fluentd's kubernetes
    metadata filter and Vector's kubernetes_logs source (the pod's metadata in `kubernetes`),
    Docker's fluentd logging driver and ECS's FireLens (`container_id`, `container_name`,
    `source`: the stream): the line in `log` or `message`, read as the program wrote it
    (`_with_shipped_line`). The container is the service and the node the host, when the
    line names neither; the metadata stays."""
    meta = obj.get("kubernetes")
    key = next((k for k in _SHIPPED_LINE_KEYS if type(obj.get(k)) is str), None)
    if key is None:
        return None
    if type(meta) is not dict:
        if "kubernetes" in obj:
            return None
        meta = {"container_name": obj.get("container_name")}
    out = _with_shipped_line({k: v for k, v in obj.items() if k != key}, obj[key].rstrip("\r\n"))
    for role, names in (("service", ("container_name",)), ("host", ("host", "pod_node_name"))):
        value = next((meta[n] for n in names if type(meta.get(n)) is str and meta[n]), None)
        if value is not None and out.get(role) is None:
            out[role] = value.lstrip("/")  # Docker names a container `/web`
    return out


def _embedded_line(line: str) -> Any:
    """The fields of one log line a program wrote (ParsedFields), as the first text format in
    the registry's order (most specific first, generic last) reads it; None when none does.
    The line's own time is left out: the record's is the event's."""
    for fmt in _text_formats():
        fields = fmt.parse(line)
        if fields is not None:
            return fields
    return None


@lru_cache(maxsize=1)
def _text_formats() -> tuple[Any, ...]:
    from errctl.formats.registry import FORMATS  # (the registry imports this module's users)

    return tuple(f for name, f in FORMATS.items() if name not in ("json", "lambda"))


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return obj if type(obj) is dict else None


_CLOUDTRAIL_KEYS = frozenset(("eventVersion", "eventSource", "eventName", "eventTime"))


def _cloudtrail(obj: dict[str, Any]) -> dict[str, Any] | None:
    source, name = obj.get("eventSource"), obj.get("eventName")
    if type(source) is not str or type(name) is not str:
        return None
    out = {k: v for k, v in obj.items() if k != "eventSource"}
    out["service"] = source
    code = obj.get("errorCode")
    if not code and name == "ConsoleLogin":
        response = obj.get("responseElements")
        if type(response) is dict and response.get("ConsoleLogin") == "Failure":
            code = "Failure"  # a refused sign-in says so here, with no errorCode
    text = f"{source} {name}"
    template = text
    if type(code) is str and code:
        reason = obj.get("errorMessage")
        text += f": {code}"
        template = text
        if type(reason) is str and reason:
            text += f" {reason}"
            template += " {errorMessage}"  # free text, often with ARNs: a placeholder
        # A refusal (AccessDenied, UnauthorizedOperation, ThrottlingException, NoSuchKey):
        # the caller's call was refused, the service worked; a warning, not an error.
        out["level"] = "warning"
    else:
        out["level"] = "info"
    out["message"] = text
    # The service, the call and the code are enumerations: exact (masking could take a
    # call or a code for a variable, and merge an AccessDenied with a NoSuchKey).
    out["message_template"] = template
    return out


# `aws cloudtrail lookup-events`' own fields, as the record's keys they stand for.
_LOOKUP_FIELDS = (
    ("EventId", "eventID"),
    ("EventName", "eventName"),
    ("EventTime", "eventTime"),
    ("EventSource", "eventSource"),
    ("ReadOnly", "readOnly"),
    ("AccessKeyId", "accessKeyId"),
    ("Username", "username"),  # the caller's name, which the record says only in userIdentity
    ("Resources", "resources"),
)


def _cloudtrail_lookup(obj: dict[str, Any]) -> dict[str, Any] | None:
    record = {key: obj[own] for own, key in _LOOKUP_FIELDS if obj.get(own) not in (None, "", [])}
    event = obj.get("CloudTrailEvent")
    inner = _json_object(event) if type(event) is str else None
    if inner is not None:
        record.update(inner)  # the record's own fields win
    return _cloudtrail(record)


_SURICATA_KINDS = frozenset(("flow_id", "src_ip", "stats", "in_iface"))


def _text(value: Any) -> str | None:
    return value if type(value) is str and value else None


def _suricata(obj: dict[str, Any]) -> dict[str, Any] | None:
    kind = obj.get("event_type")
    if type(kind) is not str or not kind:
        return None
    out = dict(obj)
    out.setdefault("service", "suricata")
    if kind == "alert":
        alert = obj.get("alert")
        signature = _text(alert.get("signature")) if type(alert) is dict else None
        if signature is None:
            return None
        severity = alert.get("severity")  # type: ignore[union-attr]
        out["level"] = ids_priority_level(severity) if type(severity) is int else "warning"
        out["message"] = signature
        # A rule's name is one fixed string per rule (its sid): masking would take `ET
        # POLICY` for a word and `2013028`-like numbers in names for variables.
        out["message_template"] = signature
        return out
    text, template, level = _suricata_protocol_record(kind, obj)
    out["level"] = level
    out["message"] = text
    out["message_template"] = template
    return out


def _suricata_protocol_record(kind: str, obj: dict[str, Any]) -> tuple[str, str, str]:
    """A protocol record's (message, template, level): its type, then what it is about; the
    enumerations (protocol, record type, status, rcode) exact, names and paths placeholders."""
    body = obj.get(kind)
    body = body if type(body) is dict else {}
    words = [kind]
    template = [kind]

    def add(value: Any, placeholder: str | None = None) -> None:
        if type(value) is int:
            value = str(value)
        if type(value) is str and value:
            words.append(value)
            template.append(placeholder or value)

    level = "info"
    if kind == "http":
        add(body.get("http_method"))
        host, url = _text(body.get("hostname")), _text(body.get("url"))
        if url is not None:
            words.append((host or "") + url)
            route = target_route(url) if url.startswith("/") else "{url}"
            template.append(("{hostname}" if host else "") + route)
        status = body.get("status")
        add(status)
        if type(status) is int:
            level = status_level(status)
    elif kind == "dns":
        query = body
        queries = body.get("queries")  # EVE's DNS version 3 (Suricata 8) lists them
        if type(queries) is list and queries and type(queries[0]) is dict:
            query = queries[0]
        add(body.get("type"))
        add(query.get("rrname"), "{rrname}")
        add(query.get("rrtype"))
        add(body.get("rcode"))
    elif kind == "tls":
        add(body.get("sni"), "{sni}")
        add(body.get("version"))
    elif kind == "fileinfo":
        add(body.get("filename"), "{filename}")
    elif kind == "anomaly":
        # A packet or stream Suricata could not decode as its protocol says (a scan, an
        # evasion, a broken stack): worth a look, though no rule named it.
        add(body.get("event"))
        level = "warning"
    elif kind in ("flow", "netflow"):
        add(obj.get("proto"))
        add(obj.get("app_proto"))
        add(body.get("state"))
    elif kind == "drop":
        add(obj.get("proto"))
        level = "warning"  # an inline (IPS) Suricata dropped the packet
    elif kind != "stats":
        add(obj.get("proto"))
        add(obj.get("app_proto"))
    return " ".join(words), " ".join(template), level


# OTLP's SeverityNumber ranges (1-4 TRACE .. 21-24 FATAL), each range's highest number.
_OTLP_SEVERITIES = ((4, "trace"), (8, "debug"), (12, "info"), (16, "warning"), (20, "error"))
_OTLP_OWN = frozenset(
    (
        "resource",
        "scope",
        "timeUnixNano",
        "observedTimeUnixNano",
        "severityNumber",
        "severityText",
        "body",
        "attributes",
        "traceId",
        "spanId",
        "flags",
        "droppedAttributesCount",
    )
)


def _otlp(obj: dict[str, Any]) -> dict[str, Any] | None:
    """An OTLP log record as the common form: the fields this sets first, then the resource's
    and the record's attributes as plain keys (`service.name`, `host.name`,
    `exception.stacktrace` are aliases); an attribute whose key is taken keeps an
    `attributes.` prefix."""
    out: dict[str, Any] = {}
    resource = obj.get("resource")
    attributes = _otlp_attributes(resource.get("attributes") if type(resource) is dict else None)
    attributes.update(_otlp_attributes(obj.get("attributes")))
    service = attributes.pop("service.name", None)
    if type(service) is str and service:
        out["service"] = service
    ts = _otlp_nanos(obj.get("timeUnixNano")) or _otlp_nanos(obj.get("observedTimeUnixNano"))
    if ts:
        out["ts"] = ts
    level = obj.get("severityText")
    if type(level) is not str or not level:
        level = _otlp_severity(obj.get("severityNumber"))
    if level is not None:
        out["level_name"] = level
    body = _otlp_value(obj.get("body"))
    if body is None and type(obj.get("eventName")) is str:
        body = obj["eventName"]  # an event record: named, with no body
    if type(body) is str:
        out["msg"] = body
    elif body is not None:
        out["msg"] = orjson.dumps(body).decode()  # a kvlist or an array, as JSON
    scope = obj.get("scope")
    if type(scope) is dict:
        if type(scope.get("name")) is str and scope["name"]:
            out["logger"] = scope["name"]
        if type(scope.get("version")) is str and scope["version"]:
            out["otel.scope.version"] = scope["version"]
    if type(obj.get("traceId")) is str and obj["traceId"]:
        out["trace_id"] = obj["traceId"]
    if type(obj.get("spanId")) is str and obj["spanId"]:
        out["span_id"] = obj["spanId"]
    for key, value in obj.items():
        if key not in _OTLP_OWN:
            out.setdefault(key, value)
    for key, value in attributes.items():
        out[key if key not in out else f"attributes.{key}"] = value
    return out


# The OpenTelemetry log data model's own field names (its specification's, which
# sourcegraph/log writes: `{"SeverityText": "WARN", "Timestamp": 1717752630025189502,
# "InstrumentationScope": "frontend.search", "Body": "...", "Resource": {...}, "Attributes":
# {...}}`), by OTLP JSON's.
_OTEL_MODEL_NAMES = {
    "Timestamp": "timeUnixNano",
    "ObservedTimestamp": "observedTimeUnixNano",
    "SeverityText": "severityText",
    "SeverityNumber": "severityNumber",
    "Body": "body",
    "Attributes": "attributes",
    "TraceId": "traceId",
    "SpanId": "spanId",
    "TraceFlags": "flags",
}


def _otel_data_model(obj: dict[str, Any]) -> dict[str, Any] | None:
    """A log record under the data model's names, read as an OTLP record (`_otlp`)."""
    record: dict[str, Any] = {}
    for key, value in obj.items():
        if key == "Resource":
            record["resource"] = {"attributes": value}
        elif key == "InstrumentationScope":
            record["scope"] = {"name": value} if type(value) is str else value
        else:
            record[_OTEL_MODEL_NAMES.get(key, key)] = value
    return _otlp(record)


def _otlp_nanos(value: Any) -> int | None:
    """OTLP's fixed64 nanoseconds (a string in JSON; 0: unset)."""
    if type(value) is str and value.isdigit() and len(value) <= 20:
        value = int(value)
    return value if type(value) is int and value > 0 else None


def _otlp_severity(number: Any) -> str | None:
    if type(number) is not int or not 1 <= number <= 24:
        return None
    return next((name for top, name in _OTLP_SEVERITIES if number <= top), "fatal")


def _otlp_value(value: Any) -> Any:
    """An OTLP `AnyValue` as the plain value it holds (None: empty). A plain value is taken as
    it is: SDK console exporters and log shippers write the record's body and attributes
    without OTLP's wrappers (`"body": "text"`, `"attributes": {"k": "v"}`)."""
    if type(value) is not dict:
        return value if type(value) in (str, int, float, bool, list) else None
    for key in ("stringValue", "boolValue", "doubleValue", "bytesValue"):
        if key in value:
            return value[key]
    if "intValue" in value:  # int64: a string in JSON
        number = value["intValue"]
        if type(number) is str and number.lstrip("-").isdigit() and len(number) <= 20:
            return int(number)
        return number
    if type(value.get("arrayValue")) is dict:
        values = value["arrayValue"].get("values")
        return [_otlp_value(v) for v in values] if type(values) is list else []
    if type(value.get("kvlistValue")) is dict:
        return _otlp_attributes(value["kvlistValue"].get("values"))
    return None


def _otlp_attributes(pairs: Any) -> dict[str, Any]:
    """OTLP's `[{"key": k, "value": AnyValue}, ...]` as a dict; a plain object as it is."""
    if type(pairs) is dict:
        return dict(pairs)
    out: dict[str, Any] = {}
    for pair in pairs if type(pairs) is list else ():
        if type(pair) is dict and type(pair.get("key")) is str:
            out[pair["key"]] = _otlp_value(pair.get("value"))
    return out


# PostgreSQL's jsonlog (15 and later) names the fields csvlog has otherwise; they are kept under
# csvlog's names (`formats.csvfile`), which the text log's attributes use too.
_POSTGRES_JSONLOG_NAMES = {
    "dbname": "database",
    "state_code": "sql_state_code",
    "statement": "query",
    "cursor_position": "query_pos",
    "internal_position": "internal_query_pos",
}


def _postgres_jsonlog(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The server's severity word is the level; the application_name, else the backend type
    (`checkpointer`, `client backend`), is the service, as for csvlog."""
    severity = obj.get("error_severity")
    if type(severity) is not str or type(obj.get("message")) is not str:
        return None
    out = {
        _POSTGRES_JSONLOG_NAMES.get(k, k): v
        for k, v in obj.items()
        if k not in ("error_severity", "application_name")
    }
    out["level"] = severity
    service = obj.get("application_name") or obj.get("backend_type")
    if type(service) is str and service:
        out["service"] = service
    return out


_AZURE_KEYS = frozenset(("time", "resourceId", "operationName", "category"))


def _azure_resource_log(obj: dict[str, Any]) -> dict[str, Any] | None:
    """Azure Monitor's resource logs (diagnostic settings' archives in a storage account, an
    event hub's records): no message, the text (when the service writes one) in
    `resultDescription`, else the operation and its result are the event, exact (they are
    enumerations); the resource named last in `resourceId` (upper-cased by Azure; its names
    ignore case) is the service."""
    operation = obj.get("operationName")
    if type(operation) is not str or not operation:
        return None
    out = dict(obj)
    resource = obj.get("resourceId")
    if type(resource) is str and resource.rstrip("/"):
        out.setdefault("service", resource.rstrip("/").rpartition("/")[2].lower())
    description = out.pop("resultDescription", None)
    if type(description) is str and description:
        out["message"] = description
        return out
    if description is not None:
        out["resultDescription"] = description
    # `resultSignature` (a sub-status: `Forbidden`, `200`) stays an attribute only: the
    # scrubber takes a key named so for a secret's, and the message would carry it past that.
    outcome = obj.get("resultType")
    text = f"{operation} {outcome}" if type(outcome) is str and outcome else operation
    out["message"] = out["message_template"] = text
    return out


_VAULT_AUDIT_KEYS = frozenset(("time", "type", "request"))


def _vault_audit(obj: dict[str, Any]) -> dict[str, Any] | None:
    """HashiCorp Vault's audit log (the file device): one record per request and per
    response, none with a message or a level. The event is the operation on the path
    (`response read secret/data/db`), and a refusal's error after it (Vault's multierror,
    `1 error occurred:\n\t* permission denied`, as its items): a warning, as a refused call
    of CloudTrail's is; the rest an info."""
    kind, request = obj.get("type"), obj.get("request")
    if kind not in ("request", "response") or type(request) is not dict:
        return None
    operation, path = request.get("operation"), request.get("path")
    if type(operation) is not str or type(path) is not str:
        return None
    out = dict(obj)
    text = f"{kind} {operation} {path}"
    # Kind and operation are enumerations and the path a route: the record is its own
    # template, the path's values masked as a request's (`database/creds/web/<*>`). Mined,
    # the paths of one operation were one `<*>`: every secret read one group.
    template = f"{kind} {operation} {target_route('/' + path)[1:]}"
    error = obj.get("error")
    if type(error) is str and error.strip():
        items = [line[3:] for line in error.split("\n") if line.startswith("\t* ")]
        reason = f": {'; '.join(items) or error.strip()}"
        # A reason of words is the refusal's wording; one with digits holds values.
        text = text + reason
        template += reason if not any(c.isdigit() for c in reason) else ": {error}"
        out["level"] = "warning"
    else:
        out["level"] = "info"
    out["message"] = text
    out["message_template"] = template
    return out


_KLOG_JSON_KEYS = frozenset(("ts", "caller", "msg"))
_LEVEL_NAMES = frozenset(("level", "severity", "lvl", "levelname", "log.level"))


def _klog_json(obj: dict[str, Any]) -> dict[str, Any] | None:
    """Kubernetes' JSON log format (component-base's `--logging-format=json`: the kubelet, the
    API server, controllers on klog/logr): no level key; `InfoS` writes its verbosity `v`,
    `ErrorS` its error `err` and no `v`. Every `v` is info, as klog's text prints `I` for any
    verbosity; an error record is an error."""
    out = dict(obj)
    if type(obj.get("v")) is int:
        out["level"] = "info"
    elif "err" in obj:
        out["level"] = "error"
    return out


_LAMBDA_PLATFORM_KEYS = frozenset(("time", "type", "record"))
_LAMBDA_PLATFORM_LEVELS = {"platform.report": "info", "platform.initReport": "info"}


def _lambda_platform(obj: dict[str, Any]) -> dict[str, Any] | None:
    """AWS Lambda's platform records in its JSON log format (`{"time", "type":
    "platform.start", "record": {...}}`), as its text lines read (`awslambda`): debug, a report
    info, one whose status is not success (a timeout, a crash) an error. The record's type is
    the message, the request id an attribute, the rest of the record kept as it is."""
    kind, record = obj.get("type"), obj.get("record")
    if type(kind) is not str or not kind.startswith("platform.") or type(record) is not dict:
        return None
    out = {k: v for k, v in obj.items() if k not in ("type", "record")}
    rest = dict(record)
    if type(rest.get("requestId")) is str:
        out["request_id"] = rest.pop("requestId")
    status = rest.get("status")
    level = _LAMBDA_PLATFORM_LEVELS.get(kind, "debug")
    text = kind
    if type(status) is str and status and status != "success":
        level = "error"
        text = f"{kind} {status}"  # `timeout`, `error`, `failure`: the outcome is the event
    out["message"] = text
    out["message_template"] = text
    out["level"] = level
    if rest:
        out["record"] = rest
    return out


# FoundationDB's trace files (`--trace-format json`): every event names its type, and its
# severity is a number (SevVerbose 5, SevInfo 10, SevWarn 20, SevWarnAlways 30, SevError 40).
_FDB_KEYS = frozenset(("Severity", "Time", "Type", "ID", "Machine"))
_FDB_LEVELS = {"5": "debug", "10": "info", "20": "warning", "30": "warning", "40": "error"}


def _foundationdb(obj: dict[str, Any]) -> dict[str, Any] | None:
    """A FoundationDB trace event: no message, its `Type` (`ConnectionClosed`,
    `ProcessMetrics`) the event's name and template, `Time` unix seconds, `Severity` the
    level; the other fields (the `ID`, the `Machine`, the event's own) kept as they are."""
    kind = obj.get("Type")
    if type(kind) is not str or not kind:
        return None
    out = {k: v for k, v in obj.items() if k not in ("Type", "Time", "DateTime", "Severity")}
    out["message"] = kind
    out["message_template"] = kind
    severity = str(obj.get("Severity"))
    out["severity"] = severity
    level = _FDB_LEVELS.get(severity)
    if level is not None:
        out["level"] = level
    time = obj.get("Time")
    try:
        out["timestamp"] = float(time)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        if obj.get("DateTime") is not None:
            out["timestamp"] = obj["DateTime"]
    return out


@lru_cache(maxsize=1024)
def dialect_adapter(keys: tuple[str, ...]) -> Adapter | None:
    """The rewrite for records with these keys, or None: they are read as they stand."""
    names = frozenset(keys)
    if {"LogLevel", "Category", "Message"} <= names:
        return _dotnet
    if {"MessageTemplate", "Level", "Timestamp"} <= names:
        return _serilog
    if names == {"text", "record"}:
        return _loguru
    if "loggerName" in names and ("instant" in names or "timeMillis" in names):
        return _log4j2
    if "short_message" in names and "version" in names:
        return _gelf
    if names >= _JBOSS_KEYS:
        return _jboss
    if {"fields", "target", "level"} <= names:
        return _tracing
    if names >= _NEXTCLOUD_KEYS:
        return _nextcloud
    if "exception.backtrace" in names or "error_backtrace" in names:
        return _gitlab
    if "logName" in names and "resource" in names:
        return _google_cloud
    if "@t" in names and ("@mt" in names or "@m" in names):
        return _clef
    if names >= _K8S_AUDIT_KEYS and "kind" in names:
        return _kubernetes_audit
    if names >= _ELASTICSEARCH_KEYS and "logger" not in names:
        return _elasticsearch
    if names >= _CLOUDTRAIL_KEYS:
        return _cloudtrail
    if {"CloudTrailEvent", "EventName"} <= names:
        return _cloudtrail_lookup
    if {"timestamp", "message"} <= names and not names.isdisjoint(_CLOUDWATCH_STREAM_KEYS):
        return _cloudwatch_event
    if "event_type" in names and "timestamp" in names and not names.isdisjoint(_SURICATA_KINDS):
        return _suricata
    if {"error_severity", "backend_type", "message"} <= names:
        return _postgres_jsonlog
    if names == _LAMBDA_PLATFORM_KEYS:
        return _lambda_platform
    if names >= _VAULT_AUDIT_KEYS and "auth" in names:
        return _vault_audit
    if names >= _AZURE_KEYS and "message" not in names:
        return _azure_resource_log
    if ("kubernetes" in names or names >= _DOCKER_DRIVER_KEYS) and not names.isdisjoint(
        _SHIPPED_LINE_KEYS
    ):
        return _container_shipped
    if names >= _KLOG_JSON_KEYS and ("v" in names or "err" in names) and not names & _LEVEL_NAMES:
        return _klog_json
    if names >= _FDB_KEYS:
        return _foundationdb
    if ("timeUnixNano" in names or "observedTimeUnixNano" in names) and (
        "body" in names or "severityNumber" in names or "severityText" in names
    ):
        return _otlp
    if "Body" in names and ("SeverityText" in names or "SeverityNumber" in names):
        return _otel_data_model
    if names >= _CLOUDEVENT_KEYS:
        return _cloudevent
    return None
