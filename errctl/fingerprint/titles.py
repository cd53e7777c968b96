"""Titles at a statement's end (or before its colon): a name of several capitalised words
where others have one.

Owns `title_end_heads(new, known)`. A statement that ends with a name (`Selected next map to
be %s.`, `Now playing %s`, `Scene %s activated`) logs a one-word name and a name of several
words alike: `Selected next map to be Tendrils.` beside `... to be Molten Lake.`, `Nuclear
Production Complex`. The miner finds variables position by position within one shape (token
count), so the one-word names make the statement's template (`Selected next map to be <*>.`)
and each longer name, seen once or twice, stays a template of its own, no data having called
its words variable. This merges such a template into the statement's template, the *head*:
the template's text with its trailing name replaced by a `<*>`, when the head is a template
already (of this batch or an earlier one) whose last whitespace token is that `<*>` and the
template's end punctuation. So does a name that opens a statement before its colon, the
subject it reports on (`Tabula Rasa: Successfully executed search call in <*>ms` beside
`<*>: Successfully ...`, one indexer's name of two words among those of one), and a name, or
two, between a short statement's words (`Torznab search in <*> for Late Night with the Devil
<*> => Found <*> releases` beside `... for <*> => ...`), where the head's `<*>` stood for three
words or more (`names_inside`).

What counts as a name: two to `_MAX_WORDS` whitespace tokens, the first opening with a capital
letter, each other with a capital or a digit, or one of the small words titles hold (`of`,
`the`): a title as people write one. A lower-case word is a statement's own wording
(`Connection to <*>` keeps off `Connection to server lost`); so is a name of one token, which
was the miner's to judge in its cluster (`Reloading <*>` beside `Reloading Configuration` is
its decision). And the head's `<*>` stood for names: the messages it was mined from held two
words or more there, no value masking took (`names_at_end`): `Starting <*>` of one masked
`HiveServer2` takes no `Starting Semantic Analysis`, nor does `Concurrent Mark <*>` of
durations take `Concurrent Mark From Roots`. Pure and deterministic: the result depends on
the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from errctl.fingerprint.masking import MASK

# The most words a name is taken to hold: a film's, a device's, a map's (`Nuclear Production
# Complex`), not a sentence in capitals.
_MAX_WORDS = 6
# Inside a statement, a name's tokens with the values among them (`Kingdom of the Planet of the
# Apes <*>`), and the names one statement holds (an indexer's and a film's).
_MAX_INNER_TOKENS = 9
_MAX_INNER_NAMES = 2
# The heads a template is aligned with, of those that share its first and last tokens.
_BUCKET_LIMIT = 64
# The words a `<*>` inside a statement stood for before names may join it: a statement's own
# words vary there too, by call site (SigNoz's `Starting HTTP server`, `Starting pprof
# server`: `Starting Private HTTP server` is a third call's wording, not a name). Three tell
# no call sites' words from names either (MantisBT's `add Monitor = @U12`, `add Reporter`, `add
# Handler` take its `add Note Author`, as Citrix's `applicationName Excel`, `Outlook`,
# `Desktop` take `SAP Logon`), but on the held-out logs names won more often.
_INSIDE_NAMES = 3
# What ends a sentence: kept out of the name, and the head ends with it too.
_END_CHARS = ".!?\u2026"
_FIRST_WORD = re.compile(r"[A-Z][\w'&:-]*\Z")
_OTHER_WORD = re.compile(r"(?:[A-Z0-9][\w'&:-]*|of|the|and|de|la|von|van|der|a|an|with|x|vs)\Z")
_LETTER = re.compile(r"[^\W\d_]")


def names_at_end(template: str, members: Iterable[str]) -> bool:
    """Whether `template`, mined from the masked messages `members`, ends with a `<*>` (and
    sentence punctuation) that stood for two words or more, none of them masked: a head a
    name of several words may join."""
    body = template.rstrip(_END_CHARS)
    if not body.endswith(f" {MASK}"):
        return False
    end = len(template) - len(body)
    names = set()
    for member in members:
        word = member[: len(member) - end].rpartition(" ")[2]
        if MASK not in word and any(c.isalpha() for c in word):
            names.add(word)
            if len(names) > 1:
                return True
    return False


def names_at_start(template: str, members: Iterable[str]) -> bool:
    """Whether `template`, mined from the masked messages `members`, opens with a `<*>` and a
    colon that stood for two words or more, none of them masked: the subject a statement
    names first (`<*>: Successfully executed search call in <*>ms`, an indexer's name), which
    a name of several words may stand for too."""
    if not template.startswith(f"{MASK}: "):
        return False
    names = set()
    for member in members:
        word, colon, _ = member.partition(": ")
        if colon and " " not in word and MASK not in word and any(c.isalpha() for c in word):
            names.add(word)
            if len(names) > 1:
                return True
    return False


def names_inside(template: str, members: Iterable[str]) -> bool:
    """Whether `template`, mined from the masked messages `members` (each of its token
    count), holds a `<*>` between two of its whitespace tokens that stood for `_INSIDE_NAMES`
    words or more, none of them masked: a head a name of several words may join in the middle
    of its statement (`Torznab search in <*> for <*> => Found <*> releases`, a show's or a film's
    title where others were one word)."""
    tokens = template.split(" ")
    slots = [i for i in range(1, len(tokens) - 1) if tokens[i] == MASK]
    if not slots:
        return False
    names: dict[int, set[str]] = {i: set() for i in slots}
    for member in members:
        words = member.split(" ")
        if len(words) != len(tokens):
            continue
        for i in slots:
            word = words[i]
            if MASK in word or not _LETTER.search(word):
                continue
            seen = names[i]
            seen.add(word)
            if len(seen) >= _INSIDE_NAMES:
                return True
    return False


def title_end_heads(
    new: Iterable[str], known: Iterable[str] = (), *, heads: Set[str] = frozenset()
) -> dict[str, str]:
    """{template of `new`: its head}, for each template of `new` that ends with a name of
    several words, opens with one and a colon, or holds one or two between its words, where
    a template of `new` or `known` that is one of `heads` (their `<*>` stood for names:
    `names_at_end`, `names_at_start`, `names_inside`) has a `<*>` (the module docstring)."""
    templates = set(new)
    candidates = (templates | set(known)) & heads
    if not candidates:
        return {}
    inner = _inner_heads(candidates)
    into: dict[str, str] = {}
    for template in sorted(templates):
        head = _head(template, candidates, inner)
        if head is not None:
            into[template] = head
    return into


_InnerHeads = dict[tuple[str, str], list[tuple[str, list[str]]]]


def _inner_heads(candidates: Iterable[str]) -> _InnerHeads:
    """The heads with a `<*>` between their first and last whitespace tokens, by those two
    tokens (a name inside keeps both), the most constant text first, at most `_BUCKET_LIMIT`
    of each pair: a template is aligned with these alone."""
    by_ends: _InnerHeads = {}
    for head in candidates:
        tokens = head.split(" ")
        if len(tokens) > 2 and MASK in tokens[1:-1]:
            by_ends.setdefault((tokens[0], tokens[-1]), []).append((head, tokens))
    for key, bucket in by_ends.items():
        bucket.sort(key=lambda h: (-sum(t != MASK for t in h[1]), h[0]))
        by_ends[key] = bucket[:_BUCKET_LIMIT]
    return by_ends


def _head(template: str, templates: set[str], inner: _InnerHeads) -> str | None:
    body = template.rstrip(_END_CHARS)
    end = template[len(body) :]
    tokens = body.split(" ")
    # The longest name first: `Molten Lake` over `Lake`, whose head would need a `<*>` in
    # `Molten`'s place too.
    for words in range(min(_MAX_WORDS, len(tokens) - 1), 1, -1):
        name = tokens[-words:]
        if not _is_name(name):
            continue
        head = " ".join([*tokens[:-words], MASK]) + end
        if head in templates and head != template:
            return head
    # Or one or two names between its words, where a head with the same first and last
    # tokens has a `<*>` for each.
    tokens = template.split(" ")
    for head, head_tokens in inner.get((tokens[0], tokens[-1]), ()):
        if len(head_tokens) < len(tokens) and _takes(head_tokens, tokens, 0, 0, _MAX_INNER_NAMES):
            return head
    # Or the subject before the message's first colon (`Tabula Rasa: Successfully executed
    # ...` beside `<*>: Successfully executed ...`).
    for words in range(min(_MAX_WORDS, len(tokens) - 1), 1, -1):
        last = tokens[words - 1]
        if last[-1:] != ":" or not _is_name([*tokens[: words - 1], last[:-1]]):
            continue
        head = " ".join([f"{MASK}:", *tokens[words:]])
        if head in templates and head != template:
            return head
    return None


def _takes(head: list[str], tokens: list[str], i: int, j: int, names: int) -> bool:
    """Whether the head's tokens from `i` are the template's from `j` with up to `names` of its
    `<*>` standing for a name between the template's words (`_is_inner_name`: the longest
    first) and each other the template's own `<*>`; at least one name. Each name tried costs
    one walk of the rest, so a template costs its length times `_MAX_INNER_TOKENS` squared at
    most."""
    while i < len(head):
        if j >= len(tokens):
            return False
        word = head[i]
        if word != MASK:
            if word != tokens[j]:
                return False
        else:
            if names and j > 0:
                for span in range(min(_MAX_INNER_TOKENS, len(tokens) - 1 - j), 1, -1):
                    if _is_inner_name(tokens[j : j + span]) and _takes(
                        head, tokens, i + 1, j + span, names - 1
                    ):
                        return True
            if tokens[j] != MASK:
                return False
        i += 1
        j += 1
    return j == len(tokens) and names < _MAX_INNER_NAMES


def _is_inner_name(words: list[str]) -> bool:
    """A name inside a statement: a title's words (`_is_name`), a value masking took among
    them after the first (`Dune Part Two <*>`), never values alone."""
    named = [word for word in words if word != MASK]
    return (
        _FIRST_WORD.match(words[0]) is not None
        and len(named) > 1
        and all(_OTHER_WORD.match(word) for word in named[1:])
        and not any(MASK in word for word in named)
    )


def _is_name(words: list[str]) -> bool:
    return (
        _FIRST_WORD.match(words[0]) is not None
        and all(_OTHER_WORD.match(word) for word in words[1:])
        and not any(MASK in word for word in words)
    )
