"""Default severity: how bad an event is when no user rule says otherwise.

Four severities users triage by: critical, high, medium, low. The defaults (issue 4 adds
ordered user rules in front of them): critical and fatal levels, crashes and out-of-memory are
critical; errors with an exception are high; other errors medium; warnings low; below that,
no severity.
"""

from __future__ import annotations

import re

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")

# Messages that mean a process died or is about to, whatever level they were logged at.
CRASH_PATTERN = re.compile(
    r"out of memory|\boom[- ]?kill|\bkilled process\b|segmentation fault|\bsegfault\b|"
    r"\bcore dumped\b|^panic:|\bfatal error\b|OutOfMemoryError|MemoryError",
    re.IGNORECASE,
)
# Every CRASH_PATTERN match contains one of these: most messages skip the (slow) regex.
_CRASH_HINTS = ("memory", "oom", "kill", "segmentation", "segfault", "core dump", "panic", "fatal")


def looks_like_crash(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _CRASH_HINTS) and CRASH_PATTERN.search(text) is not None


def default_severity(level: str | None, has_exception: bool, text: str) -> str | None:
    """Severity of one event from its level, whether it carries a stack, and its text.

    `text` is the message plus the exception type, checked for crash signs only on events
    at warning level or above (so an info line mentioning OOM settings stays quiet).
    """
    if level == "critical":
        return "critical"
    if level in ("error", "warning") and looks_like_crash(text):
        return "critical"
    if level == "error":
        return "high" if has_exception else "medium"
    if level == "warning":
        return "low"
    return None


def default_reason(
    level: str | None, has_exception: bool, text: str, *, crash: bool | None = None
) -> tuple[str | None, str]:
    """`default_severity` with the reason in words (for `severity test` and `explain`).

    `crash` may carry `looks_like_crash(text)` already computed (batches compute it
    vectorised); None computes it here.
    """
    if level == "critical":
        return "critical", "level critical (or fatal) is critical"
    if level in ("error", "warning"):
        if crash is None:
            crash = looks_like_crash(text)
        if crash:
            return "critical", f"a crash or out-of-memory sign at level {level} is critical"
    if level == "error":
        if has_exception:
            return "high", "level error with an exception is high"
        return "medium", "level error without an exception is medium"
    if level == "warning":
        return "low", "level warning is low"
    what = f"level {level}" if level else "an event without a level"
    return None, f"{what} carries no severity unless a rule sets one"
