"""GitHub Actions output: `::error` workflow commands and the job step summary.

GitHub shows at most 10 error and 10 warning annotations per step (more are dropped), so the
failing groups that matter most come first (the verdict's order: severity, then count) and
the rest are left to the step summary, which lists every group when `$GITHUB_STEP_SUMMARY` is
set. Escaping follows GitHub's toolkit (`@actions/core` command.ts): in the message `%`, `\\r`
and `\\n` become `%25`, `%0D`, `%0A`; in property values `:` and `,` also become `%3A`, `%2C`.
"""

from __future__ import annotations

import re

from errctl.gate.judge import GroupVerdict, Verdict

MAX_ANNOTATIONS = 10
"""Per kind (error, warning) per step: what GitHub displays."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: str | int | None) -> str:
    """One workflow command line: `::error file=a.py,line=3,title=T::message`."""
    shown = ",".join(
        f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None and v != ""
    )
    return f"::{kind}{' ' + shown if shown else ''}::{escape_data(message)}"


def _one_line(text: str, limit: int = 200) -> str:
    # Log text: its first line, with escape sequences and other controls blanked, as a raw ESC
    # in a CI log or a page would be obeyed rather than shown.
    line = _CONTROL.sub(" ", text.split("\n", 1)[0]).rstrip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _annotation(kind: str, g: GroupVerdict, reason: str) -> str:
    where = g.location
    title = f"errctl {g.status} group {g.short_id}: {_one_line(g.group.title, 120)}"
    message = (
        f"{reason}\n{g.group.count:,} event(s), level {g.group.max_level or '-'}, "
        f"severity {g.group.max_severity or '-'}, last seen {g.group.last_seen:%Y-%m-%d %H:%M} "
        f"UTC\n{g.group.fingerprint}: {_one_line(g.group.title, 500)}"
    )
    return command(
        kind,
        message,
        file=where.path if where else None,
        line=where.line if where else None,
        title=title,
    )


def annotations(verdict: Verdict) -> list[str]:
    """`::error` for failing groups and gate-wide findings, `::warning` for new groups that
    the gate tolerates (under --max-new), each capped at MAX_ANNOTATIONS."""
    errors: list[str] = []
    for f in verdict.findings:
        errors.append(command("error", f.message, title=f"errctl gate: {f.kind}"))
    failing = verdict.failing
    for g in failing:
        errors.append(_annotation("error", g, "; ".join(f.message for f in g.findings)))
    warnings = [
        _annotation("warning", g, f"{g.new_reason} (tolerated by --max-new)")
        for g in verdict.groups
        if g.status == "new" and not g.failing
    ]
    return errors[:MAX_ANNOTATIONS] + warnings[:MAX_ANNOTATIONS]


def _cell(text: str) -> str:
    # A markdown table cell: one line, no control characters, pipes escaped, no HTML from logs.
    return (
        _one_line(text, 160)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("`", "'")
    )


def step_summary(verdict: Verdict) -> str:
    """A markdown section for `$GITHUB_STEP_SUMMARY`: the verdict and every judged group."""
    state = "passed" if verdict.passed else "failed"
    lines = [
        f"### errctl gate {state}",
        "",
        f"{len(verdict.groups)} group(s), {verdict.total_events:,} event(s) at level "
        f"{verdict.level or 'any'} and above; {len(verdict.failing)} failing, "
        f"{verdict.count('new')} new, {verdict.count('regressed')} regressed; "
        f"baseline: {verdict.baseline_size} group(s).",
        "",
    ]
    for f in verdict.findings:
        lines.append(f"- **{f.kind}**: {_cell(f.message)}")
    if verdict.findings:
        lines.append("")
    if verdict.groups:
        lines.append("| result | id | status | events | severity | where | title | why |")
        lines.append("| --- | --- | --- | ---: | --- | --- | --- | --- |")
        for g in verdict.groups:
            where = f"{g.location.path}:{g.location.line}" if g.location else ""
            lines.append(
                f"| {'❌ fail' if g.failing else '✅ pass'} | `{g.short_id}` | {g.status} | "
                f"{g.group.count:,} | {g.group.max_severity or '-'} | {_cell(where)} | "
                f"{_cell(g.group.title)} | {_cell('; '.join(f.message for f in g.findings))} |"
            )
    return "\n".join(lines) + "\n\n"
