"""The report as JSON: `"schema": "errctl.report/1"`, documented in docs/reports.md and
described by docs/report.schema.json (a test validates against it).

Versioning: fields may be added within version 1; renaming, removing or changing the meaning
of a field makes version 2. Strings from logs are written as they are (JSON escapes them);
consumers that display them must escape them for their medium.
"""

from __future__ import annotations

from typing import Any

import orjson

from errctl.report.fmt import iso
from errctl.report.model import (
    SEVERITY_ORDER,
    Breakdown,
    GroupLine,
    GroupList,
    Report,
)

SCHEMA = "errctl.report/1"


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def group_dict(g: GroupLine) -> dict[str, Any]:
    return {
        "id": g.id,
        "fingerprint": g.fingerprint,
        "title": g.title,
        "template": g.template,
        "origin": g.origin,
        "severity": g.severity,
        "level": g.level,
        "status": g.status,
        "badges": list(g.badges),
        "priority": g.priority,
        "count": g.count,
        "previous": g.previous,
        "change": _rate(g.change),
        "first_seen": iso(g.first_seen),
        "last_seen": iso(g.last_seen),
        "services": g.services,
        "top_service": g.top_service,
        "hosts": g.hosts,
        "series": list(g.series),
    }


def _list(groups: GroupList) -> dict[str, Any]:
    return {"total": groups.total, "items": [group_dict(g) for g in groups.groups]}


def _breakdown(b: Breakdown) -> dict[str, Any]:
    return {
        "rows": [
            {
                "value": r.value,
                "count": r.count,
                "previous": r.previous,
                "change": _rate(r.change),
                "groups": r.groups,
            }
            for r in b.rows
        ],
        "rest_count": b.rest,
        "rest_values": b.rest_values,
    }


def report_dict(report: Report) -> dict[str, Any]:
    p, t, r = report.period, report.totals, report.resolution
    return {
        "schema": SCHEMA,
        "period": {
            "since": iso(p.since),
            "until": iso(p.until),
            "previous_since": iso(p.previous_since),
            "seconds": int(p.length.total_seconds()),
        },
        "filters": {"services": list(report.filters.services), "hosts": list(report.filters.hosts)},
        "totals": {
            "events": t.events,
            "errors": t.errors,
            "error_rate": _rate(t.error_rate),
            "previous_events": t.previous_events,
            "previous_errors": t.previous_errors,
            "previous_error_rate": _rate(t.previous_error_rate),
            "events_change": _rate(t.events_change),
            "errors_change": _rate(t.errors_change),
            "groups": t.groups,
            "problem_events": t.problem_events,
        },
        "groups": {
            "top": _list(report.top),
            "new": _list(report.new),
            "regressed": _list(report.regressed),
            "escalating": _list(report.escalating),
        },
        "breakdowns": {b.dimension: _breakdown(b) for b in report.breakdowns},
        "resolution": {
            "resolved": r.resolved,
            "groups": r.groups,
            "timed": r.timed,
            "median_seconds": r.median_seconds,
            "mean_seconds": r.mean_seconds,
        },
        "series": {
            "bucket_seconds": report.bucket_seconds,
            "severities": list(SEVERITY_ORDER),
            "buckets": [
                {
                    "start": iso(b.start),
                    "end": iso(b.end),
                    "events": b.events,
                    "errors": b.errors,
                    "error_rate": _rate(b.error_rate),
                    "by_severity": dict(zip(SEVERITY_ORDER, b.by_severity, strict=True)),
                }
                for b in report.buckets
            ],
        },
    }


def render_json(report: Report) -> str:
    return orjson.dumps(report_dict(report), option=orjson.OPT_INDENT_2).decode() + "\n"
