"""Free-text variables: a value of several words between a statement's constant lead and end.

Owns `free_text_heads(new, known)`. The miner finds variables position by position within one
shape (token count), so a value that is a description of a varying number of words makes one
template per value: systemd logs `Started Journal Service.`, `Started Load Kernel Modules.`,
`Started File System Check on Root Device.`, one statement `Started <*>.` whose value is a
unit's description. This merges such templates into the statement's template, the *head*
`lead <*>end`: the lead is the templates' shared leading whitespace tokens (one to
`_MAX_LEAD`, no `<*>` among them), the end their trailing sentence punctuation (`.`, `...`,
none), and the middle between them is one variable.

Many statements share their first words, and there nothing but the data tells a value from a
different wording (`Connection closed by <*>`, `Connection reset by peer`, `Connection timed
out`; `Failed to start <*>.` and `Failed password for <*>`). Templates of one lead and end
(a *family*) are merged only when their middles look like values of a variable, in all of
these ways:

- many: at least `min_values` distinct middles (the miner's own threshold for a position's
  values: fewer are a small vocabulary, which splits);
- of several lengths: middles of one token count were the miner's to judge position by
  position, and it kept them apart;
- unrelated: no first word is shared by more than half of them (`Failed` followed by `to
  start ...` each time is no variable: its variable starts further on, after `Failed to
  start`);
- named elsewhere: at least a quarter of them, and two or more, are also the middle of
  templates of another lead or end. A unit's description is logged as it starts, once
  started, as it stops (`Starting Journal Service...`, `Started Journal Service.`); a
  different wording of a statement (`reset by peer`, `timed out`) is not found after other
  words. This is what keeps apart sentences that only share a first word (`The <*> key is
  no longer respected.`, `The service is defined to be ...`).

A middle that holds a `<*>` is never merged: the miner found its structure, so it is a
statement of its own (`Failed password for <*> from <*> port <*> ssh2`). Families are taken
longest lead first, so `Stopped target <*>.` (a target's) stays apart from `Stopped <*>.`
when each family holds enough values by itself, and however seldom a target stops when
`target` is written before the same values by another statement (`Reached target <*>.`:
`_wording_elsewhere`). Middles that are each a dotted name and its description after ` - `
(`network.target - Network`) are values without being named elsewhere. Once families are
merged, a smaller family (two middles or more) whose middles are mostly values of merged
families is merged too: `Mounted <*>.` of three file systems mounted, each a value of
`Mounting <*>...`. A new template also joins a head it fits that is already known, if its
middle is named elsewhere or the head was merged by this module in the same process
(`heads`).

Cost grows with distinct templates, never with events: each template is split once, and
looked up `_MAX_LEAD` times. Pure and deterministic: the result depends on the sets of
templates, never on their order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import islice, pairwise

from errctl.fingerprint.masking import MASK

# The longest lead tried (`Failed to start`, `Dependency failed for`, `Set up automount`).
_MAX_LEAD = 4
# What ends a sentence: a template's trailing run of these is its end, kept out of the middle
# (`Starting <*>...` and `Started <*>.` are two statements).
_END_CHARS = ".!?\u2026"
_TOKEN = re.compile(r"[^ \t\r\n\f\v]+")
# A name with a dot inside (a unit's, a file's, a package's) and its description after ` - `:
# systemd's `Reached target network.target - Network.`, `... timers.target - Timer Units.`.
# Such middles are values however seldom another statement names them.
_NAME_AND_DESCRIPTION = re.compile(r"[\w@-]+(?:\.[\w@-]+)+ - \S.*")


class _Split:
    """One template cut after each of its first tokens: (lead, end) -> middle."""

    __slots__ = ("cuts", "template")

    def __init__(self, template: str) -> None:
        self.template = template
        self.cuts: list[tuple[tuple[str, str], str, str]] = []  # ((lead, end), middle, gap)
        body = template.rstrip(_END_CHARS)
        end = template[len(body) :]
        tokens = list(islice(_TOKEN.finditer(body), _MAX_LEAD + 1))
        for token, following in pairwise(tokens):
            if MASK in token.group():
                return
            lead = body[: token.end()]
            self.cuts.append(
                ((lead, end), body[following.start() :], body[token.end() : following.start()])
            )


def _head(key: tuple[str, str], gap: str) -> str:
    lead, end = key
    return lead + gap + MASK + end


def free_text_heads(
    new: Iterable[str],
    known: Iterable[str] = (),
    *,
    min_values: int = 4,
    heads: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """{template of `new`: its head}, for each template of `new` whose middle is a free-text
    value (see the module docstring). `known`: templates of earlier batches, which name
    middles too and may be heads already; `heads`: the heads this module merged before."""
    new = sorted(set(new))
    known = set(known)
    splits = [_Split(t) for t in new if t not in known]
    # Where each middle is found: the (lead, end) pairs it follows, in any template.
    seen_with: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for split in [*splits, *(_Split(t) for t in known)]:
        for key, middle, _ in split.cuts:
            if MASK not in middle:
                seen_with[middle].add(key)

    def elsewhere(key: tuple[str, str], middle: str) -> bool:
        return any(other != key for other in seen_with[middle])

    into: dict[str, str] = {}
    # Heads already there: a template that fits one joins it.
    for split in splits:
        for key, middle, gap in reversed(split.cuts):
            head = _head(key, gap)
            if head not in known:
                continue
            if head in heads or (MASK not in middle and elsewhere(key, middle)):
                into[split.template] = head
                break
    # Families, longest lead first.
    merged: dict[tuple[str, str], str] = {}
    values: set[str] = set()
    left = [s for s in splits if s.template not in into]
    split_of = {s.template: s for s in splits}
    for depth in range(_MAX_LEAD - 1, -1, -1):
        families: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
        for split in left:
            if depth < len(split.cuts):
                key, middle, gap = split.cuts[depth]
                if MASK not in middle:
                    families[key].append((split.template, middle, gap))
        for key in sorted(families):
            members = families[key]
            middles = [m for _, m, _ in members]
            if not _values(key, middles, min_values, elsewhere):
                continue
            # A first word that many middles share, and that is not part of the values
            # named elsewhere, is constant text: `Stopped target <*>.` next to `Stopped
            # <*>.`, where `target Network` is found nowhere else but `Network` is.
            deeper = depth + 1 < _MAX_LEAD
            subs = _constant_words(members, min_values, key, elsewhere, seen_with)
            for sub in subs if deeper else ():
                taken = {t for t, _, _ in sub}
                members = [m for m in members if m[0] not in taken]
                sub_key, _, sub_gap = split_of[sub[0][0]].cuts[depth + 1]
                merged[sub_key] = _merge(
                    sub_key, [(t, split_of[t].cuts[depth + 1][1], sub_gap) for t, _, _ in sub], into
                )
            if members:
                merged[key] = _merge(key, members, into)
                values.update(m for _, m, _ in members)
        left = [s for s in left if s.template not in into]
    if not merged:
        return into
    # Smaller families whose middles are mostly values of merged ones.
    families = defaultdict(list)
    for split in left:
        for key, middle, gap in split.cuts:
            if MASK not in middle and key not in merged:
                families[key].append((split.template, middle, gap))
    for key in sorted(families):
        members = [m for m in families[key] if m[0] not in into]
        known_values = sum(1 for _, middle, _ in members if middle in values)
        if known_values >= 2 and 2 * known_values >= len(members):
            merged[key] = _merge(key, members, into)
    # A middle with a `<*>` of its own joins its family's head: the family's variable is
    # free text, which may hold a path or a number (`Listening on Journal Socket (<*>).`).
    for split in left:
        if split.template in into:
            continue
        for key, _, _ in reversed(split.cuts):
            if key in merged:
                into[split.template] = merged[key]
                break
    return into


def _constant_words(
    members: list[tuple[str, str, str]],
    min_values: int,
    key: tuple[str, str],
    elsewhere: Callable[[tuple[str, str], str], bool],
    seen_with: dict[str, set[tuple[str, str]]],
) -> list[list[tuple[str, str, str]]]:
    """[members whose middle starts with the word] for each first word of at least
    `min_values` middles, fewer than half of which are named elsewhere, that each go on past
    it (so have a cut after it); and, however few, for a word that another statement writes
    before the same values (`_wording_elsewhere`)."""
    by_first: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rests: dict[str, list[str]] = defaultdict(list)
    for member in members:
        words = member[1].split(None, 1)
        if len(words) == 2:
            first = words[0]
            by_first[first].append(member)
            rests[first].append(words[1])
    out = []
    for word in sorted(by_first):
        sub = by_first[word]
        if _wording_elsewhere(word, rests[word], key, seen_with):
            out.append(sub)
        elif len(sub) >= min_values:
            named = sum(1 for _, m, _ in sub if elsewhere(key, m))
            if 2 * named < len(sub):
                out.append(sub)
    return out


def _wording_elsewhere(
    word: str, rests: list[str], key: tuple[str, str], seen_with: dict[str, set[tuple[str, str]]]
) -> bool:
    """Whether the plain word `word`, which middles of the family `key` open with, is wording:
    what follows it in each (`rests`) is found after the same word in a statement of another
    lead, with the same end. systemd's `Stopped target network.target - Network.` beside
    `Reached target network.target - Network.`: `target` says what kind of unit stopped, in
    both statements, and is no part of `Stopped <*>.`'s value, however seldom a target stops."""
    if not word.isalpha() or not word.islower():
        return False
    lead, end = key
    own = f"{lead} {word}"
    return all(
        any(
            other[1] == end and other[0] != own and other[0].endswith(f" {word}")
            for other in seen_with.get(rest, ())
        )
        for rest in rests
    )


def _values(
    key: tuple[str, str],
    middles: list[str],
    min_values: int,
    elsewhere: Callable[[tuple[str, str], str], bool],
) -> bool:
    """Whether `middles` (distinct, unmasked) after the lead and end `key` are the values of
    one variable (the module docstring's tests)."""
    if len(middles) < min_values:
        return False
    if len({len(m.split()) for m in middles}) < 2:
        return False
    firsts = Counter(m.split(None, 1)[0] for m in middles)
    if 2 * max(firsts.values()) > len(middles):
        return False
    if all(_NAME_AND_DESCRIPTION.fullmatch(middle) for middle in middles):
        return True  # each a name and what it is: values, whether named elsewhere or not
    named = sum(1 for m in middles if elsewhere(key, m))
    return named >= 2 and 4 * named >= len(middles)


def _merge(key: tuple[str, str], members: list[tuple[str, str, str]], into: dict[str, str]) -> str:
    """Merges `members` into their head, which it returns."""
    # The smallest member's blank between lead and middle: members come in no order.
    gap = min(members)[2]
    head = _head(key, gap)
    for template, _, _ in members:
        if template != head:
            into[template] = head
    return head
