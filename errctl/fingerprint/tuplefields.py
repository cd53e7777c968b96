"""Fields of a printed record: a word among a parenthesised list's masked values is a value.

Owns `tuple_field_heads(new, known)`. A program that prints a record as a tuple, its fields in
parentheses joined by `, `, writes each field's value there, a word as well as a number:
Spark's `Starting task 0.0 in stage 3.0 (TID 12) (10.0.0.7, executor 2, partition 0,
PROCESS_LOCAL, 9852 bytes)`, the task's locality an enumeration's name. The miner keeps a
position of a few words as a small vocabulary, each word a template of its own (the usual
right call: `opened`/`closed`), and a log that shows three localities made three groups of
one statement.

A template's *field* is an item of a parenthesised list of three items or more joined by `, `
(no parenthesis inside), that is one word (letters, digits, `_`, `-`, `.`; no `<*>`), where
two other items of the list or more hold a `<*>`: the word sits among values, as a value does.
Templates that agree on everything but one such field (the *family*, the template with the
field made `<*>`, its *head*) take the head when the family shows two words there or more, or
when the head is known (the miner made it, or an earlier batch). Not when the words are an
enumeration of outcomes (`outcomes.py`: `(10.0.0.7, failed, 3 ms)` beside `(..., ok, ...)`
stay apart, as `status=failed` does), and not a list of words alone (`(read, write, exec)`:
no value beside it).

A known template never changes. Cost grows with distinct templates, never with events: each
template's parenthesised lists are scanned once. Pure and deterministic: the result depends on
the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.outcomes import outcome_values

# A parenthesised list without parentheses inside it.
_LIST = re.compile(r"\(([^()]{1,2000})\)")
# A field's word.
_WORD = re.compile(r"[\w.-]{1,80}")
# Past this many fields in a template, it is left as it is (each field costs one candidate).
_MAX_FIELDS = 8


def tuple_field_heads(
    new: Iterable[str],
    known: Iterable[str] = (),
    *,
    min_values: int = 4,
    heads: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """{template of `new`: its head}, for templates of `new` whose word among a printed
    record's values is one of several, or whose head is known (module docstring). `known`:
    templates of earlier batches; `heads`: the heads this merge made before."""
    known = set(known) | set(heads)
    families: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for template in sorted(set(new) - known):
        for head, word in _fields(template):
            families[head].append((template, word))
    into: dict[str, str] = {}
    # Longest head first, ties by text: the result depends on the set only.
    for head in sorted(families, key=lambda h: (-len(h), h)):
        members = [(t, w) for t, w in families[head] if t not in into]
        words = {w for _, w in members}
        if not members or (len(words) < 2 and head not in known):
            continue
        if outcome_values(words, min_values):
            continue
        for template, _ in members:
            into[template] = head
    return into


def _fields(template: str) -> Iterator[tuple[str, str]]:
    """(head, word) for each field of `template` (module docstring)."""
    count = 0
    for m in _LIST.finditer(template):
        items = m.group(1).split(", ")
        if len(items) < 3:
            continue
        masked = sum(MASK in item for item in items)
        for i, item in enumerate(items):
            if MASK in item or not _WORD.fullmatch(item) or masked < 2:
                continue
            count += 1
            if count > _MAX_FIELDS:
                return
            items_head = [*items[:i], MASK, *items[i + 1 :]]
            inner = ", ".join(items_head)
            yield template[: m.start(1)] + inner + template[m.end(1) :], item
