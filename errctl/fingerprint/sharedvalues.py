"""Shared values: a run of words two statements both log where they log a variable.

Owns `shared_value_heads(new, known)`. The miner finds variables position by position within
one shape (token count), so a value of more words than the statement's other values is left
as text in a template of its own. Jenkins runs periodic tasks named `Download metadata`,
`Fingerprint cleanup`, `Periodic background build discarder`, and logs each as `Started %s`
and `Finished %s. %s ms`: the two-word names make `Started <*>` and `Finished <*>. <*> ms`, and
the four-word one `Started Periodic background build discarder` and `Finished Periodic
background build discarder. <*> ms`, two templates that only spell a value.

A template takes another's when the other, with a `<*>` (of this batch or known), matches it
with that `<*>` standing for a run of words (the template's only difference from it) and the
same run stands for a `<*>` of a second statement too: a value is named in several statements,
a different wording in one (the evidence `freetext.py` asks for, `named elsewhere`). The run
is plain words (two to `_MAX_WORDS`, no masked value, no punctuation but inner hyphens, dots
and underscores), and the `<*>` it stands for is not a reason after a colon (`Failed: <*>`
next to `Failed: connection refused by peer` stays two templates: a reason is what tells two
problems apart, and a split is better than a template that swallows it).

Cost grows with distinct templates: each is matched only with the templates that open with
its first word, and not at all past `_BUCKET_LIMIT` of them. Pure and deterministic: the
result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from errctl.fingerprint.masking import MASK

# The most words a shared value may have (a task's or unit's name, not a sentence).
_MAX_WORDS = 6
# The most `<*>` a template that spells a shared value may have (a cap on the cost).
_MAX_SLOTS = 8
# Past this many templates opening with a template's first word (and ending as it ends, or in a
# `<*>`), it is left as it is, as `absorb.py` leaves its buckets: each pair costs a comparison,
# and a log of thousands of templates after one word (a test suite's `PASS: <*>: ...`, 5,000 of
# them) made the miner's merges cost more than the rest of its work.
_BUCKET_LIMIT = 500
_WORD = re.compile(r"[^\W_](?:[\w.-]*[^\W_])?")


def _constant_length(template: str) -> int:
    return len(template) - template.count(MASK) * len(MASK)


def shared_value_heads(new: Iterable[str], known: Iterable[str] = ()) -> dict[str, str]:
    """{template of `new`: the template it takes}, for each template of `new` that only spells
    a value shared with another statement (see the module docstring)."""
    new = sorted(set(new))
    general = sorted({t for t in (*new, *known) if MASK in t})
    # By first word and last word (None: the template's last word holds a `<*>`, any last
    # word fits: `... pid <*> [<*>]` is spelt `... pid <*> [Microsoft Teams Helper]`).
    by_ends: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for template in general:
        words = template.split()
        if words and MASK not in words[0]:
            last = None if MASK in words[-1] else words[-1]
            by_ends[(words[0], last)].append(template)
    pieces_of: dict[str, list[str]] = {}

    def spelling(template: str, other: str) -> tuple[str, str] | None:
        """(the text before, the value) when `template` is `other` with one `<*>` written as
        text and the others as they are."""
        pieces = pieces_of.get(other)
        if pieces is None:
            pieces = pieces_of[other] = other.split(MASK)
        if (
            len(pieces) - 1 > _MAX_SLOTS
            or not template.startswith(pieces[0])
            or not template.endswith(pieces[-1])
        ):
            return None
        for j in range(1, len(pieces)):
            before = MASK.join(pieces[:j])
            after = MASK.join(pieces[j:])
            if (
                len(template) > len(before) + len(after)
                and template.startswith(before)
                and template.endswith(after)
            ):
                value = template[len(before) : len(template) - len(after)]
                if MASK not in value:
                    return before, value
        return None

    # value -> [(template, the template that has a `<*>` where it has the value)]
    spelt: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for template in new:
        if not template.strip():
            continue
        words = template.split()
        candidates = [*by_ends.get((words[0], words[-1]), ()), *by_ends.get((words[0], None), ())]
        if len(candidates) > _BUCKET_LIMIT:
            continue
        for other in candidates:
            if other == template:
                continue
            found = spelling(template, other)
            if found is None:
                continue
            before, value = found
            words = value.split(" ")
            if not 2 <= len(words) <= _MAX_WORDS or not all(map(_WORD.fullmatch, words)):
                continue
            if before.rstrip().endswith(":"):
                continue
            spelt[value].append((template, other))
    into: dict[str, str] = {}
    for value in sorted(spelt):
        pairs = spelt[value]
        if len({other for _, other in pairs}) < 2 or len({t for t, _ in pairs}) < 2:
            continue
        for template, other in sorted(pairs, key=lambda p: (p[0], -_constant_length(p[1]), p[1])):
            into.setdefault(template, other)
    return into
