"""Context prefixes: a value some messages of a statement carry in front of its text.

Owns `context_prefix_heads(new, known)`. Some programs put the context a message was logged
in before the statement's own text, and only when there is one: an OpenVPN server prefixes
what it logs for a client with the client's address (`203.0.113.9:51734 TLS: Initial packet
from ...`, or `alice/203.0.113.9:51734 MULTI: Learn: ...` once the client has a name), while
the same statement logged outside a client's context, or by the client program, has no prefix
(`TLS: Initial packet from ...`). The miner clusters messages of one shape (token count) at a
time, so the two come out as two templates, `<*> TLS: Initial packet from [AF_INET]<*>, sid=<*>`
and `TLS: Initial packet from [AF_INET]<*>, sid=<*>`, and one event becomes two groups.

A template is such a prefixed spelling of another when it is that other's text, whole, after
one whitespace token of masked values and punctuation only (`<*>`, `<*>:<*>`, `[<*>]`): a
value, never a word, so a template with a word of its own in front (`Stopped <*>` next to
`<*>`, `CLIENT/<*>:<*> ...`) is other wording. The other (the *plain* template) must hold two
words of its own or more: a statement, not a bare value. The prefixed template takes the
plain one, whose text is the statement's; a known template never changes, so a new plain
template whose prefixed spelling is known takes that instead, and the group carries on.

Cost grows with distinct templates, never with events: one dictionary lookup per template.
Pure and deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.spellings import spelling_heads, statement_words

# A letter or digit outside the masks: a token with one is wording or a name, not a value.
_WORDISH = re.compile(r"[^\W_]")


def context_prefix_heads(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template: the template it is to take}, for templates of `new` that are a prefixed
    spelling of another of `new` or `known`, or whose prefixed spelling is known (see the
    module docstring)."""
    return spelling_heads(new, known, _plain)


def _plain(template: str) -> tuple[str, ...]:
    """The text after `template`'s leading value token, when the template is a value token
    followed by a statement; else nothing."""
    first, sep, rest = template.partition(" ")
    if not sep or MASK not in first or _WORDISH.search(first.replace(MASK, " ")):
        return ()
    return (rest,) if statement_words(rest.split()) >= 2 and rest == rest.lstrip() else ()
