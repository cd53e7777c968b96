"""Rust's tracing-forest layout (lldap's): each span and event a line, drawn as a tree under the
span that holds it, an event marked by an icon and its level in brackets, its fields after
it, each after ` | `:

    LDAP session [ 441ms | 0.99% / 100.00% ]
    ┝━ LDAP request [ 429ms | 97.36% ]
    │  ┕━ ｉ [info]: Login attempt for "authelia" | log.target: "lldap::domain::..." | log.line: 74

The tree's drawing is where a line sits, not what it says: left in the message, a statement
was a template for each place in the tree it was logged at. Owns `tree_line` and
`TREE_DRAWING` (the characters a message may open with).
"""

from __future__ import annotations

import re

# The box-drawing characters tracing-forest (and tree printers alike) draw with.
TREE_DRAWING = frozenset("│┃├┝┞┟┠┡┢┣└┕┖┗")
_TREE = re.compile(r"(?:[│┃] {2}|[├┝┞┟┠┡┢┣└┕┖┗][─━] | {3}){0,32}[├┝┞┟┠┡┢┣└┕┖┗][─━] ")
# An event's icon (one character, not ASCII: `ｉ`, `🚧`, `🚨`...), its level, then its message.
_EVENT = re.compile(r"(?P<icon>[^\x00-\x7f]) \[(?P<level>trace|debug|info|warn|error)\]: ")
# A field after the message: ` | name: value`, its name dotted (`log.target`).
_FIELD = re.compile(r" \| (?P<name>[A-Za-z_][\w.]{0,63}): ")


def tree_line(message: str) -> tuple[str, int, str | None, dict[str, str]] | None:
    """(message, depth, level, fields) of a line of tracing-forest's tree (module docstring),
    or None when `message` is not one: no drawing before it and no event's icon and level."""
    depth = 0
    tree = _TREE.match(message)
    if tree is not None:
        depth = tree.group().count("━") + tree.group().count("─")
        depth += tree.group().count("│") + tree.group().count("┃")
        message = message[tree.end() :]
    event = _EVENT.match(message)
    if event is None:
        return (message, depth, None, {}) if tree is not None else None
    text = message[event.end() :]
    fields: dict[str, str] = {}
    cuts = list(_FIELD.finditer(text))
    if cuts:
        ends = [c.start() for c in cuts[1:]] + [len(text)]
        for cut, end in zip(cuts, ends, strict=True):
            fields[cut["name"]] = text[cut.end() : end].strip('"')
        text = text[: cuts[0].start()]
    return text, depth, event["level"], fields
