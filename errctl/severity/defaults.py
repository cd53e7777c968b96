"""Default severity: how bad an event is when no user rule says otherwise.

Four severities users triage by: critical, high, medium, low. The defaults (issue 4 adds
ordered user rules in front of them): critical and fatal levels, crashes, out-of-memory and a
cluster node fenced or evicted are critical; errors with an exception are high; other errors
medium; warnings low; below that, no severity.
"""

from __future__ import annotations

import re

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")

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
