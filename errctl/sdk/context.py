"""Error context: key/value pairs (request id, user id, ...) that every event inside carries.

Owns the context variable `CONTEXT`, the `context(**values)` manager that layers values on it,
`get_context()`, `bind_context(fn)` for threads, and the snapshot that travels with an exception.

Promises:
- The context is a `contextvars.ContextVar` holding an immutable mapping, so asyncio tasks
  inherit their creator's context and never see one another's changes, and each thread starts
  from an empty context. A thread does not inherit its creator's context (Python does not copy
  it into new threads): `bind_context(fn)` runs `fn` in a copy of the caller's context, for
  `threading.Thread(target=...)` and `executor.submit(...)`.
- `with context(...)` restores exactly what was there before it (a ContextVar token is reset),
  also when the block exits with an exception.
- When an exception leaves a `context(...)` block or a `bind_context` function, the context it
  was raised in is attached to it (`exception_context(exc)`), so the hooks that log it later,
  outside every block, still know the request it belonged to. The innermost block wins.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token, copy_context
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar

__all__ = [
    "CONTEXT",
    "bind_context",
    "context",
    "exception_context",
    "get_context",
]

_EMPTY: Mapping[str, Any] = MappingProxyType({})
CONTEXT: ContextVar[Mapping[str, Any]] = ContextVar("errctl_sdk_context", default=_EMPTY)
"""The current context, an immutable mapping. Prefer `context(...)` to setting it directly."""

_EXC_ATTR = "__errctl_context__"

P = ParamSpec("P")
R = TypeVar("R")


def get_context() -> dict[str, Any]:
    """A copy of the current context."""
    return dict(CONTEXT.get())


def attach_context(exc: BaseException, values: Mapping[str, Any] | None = None) -> None:
    """Remember on `exc` the context it was raised in, unless an inner block already did."""
    if getattr(exc, _EXC_ATTR, None) is not None:
        return
    snapshot = dict(CONTEXT.get() if values is None else values)
    if not snapshot:
        return
    # Some exception types refuse new attributes (__slots__, C types): they go without.
    with contextlib.suppress(AttributeError, TypeError):
        setattr(exc, _EXC_ATTR, snapshot)


def exception_context(exc: BaseException) -> dict[str, Any]:
    """The context attached to `exc` when it left a `context` block, or {}."""
    found = getattr(exc, _EXC_ATTR, None)
    return dict(found) if isinstance(found, Mapping) else {}


class context:
    """Add key/value pairs to the context for the duration of a `with` (or `async with`) block,
    or of every call of a decorated function.

    >>> with context(request_id="r-1", user_id=42):
    ...     log.info("charged")   # the event carries {"request_id": "r-1", "user_id": 42}
    """

    def __init__(self, values: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        self.values = {**(values or {}), **kwargs}
        self._tokens: list[Token[Mapping[str, Any]]] = []

    def __enter__(self) -> dict[str, Any]:
        merged = {**CONTEXT.get(), **self.values}
        # A stack of tokens makes one instance re-entrant (a decorated recursive function).
        self._tokens.append(CONTEXT.set(MappingProxyType(merged)))
        return dict(merged)

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        if exc is not None:
            attach_context(exc)
        CONTEXT.reset(self._tokens.pop())

    async def __aenter__(self) -> dict[str, Any]:
        return self.__enter__()

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self.__exit__(exc_type, exc, tb)

    def __call__(self, fn: Callable[P, R]) -> Callable[P, R]:
        import inspect

        values = self.values
        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def awrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                with context(values):
                    return await fn(*args, **kwargs)

            return awrapper  # type: ignore[return-value]

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            with context(values):
                return fn(*args, **kwargs)

        return wrapper


def bind_context(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` bound to a copy of the caller's context, to run in another thread.

    >>> threading.Thread(target=bind_context(worker), args=(job,)).start()
    """
    ctx = copy_context()

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        def call() -> R:
            try:
                return fn(*args, **kwargs)
            except BaseException as exc:
                attach_context(exc)
                raise

        # A copy per call: the same bound function may run in several threads at once, and a
        # Context object cannot be entered twice concurrently.
        return ctx.copy().run(call)

    return run
