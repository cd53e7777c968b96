"""JSON records whose fields the aliases of `fields` cannot reach: each is rewritten into the
common form (flat `message`, `level`, `timestamp`, `logger`, `stack_trace`, ...) first.

- Loguru's `serialize=True`: `{"text": "<the formatted line>", "record": {...}}`, every field
  nested in `record` (`level.name`, `time.timestamp`, `name`, `exception`), the values of
  `bind()` in `record.extra`, and the formatted traceback only in `text`.
- log4j2's JsonLayout: the time as `instant` (`epochSecond`, `nanoOfSecond`) or `timeMillis`,
  the logger as `loggerName`, the exception as a `thrown` object (`name`, `message`, the frames
  in `extendedStackTrace`, its `cause`), the MDC in `contextMap` (`contextData` in later
  versions).
- GELF (Graylog's format): `short_message` and `full_message`, `level` a syslog severity, and
  the sender's own fields with a leading underscore (`_service` is the service).

Owns `dialect_adapter`: the rewrite for a record's keys, or None for any other record. Asked
once per distinct key set by `fields` (records of one application share their keys), so other
records pay a dict lookup. A rewrite returns a new dict, or None when the record is not of its
dialect after all (a `record` that is no object): it is then read as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from errctl.formats.levels import syslog_severity_level
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
    trace = _java_trace(obj.get("thrown"))
    if trace is not None:
        out["stack_trace"] = trace
    return out


def _java_trace(thrown: Any) -> str | None:
    """A `thrown` object as the JVM prints it: `Type: message`, `\\tat` frames, `Caused by:`."""
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


def _gelf(obj: dict[str, Any]) -> dict[str, Any] | None:
    short = obj.get("short_message")
    if type(short) is not str:
        return None
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if key[:1] == "_" and len(key) > 1 and key != "_id":
            out[key[1:]] = value  # the sender's additional fields
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


@lru_cache(maxsize=1024)
def dialect_adapter(keys: tuple[str, ...]) -> Adapter | None:
    """The rewrite for records with these keys, or None: they are read as they stand."""
    names = frozenset(keys)
    if names == {"text", "record"}:
        return _loguru
    if "loggerName" in names and ("instant" in names or "timeMillis" in names):
        return _log4j2
    if "short_message" in names and "version" in names:
        return _gelf
    return None
