"""Counted nouns: a statement that writes its noun singular or plural by the count is one.

Owns `plural_heads(new, known)`. Programs print the noun after a count with a plural ending
chosen at run time: the Linux kernel's USB hub driver writes `hub 1-0:1.0: 1 port detected`
and `hub 2-1:1.0: 4 ports detected` from one `"%d port%s detected"`, MongoDB `connection
accepted from ... (1 connection now open)` and `(2 connections now open)`. Masking makes the
count `<*>` and leaves the noun, so the miner sees one position that holds two words (`port`,
`ports`): a small vocabulary, which splits (`opened`/`closed` are two statements), and one
statement becomes two templates.

A template is the other spelling of another when the two are the same tokens but one, where
one holds a word and the other its plural (`port`/`ports`, `process`/`processes`,
`entry`/`entries`) right after a masked value, the count: a noun whose form follows a number
is grammar, not wording. The word must be letters only, three or more in the singular, so a
unit (`m`/`ms`) is never taken for one. The singular spelling takes the plural one (counts
are mostly more than one; either way the result does not depend on order); a known template
never changes, so a new template whose other spelling is known takes the known one.

Cost grows with distinct templates, never with events: a dictionary lookup per counted word.
Pure and deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.spellings import chain_ends

# A counted word: letters, then the punctuation a sentence may put after it (`ports,`).
_WORD = re.compile(r"([^\W\d_]+)([^\w<>]*)")
# The shortest singular taken: `m` + `s` is another unit, `ms`, not a plural.
_MIN_SINGULAR = 3


def plural_heads(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template: the template it is to take}, for templates of `new` whose noun after a
    count is the singular or plural of another template's of `new` or `known` (see the
    module docstring)."""
    new = set(new)
    known = set(known) - new
    every = new | known
    heads: dict[str, str] = {}
    for template in sorted(new):
        for singular in _singular_spellings(template):
            if singular in new and singular not in heads:
                heads[singular] = template  # both new: the singular takes the plural
            elif singular in known:
                heads[template] = singular  # a known spelling never changes
                break
    for template in sorted(new - heads.keys()):
        for singular in _singular_spellings(template):
            if singular in every:
                break
        else:
            for plural in _plural_spellings(template):
                if plural in known:
                    heads[template] = plural
                    break
    return chain_ends(heads)


def _singular_spellings(template: str) -> Iterator[str]:
    """`template` with one plural word after a count put in the singular, each way."""
    tokens = template.split(" ")
    for i in range(1, len(tokens)):
        if not tokens[i - 1].endswith(MASK):
            continue
        match = _WORD.fullmatch(tokens[i])
        if match is None:
            continue
        word, tail = match.groups()
        for singular in _singulars(word):
            yield " ".join([*tokens[:i], singular + tail, *tokens[i + 1 :]])


def _plural_spellings(template: str) -> Iterator[str]:
    """`template` with one word after a count put in the plural, each way."""
    tokens = template.split(" ")
    for i in range(1, len(tokens)):
        if not tokens[i - 1].endswith(MASK):
            continue
        match = _WORD.fullmatch(tokens[i])
        if match is None or len(match.group(1)) < _MIN_SINGULAR:
            continue
        word, tail = match.groups()
        plurals = [word + "s", word + "es"]
        if word.endswith("y"):
            plurals.append(word[:-1] + "ies")
        for plural in plurals:
            yield " ".join([*tokens[:i], plural + tail, *tokens[i + 1 :]])


def _singulars(word: str) -> list[str]:
    found = []
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("s"):
        found.append(word[:-1])
    return [s for s in found if len(s) >= _MIN_SINGULAR]
