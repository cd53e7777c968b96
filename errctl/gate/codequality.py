"""GitLab Code Quality (a subset of Code Climate's issue format), for merge request widgets.

One issue per group worth a look, as in SARIF: failing groups, and new groups the gate
tolerates (as `info`). GitLab requires `description`, `check_name`, `fingerprint`,
`severity`, `location.path` and `location.lines.begin`; it deduplicates and compares reports
between branches by `fingerprint`, so ours is a hash of the group's fingerprint and the check:
stable across runs and line shifts, unique within a report.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from errctl.gate.judge import NEW, GroupVerdict, Verdict

# errctl severity -> GitLab's scale (info, minor, major, critical, blocker).
SEVERITY = {
    None: "major",
    "low": "minor",
    "medium": "major",
    "high": "critical",
    "critical": "blocker",
}


def _issue(g: GroupVerdict) -> dict[str, Any]:
    check = g.findings[0].kind if g.failing else NEW
    why = (
        "; ".join(f.message for f in g.findings)
        if g.failing
        else (f"{g.new_reason} (tolerated by --max-new)")
    )
    title = g.group.title.split("\n", 1)[0][:500]
    digest = hashlib.sha256(f"{g.group.fingerprint}\n{check}".encode()).hexdigest()[:32]
    return {
        "type": "issue",
        "description": f"{title} ({why}; {g.group.count:,} event(s), group {g.short_id})",
        "check_name": f"errctl/{check}",
        "fingerprint": digest,
        "severity": SEVERITY.get(g.group.max_severity, "major") if g.failing else "info",
        "location": {
            "path": g.location.path if g.location else "",
            "lines": {"begin": max(1, g.location.line) if g.location else 1},
        },
    }


def codequality_report(verdict: Verdict) -> list[dict[str, Any]]:
    return [_issue(g) for g in verdict.groups if g.failing or g.status == "new"]


def codequality_json(verdict: Verdict) -> str:
    return json.dumps(codequality_report(verdict), indent=2, ensure_ascii=False) + "\n"
