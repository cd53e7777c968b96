"""JUnit XML: one test case per judged group, so CI test reports list each problem.

A failing group is a test case with a `<failure>` (its type is the finding kind, e.g.
`new-group`); a group that passes is a passing test case. Gate-wide checks (too many new
groups, too many events) are test cases of their own. Report tools (GitLab, Jenkins, the
"Publish Test Results" action) track a test's history by its name, so the name must read the
same on every run: the group's fingerprint and its template (with its exception type), never
its title, which for an exception is the first event's value (`KeyError: 5521` on one run,
`KeyError: 78` on the next). The title, values and all, is in the case's text.
Text from logs is cleaned of the characters XML 1.0 cannot carry (a raw ESC would make the
whole report unreadable to its consumer).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from errctl.gate.judge import EVENTS, TOO_MANY_NEW, GroupVerdict, Verdict

SUITE = "errctl gate"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def _first_line(text: str, limit: int = 200) -> str:
    return clean(text.split("\n", 1)[0][:limit])


def case_name(g: GroupVerdict) -> str:
    """`<fingerprint> <template>`, the template prefixed by the exception type when it does not
    start with it: what stays the same from run to run (see the module docstring)."""
    group = g.group
    label = group.template.split("\n", 1)[0].strip()
    if group.exception_type and not label.startswith(group.exception_type):
        label = f"{group.exception_type}: {label}" if label else group.exception_type
    label = label or group.title.split("\n", 1)[0]
    return f"{group.fingerprint} {_first_line(label)}"


def junit_xml(verdict: Verdict) -> str:
    suite = ET.Element("testsuite", name=SUITE)
    failures = 0
    cases = 0
    for kind, label in ((TOO_MANY_NEW, "new groups"), (EVENTS, "total events")):
        if kind == EVENTS and verdict.thresholds.max_events is None:
            continue
        cases += 1
        case = ET.SubElement(suite, "testcase", classname="errctl.gate", name=f"gate: {label}")
        case.set("time", "0")
        for f in verdict.findings:
            if f.kind == kind:
                failures += 1
                fail = ET.SubElement(case, "failure", message=clean(f.message), type=f.kind)
                fail.text = clean(f.message)
    for g in verdict.groups:
        cases += 1
        case = ET.SubElement(
            suite,
            "testcase",
            classname="errctl.gate.groups",
            name=case_name(g),
        )
        if g.location:
            case.set("file", clean(g.location.path))
            case.set("line", str(g.location.line))
        case.set("time", "0")
        details = [
            f"group {g.short_id} ({g.status}): {clean(g.group.title)}",
            f"events: {g.group.count:,}"
            + (f" (baseline {g.baseline_count:,})" if g.baseline_count is not None else ""),
            f"level: {g.group.max_level or '-'}, severity: {g.group.max_severity or '-'}",
            f"seen: {g.group.first_seen:%Y-%m-%d %H:%M:%S} .. {g.group.last_seen:%Y-%m-%d %H:%M:%S}"
            " UTC",
        ]
        if g.location:
            details.append(f"latest at: {clean(g.location.path)}:{g.location.line}")
        if g.failing:
            failures += 1
            message = "; ".join(f.message for f in g.findings)
            fail = ET.SubElement(case, "failure", message=clean(message), type=g.findings[0].kind)
            fail.text = "\n".join([clean(message), *details])
        else:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(details)
    for key, value in (("tests", cases), ("failures", failures), ("errors", 0), ("skipped", 0)):
        suite.set(key, str(value))
    suite.set("time", "0")
    root = ET.Element(
        "testsuites", name=SUITE, tests=str(cases), failures=str(failures), errors="0", time="0"
    )
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
