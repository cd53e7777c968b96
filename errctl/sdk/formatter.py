"""Log records -> the JSON-lines events errctl ingests best, and the human console format.

Owns `JsonFormatter`, `ConsoleFormatter`, `ContextFilter` and `exception_chain`. One event per
line, with the field names errctl's ingest maps (errctl/formats/fields.py):

    timestamp        ISO 8601 UTC with microseconds and `Z`
    level            `debug`, `info`, `warning`, `error`, `critical` (lower case)
    service, host, logger, message (the formatted message)
    message_template the message before `%` formatting (`record.msg`), so grouping can be exact
    exc_info         the traceback text exactly as Python prints it (what ingest parses today)
    exception        the same chain, structured: [{type, value, frames: [{file, module, function,
                     lineno, source, in_app}], ...}], the exception raised first then its causes
                     (errctl's chain order), then exception-group members; frames outermost first
    error_code, error_severity   from an `AppError`
    trace_id, span_id            from the log call's `extra` or the context
    context          the merged context: the `context(...)` blocks, the one the exception was
                     raised in, `AppError.context`, and `extra={"context": {...}}`
    extra            every other `extra=` field (kept nested so it can never shadow a field
                     ingest reads, such as `time` or `msg`)
    thread, pid, stack_info

Promises: `format` never raises (a broken event still becomes a line with its message), the
line is valid JSON that errctl's reader accepts (no NaN, no lone surrogates), and every string
value passes through `scrub` when scrubbing is on (the default). Scrubbing is applied the same
way to `exc_info` and to `exception`, so both describe one chain and fingerprints do not move.
"""

from __future__ import annotations

import json
import linecache
import logging
import math
import os
import socket
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from errctl.sdk.context import CONTEXT, exception_context
from errctl.sdk.errors import AppError
from errctl.sdk.scrub import is_secret_key, scrub_text, scrub_value

__all__ = ["ConsoleFormatter", "ContextFilter", "JsonFormatter", "exception_chain"]

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
    "errctl_context",
}
_PROMOTED = frozenset({"context", "trace_id", "span_id"})

MAX_FRAMES = 250  # per exception; a deep recursion keeps its outermost and innermost frames
_KEEP_OUTER = 50
MAX_CHAIN = 32  # exceptions per chain, causes and group members together
MAX_GROUP_DEPTH = 16

_LIBRARY_MARKERS = ("site-packages", "dist-packages")
_STDLIB_DIR = os.path.dirname(os.__file__)
_SDK_DIR = os.path.dirname(os.path.abspath(__file__))


def _is_in_app(path: str) -> bool:
    """Sentry's rule, as errctl's fingerprinting applies it: installed packages, the standard
    library, frozen modules and this SDK's own wrappers are not the application."""
    if path.startswith("<"):
        return not path.startswith("<frozen ")
    if any(m in path for m in _LIBRARY_MARKERS):
        return False
    full = os.path.abspath(path)
    return not (full.startswith(_STDLIB_DIR + os.sep) or full.startswith(_SDK_DIR + os.sep))


def _type_name(exc_type: type[BaseException]) -> str:
    # The same qualification the traceback module prints, so `exception` and `exc_info` agree.
    module = exc_type.__module__
    qualname = exc_type.__qualname__
    return qualname if module in ("__main__", "builtins") else f"{module}.{qualname}"


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:
        return f"<exception str() failed: {type(exc).__name__}>"


def _frames(tb: TracebackType | None, scrub: bool) -> tuple[list[dict[str, Any]], int]:
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    omitted = 0
    if len(entries) > MAX_FRAMES:
        omitted = len(entries) - MAX_FRAMES
        entries = entries[:_KEEP_OUTER] + entries[-(MAX_FRAMES - _KEEP_OUTER) :]
    frames = []
    for frame, lineno in entries:
        code = frame.f_code
        path = code.co_filename
        source = linecache.getline(path, lineno, frame.f_globals).strip() or None
        if source and scrub:
            source = scrub_text(source)
        module = frame.f_globals.get("__name__")
        frames.append(
            {
                "file": path,
                "module": module if isinstance(module, str) else None,
                "function": code.co_name,  # what tracebacks print, and ingest's parser reads
                "lineno": lineno,
                "source": source,
                "in_app": _is_in_app(path),
            }
        )
    return frames, omitted


def _exception_entry(exc: BaseException, tb: TracebackType | None, scrub: bool) -> dict[str, Any]:
    value = _safe_str(exc)
    frames, omitted = _frames(tb, scrub)
    entry: dict[str, Any] = {
        "type": _type_name(type(exc)),
        "value": scrub_text(value) if scrub else value,
        "frames": frames,
    }
    if omitted:
        entry["frames_omitted"] = omitted
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list) and notes:
        entry["notes"] = [scrub_text(str(n)) if scrub else str(n) for n in notes]
    if isinstance(exc, AppError):
        details = _plain(exc.to_dict())
        entry.update(scrub_value(details) if scrub else details)
    return entry


def exception_chain(
    exc: BaseException, tb: TracebackType | None = None, *, scrub: bool = True
) -> list[dict[str, Any]]:
    """The structured chain of `exc`: itself first, then its causes (`__cause__`, or
    `__context__` unless suppressed), then the members of any exception group in it, in the
    order errctl's traceback parser produces for the same exception printed as text."""
    seen: set[int] = set()

    def walk(
        first: BaseException, first_tb: TracebackType | None, depth: int
    ) -> list[dict[str, Any]]:
        main: list[dict[str, Any]] = []
        groups: list[list[dict[str, Any]]] = []
        cur: BaseException | None = first
        cur_tb = first_tb
        while cur is not None and id(cur) not in seen and len(seen) < MAX_CHAIN:
            seen.add(id(cur))
            main.append(_exception_entry(cur, cur_tb, scrub))
            if isinstance(cur, BaseExceptionGroup) and depth < MAX_GROUP_DEPTH:
                members: list[dict[str, Any]] = []
                for sub in cur.exceptions:
                    members.extend(walk(sub, sub.__traceback__, depth + 1))
                groups.append(members)
            nxt = cur.__cause__
            if nxt is None and not cur.__suppress_context__:
                nxt = cur.__context__
            cur = nxt
            cur_tb = nxt.__traceback__ if nxt is not None else None
        # Python prints causes first, and errctl's parser keeps group members in printed order.
        for members in reversed(groups):
            main.extend(members)
        return main

    return walk(exc, tb if tb is not None else exc.__traceback__, 0)


def _traceback_text(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb)).rstrip("\n")


def _plain(value: Any, depth: int = 0) -> Any:
    """`value` as JSON types: string keys, lists, finite numbers, str() of anything else."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)  # NaN is not JSON; ingest drops it
    if depth > 16:
        return "[...]"
    if isinstance(value, Mapping):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    try:
        return str(value)
    except Exception:
        return f"<{type(value).__name__}>"


def _safe_message(record: logging.LogRecord) -> str:
    """The raw message when formatting it failed: `msg` itself, or as a last resort its repr."""
    try:
        return str(record.msg)
    except Exception:
        try:
            return object.__repr__(record.msg)
        except Exception:
            return "<unprintable message>"


def _iso_utc(created: float) -> str:
    return datetime.fromtimestamp(created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _exc_parts(
    record: logging.LogRecord,
) -> tuple[type[BaseException], BaseException, TracebackType | None] | None:
    ei = record.exc_info
    if not ei or ei is True or ei[1] is None:
        return None
    exc_type, exc, tb = ei
    return (exc_type or type(exc), exc, tb)


class ContextFilter(logging.Filter):
    """Snapshots the current context onto each record (`record.errctl_context`) in the thread
    that logs it, so a formatter running elsewhere (a QueueListener) still sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "errctl_context"):
            record.errctl_context = dict(CONTEXT.get())
        return True


def record_context(record: logging.LogRecord) -> dict[str, Any]:
    """The context of a record, merged from weakest to strongest: the blocks it was logged in,
    the block its exception was raised in, the exception's own `AppError.context`, and the
    `context` passed in `extra`."""
    snap = getattr(record, "errctl_context", None)
    ctx: dict[str, Any] = dict(snap) if isinstance(snap, Mapping) else dict(CONTEXT.get())
    parts = _exc_parts(record)
    if parts is not None:
        exc = parts[1]
        ctx.update(exception_context(exc))
        if isinstance(exc, AppError) and exc.context:
            ctx.update(exc.context)
    extra_ctx = record.__dict__.get("context")
    if isinstance(extra_ctx, Mapping):
        ctx.update(extra_ctx)
    return ctx


class JsonFormatter(logging.Formatter):
    """One JSON object per record, in errctl's native schema (see the module docstring).

    `service` and `host` default to `$ERRCTL_SERVICE` and the machine's host name; `scrub`
    turns secret masking off only for tests and trusted sinks.
    """

    def __init__(
        self,
        service: str | None = None,
        *,
        host: str | None = None,
        scrub: bool = True,
        static_fields: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.service = service or os.environ.get("ERRCTL_SERVICE") or None
        self.host = host if host is not None else socket.gethostname()
        self.scrub = scrub
        self.static_fields = dict(static_fields or {})

    def format(self, record: logging.LogRecord) -> str:
        try:
            event = self.to_event(record)
        except Exception as e:  # never lose the event because one part of it failed
            event = {
                "timestamp": _iso_utc(record.created),
                "level": record.levelname.lower(),
                "service": self.service,
                "logger": record.name,
                "message": self._text(_safe_message(record)),
                "formatter_error": f"{type(e).__name__}: {e}",
            }
        line = json.dumps(event, ensure_ascii=False, separators=(",", ":"), default=str)
        if not line.isascii():
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogates: errctl's JSON reader rejects them
                line = line.encode("utf-8", "replace").decode("utf-8")
        return line

    def _text(self, text: str) -> str:
        return scrub_text(text) if self.scrub else text

    def to_event(self, record: logging.LogRecord) -> dict[str, Any]:
        """The event as a dict (what `format` serialises)."""
        message = record.getMessage()
        template = record.msg if isinstance(record.msg, str) else _safe_message(record)
        event: dict[str, Any] = {
            "timestamp": _iso_utc(record.created),
            "level": record.levelname.lower(),
            "service": self.service,
            "host": self.host,
            "logger": record.name,
            "message": self._text(message),
            "message_template": self._text(template),
        }
        parts = _exc_parts(record)
        if parts is not None:
            exc_type, exc, tb = parts
            event["exc_info"] = self._text(_traceback_text(exc_type, exc, tb))
            event["exception"] = exception_chain(exc, tb, scrub=self.scrub)
            if isinstance(exc, AppError):
                if exc.code is not None:
                    event["error_code"] = exc.code
                event["error_severity"] = exc.severity

        ctx = _plain(record_context(record))
        extras = {
            k: v
            for k, v in record.__dict__.items()
            if k not in _STANDARD_ATTRS and k not in _PROMOTED and not k.startswith("_")
        }
        for key in ("trace_id", "span_id"):
            value = record.__dict__.get(key)
            if value is None:
                value = ctx.pop(key, None)
            else:
                ctx.pop(key, None)
            if value is not None:
                event[key] = str(value)
        if ctx:
            event["context"] = scrub_value(ctx) if self.scrub else ctx
        if extras:
            extras = _plain(extras)
            event["extra"] = scrub_value(extras) if self.scrub else extras
        if record.stack_info:
            event["stack_info"] = self._text(record.stack_info)
        event["thread"] = record.threadName
        event["pid"] = record.process
        for k, v in self.static_fields.items():
            event.setdefault(k, v)
        return event


class ConsoleFormatter(logging.Formatter):
    """The human format, `2024-05-01 12:00:00,123 ERROR shop.orders: message [k=v ...]`, which
    errctl's python-logging parser also reads; context appended, secrets masked."""

    default_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"

    def __init__(self, fmt: str | None = None, *, scrub: bool = True) -> None:
        super().__init__(fmt or self.default_format)
        self.scrub = scrub

    def formatMessage(self, record: logging.LogRecord) -> str:
        text = super().formatMessage(record)
        ctx = record_context(record)
        if ctx:
            pairs = " ".join(
                f"{k}=[REDACTED]" if self.scrub and is_secret_key(str(k)) else f"{k}={v}"
                for k, v in ctx.items()
            )
            text = f"{text} [{pairs}]"
        return scrub_text(text) if self.scrub else text

    def formatException(self, ei: Any) -> str:
        text = super().formatException(ei)
        return scrub_text(text) if self.scrub else text

    def formatStack(self, stack_info: str) -> str:
        return scrub_text(stack_info) if self.scrub else stack_info
