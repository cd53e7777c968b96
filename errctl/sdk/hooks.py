"""Where errors get logged: the global hooks for what nobody caught, and `capture` for what a
function or block wants to log with its context.

Owns `install_excepthook`, `uninstall_excepthook`, `asyncio_exception_handler` and `capture`.

- `install_excepthook()` covers the three places an exception can escape a Python program:
  `sys.excepthook` (the main thread; logged CRITICAL, the process ends), `threading.excepthook`
  (a thread dies; ERROR) and the asyncio loop's exception handler (a callback raised, a task's
  exception was never retrieved; ERROR). A loop handler is per loop: the running loop (or the one
  passed) gets it; under `asyncio.run(main())` call `install_excepthook()` inside `main`, or set
  `loop.set_exception_handler(asyncio_exception_handler)` yourself. Each hook logs the
  exception with the context it was raised in (attached by `context(...)` and `bind_context` as
  it left them) and never raises itself; KeyboardInterrupt and a thread's SystemExit are left to
  Python.
- `capture` logs an exception with context and re-raises it, or returns (or, as a `with` block,
  suppresses to) a default when given one. An exception is logged once by all the `capture`s it
  passes through: the innermost, which knows most. The hooks log it again if it then goes
  uncaught, because that is a different fact (the program, thread or task died of it).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
import threading
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

from errctl.sdk.context import attach_context, context
from errctl.sdk.errors import AppError

__all__ = [
    "Capture",
    "asyncio_exception_handler",
    "capture",
    "install_excepthook",
    "uninstall_excepthook",
]

DEFAULT_LOGGER = "uncaught"
_LOGGED_ATTR = "__errctl_logged__"
_MISSING: Any = object()

_state: dict[str, Any] = {"logger": None, "previous": None, "previous_thread": None}


def _hook_logger() -> logging.Logger:
    return _state["logger"] or logging.getLogger(DEFAULT_LOGGER)


def _sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    previous = _state["previous"] or sys.__excepthook__
    if issubclass(exc_type, KeyboardInterrupt):
        previous(exc_type, exc, tb)
        return
    try:
        _hook_logger().critical("uncaught exception", exc_info=(exc_type, exc, tb))
    except Exception:
        previous(exc_type, exc, tb)  # logging is broken: at least Python's own report
        return
    if _state.get("call_previous"):
        previous(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return  # what threading's own hook ignores too
    name = args.thread.name if args.thread is not None else "?"
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    try:
        _hook_logger().error(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, exc, args.exc_traceback),
        )
    except Exception:
        (_state["previous_thread"] or threading.__excepthook__)(args)


def asyncio_exception_handler(loop: Any, ctx: Mapping[str, Any]) -> None:
    """An asyncio loop exception handler that logs through the SDK's formatter."""
    exc = ctx.get("exception")
    message = str(ctx.get("message") or "unhandled exception in event loop")
    extra: dict[str, Any] = {}
    for key in ("task", "future", "handle"):
        if ctx.get(key) is not None:
            extra[f"asyncio_{key}"] = repr(ctx[key])
    try:
        _hook_logger().error(
            message,
            exc_info=(type(exc), exc, exc.__traceback__)
            if isinstance(exc, BaseException)
            else None,
            extra=extra,
        )
    except Exception:
        loop.default_exception_handler(ctx)


def install_excepthook(
    logger: logging.Logger | str | None = None,
    *,
    loop: Any = None,
    threads: bool = True,
    call_previous: bool = False,
) -> None:
    """Log uncaught exceptions: sys.excepthook, threading.excepthook (with `threads`) and the
    running (or given) asyncio loop's exception handler.

    `logger` defaults to the `uncaught` logger. With `call_previous`, Python's own report is
    printed after the event is logged (the console handler of `configure` prints it already).
    Calling it again replaces the settings; the original hooks are kept for `uninstall_excepthook`.
    """
    if isinstance(logger, str):
        logger = logging.getLogger(logger)
    _state["logger"] = logger
    _state["call_previous"] = call_previous
    if sys.excepthook is not _sys_hook:
        _state["previous"] = sys.excepthook
        sys.excepthook = _sys_hook
    if threads and threading.excepthook is not _thread_hook:
        _state["previous_thread"] = threading.excepthook
        threading.excepthook = _thread_hook
    if loop is None and "asyncio" in sys.modules:
        # Only a loop that exists can take a handler; importing asyncio just to find none would
        # cost every non-async program the import.
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
    if loop is not None:
        loop.set_exception_handler(asyncio_exception_handler)


def uninstall_excepthook() -> None:
    """Put back the hooks that were there before `install_excepthook`."""
    if sys.excepthook is _sys_hook:
        sys.excepthook = _state["previous"] or sys.__excepthook__
    if threading.excepthook is _thread_hook:
        threading.excepthook = _state["previous_thread"] or threading.__excepthook__


def _already_logged(exc: BaseException) -> bool:
    return bool(getattr(exc, _LOGGED_ATTR, False))


def _mark_logged(exc: BaseException) -> None:
    with contextlib.suppress(AttributeError, TypeError):
        setattr(exc, _LOGGED_ATTR, True)


class Capture:
    """See `capture`. One instance serves as decorator or as a `with` block; `exception` holds
    the last exception a `with` block captured (per instance: do not share one across threads)."""

    def __init__(
        self,
        *,
        logger: logging.Logger | str | None = None,
        message: str | None = None,
        level: int | str | None = None,
        reraise: bool | None = None,
        default: Any = _MISSING,
        exceptions: type[BaseException] | tuple[type[BaseException], ...] = Exception,
        context_values: Mapping[str, Any] | None = None,
    ) -> None:
        self.logger = logging.getLogger(logger) if isinstance(logger, str) else logger
        self.message = message
        self.level = logging.getLevelName(level.upper()) if isinstance(level, str) else level
        self.default = None if default is _MISSING else default
        self.reraise = reraise if reraise is not None else default is _MISSING
        self.exceptions = exceptions
        self.context_values = dict(context_values or {})
        self.exception: BaseException | None = None
        self._blocks: list[context] = []

    def log(self, exc: BaseException, where: str, module: str | None) -> None:
        attach_context(exc)
        if _already_logged(exc):
            return
        _mark_logged(exc)
        logger = self.logger or logging.getLogger(module or DEFAULT_LOGGER)
        if self.level is not None:
            level = self.level
        elif isinstance(exc, AppError):
            level = exc.level
        else:
            level = logging.ERROR
        # A fixed message per call site keeps the template exact: the variable part of an
        # error is its exception value and its context, both stored apart.
        message = self.message or f"{where} failed"
        logger.log(level, message, exc_info=(type(exc), exc, exc.__traceback__))

    # -- as a decorator

    def __call__(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        import inspect

        where = getattr(fn, "__qualname__", repr(fn))
        module = getattr(fn, "__module__", None)
        values = self.context_values

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def awrapper(*args: Any, **kwargs: Any) -> Any:
                with context(values):
                    try:
                        return await fn(*args, **kwargs)
                    except self.exceptions as exc:
                        self.log(exc, where, module)
                        if self.reraise:
                            raise
                        return self.default

            return awrapper

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with context(values):
                try:
                    return fn(*args, **kwargs)
                except self.exceptions as exc:
                    self.log(exc, where, module)
                    if self.reraise:
                        raise
                    return self.default

        return wrapper

    # -- as a with block

    def __enter__(self) -> Capture:
        self.exception = None
        block = context(self.context_values)
        block.__enter__()
        self._blocks.append(block)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        block = self._blocks.pop()
        try:
            if exc is None or not isinstance(exc, self.exceptions):
                return False
            self.exception = exc
            # The frame holding the `with` names the call site, as a function name does for
            # the decorator.
            code = tb.tb_frame.f_code if tb is not None else None
            where = code.co_qualname if code is not None else "block"
            module = tb.tb_frame.f_globals.get("__name__") if tb is not None else None
            self.log(exc, where, module)
            return not self.reraise
        finally:
            block.__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Capture:
        return self.__enter__()

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        return self.__exit__(exc_type, exc, tb)


def capture(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    logger: logging.Logger | str | None = None,
    message: str | None = None,
    level: int | str | None = None,
    reraise: bool | None = None,
    default: Any = _MISSING,
    exceptions: type[BaseException] | tuple[type[BaseException], ...] = Exception,
    **context_values: Any,
) -> Any:
    """Log exceptions with their context, then re-raise them (or return `default`).

    As a decorator, `@capture` or `@capture(message=..., default=None, order_id=...)`; as a
    block, `with capture(message="charging", order_id=oid):`. Keyword arguments other than the
    options are context for everything logged inside. The level is `level`, else the
    `AppError`'s severity level (a validation error is a warning), else ERROR; the logger is
    `logger`, else the decorated function's (or the block's) module logger. Given `default`
    (or `reraise=False`), the exception is not re-raised: the function returns `default`, the
    block is left quietly.
    """
    cap = Capture(
        logger=logger,
        message=message,
        level=level,
        reraise=reraise,
        default=default,
        exceptions=exceptions,
        context_values=context_values,
    )
    return cap(fn) if fn is not None else cap
