"""What the merge steps that find one template another's spelling share.

Owns `spelling_heads` and `chain_ends`. `prefixes.py` (a leading value some messages carry),
`annotations.py` (a bracketed tag some carry) and `optionalfields.py` (`key=<*>` fields some
carry) each say, of a template, which *plain* templates it would be without its extra tokens;
`plurals.py` pairs a count's noun singular and
plural. The rule that turns such pairs into merges is one: a new template takes a plain
template the batch or the store has, and a new plain template takes the known template that
spells it out, since a known template never changes and its group carries on. A merge can
lead to a template that merges in turn, so each is followed to its end (`chain_ends`).

Pure and deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from errctl.fingerprint.masking import MASK


def spelling_heads(
    new: Iterable[str], known: Iterable[str], plains: Callable[[str], Iterable[str]]
) -> dict[str, str]:
    """{template: the template it is to take}: each template of `new` one of whose `plains` is
    a template of `new` or `known` takes that plain one (the first in sorted order); each
    other template of `new` that is a plain of a `known` template takes that known one."""
    new = set(new)
    known = set(known) - new
    every = new | known
    heads: dict[str, str] = {}
    for template in sorted(new):
        found = sorted(p for p in plains(template) if p in every)
        if found:
            heads[template] = found[0]
    spelled_out: dict[str, str] = {}  # plain -> the first known template spelling it out
    for template in sorted(known):
        for plain in plains(template):
            spelled_out.setdefault(plain, template)
    for plain in sorted((new - heads.keys()) & spelled_out.keys()):
        heads[plain] = spelled_out[plain]
    return chain_ends(heads)


def chain_ends(into: dict[str, str]) -> dict[str, str]:
    """`into` ({template: the template it takes}) with each target followed to the end of its
    chain (a cycle stops where it would come back)."""
    return {template: _end(template, into) for template in into}


def _end(template: str, into: dict[str, str]) -> str:
    seen = {template}
    while template in into and into[template] not in seen:
        template = into[template]
        seen.add(template)
    return template


# A word of the statement's own: a token with a letter once masks are taken out.
_LETTER = re.compile(r"[^\W\d_]")


def statement_words(tokens: Iterable[str]) -> int:
    """How many of `tokens` are words of the statement's own (a letter outside the masks):
    what the merge steps ask of the text a spelling leaves, so that a bare value or list of
    fields never passes for a statement."""
    return sum(1 for token in tokens if _LETTER.search(token.replace(MASK, " ")))
