"""Lists of one item repeated: a statement that prints a list is one, however long the list.

Owns `repeated_item_heads(new, known)`. A program prints a list of things that each read
alike (ScyllaDB's `Compacting [<path>:level=0:origin=memtable, <path>:level=0:origin=repair,
...]`, a scheduler's `placed on (node-<*> slot <*>, node-<*> slot <*>)`): masking and mining
make every item the same tokens (`<*>=0:origin=<*>`), but a list of two items and one of four
are messages of two lengths, so the miner sees two shapes, and each length that the batch
holds became a template of its own (a template's last `<*>` spans the tokens of any longer
list, so lengths above the shortest often joined it, those below never did). A list whose
items are all masked values alone (`[<*>, <*>]`) is already one run of variables.

A message over several lines can print its list a line an item (Graylog's `Failed to index
[3] messages. ... Error: failure in bulk execution:` and a `[<*>]: index [<*>], id [<*>], ...`
line for each message): the same holds of runs of like lines.

A template is another's spelling when the two are the same once each bracketed list (in
`[]`, `()` or `{}`, items joined by `, ` or `,`) whose items are two or more and all the same
text, a `<*>` among it, is written with one item, and each run of two or more lines that are
the same text, a `<*>` among it, is written as one line. Of such templates the one with the fewest
characters (the shortest list) is the statement's: its `<*>` spans the items of the longer
ones. A known template never changes, so a new one takes a known spelling when there is one.

Cost grows with distinct templates, never with events: one regex pass per template. Pure and
deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.spellings import chain_ends

# The inside of an innermost pair of brackets (no bracket of its kind inside it).
_BRACKETED = re.compile(r"\[([^\[\]]*)\]|\(([^()]*)\)|\{([^{}]*)\}")


def repeated_item_heads(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template: the template it is to take}, for templates of `new` that are another
    template's statement with a list of one repeated item written longer or shorter (see the
    module docstring)."""
    new = set(new)
    known = set(known) - new
    by_list: dict[str, list[str]] = defaultdict(list)
    for template in new | known:
        if MASK in template and ("," in template or "\n" in template):
            one_item = _one_item(template)
            if one_item is not None:
                by_list[one_item].append(template)
    heads: dict[str, str] = {}
    for key, members in by_list.items():
        if key in new or key in known:
            members.append(key)  # the list of one item, already a template
        members = sorted(set(members), key=lambda t: (t not in known, len(t), t))
        head = members[0]
        for template in members[1:]:
            if template in new:
                heads[template] = head
    return chain_ends(heads)


def _one_item(template: str) -> str | None:
    """`template` with each list of a repeated item written with one item, and each run of a
    repeated line written once; None when it has neither."""
    changed = False

    def shorten(m: re.Match[str]) -> str:
        nonlocal changed
        inside = m.group(m.lastindex or 0)
        separator = ", " if ", " in inside else ","
        items = inside.split(separator)
        first = items[0]
        if len(items) < 2 or MASK not in first or first.strip() != first:
            return m.group()
        if any(item != first for item in items[1:]):
            return m.group()
        changed = True
        text = m.group()
        return f"{text[0]}{first}{text[-1]}"

    shortened = _BRACKETED.sub(shorten, template) if "," in template else template
    if "\n" in shortened:
        lines = shortened.split("\n")
        kept = [
            line
            for i, line in enumerate(lines)
            if not (i and line == lines[i - 1] and MASK in line)
        ]
        if len(kept) < len(lines):
            changed = True
            shortened = "\n".join(kept)
    return shortened if changed else None
