"""SARIF 2.1.0 for code scanning (GitHub's upload-sarif and other SARIF consumers).

One result per group worth a look: each failing group (level `error`, its rule the first of
its findings, its message all of them) and each new group the gate tolerates (`warning`).
Known groups that pass are not results: they are the accepted baseline. Gate-wide findings
(too many events) have no place in a file, so they stay in the other outputs.

Within GitHub's limits: one run; rules are the fixed finding kinds; results are capped at
MAX_RESULTS (GitHub keeps the top 5,000 of a run, by severity: the verdict is already in that
order); one location per result, the group's newest event, as a relative URI under
`%SRCROOT%` when it lies under the root; `partialFingerprints` carry the group's fingerprint
so an alert keeps its identity when lines shift.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from errctl import __version__
from errctl.gate.judge import KIND_HELP, NEW, GroupVerdict, Verdict

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
MAX_RESULTS = 5000
FINGERPRINT_KEY = "errctlGroup/v1"
_RULES = tuple(KIND_HELP)


def _rule(kind: str) -> dict[str, Any]:
    return {
        "id": kind,
        "name": "".join(part.capitalize() for part in kind.split("-")),
        "shortDescription": {"text": KIND_HELP[kind]},
        "defaultConfiguration": {"level": "error"},
    }


def _uri(path: str) -> dict[str, str]:
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _result(g: GroupVerdict) -> dict[str, Any]:
    kind = g.findings[0].kind if g.failing else NEW
    why = (
        "; ".join(f.message for f in g.findings)
        if g.failing
        else (f"{g.new_reason} (tolerated by --max-new)")
    )
    title = g.group.title.split("\n", 1)[0][:1000]
    result: dict[str, Any] = {
        "ruleId": kind,
        "ruleIndex": _RULES.index(kind),
        "level": "error" if g.failing else "warning",
        "message": {
            "text": f"{title}\n{why}. {g.group.count:,} event(s), severity "
            f"{g.group.max_severity or '-'}, group {g.short_id} ({g.group.fingerprint})."
        },
        "partialFingerprints": {FINGERPRINT_KEY: g.group.fingerprint},
        "properties": {
            "status": g.status,
            "count": g.group.count,
            "baselineCount": g.baseline_count,
            "maxLevel": g.group.max_level,
            "maxSeverity": g.group.max_severity,
            "findings": [f.kind for f in g.findings],
        },
    }
    if g.location:
        result["locations"] = [
            {
                "physicalLocation": {
                    "artifactLocation": _uri(g.location.path),
                    "region": {"startLine": max(1, g.location.line)},
                }
            }
        ]
    return result


def sarif_log(verdict: Verdict) -> dict[str, Any]:
    shown = [g for g in verdict.groups if g.failing or g.status == "new"][:MAX_RESULTS]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "errctl",
                        "version": __version__,
                        "rules": [_rule(k) for k in _RULES],
                    }
                },
                "results": [_result(g) for g in shown],
                "columnKind": "unicodeCodePoints",
                "properties": {"passed": verdict.passed},
            }
        ],
    }


def sarif_json(verdict: Verdict) -> str:
    return json.dumps(sarif_log(verdict), indent=2, ensure_ascii=False) + "\n"
