"""The exception hierarchy applications raise: `AppError` and one subclass per usual category.

Owns `AppError` and its subclasses. Each class carries a default `severity` (errctl's names:
low, medium, high, critical), the logging `level` that severity implies (what `@capture` logs
it at), an HTTP status for web applications, and an optional machine-readable `code`; each
instance may override `severity` and `code` and carries a `context` dict that the formatter
merges into the event's context.

The message stays the exception's whole `str()`: variable data belongs in `context`, where it
does not make every occurrence look different (errctl groups by type and frames, not message,
but people read the message).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "SEVERITY_LEVELS",
    "AppError",
    "ConfigurationError",
    "ConflictError",
    "DatabaseError",
    "ExternalServiceError",
    "NotFoundError",
    "PermissionDeniedError",
    "ValidationError",
]

SEVERITY_LEVELS: dict[str, int] = {
    "low": logging.WARNING,
    "medium": logging.WARNING,
    "high": logging.ERROR,
    "critical": logging.CRITICAL,
}
"""The logging level each severity is logged at: expected, client-caused errors are warnings."""


class AppError(Exception):
    """Base class of an application's own errors.

    >>> raise NotFoundError("no such order", code="order_not_found", order_id=oid)
    """

    severity: ClassVar[str] = "high"
    code: str | None = None
    http_status: ClassVar[int] = 500

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        severity: str | None = None,
        context: Mapping[str, Any] | None = None,
        **context_values: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if severity is not None:
            if severity not in SEVERITY_LEVELS:
                raise ValueError(
                    f"severity must be one of {', '.join(SEVERITY_LEVELS)}, not {severity!r}"
                )
            self.severity = severity  # type: ignore[misc]
        self.context: dict[str, Any] = {**(context or {}), **context_values}

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments defeat Exception's default pickling (multiprocessing, queues).
        return (self.__class__, (self.message,), dict(self.__dict__))

    @property
    def level(self) -> int:
        """The logging level for this error's severity."""
        return SEVERITY_LEVELS.get(self.severity, logging.ERROR)

    def to_dict(self) -> dict[str, Any]:
        """The parts the formatter writes besides type and message."""
        out: dict[str, Any] = {"severity": self.severity}
        if self.code is not None:
            out["code"] = self.code
        if self.context:
            out["context"] = dict(self.context)
        return out


class ValidationError(AppError):
    """Input that breaks the rules: the caller's fault, expected, fixed by the caller."""

    severity = "low"
    http_status = 400


class NotFoundError(AppError):
    """Something asked for does not exist."""

    severity = "low"
    http_status = 404


class PermissionDeniedError(AppError):
    """The caller may not do this (named so as not to shadow the builtin PermissionError)."""

    severity = "medium"
    http_status = 403


class ConflictError(AppError):
    """The request clashes with the current state (a duplicate, a stale version)."""

    severity = "medium"
    http_status = 409


class ExternalServiceError(AppError):
    """A service we depend on failed or timed out; raise it `from` the client's error."""

    severity = "high"
    http_status = 502


class DatabaseError(AppError):
    """The database failed us; raise it `from` the driver's error."""

    severity = "high"
    http_status = 500


class ConfigurationError(AppError):
    """The application is set up wrong and cannot work until someone fixes it."""

    severity = "critical"
    http_status = 500
