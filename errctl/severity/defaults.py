"""Default severity: how bad an event is when no user rule says otherwise.

Four severities users triage by: critical, high, medium, low. The defaults (issue 4 adds
ordered user rules in front of them): critical and fatal levels, crashes, out-of-memory and a
cluster node fenced or evicted are critical, and so is a process that died as some programs
log it at info level; errors with an exception are high; other errors medium; warnings low;
below that, no severity.
"""

from __future__ import annotations

import re

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")

CRASH_LEVELS = ("error", "warning", "info")
"""The levels a crash sign is looked for at (`looks_like_crash`)."""

# Messages that mean a process died or is about to, whatever level they were logged at; and
# their cluster-wide kin, a node (a member, a peer) that the cluster kills or throws out so the
# others can go on: fencing, STONITH ("shoot the other node in the head"), eviction. Pacemaker's
# `Cluster node node2 will be fenced: peer is no longer part of the cluster`, `Node return
# implies stonith of node2`, `Scheduling Node node2 for STONITH`, cman's `fencing node node2`,
# Oracle Clusterware's `Node node2 is being evicted`, Kafka's `producer has been fenced`. Only
# the act, never the names around it: fence devices (`fence-node1`), the daemon
# (`pacemaker-fenced`), `stonith-enabled`, `no STONITH resources have been defined`.
# RE2 reads it too (Arrow, `crash_flags_array`): no lookaround.
CRASH_PATTERN = re.compile(
    r"out of memory|\boom[- ]?kill|\bkilled process\b|segmentation fault|\bsegfault\b|"
    r"\bcore dumped\b|^panic:|\bfatal error\b|OutOfMemoryError|MemoryError|"
    r"\b(?:will be|is being|are being|being|has been|have been|had been|was|were|got|to be) "
    r"(?:fenced|stonith(?:ed|'d))\b|\bstonith(?:/shutdown)? of\b|\bfor stonith\b|"
    r"\bfencing (?:node|peer|member|host)\b|"
    r"\b(?:node|member|peer|host|instance|broker)\b[^\n]{0,80}?"
    r"\b(?:will be|is being|being|has been|was|got) evicted\b",
    re.IGNORECASE,
)
# Every CRASH_PATTERN match contains one of these: most messages skip the (slow) regex.
_CRASH_HINTS = (
    *("memory", "oom", "kill", "segmentation", "segfault", "core dump", "panic", "fatal"),
    *("fenc", "stonith", "evicted"),
)

# Some programs log a process's death below warning: Apache at notice (`AH00052: child pid
# 4242 exit signal Segmentation fault (11)`), the kernel at info (`app[4242]: segfault at 0 ip
# ... error 4 in app`), systemd at info (`Main process exited, code=dumped, status=11/SEGV`),
# PostgreSQL at LOG (`server process (PID 4242) was terminated by signal 9: Killed`). At info
# level only the death itself counts, in the words those programs use for it, never the
# mentions CRASH_PATTERN also takes (`oom_score_adj`, `fatal error` in a test's name, a panic
# handler installed): an info line is read far more often than a warning.
DIED_PATTERN = re.compile(
    r"\bexit signal (?:Segmentation fault|Aborted|Bus error|Illegal instruction"
    r"|Floating point exception)|\bsegfault at \S|\bcode=dumped\b|\bcore dumped\)|"
    r"\bterminated by signal (?:4|6|7|8|9|11)\b",
    re.IGNORECASE,
)
_DIED_HINTS = ("exit signal", "segfault at", "dumped", "terminated by signal")
# What a warning or an error is read for: any crash sign, a death included.
WARNING_CRASH_PATTERN = re.compile(f"{CRASH_PATTERN.pattern}|{DIED_PATTERN.pattern}", re.IGNORECASE)


def looks_like_crash(text: str, level: str | None = "error") -> bool:
    """Whether `text` (message and exception type) bears a crash sign at `level`: at warning
    or error any (WARNING_CRASH_PATTERN), at info a death alone (DIED_PATTERN), below that
    none."""
    low = text.lower()
    if level not in CRASH_LEVELS:
        return False
    if (
        level != "info"
        and any(h in low for h in _CRASH_HINTS)
        and CRASH_PATTERN.search(text) is not None
    ):
        return True
    return any(h in low for h in _DIED_HINTS) and DIED_PATTERN.search(text) is not None


def default_severity(level: str | None, has_exception: bool, text: str) -> str | None:
    """Severity of one event from its level, whether it carries a stack, and its text.

    `text` is the message plus the exception type, checked for crash signs at warning level
    or above, and at info for a process's death alone (so an info line mentioning OOM settings
    stays quiet).
    """
    if level == "critical":
        return "critical"
    if level in CRASH_LEVELS and looks_like_crash(text, level):
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
    if level in CRASH_LEVELS:
        if crash is None:
            crash = looks_like_crash(text, level)
        if crash and level == "info":
            return "critical", "a process's death, logged at level info, is critical"
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
