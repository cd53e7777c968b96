"""Node's process warnings, as the runtime writes them to stderr (`process.emitWarning`, its own
deprecations, an EventEmitter's leak check):

    (node:31136) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ...
    (Use `node --trace-warnings ...` to show where the warning was created)
    (node:30809) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security ...
    (node:31136) [POOL01] Warning: Pool exhausted

A service's stderr goes where its log goes (a container's output, `2>&1`), so such a line is
an event of its own whatever line came before it (`multiline.forces_new_event`), with the hint
Node prints below the first one (`continues_node_warning`) and, under `--trace-warnings`, the
stack of where it was emitted (indented: it goes on any event). `node_warning` reads it:
the warning's name is its logger (as Python's warning category is), its code and the process
id attributes, its text the message (the hint, which only a process's first warning gets,
is dropped, so it splits no group); a warning is at warning level, except Node 14's
`UnhandledPromiseRejectionWarning`, an error nothing handled (later versions crash on it).
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

__all__ = ["continues_node_warning", "node_warning", "starts_node_warning"]

_WARNING = re.compile(
    r"\(node:(?P<pid>\d{1,10})\) (?:\[(?P<code>[A-Z][A-Z0-9_]{0,31})\] )?"
    r"(?P<name>[A-Za-z_$][\w$.]{0,63}): (?P<msg>.*)",
    re.S,
)
_HINT = "(Use `node --trace-"
_UNHANDLED = "UnhandledPromiseRejectionWarning"


def starts_node_warning(line: str) -> bool:
    """Whether `line` is Node's process warning."""
    return line.startswith("(node:") and _WARNING.match(line[:200]) is not None


def continues_node_warning(line: str, header: str) -> bool:
    """Whether `line`, at column 0, goes on the warning `header` opened: Node's hint to run
    with `--trace-warnings` (or `--trace-deprecation`)."""
    return line.startswith(_HINT) and header.startswith("(node:")


def node_warning(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    """The fields of Node's process warning `header` and the lines below it that are more of
    it (not the hint, which only the first warning of a process gets), or None when `header`
    is not one."""
    if not header.startswith("(node:"):
        return None
    m = _WARNING.match(header)
    if m is None:
        return None
    name = m["name"]
    attributes: dict[str, object] = {"pid": int(m["pid"])}
    if m["code"]:
        attributes["code"] = m["code"]
    level = "ERROR" if name == _UNHANDLED else "WARNING"
    fields = ParsedFields(m["msg"], None, level, logger=name, attributes=attributes)
    return fields, [line for line in continuation if not line.startswith(_HINT)]
