"""errctl.sdk: what Python applications import to write the logs errctl reads best.

Standard library only, and nothing from the rest of errctl (tests/sdk/test_isolation.py holds it
to that), so an application can vendor or depend on it without errctl's CLI dependencies.

    from errctl import sdk

    sdk.configure(service="shop", log_dir="logs")     # console + JSON lines + errors file
    sdk.install_excepthook()                          # sys, threading and asyncio hooks

    with sdk.context(request_id=rid, user_id=uid):    # every event inside carries these
        place_order(...)

    @sdk.capture(default=None)                        # log with context, return None
    def place_order(...):
        raise sdk.NotFoundError("unknown sku", code="sku_not_found", sku=sku)

See docs/sdk.md for the event fields and how errctl ingests them.
"""

from errctl.sdk.context import CONTEXT, bind_context, context, exception_context, get_context
from errctl.sdk.errors import (
    AppError,
    ConfigurationError,
    ConflictError,
    DatabaseError,
    ExternalServiceError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from errctl.sdk.formatter import ConsoleFormatter, ContextFilter, JsonFormatter, exception_chain
from errctl.sdk.hooks import (
    asyncio_exception_handler,
    capture,
    install_excepthook,
    uninstall_excepthook,
)
from errctl.sdk.logging_setup import Settings, configure, remove_handlers
from errctl.sdk.scrub import scrub_text, scrub_value

__all__ = [
    "CONTEXT",
    "AppError",
    "ConfigurationError",
    "ConflictError",
    "ConsoleFormatter",
    "ContextFilter",
    "DatabaseError",
    "ExternalServiceError",
    "JsonFormatter",
    "NotFoundError",
    "PermissionDeniedError",
    "Settings",
    "ValidationError",
    "asyncio_exception_handler",
    "bind_context",
    "capture",
    "configure",
    "context",
    "exception_chain",
    "exception_context",
    "get_context",
    "install_excepthook",
    "remove_handlers",
    "scrub_text",
    "scrub_value",
    "uninstall_excepthook",
]
