"""The ErrctlError tree and the exit-code table.

Exit codes are an API (DESIGN.md section 3): numbers are never reused. Services raise these
errors; only `errctl.cli.main.main()` turns them into a message on stderr and an exit code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # gate failed, alert fired with --fail-on-fire
    USAGE = 2  # usage or configuration error
    INPUT = 3  # a path named that does not exist; input unreadable (with --strict)
    STORE = 4  # store locked past the timeout, corrupt, failed migration
    DELIVERY = 5  # a notification could not be delivered
    INTERRUPTED = 130
    # stdout closed before all was written (`| head`): 128 + SIGPIPE, as a shell reports `cat`
    # killed by it; 1 would read as findings (a failed gate) to a script.
    STDOUT_CLOSED = 141


EXIT_CODE_HELP = (
    "Exit codes: 0 ok; 1 findings; 2 usage or config error; 3 input missing, or unreadable "
    "(--strict); "
    "4 store error (locked, corrupt, migration); 5 delivery failed; 130 interrupted; 141 "
    "stdout closed early (| head)."
)


class ErrctlError(Exception):
    """Base of every error errctl reports to its user. `hint` is an optional next step."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(ErrctlError):
    exit_code = ExitCode.USAGE


class ConfigError(ErrctlError):
    exit_code = ExitCode.USAGE


class InputError(ErrctlError):
    exit_code = ExitCode.INPUT


class StoreError(ErrctlError):
    exit_code = ExitCode.STORE


class StoreLockedError(StoreError):
    """Another process held the store's write lock past --lock-timeout."""


class DeliveryError(ErrctlError):
    exit_code = ExitCode.DELIVERY
